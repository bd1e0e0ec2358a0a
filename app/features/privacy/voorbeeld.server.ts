/**
 * Demo data for privacy requests (issue 17): one demo citizen, Anna de Wit, with a record of every kind an inzage
 * package covers — a complaint through the public form with an attachment, its acknowledgement (the letter and
 * the e-mail to her), a callback request that was kept and answered with a satisfaction score, a warm handover,
 * a suggestion with her e-mail address and a compliment with her name — and a colleague who looked at her
 * klantbeeld, so the audit trail has a view in it. Everything goes through the feature functions the pages use,
 * at the current moment. Idempotent: does nothing when she already exists.
 */
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { rollenVan } from "../../platform/auth/sessies.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { maakStempel } from "../inwoner/beveiliging.server";
import { dienComplimentIn, dienKlachtIn, dienSuggestieIn } from "../inwoner/intake.server";
import { voerStapUit } from "../klachten/klachten.server";
import { maakTerugbelverzoekVanInwoner, terugbelStap } from "../terugbellen/terugbel.server";
import { maakOverdracht } from "../overdracht/overdracht.server";
import { beantwoordKto, maakKtoUitnodiging, nieuweKtoLink } from "../kto/uitnodiging.server";
import { klantbeeld } from "../klantbeeld/klantbeeld.server";
import { laadAfspraakRij } from "../../platform/engine/runtime.server";

export const VOORBEELD_INWONER = { naam: "Anna de Wit", email: "anna.dewit@voorbeeld-inwoner.nl", telefoon: "+31600004417" } as const;

const ZEGELTJE = Buffer.from("Foto van de losliggende stoeptegel voor Dorpsstraat 12 (demo-bijlage).\n", "utf8");

function gebruiker(email: string): AppUser | null {
  const { sqlite } = getDatabase();
  const m = sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE email = ?").get(email) as { id: string; naam: string; email: string } | undefined;
  return m ? { ...m, rollen: rollenVan(m.id) } : null;
}

function team(naam: string): number | null {
  return (getDatabase().sqlite.prepare("SELECT id FROM teams WHERE naam = ?").get(naam) as { id: number } | undefined)?.id ?? null;
}

/** Creates the demo citizen's records; returns her citizen id (null when the demo organisation is missing). */
export function zaaiPrivacyVoorbeeld(): string | null {
  const { sqlite } = getDatabase();
  const p = VOORBEELD_INWONER;
  const al = sqlite.prepare("SELECT id FROM burgers WHERE email = ?").get(p.email) as { id: string } | undefined;
  if (al) return al.id;
  const ruben = gebruiker("ruben@voorbeeld.nl");
  const yusuf = gebruiker("yusuf@voorbeeld.nl");
  const fatima = gebruiker("fatima@voorbeeld.nl");
  const wmo = team("Wmo en Jeugd");
  const meldingen = team("Meldingen Openbare Ruimte");
  if (!ruben || !yusuf || !fatima || wmo === null || meldingen === null) return null;
  const stempel = () => maakStempel(now() - 5 * 60_000);
  const afzender = (i: number) => ({ ip: `198.51.100.${i}`, oorsprong: "demo-data (privacy)" });

  // 1. a complaint through the public form, with an attachment; the regieteam confirms receipt (letter + e-mail)
  const k = dienKlachtIn(
    {
      website: "",
      formulierStempel: stempel(),
      naam: p.naam,
      email: p.email,
      antwoordVia: "e-mail",
      wat: "Mijn melding over een losliggende stoeptegel voor Dorpsstraat 12 is na zes weken nog niet opgelost en niemand belde terug.",
    },
    [{ naam: "stoeptegel.txt", bytes: new Uint8Array(ZEGELTJE) }],
    afzender(1),
  );
  if (k.ok) voerStapUit(k.id, 1, { type: "ONTVANGST_BEVESTIGEN", op: now() }, { id: ruben.id, naam: ruben.naam }, "demo-data (privacy)");

  // 2. a callback request, kept (reached), answered with a satisfaction score
  const t = maakTerugbelverzoekVanInwoner(
    { naam: p.naam, telefoonE164: p.telefoon, email: p.email, vraag: "Ik wil weten hoe het staat met mijn aanvraag voor hulp bij het huishouden.", teamId: wmo },
    "demo-data (privacy)",
  );
  const rij = laadAfspraakRij(t.id);
  if (rij) {
    terugbelStap(t.id, rij.versie, "poging", { uitkomst: "bereikt", notitie: "Uitgelegd dat de aanvraag in behandeling is; besluit volgt binnen twee weken." }, yusuf, "demo-data (privacy)");
    const na = laadAfspraakRij(t.id);
    if (na && !na.open) {
      maakKtoUitnodiging(sqlite, na);
      const link = nieuweKtoLink(sqlite, t.id);
      const token = link?.split("/").pop();
      if (token) beantwoordKto(token, 4, "Fijn dat ik dezelfde dag werd teruggebeld.", "demo-data (privacy)");
    }
  }

  // 3. a warm handover from the KCC to Meldingen Openbare Ruimte
  maakOverdracht(
    {
      ontvanger: `t:${meldingen}`,
      alGedaan: "Melding over de stoeptegel teruggevonden; inwoner wil graag weten wanneer hij wordt gerepareerd.",
      naam: p.naam,
      telefoon: "",
      email: p.email,
      vraag: "Wanneer wordt de losliggende stoeptegel voor Dorpsstraat 12 gerepareerd?",
    },
    fatima,
    "demo-data (privacy)",
  );

  // 4. a suggestion with her e-mail address and a compliment with her name
  dienSuggestieIn({ website: "", formulierStempel: stempel(), tekst: "Stuur een bericht als een melding over de openbare ruimte is opgelost.", contact: p.email }, afzender(2));
  dienComplimentIn({ website: "", formulierStempel: stempel(), team: String(wmo), tekst: "Heel vriendelijk en duidelijk uitgelegd aan de telefoon.", naam: p.naam }, afzender(3));

  const burger = sqlite.prepare("SELECT id FROM burgers WHERE email = ?").get(p.email) as { id: string } | undefined;
  // 5. a colleague looks at her klantbeeld (audited: it belongs in the package's audit trail)
  if (burger) klantbeeld(yusuf, burger.id, "demo-data (privacy)");
  return burger?.id ?? null;
}
