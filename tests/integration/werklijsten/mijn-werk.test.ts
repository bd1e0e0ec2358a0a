import { beforeAll, describe, expect, it } from "vitest";
import { now } from "../../../app/platform/clock";
import {
  mijnAfspraken,
  mijnTellingen,
  voorMijnTeam,
  detailLink,
} from "../../../app/features/werklijsten/werklijsten.server";
import { koppelBurger } from "../../../app/features/klantbeeld/klantbeeld.server";
import { gebruiker, projectieRij, teamId } from "./helpers";

const UUR = 3_600_000;

describe("Mijn werk", () => {
  const jeroen = () => gebruiker("jeroen@voorbeeld.nl");
  const lotte = () => gebruiker("lotte@voorbeeld.nl");
  let t0 = 0;

  beforeAll(() => {
    t0 = now();
    const j = jeroen().id;
    const burger = koppelBurger({ naam: "Karel Appel", telefoonE164: "+31611112222" });
    projectieRij({ eigenaarId: j, termijnOp: t0 + 5 * UUR, titel: "derde", burgerId: burger });
    projectieRij({ eigenaarId: j, termijnOp: t0 + 1 * UUR, titel: "tweede", termijnStatus: "bijna" });
    projectieRij({ eigenaarId: j, termijnOp: t0 - 2 * UUR, titel: "eerste (te laat, scheduler nog niet gelopen)", termijnStatus: "op_tijd" });
    projectieRij({ eigenaarId: j, termijnOp: null, termijnStatus: null, titel: "zonder termijn" });
    projectieRij({ eigenaarId: j, termijnOp: t0 + 9 * UUR, titel: "overdracht", soort: "overdracht" });
    projectieRij({ eigenaarId: j, termijnOp: t0 + 3 * UUR, titel: "gesloten", open: false });
    projectieRij({ eigenaarId: lotte().id, termijnOp: t0 + 2 * UUR, titel: "van lotte" });
    projectieRij({ eigenaarId: null, teamId: teamId("KCC Telefonie"), termijnOp: t0 + 4 * UUR, titel: "voor het team" });
    projectieRij({ eigenaarId: null, teamId: teamId("KCC Balie"), termijnOp: t0 + 4 * UUR, titel: "voor een ander team" });
  });

  it("toont alleen mijn open afspraken, op termijn, zonder termijn achteraan", () => {
    const p = mijnAfspraken(jeroen().id);
    expect(p.items.map((i) => i.titel)).toEqual([
      "eerste (te laat, scheduler nog niet gelopen)",
      "tweede",
      "derde",
      "overdracht",
      "zonder termijn",
    ]);
    expect(p.volgende).toBeNull();
  });

  it("leest de status af van het moment: een verstreken termijn is te laat", () => {
    const p = mijnAfspraken(jeroen().id);
    expect(p.items.map((i) => i.termijnStatus)).toEqual(["te_laat", "bijna", "op_tijd", "op_tijd", null]);
    expect(p.items[2]!.burgerNaam).toBe("Karel Appel");
    expect(p.items[0]!.link).toBe(detailLink("terugbelafspraak", p.items[0]!.id));
    expect(p.items[3]!.link).toMatch(/^\/overdrachten\//);
  });

  it("telt per status en filtert op soort en status", () => {
    expect(mijnTellingen(jeroen().id)).toEqual({ op_tijd: 2, bijna: 1, te_laat: 1, geen: 1, totaal: 5 });
    expect(mijnTellingen(jeroen().id, "overdracht").totaal).toBe(1);
    expect(mijnAfspraken(jeroen().id, { status: "te_laat" }).items.map((i) => i.titel)).toEqual([
      "eerste (te laat, scheduler nog niet gelopen)",
    ]);
    expect(mijnAfspraken(jeroen().id, { soort: "overdracht" }).items.map((i) => i.titel)).toEqual(["overdracht"]);
    expect(mijnAfspraken(jeroen().id, { soort: "terugbelafspraak", status: "op_tijd" }).items.map((i) => i.titel)).toEqual(["derde"]);
  });

  it("toont onverdeeld teamwerk apart, alleen van mijn eigen team", () => {
    const p = voorMijnTeam(teamId("KCC Telefonie"));
    expect(p.items.map((i) => i.titel)).toEqual(["voor het team"]);
    expect(p.items[0]!.teamNaam).toBe("KCC Telefonie");
  });

  it("pagineert met een keyset zonder dubbelen of gaten, ook over de grens met/zonder termijn heen", () => {
    const ik = gebruiker("daan@voorbeeld.nl").id;
    const basis = now();
    const verwacht: string[] = [];
    // 23 with a deadline (several sharing the same moment, so the id breaks ties), 7 without.
    for (let i = 0; i < 23; i++) projectieRij({ eigenaarId: ik, termijnOp: basis + Math.floor(i / 3) * UUR, titel: `p${i}` });
    for (let i = 0; i < 7; i++) projectieRij({ eigenaarId: ik, termijnOp: null, termijnStatus: null, titel: `z${i}` });
    const gezien: string[] = [];
    let cursor: string | null = null;
    let paginas = 0;
    do {
      const p = mijnAfspraken(ik, {}, cursor, 4);
      expect(p.items.length).toBeLessThanOrEqual(4);
      gezien.push(...p.items.map((i) => i.id));
      cursor = p.volgende;
      paginas++;
    } while (cursor && paginas < 20);
    expect(paginas).toBe(8);
    expect(new Set(gezien).size).toBe(30);
    const alles = mijnAfspraken(ik, {}, null, 100).items;
    verwacht.push(...alles.map((i) => i.id));
    expect(gezien).toEqual(verwacht);
    // Ordered: all dated first by (termijnOp, id), then the undated by id.
    const gedateerd = alles.filter((i) => i.termijnOp != null);
    expect(gedateerd.length).toBe(23);
    for (let i = 1; i < gedateerd.length; i++) {
      const a = gedateerd[i - 1]!;
      const b = gedateerd[i]!;
      expect(a.termijnOp! < b.termijnOp! || (a.termijnOp === b.termijnOp && a.id < b.id)).toBe(true);
    }
    expect(alles.slice(23).every((i) => i.termijnOp == null)).toBe(true);
  });

});
