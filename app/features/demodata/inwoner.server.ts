/**
 * Demo data: what citizens sent themselves through the public pages (/inwoner/*, channel "webformulier") in the
 * last two weeks — complaints, callback requests, compliments and suggestions — through the same feature code as
 * the forms (abuse checks, validation, workflow start, status link), so the dashboards, the team queues and the
 * complaints list show public submissions. Deterministic for a seed: times come from `Toeval`, nothing is closed.
 *
 * The senders are demo citizens who already exist (same name and e-mail, so the klantbeeld links them). Callback
 * requests use their unissued 06-0 numbers, which the public form rightly refuses as invalid; they go through the
 * feature function behind the form (maakTerugbelverzoekVanInwoner) with the topic → team mapping. The complaints'
 * receipt is confirmed and a handler from the regieteam appointed a few hours later, as the coordinator would.
 */
import { getDatabase } from "../../../db/client";
import { setNow } from "../../platform/clock";
import { instantVanLokaleDag, lokaleDag } from "../../domain/kalender/tijd";
import { maakStempel } from "../inwoner/beveiliging.server";
import { dienKlachtIn, dienComplimentIn, dienSuggestieIn, complimentTeams } from "../inwoner/intake.server";
import { onderwerpen } from "../inwoner/onderwerpen.server";
import { nieuweStatusLink } from "../inwoner/statuslink.server";
import { maakTerugbelverzoekVanInwoner } from "../terugbellen/terugbel.server";
import { voerStapUit } from "../klachten/klachten.server";
import { COMPLIMENTEN, SUGGESTIES } from "./gegevens.server";
import type { Toeval } from "./toeval.server";

const KLACHTEN = [
  "Ik heb drie keer gebeld over mijn aanvraag en niemand belde terug, terwijl dat wel was beloofd.",
  "De medewerker aan de balie was onvriendelijk toen ik vroeg waarom mijn paspoort nog niet klaar was.",
  "Mijn melding over de kapotte lantaarnpaal is na vier weken nog steeds niet opgelost en ik hoor niets.",
  "Ik kreeg een brief met een besluit zonder uitleg waarom. Niemand kon mij dat aan de telefoon uitleggen.",
  "Er werd een afspraak gemaakt voor een huisbezoek, maar er kwam niemand en ik kreeg geen bericht.",
];
const VRAGEN = [
  "Wanneer kan ik mijn nieuwe paspoort ophalen?",
  "Ik wil weten hoe het staat met mijn aanvraag voor hulp bij het huishouden.",
  "Wanneer wordt de stoep in mijn straat gerepareerd?",
  "Ik ben verhuisd en wil weten of mijn adres goed is doorgegeven.",
  "Ik heb een vraag over de afvalpas.",
];


export interface PubliekeAantallen {
  klachten: number;
  terugbel: number;
  complimenten: number;
  suggesties: number;
}

/** Runs with the test clock frozen (the generator's open-work phase); returns how many were stored. */
export function publiekeInzendingen(t: Toeval, nu: number, per: PubliekeAantallen = { klachten: 8, terugbel: 12, complimenten: 6, suggesties: 4 }): PubliekeAantallen {
  const vandaag = lokaleDag(nu);
  const moment = () => instantVanLokaleDag(vandaag - t.int(0, 13), (8 + t.int(0, 12)) * 3_600_000 + t.int(0, 59) * 60_000);
  const momenten = (n: number) => Array.from({ length: n }, moment).sort((a, b) => a - b);
  const { sqlite } = getDatabase();
  const bekend = sqlite
    .prepare("SELECT naam, email, telefoon_e164 AS telefoon FROM burgers WHERE email IS NOT NULL AND telefoon_e164 IS NOT NULL ORDER BY id LIMIT 2000")
    .all() as { naam: string; email: string; telefoon: string }[];
  if (!bekend.length) return { klachten: 0, terugbel: 0, complimenten: 0, suggesties: 0 };
  const gebruikt = new Set<number>();
  const persoon = (_i: number) => {
    let k = t.int(0, bekend.length - 1);
    for (let n = 0; gebruikt.has(k) && n < bekend.length; n++) k = (k + 1) % bekend.length;
    gebruikt.add(k);
    return bekend[k]!;
  };
  const regie = sqlite
    .prepare(
      `SELECT m.id, m.naam FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id
        WHERE r.rol = 'regieteam' AND m.actief = 1 ORDER BY m.naam`,
    )
    .all() as { id: string; naam: string }[];
  const afzender = (i: number) => ({ ip: `203.0.113.${i % 250}`, oorsprong: "demo-data (webformulier)" });
  const gedaan: PubliekeAantallen = { klachten: 0, terugbel: 0, complimenten: 0, suggesties: 0 };

  momenten(per.klachten).forEach((op, i) => {
    setNow(op);
    const p = persoon(i);
    const r = dienKlachtIn(
      { website: "", formulierStempel: maakStempel(op - 4 * 60_000), naam: p.naam, email: p.email, antwoordVia: "e-mail", wat: t.kies(KLACHTEN) },
      [],
      afzender(i),
    );
    if (!r.ok) return;
    gedaan.klachten++;
    const h = regie.length ? t.kies(regie) : null;
    if (!h) return;
    setNow(op + 3 * 3_600_000);
    const a = voerStapUit(r.id, 1, { type: "ONTVANGST_BEVESTIGEN", op: op + 3 * 3_600_000 }, h, null);
    if (a.ok) voerStapUit(r.id, a.versie, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: h.id, behandelaarNaam: h.naam }, h, null);
  });
  const o = onderwerpen();
  momenten(o.length ? per.terugbel : 0).forEach((op, i) => {
    setNow(op);
    const p = persoon(100 + i);
    const onderwerp = t.kies(o);
    const r = maakTerugbelverzoekVanInwoner(
      { naam: p.naam, telefoonE164: p.telefoon, email: t.kans(0.5) ? p.email : null, vraag: `${onderwerp.naam}: ${t.kies(VRAGEN)}`, teamId: onderwerp.teamId },
      "demo-data (webformulier)",
    );
    nieuweStatusLink(r.id);
    gedaan.terugbel++;
  });
  const teams = complimentTeams();
  momenten(teams.length ? per.complimenten : 0).forEach((op, i) => {
    setNow(op);
    const r = dienComplimentIn(
      { website: "", formulierStempel: maakStempel(op - 2 * 60_000), team: String(t.kies(teams).id), tekst: t.kies(COMPLIMENTEN), naam: t.kans(0.5) ? persoon(200 + i).naam : "" },
      afzender(200 + i),
    );
    if (r.ok) gedaan.complimenten++;
  });
  momenten(per.suggesties).forEach((op, i) => {
    setNow(op);
    const r = dienSuggestieIn(
      { website: "", formulierStempel: maakStempel(op - 2 * 60_000), tekst: t.kies(SUGGESTIES), contact: t.kans(0.5) ? persoon(300 + i).email : "" },
      afzender(300 + i),
    );
    if (r.ok) gedaan.suggesties++;
  });
  return gedaan;
}
