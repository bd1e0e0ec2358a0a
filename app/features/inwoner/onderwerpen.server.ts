/**
 * Topics a citizen can choose for a callback request, and the team whose queue gets it (table
 * inwoner_onderwerpen: data, not code). When the table is empty the demo default is filled in once, for the
 * teams of the demo municipality that exist; without those teams every active team is its own topic.
 */
import { getDatabase } from "../../../db/client";

export interface Onderwerp {
  code: string;
  naam: string;
  naamEn: string | null;
  teamId: number;
}

/** The demo default: topic → team name (app/features/demodata/seed.server.ts). */
export const STANDAARD_ONDERWERPEN: { code: string; naam: string; naamEn: string; team: string }[] = [
  { code: "paspoort", naam: "Paspoort, ID-kaart of rijbewijs", naamEn: "Passport, ID card or driving licence", team: "Burgerzaken Documenten" },
  { code: "verhuizen", naam: "Verhuizen, uittreksel of geboorte", naamEn: "Moving house, extracts or births", team: "Burgerzaken Documenten" },
  { code: "openbare-ruimte", naam: "Straat, groen, afval of verlichting", naamEn: "Streets, parks, waste or lighting", team: "Meldingen Openbare Ruimte" },
  { code: "zorg", naam: "Hulp thuis, zorg of jeugd (Wmo)", naamEn: "Help at home, care or youth (Wmo)", team: "Wmo en Jeugd" },
  { code: "overig", naam: "Iets anders", naamEn: "Something else", team: "KCC Telefonie" },
];

function vulStandaard(): void {
  const { sqlite } = getDatabase();
  const n = (sqlite.prepare("SELECT count(*) AS n FROM inwoner_onderwerpen").get() as { n: number }).n;
  if (n > 0) return;
  const team = sqlite.prepare("SELECT id FROM teams WHERE naam = ? AND actief = 1");
  const ins = sqlite.prepare(
    "INSERT INTO inwoner_onderwerpen (code, naam, naam_en, team_id, volgorde, actief) VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(code) DO NOTHING",
  );
  sqlite.transaction(() => {
    STANDAARD_ONDERWERPEN.forEach((o, i) => {
      const t = team.get(o.team) as { id: number } | undefined;
      if (t) ins.run(o.code, o.naam, o.naamEn, t.id, i);
    });
    const nu = (sqlite.prepare("SELECT count(*) AS n FROM inwoner_onderwerpen").get() as { n: number }).n;
    if (nu === 0) {
      const teams = sqlite.prepare("SELECT id, naam FROM teams WHERE actief = 1 ORDER BY naam").all() as { id: number; naam: string }[];
      teams.forEach((t, i) => ins.run(`team-${t.id}`, t.naam, null, t.id, i));
    }
  })();
}

/** The active topics in their order, each with a team that still exists and is active. */
export function onderwerpen(): Onderwerp[] {
  vulStandaard();
  return getDatabase()
    .sqlite.prepare(
      `SELECT o.code, o.naam, o.naam_en AS naamEn, o.team_id AS teamId FROM inwoner_onderwerpen o
         JOIN teams t ON t.id = o.team_id AND t.actief = 1
        WHERE o.actief = 1 ORDER BY o.volgorde, o.naam`,
    )
    .all() as Onderwerp[];
}

export function onderwerpVan(code: string): Onderwerp | null {
  return onderwerpen().find((o) => o.code === code) ?? null;
}
