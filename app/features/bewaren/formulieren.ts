/**
 * The forms of retention and destruction (zod; Dutch messages at the field). Browser-safe: no server imports.
 */
import { z } from "zod";

export const AANHOUD_REDENEN = ["bezwaar", "beroep", "woo", "anders"] as const;
export const REDEN_LABEL: Record<(typeof AANHOUD_REDENEN)[number], string> = {
  bezwaar: "Bezwaar loopt",
  beroep: "Beroep loopt",
  woo: "Woo-verzoek",
  anders: "Andere reden",
};

const versie = z.coerce.number({ error: "De versie van het formulier ontbreekt. Laad de pagina opnieuw." }).int().min(1);

export const AanhoudenSchema = z
  .object({
    item: z.coerce.number({ error: "Kies een onderdeel van de lijst." }).int().min(1, "Kies een onderdeel van de lijst."),
    versie,
    reden: z.enum(AANHOUD_REDENEN, { error: "Kies waarom dit onderdeel wordt aangehouden." }),
    toelichting: z.string().trim().max(500, "Gebruik hoogstens 500 tekens.").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.reden === "anders" && !v.toelichting)
      ctx.addIssue({ code: "custom", path: ["toelichting"], message: "Schrijf bij een andere reden kort op waarom (zonder persoonsgegevens)." });
  });

export const WeerVoorstellenSchema = z.object({
  item: z.coerce.number({ error: "Kies een onderdeel van de lijst." }).int().min(1, "Kies een onderdeel van de lijst."),
  versie,
});

export const GoedkeurenSchema = z.object({
  versie,
  bevestigd: z.literal("ja", { error: "Vink aan dat u de lijst heeft beoordeeld en dat de voorgestelde onderdelen vernietigd mogen worden." }),
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
        ctx.addIssue({ code: "custom", message: "Vul een termijn in maanden in (1 tot 1200)." });
        return z.NEVER;
      }
      const n = Number(s);
      if (!Number.isInteger(n) || n < 1 || n > 1200) {
        ctx.addIssue({ code: "custom", message: "Vul een heel aantal maanden in, van 1 tot 1200." });
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
