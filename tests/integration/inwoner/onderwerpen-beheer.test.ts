/**
 * /beheer/onderwerpen: the beheerder decides which topics a citizen can pick for a callback request and which
 * team's queue gets each. New topics reach the public form at once; bad input gets a message at its field; two
 * beheerders editing the same topic: the second is told, nothing is overwritten unseen; the last active topic
 * cannot be switched off; only beheer may do this (tests/integration/route-permissies.ts); every change is audited.
 */
import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { onderwerpen, onderwerpVan } from "../../../app/features/inwoner/onderwerpen.server";
import { bewaarOnderwerp, onderwerpenPagina } from "../../../app/features/inwoner/onderwerpen-beheer.server";
import { auditRegels, ctx, persoon, teamId } from "../organisatie/helpers";

const url = (q = "") => new URL(`http://localhost/beheer/onderwerpen${q}`);
const beheerder = () => persoon("laura@voorbeeld.nl");

function versie(code: string): string {
  return onderwerpenPagina(url()).onderwerpen.find((o) => o.code === code)!.versie;
}

describe("topics for citizens' callback requests", () => {
  it("a new topic with its team is offered on the public form at once, and audited", () => {
    const team = teamId("Wmo en Jeugd");
    const r = bewaarOnderwerp(beheerder(), { intent: "nieuw", code: "Parkeren", naam: "Parkeren en vergunningen", naamEn: "Parking", teamId: String(team), volgorde: "7", actief: "ja" }, ctx as never);
    expect(r).toEqual({ naar: "/beheer/onderwerpen?opgeslagen=parkeren" });
    expect(onderwerpVan("parkeren")).toEqual({ code: "parkeren", naam: "Parkeren en vergunningen", naamEn: "Parking", teamId: team });
    const a = auditRegels("inwoner.onderwerp.aangemaakt", "parkeren");
    expect(a).toHaveLength(1);
    expect(a[0]!.actor_id).toBe(beheerder().id);
  });

  it("bad input is refused at its field with a Dutch message, the input kept", () => {
    const r = bewaarOnderwerp(beheerder(), { intent: "nieuw", code: "x", naam: "", teamId: "", volgorde: "abc", actief: "misschien" }, ctx as never);
    expect("antwoord" in r && r.status).toBe(400);
    if (!("antwoord" in r)) throw new Error("verwacht een weigering");
    expect(Object.keys(r.antwoord.fouten).sort()).toEqual(["actief", "code", "naam", "teamId", "volgorde"]);
    expect(r.antwoord.fouten.code![0]).toMatch(/kleine letters/);
    expect(r.antwoord.invoer.volgorde).toBe("abc");
    const dubbel = bewaarOnderwerp(beheerder(), { intent: "nieuw", code: "paspoort", naam: "Nog een", teamId: String(teamId("Wmo en Jeugd")), volgorde: "1", actief: "ja" }, ctx as never);
    expect("antwoord" in dubbel && dubbel.antwoord.fouten.code![0]).toMatch(/al in gebruik/);
  });

  it("an inactive team cannot get requests", () => {
    const { sqlite } = getDatabase();
    const t = sqlite.prepare("INSERT INTO teams (naam, afdeling_id, actief, versie) SELECT 'Opgeheven team', afdeling_id, 0, 1 FROM teams LIMIT 1").run();
    const r = bewaarOnderwerp(beheerder(), { intent: "nieuw", code: "opgeheven", naam: "Iets", teamId: String(t.lastInsertRowid), volgorde: "1", actief: "ja" }, ctx as never);
    expect("antwoord" in r && r.antwoord.fouten.teamId![0]).toMatch(/gedeactiveerd/);
  });

  it("an edit changes the team; a second edit from the stale form is refused with an explanation", () => {
    const oud = versie("zorg");
    const nieuwTeam = teamId("KCC Telefonie");
    const eerste = bewaarOnderwerp(beheerder(), { intent: "wijzig", code: "zorg", versie: oud, naam: "Zorg en jeugd", naamEn: "", teamId: String(nieuwTeam), volgorde: "3", actief: "ja" }, ctx as never);
    expect(eerste).toEqual({ naar: "/beheer/onderwerpen?opgeslagen=zorg" });
    expect(onderwerpVan("zorg")).toMatchObject({ naam: "Zorg en jeugd", naamEn: null, teamId: nieuwTeam });
    const tweede = bewaarOnderwerp(beheerder(), { intent: "wijzig", code: "zorg", versie: oud, naam: "Iets anders", teamId: String(nieuwTeam), volgorde: "3", actief: "ja" }, ctx as never);
    expect("antwoord" in tweede && tweede.status).toBe(409);
    expect("antwoord" in tweede && tweede.antwoord.melding).toMatch(/intussen gewijzigd/);
    expect(onderwerpVan("zorg")!.naam).toBe("Zorg en jeugd");
    const d = auditRegels("inwoner.onderwerp.gewijzigd", "zorg");
    expect(d.map((x) => x.resultaat)).toEqual(["ok", "geweigerd"]);
    expect(d[0]!.detailsObj!.voor).toMatchObject({ naam: "Hulp thuis, zorg of jeugd (Wmo)" });
  });

  it("switching a topic off hides it from citizens; the last active one stays on", () => {
    const codes = onderwerpen().map((o) => o.code);
    for (const code of codes.slice(0, -1)) {
      const o = onderwerpenPagina(url()).onderwerpen.find((x) => x.code === code)!;
      const r = bewaarOnderwerp(beheerder(), { intent: "wijzig", code, versie: o.versie, naam: o.naam, naamEn: o.naamEn ?? "", teamId: String(o.teamId), volgorde: String(o.volgorde), actief: "nee" }, ctx as never);
      expect(r).toHaveProperty("naar");
    }
    expect(onderwerpen().map((o) => o.code)).toEqual(codes.slice(-1));
    const laatste = onderwerpenPagina(url()).onderwerpen.find((x) => x.code === codes.at(-1))!;
    const r = bewaarOnderwerp(beheerder(), { intent: "wijzig", code: laatste.code, versie: laatste.versie, naam: laatste.naam, naamEn: "", teamId: String(laatste.teamId), volgorde: "0", actief: "nee" }, ctx as never);
    expect("antwoord" in r && r.antwoord.fouten.actief![0]).toMatch(/laatste actieve onderwerp/);
    expect(onderwerpen()).toHaveLength(1);
  });
});
