/** The demo data includes satisfaction answers, so the dashboards and the teamleider's list show something. */
import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { zaaiKtoAntwoorden } from "../../../app/features/demodata/kto.server";
import { ktoVoorDashboard } from "../../../app/features/statistiek/kto.server";

describe("demo data: KTO answers", () => {
  it("answers a share of the closed commitments, some unhappy ones still open; a second run adds nothing", () => {
    const { sqlite } = getDatabase();
    const nu = parseTijdstip("2026-11-23T10:00");
    setNow(nu);
    const team = (sqlite.prepare("SELECT id FROM teams LIMIT 1").get() as { id: number }).id;
    const ins = sqlite.prepare(
      `INSERT INTO afspraken (id, soort, status, open, titel, handvest_peil_op, snapshot, aangemaakt_op, gewijzigd_op, gesloten_op, team_id)
       VALUES (?, ?, ?, 0, ?, ?, '{}', ?, ?, ?, ?)`,
    );
    const soorten = [["terugbelafspraak", "nagekomen"], ["overdracht", "afgerond"], ["klacht", "gesloten"], ["terugbelafspraak", "geannuleerd"]] as const;
    for (let i = 0; i < 600; i++) {
      const [soort, status] = soorten[i % soorten.length]!;
      const op = nu - (i + 1) * 12 * 3_600_000;
      ins.run(`demo-${i}`, soort, status, `Demo ${i}`, op, op, op, op, team);
    }
    const n = zaaiKtoAntwoorden({ zaad: 7 });
    expect(n).toBeGreaterThan(60);
    const r = sqlite.prepare("SELECT count(*) n, sum(score <= 2) ontevreden, count(DISTINCT soort) soorten, sum(opvolging = 'open') open FROM kto_uitnodigingen").get() as Record<string, number>;
    expect(r.n).toBe(n);
    expect(r.ontevreden).toBeGreaterThan(0);
    expect(r.open).toBeGreaterThan(0);
    expect(r.soorten).toBe(3); // cancelled promises get no question
    expect(ktoVoorDashboard().totaal.aantal).toBeGreaterThan(0);
    expect(zaaiKtoAntwoorden({ zaad: 7 })).toBe(0);
  });
});
