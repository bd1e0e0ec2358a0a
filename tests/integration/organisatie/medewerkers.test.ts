import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { leidinggevenden, medewerkers } from "../../../db/schema";
import {
  maakMedewerker,
  medewerker,
  wijzigMedewerker,
  zetMedewerkerActief,
  zoekMedewerkers,
  VERSIE_MELDING,
} from "../../../app/features/organisatie/organisatie.server";
import { probeerInloggen } from "../../../app/features/inloggen/throttle.server";
import { sessionFromRequest, startSession } from "../../../app/platform/auth/sessies.server";
import { ctx, persoon, teamId, auditRegels } from "./helpers";

const WW = "Een-lang-wachtwoord-42";

function sessieReq(setCookie: string): Request {
  return new Request("http://localhost/mijn-werk", { headers: { Cookie: setCookie.split(";")[0]! } });
}

describe("medewerkers beheren", () => {
  it("maakt een medewerker met eerste wachtwoord; die kan inloggen; audit zonder hash", async () => {
    const laura = persoon("laura@voorbeeld.nl");
    const sanne = persoon("sanne@voorbeeld.nl");
    const r = await maakMedewerker(
      laura,
      { naam: "  Kim Nieuw ", email: "Kim.Nieuw@Voorbeeld.nl", teamId: teamId("KCC Telefonie"), rollen: ["medewerker"], leidinggevenden: [sanne.id] },
      { soort: "wachtwoord", wachtwoord: WW },
      { context: ctx },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.link).toBeNull();
    const m = medewerker(r.id)!;
    expect(m).toMatchObject({ naam: "Kim Nieuw", email: "kim.nieuw@voorbeeld.nl", rollen: ["medewerker"], leidinggevenden: [sanne.id], actief: true });
    const login = await probeerInloggen("kim.nieuw@voorbeeld.nl", WW, "10.9.9.9");
    expect(login.ok).toBe(true);
    const [regel] = auditRegels("medewerker.aangemaakt", r.id);
    expect(regel?.actor_id).toBe(laura.id);
    expect(regel?.detailsObj?.na).toMatchObject({ email: "kim.nieuw@voorbeeld.nl", rollen: ["medewerker"] });
    expect(regel?.details).not.toMatch(/argon2|Een-lang/);
  });

  it("weigert een dubbel e-mailadres (hoofdletterongevoelig), een te kort wachtwoord en lege rollen", async () => {
    const laura = persoon("laura@voorbeeld.nl");
    const r = await maakMedewerker(
      laura,
      { naam: "Dubbel", email: "FATIMA@voorbeeld.nl", teamId: teamId("KCC Balie"), rollen: [], leidinggevenden: [] },
      { soort: "wachtwoord", wachtwoord: "kort" },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten.email?.[0]).toMatch(/al een medewerker/);
    expect(r.fouten.wachtwoord?.[0]).toMatch(/12 tekens/);
    expect(r.fouten.rollen?.[0]).toMatch(/minstens één rol/);
  });

  it("maakt een eenmalige link in plaats van een wachtwoord; alleen de hash staat in de database", async () => {
    const laura = persoon("laura@voorbeeld.nl");
    const r = await maakMedewerker(
      laura,
      { naam: "Link Persoon", email: "link@voorbeeld.nl", teamId: teamId("KCC Balie"), rollen: ["medewerker", "teamleider"], leidinggevenden: [] },
      { soort: "link" },
      { basisUrl: "https://afspraak.voorbeeld.nl" },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.link?.url).toMatch(/^https:\/\/afspraak\.voorbeeld\.nl\/wachtwoord\/[A-Za-z0-9_-]{43}$/);
    const token = r.link!.url.split("/").pop()!;
    const rows = getDatabase().sqlite.prepare("SELECT * FROM wachtwoord_links WHERE medewerker_id = ?").all(r.id) as { token_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toContain(token);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(medewerker(r.id)!.heeftWachtwoord).toBe(false);
  });

  it("wijzigt naam, rollen en leidinggevenden met versiecontrole en audit voor/na", () => {
    const laura = persoon("laura@voorbeeld.nl");
    const jeroen = persoon("jeroen@voorbeeld.nl");
    const hanna = persoon("hanna@voorbeeld.nl");
    const voor = medewerker(jeroen.id)!;
    const r = wijzigMedewerker(
      laura,
      jeroen.id,
      voor.versie,
      { naam: "Jeroen Bakker-de Wit", email: voor.email, teamId: voor.teamId, rollen: ["medewerker", "teamleider"], leidinggevenden: [hanna.id] },
      ctx,
    );
    expect(r).toEqual({ ok: true });
    const na = medewerker(jeroen.id)!;
    expect(na.versie).toBe(voor.versie + 1);
    expect(na.rollen).toEqual(["medewerker", "teamleider"]);
    expect(na.leidinggevenden).toEqual([hanna.id]);
    const regel = auditRegels("medewerker.gewijzigd", jeroen.id).pop()!;
    expect(regel.detailsObj?.voor.naam).toBe("Jeroen Bakker");
    expect(regel.detailsObj?.na.naam).toBe("Jeroen Bakker-de Wit");

    // The same stale version again: refused, nothing overwritten.
    const oud = wijzigMedewerker(
      laura,
      jeroen.id,
      voor.versie,
      { naam: "Overschreven", email: voor.email, teamId: voor.teamId, rollen: ["medewerker"], leidinggevenden: [] },
      ctx,
    );
    expect(oud).toMatchObject({ ok: false, status: 409, melding: VERSIE_MELDING });
    expect(medewerker(jeroen.id)!.naam).toBe("Jeroen Bakker-de Wit");
    expect(getDatabase().db.select().from(leidinggevenden).where(eq(leidinggevenden.medewerkerId, jeroen.id)).all()).toHaveLength(1);
  });

  it("een beheerder kan de eigen beheerdersrol niet intrekken en zichzelf niet deactiveren", async () => {
    const laura = persoon("laura@voorbeeld.nl");
    const m = medewerker(laura.id)!;
    const r = wijzigMedewerker(laura, laura.id, m.versie, { naam: m.naam, email: m.email, teamId: m.teamId, rollen: ["medewerker"], leidinggevenden: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten.rollen?.[0]).toMatch(/eigen rol beheerder/);
    const d = await zetMedewerkerActief(laura, laura.id, m.versie, false);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.melding).toMatch(/uzelf niet deactiveren/);
    expect(medewerker(laura.id)!.actief).toBe(true);
    // Another beheerder may.
    const wim = persoon("wim@voorbeeld.nl");
    const r2 = wijzigMedewerker(wim, laura.id, m.versie, { naam: m.naam, email: m.email, teamId: m.teamId, rollen: ["medewerker"], leidinggevenden: [] });
    expect(r2.ok).toBe(true);
  });

  it("deactiveren beëindigt sessies en blokkeert inloggen; weer activeren maakt inloggen mogelijk", async () => {
    const wim = persoon("wim@voorbeeld.nl");
    const lotte = persoon("lotte@voorbeeld.nl");
    const cookie = await startSession(lotte.id);
    expect((await sessionFromRequest(sessieReq(cookie))).user?.id).toBe(lotte.id);
    const r = await zetMedewerkerActief(wim, lotte.id, medewerker(lotte.id)!.versie, false, ctx);
    expect(r.ok).toBe(true);
    expect((await sessionFromRequest(sessieReq(cookie))).user).toBeNull();
    const sessies = getDatabase().sqlite.prepare("SELECT count(*) n FROM sessions WHERE user_id = ?").get(lotte.id) as { n: number };
    expect(sessies.n).toBe(0);
    const login = await probeerInloggen("lotte@voorbeeld.nl", "Voorbeeld-demo-2026", "10.1.1.1");
    expect(login).toMatchObject({ ok: false, reden: "inactief" });
    expect(auditRegels("medewerker.gedeactiveerd", lotte.id)).toHaveLength(1);
    expect(zoekMedewerkers({ zoek: "lotte", actief: "ja" }).totaal).toBe(0);
    expect(zoekMedewerkers({ zoek: "lotte", actief: "nee" }).totaal).toBe(1);

    const terug = await zetMedewerkerActief(wim, lotte.id, medewerker(lotte.id)!.versie, true, ctx);
    expect(terug.ok).toBe(true);
    expect((await probeerInloggen("lotte@voorbeeld.nl", "Voorbeeld-demo-2026", "10.1.1.2")).ok).toBe(true);
  });

  it("deactiveren van een teamleider haalt hem als teamleider van zijn team af (vastgelegd in de audit)", async () => {
    const wim = persoon("wim@voorbeeld.nl");
    const mohamed = persoon("mohamed@voorbeeld.nl");
    const r = await zetMedewerkerActief(wim, mohamed.id, medewerker(mohamed.id)!.versie, false, ctx);
    expect(r.ok).toBe(true);
    const team = getDatabase().sqlite.prepare("SELECT teamleider_id FROM teams WHERE id = ?").get(mohamed.teamId) as { teamleider_id: string | null };
    expect(team.teamleider_id).toBeNull();
    expect(auditRegels("medewerker.gedeactiveerd", mohamed.id)[0]?.detailsObj?.teamleiderVerwijderdBijTeams).toEqual([mohamed.teamId]);
  });

  it("zoekt op naam, team en rol", () => {
    expect(zoekMedewerkers({ zoek: "fatima" }).rijen.map((r) => r.email)).toEqual(["fatima@voorbeeld.nl"]);
    const telefonie = zoekMedewerkers({ teamId: teamId("KCC Telefonie") });
    expect(telefonie.rijen.every((r) => r.teamNaam === "KCC Telefonie")).toBe(true);
    const beheerders = zoekMedewerkers({ rol: "beheerder" }).rijen.map((r) => r.email);
    expect(beheerders).toContain("wim@voorbeeld.nl");
    expect(beheerders).not.toContain("fatima@voorbeeld.nl");
    expect(zoekMedewerkers({ zoek: "%" }).totaal).toBe(0);
    expect(getDatabase().db.select().from(medewerkers).all().length).toBeGreaterThan(10);
  });
});
