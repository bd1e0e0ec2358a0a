/**
 * Form handling for the profile pages (/profiel and /team/profielen/:medewerkerId): zod validation,
 * the access check (eisProfielToegang → 403 + audit), and one call into coaching.server.ts per intent.
 * Returns what the page shows at the form: field errors with the typed input, or a success message.
 */
import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import { vertaal, vertaalMelding } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";
import { origin } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { eisProfielToegang, maakCoachingsafspraak, sluitCoachingsafspraak, voegNotitieToe, voegReactieToe, type Uitkomst } from "./coaching.server";
import { weiger } from "../../platform/auth/permissions.server";
import { dagVanIso, lokaleDelen } from "../../domain/kalender/tijd";
import { datumVanDag } from "../../domain/kalender/tijd";
import { eindeVanIsoDag } from "./rekenregels";
import { now } from "../../platform/clock";

export const MAX_NOTITIE = 4000;
export const MAX_REACTIE = 2000;
export const MAX_AFSPRAAK = 1000;

export type ProfielActieData =
  | { intent: string; ok: true; melding: string; velden?: undefined; fouten?: undefined; doel?: string }
  | { intent: string; ok: false; melding: string | null; fouten: Fouten; velden: Record<string, string>; doel?: string };

const tekst = (max: number) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "coaching:fout.tekstLeeg").max(max, `coaching:fout.tekstLang?max=${max}`));

const notitieSchema = z.object({ tekst: tekst(MAX_NOTITIE) });
const reactieSchema = z.object({ notitie: z.coerce.number().int().positive(), tekst: tekst(MAX_REACTIE) });
const afspraakSchema = z.object({
  omschrijving: tekst(MAX_AFSPRAAK),
  termijn: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "coaching:fout.datum"),
});
const sluitSchema = z.object({
  afspraak: z.string().min(1).max(100),
  versie: z.coerce.number().int().positive(),
  nieuw: z.enum(["nagekomen", "vervallen"]),
});

/** Due moment for an ISO date: end of that day in Amsterdam; errors in `taal` (Dutch by default). */
export function termijnUitDatum(iso: string, nu = now(), taal: Taal = "nl"): { ok: true; op: number } | { ok: false; fout: string } {
  let dag: number;
  try {
    dag = dagVanIso(iso);
  } catch {
    return { ok: false, fout: vertaal(taal, "coaching:fout.datum") };
  }
  const vandaag = lokaleDelen(nu).dagIndex;
  if (dag < vandaag) return { ok: false, fout: vertaal(taal, "coaching:fout.datumVerleden") };
  if (dag > vandaag + 731) return { ok: false, fout: vertaal(taal, "coaching:fout.datumVer") };
  const d = datumVanDag(dag);
  return { ok: true, op: eindeVanIsoDag(d.jaar, d.maand, d.dag) };
}

/** What was typed, sent back to the form (without the intent, each field at most 10,000 characters). */
function velden(invoer: Invoer): Record<string, string> {
  const v: Record<string, string> = {};
  for (const [k, w] of Object.entries(invoer)) if (k !== "intent") v[k] = w.slice(0, 10_000);
  return v;
}

function uitUitkomst(
  user: AppUser,
  context: AppLoadContext | undefined,
  medewerkerId: string,
  intent: string,
  r: Uitkomst,
  invoer: Invoer,
  melding: string,
  taal: Taal,
  doel?: string,
): ProfielActieData {
  if (r.ok) return { intent, ok: true, melding: vertaal(taal, melding), doel };
  if (r.reden === "geweigerd" || r.reden === "niet_gevonden") {
    // Guessed ids (a note of another employee under this URL, …) are refused like any other trespass.
    weiger(user, context, `coaching.${intent}`, `medewerker:${medewerkerId}`, "U heeft geen toegang tot dit profiel.");
  }
  return { intent, ok: false, melding: uitkomstTekst(r, taal), fouten: {}, velden: velden(invoer), doel };
}

/** A refusal of coaching.server.ts in `taal`: its Dutch text as it is, otherwise worded from its reason. */
function uitkomstTekst(r: Extract<Uitkomst, { ok: false }>, taal: Taal): string {
  if (taal === "nl") return r.melding;
  if (r.reden === "verouderd") return vertaal(taal, "coaching:fout.verouderd");
  if (r.reden === "niet_toegestaan" && r.status)
    return vertaal(taal, "coaching:fout.alGesloten", { status: vertaal(taal, `coaching:afspraken.${r.status}`).toLowerCase() });
  return vertaalMelding(taal, r.melding);
}

/**
 * Handles a POST on a profile page (the form's fields as read by leesInvoer). The access check comes first;
 * manager-only intents (notitie, afspraak, sluit) refuse the employee and everyone else.
 */
export function verwerkProfielActie(
  invoer: Invoer,
  context: AppLoadContext | undefined,
  user: AppUser,
  medewerkerId: string,
  taal: Taal = "nl",
): ProfielActieData {
  eisProfielToegang(user, context, medewerkerId);
  const intent = invoer.intent ?? "";
  const oorsprong = origin(context);

  switch (intent) {
    case "notitie": {
      eisProfielToegang(user, context, medewerkerId, { alleen: "leidinggevende" });
      const p = valideer(notitieSchema, { tekst: invoer.tekst ?? "" }, taal);
      if (!p.ok) return { intent, ok: false, melding: null, fouten: p.fouten, velden: velden(invoer) };
      return uitUitkomst(user, context, medewerkerId, intent, voegNotitieToe(user, medewerkerId, p.data.tekst, oorsprong), invoer, "coaching:notities.opgeslagen", taal);
    }
    case "reactie": {
      const p = valideer(reactieSchema, { notitie: invoer.notitie ?? "", tekst: invoer.tekst ?? "" }, taal);
      const doel = invoer.notitie ?? "";
      if (!p.ok) return { intent, ok: false, melding: null, fouten: p.fouten, velden: velden(invoer), doel };
      return uitUitkomst(
        user,
        context,
        medewerkerId,
        intent,
        voegReactieToe(user, medewerkerId, p.data.notitie, p.data.tekst, oorsprong),
        invoer,
        "coaching:notities.reactieOpgeslagen",
        taal,
        doel,
      );
    }
    case "afspraak": {
      eisProfielToegang(user, context, medewerkerId, { alleen: "leidinggevende" });
      const p = valideer(afspraakSchema, { omschrijving: invoer.omschrijving ?? "", termijn: invoer.termijn ?? "" }, taal);
      const fouten: Fouten = p.ok ? {} : { ...p.fouten };
      let termijnOp: number | null = null;
      if (p.ok) {
        const t = termijnUitDatum(p.data.termijn, now(), taal);
        if (t.ok) termijnOp = t.op;
        else fouten.termijn = [t.fout];
      }
      if (!p.ok || termijnOp === null) return { intent, ok: false, melding: null, fouten, velden: velden(invoer) };
      const r = maakCoachingsafspraak(user, medewerkerId, { omschrijving: p.data.omschrijving, termijnOp }, oorsprong);
      return uitUitkomst(user, context, medewerkerId, intent, r, invoer, "coaching:afspraken.opgeslagen", taal);
    }
    case "sluit": {
      eisProfielToegang(user, context, medewerkerId, { alleen: "leidinggevende" });
      const p = valideer(sluitSchema, invoer, taal);
      if (!p.ok) return { intent, ok: false, melding: vertaal(taal, "coaching:fout.afspraakWeg"), fouten: {}, velden: velden(invoer) };
      const r = sluitCoachingsafspraak(user, medewerkerId, p.data.afspraak, p.data.versie, p.data.nieuw, oorsprong);
      return uitUitkomst(user, context, medewerkerId, intent, r, invoer, "coaching:afspraken.bijgewerkt", taal, p.data.afspraak);
    }
    default:
      return { intent, ok: false, melding: vertaal(taal, "coaching:fout.onbekend"), fouten: {}, velden: {} };
  }
}
