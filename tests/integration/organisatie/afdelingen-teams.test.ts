import { describe, expect, it } from "vitest";
import {
  afdeling,
  lijstAfdelingen,
  lijstTeams,
  maakAfdeling,
  maakTeam,
  team,
  wijzigAfdeling,
  wijzigTeam,
} from "../../../app/features/organisatie/organisatie.server";
import { ctx, persoon, auditRegels, teamId } from "./helpers";

describe("afdelingen en teams", () => {
  it("maakt, hernoemt en deactiveert een afdeling met versiecontrole", () => {
    const laura = persoon("laura@voorbeeld.nl");
    const r = maakAfdeling(laura, "  Belastingen ", ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(afdeling(r.id)).toMatchObject({ naam: "Belastingen", actief: true, versie: 1 });
    expect(maakAfdeling(laura, "Belastingen")).toMatchObject({ ok: false, fouten: { naam: [expect.stringMatching(/bestaat al/)] } });
    expect(maakAfdeling(laura, "   ")).toMatchObject({ ok: false, fouten: { naam: ["Vul een naam in."] } });

    expect(wijzigAfdeling(laura, r.id, 1, { naam: "Belastingen en Heffingen", actief: true }, ctx)).toEqual({ ok: true });
    expect(wijzigAfdeling(laura, r.id, 1, { naam: "Oud", actief: true })).toMatchObject({ ok: false, status: 409 });
    expect(afdeling(r.id)?.naam).toBe("Belastingen en Heffingen");
    expect(wijzigAfdeling(laura, r.id, 2, { naam: "Belastingen en Heffingen", actief: false })).toEqual({ ok: true });
    expect(lijstAfdelingen().find((a) => a.id === r.id)?.actief).toBe(false);
    const regel = auditRegels("afdeling.gewijzigd", String(r.id))[0]!;
    expect(regel.detailsObj).toEqual({ voor: { naam: "Belastingen", actief: true }, na: { naam: "Belastingen en Heffingen", actief: true } });
    expect(wijzigAfdeling(laura, 999999, 1, { naam: "x", actief: true })).toMatchObject({ ok: false, status: 404 });
  });

  it("een afdeling met actieve teams en een team met actieve medewerkers kan niet worden gedeactiveerd", () => {
    const laura = persoon("laura@voorbeeld.nl");
    const kcc = lijstAfdelingen().find((a) => a.naam.startsWith("Klantcontactcentrum"))!;
    const r = wijzigAfdeling(laura, kcc.id, kcc.versie, { naam: kcc.naam, actief: false });
    expect(r.ok === false && r.fouten.actief?.[0]).toMatch(/actieve team/);
    const tid = teamId("KCC Balie");
    const tm = team(tid)!;
    const r2 = wijzigTeam(laura, tid, tm.versie, { naam: tm.naam, afdelingId: tm.afdelingId, teamleiderId: tm.teamleiderId, actief: false });
    expect(r2.ok === false && r2.fouten.actief?.[0]).toMatch(/actieve medewerker/);
  });

  it("maakt een team met teamleider, wijzigt afdeling en teamleider, en weigert een inactieve teamleider", () => {
    const laura = persoon("laura@voorbeeld.nl");
    const hanna = persoon("hanna@voorbeeld.nl");
    const kees = persoon("kees@voorbeeld.nl");
    const afd = lijstAfdelingen().find((a) => a.naam === "Burgerzaken")!;
    const r = maakTeam(laura, { naam: "Burgerzaken Balie", afdelingId: afd.id, teamleiderId: hanna.id }, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(lijstTeams().find((t) => t.id === r.id)).toMatchObject({ naam: "Burgerzaken Balie", teamleiderNaam: "Hanna Vos", afdelingNaam: "Burgerzaken" });
    expect(maakTeam(laura, { naam: "Burgerzaken Balie", afdelingId: afd.id, teamleiderId: null })).toMatchObject({ ok: false });
    expect(maakTeam(laura, { naam: "Zonder", afdelingId: 0, teamleiderId: "bestaat-niet" })).toMatchObject({
      ok: false,
      fouten: { afdelingId: ["Kies een afdeling."], teamleiderId: [expect.stringMatching(/actieve medewerker/)] },
    });
    const ander = lijstAfdelingen().find((a) => a.naam === "Sociaal Domein")!;
    expect(wijzigTeam(laura, r.id, 1, { naam: "Balie Sociaal", afdelingId: ander.id, teamleiderId: kees.id, actief: true }, ctx)).toEqual({ ok: true });
    expect(team(r.id)).toMatchObject({ naam: "Balie Sociaal", afdelingId: ander.id, teamleiderId: kees.id, versie: 2 });
    expect(wijzigTeam(laura, r.id, 1, { naam: "x", afdelingId: ander.id, teamleiderId: null, actief: true })).toMatchObject({ status: 409 });
    expect(auditRegels("team.gewijzigd", String(r.id))[0]?.detailsObj?.voor).toMatchObject({ teamleiderId: hanna.id });
    // An empty team can be deactivated.
    expect(wijzigTeam(laura, r.id, 2, { naam: "Balie Sociaal", afdelingId: ander.id, teamleiderId: kees.id, actief: false })).toEqual({ ok: true });
  });
});
