import { describe, it, expect, beforeAll } from "vitest";
import { getDatabase } from "../../../db/client";
import { pasToe, startAfspraak, registreerWorkflow, herstelSnapshot, bewaarSnapshot, laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { registreerFixture, FIXTURE_SOORT } from "../../../app/platform/engine/test-fixture.server";
import { fixtureMachine } from "../../../workflows/test-fixture/machine";
import { afsprakenVoor, afspraakDetail } from "../../../app/platform/engine/lijsten.server";
import { medewerker, zet, nieuweFixture, rijen, een } from "./helpers";
import { initialTransition, transition } from "xstate";

beforeAll(() => {
  registreerFixture();
});

describe("startAfspraak", () => {
  it("creates the row, the first event, a deadline from the charter and an audit line in one go", () => {
    const start = zet("2026-03-02T10:00:00+01:00"); // Monday
    const { id, versie } = nieuweFixture();
    expect(versie).toBe(1);
    const a = laadAfspraakRij(id)!;
    expect(a.status).toBe("beloofd");
    expect(a.open).toBe(1);
    expect(a.eigenaar_id).toBe(medewerker("fatima@voorbeeld.nl").id);
    const t = een<{ termijn_op: number; start_op: number; waarschuwing_op: number; fase: string; volgende_actie_op: number }>(
      "SELECT * FROM termijnen WHERE afspraak_id = ?",
      id,
    );
    expect(t.start_op - start).toBeGreaterThanOrEqual(0);
    expect(t.start_op - start).toBeLessThan(5_000);
    // EMAIL norm: 5 werkdagen on the organisation calendar → Monday 9 March 17:00 (CET)
    expect(new Date(t.termijn_op).toISOString()).toBe("2026-03-09T16:00:00.000Z");
    expect(t.waarschuwing_op).toBeGreaterThan(start);
    expect(t.waarschuwing_op).toBeLessThan(t.termijn_op);
    expect(t.volgende_actie_op).toBe(t.waarschuwing_op);
    expect(a.termijn_op).toBe(t.termijn_op);
    expect(a.termijn_status).toBe("op_tijd");
    const ids = JSON.parse(a.norm_versie_ids) as Record<string, number>;
    expect(ids.email_beantwoord).toBeTypeOf("number");
    const ev = rijen<{ type: string; volgnummer: number }>("SELECT * FROM afspraak_gebeurtenissen WHERE afspraak_id = ?", id);
    expect(ev.map((e) => e.type)).toEqual(["AANGEMAAKT"]);
    expect(een<{ n: number }>("SELECT count(*) n FROM audit_log WHERE object_id = ? AND actie = 'afspraak.aangemaakt'", id).n).toBe(1);
  });
});

describe("pasToe", () => {
  it("applies an allowed event: new version, snapshot, log line from → to, deadline met, audit", () => {
    zet("2026-03-03T11:00:00+01:00");
    const { id } = nieuweFixture();
    const fatima = medewerker("fatima@voorbeeld.nl");
    const r = pasToe(id, 1, { type: "POGING", uitkomst: "bereikt" }, fatima);
    expect(r).toEqual({ ok: true, versie: 2, status: "nagekomen" });
    const a = laadAfspraakRij(id)!;
    expect(a.open).toBe(0);
    expect(a.gesloten_op).not.toBeNull();
    expect(a.termijn_status).toBeNull();
    const t = een<{ status: string; op_tijd: number; volgende_actie_op: number | null }>("SELECT * FROM termijnen WHERE afspraak_id = ?", id);
    expect(t).toMatchObject({ status: "gehaald", op_tijd: 1, volgende_actie_op: null });
    const ev = rijen<{ type: string; van_status: string; naar_status: string; actor_naam: string; payload: string }>(
      "SELECT * FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer",
      id,
    );
    expect(ev[1]).toMatchObject({ type: "POGING", van_status: "beloofd", naar_status: "nagekomen", actor_naam: fatima.naam });
    expect(JSON.parse(ev[1]!.payload)).toEqual({ uitkomst: "bereikt" });
    expect(een<{ n: number }>("SELECT count(*) n FROM audit_log WHERE object_id = ? AND actie = 'afspraak.POGING' AND resultaat = 'ok'", id).n).toBe(1);
  });

  it("refuses a stale version with the name of who changed it, and changes nothing", () => {
    zet("2026-03-03T11:00:00+01:00");
    const { id } = nieuweFixture();
    const jeroen = medewerker("jeroen@voorbeeld.nl");
    expect(pasToe(id, 1, { type: "OPMERKING", tekst: "eerste" }, jeroen)).toMatchObject({ ok: true, versie: 2 });
    const r = pasToe(id, 1, { type: "OPMERKING", tekst: "tweede" }, medewerker("fatima@voorbeeld.nl"));
    expect(r).toEqual({
      ok: false,
      reden: "verouderd",
      melding: `Deze afspraak is intussen gewijzigd door ${jeroen.naam}; bekijk de nieuwe stand en probeer het opnieuw.`,
    });
    const a = laadAfspraakRij(id)!;
    expect(a.versie).toBe(2);
    expect(herstelSnapshot(fixtureMachine, a.snapshot).context.opmerking).toBe("eerste");
    expect(rijen("SELECT * FROM afspraak_gebeurtenissen WHERE afspraak_id = ?", id)).toHaveLength(2);
    expect(een<{ n: number }>("SELECT count(*) n FROM audit_log WHERE object_id = ? AND resultaat = 'geweigerd'", id).n).toBe(1);
  });

  it("refuses a step that is not possible in the current state (generic and workflow-specific reasons)", () => {
    zet("2026-03-03T11:00:00+01:00");
    const { id } = nieuweFixture();
    const f = medewerker("fatima@voorbeeld.nl");
    expect(pasToe(id, 1, { type: "HERVAT" }, f)).toEqual({
      ok: false,
      reden: "niet_toegestaan",
      melding: "Deze afspraak is niet gepauzeerd, dus hervatten kan niet.",
    });
    expect(pasToe(id, 1, { type: "PAUZEER" }, f)).toMatchObject({ ok: true, versie: 2 });
    expect(pasToe(id, 2, { type: "POGING", uitkomst: "bereikt" }, f)).toEqual({
      ok: false,
      reden: "niet_toegestaan",
      melding: "Deze stap kan niet in de status ‘Gepauzeerd’.",
    });
    expect(pasToe("bestaat-niet", 1, { type: "PAUZEER" }, f)).toMatchObject({ ok: false, reden: "niet_gevonden" });
    expect(laadAfspraakRij(id)!.versie).toBe(2);
  });

  it("refuses every step on a closed commitment", () => {
    zet("2026-03-03T11:00:00+01:00");
    const { id } = nieuweFixture();
    const f = medewerker("fatima@voorbeeld.nl");
    pasToe(id, 1, { type: "ANNULEER", reden: "Inwoner heeft zelf gebeld" }, f);
    const r = pasToe(id, 2, { type: "OPMERKING", tekst: "x" }, f);
    expect(r).toMatchObject({ ok: false, reden: "niet_toegestaan" });
    expect(r.ok ? "" : r.melding).toContain("al afgesloten");
  });

  it("is atomic: an exception half-way (after the snapshot and log were written) leaves nothing behind", () => {
    zet("2026-03-03T11:00:00+01:00");
    const { id } = nieuweFixture();
    const voor = {
      afspraak: JSON.stringify(laadAfspraakRij(id)),
      ev: rijen("SELECT * FROM afspraak_gebeurtenissen WHERE afspraak_id = ?", id).length,
      berichten: een<{ n: number }>("SELECT count(*) n FROM berichten").n,
      outbox: een<{ n: number }>("SELECT count(*) n FROM outbox").n,
      termijnen: JSON.stringify(rijen("SELECT * FROM termijnen WHERE afspraak_id = ?", id)),
      audit: een<{ n: number }>("SELECT count(*) n FROM audit_log").n,
    };
    // A projection that throws for the target state: happens after transition(), inside the transaction.
    registreerWorkflow({
      soort: FIXTURE_SOORT,
      machine: fixtureMachine,
      projectie: (s) => {
        if (s.value === "geannuleerd") throw new Error("kapot");
        return { titel: s.context.titel, eigenaarId: s.context.eigenaarId, teamId: s.context.teamId };
      },
    });
    try {
      expect(() => pasToe(id, 1, { type: "ANNULEER", reden: "test" }, medewerker("fatima@voorbeeld.nl"))).toThrow("kapot");
    } finally {
      registreerFixture();
    }
    // And a refusal raised by an effect (pausing a norm that may not pause) after rows were written.
    const { id: id2 } = nieuweFixture("Niet pauzeerbaar", medewerker("fatima@voorbeeld.nl"), { mijlpaal: "terugbellen" });
    const r = pasToe(id2, 1, { type: "PAUZEER" }, medewerker("fatima@voorbeeld.nl"));
    expect(r).toMatchObject({ ok: false, reden: "niet_toegestaan" });
    expect(r.ok ? "" : r.melding).toContain("mag niet gepauzeerd worden");
    expect(laadAfspraakRij(id2)!.status).toBe("beloofd");
    expect(laadAfspraakRij(id2)!.versie).toBe(1);
    expect(rijen("SELECT * FROM afspraak_gebeurtenissen WHERE afspraak_id = ?", id2)).toHaveLength(1);

    expect(JSON.stringify(laadAfspraakRij(id))).toBe(voor.afspraak);
    expect(rijen("SELECT * FROM afspraak_gebeurtenissen WHERE afspraak_id = ?", id)).toHaveLength(voor.ev);
    expect(een<{ n: number }>("SELECT count(*) n FROM berichten").n).toBe(voor.berichten);
    expect(een<{ n: number }>("SELECT count(*) n FROM outbox").n).toBe(voor.outbox + 0 /* id2 had no messages */);
    expect(JSON.stringify(rijen("SELECT * FROM termijnen WHERE afspraak_id = ?", id))).toBe(voor.termijnen);
  });

  it("queues an inbox message and an e-mail for a bericht action", () => {
    zet("2026-03-03T11:00:00+01:00");
    const { id } = nieuweFixture("Bellen over kapvergunning");
    const f = medewerker("fatima@voorbeeld.nl");
    pasToe(id, 1, { type: "ANNULEER", reden: "Inwoner belde zelf terug" }, f);
    const b = rijen<{ medewerker_id: string; titel: string; link: string }>("SELECT * FROM berichten WHERE afspraak_id = ?", id);
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ medewerker_id: f.id, titel: "Geannuleerd: Bellen over kapvergunning", link: `/afspraken/${id}` });
    const o = rijen<{ payload: string; niet_voor: number; status: string }>("SELECT * FROM outbox WHERE afspraak_id = ?", id);
    expect(o).toHaveLength(1);
    expect(JSON.parse(o[0]!.payload).to).toBe("fatima@voorbeeld.nl");
    expect(o[0]!.status).toBe("wachtend");
  });

  it("keeps the event log append-only (triggers)", () => {
    zet("2026-03-03T11:00:00+01:00");
    const { id } = nieuweFixture();
    const { sqlite } = getDatabase();
    expect(() => sqlite.prepare("UPDATE afspraak_gebeurtenissen SET type = 'X' WHERE afspraak_id = ?").run(id)).toThrow(/append-only/);
    expect(() => sqlite.prepare("DELETE FROM afspraak_gebeurtenissen WHERE afspraak_id = ?").run(id)).toThrow(/append-only/);
  });
});

describe("snapshot persistence", () => {
  it("round-trips through getPersistedSnapshot/resolveState and keeps behaving the same", () => {
    const [s0] = initialTransition(fixtureMachine, { titel: "x", maxPogingen: 3 });
    const [s1] = transition(fixtureMachine, s0, { type: "POGING", uitkomst: "geen_gehoor" });
    const [s2] = transition(fixtureMachine, s1, { type: "PAUZEER" });
    const terug = herstelSnapshot(fixtureMachine, bewaarSnapshot(fixtureMachine, s2));
    expect(terug.value).toEqual(s2.value);
    expect(terug.context).toEqual(s2.context);
    expect(terug.status).toBe("active");
    const [a] = transition(fixtureMachine, terug, { type: "HERVAT" });
    const [b] = transition(fixtureMachine, s2, { type: "HERVAT" });
    expect(a.value).toEqual(b.value);
    expect(a.context).toEqual(b.context);
    expect(JSON.parse(bewaarSnapshot(fixtureMachine, terug))).toEqual(JSON.parse(bewaarSnapshot(fixtureMachine, s2)));
    const [klaar] = transition(fixtureMachine, s0, { type: "POGING", uitkomst: "bereikt" });
    expect(herstelSnapshot(fixtureMachine, bewaarSnapshot(fixtureMachine, klaar)).status).toBe("done");
  });
});

describe("afsprakenVoor", () => {
  it("lists open commitments of an owner by due moment with counts per deadline status", () => {
    zet("2026-03-04T09:00:00+01:00");
    const lotte = medewerker("lotte@voorbeeld.nl");
    const a = startAfspraak(FIXTURE_SOORT, { titel: "A", eigenaarId: lotte.id, teamId: lotte.teamId, mijlpaal: "email_beantwoord" }, lotte);
    const b = startAfspraak(FIXTURE_SOORT, { titel: "B", eigenaarId: lotte.id, teamId: lotte.teamId, mijlpaal: "terugbellen" }, lotte);
    const c = startAfspraak(FIXTURE_SOORT, { titel: "C", eigenaarId: lotte.id, teamId: lotte.teamId }, lotte);
    pasToe(c.id, 1, { type: "POGING", uitkomst: "bereikt" }, lotte);
    const l = afsprakenVoor({ eigenaarId: lotte.id });
    expect(l.rijen.map((r) => r.titel)).toEqual(["B", "A"]); // terugbellen (1 werkdag) is due first
    expect(l.totaal).toBe(2);
    expect(l.perTermijnStatus).toEqual({ op_tijd: 2, bijna: 0, te_laat: 0, geen: 0 });
    expect(afsprakenVoor({ eigenaarId: lotte.id, open: false }).rijen.map((r) => r.titel)).toEqual(["C"]);
    expect(afsprakenVoor({ teamId: lotte.teamId, limit: 1 }).rijen).toHaveLength(1);
    const d = afspraakDetail(a.id)!;
    expect(d.afspraak.titel).toBe("A");
    expect(d.termijnen).toHaveLength(1);
    expect(d.gebeurtenissen[0]!.type).toBe("AANGEMAAKT");
    expect(b.versie).toBe(1);
  });
});
