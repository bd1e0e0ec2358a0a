import { describe, expect, it } from "vitest";
import { initialTransition, transition, type SnapshotFrom } from "xstate";
import { getShortestPaths } from "xstate/graph";
import {
  klachtMachine,
  MIJLPALEN,
  type KlachtEvent,
  type KlachtInput,
  type KlachtContext,
} from "../../../workflows/klacht/machine";
import { eenJaarToets, vernietigingsdatum } from "../../../workflows/klacht/recht";

type Snap = SnapshotFrom<typeof klachtMachine>;
const DAG = 86_400_000;
const T0 = Date.UTC(2025, 10, 13, 9, 0); // do 13 november 2025
const TERMIJN = Date.UTC(2025, 11, 29, 22, 59); // due moment of the 6-week term (computed by the server)

function input(over: Partial<KlachtInput> = {}): KlachtInput {
  return {
    nummer: "KL-2025-0001",
    klagerNaam: "Piet Jansen",
    ontvangenOp: T0,
    ontvangenDatum: "2025-11-13",
    gedragingDatum: "2025-11-01",
    schriftelijk: true,
    kanaal: "post",
    afdelingId: 1,
    burgerId: null,
    beklaagden: [{ id: "fatima", naam: "Fatima" }],
    beklaagdeOnbekend: false,
    betreftBestuursorgaan: false,
    termijnWeken: 6,
    afhandelTermijnOp: TERMIJN,
    ...over,
  };
}

function start(over: Partial<KlachtInput> = {}) {
  return initialTransition(klachtMachine, input(over));
}

function stap(s: Snap, e: KlachtEvent): Snap {
  expect(s.can(e), `${e.type} in ${JSON.stringify(s.value)}`).toBe(true);
  return transition(klachtMachine, s, e)[0];
}

function acties(s: Snap, e: KlachtEvent) {
  return transition(klachtMachine, s, e)[1].map((a) => ({ type: a.type, params: a.params }));
}

const AFHANDELING: { bevindingen: string; oordeel: string; oordeelReden: string | null; normen: number[]; maatregelen: string; ombudsmanNaam: string; ombudsmanTermijnWeken: number } = {
  bevindingen: "De medewerker heeft onvriendelijk gereageerd.",
  oordeel: "gegrond",
  oordeelReden: null,
  normen: [7],
  maatregelen: "Gesprek met de medewerker; excuses aangeboden.",
  ombudsmanNaam: "Nationale ombudsman",
  ombudsmanTermijnWeken: 52,
};

function totHoren(over: Partial<KlachtInput> = {}): Snap {
  let [s] = start(over);
  s = stap(s, { type: "ONTVANGST_BEVESTIGEN", op: T0 + DAG });
  s = stap(s, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "ruben", behandelaarNaam: "Ruben" });
  s = stap(s, { type: "KOPIE_BEKLAAGDE", op: T0 + 2 * DAG });
  return s;
}

describe("klacht machine: start", () => {
  it("starts the acknowledgement and the 6-week term from receipt, no verzet", () => {
    const [s, a] = start();
    expect(s.value).toBe("ontvangen");
    expect(a.map((x) => [x.type, (x.params as { mijlpaal: string }).mijlpaal])).toEqual([
      ["termijn.start", MIJLPALEN.ontvangst],
      ["termijn.start", MIJLPALEN.afhandeling],
    ]);
    expect((a[0]!.params as { startOp: number }).startOp).toBe(T0);
  });

  it("with a klachtadviescommissie the term ends at the 10-week moment (the term itself, not a move)", () => {
    const tienWeken = TERMIJN + 28 * DAG;
    const [, a] = start({ termijnWeken: 10, afhandelTermijnOp: tienWeken });
    expect(a.find((x) => x.type === "termijn.start" && (x.params as { mijlpaal: string }).mijlpaal === MIJLPALEN.afhandeling)).toMatchObject({
      params: { mijlpaal: MIJLPALEN.afhandeling, termijnOp: tienWeken },
    });
    expect(a.some((x) => x.type === "termijn.verzet")).toBe(false);
    const [, zonder] = start({});
    expect(
      (zonder.find((x) => x.type === "termijn.start" && (x.params as { mijlpaal: string }).mijlpaal === MIJLPALEN.afhandeling)?.params ?? {}) as object,
    ).not.toHaveProperty("termijnOp");
  });
});

describe("9:7 — handler not involved", () => {
  it("refuses a beklaagde as handler", () => {
    let [s] = start();
    s = stap(s, { type: "ONTVANGST_BEVESTIGEN", op: T0 });
    const e: KlachtEvent = { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "fatima", behandelaarNaam: "Fatima" };
    expect(s.can(e)).toBe(false);
  });
  it("allows a beklaagde only when the complaint concerns the bestuursorgaan AND the exception is recorded", () => {
    let [s] = start({ betreftBestuursorgaan: true });
    s = stap(s, { type: "ONTVANGST_BEVESTIGEN", op: T0 });
    expect(s.can({ type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "fatima", behandelaarNaam: "Fatima" })).toBe(false);
    s = stap(s, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "fatima", behandelaarNaam: "Fatima", uitzondering: "Klacht over de burgemeester" });
    expect(s.context.uitzondering97).toBe("Klacht over de burgemeester");
  });
  it("sends the handler an inbox message", () => {
    let [s] = start();
    s = stap(s, { type: "ONTVANGST_BEVESTIGEN", op: T0 });
    const a = acties(s, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "ruben", behandelaarNaam: "Ruben" });
    expect(a).toContainEqual(expect.objectContaining({ type: "bericht", params: expect.objectContaining({ aan: { medewerkerId: "ruben" } }) }));
  });
});

describe("9:5 — informal resolution", () => {
  it("needs the complainant's satisfaction", () => {
    let [s] = start();
    s = stap(s, { type: "ONTVANGST_BEVESTIGEN", op: T0 });
    s = stap(s, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "ruben", behandelaarNaam: "Ruben" });
    const base = { type: "INFORMEEL_OPGELOST", toelichting: "Gebeld en excuses", vastgelegdVia: "telefoon 14-11", op: T0 } as const;
    expect(s.can({ ...base, klagerTevreden: false })).toBe(false);
    const a = acties(s, { ...base, klagerTevreden: true });
    expect(a).toContainEqual({ type: "termijn.gehaald", params: { mijlpaal: MIJLPALEN.afhandeling } });
    s = stap(s, { ...base, klagerTevreden: true });
    expect(s.value).toBe("informeel_opgelost");
  });
});

describe("9:8 — not handled", () => {
  function inBehandeling(over: Partial<KlachtInput> = {}) {
    let [s] = start(over);
    s = stap(s, { type: "ONTVANGST_BEVESTIGEN", op: T0 });
    return stap(s, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "ruben", behandelaarNaam: "Ruben" });
  }
  it("ground b only when the conduct is more than a year before filing", () => {
    expect(inBehandeling({ gedragingDatum: "2024-11-13" }).can({ type: "NIET_IN_BEHANDELING", grond: "b", toelichting: "x" })).toBe(false);
    expect(inBehandeling({ gedragingDatum: "2024-11-12" }).can({ type: "NIET_IN_BEHANDELING", grond: "b", toelichting: "x" })).toBe(true);
    expect(inBehandeling({ gedragingDatum: null }).can({ type: "NIET_IN_BEHANDELING", grond: "b", toelichting: "x" })).toBe(false);
  });
  it("stops the handling term and starts the 4-week notice term from receipt", () => {
    const s = inBehandeling();
    const a = acties(s, { type: "NIET_IN_BEHANDELING", grond: "c", toelichting: "Bezwaar staat open" });
    expect(a).toEqual([
      { type: "termijn.stop", params: { mijlpaal: MIJLPALEN.afhandeling } },
      { type: "termijn.start", params: { mijlpaal: MIJLPALEN.nietInBehandeling, startOp: T0 } },
    ]);
    const n = stap(stap(s, { type: "NIET_IN_BEHANDELING", grond: "c", toelichting: "Bezwaar" }), { type: "BERICHT_9_8_VERSTUURD", op: T0 + DAG });
    expect(n.value).toBe("gesloten");
  });
  it("eenJaarToets: exactly one year is not more than a year; 29 February", () => {
    expect(eenJaarToets("2024-11-13", "2025-11-13").verstreken).toBe(false);
    expect(eenJaarToets("2024-11-12", "2025-11-13").verstreken).toBe(true);
    expect(eenJaarToets("2027-02-27", "2028-02-29").grens).toBe("2027-02-28");
  });
});

describe("9:10 / 9:11 / 9:12", () => {
  it("no conclusion before hearing is done or skipped for a legal reason", () => {
    let s = totHoren();
    const e = { type: "AFHANDELEN", op: T0 + 10 * DAG, ...AFHANDELING, normen: [7] } as KlachtEvent;
    expect(s.can(e)).toBe(false);
    expect(s.can({ type: "HOORZITTING_GEHOUDEN", op: T0, verslag: " " })).toBe(false);
    expect(s.can({ type: "HOREN_OVERSLAAN", reden: "zomaar", toelichting: "x" })).toBe(false);
    s = stap(s, { type: "HOORZITTING_PLANNEN", op: T0 + 5 * DAG });
    s = stap(s, { type: "HOORZITTING_GEHOUDEN", op: T0 + 5 * DAG, verslag: "Beide partijen gehoord." });
    expect(s.can(e)).toBe(true);
  });

  it("verdaging needs both notices, at most 4 weeks, once; further delay needs written consent", () => {
    let s = totHoren();
    const verdaag = (weken: number): KlachtEvent => ({ type: "VERDAGEN", weken, nieuwOp: TERMIJN + weken * 7 * DAG, op: T0 + 20 * DAG });
    expect(s.can(verdaag(4))).toBe(false);
    s = stap(s, { type: "VERDAGINGSBERICHT", aan: "klager", op: T0 + 19 * DAG });
    expect(s.can(verdaag(4))).toBe(false);
    s = stap(s, { type: "VERDAGINGSBERICHT", aan: "beklaagde", op: T0 + 19 * DAG });
    expect(s.can(verdaag(5))).toBe(false);
    expect(s.can({ type: "VERDAGEN", weken: 4, nieuwOp: TERMIJN + 28 * DAG, op: TERMIJN + 1 })).toBe(false);
    const a = acties(s, verdaag(3));
    expect(a).toEqual([
      { type: "termijn.stop", params: { mijlpaal: MIJLPALEN.afhandeling } },
      { type: "termijn.start", params: { mijlpaal: MIJLPALEN.verdaging, startOp: TERMIJN, termijnOp: TERMIJN + 21 * DAG } },
    ]);
    s = stap(s, verdaag(3));
    expect(s.value).toBe("verdaagd");
    expect(s.can(verdaag(1))).toBe(false);
    const uitstel = { type: "UITSTEL_MET_INSTEMMING", nieuwOp: TERMIJN + 60 * DAG, toelichting: "E-mail van klager", op: T0 } as const;
    expect(s.can({ ...uitstel, instemmingDatum: "" })).toBe(false);
    s = stap(s, { ...uitstel, instemmingDatum: "2026-01-10" });
    expect(s.context.huidigeTermijnOp).toBe(TERMIJN + 60 * DAG);
  });

  it("conclusion requires all 9:12 fields", () => {
    let s = totHoren();
    s = stap(s, { type: "HOREN_OVERSLAAN", reden: "afgezien", toelichting: "Klager wil niet gehoord worden (mail 20-11)" });
    const ok = { type: "AFHANDELEN" as const, op: T0 + 10 * DAG, ...AFHANDELING, normen: [7] };
    expect(s.can({ ...ok, normen: [] })).toBe(false);
    expect(s.can({ ...ok, normen: [23] })).toBe(false);
    expect(s.can({ ...ok, ombudsmanNaam: "" })).toBe(false);
    expect(s.can({ ...ok, maatregelen: "" })).toBe(false);
    expect(s.can({ ...ok, bevindingen: "" })).toBe(false);
    expect(s.can({ ...ok, oordeel: "geen_oordeel", normen: [] })).toBe(false);
    expect(s.can({ ...ok, oordeel: "geen_oordeel", oordeelReden: "Verklaringen staan tegenover elkaar", normen: [] })).toBe(true);
    expect(s.can({ ...ok, oordeel: "ongegrond", normen: [] })).toBe(true);
    s = stap(s, ok);
    expect(s.value).toBe("afgehandeld");
    expect(s.context.conclusie?.normen).toEqual([7]);
    s = stap(s, { type: "LES_OVERSLAAN", reden: "Incident, geen patroon", op: T0 });
    s = stap(s, { type: "SLUITEN", op: T0 });
    s = stap(s, { type: "OMBUDSMAN_INGESCHAKELD", op: T0 });
    expect(s.can({ type: "OMBUDSMAN_INGESCHAKELD", op: T0 })).toBe(false);
  });

  it("deadline events do not change the state", () => {
    const [s] = start();
    const n = stap(s, { type: "TERMIJN.VERLOPEN", mijlpaal: MIJLPALEN.afhandeling });
    expect(n.value).toBe("ontvangen");
    expect(n.context.verlopen).toBe(true);
  });
});

describe("klacht machine: withdrawal by the complainant", () => {
  it("from every state before a decision: a recorded end state that stops all Awb terms", () => {
    const voorbeelden: [string, Snap][] = [];
    let [s] = start();
    voorbeelden.push(["ontvangen", s]);
    s = stap(s, { type: "ONTVANGST_BEVESTIGEN", op: T0 + DAG });
    voorbeelden.push(["ontvangst_bevestigd", s]);
    s = stap(s, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "ruben", behandelaarNaam: "Ruben" });
    voorbeelden.push(["in_behandeling", s]);
    s = stap(s, { type: "KOPIE_BEKLAAGDE", op: T0 + 2 * DAG });
    voorbeelden.push(["hoor_en_wederhoor", s]);
    s = stap(s, { type: "VERDAGINGSBERICHT", aan: "klager", op: T0 + 3 * DAG });
    s = stap(s, { type: "VERDAGINGSBERICHT", aan: "beklaagde", op: T0 + 3 * DAG });
    s = stap(s, { type: "VERDAGEN", weken: 4, nieuwOp: TERMIJN + 28 * DAG, op: T0 + 3 * DAG });
    voorbeelden.push(["verdaagd", s]);
    for (const [toestand, v] of voorbeelden) {
      expect(v.value).toBe(toestand);
      const e: KlachtEvent = { type: "INTREKKEN", op: T0 + 5 * DAG, via: "statuslink", reden: " Opgelost met de buurman " };
      const a = acties(v, e);
      expect(a.filter((x) => x.type === "termijn.stop").map((x) => (x.params as { mijlpaal: string }).mijlpaal)).toEqual([
        MIJLPALEN.ontvangst,
        MIJLPALEN.afhandeling,
        MIJLPALEN.verdaging,
      ]);
      expect(a.some((x) => x.type === "termijn.gehaald")).toBe(false);
      const n = stap(v, e);
      expect(n.value).toBe("ingetrokken");
      expect(n.status).toBe("done");
      expect(n.context.intrekking).toEqual({ op: T0 + 5 * DAG, via: "statuslink", reden: "Opgelost met de buurman" });
      expect(n.context.afgeslotenOp).toBe(T0 + 5 * DAG);
      // nothing follows a withdrawal
      expect(n.can({ type: "SLUITEN", op: T0 })).toBe(false);
      expect(n.can(e)).toBe(false);
    }
  });

  it("not after a decision, and only with a known route and a moment", () => {
    let s = totHoren();
    expect(s.can({ type: "INTREKKEN", op: Number.NaN, via: "statuslink" })).toBe(false);
    expect(s.can({ type: "INTREKKEN", op: T0, via: "duif" })).toBe(false);
    s = stap(s, { type: "HOREN_OVERSLAAN", reden: "kennelijk_ongegrond", toelichting: "Geen grond" });
    s = stap(s, { type: "AFHANDELEN", op: T0, ...AFHANDELING, oordeel: "ongegrond", normen: [] });
    expect(s.value).toBe("afgehandeld");
    expect(s.can({ type: "INTREKKEN", op: T0, via: "statuslink" })).toBe(false);
    let [n] = start();
    n = stap(n, { type: "ONTVANGST_BEVESTIGEN", op: T0 });
    n = stap(n, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "ruben", behandelaarNaam: "Ruben" });
    n = stap(n, { type: "NIET_IN_BEHANDELING", grond: "c", toelichting: "Bezwaar mogelijk" });
    expect(n.can({ type: "INTREKKEN", op: T0, via: "telefoon" })).toBe(false);
  });
});

describe("retention", () => {
  it("5, 10 and 1 year(s) after closing", () => {
    expect(vernietigingsdatum("afgehandeld", "2026-01-15")).toBe("2031-01-15");
    expect(vernietigingsdatum("afgehandeld_ombudsman", "2026-01-15")).toBe("2036-01-15");
    expect(vernietigingsdatum("niet_in_behandeling", "2028-02-29")).toBe("2029-02-28");
  });
});

// ------------------------------------------------------------------------------------------------ model-based

/** Representative events (valid and invalid) per step; the graph walk explores every reachable state. */
function kandidaten(s: Snap): KlachtEvent[] {
  const c = s.context as KlachtContext;
  const op = T0 + DAG;
  return [
    { type: "ONTVANGST_BEVESTIGEN", op },
    { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: "fatima", behandelaarNaam: "Fatima" },
    { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: c.behandelaarId === "ruben" ? "hanna" : "ruben", behandelaarNaam: "X" },
    { type: "INFORMEEL_OPGELOST", toelichting: "ok", klagerTevreden: true, vastgelegdVia: "telefoon", op },
    { type: "INFORMEEL_OPGELOST", toelichting: "ok", klagerTevreden: false, vastgelegdVia: "telefoon", op },
    { type: "NIET_IN_BEHANDELING", grond: "c", toelichting: "bezwaar" },
    { type: "NIET_IN_BEHANDELING", grond: "b", toelichting: "te oud" },
    { type: "BERICHT_9_8_VERSTUURD", op },
    { type: "KOPIE_BEKLAAGDE", op },
    { type: "HOORZITTING_GEHOUDEN", op, verslag: "verslag" },
    { type: "VERDAGINGSBERICHT", aan: "klager", op },
    { type: "VERDAGINGSBERICHT", aan: "beklaagde", op },
    { type: "VERDAGEN", weken: 4, nieuwOp: TERMIJN + 28 * DAG, op },
    { type: "VERDAGEN", weken: 6, nieuwOp: TERMIJN + 42 * DAG, op },
    ...(c.uitstel.length ? [] : [{ type: "UITSTEL_MET_INSTEMMING" as const, nieuwOp: c.huidigeTermijnOp + 7 * DAG, instemmingDatum: "2026-01-05", toelichting: "mail", op }]),
    { type: "AFHANDELEN", op, ...AFHANDELING, normen: [7] },
    { type: "AFHANDELEN", op, ...AFHANDELING, normen: [] },
    { type: "LES_VASTLEGGEN", les: "Les", op },
    { type: "SLUITEN", op },
    { type: "INTREKKEN", op, via: "statuslink", reden: "Niet meer nodig" },
    { type: "INTREKKEN", op, via: "onbekend" },
  ];
}

/** Invariants that must hold in every reachable state: the law, checked on the resulting context. */
function invarianten(s: Snap) {
  const c = s.context as KlachtContext;
  const v = s.value as string;
  if (c.behandelaarId) expect(c.beklaagden.some((b) => b.id === c.behandelaarId)).toBe(false);
  if (v === "informeel_opgelost") expect(c.informeel).not.toBeNull();
  if (v === "verdaagd") {
    expect(c.verdagingBerichtKlagerOp).not.toBeNull();
    expect(c.verdagingBerichtBeklaagdeOp).not.toBeNull();
    expect(c.verdaagdWeken).toBeLessThanOrEqual(4);
  }
  if (v === "afgehandeld") {
    expect(c.conclusie).not.toBeNull();
    expect(c.conclusie!.normen.length).toBeGreaterThan(0);
    expect(c.hoorzittingGehoudenOp !== null || c.horenOvergeslagen !== null).toBe(true);
    expect(c.kopieBeklaagdeOp).not.toBeNull();
  }
  if (v === "niet_in_behandeling") expect(c.grond98).toBe("c"); // b is refused: the conduct is within the year
  if (["in_behandeling", "hoor_en_wederhoor", "verdaagd", "afgehandeld"].includes(v)) expect(c.ontvangstBevestigdOp).not.toBeNull();
  if (v === "ingetrokken") {
    expect(c.intrekking?.via).toBe("statuslink");
    expect(c.conclusie).toBeNull();
    expect(c.grond98).toBeNull();
    expect(s.status).toBe("done");
  }
}

describe("model-based: every shortest path", () => {
  const paths = getShortestPaths(klachtMachine, {
    input: input(),
    events: (s) => kandidaten(s as Snap),
    serializeState: (s) => {
      const c = (s as Snap).context as KlachtContext;
      return JSON.stringify([
        s.value,
        c.behandelaarId,
        c.verdagingBerichtKlagerOp !== null,
        c.verdagingBerichtBeklaagdeOp !== null,
        c.hoorzittingGehoudenOp !== null,
        c.uitstel.length,
        c.ombudsmanIngeschakeldOp !== null,
      ]);
    },
    limit: 5000,
  });
  const bereikt = new Set(paths.map((p) => p.state.value as string));

  it("reaches every state of the machine", () => {
    expect([...bereikt].sort()).toEqual(
      ["ontvangen", "ontvangst_bevestigd", "in_behandeling", "informeel_opgelost", "niet_in_behandeling", "hoor_en_wederhoor", "verdaagd", "afgehandeld", "les", "gesloten", "ingetrokken"].sort(),
    );
  });

  it.each(paths.map((p) => [p.steps.map((st) => st.event.type).join(" → ") || "(start)", p] as const))("%s", (_naam, p) => {
    // replay the path with the pure transition() the runtime uses; check the invariants at every step
    let [s] = start();
    invarianten(s);
    for (const st of p.steps) {
      if ((st.event.type as string) === "xstate.init") continue;
      s = transition(klachtMachine, s, st.event)[0];
      invarianten(s);
    }
    expect(s.value).toEqual(p.state.value);
  });
});
