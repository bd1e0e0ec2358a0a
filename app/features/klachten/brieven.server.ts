/**
 * Letters for klachten: editable templates (beheer /beheer/brieven) with merge fields, rendered to plain text.
 * The exact text of every letter sent is stored in klacht_brieven (append-only) and never re-rendered.
 * The conclusion letter cannot be produced without the Awb 9:12 fields.
 */
import { getDatabase } from "../../../db/client";
import { BRIEF_SOORTEN, type BriefSoort } from "../../../db/schema";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal } from "../../platform/i18n/vertaal";

export { BRIEF_SOORTEN, type BriefSoort };

export const BRIEF_TITEL: Record<BriefSoort, string> = {
  ontvangstbevestiging: "Ontvangstbevestiging (Awb 9:6)",
  niet_in_behandeling: "Bericht niet in behandeling (Awb 9:8 lid 3)",
  verdaging: "Verdaging (Awb 9:11 lid 2)",
  conclusie: "Afhandeling van de klacht (Awb 9:12)",
};

/**
 * The merge fields a template may use; their meaning is shown on the beheer page from `beheer:brieven.veld.<field>`
 * (app/locales/{nl,en}/beheer.ts), in the page's language.
 */
export const SAMENVOEGVELDEN: readonly string[] = [
  "klager.naam",
  "klager.adres",
  "nummer",
  "ontvangen_op",
  "gedraging",
  "gedraging_datum",
  "termijn",
  "behandelaar",
  "grond",
  "motivering",
  "verdaging_weken",
  "nieuwe_termijn",
  "bevindingen",
  "oordeel",
  "normen",
  "maatregelen",
  "ombudsman",
  "ombudsman_termijn",
  "datum",
];

const AFSLUITING = "\n\nMet vriendelijke groet,\n\n{{behandelaar}}\nnamens het college van burgemeester en wethouders van Gemeente Voorbeeld";

export const STANDAARD_SJABLONEN: Record<BriefSoort, { onderwerp: string; tekst: string }> = {
  ontvangstbevestiging: {
    onderwerp: "Ontvangstbevestiging van uw klacht {{nummer}}",
    tekst:
      "{{datum}}\n\n{{klager.naam}}\n{{klager.adres}}\n\nGeachte {{klager.naam}},\n\nOp {{ontvangen_op}} hebben wij uw klacht ontvangen. Uw klacht heeft nummer {{nummer}}. Hierbij bevestigen wij de ontvangst (artikel 9:6 Algemene wet bestuursrecht).\n\nU klaagde over: {{gedraging}}\n\nWij handelen uw klacht af uiterlijk op {{termijn}}. Een collega die niet bij de gedraging betrokken was, behandelt uw klacht. Wij nemen contact met u op om u te horen." +
      AFSLUITING,
  },
  niet_in_behandeling: {
    onderwerp: "Uw klacht {{nummer}} wordt niet in behandeling genomen",
    tekst:
      "{{datum}}\n\n{{klager.naam}}\n{{klager.adres}}\n\nGeachte {{klager.naam}},\n\nOp {{ontvangen_op}} ontvingen wij uw klacht (nummer {{nummer}}). Wij nemen uw klacht niet in behandeling. De reden is: {{grond}}.\n\n{{motivering}}\n\nBent u het hier niet mee eens? Dan kunt u zich wenden tot de {{ombudsman}}, binnen {{ombudsman_termijn}} na deze brief (artikel 9:8 lid 3 en 9:12 lid 2 Algemene wet bestuursrecht)." +
      AFSLUITING,
  },
  verdaging: {
    onderwerp: "Verdaging van de afhandeling van klacht {{nummer}}",
    tekst:
      "{{datum}}\n\n{{klager.naam}}\n{{klager.adres}}\n\nGeachte {{klager.naam}},\n\nWij hebben meer tijd nodig om klacht {{nummer}} zorgvuldig af te handelen. Wij verdagen de afhandeling met {{verdaging_weken}} weken (artikel 9:11 lid 2 Algemene wet bestuursrecht). U ontvangt ons oordeel uiterlijk op {{nieuwe_termijn}}." +
      AFSLUITING,
  },
  conclusie: {
    onderwerp: "Afhandeling van uw klacht {{nummer}}",
    tekst:
      "{{datum}}\n\n{{klager.naam}}\n{{klager.adres}}\n\nGeachte {{klager.naam}},\n\nOp {{ontvangen_op}} ontvingen wij uw klacht over: {{gedraging}}\n\nBevindingen\n{{bevindingen}}\n\nOordeel\nWij vinden uw klacht: {{oordeel}}.\n\nBehoorlijkheidsnormen\n{{normen}}\n\nMaatregelen\n{{maatregelen}}\n\nBent u het niet eens met de afhandeling van uw klacht? Dan kunt u een verzoekschrift indienen bij de {{ombudsman}}. Doe dat binnen {{ombudsman_termijn}} na de datum van deze brief (artikel 9:12 lid 2 Algemene wet bestuursrecht)." +
      AFSLUITING,
  },
};

export interface Sjabloon {
  soort: BriefSoort;
  titel: string;
  onderwerp: string;
  tekst: string;
  versie: number;
  gewijzigdOp: number | null;
}

/** The template for a soort (the built-in text until a beheerder saved one). */
export function sjabloon(soort: BriefSoort): Sjabloon {
  const { sqlite } = getDatabase();
  const r = sqlite.prepare("SELECT * FROM brief_sjablonen WHERE soort = ?").get(soort) as
    | { onderwerp: string; tekst: string; versie: number; gewijzigd_op: number }
    | undefined;
  if (r) return { soort, titel: BRIEF_TITEL[soort], onderwerp: r.onderwerp, tekst: r.tekst, versie: r.versie, gewijzigdOp: r.gewijzigd_op };
  return { soort, titel: BRIEF_TITEL[soort], ...STANDAARD_SJABLONEN[soort], versie: 0, gewijzigdOp: null };
}

export function alleSjablonen(): Sjabloon[] {
  return BRIEF_SOORTEN.map(sjabloon);
}

/** Unknown merge fields in a template text (typos a beheerder should see). */
export function onbekendeVelden(tekst: string): string[] {
  const uit = new Set<string>();
  for (const m of tekst.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)) if (!SAMENVOEGVELDEN.includes(m[1]!)) uit.add(m[1]!);
  return [...uit];
}

export type SjabloonUitkomst = { ok: true; versie: number } | { ok: false; fouten: Record<string, string[]> };

export function wijzigSjabloon(
  actor: { id: string; naam: string },
  soort: BriefSoort,
  verwachteVersie: number,
  invoer: { onderwerp: string; tekst: string },
  oorsprong: string | null,
  /** the language of the messages (the page's; Dutch by default) */
  taal: Taal = "nl",
): SjabloonUitkomst {
  const t = (sleutel: string, velden?: string[]) => vertaal(taal, `beheer:brieven.fout.${sleutel}`, velden ? { velden: velden.map((v) => `{{${v}}}`).join(", ") } : {});
  const fouten: Record<string, string[]> = {};
  if (!invoer.onderwerp.trim()) fouten.onderwerp = [t("onderwerp")];
  if (!invoer.tekst.trim()) fouten.tekst = [t("tekst")];
  const onbekendOnderwerp = onbekendeVelden(invoer.onderwerp);
  if (onbekendOnderwerp.length) fouten.onderwerp = [t("onbekendVeld", onbekendOnderwerp)];
  const onbekend = onbekendeVelden(invoer.tekst);
  if (onbekend.length) fouten.tekst = [t("onbekendVeld", onbekend)];
  if (soort === "conclusie" && !onbekend.length) {
    const verplicht = ["bevindingen", "oordeel", "normen", "maatregelen", "ombudsman", "ombudsman_termijn"].filter(
      (v) => !invoer.tekst.includes(`{{${v}}}`),
    );
    if (verplicht.length)
      fouten.tekst = [t("awb912", verplicht)];
  }
  if (Object.keys(fouten).length) return { ok: false, fouten };
  const { sqlite } = getDatabase();
  return sqlite.transaction((): SjabloonUitkomst => {
    const huidig = sjabloon(soort);
    if (huidig.versie !== verwachteVersie)
      return { ok: false, fouten: { _form: [t("verouderd")] } };
    const versie = huidig.versie + 1;
    sqlite
      .prepare(
        `INSERT INTO brief_sjablonen (soort, titel, onderwerp, tekst, versie, gewijzigd_op, gewijzigd_door) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(soort) DO UPDATE SET onderwerp = excluded.onderwerp, tekst = excluded.tekst, versie = excluded.versie,
           gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door`,
      )
      .run(soort, BRIEF_TITEL[soort], invoer.onderwerp.trim(), invoer.tekst.replace(/\r\n/g, "\n").trim(), versie, now(), actor.id);
    audit({ actor, actie: "briefsjabloon.gewijzigd", objectType: "brief_sjabloon", objectId: soort, resultaat: "ok", oorsprong, details: { versie } });
    return { ok: true, versie };
  })();
}

/** Fills {{veld}} from `waarden`; a missing value is an error, never an empty gap in a letter. */
export function vulIn(tekst: string, waarden: Record<string, string | null | undefined>): { tekst: string; ontbreekt: string[] } {
  const ontbreekt = new Set<string>();
  const uit = tekst.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (_, veld: string) => {
    const w = waarden[veld];
    if (w === undefined || w === null || w === "") {
      ontbreekt.add(veld);
      return `[${veld}]`;
    }
    return w;
  });
  return { tekst: uit, ontbreekt: [...ontbreekt] };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A standalone printable HTML document of a letter (for download). */
export function briefHtml(onderwerp: string, tekst: string): string {
  const alineas = tekst
    .split(/\n{2,}/)
    .map((a) => `<p>${escapeHtml(a).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(onderwerp)}</title>
<style>body{font-family:Georgia,serif;max-width:40rem;margin:2rem auto;line-height:1.5;color:#111}h1{font-size:1.2rem}@media print{body{margin:0}}</style>
</head><body><p><strong>Gemeente Voorbeeld</strong></p><h1>${escapeHtml(onderwerp)}</h1>
${alineas}
</body></html>`;
}
