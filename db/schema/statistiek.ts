import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Incremental rollups for the regieteam dashboards and the annual report (issue 6, docs/decisions/006).
 *
 * Maintained by triggers on the base tables (db/sql/050-statistiek.sql) in the same transaction as every write,
 * so they can never drift from a step that was acknowledged; rebuilt from scratch by
 * app/features/statistiek/herbouw.server.ts (`npm run afspraak -- statistiek herbouw`), which is also the oracle the
 * tests compare the incremental result with.
 *
 * Conventions: `maand` is yyyymm of the Europe/Amsterdam calendar month (SQL function maand_nl, registered on every
 * connection in db/client.ts); a missing department, team or oordeel is stored as 0 / '' so the key can be a
 * primary key. Rows whose counts fall back to 0 are kept (harmless for sums). Rows are never deleted when a
 * dossier is destroyed after its retention term: statistics hold no personal data.
 */

/** Complaints by month of receipt. `afloop`: open | afgehandeld | informeel | niet_in_behandeling. */
export const statKlachten = sqliteTable(
  "stat_klachten",
  {
    maand: integer("maand").notNull(),
    afdelingId: integer("afdeling_id").notNull(),
    teamId: integer("team_id").notNull(),
    kanaal: text("kanaal").notNull(),
    oordeel: text("oordeel").notNull(),
    afloop: text("afloop").notNull(),
    aantal: integer("aantal").notNull().default(0),
    schriftelijk: integer("schriftelijk").notNull().default(0),
    /** handling finished (conclusion, informal resolution or 9:8 notice) */
    afgerond: integer("afgerond").notNull().default(0),
    binnenTermijn: integer("binnen_termijn").notNull().default(0),
    /** sum of calendar days from receipt to finish, over `afgerond` */
    doorloopDagen: integer("doorloop_dagen").notNull().default(0),
    verdaagd: integer("verdaagd").notNull().default(0),
    uitgesteld: integer("uitgesteld").notNull().default(0),
    ombudsman: integer("ombudsman").notNull().default(0),
    metLes: integer("met_les").notNull().default(0),
    lesOvergeslagen: integer("les_overgeslagen").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.maand, t.afdelingId, t.teamId, t.kanaal, t.oordeel, t.afloop] }),
    // covering indexes for the complaints dashboard (app/features/statistiek/klachten-dashboard.server.ts): each
    // GROUP BY maand, … it needs streams in index order without table lookups or a temporary B-tree
    index("stat_klachten_per_team").on(t.maand, t.afdelingId, t.teamId, t.aantal),
    index("stat_klachten_per_soort").on(
      t.maand,
      t.kanaal,
      t.oordeel,
      t.afloop,
      t.afdelingId,
      t.teamId,
      t.aantal,
      t.afgerond,
      t.metLes,
      t.binnenTermijn,
    ),
  ],
);

/** Violated behoorlijkheidsnormen by month of receipt of the complaint. */
export const statKlachtNormen = sqliteTable(
  "stat_klacht_normen",
  {
    maand: integer("maand").notNull(),
    afdelingId: integer("afdeling_id").notNull(),
    teamId: integer("team_id").notNull(),
    norm: integer("norm").notNull(),
    aantal: integer("aantal").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.maand, t.afdelingId, t.teamId, t.norm] })],
);

/** Handling time histogram (calendar days receipt → finish) by month of receipt: exact medians. */
export const statKlachtDoorlooptijd = sqliteTable(
  "stat_klacht_doorlooptijd",
  {
    maand: integer("maand").notNull(),
    afdelingId: integer("afdeling_id").notNull(),
    dagen: integer("dagen").notNull(),
    aantal: integer("aantal").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.maand, t.afdelingId, t.dagen] })],
);

/** Deadlines met, by month met, norm (normen.id), department and team of the commitment at that moment. */
export const statTermijnen = sqliteTable(
  "stat_termijnen",
  {
    maand: integer("maand").notNull(),
    normId: integer("norm_id").notNull(),
    afdelingId: integer("afdeling_id").notNull(),
    teamId: integer("team_id").notNull(),
    aantal: integer("aantal").notNull().default(0),
    opTijd: integer("op_tijd").notNull().default(0),
    /** sum of wall-clock minutes from start to met */
    duurMinuten: integer("duur_minuten").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.maand, t.normId, t.afdelingId, t.teamId] })],
);

/**
 * Time-to-meet histogram: bucket = floor(8·log2(1 + minutes)) (SQL function duur_bucket), about 9 % wide, so a
 * median read from it is within ±5 % of the exact one (app/features/statistiek/mediaan.ts).
 */
export const statTermijnDuur = sqliteTable(
  "stat_termijn_duur",
  {
    maand: integer("maand").notNull(),
    normId: integer("norm_id").notNull(),
    afdelingId: integer("afdeling_id").notNull(),
    teamId: integer("team_id").notNull(),
    bucket: integer("bucket").notNull(),
    aantal: integer("aantal").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.maand, t.normId, t.afdelingId, t.teamId, t.bucket] }),
    // covering index for the medians per norm and team over a period (nakoming dashboard): no table lookups
    index("stat_termijn_duur_dekkend").on(t.maand, t.normId, t.teamId, t.afdelingId, t.bucket, t.aantal),
    // the same histograms over a long period (years): GROUP BY norm_id, team_id, bucket streams in this order
    // instead of sorting every row of the period (the planner picks it, with a skip-scan on maand when analysed)
    index("stat_termijn_duur_per_norm").on(t.normId, t.teamId, t.bucket, t.maand, t.afdelingId, t.aantal),
  ],
);

/** Compliments and suggestions by month received, department and team (of the employee when none was given). */
export const statFeedback = sqliteTable(
  "stat_feedback",
  {
    maand: integer("maand").notNull(),
    soort: text("soort").notNull(),
    afdelingId: integer("afdeling_id").notNull(),
    teamId: integer("team_id").notNull(),
    aantal: integer("aantal").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.maand, t.soort, t.afdelingId, t.teamId] })],
);
