/** Satisfaction per team, norm, channel and kind for the regieteam, with drill-down and CSV export. */
import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { ktoAntwoorden, ktoOverzicht, ktoTabellen, leesKtoFilter, ktoVoorJaar } from "../../../app/features/statistiek/kto.server";
import { naarCsv } from "../../../app/platform/export/tabel";

const { sqlite } = getDatabase();

function antwoord(i: number, teamId: number, score: number, kanaal: string, norm: string | null, op: number) {
  sqlite
    .prepare(
      `INSERT INTO afspraken (id, soort, status, open, titel, handvest_peil_op, snapshot, aangemaakt_op, gewijzigd_op, team_id)
       VALUES (?, 'terugbelafspraak', 'nagekomen', 0, ?, ?, '{}', ?, ?, ?)`,
    )
    .run(`kto-${i}`, `Terugbellen ${i}`, op, op, op, teamId);
  sqlite
    .prepare(
      `INSERT INTO kto_uitnodigingen (afspraak_id, soort, team_id, norm_code, kanaal, aangemaakt_op, vervalt_op, beantwoord_op, score, opmerking, opvolging)
       VALUES (?, 'terugbelafspraak', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(`kto-${i}`, teamId, norm, kanaal, op, op + 1e9, op + 1000, score, score <= 2 ? "Te laat" : null, score <= 2 ? "open" : null);
}

describe("KTO statistics", () => {
  it("counts per team, norm and channel; the drill-down and the export show the answers behind a number", () => {
    setNow(parseTijdstip("2026-06-30T12:00"));
    const teams = sqlite.prepare("SELECT id, naam FROM teams ORDER BY id LIMIT 2").all() as { id: number; naam: string }[];
    const [a, b] = teams as [{ id: number; naam: string }, { id: number; naam: string }];
    const t = parseTijdstip("2026-03-10T10:00");
    antwoord(1, a.id, 5, "telefoon", "TERUGBELLEN", t);
    antwoord(2, a.id, 1, "telefoon", "TERUGBELLEN", t);
    antwoord(3, b.id, 4, "balie", null, t);
    antwoord(4, b.id, 3, "balie", null, parseTijdstip("2025-12-31T10:00")); // another year
    const { filter } = leesKtoFilter(new URL("http://x/regieteam/tevredenheid?van=2026-01-01&tot=2026-06-30"));
    const o = ktoOverzicht(filter);
    expect(o.totaal).toMatchObject({ aantal: 3, gemiddeld: 3.3, ontevreden: 1, tevreden: 2 });
    expect(o.per.team.find((r) => r.label === a.naam)).toMatchObject({ aantal: 2, gemiddeld: 3, ontevreden: 1 });
    expect(o.per.kanaal.find((r) => r.label === "balie")).toMatchObject({ aantal: 1, gemiddeld: 4 });
    expect(o.per.norm.find((r) => r.sleutel === "-")).toMatchObject({ aantal: 1, label: "Zonder norm" });
    const teamRegel = o.per.team.find((r) => r.label === a.naam)!;
    expect(teamRegel.link).toContain(`team=${a.id}`);
    const drill = leesKtoFilter(new URL(`http://x${teamRegel.link.split("#")[0]}`)).filter;
    const lijst = ktoAntwoorden(drill);
    expect(lijst.map((x) => x.score).sort()).toEqual([1, 5]);
    const csv = naarCsv([ktoTabellen(ktoOverzicht(drill), lijst, 100).at(-1)!]);
    expect(csv).toContain("Te laat");
    expect(ktoVoorJaar(2025).totaal.aantal).toBe(1);
    expect(leesKtoFilter(new URL("http://x/?van=2026-05-01&tot=2026-01-01")).fout).toMatch(/geldige periode/);
  });
});
