/**
 * The forms of retention and destruction (zod). Messages are dictionary keys (app/locales/{nl,en}/bewaren.ts) that
 * `valideer` words in the user's language. Browser-safe: no server imports.
 */
import { z } from "zod";

export const AANHOUD_REDENEN = ["bezwaar", "beroep", "woo", "anders"] as const;
export const REDEN_LABEL: Record<(typeof AANHOUD_REDENEN)[number], string> = {
  bezwaar: "Bezwaar loopt",
  beroep: "Beroep loopt",
  woo: "Woo-verzoek",
  anders: "Andere reden",
};

const versie = z.coerce.number({ error: "bewaren:fout.versie" }).int().min(1);

export const AanhoudenSchema = z
  .object({
    item: z.coerce.number({ error: "bewaren:fout.item" }).int().min(1, "bewaren:fout.item"),
    versie,
    reden: z.enum(AANHOUD_REDENEN, { error: "bewaren:fout.reden" }),
    toelichting: z.string().trim().max(500, "bewaren:fout.toelichtingMax").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.reden === "anders" && !v.toelichting)
      ctx.addIssue({ code: "custom", path: ["toelichting"], message: "bewaren:fout.toelichtingAnders" });
  });

export const WeerVoorstellenSchema = z.object({
  item: z.coerce.number({ error: "bewaren:fout.item" }).int().min(1, "bewaren:fout.item"),
  versie,
});

export const GoedkeurenSchema = z.object({
  versie,
  bevestigd: z.literal("ja", { error: "bewaren:fout.bevestigd" }),
});

/** One term in months: empty (only where allowed: "with the dossier") or a whole number 1–1200. */
export function maandenVeld(leegMag: boolean) {
  return z
    .string()
    .trim()
    .optional()
    .default("")
    .transform((s, ctx) => {
      if (s === "") {
        if (leegMag) return null;
        ctx.addIssue({ code: "custom", message: "bewaren:fout.maandenLeeg" });
        return z.NEVER;
      }
      const n = Number(s);
      if (!Number.isInteger(n) || n < 1 || n > 1200) {
        ctx.addIssue({ code: "custom", message: "bewaren:fout.maanden" });
        return z.NEVER;
      }
      return n;
    });
}

export const TermijnenSchema = z.object({
  maanden_terugbelafspraak: maandenVeld(false),
  maanden_overdracht: maandenVeld(false),
  maanden_bericht: maandenVeld(false),
  maanden_kto: maandenVeld(false),
  maanden_bijlage: maandenVeld(true),
  versie_terugbelafspraak: z.coerce.number().int().min(0).catch(-1),
  versie_overdracht: z.coerce.number().int().min(0).catch(-1),
  versie_bericht: z.coerce.number().int().min(0).catch(-1),
  versie_kto: z.coerce.number().int().min(0).catch(-1),
  versie_bijlage: z.coerce.number().int().min(0).catch(-1),
});
