/**
 * Beheer of the messages to citizens: the SMS gateway (with its visible "niet ingesteld" state), the quiet hours,
 * an overview of the queue, and the templates. Every change is audited; the gateway token is never shown back.
 */
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import { audit } from "../../platform/audit/audit.server";
import type { Fouten, Invoer } from "../../platform/web/formulier.server";
import { valideer } from "../../platform/web/formulier.server";
import type { Taal as UiTaal } from "../../platform/i18n/i18n";
import { vertaal } from "../../platform/i18n/vertaal";
import { STANDAARD_STILLE_UREN, stilleUren } from "../../platform/engine/burgerberichten.server";
import { bewaarSmsGateway, smsGateway } from "./sms.server";
import { alleSjablonen, bewaarSjabloon, herstelSjabloon, isBerichtSoort, isTaal, sjabloon } from "./sjablonen.server";
import { onbekendeVelden, SOORT_TITEL, type BerichtSoort, type Taal } from "./sjablonen";

type Actor = { id: string; naam: string };

export function berichtenBeheer() {
  const { sqlite } = getDatabase();
  const g = smsGateway(sqlite);
  const telling = sqlite.prepare("SELECT status, kanaal, count(*) AS n FROM burgerberichten GROUP BY status, kanaal").all() as {
    status: string;
    kanaal: string;
    n: number;
  }[];
  const smtp = !!process.env.AFSPRAAK_SMTP_URL;
  return {
    sms: g ? { ingesteld: true as const, url: g.url, bron: g.bron, tokenIngesteld: !!g.token } : { ingesteld: false as const },
    email: { ingesteld: smtp },
    stilleUren: stilleUren(sqlite),
    standaardStilleUren: STANDAARD_STILLE_UREN,
    telling,
    sjablonen: alleSjablonen().map((s) => ({ soort: s.soort, taal: s.taal, titel: SOORT_TITEL[s.soort], onderwerp: s.onderwerp, versie: s.versie, aangepast: s.aangepast })),
  };
}

// Messages are dictionary keys (app/locales/*/beheer.ts, berichten.fout), worded by valideer(…, uiTaal): Dutch by default.
const GatewaySchema = z.object({
  url: z
    .string()
    .trim()
    .max(500, { error: "beheer:berichten.fout.max500" })
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/.test(v), { error: "beheer:berichten.fout.url" }),
  token: z.string().trim().max(500, { error: "beheer:berichten.fout.max500" }).optional().default(""),
});

const KLOK = /^([01]\d|2[0-3]):[0-5]\d$/;
const StilleUrenSchema = z
  .object({
    van: z.string().trim().regex(KLOK, { error: "beheer:berichten.fout.van" }),
    tot: z.string().trim().regex(KLOK, { error: "beheer:berichten.fout.tot" }),
  })
  .refine((v) => v.van !== v.tot, { path: ["tot"], error: "beheer:berichten.fout.gelijk" });

export type BeheerResultaat = { ok: true; melding: string } | { ok: false; fouten: Fouten; waarden: Invoer };

export function bewaarGateway(actor: Actor, invoer: Invoer, oorsprong: string | null, uiTaal: UiTaal = "nl"): BeheerResultaat {
  const v = valideer(GatewaySchema, invoer, uiTaal);
  if (!v.ok) return { ok: false, fouten: v.fouten, waarden: { url: invoer.url ?? "" } };
  const { sqlite } = getDatabase();
  const huidig = smsGateway(sqlite);
  // an empty token keeps the token already set in beheer (it is never shown back)
  const token = v.data.token || (huidig?.bron === "beheer" ? huidig.token : "");
  sqlite.transaction(() => {
    bewaarSmsGateway(sqlite, v.data.url ? { url: v.data.url, token } : null);
    audit({ actor, actie: "berichten.sms_gateway", objectType: "instelling", objectId: "sms_gateway", resultaat: "ok", oorsprong, details: { url: v.data.url || null, token: token ? "ingesteld" : "leeg" } });
  })();
  return { ok: true, melding: vertaal(uiTaal, v.data.url ? "beheer:berichten.ok.gateway" : "beheer:berichten.ok.gatewayGewist") };
}

export function bewaarStilleUren(actor: Actor, invoer: Invoer, oorsprong: string | null, uiTaal: UiTaal = "nl"): BeheerResultaat {
  const v = valideer(StilleUrenSchema, invoer, uiTaal);
  if (!v.ok) return { ok: false, fouten: v.fouten, waarden: { van: invoer.van ?? "", tot: invoer.tot ?? "" } };
  const { sqlite } = getDatabase();
  sqlite.transaction(() => {
    sqlite
      .prepare("INSERT INTO instellingen (sleutel, waarde) VALUES ('stille_uren', ?) ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde")
      .run(JSON.stringify(v.data));
    audit({ actor, actie: "berichten.stille_uren", objectType: "instelling", objectId: "stille_uren", resultaat: "ok", oorsprong, details: v.data });
  })();
  return { ok: true, melding: vertaal(uiTaal, "beheer:berichten.ok.stilleUren", { van: v.data.van, tot: v.data.tot }) };
}

export function sjabloonVoorBeheer(soort: string | undefined, taal: string | undefined) {
  if (!isBerichtSoort(soort) || !isTaal(taal)) return null;
  return { ...sjabloon(soort, taal), titel: SOORT_TITEL[soort] };
}

const SjabloonSchema = z.object({
  onderwerp: z.string().trim().min(1, { error: "beheer:berichten.fout.onderwerp" }).max(200, { error: "beheer:berichten.fout.max200" }),
  tekst: z.string().trim().min(1, { error: "beheer:berichten.fout.tekst" }).max(20_000, { error: "beheer:berichten.fout.tekstLang" }),
  sms: z.string().trim().min(1, { error: "beheer:berichten.fout.sms" }).max(480, { error: "beheer:berichten.fout.smsLang" }),
});

export function bewaarBerichtSjabloon(
  actor: Actor,
  soort: BerichtSoort,
  taal: Taal,
  invoer: Invoer,
  oorsprong: string | null,
  /** the language of the page (the template's own language is `taal`) */
  uiTaal: UiTaal = "nl",
): BeheerResultaat {
  const t = (sleutel: string, w?: Record<string, string | number>) => vertaal(uiTaal, `beheer:berichten.${sleutel}`, w);
  const waarden = { onderwerp: invoer.onderwerp ?? "", tekst: invoer.tekst ?? "", sms: invoer.sms ?? "" };
  if (invoer.intent === "herstel") {
    herstelSjabloon(soort, taal);
    audit({ actor, actie: "berichten.sjabloon_hersteld", objectType: "bericht_sjabloon", objectId: `${soort}:${taal}`, resultaat: "ok", oorsprong });
    return { ok: true, melding: t("ok.herstel") };
  }
  const versie = Number(invoer.versie);
  if (!Number.isInteger(versie) || versie < 0) return { ok: false, fouten: { _form: [t("fout.onvolledig")] }, waarden };
  const v = valideer(SjabloonSchema, waarden, uiTaal);
  const fouten: Fouten = v.ok ? {} : { ...v.fouten };
  for (const veld of ["onderwerp", "tekst", "sms"] as const) {
    const onbekend = onbekendeVelden(waarden[veld]);
    if (onbekend.length) fouten[veld] = [t("fout.onbekendVeld", { velden: onbekend.map((o) => `{{${o}}}`).join(", ") })];
  }
  if (!waarden.tekst.includes("{{statuslink}}") && !waarden.tekst.includes("{{ktolink}}") && !fouten.tekst)
    fouten.tekst = [t("fout.linkTekst")];
  if (!waarden.sms.includes("{{statuslink}}") && !waarden.sms.includes("{{ktolink}}") && !fouten.sms)
    fouten.sms = [t("fout.linkSms")];
  if (Object.keys(fouten).length || !v.ok) return { ok: false, fouten, waarden };
  if (!bewaarSjabloon(soort, taal, versie, v.data, actor.id)) {
    return { ok: false, fouten: { _form: [t("fout.verouderd")] }, waarden };
  }
  audit({ actor, actie: "berichten.sjabloon", objectType: "bericht_sjabloon", objectId: `${soort}:${taal}`, resultaat: "ok", oorsprong, details: { versie: versie + 1 } });
  return { ok: true, melding: t("ok.sjabloon") };
}
