/**
 * The sweep's batches: a batch runs without savepoints and falls back to one savepoint per firing when a
 * firing fails; due rows read at the start of a batch are re-read when an earlier firing in the same batch
 * touched their commitment; inbox/outbox rows written per batch are the same rows in the same order.
 */
import { describe, it, expect, beforeEach } from "vitest";
import { setup } from "xstate";
import { registreerWorkflow, pasToe, laadAfspraakRij, startAfspraak } from "../../../app/platform/engine/runtime.server";
import { registreerFixture, FIXTURE_SOORT } from "../../../app/platform/engine/test-fixture.server";
import { fixtureMachine } from "../../../workflows/test-fixture/machine";
import { sweep, vuurTermijn } from "../../../app/platform/engine/scheduler.server";
import { medewerker, zet, nieuweFixture, rijen, een } from "./helpers";

beforeEach(() => registreerFixture());

const typen = (id: string) =>
  rijen<{ type: string }>("SELECT type FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer", id).map((e) => e.type);

describe("sweep batches", () => {
  it("rolls back only the failing firing and fires the rest of the batch; the failed one fires next sweep", () => {
    zet("2026-03-02T10:00:00+01:00");
    const a = nieuweFixture("Eerste");
    const kapot = nieuweFixture("Kapot");
    const c = nieuweFixture("Derde");
    const voorKapot = een<{ fase: string; volgende_actie_op: number }>("SELECT * FROM termijnen WHERE afspraak_id = ?", kapot.id);
    // A projection that throws for one commitment while the machine reacts to TERMIJN.VERLOPEN.
    registreerWorkflow({
      soort: FIXTURE_SOORT,
      machine: fixtureMachine,
      projectie: (s) => {
        if (s.context.titel === "Kapot") throw new Error("projectie kapot");
        return { titel: s.context.titel, eigenaarId: s.context.eigenaarId, teamId: s.context.teamId };
      },
    });
    zet("2026-03-20T10:00:00+01:00");
    const r = sweep();
    expect(r.fouten).toBe(1);
    expect(r.gevuurd).toBe(4); // Eerste and Derde: overdue (+ teamleider) and, later the same sweep, the regieteam
    for (const id of [a.id, c.id]) {
      expect(typen(id)).toEqual(["AANGEMAAKT", "TERMIJN.VERLOPEN", "TERMIJN.ESCALATIE", "TERMIJN.ESCALATIE"]);
      expect(laadAfspraakRij(id)!.termijn_status).toBe("te_laat");
    }
    // Nothing of the failed firing remains: no events, no messages, the row still due in its old phase.
    expect(typen(kapot.id)).toEqual(["AANGEMAAKT"]);
    expect(een<{ n: number }>("SELECT count(*) n FROM berichten WHERE afspraak_id = ?", kapot.id).n).toBe(0);
    expect(een<{ n: number }>("SELECT count(*) n FROM outbox WHERE afspraak_id = ?", kapot.id).n).toBe(0);
    expect(een("SELECT fase, volgende_actie_op FROM termijnen WHERE afspraak_id = ?", kapot.id)).toEqual({
      fase: voorKapot.fase,
      volgende_actie_op: voorKapot.volgende_actie_op,
    });
    // The others got exactly their messages (owner, teamleider escalation, the machine's own, regieteam).
    expect(
      rijen<{ titel: string }>("SELECT DISTINCT titel FROM berichten WHERE afspraak_id = ? ORDER BY id", a.id).map((b) => b.titel),
    ).toEqual(["Te laat: Eerste", "Escalatie: Eerste", "Machine zag verlopen: Eerste", "Escalatie naar het regieteam: Eerste"]);

    registreerFixture();
    const r2 = sweep();
    expect(r2).toMatchObject({ gevuurd: 2, fouten: 0 });
    expect(typen(kapot.id)).toEqual(["AANGEMAAKT", "TERMIJN.VERLOPEN", "TERMIJN.ESCALATIE", "TERMIJN.ESCALATIE"]);
    expect(sweep().gevuurd).toBe(0);
  });

  it("re-reads a due row whose commitment an earlier firing in the same batch closed (no second firing)", () => {
    const tweeMachine = setup({
      types: { context: {} as { titel: string; eigenaarId: string; teamId: number }, input: {} as { titel: string; eigenaarId: string; teamId: number } },
      actions: { "termijn.start": (_: unknown, _p: { mijlpaal: string }) => {} },
    }).createMachine({
      id: "test-twee-termijnen",
      context: ({ input }) => input,
      initial: "loopt",
      entry: [
        { type: "termijn.start", params: { mijlpaal: "terugbellen" } },
        { type: "termijn.start", params: { mijlpaal: "email_beantwoord" } },
      ],
      states: {
        loopt: { on: { "TERMIJN.VERLOPEN": "vervallen" } },
        vervallen: { type: "final" },
      },
    });
    registreerWorkflow({
      soort: "test-twee-termijnen",
      machine: tweeMachine,
      projectie: (s) => ({ titel: s.context.titel, eigenaarId: s.context.eigenaarId, teamId: s.context.teamId }),
    });
    zet("2026-03-02T10:00:00+01:00");
    const f = medewerker("fatima@voorbeeld.nl");
    const { id } = startAfspraak("test-twee-termijnen", { titel: "Twee termijnen", eigenaarId: f.id, teamId: f.teamId }, f);
    expect(een<{ n: number }>("SELECT count(*) n FROM termijnen WHERE afspraak_id = ? AND volgende_actie_op IS NOT NULL", id).n).toBe(2);

    zet("2026-04-20T10:00:00+02:00"); // both long overdue: both rows are in the first batch
    sweep();
    // The first firing closed the commitment (final state stops all its deadlines); the second row was
    // re-read inside the batch and not fired.
    expect(typen(id).filter((t) => t === "TERMIJN.VERLOPEN")).toHaveLength(1);
    expect(laadAfspraakRij(id)).toMatchObject({ status: "vervallen", open: 0, termijn_op: null, termijn_status: null });
    expect(rijen<{ status: string }>("SELECT status FROM termijnen WHERE afspraak_id = ? ORDER BY id", id).map((t) => t.status)).toEqual([
      "gestopt",
      "gestopt",
    ]);
    expect(een<{ n: number }>("SELECT count(*) n FROM berichten WHERE afspraak_id = ? AND titel LIKE 'Te laat:%'", id).n).toBe(1);
  });

  it("writes the same inbox and outbox rows from a sweep batch as from a single firing", () => {
    zet("2026-03-02T10:00:00+01:00");
    const een1 = nieuweFixture("Los gevuurd");
    const twee = nieuweFixture("In een batch");
    const t1 = een<{ id: number }>("SELECT id FROM termijnen WHERE afspraak_id = ?", een1.id);
    const nu = zet("2026-03-10T09:00:00+01:00");
    expect(vuurTermijn(t1.id, nu)).toBe(true); // its own transaction, rows written one by one
    expect(sweep({ nu }).gevuurd).toBe(1); // the other one, rows written per batch
    const vorm = (id: string, titel: string) =>
      rijen<Record<string, unknown>>(
        `SELECT b.medewerker_id, replace(b.titel, ?, 'X') AS titel, replace(b.tekst, ?, 'X') AS tekst, replace(b.link, ?, 'ID') AS link,
                b.urgent, o.urgent AS mail_urgent, o.status, o.niet_voor - o.aangemaakt_op AS wacht,
                replace(replace(o.payload, ?, 'X'), ?, 'ID') AS payload
         FROM berichten b JOIN outbox o ON o.afspraak_id = b.afspraak_id
              AND json_extract(o.payload, '$.to') = (SELECT email FROM medewerkers WHERE id = b.medewerker_id)
              AND json_extract(o.payload, '$.subject') = 'Afspraak: ' || b.titel
         WHERE b.afspraak_id = ? ORDER BY b.id`,
        titel,
        titel,
        id,
        titel,
        id,
        id,
      );
    const los = vorm(een1.id, "Los gevuurd");
    expect(los.length).toBeGreaterThanOrEqual(3);
    expect(vorm(twee.id, "In een batch")).toEqual(los);
    // And the commitment rows agree on everything the firing changed.
    const a = laadAfspraakRij(een1.id)!;
    const b = laadAfspraakRij(twee.id)!;
    expect([b.versie, b.status, b.termijn_status, b.termijn_op]).toEqual([a.versie, a.status, a.termijn_status, a.termijn_op]);
    // A normal step afterwards still sees the right version.
    expect(pasToe(twee.id, b.versie, { type: "OPMERKING", tekst: "na de sweep" }, medewerker("fatima@voorbeeld.nl"))).toMatchObject({ ok: true });
  });
});
