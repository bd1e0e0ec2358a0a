import { describe, it, expect, beforeAll } from "vitest";
import { pasToe, laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { registreerFixture } from "../../../app/platform/engine/test-fixture.server";
import { sweep, vuurTermijn, ietsTeDoen } from "../../../app/platform/engine/scheduler.server";
import { medewerker, zet, nieuweFixture, rijen, een } from "./helpers";

beforeAll(() => registreerFixture());

interface T {
  id: number;
  termijn_op: number;
  waarschuwing_op: number;
  fase: string;
  volgende_actie_op: number | null;
  gepauzeerd_sinds: number | null;
  status: string;
  verzet: number;
}
const termijn = (id: string) => een<T>("SELECT * FROM termijnen WHERE afspraak_id = ? ORDER BY id DESC LIMIT 1", id);
const events = (id: string) =>
  rijen<{ type: string; payload: string | null }>("SELECT type, payload FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer", id).map(
    (e) => (e.payload ? `${e.type}:${JSON.parse(e.payload).niveau ?? JSON.parse(e.payload).mijlpaal}` : e.type),
  );
const berichtenAan = (id: string, email: string) =>
  rijen<{ titel: string }>(
    "SELECT b.titel FROM berichten b JOIN medewerkers m ON m.id = b.medewerker_id WHERE b.afspraak_id = ? AND m.email = ? ORDER BY b.id",
    id,
    email,
  ).map((b) => b.titel);

describe("scheduler", () => {
  it("warns, marks overdue, escalates to the teamleider and later the regieteam — each exactly once", () => {
    zet("2026-03-02T10:00:00+01:00");
    const { id } = nieuweFixture("Mail over afvalpas");
    const t0 = termijn(id);
    // Nothing due yet
    expect(sweep().gevuurd).toBe(0);

    zet(new Date(t0.waarschuwing_op + 1000).toISOString());
    expect(sweep().gevuurd).toBe(1);
    expect(sweep().gevuurd).toBe(0);
    expect(termijn(id).fase).toBe("gewaarschuwd");
    expect(laadAfspraakRij(id)!.termijn_status).toBe("bijna");
    expect(berichtenAan(id, "fatima@voorbeeld.nl")).toEqual(["Bijna verlopen: Mail over afvalpas"]);

    zet("2026-03-09T17:00:01+01:00"); // just after the due moment (Mon 9 March 17:00)
    expect(sweep().gevuurd).toBe(1);
    expect(termijn(id).fase).toBe("verlopen");
    const a = laadAfspraakRij(id)!;
    expect(a.termijn_status).toBe("te_laat");
    expect(a.versie).toBe(2); // the fixture machine reacts to TERMIJN.VERLOPEN; the other timer events only get logged
    expect(berichtenAan(id, "fatima@voorbeeld.nl")).toEqual(["Bijna verlopen: Mail over afvalpas", "Te laat: Mail over afvalpas"]);
    expect(berichtenAan(id, "sanne@voorbeeld.nl")).toEqual(["Escalatie: Mail over afvalpas", "Machine zag verlopen: Mail over afvalpas"]);
    // Regieteam after 3 working days on the organisation calendar: Thursday 12 March 17:00
    expect(new Date(termijn(id).volgende_actie_op!).toISOString()).toBe("2026-03-12T16:00:00.000Z");

    zet("2026-03-12T16:59:00+01:00");
    expect(sweep().gevuurd).toBe(0);
    zet("2026-03-12T17:00:00+01:00");
    expect(sweep().gevuurd).toBe(1);
    expect(termijn(id)).toMatchObject({ fase: "geescaleerd", volgende_actie_op: null });
    expect(berichtenAan(id, "ruben@voorbeeld.nl")).toEqual(["Escalatie naar het regieteam: Mail over afvalpas"]);
    expect(berichtenAan(id, "hanna@voorbeeld.nl")).toEqual(["Escalatie naar het regieteam: Mail over afvalpas"]);

    zet("2026-06-01T12:00:00+02:00");
    expect(sweep().gevuurd).toBe(0);
    expect(events(id)).toEqual([
      "AANGEMAAKT",
      "TERMIJN.WAARSCHUWING:email_beantwoord",
      "TERMIJN.VERLOPEN:email_beantwoord",
      "TERMIJN.ESCALATIE:teamleider",
      "TERMIJN.ESCALATIE:regieteam",
    ]);
  });

  it("fires a row only once even when asked twice (exactly once) and skips met deadlines", () => {
    zet("2026-03-02T10:00:00+01:00");
    const { id } = nieuweFixture();
    const { id: gehaald } = nieuweFixture("Gehaald");
    pasToe(gehaald, 1, { type: "POGING", uitkomst: "bereikt" }, medewerker("fatima@voorbeeld.nl"));
    const t = termijn(id);
    const nu = zet(new Date(t.waarschuwing_op).toISOString());
    expect(ietsTeDoen(nu)).toBe(true);
    expect(vuurTermijn(t.id, nu)).toBe(true);
    expect(vuurTermijn(t.id, nu)).toBe(false);
    expect(sweep({ nu }).gevuurd).toBe(0);
    expect(events(id).filter((e) => e.startsWith("TERMIJN.WAARSCHUWING"))).toHaveLength(1);
    zet("2026-04-01T10:00:00+02:00");
    sweep();
    expect(events(gehaald)).toEqual(["AANGEMAAKT", "POGING:undefined"]);
  });

  it("catches up after downtime: everything past is fired in one sweep, the warning skipped once overdue", () => {
    zet("2026-03-02T10:00:00+01:00");
    const { id } = nieuweFixture("Lang stil");
    zet("2026-03-20T10:00:00+01:00");
    const r = sweep({ batch: 1 });
    expect(r.gevuurd).toBe(2);
    expect(events(id)).toEqual([
      "AANGEMAAKT",
      "TERMIJN.VERLOPEN:email_beantwoord",
      "TERMIJN.ESCALATIE:teamleider",
      "TERMIJN.ESCALATIE:regieteam",
    ]);
  });

  it("pause and resume move the due moment by the paused office time", () => {
    zet("2026-03-02T10:00:00+01:00");
    const { id } = nieuweFixture("Wacht op inwoner");
    const voor = termijn(id);
    const f = medewerker("fatima@voorbeeld.nl");
    zet("2026-03-03T09:00:00+01:00"); // Tuesday
    expect(pasToe(id, 1, { type: "PAUZEER" }, f)).toMatchObject({ ok: true });
    expect(termijn(id)).toMatchObject({ volgende_actie_op: null });
    expect(termijn(id).gepauzeerd_sinds).not.toBeNull();
    // While paused nothing fires, not even long after the original due moment
    zet("2026-03-10T09:00:00+01:00");
    expect(sweep().gevuurd).toBe(0);
    const hervatOp = zet("2026-03-05T09:00:00+01:00"); // back in time is fine for the test clock: Thursday
    expect(pasToe(id, 2, { type: "HERVAT" }, f)).toMatchObject({ ok: true });
    const na = termijn(id);
    // Paused Tue 09:00 → Thu 09:00 = two full office days (2 × 8.5 h) → due moves from Mon 9 March 17:00 to Wed 11 March 17:00
    expect(new Date(na.termijn_op).toISOString()).toBe("2026-03-11T16:00:00.000Z");
    expect(na.termijn_op).toBeGreaterThan(voor.termijn_op);
    expect(na.waarschuwing_op).toBeGreaterThan(voor.waarschuwing_op);
    expect(na.gepauzeerd_sinds).toBeNull();
    expect(na.volgende_actie_op).toBe(na.waarschuwing_op);
    expect(hervatOp).toBeGreaterThan(0);
  });

  it("a new time chosen by the citizen moves the deadline without counting as a breach", () => {
    zet("2026-03-02T10:00:00+01:00");
    const { id } = nieuweFixture("Verzet");
    zet("2026-03-10T09:00:00+01:00");
    sweep(); // overdue
    expect(laadAfspraakRij(id)!.termijn_status).toBe("te_laat");
    const f = medewerker("fatima@voorbeeld.nl");
    const v = laadAfspraakRij(id)!.versie;
    expect(pasToe(id, v, { type: "VERZET", nieuwOp: "2026-03-16T12:00:00+01:00" }, f)).toMatchObject({ ok: true });
    const t = termijn(id);
    expect(t).toMatchObject({ fase: "gepland", verzet: 1, termijn_op: Date.parse("2026-03-16T12:00:00+01:00") });
    expect(laadAfspraakRij(id)!.termijn_status).toBe("op_tijd");
    pasToe(id, v + 1, { type: "POGING", uitkomst: "bereikt" }, f);
    expect(een<{ op_tijd: number }>("SELECT op_tijd FROM termijnen WHERE id = ?", t.id).op_tijd).toBe(1);
  });
});
