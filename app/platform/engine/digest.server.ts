/**
 * The daily digest for teamleiders: on working days, from opening time, one e-mail per teamleider with
 * their team's at-risk and overdue commitments and the escalations of the last day. Idempotent per
 * teamleider per day (outbox.sleutel "digest:<id>:<datum>"), so the job may run every minute.
 */
import { getDatabase } from "../../../db/client";
import { now } from "../clock";
import { isoDatum } from "../../domain/kalender/tijd";
import { formatDatumTijd } from "../../domain/kalender/format";
import { kalenders } from "./normen.server";
import { zetMailKlaar } from "./outbox.server";
import { publiekeUrl } from "./notificaties.server";

export function verstuurDigests(nu = now()): number {
  if (!kalenders().organisatie.isOpen(nu)) return 0;
  const { sqlite } = getDatabase();
  const datum = isoDatum(nu);
  const leiders = sqlite
    .prepare(
      `SELECT t.id AS teamId, t.naam AS teamNaam, m.id, m.email, m.naam FROM teams t JOIN medewerkers m ON m.id = t.teamleider_id
       WHERE t.actief = 1 AND m.actief = 1 ORDER BY t.id`,
    )
    .all() as { teamId: number; teamNaam: string; id: string; email: string; naam: string }[];
  const bestaat = sqlite.prepare("SELECT 1 FROM outbox WHERE sleutel = ?");
  const risico = sqlite.prepare(
    `SELECT id, titel, termijn_status, termijn_op FROM afspraken
     WHERE open = 1 AND termijn_status IN ('bijna', 'te_laat')
       AND (team_id = @team OR eigenaar_id IN (SELECT id FROM medewerkers WHERE team_id = @team))
     ORDER BY termijn_op LIMIT 50`,
  );
  const escalaties = sqlite.prepare(
    `SELECT count(*) AS n FROM afspraak_gebeurtenissen g JOIN afspraken a ON a.id = g.afspraak_id
     WHERE g.type = 'TERMIJN.ESCALATIE' AND g.op > @sinds
       AND (a.team_id = @team OR a.eigenaar_id IN (SELECT id FROM medewerkers WHERE team_id = @team))`,
  );
  let verstuurd = 0;
  for (const l of leiders) {
    const sleutel = `digest:${l.id}:${l.teamId}:${datum}`;
    if (bestaat.get(sleutel)) continue;
    const rijen = risico.all({ team: l.teamId }) as { id: string; titel: string; termijn_status: string; termijn_op: number }[];
    const esc = (escalaties.get({ team: l.teamId, sinds: nu - 86_400_000 }) as { n: number }).n;
    if (rijen.length === 0 && esc === 0) continue;
    const teLaat = rijen.filter((r) => r.termijn_status === "te_laat");
    const bijna = rijen.filter((r) => r.termijn_status === "bijna");
    const regel = (r: (typeof rijen)[number]) => `- ${r.titel} (termijn ${formatDatumTijd(r.termijn_op)}): ${publiekeUrl()}/afspraken/${r.id}`;
    const tekst = [
      `Beste ${l.naam},`,
      "",
      `Het overzicht van vandaag voor ${l.teamNaam}:`,
      `Te laat: ${teLaat.length}. Bijna verlopen: ${bijna.length}. Escalaties in het afgelopen etmaal: ${esc}.`,
      ...(teLaat.length ? ["", "Te laat:", ...teLaat.map(regel)] : []),
      ...(bijna.length ? ["", "Bijna verlopen:", ...bijna.map(regel)] : []),
      "",
      `Het teamoverzicht: ${publiekeUrl()}/team`,
    ].join("\n");
    if (zetMailKlaar(sqlite, { aan: l.email, onderwerp: `Afspraak: dagoverzicht ${l.teamNaam}`, tekst, urgent: true, sleutel, op: nu })) {
      verstuurd++;
    }
  }
  return verstuurd;
}
