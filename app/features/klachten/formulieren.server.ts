/**
 * Form → input for klachten: the intake form (zod, Dutch field errors) and one small form per workflow step.
 * Values the server must decide (the moment, due moments on the Atw calendar, names) are filled in here,
 * never taken from the browser.
 */
import { z } from "zod";
import { now } from "../../platform/clock";
import { isoDatum } from "../../domain/kalender/tijd";
import { normaliseerTelefoon, normaliseerEmail } from "../klantbeeld/klantbeeld.server";
import { KLACHT_KANALEN, GRONDEN_9_8, HOREN_OVERSLAAN_REDENEN, OORDELEN, isIsoDatum, MAX_VERDAGING_WEKEN } from "../../../workflows/klacht/recht";
import type { KlachtEvent } from "../../../workflows/klacht/machine";
import { verdagingsMoment, eindeVanDag, huidigeTermijn, type KlachtInvoer } from "./klachten.server";
import { hoorMelding, leesLokaalMoment, toetsHoormoment } from "./hoormoment";
import { kalenders } from "../../platform/engine/normen.server";
import { getDatabase } from "../../../db/client";
import { veldFouten } from "../../platform/web/formulier.server";
import { vertaalFouten, vertaalMelding } from "../../platform/i18n/vertaal";

export type Fouten = Record<string, string[] | undefined>;

// messages are dictionary keys (`fout` in the klachten dictionaries), worded in the request's language by veldFouten
const tekst = (max: number, melding: string) => z.string().trim().min(1, melding).max(max, `klachten:fout.max?max=${max}`);
const optioneel = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `klachten:fout.max?max=${max}`)
    .transform((v) => (v === "" ? null : v));
const datum = (melding: string) => z.string().trim().refine((v) => isIsoDatum(v), melding);
const optioneleDatum = z
  .string()
  .trim()
  .refine((v) => v === "" || isIsoDatum(v), "klachten:fout.datum")
  .transform((v) => (v === "" ? null : v));

const intakeSchema = z
  .object({
    ontvangenDatum: datum("klachten:fout.ontvangenDatum"),
    kanaal: z.enum(KLACHT_KANALEN, { error: "klachten:fout.kanaal" }),
    vorm: z.enum(["schriftelijk", "mondeling"], { error: "klachten:fout.vorm" }),
    klagerSoort: z.enum(["persoon", "organisatie"], { error: "klachten:fout.klagerSoort" }),
    klagerNaam: tekst(200, "klachten:fout.klagerNaam"),
    klagerOrganisatie: optioneel(200),
    klagerAdres: optioneel(200),
    klagerPostcode: optioneel(10),
    klagerWoonplaats: optioneel(100),
    klagerTelefoon: optioneel(30),
    klagerEmail: optioneel(200),
    klagerVoorkeurKanaal: z.enum(["post", "e-mail", "telefoon"], { error: "klachten:fout.voorkeur" }),
    dagtekening: optioneleDatum,
    omschrijving: tekst(5000, "klachten:fout.omschrijving"),
    gedragingDatum: optioneleDatum,
    afdelingId: z.string().transform((v) => (v ? Number(v) : null)),
    beklaagdeIds: z.array(z.string()),
    beklaagdeOnbekend: z.boolean(),
    betreftBestuursorgaan: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.klagerSoort === "organisatie" && !v.klagerOrganisatie)
      ctx.addIssue({ code: "custom", path: ["klagerOrganisatie"], message: "klachten:fout.organisatie" });
    if (v.klagerTelefoon && !normaliseerTelefoon(v.klagerTelefoon))
      ctx.addIssue({ code: "custom", path: ["klagerTelefoon"], message: "klachten:fout.telefoon" });
    if (v.klagerEmail && !normaliseerEmail(v.klagerEmail))
      ctx.addIssue({ code: "custom", path: ["klagerEmail"], message: "klachten:fout.email" });
    if (v.klagerVoorkeurKanaal === "post" && !(v.klagerAdres && v.klagerWoonplaats))
      ctx.addIssue({ code: "custom", path: ["klagerAdres"], message: "klachten:fout.postAdres" });
    if (v.klagerVoorkeurKanaal === "e-mail" && !v.klagerEmail)
      ctx.addIssue({ code: "custom", path: ["klagerEmail"], message: "klachten:fout.emailNodig" });
    if (v.klagerVoorkeurKanaal === "telefoon" && !v.klagerTelefoon)
      ctx.addIssue({ code: "custom", path: ["klagerTelefoon"], message: "klachten:fout.telefoonNodig" });
    const vandaag = isoDatum(now());
    if (v.ontvangenDatum > vandaag) ctx.addIssue({ code: "custom", path: ["ontvangenDatum"], message: "klachten:fout.toekomst" });
    if (v.gedragingDatum && v.gedragingDatum > v.ontvangenDatum)
      ctx.addIssue({ code: "custom", path: ["gedragingDatum"], message: "klachten:fout.gedragingNa" });
    if (!v.beklaagdeIds.length && !v.beklaagdeOnbekend)
      ctx.addIssue({ code: "custom", path: ["beklaagden"], message: "klachten:fout.beklaagden" });
  });

export function leesIntake(form: FormData, taal: "nl" | "en" = "nl"): { ok: true; invoer: KlachtInvoer } | { ok: false; fouten: Fouten } {
  const s = (k: string) => String(form.get(k) ?? "");
  const r = intakeSchema.safeParse({
    ontvangenDatum: s("ontvangenDatum"),
    kanaal: s("kanaal"),
    vorm: s("vorm"),
    klagerSoort: s("klagerSoort"),
    klagerNaam: s("klagerNaam"),
    klagerOrganisatie: s("klagerOrganisatie"),
    klagerAdres: s("klagerAdres"),
    klagerPostcode: s("klagerPostcode"),
    klagerWoonplaats: s("klagerWoonplaats"),
    klagerTelefoon: s("klagerTelefoon"),
    klagerEmail: s("klagerEmail"),
    klagerVoorkeurKanaal: s("klagerVoorkeurKanaal"),
    dagtekening: s("dagtekening"),
    omschrijving: s("omschrijving"),
    gedragingDatum: s("gedragingDatum"),
    afdelingId: s("afdelingId"),
    beklaagdeIds: form.getAll("beklaagden").map(String).filter(Boolean),
    beklaagdeOnbekend: form.get("beklaagdeOnbekend") === "ja",
    betreftBestuursorgaan: form.get("betreftBestuursorgaan") === "ja",
  });
  if (!r.success) return { ok: false, fouten: veldFouten(r.error, taal) };
  const v = r.data;
  return {
    ok: true,
    invoer: {
      ontvangenDatum: v.ontvangenDatum,
      kanaal: v.kanaal,
      schriftelijk: v.vorm === "schriftelijk",
      klagerSoort: v.klagerSoort,
      klagerNaam: v.klagerNaam,
      klagerOrganisatie: v.klagerOrganisatie,
      klagerAdres: v.klagerAdres,
      klagerPostcode: v.klagerPostcode,
      klagerWoonplaats: v.klagerWoonplaats,
      klagerTelefoon: v.klagerTelefoon ? normaliseerTelefoon(v.klagerTelefoon) : null,
      klagerEmail: v.klagerEmail ? normaliseerEmail(v.klagerEmail) : null,
      klagerVoorkeurKanaal: v.klagerVoorkeurKanaal,
      dagtekening: v.dagtekening,
      omschrijving: v.omschrijving,
      gedragingDatum: v.gedragingDatum,
      afdelingId: v.afdelingId && Number.isInteger(v.afdelingId) ? v.afdelingId : null,
      beklaagdeIds: v.beklaagdeIds,
      beklaagdeOnbekend: v.beklaagdeOnbekend,
      betreftBestuursorgaan: v.betreftBestuursorgaan,
    },
  };
}

export const STAP_INTENTS = [
  "ONTVANGST_BEVESTIGEN",
  "BEHANDELAAR_TOEWIJZEN",
  "INFORMEEL_OPGELOST",
  "NIET_IN_BEHANDELING",
  "BERICHT_9_8_VERSTUURD",
  "KOPIE_BEKLAAGDE",
  "HOORZITTING_PLANNEN",
  "HOORZITTING_GEHOUDEN",
  "HOREN_OVERSLAAN",
  "VERDAGINGSBERICHT",
  "VERDAGEN",
  "UITSTEL_MET_INSTEMMING",
  "AFHANDELEN",
  "LES_VASTLEGGEN",
  "LES_OVERSLAAN",
  "SLUITEN",
  "OMBUDSMAN_INGESCHAKELD",
] as const;
export type StapIntent = (typeof STAP_INTENTS)[number];

/** Builds the workflow event for a step form; field errors when the form itself is incomplete. */
export function leesStap(
  klachtId: string,
  intent: StapIntent,
  form: FormData,
  taal: "nl" | "en" = "nl",
): { ok: true; event: KlachtEvent } | { ok: false; fouten: Fouten } {
  const s = (k: string) => String(form.get(k) ?? "").trim();
  const op = now();
  // messages are klachten:stapFout keys (hearing refusals already worded), in the request's language
  const fout = (veld: string, melding: string) => ({ ok: false as const, fouten: { [veld]: [vertaalMelding(taal, melding)] } });
  switch (intent) {
    case "ONTVANGST_BEVESTIGEN":
    case "BERICHT_9_8_VERSTUURD":
    case "SLUITEN":
    case "OMBUDSMAN_INGESCHAKELD":
      return { ok: true, event: { type: intent, op } };
    case "BEHANDELAAR_TOEWIJZEN": {
      const id = s("behandelaarId");
      if (!id) return fout("behandelaarId", "klachten:stapFout.behandelaar");
      const m = getDatabase().sqlite.prepare("SELECT naam FROM medewerkers WHERE id = ? AND actief = 1").get(id) as { naam: string } | undefined;
      if (!m) return fout("behandelaarId", "klachten:stapFout.behandelaarOnbekend");
      return { ok: true, event: { type: intent, behandelaarId: id, behandelaarNaam: m.naam, uitzondering: s("uitzondering") || null } };
    }
    case "INFORMEEL_OPGELOST":
      if (!s("toelichting")) return fout("informeelToelichting", "klachten:stapFout.informeel");
      return {
        ok: true,
        event: { type: intent, toelichting: s("toelichting"), klagerTevreden: form.get("klagerTevreden") === "ja", vastgelegdVia: s("vastgelegdVia"), op },
      };
    case "NIET_IN_BEHANDELING":
      if (!(GRONDEN_9_8 as readonly string[]).includes(s("grond"))) return fout("grond", "klachten:stapFout.grond");
      if (!s("toelichting")) return fout("grondToelichting", "klachten:stapFout.motivering");
      return { ok: true, event: { type: intent, grond: s("grond"), toelichting: s("toelichting") } };
    case "KOPIE_BEKLAAGDE":
      return { ok: true, event: { type: intent, op, nietMogelijkReden: s("nietMogelijkReden") || null } };
    case "HOORZITTING_PLANNEN": {
      const m = leesLokaalMoment(s("moment"));
      if (m === null) return fout("hoorMoment", "klachten:stapFout.hoorMoment");
      // a working day of the organisation, within office hours, before the end of the (extended) term
      const termijnOp = huidigeTermijn(klachtId);
      if (termijnOp !== null) {
        const w = toetsHoormoment(kalenders().organisatie, m, termijnOp);
        if (w) return fout("hoorMoment", hoorMelding(w, taal));
      }
      return { ok: true, event: { type: intent, op: m } };
    }
    case "HOORZITTING_GEHOUDEN":
      if (!s("verslag")) return fout("verslag", "klachten:stapFout.verslag");
      return { ok: true, event: { type: intent, op, verslag: s("verslag") } };
    case "HOREN_OVERSLAAN":
      if (!(HOREN_OVERSLAAN_REDENEN as readonly string[]).includes(s("reden"))) return fout("horenReden", "klachten:stapFout.horenReden");
      if (!s("toelichting")) return fout("horenToelichting", "klachten:stapFout.horenToelichting");
      return { ok: true, event: { type: intent, reden: s("reden"), toelichting: s("toelichting") } };
    case "VERDAGINGSBERICHT": {
      const aan = s("aan");
      if (aan !== "klager" && aan !== "beklaagde") return fout("aan", "klachten:stapFout.aan");
      return { ok: true, event: { type: intent, aan, op } };
    }
    case "VERDAGEN": {
      const weken = Number(s("weken"));
      if (!Number.isInteger(weken) || weken < 1) return fout("weken", `klachten:stapFout.weken?max=${MAX_VERDAGING_WEKEN}`);
      const nieuwOp = verdagingsMoment(klachtId, weken);
      if (nieuwOp === null) return fout("weken", `klachten:stapFout.weken?max=${MAX_VERDAGING_WEKEN}`);
      return { ok: true, event: { type: intent, weken, nieuwOp, op } };
    }
    case "UITSTEL_MET_INSTEMMING": {
      const nieuw = s("nieuweDatum");
      if (!isIsoDatum(nieuw)) return fout("nieuweDatum", "klachten:stapFout.nieuweDatum");
      return {
        ok: true,
        event: { type: intent, nieuwOp: eindeVanDag(nieuw), instemmingDatum: s("instemmingDatum"), toelichting: s("toelichting"), op },
      };
    }
    case "AFHANDELEN": {
      const normen = form.getAll("normen").map(Number).filter((n) => Number.isInteger(n));
      const oordeel = s("oordeel");
      const fouten: Fouten = {};
      if (!s("bevindingen")) fouten.bevindingen = ["klachten:stapFout.bevindingen"];
      if (!(OORDELEN as readonly string[]).includes(oordeel)) fouten.oordeel = ["klachten:stapFout.oordeel"];
      if (oordeel === "geen_oordeel" && !s("oordeelReden")) fouten.oordeelReden = ["klachten:stapFout.oordeelReden"];
      if ((oordeel === "gegrond" || oordeel === "deels_gegrond") && !normen.length)
        fouten.normen = ["klachten:stapFout.normen"];
      if (!s("maatregelen")) fouten.maatregelen = ["klachten:stapFout.maatregelen"];
      if (!s("ombudsmanNaam")) fouten.ombudsmanNaam = ["klachten:stapFout.ombudsmanNaam"];
      const weken = Number(s("ombudsmanTermijnWeken"));
      if (!Number.isInteger(weken) || weken < 1) fouten.ombudsmanTermijnWeken = ["klachten:stapFout.ombudsmanTermijn"];
      if (Object.keys(fouten).length) return { ok: false, fouten: vertaalFouten(fouten, taal) };
      return {
        ok: true,
        event: {
          type: intent,
          op,
          bevindingen: s("bevindingen"),
          oordeel,
          oordeelReden: s("oordeelReden") || null,
          normen,
          maatregelen: s("maatregelen"),
          ombudsmanNaam: s("ombudsmanNaam"),
          ombudsmanTermijnWeken: weken,
        },
      };
    }
    case "LES_VASTLEGGEN":
      if (!s("les")) return fout("les", "klachten:stapFout.les");
      return { ok: true, event: { type: intent, les: s("les"), op } };
    case "LES_OVERSLAAN":
      if (!s("reden")) return fout("lesReden", "klachten:stapFout.lesReden");
      return { ok: true, event: { type: intent, reden: s("reden"), op } };
  }
}
