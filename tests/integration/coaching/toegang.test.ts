/**
 * Visibility of coaching profiles: ONLY the employee and their own leidinggevende(n). Every loader and action
 * of every profile route is called as the employee, their manager, another teamleider, a regieteam member, a
 * beheerder and a colleague in the same team — with guessed URLs too.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import * as profielRoute from "../../../app/routes/profiel";
import * as mwRoute from "../../../app/routes/team.profielen.$medewerkerId";
import * as lijstRoute from "../../../app/routes/team.profielen._index";
import * as dashRoute from "../../../app/routes/team.dashboard";
import { magProfielZien, voegNotitieToe } from "../../../app/features/coaching/coaching.server";
import { gebruiker } from "../werklijsten/helpers";
import { auditRegels, cookieVoor, get, idVan, post, roep } from "./helpers";

const FATIMA = "fatima@voorbeeld.nl";
const SANNE = "sanne@voorbeeld.nl";
const MOHAMED = "mohamed@voorbeeld.nl";
const RUBEN = "ruben@voorbeeld.nl";
const LAURA = "laura@voorbeeld.nl";
const WIM = "wim@voorbeeld.nl";
const JEROEN = "jeroen@voorbeeld.nl";
const HANNA = "hanna@voorbeeld.nl";
const ANDEREN = [MOHAMED, RUBEN, LAURA, WIM, JEROEN, HANNA];

let fatima: string;
let jeroen: string;
let notitieFatima: number;
let notitieJeroen: number;

beforeAll(() => {
  fatima = idVan(FATIMA);
  jeroen = idVan(JEROEN);
  const n1 = voegNotitieToe(gebruiker(SANNE), fatima, "Geheime notitie over Fatima");
  const n2 = voegNotitieToe(gebruiker(SANNE), jeroen, "Geheime notitie over Jeroen");
  if (!n1.ok || !n2.ok) throw new Error("notities niet aangemaakt");
  notitieFatima = n1.id;
  notitieJeroen = n2.id;
});

const pad = () => `/team/profielen/${fatima}`;

describe("magProfielZien", () => {
  it("alleen de medewerker en de eigen leidinggevende", () => {
    expect(magProfielZien(gebruiker(FATIMA), fatima)).toBe(true);
    expect(magProfielZien(gebruiker(SANNE), fatima)).toBe(true);
    for (const a of ANDEREN) expect(magProfielZien(gebruiker(a), fatima), a).toBe(false);
    expect(magProfielZien(gebruiker(SANNE), "bestaat-niet")).toBe(false);
  });
});

describe("/team/profielen/:medewerkerId", () => {
  it("de leidinggevende ziet het profiel, en de weergave staat in de audit", async () => {
    const voor = auditRegels("coaching.profiel.bekeken", fatima).length;
    const u = await roep(mwRoute.loader, get(pad(), await cookieVoor(SANNE)), { medewerkerId: fatima });
    expect(u.soort).toBe("data");
    const d = (u as { data: { notities: { tekst: string }[]; profiel: { medewerker: { id: string } } } }).data;
    expect(d.profiel.medewerker.id).toBe(fatima);
    expect(d.notities.map((n) => n.tekst)).toEqual(["Geheime notitie over Fatima"]);
    const na = auditRegels("coaching.profiel.bekeken", fatima);
    expect(na.length).toBe(voor + 1);
    expect(na.at(-1)!.actor_id).toBe(idVan(SANNE));
  });

  it.each(ANDEREN)("%s krijgt 403 op loader en action, met een auditregel", async (email) => {
    const cookie = await cookieVoor(email);
    const params = { medewerkerId: fatima };
    const voor = auditRegels("coaching.profiel").filter((r) => r.resultaat === "geweigerd").length;
    const l = await roep(mwRoute.loader, get(pad(), cookie), params);
    expect(l.soort === "response" && l.status).toBe(403);
    const pogingen: Record<string, string>[] = [
      { intent: "notitie", tekst: "inbraak" },
      { intent: "reactie", notitie: String(notitieFatima), tekst: "inbraak" },
      { intent: "afspraak", omschrijving: "inbraak", termijn: "2099-01-01" },
      { intent: "sluit", afspraak: "x", versie: "1", nieuw: "nagekomen" },
    ];
    for (const velden of pogingen) {
      const a = await roep(mwRoute.action, post(pad(), cookie, velden), params);
      expect(a.soort === "response" && a.status, JSON.stringify(velden)).toBe(403);
    }
    const geweigerd = auditRegels("coaching.profiel").filter((r) => r.resultaat === "geweigerd").length;
    // Users without the "team" permission are stopped earlier by requireUser (also audited, as toegang:team).
    const heeftTeam = gebruiker(email).rollen.includes("teamleider");
    if (heeftTeam) expect(geweigerd).toBeGreaterThan(voor);
    const tekst = getDatabase()
      .sqlite.prepare("SELECT count(*) AS n FROM coachingsnotities WHERE tekst = 'inbraak'")
      .get() as { n: number };
    expect(tekst.n).toBe(0);
  });

  it("de medewerker zelf gebruikt /profiel; de teamroute weigert haar (geen teamleider)", async () => {
    const l = await roep(mwRoute.loader, get(pad(), await cookieVoor(FATIMA)), { medewerkerId: fatima });
    expect(l.soort === "response" && l.status).toBe(403);
  });

  it("geraden URL's: onbekende id, andermans notitie onder Fatima's URL", async () => {
    const sanne = await cookieVoor(SANNE);
    const onbekend = await roep(mwRoute.loader, get("/team/profielen/bestaat-niet", sanne), { medewerkerId: "bestaat-niet" });
    expect(onbekend.soort === "response" && onbekend.status).toBe(403);
    // Sanne manages both, but a note of Jeroen under Fatima's URL is refused and nothing is written.
    const r = await roep(mwRoute.action, post(pad(), sanne, { intent: "reactie", notitie: String(notitieJeroen), tekst: "verkeerd" }), {
      medewerkerId: fatima,
    });
    expect(r.soort === "response" && r.status).toBe(403);
    const n = getDatabase().sqlite.prepare("SELECT count(*) AS n FROM coachingsreacties WHERE tekst = 'verkeerd'").get() as { n: number };
    expect(n.n).toBe(0);
    // Mohamed guesses the id of his own employee's page? He has none in KCC Telefonie: the list is his own only.
    const lijst = await roep(lijstRoute.loader, get("/team/profielen", await cookieVoor(MOHAMED)));
    const namen = ((lijst as { data: { medewerkers: { id: string }[] } }).data.medewerkers ?? []).map((m) => m.id);
    expect(namen).not.toContain(fatima);
    expect(namen).not.toContain(jeroen);
  });

  it("de leidinggevende schrijft een notitie en een afspraak; de medewerker kan dat niet", async () => {
    const sanne = await cookieVoor(SANNE);
    const ok = await roep(mwRoute.action, post(pad(), sanne, { intent: "notitie", tekst: "Goed gesprek gehad" }), { medewerkerId: fatima });
    expect(ok.soort === "data" && ok.status).toBe(200);
    const leeg = await roep(mwRoute.action, post(pad(), sanne, { intent: "notitie", tekst: "   " }), { medewerkerId: fatima });
    expect(leeg.soort === "data" && leeg.status).toBe(400);
    expect((leeg as { data: { fouten: { tekst?: string[] } } }).data.fouten.tekst?.[0]).toBe("Vul de tekst in.");
    const verleden = await roep(mwRoute.action, post(pad(), sanne, { intent: "afspraak", omschrijving: "Iets", termijn: "2001-01-01" }), {
      medewerkerId: fatima,
    });
    expect((verleden as { data: { fouten: { termijn?: string[] }; velden: Record<string, string> } }).data.fouten.termijn?.[0]).toMatch(/vandaag/);
    expect((verleden as { data: { velden: Record<string, string> } }).data.velden.omschrijving).toBe("Iets");

    // Fatima posting a manager-only intent on her own profile page is refused.
    const zelf = await roep(profielRoute.action, post("/profiel", await cookieVoor(FATIMA), { intent: "notitie", tekst: "zelf" }));
    expect(zelf.soort === "response" && zelf.status).toBe(403);
  });
});

describe("/profiel (eigen profiel)", () => {
  it("iedereen ziet alleen het eigen profiel", async () => {
    const f = await roep(profielRoute.loader, get("/profiel", await cookieVoor(FATIMA)));
    const d = (f as { data: { profiel: { medewerker: { id: string } }; notities: { tekst: string }[] } }).data;
    expect(d.profiel.medewerker.id).toBe(fatima);
    expect(d.notities.map((n) => n.tekst)).toContain("Geheime notitie over Fatima");
    const j = await roep(profielRoute.loader, get("/profiel", await cookieVoor(JEROEN)));
    const dj = (j as { data: { profiel: { medewerker: { id: string } }; notities: { tekst: string }[] } }).data;
    expect(dj.profiel.medewerker.id).toBe(jeroen);
    expect(dj.notities.map((n) => n.tekst)).not.toContain("Geheime notitie over Fatima");
  });

  it("de medewerker reageert op een eigen notitie, niet op die van een collega", async () => {
    const fatimaCookie = await cookieVoor(FATIMA);
    const ok = await roep(profielRoute.action, post("/profiel", fatimaCookie, { intent: "reactie", notitie: String(notitieFatima), tekst: "Eens!" }));
    expect(ok.soort === "data" && ok.status).toBe(200);
    const jeroenCookie = await cookieVoor(JEROEN);
    const nee = await roep(profielRoute.action, post("/profiel", jeroenCookie, { intent: "reactie", notitie: String(notitieFatima), tekst: "stiekem" }));
    expect(nee.soort === "response" && nee.status).toBe(403);
    const n = getDatabase().sqlite.prepare("SELECT count(*) AS n FROM coachingsreacties WHERE tekst = 'stiekem'").get() as { n: number };
    expect(n.n).toBe(0);
  });
});

describe("verhuizing naar een andere leidinggevende", () => {
  it("de oude leidinggevende verliest direct de toegang, de nieuwe krijgt die", async () => {
    const { sqlite } = getDatabase();
    const sanneCookie = await cookieVoor(SANNE);
    const mohamedCookie = await cookieVoor(MOHAMED);
    expect((await roep(mwRoute.loader, get(pad(), sanneCookie), { medewerkerId: fatima })).soort).toBe("data");
    sqlite.prepare("UPDATE leidinggevenden SET leidinggevende_id = ? WHERE medewerker_id = ? AND leidinggevende_id = ?").run(
      idVan(MOHAMED),
      fatima,
      idVan(SANNE),
    );
    try {
      const oud = await roep(mwRoute.loader, get(pad(), sanneCookie), { medewerkerId: fatima });
      expect(oud.soort === "response" && oud.status).toBe(403);
      const oudActie = await roep(mwRoute.action, post(pad(), sanneCookie, { intent: "notitie", tekst: "na verhuizing" }), { medewerkerId: fatima });
      expect(oudActie.soort === "response" && oudActie.status).toBe(403);
      const nieuw = await roep(mwRoute.loader, get(pad(), mohamedCookie), { medewerkerId: fatima });
      expect(nieuw.soort).toBe("data");
      // The dashboard of Sanne no longer links to Fatima's profile.
      const dash = await roep(dashRoute.loader, get("/team/dashboard", sanneCookie));
      const teams = (dash as { data: { teams: { leden: { id: string; profielLink: string | null }[] }[] } }).data.teams;
      const lid = teams.flatMap((t) => t.leden).find((l) => l.id === fatima);
      expect(lid?.profielLink ?? null).toBeNull();
    } finally {
      sqlite.prepare("UPDATE leidinggevenden SET leidinggevende_id = ? WHERE medewerker_id = ? AND leidinggevende_id = ?").run(
        idVan(SANNE),
        fatima,
        idVan(MOHAMED),
      );
    }
  });
});
