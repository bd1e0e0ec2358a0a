/**
 * Demo data for the satisfaction check (issue 13): answers for a share of the closed callbacks, handovers and
 * complaints, so the regieteam's satisfaction figures and the teamleiders' "Ontevreden inwoners" list show
 * something. Deterministic for a seed. Recent unhappy answers (the last 30 days) stay open on the teamleider's
 * list; older ones are marked as handled.
 */
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { Gewogen, Toeval } from "./toeval.server";

const DAG = 86_400_000;
const OPMERKINGEN_GOED = ["Snel en vriendelijk geholpen.", "Duidelijke uitleg, dank u.", "Precies op tijd teruggebeld.", "Fijn dat ik niet opnieuw hoefde uit te leggen."];
const OPMERKINGEN_SLECHT = [
  "Ik moest drie keer bellen voordat iemand wist waar het over ging.",
  "Er werd te laat teruggebeld.",
  "Mijn vraag is nog steeds niet beantwoord.",
  "Ik snap de brief niet.",
];

export interface KtoDemoOpties {
  zaad: number;
  /** share of closed commitments whose citizen answered (default 0.3) */
  respons?: number;
  /** at most this many answers (large demo sets) */
  max?: number;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Adds invitations and answers for closed commitments without one; returns how many were added. */
export function zaaiKtoAntwoorden(opties: KtoDemoOpties): number {
  const { sqlite } = getDatabase();
  const respons = opties.respons ?? 0.3;
  const max = opties.max ?? 50_000;
  const nu = now();
  const scores = new Gewogen<number>([
    [5, 34],
    [4, 32],
    [3, 15],
    [2, 11],
    [1, 8],
  ]);
  const rijen = sqlite
    .prepare(
      `SELECT a.id, a.soort, coalesce(a.team_id, m.team_id) AS team_id, coalesce(a.afdeling_id, tm.afdeling_id) AS afdeling_id, a.kanaal, a.gesloten_op,
              (SELECT n.code FROM termijnen tr JOIN norm_versies v ON v.id = tr.norm_versie_id JOIN normen n ON n.id = v.norm_id
               WHERE tr.afspraak_id = a.id ORDER BY tr.id LIMIT 1) AS norm_code
       FROM afspraken a LEFT JOIN medewerkers m ON m.id = a.eigenaar_id LEFT JOIN teams tm ON tm.id = coalesce(a.team_id, m.team_id)
       WHERE a.open = 0 AND a.gesloten_op IS NOT NULL AND a.soort IN ('terugbelafspraak', 'overdracht', 'klacht')
         AND a.status NOT IN ('geannuleerd', 'ingetrokken', 'omgezet')
         AND NOT EXISTS (SELECT 1 FROM kto_uitnodigingen k WHERE k.afspraak_id = a.id)
       ORDER BY a.gesloten_op, a.id`,
    )
    .all() as { id: string; soort: string; team_id: number | null; afdeling_id: number | null; kanaal: string | null; gesloten_op: number; norm_code: string | null }[];
  const ins = sqlite.prepare(
    `INSERT INTO kto_uitnodigingen (afspraak_id, soort, team_id, afdeling_id, norm_code, kanaal, aangemaakt_op, vervalt_op, beantwoord_op, score, opmerking, opvolging, opgevolgd_op)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(afspraak_id) DO NOTHING`,
  );
  let n = 0;
  sqlite.transaction(() => {
    for (const r of rijen) {
      if (n >= max) break;
      // one generator per commitment: the same seed gives the same answer to the same commitment on every run
      const t = new Toeval((fnv(r.id) ^ opties.zaad ^ 0x6b746f) >>> 0);
      if (!t.kans(respons)) continue;
      const beantwoord = r.gesloten_op + t.int(1, 4 * 24) * 3_600_000;
      if (beantwoord > nu) continue;
      // a late callback or a complaint is a little less often a 5
      let score = scores.kies(t);
      if (r.soort === "klacht" && score === 5 && t.kans(0.4)) score = 3;
      const opmerking = t.kans(score <= 2 ? 0.8 : 0.25) ? t.kies(score <= 2 ? OPMERKINGEN_SLECHT : OPMERKINGEN_GOED) : null;
      const opvolging = score <= 2 ? (nu - beantwoord < 30 * DAG ? "open" : "afgedaan") : null;
      ins.run(r.id, r.soort, r.team_id, r.afdeling_id, r.norm_code, r.kanaal, r.gesloten_op, r.gesloten_op + 30 * DAG, beantwoord, score, opmerking, opvolging, opvolging === "afgedaan" ? beantwoord + 2 * DAG : null);
      n++;
    }
  })();
  return n;
}
