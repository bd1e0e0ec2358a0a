/**
 * Charter compliance (nakoming van het kwaliteitshandvest): per charter norm and per team the share of deadlines
 * met on time (stat_termijnen.op_tijd / aantal), the median time to meet (from the stat_termijn_duur histogram,
 * "≈") and — live — the deadlines overdue right now (termijnen WHERE status = 'lopend' AND termijn_op < now, on
 * the partial index termijnen_lopend). Plus the drill-down list behind those numbers (/regieteam/termijnen).
 */
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { soortNaam, detailLink } from "../werklijsten/werklijsten.server";
import { aandeel, afdelingenLijst, dimWhere, handvestNormen, STREEFWAARDE_OP_TIJD, teamsLijst, type HandvestNorm } from "./basis.server";
import { maandBegin, maandEinde, periodeTekst, vorigePeriode, type StatFilter } from "./filter";
import { termijnenLink } from "./links";
import { duurTekst, mediaanMinuten } from "./mediaan";
import type { Taal } from "~/platform/i18n/i18n";
import { vertaal } from "~/platform/i18n/vertaal";

type Dims = Pick<StatFilter, "afdelingId" | "teamId">;

export interface NakomingRij {
  sleutel: string;
  label: string;
  /** charter norm code (per-norm rows) */
  code?: string;
  mijlpaal?: string;
  aantal: number;
  opTijd: number;
  teLaatGehaald: number;
  pct: number | null;
  pctVorig: number | null;
  mediaanMinuten: number | null;
  mediaanTekst: string;
  teLaatNu: number;
  linkAantal: string;
  linkOpTijd: string;
  linkTeLaat: string;
  linkTeLaatNu: string;
}

export interface Nakoming {
  periode: { van: number; tot: number; tekst: string };
  vorigePeriode: { van: number; tot: number; tekst: string };
  streefwaarde: number;
  perNorm: NakomingRij[];
  perTeam: NakomingRij[];
  totaal: { aantal: number; opTijd: number; pct: number | null; teLaatNu: number };
  peilmoment: number;
}

type Telling = { aantal: number; opTijd: number };

/** Met / on time per norm and per team in one scan of stat_termijnen. */
function tellingen(p: { van: number; tot: number }, d: Dims): { norm_id: Map<number, Telling>; team_id: Map<number, Telling> } {
  const w = dimWhere(d);
  const rijen = getDatabase()
    .sqlite.prepare(`SELECT norm_id, team_id, sum(aantal), sum(op_tijd) FROM stat_termijnen WHERE maand BETWEEN @van AND @tot${w.sql} GROUP BY norm_id, team_id`)
    .raw()
    .all({ van: p.van, tot: p.tot, ...w.params }) as [number, number, number, number][];
  const uit = { norm_id: new Map<number, Telling>(), team_id: new Map<number, Telling>() };
  const tel = (m: Map<number, Telling>, k: number, n: number, o: number) => {
    const t = m.get(k) ?? { aantal: 0, opTijd: 0 };
    t.aantal += n;
    t.opTijd += o;
    m.set(k, t);
  };
  for (const [norm, team, n, o] of rijen) {
    tel(uit.norm_id, norm, n, o);
    tel(uit.team_id, team, n, o);
  }
  return uit;
}

/** The time-to-meet histograms per norm and per team in one scan of stat_termijn_duur. */
function histogrammen(p: { van: number; tot: number }, d: Dims) {
  const w = dimWhere(d);
  const rijen = getDatabase()
    .sqlite.prepare(`SELECT norm_id, team_id, bucket, sum(aantal) FROM stat_termijn_duur WHERE maand BETWEEN @van AND @tot${w.sql} GROUP BY norm_id, team_id, bucket`)
    .raw()
    .all({ van: p.van, tot: p.tot, ...w.params }) as [number, number, number, number][];
  const uit = { norm_id: new Map<number, { bucket: number; aantal: number }[]>(), team_id: new Map<number, { bucket: number; aantal: number }[]>() };
  const voeg = (m: Map<number, { bucket: number; aantal: number }[]>, k: number, bucket: number, aantal: number) => {
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push({ bucket, aantal });
  };
  for (const [norm, team, bucket, aantal] of rijen) {
    voeg(uit.norm_id, norm, bucket, aantal);
    voeg(uit.team_id, team, bucket, aantal);
  }
  return uit;
}

/** Deadlines overdue right now (live), per norm and team. Paused clocks are not overdue. */
export function teLaatNu(d: Dims, nu = now()): { normId: number; teamId: number; aantal: number }[] {
  const params: Record<string, number> = { nu };
  let extra = "";
  if (d.afdelingId) {
    extra += " AND coalesce(a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id)) = @afdeling";
    params.afdeling = d.afdelingId;
  }
  if (d.teamId) {
    extra += " AND a.team_id = @team";
    params.team = d.teamId;
  }
  return getDatabase()
    .sqlite.prepare(
      `SELECT v.norm_id AS normId, coalesce(a.team_id, 0) AS teamId, count(*) AS aantal
       FROM termijnen t JOIN norm_versies v ON v.id = t.norm_versie_id JOIN afspraken a ON a.id = t.afspraak_id
       WHERE t.status = 'lopend' AND t.termijn_op < @nu AND t.gepauzeerd_sinds IS NULL${extra}
       GROUP BY v.norm_id, coalesce(a.team_id, 0)`,
    )
    .all(params) as { normId: number; teamId: number; aantal: number }[];
}

export function nakoming(f: StatFilter, nu = now(), taal: Taal = "nl"): Nakoming {
  const d: Dims = { afdelingId: f.afdelingId, teamId: f.teamId };
  const vp = vorigePeriode(f);
  const normen = handvestNormen();
  const normOpId = new Map(normen.map((n) => [n.id, n]));
  const afdNamen = new Map(afdelingenLijst().map((a) => [a.id, a.naam]));
  const teams = teamsLijst();
  const teamNamen = new Map(teams.map((t) => [t.id, `${t.naam} (${afdNamen.get(t.afdelingId) ?? "?"})`]));
  const live = teLaatNu(d, nu);
  const tNu = tellingen(f, d);
  const tVorig = tellingen(vp, d);
  const hists = histogrammen(f, d);

  const bouw = (kolom: "norm_id" | "team_id"): NakomingRij[] => {
    const nuM = tNu[kolom];
    const vorig = tVorig[kolom];
    const hist = hists[kolom];
    const laat = new Map<number, number>();
    for (const r of live) {
      const k = kolom === "norm_id" ? r.normId : r.teamId;
      laat.set(k, (laat.get(k) ?? 0) + r.aantal);
    }
    const sleutels = new Set<number>([...nuM.keys(), ...laat.keys()]);
    if (kolom === "norm_id") for (const n of normen) if (vorig.has(n.id)) sleutels.add(n.id);
    return [...sleutels]
      .map((k) => {
        const a = nuM.get(k) ?? { aantal: 0, opTijd: 0 };
        const b = vorig.get(k) ?? { aantal: 0, opTijd: 0 };
        const norm: HandvestNorm | undefined = kolom === "norm_id" ? normOpId.get(k) : undefined;
        const med = mediaanMinuten(hist.get(k) ?? []);
        const linkBasis =
          kolom === "norm_id"
            ? { norm: norm?.code ?? null, afdeling: f.afdelingId, team: f.teamId }
            : { team: k || null, afdeling: f.afdelingId };
        return {
          sleutel: String(k),
          label: kolom === "norm_id" ? (norm ? `${norm.code} – ${norm.titel}` : `Norm ${k}`) : k === 0 ? vertaal(taal, "statistiek:nakoming.teamOnbekend") : teamNamen.get(k) ?? `Team ${k}`,
          code: norm?.code,
          mijlpaal: norm?.mijlpaal,
          aantal: a.aantal,
          opTijd: a.opTijd,
          teLaatGehaald: a.aantal - a.opTijd,
          pct: aandeel(a.opTijd, a.aantal),
          pctVorig: aandeel(b.opTijd, b.aantal),
          mediaanMinuten: med,
          mediaanTekst: duurTekst(med, taal),
          teLaatNu: laat.get(k) ?? 0,
          linkAantal: termijnenLink({ ...linkBasis, van: f.van, tot: f.tot }),
          linkOpTijd: termijnenLink({ ...linkBasis, van: f.van, tot: f.tot, opTijd: 1 }),
          linkTeLaat: termijnenLink({ ...linkBasis, van: f.van, tot: f.tot, opTijd: 0 }),
          linkTeLaatNu: termijnenLink({ ...linkBasis, nu: "te_laat" }),
        };
      })
      .sort((x, y) => (kolom === "norm_id" ? (x.code ?? "").localeCompare(y.code ?? "") : y.aantal - x.aantal || x.label.localeCompare(y.label, "nl")));
  };
  const perNorm = bouw("norm_id");
  const perTeam = bouw("team_id");
  const aantal = perNorm.reduce((s, r) => s + r.aantal, 0);
  const opTijd = perNorm.reduce((s, r) => s + r.opTijd, 0);
  return {
    periode: { van: f.van, tot: f.tot, tekst: periodeTekst(f.van, f.tot, taal) },
    vorigePeriode: { ...vp, tekst: periodeTekst(vp.van, vp.tot, taal) },
    streefwaarde: STREEFWAARDE_OP_TIJD,
    perNorm,
    perTeam,
    totaal: { aantal, opTijd, pct: aandeel(opTijd, aantal), teLaatNu: live.reduce((s, r) => s + r.aantal, 0) },
    peilmoment: nu,
  };
}

// ------------------------------------------------------------------------------------------------ drill-down list

export interface TermijnFilter {
  normCode?: string;
  teamId?: number;
  afdelingId?: number;
  van?: number;
  tot?: number;
  opTijd?: 0 | 1;
  nu?: "te_laat";
}

export interface TermijnLijstRij {
  termijnId: number;
  afspraakId: string;
  titel: string;
  soort: string;
  soortNaam: string;
  link: string;
  team: string | null;
  eigenaar: string | null;
  normCode: string;
  normTitel: string;
  startOp: number;
  termijnOp: number;
  gehaaldOp: number | null;
  opTijd: boolean | null;
}

export const PAGINA_GROOTTE = 50;

function termijnQuery(f: TermijnFilter, nu: number): { from: string; where: string; params: Record<string, unknown>; order: string } {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  if (f.nu === "te_laat") {
    where.push("t.status = 'lopend'", "t.termijn_op < @nu", "t.gepauzeerd_sinds IS NULL");
    params.nu = nu;
  } else {
    where.push("t.status = 'gehaald'");
    if (f.van) {
      where.push("t.gehaald_op >= @van");
      params.van = maandBegin(f.van);
    }
    if (f.tot) {
      where.push("t.gehaald_op < @tot");
      params.tot = maandEinde(f.tot);
    }
    if (f.opTijd === 0 || f.opTijd === 1) {
      where.push("t.op_tijd = @opTijd");
      params.opTijd = f.opTijd;
    }
  }
  if (f.normCode) {
    // all versions of the norm, resolved first: with one version an equality, so the partial index
    // termijnen_gehaald(_op_tijd) delivers the rows already in ORDER BY order (an IN list would need a sort)
    const versies = getDatabase()
      .sqlite.prepare("SELECT v.id FROM norm_versies v JOIN normen n ON n.id = v.norm_id WHERE n.code = ? ORDER BY v.id")
      .pluck()
      .all(f.normCode) as number[];
    if (versies.length === 1) {
      where.push("t.norm_versie_id = @normVersie");
      params.normVersie = versies[0];
    } else where.push(versies.length ? `t.norm_versie_id IN (${versies.map(Number).join(",")})` : "0");
  }
  // a met deadline counts for the team/department recorded when it was met (as in the rollups); open ones for the
  // commitment's current team
  if (f.teamId) {
    where.push("coalesce(t.team_id, a.team_id) = @team");
    params.team = f.teamId;
  }
  if (f.afdelingId) {
    where.push("coalesce(t.afdeling_id, a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id)) = @afdeling");
    params.afdeling = f.afdelingId;
  }
  return {
    // the commitment only when filtered on it: otherwise count and page read the partial index alone
    from: f.teamId || f.afdelingId ? "termijnen t JOIN afspraken a ON a.id = t.afspraak_id" : "termijnen t",
    where: where.join(" AND "),
    params,
    order: f.nu === "te_laat" ? "t.termijn_op, t.id" : "t.gehaald_op DESC, t.id DESC",
  };
}

/**
 * The deadlines behind a compliance number, 50 per page: the count and the page's ids come from the partial
 * indexes (termijnen_gehaald_op_tijd / termijnen_gehaald / termijnen_lopend, limit/offset in index order); only
 * the 50 rows of the page are joined to their commitment, norm, team and owner.
 */
export function termijnenLijst(f: TermijnFilter, pagina = 1, nu = now(), limiet = PAGINA_GROOTTE): { rijen: TermijnLijstRij[]; totaal: number } {
  const { sqlite } = getDatabase();
  const q = termijnQuery(f, nu);
  const totaal = sqlite.prepare(`SELECT count(*) FROM ${q.from} WHERE ${q.where}`).pluck().get(q.params) as number;
  const rijen = sqlite
    .prepare(
      `SELECT t.id AS termijnId, a.id AS afspraakId, a.titel, a.soort, tm.naam AS team, m.naam AS eigenaar, n.code AS normCode, v.titel AS normTitel,
              t.start_op AS startOp, t.termijn_op AS termijnOp, t.gehaald_op AS gehaaldOp, t.op_tijd AS opTijd
       FROM (SELECT t.id FROM ${q.from} WHERE ${q.where} ORDER BY ${q.order} LIMIT @limiet OFFSET @offset) pagina
       JOIN termijnen t ON t.id = pagina.id JOIN afspraken a ON a.id = t.afspraak_id
       JOIN norm_versies v ON v.id = t.norm_versie_id JOIN normen n ON n.id = v.norm_id
       LEFT JOIN teams tm ON tm.id = a.team_id LEFT JOIN medewerkers m ON m.id = a.eigenaar_id
       ORDER BY ${q.order}`,
    )
    .all({ ...q.params, limiet, offset: Math.max(0, pagina - 1) * limiet }) as (Omit<TermijnLijstRij, "soortNaam" | "link" | "opTijd"> & { opTijd: number | null })[];
  return {
    totaal,
    rijen: rijen.map((r) => ({
      ...r,
      soortNaam: soortNaam(r.soort),
      link: detailLink(r.soort, r.afspraakId),
      opTijd: r.opTijd === null ? null : r.opTijd === 1,
    })),
  };
}

/** Describes the list filter in words (for the page and the export). */
export function termijnFilterTekst(f: TermijnFilter, taal: Taal = "nl"): string[] {
  const delen: string[] = [];
  const t = (k: string, w: Record<string, string | number> = {}) => vertaal(taal, `statistiek:termijnen.besch.${k}`, w);
  const norm = f.normCode ? handvestNormen().find((n) => n.code === f.normCode) : undefined;
  if (f.normCode) delen.push(`${t("norm", { code: f.normCode })}${norm ? ` (${norm.titel})` : ""}`);
  if (f.afdelingId) delen.push(t("afdeling", { naam: afdelingenLijst().find((a) => a.id === f.afdelingId)?.naam ?? f.afdelingId }));
  if (f.teamId) delen.push(t("team", { naam: teamsLijst().find((x) => x.id === f.teamId)?.naam ?? f.teamId }));
  if (f.nu === "te_laat") delen.push(t("nu"));
  else {
    if (f.van || f.tot) delen.push(t("gehaald", { periode: periodeTekst(f.van ?? f.tot!, f.tot ?? f.van!, taal) }));
    if (f.opTijd === 1) delen.push(t("opTijd"));
    if (f.opTijd === 0) delen.push(t("teLaat"));
  }
  return delen;
}
