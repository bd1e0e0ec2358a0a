import { integer, primaryKey, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Klachten (Awb hoofdstuk 9) and other feedback. A klacht is a commitment of soort 'klacht' in `afspraken`
 * (same id); this table holds the dossier fields (domain.md §1) as columns for lists, letters and the annual
 * report. The runtime's snapshot is the source of the workflow state; app/features/klachten/klachten.server.ts updates
 * these columns in the same transaction as every step. Full-text search: db/sql/040-klachten-fts.sql.
 */
export const klachten = sqliteTable(
  "klachten",
  {
    id: text("id").primaryKey(),
    nummer: text("nummer").notNull(),
    status: text("status").notNull(),
    ontvangenOp: integer("ontvangen_op").notNull(),
    kanaal: text("kanaal").notNull(),
    schriftelijk: integer("schriftelijk", { mode: "boolean" }).notNull(),
    klagerSoort: text("klager_soort", { enum: ["persoon", "organisatie"] }).notNull(),
    klagerNaam: text("klager_naam").notNull(),
    klagerOrganisatie: text("klager_organisatie"),
    klagerAdres: text("klager_adres"),
    klagerPostcode: text("klager_postcode"),
    klagerWoonplaats: text("klager_woonplaats"),
    klagerTelefoon: text("klager_telefoon"),
    klagerEmail: text("klager_email"),
    klagerVoorkeurKanaal: text("klager_voorkeur_kanaal"),
    /** dagtekening of the klaagschrift (YYYY-MM-DD) */
    dagtekening: text("dagtekening"),
    burgerId: text("burger_id"),
    omschrijving: text("omschrijving").notNull(),
    gedragingDatum: text("gedraging_datum"),
    afdelingId: integer("afdeling_id"),
    /** The team the complaint is about: the team of the first beklaagde at registration (null when unknown). */
    teamId: integer("team_id"),
    /** JSON [{ id, naam }] */
    beklaagden: text("beklaagden").notNull().default("[]"),
    beklaagdeOnbekend: integer("beklaagde_onbekend", { mode: "boolean" }).notNull().default(false),
    betreftBestuursorgaan: integer("betreft_bestuursorgaan", { mode: "boolean" }).notNull().default(false),
    behandelaarId: text("behandelaar_id"),
    behandelaarNaam: text("behandelaar_naam"),
    uitzondering97: text("uitzondering_9_7"),
    ontvangstBevestigdOp: integer("ontvangst_bevestigd_op"),
    grond98: text("grond_9_8"),
    grondToelichting: text("grond_toelichting"),
    bericht98Op: integer("bericht_9_8_op"),
    informeelOp: integer("informeel_op"),
    informeelToelichting: text("informeel_toelichting"),
    informeelTevredenheid: text("informeel_tevredenheid"),
    kopieBeklaagdeOp: integer("kopie_beklaagde_op"),
    kopieNietMogelijk: text("kopie_niet_mogelijk"),
    hoorzittingGeplandOp: integer("hoorzitting_gepland_op"),
    hoorzittingOp: integer("hoorzitting_op"),
    hoorVerslag: text("hoor_verslag"),
    horenOvergeslagenReden: text("horen_overgeslagen_reden"),
    horenOvergeslagenToelichting: text("horen_overgeslagen_toelichting"),
    termijnWeken: integer("termijn_weken").notNull(),
    oorspronkelijkeTermijnOp: integer("oorspronkelijke_termijn_op").notNull(),
    /** the current due moment of the handling (after verdaging / agreed delay); null once decided */
    termijnOp: integer("termijn_op"),
    verdagingBerichtKlagerOp: integer("verdaging_bericht_klager_op"),
    verdagingBerichtBeklaagdeOp: integer("verdaging_bericht_beklaagde_op"),
    verdaagdWeken: integer("verdaagd_weken"),
    verdaagdOp: integer("verdaagd_op"),
    /** JSON [{ nieuwOp, instemmingDatum, toelichting, op }] */
    uitstel: text("uitstel").notNull().default("[]"),
    conclusieOp: integer("conclusie_op"),
    bevindingen: text("bevindingen"),
    oordeel: text("oordeel"),
    oordeelReden: text("oordeel_reden"),
    maatregelen: text("maatregelen"),
    ombudsmanNaam: text("ombudsman_naam"),
    ombudsmanTermijnWeken: integer("ombudsman_termijn_weken"),
    les: text("les"),
    lesOvergeslagen: text("les_overgeslagen"),
    afgeslotenOp: integer("afgesloten_op"),
    /** Handling finished (afgesloten_op) on or before the due moment in force then (after verdaging/uitstel). */
    afgerondBinnenTermijn: integer("afgerond_binnen_termijn", { mode: "boolean" }),
    /** Number of learning-log entries linked to this complaint (kept by triggers in db/sql/050-statistiek.sql). */
    leerlogboekAantal: integer("leerlogboek_aantal").notNull().default(0),
    ombudsmanIngeschakeldOp: integer("ombudsman_ingeschakeld_op"),
    bewaarklasse: text("bewaarklasse"),
    vernietigingsdatum: text("vernietigingsdatum"),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    aangemaaktDoor: text("aangemaakt_door"),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
  },
  (t) => [
    uniqueIndex("klachten_nummer").on(t.nummer),
    index("klachten_termijn").on(t.termijnOp, t.ontvangenOp),
    index("klachten_status_termijn").on(t.status, t.termijnOp),
    index("klachten_behandelaar_termijn").on(t.behandelaarId, t.termijnOp),
    index("klachten_afdeling_termijn").on(t.afdelingId, t.termijnOp),
    index("klachten_kanaal").on(t.kanaal),
    index("klachten_oordeel").on(t.oordeel),
    index("klachten_vernietiging").on(t.vernietigingsdatum),
    index("klachten_ontvangen").on(t.ontvangenOp),
  ],
);

/** Violated behoorlijkheidsnormen (1–22) of a concluded klacht, for the norm filter and trends. */
export const klachtNormen = sqliteTable(
  "klacht_normen",
  {
    klachtId: text("klacht_id")
      .notNull()
      .references(() => klachten.id),
    norm: integer("norm").notNull(),
  },
  (t) => [primaryKey({ columns: [t.klachtId, t.norm] }), index("klacht_normen_norm").on(t.norm)],
);

export const klachtNotities = sqliteTable(
  "klacht_notities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    klachtId: text("klacht_id")
      .notNull()
      .references(() => klachten.id),
    tekst: text("tekst").notNull(),
    doorId: text("door_id"),
    doorNaam: text("door_naam"),
    op: integer("op").notNull(),
  },
  (t) => [index("klacht_notities_klacht").on(t.klachtId, t.op)],
);

export const BRIEF_SOORTEN = ["ontvangstbevestiging", "niet_in_behandeling", "verdaging", "conclusie"] as const;
export type BriefSoort = (typeof BRIEF_SOORTEN)[number];

/** Letters sent: the exact text stays in the dossier. */
export const klachtBrieven = sqliteTable(
  "klacht_brieven",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    klachtId: text("klacht_id")
      .notNull()
      .references(() => klachten.id),
    soort: text("soort", { enum: BRIEF_SOORTEN }).notNull(),
    aan: text("aan").notNull(),
    onderwerp: text("onderwerp").notNull(),
    tekst: text("tekst").notNull(),
    sjabloonVersie: integer("sjabloon_versie"),
    doorId: text("door_id"),
    doorNaam: text("door_naam"),
    op: integer("op").notNull(),
  },
  (t) => [index("klacht_brieven_klacht").on(t.klachtId, t.op)],
);

/** Editable letter templates with merge fields ({{klager.naam}} …); one per soort, versioned. */
export const briefSjablonen = sqliteTable("brief_sjablonen", {
  soort: text("soort", { enum: BRIEF_SOORTEN }).primaryKey(),
  titel: text("titel").notNull(),
  onderwerp: text("onderwerp").notNull(),
  tekst: text("tekst").notNull(),
  versie: integer("versie").notNull().default(1),
  gewijzigdOp: integer("gewijzigd_op").notNull(),
  gewijzigdDoor: text("gewijzigd_door"),
});

/** Attachments on disk under data/bijlagen (AFSPRAAK_BIJLAGEN), never in /public. */
export const klachtBijlagen = sqliteTable(
  "klacht_bijlagen",
  {
    id: text("id").primaryKey(),
    klachtId: text("klacht_id")
      .notNull()
      .references(() => klachten.id),
    naam: text("naam").notNull(),
    mime: text("mime").notNull(),
    grootte: integer("grootte").notNull(),
    op: integer("op").notNull(),
    doorId: text("door_id"),
  },
  (t) => [index("klacht_bijlagen_klacht").on(t.klachtId)],
);

export const FEEDBACK_SOORTEN = ["compliment", "suggestie"] as const;
export const SUGGESTIE_STATUSSEN = ["nieuw", "in_behandeling", "overgenomen", "afgewezen"] as const;

/**
 * Compliments (to an employee or team; counted in the coaching profile) and suggestions (regieteam triage).
 */
export const feedback = sqliteTable(
  "feedback",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    soort: text("soort", { enum: FEEDBACK_SOORTEN }).notNull(),
    tekst: text("tekst").notNull(),
    kanaal: text("kanaal").notNull(),
    vanNaam: text("van_naam"),
    vanContact: text("van_contact"),
    medewerkerId: text("medewerker_id"),
    teamId: integer("team_id"),
    afdelingId: integer("afdeling_id"),
    status: text("status", { enum: SUGGESTIE_STATUSSEN }).notNull().default("nieuw"),
    triageNotitie: text("triage_notitie"),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    aangemaaktDoor: text("aangemaakt_door"),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
  },
  (t) => [
    index("feedback_soort_status").on(t.soort, t.status, t.aangemaaktOp),
    index("feedback_medewerker").on(t.medewerkerId, t.aangemaaktOp),
    index("feedback_team").on(t.teamId, t.aangemaaktOp),
  ],
);
