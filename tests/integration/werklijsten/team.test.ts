import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { now } from "../../../app/platform/clock";
import {
  geleideTeams,
  teamOverzicht,
  teamAfspraken,
  teamTellingen,
  hertoewijzenBulk,
  escalaties,
  bevestigEscalatie,
} from "../../../app/features/werklijsten/werklijsten.server";
import { assign, setup } from "xstate";
import { laadAfspraakRij, registreerWorkflow, startAfspraak } from "../../../app/platform/engine/runtime.server";
import { gebruiker, projectieRij, teamId } from "./helpers";

const UUR = 3_600_000;

/**
 * A minimal workflow with the HERTOEWIJZEN contract both real machines implement, so that these tests exercise
 * the bulk reassign through the real runtime (version check, event log, audit) independent of the callback machine.
 */
const testMachine = setup({
  types: {
    context: {} as { eigenaarId: string | null; teamId: number | null; vraag: string },
    events: {} as { type: "HERTOEWIJZEN"; eigenaarId: string | null; teamId: number | null },
    input: {} as { eigenaarId: string | null; teamId: number | null; vraag: string },
  },
}).createMachine({
  id: "werk_test",
  initial: "open",
  context: ({ input }) => input,
  states: {
    open: {
      on: {
        HERTOEWIJZEN: {
          guard: ({ context, event }) => event.eigenaarId !== context.eigenaarId || event.teamId !== context.teamId,
          actions: assign({ eigenaarId: ({ event }) => event.eigenaarId, teamId: ({ event }) => event.teamId }),
        },
      },
    },
  },
});
registreerWorkflow({
  soort: "werk_test",
  machine: testMachine,
  projectie: (s) => ({ titel: s.context.vraag, eigenaarId: s.context.eigenaarId, teamId: s.context.teamId }),
  weigering: () => "Deze afspraak is al aan deze collega of dit team toegewezen.",
});

function terugbel(email: string, vraag: string): string {
  const u = gebruiker(email);
  return startAfspraak("werk_test", { eigenaarId: u.id, teamId: null, vraag }, { id: u.id, naam: u.naam }).id;
}

describe("Team", () => {
  const telefonie = () => teamId("KCC Telefonie");

  it("vindt de teams die sanne leidt", () => {
    expect(geleideTeams(gebruiker("sanne@voorbeeld.nl").id).map((t) => t.naam)).toEqual(["KCC Telefonie"]);
    expect(geleideTeams(gebruiker("fatima@voorbeeld.nl").id)).toEqual([]);
  });

  describe("overzicht en lijst", () => {
    let fatimaWerk = "";
    beforeAll(() => {
      const t0 = now();
      const fatima = gebruiker("fatima@voorbeeld.nl").id;
      fatimaWerk = projectieRij({ eigenaarId: fatima, termijnOp: t0 + 2 * UUR, titel: "werk van fatima" });
      projectieRij({ eigenaarId: fatima, termijnOp: t0 - UUR, titel: "fatima te laat" });
      projectieRij({ eigenaarId: fatima, termijnOp: t0 + UUR, termijnStatus: "bijna", titel: "fatima bijna" });
      projectieRij({ eigenaarId: gebruiker("jeroen@voorbeeld.nl").id, termijnOp: t0 + 3 * UUR, titel: "werk van jeroen" });
      projectieRij({ eigenaarId: null, teamId: telefonie(), termijnOp: t0 + 4 * UUR, titel: "teamwerk zonder eigenaar" });
      projectieRij({ eigenaarId: gebruiker("anouk@voorbeeld.nl").id, termijnOp: t0, titel: "ander team" });
      // Lotte leaves: deactivated, her open work must surface for her teamleider.
      const lotte = gebruiker("lotte@voorbeeld.nl").id;
      projectieRij({ eigenaarId: lotte, termijnOp: t0 + 5 * UUR, titel: "werk van lotte" });
      getDatabase().sqlite.prepare("UPDATE medewerkers SET actief = 0 WHERE id = ?").run(lotte);
    });

    it("telt per medewerker, alfabetisch (geen ranglijst), inclusief gedeactiveerde medewerkers met open werk", () => {
      const o = teamOverzicht(telefonie());
      expect(o.leden.map((l) => l.naam)).toEqual(["Fatima El Amrani", "Jeroen Bakker", "Lotte Jansen", "Sanne de Vries"]);
      const fatima = o.leden.find((l) => l.naam === "Fatima El Amrani")!;
      expect(fatima).toMatchObject({ open: 3, bijna: 1, teLaat: 1, actief: true });
      expect(o.leden.find((l) => l.naam === "Lotte Jansen")).toMatchObject({ actief: false, open: 1 });
      expect(o.zonderEigenaar.totaal).toBe(1);
    });

    it("toont het open werk van het hele team op termijn, zonder werk van andere teams", () => {
      const p = teamAfspraken(telefonie());
      expect(p.items.map((i) => i.titel)).toEqual([
        "fatima te laat",
        "fatima bijna",
        "werk van fatima",
        "werk van jeroen",
        "teamwerk zonder eigenaar",
        "werk van lotte",
      ]);
      expect(teamTellingen(telefonie())).toMatchObject({ totaal: 6, te_laat: 1, bijna: 1, op_tijd: 4 });
    });

    it("filtert op medewerker, zonder eigenaar en status; een medewerker van een ander team geeft niets", () => {
      const fatima = gebruiker("fatima@voorbeeld.nl").id;
      expect(teamAfspraken(telefonie(), { eigenaar: fatima }).items.map((i) => i.id)).toContain(fatimaWerk);
      expect(teamAfspraken(telefonie(), { eigenaar: "geen" }).items.map((i) => i.titel)).toEqual(["teamwerk zonder eigenaar"]);
      expect(teamAfspraken(telefonie(), { status: "te_laat" }).items.map((i) => i.titel)).toEqual(["fatima te laat"]);
      expect(teamAfspraken(telefonie(), { eigenaar: gebruiker("anouk@voorbeeld.nl").id }).items).toEqual([]);
    });

    it("pagineert de samengevoegde teamlijst zonder dubbelen", () => {
      const a = teamAfspraken(telefonie(), {}, null, 4);
      expect(a.items.length).toBe(4);
      const b = teamAfspraken(telefonie(), {}, a.volgende, 4);
      expect(b.items.map((i) => i.titel)).toEqual(["teamwerk zonder eigenaar", "werk van lotte"]);
      expect(b.volgende).toBeNull();
    });
  });

  describe("hertoewijzen in bulk", () => {
    it("wijst per afspraak toe via de workflow en meldt per afspraak wat lukte en wat niet", () => {
      const sanne = gebruiker("sanne@voorbeeld.nl");
      const jeroen = gebruiker("jeroen@voorbeeld.nl");
      const goed = terugbel("fatima@voorbeeld.nl", "Vraag over de afvalpas");
      const verouderd = terugbel("fatima@voorbeeld.nl", "Vraag over parkeren");
      const anderTeam = terugbel("anouk@voorbeeld.nl", "Vraag aan de balie");
      const alVanJeroen = terugbel("jeroen@voorbeeld.nl", "Vraag die Jeroen al heeft");
      const r = hertoewijzenBulk(
        sanne,
        [telefonie()],
        [
          { id: goed, versie: 1 },
          { id: verouderd, versie: 7 },
          { id: anderTeam, versie: 1 },
          { id: "bestaat-niet", versie: 1 },
          { id: alVanJeroen, versie: 1 },
        ],
        { eigenaarId: jeroen.id, teamId: null },
      );
      expect(r.map((x) => x.ok)).toEqual([true, false, false, false, false]);
      expect(r[3]!.melding).toMatch(/bestaat niet/);
      expect(r[4]!.melding).toMatch(/al aan deze collega/);
      expect(r[1]!.melding).toMatch(/intussen gewijzigd/);
      expect(r[2]!.melding).toMatch(/niet bij een team dat u leidt/);
      expect(laadAfspraakRij(goed)!.eigenaar_id).toBe(jeroen.id);
      expect(laadAfspraakRij(goed)!.versie).toBe(2);
      expect(laadAfspraakRij(verouderd)!.eigenaar_id).toBe(gebruiker("fatima@voorbeeld.nl").id);
      expect(laadAfspraakRij(anderTeam)!.eigenaar_id).toBe(gebruiker("anouk@voorbeeld.nl").id);
      const geweigerd = getDatabase()
        .sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE actie = 'afspraak.HERTOEWIJZEN' AND resultaat = 'geweigerd' AND actor_id = ?")
        .get(sanne.id) as { n: number };
      // stale version, outside the team, and the refused step (the unknown id has nothing to audit against)
      expect(geweigerd.n).toBe(3);
    });

    it("kan werk naar een ander team (zonder eigenaar) verplaatsen", () => {
      const sanne = gebruiker("sanne@voorbeeld.nl");
      const id = terugbel("jeroen@voorbeeld.nl", "Vraag over een vergunning");
      const balie = teamId("KCC Balie");
      const [r] = hertoewijzenBulk(sanne, [telefonie()], [{ id, versie: 1 }], { eigenaarId: null, teamId: balie });
      expect(r!.ok).toBe(true);
      expect(laadAfspraakRij(id)).toMatchObject({ eigenaar_id: null, team_id: balie });
    });
  });

  describe("escalaties", () => {
    it("toont verlopen, geëscaleerde afspraken van mijn team en laat ze bevestigen", () => {
      const sanne = gebruiker("sanne@voorbeeld.nl");
      const fatima = gebruiker("fatima@voorbeeld.nl").id;
      const { sqlite } = getDatabase();
      const t0 = now();
      const id = projectieRij({ eigenaarId: fatima, termijnOp: t0 - 2 * UUR, termijnStatus: "te_laat", titel: "geëscaleerd" });
      const anderTeam = projectieRij({ eigenaarId: gebruiker("daan@voorbeeld.nl").id, termijnOp: t0 - 2 * UUR, titel: "balie" });
      const ins = sqlite.prepare(
        `INSERT INTO termijnen (afspraak_id, mijlpaal, norm_versie_id, start_op, waarschuwing_op, termijn_op, oorspronkelijk_op,
           status, fase, verlopen_op, escalatie_teamleider_op)
         VALUES (?, 'terugbellen', 1, ?, ?, ?, ?, 'lopend', 'verlopen', ?, ?)`,
      );
      const termijnId = Number(ins.run(id, t0 - 10 * UUR, t0 - 4 * UUR, t0 - 2 * UUR, t0 - 2 * UUR, t0 - 2 * UUR, t0 - 2 * UUR).lastInsertRowid);
      ins.run(anderTeam, t0 - 10 * UUR, t0 - 4 * UUR, t0 - 2 * UUR, t0 - 2 * UUR, t0 - 2 * UUR, t0 - 2 * UUR);
      const lijst = escalaties(sanne.id, [telefonie()]);
      expect(lijst.map((e) => e.afspraak.titel)).toEqual(["geëscaleerd"]);
      expect(lijst[0]!.bevestigdOp).toBeNull();
      expect(bevestigEscalatie(sanne, [telefonie()], termijnId, "Ik bel fatima", null)).toEqual({ ok: true });
      expect(bevestigEscalatie(sanne, [telefonie()], termijnId, null, null)).toEqual({ ok: true });
      expect(escalaties(sanne.id, [telefonie()])[0]!.bevestigdOp).not.toBeNull();
      const mohamed = gebruiker("mohamed@voorbeeld.nl");
      expect(bevestigEscalatie(mohamed, [teamId("KCC Balie")], termijnId, null, null).ok).toBe(false);
    });
  });
});
