import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import {
  complimentOntvangers,
  leesFeedback,
  registreerFeedback,
  suggesties,
  triageerSuggestie,
} from "../../../app/features/feedback/feedback.server";
import { complimentFeiten } from "../../../app/features/coaching/dienstverleningsprofiel.server";
import { berichtenVan } from "../../../app/platform/engine/inbox.server";

const { sqlite } = getDatabase();
function mw(email: string) {
  return sqlite.prepare("SELECT id, naam, team_id AS teamId FROM medewerkers WHERE email = ?").get(email) as { id: string; naam: string; teamId: number };
}
const fatima = mw("fatima@voorbeeld.nl");
const jeroen = mw("jeroen@voorbeeld.nl");
const lotte = mw("lotte@voorbeeld.nl");
const sanne = mw("sanne@voorbeeld.nl");
const ruben = mw("ruben@voorbeeld.nl");
const actor = (m: { id: string; naam: string }) => ({ id: m.id, naam: m.naam });

function form(v: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, w] of Object.entries(v)) f.set(k, w);
  return f;
}
function auditRegels(actie: string) {
  return sqlite.prepare("SELECT object_id AS objectId, actor_id AS actorId, details FROM audit_log WHERE actie = ?").all(actie) as {
    objectId: string;
    actorId: string;
    details: string;
  }[];
}

describe("leesFeedback (validation)", () => {
  it("gives Dutch errors at the fields and requires a recipient for a compliment", () => {
    const r = leesFeedback(form({ soort: "compliment", kanaal: "", tekst: "", over: "" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten.kanaal?.[0]).toMatch(/Kies het kanaal/);
    expect(r.fouten.tekst?.[0]).toMatch(/Vul in wat de inwoner/);
    expect(r.fouten.over?.[0]).toMatch(/Kies de collega of het team/);
    const r2 = leesFeedback(form({ soort: "compliment", kanaal: "telefoon", tekst: "Heel vriendelijk geholpen", over: "" }));
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.fouten.over?.[0]).toMatch(/Kies de collega of het team/);
    const r3 = leesFeedback(form({ soort: "compliment", kanaal: "telefoon", tekst: "Heel vriendelijk", over: "m:bestaat-niet" }));
    expect(r3.ok).toBe(false);
    const r4 = leesFeedback(form({ soort: "iets", kanaal: "telefoon", tekst: "abc" }));
    expect(r4.ok).toBe(false);
    if (!r4.ok) expect(r4.fouten.soort?.[0]).toMatch(/compliment of een suggestie/);
  });

  it("keeps no contact details for a compliment (data minimisation), but does for a suggestion", () => {
    const c = leesFeedback(form({ soort: "compliment", kanaal: "balie", tekst: "Top!", over: `m:${jeroen.id}`, vanNaam: "Els", vanContact: "06-12345678" }));
    expect(c.ok && c.invoer.vanContact).toBe(null);
    expect(c.ok && c.invoer.medewerkerId).toBe(jeroen.id);
    const s = leesFeedback(form({ soort: "suggestie", kanaal: "website", tekst: "Langer open op donderdag", over: `m:${jeroen.id}`, vanContact: "els@example.nl" }));
    expect(s.ok && s.invoer.vanContact).toBe("els@example.nl");
    expect(s.ok && s.invoer.medewerkerId).toBe(null);
  });
});

describe("compliments", () => {
  it("reach the employee and the teamleider via the inbox and count in the profile", () => {
    setNow(Date.parse("2026-03-02T10:00:00Z"));
    const r = leesFeedback(form({ soort: "compliment", kanaal: "telefoon", tekst: "Jeroen legde alles geduldig uit.", over: `m:${jeroen.id}` }));
    if (!r.ok) throw new Error(JSON.stringify(r.fouten));
    const { id, ontvangers } = registreerFeedback(actor(fatima), r.invoer, "test");
    const ids = complimentOntvangers({ medewerkerId: jeroen.id, teamId: null }).map((o) => o.id);
    expect(ids).toContain(jeroen.id);
    expect(ids).toContain(sanne.id);
    expect(ontvangers).toBe(ids.length);
    for (const wie of [jeroen, sanne]) {
      const b = berichtenVan(wie.id).find((x) => x.titel === `Compliment voor ${jeroen.naam}`);
      expect(b, wie.naam).toBeTruthy();
      expect(b!.tekst).toContain("Jeroen legde alles geduldig uit.");
    }
    expect(berichtenVan(fatima.id).some((x) => x.titel.startsWith("Compliment"))).toBe(false);
    const feiten = complimentFeiten([jeroen.id, fatima.id], Date.parse("2026-03-01T00:00:00Z"));
    expect(feiten?.filter((f) => f.medewerkerId === jeroen.id).length).toBe(1);
    expect(feiten?.filter((f) => f.medewerkerId === fatima.id).length).toBe(0);
    expect(auditRegels("compliment.geregistreerd").some((a) => a.objectId === String(id) && a.actorId === fatima.id)).toBe(true);
  });

  it("for a team reach every active member and the teamleider", () => {
    const r = leesFeedback(form({ soort: "compliment", kanaal: "e-mail", tekst: "Wat een fijn team aan de telefoon.", over: `t:${fatima.teamId}` }));
    if (!r.ok) throw new Error(JSON.stringify(r.fouten));
    registreerFeedback(actor(ruben), r.invoer, null);
    for (const wie of [fatima, jeroen, lotte, sanne]) {
      expect(berichtenVan(wie.id).some((x) => x.titel.startsWith("Compliment voor team")), wie.naam).toBe(true);
    }
    const rij = sqlite.prepare("SELECT medewerker_id, team_id, afdeling_id FROM feedback ORDER BY id DESC LIMIT 1").get() as Record<string, unknown>;
    expect(rij.medewerker_id).toBe(null);
    expect(rij.team_id).toBe(fatima.teamId);
    expect(rij.afdeling_id).not.toBe(null);
  });
});

describe("suggestions", () => {
  function nieuweSuggestie(tekst: string) {
    const r = leesFeedback(form({ soort: "suggestie", kanaal: "website", tekst, vanNaam: "Els de Vries", vanContact: "els@example.nl" }));
    if (!r.ok) throw new Error(JSON.stringify(r.fouten));
    const voor = (sqlite.prepare("SELECT count(*) AS n FROM berichten").get() as { n: number }).n;
    const { id, ontvangers } = registreerFeedback(actor(fatima), r.invoer, null);
    expect(ontvangers).toBe(0);
    expect((sqlite.prepare("SELECT count(*) AS n FROM berichten").get() as { n: number }).n).toBe(voor);
    return id;
  }

  it("land on the triage list (reading personal data is audited) and move nieuw → in behandeling → overgenomen", () => {
    const id = nieuweSuggestie("Graag een avondopenstelling op donderdag.");
    const lijst = suggesties(actor(ruben), "test");
    const s = lijst.find((x) => x.id === id)!;
    expect(s.status).toBe("nieuw");
    expect(s.vanContact).toBe("els@example.nl");
    expect(s.doorNaam).toBe(fatima.naam);
    expect(auditRegels("suggesties.gelezen").some((a) => a.actorId === ruben.id && JSON.parse(a.details).ids.includes(id))).toBe(true);

    // a final decision straight from nieuw is not a triage step
    const direct = triageerSuggestie(actor(ruben), id, 1, { status: "overgenomen", notitie: "ok" }, null);
    expect(direct.ok).toBe(false);
    if (!direct.ok) expect(direct.fouten.status?.[0]).toMatch(/in behandeling/);

    const stap1 = triageerSuggestie(actor(ruben), id, 1, { status: "in_behandeling", notitie: "" }, null);
    expect(stap1).toEqual({ ok: true, versie: 2 });

    // the decision needs a note
    const zonder = triageerSuggestie(actor(ruben), id, 2, { status: "overgenomen", notitie: " " }, null);
    expect(zonder.ok).toBe(false);
    if (!zonder.ok) expect(zonder.fouten.notitie?.[0]).toMatch(/Licht het besluit toe/);

    // stale version refused, nothing overwritten
    const oud = triageerSuggestie(actor(ruben), id, 1, { status: "overgenomen", notitie: "Doen we" }, null);
    expect(oud.ok).toBe(false);
    if (!oud.ok) {
      expect(oud.status).toBe(409);
      expect(oud.fouten._form?.[0]).toMatch(/intussen bijgewerkt/);
    }

    const stap2 = triageerSuggestie(actor(ruben), id, 2, { status: "afgewezen", notitie: "Past niet in de begroting van dit jaar." }, null);
    expect(stap2).toEqual({ ok: true, versie: 3 });
    const na = suggesties(actor(ruben), null).find((x) => x.id === id)!;
    expect(na.status).toBe("afgewezen");
    expect(na.triageNotitie).toBe("Past niet in de begroting van dit jaar.");
    const verder = triageerSuggestie(actor(ruben), id, 3, { status: "overgenomen", notitie: "toch wel" }, null);
    expect(verder.ok).toBe(false);
    if (!verder.ok) expect(verder.fouten.status?.[0]).toMatch(/al besloten/);
    expect(auditRegels("suggestie.getrieerd").filter((a) => a.objectId === String(id)).length).toBe(2);
  });

  it("refuses triage of a compliment or an unknown id", () => {
    const c = sqlite.prepare("SELECT id FROM feedback WHERE soort = 'compliment' LIMIT 1").get() as { id: number } | undefined;
    const r = triageerSuggestie(actor(ruben), c?.id ?? 999999, 1, { status: "in_behandeling", notitie: "" }, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.status).toBe(404);
  });
});
