/**
 * Het jaarverslag klachten (Awb 9:12a): per kalenderjaar (klachten ONTVANGEN in dat jaar) met het vorige jaar
 * ernaast. Alle aantallen komen uit de rollups (db/schema/statistiek.ts, bijgehouden door triggers), niet uit de
 * klachtrijen: op tien jaar van een grote stad blijft het verslag snel. Lessen en verbeteracties komen uit
 * hun eigen (kleine) tabellen. Geen namen van inwoners of medewerkers.
 *
 * Het resultaat is een lijst Tabel-objecten (app/platform/export/tabel.ts): dezelfde tabellen vormen de pagina,
 * de CSV en de XLSX, zodat wat de gemeenteraad krijgt altijd gelijk is aan wat op het scherm staat.
 */
import { getDatabase } from "../../../db/client";
import { BEHOORLIJKHEIDSNORMEN, KANAAL_TEKST, NORM_GROEPEN, OORDEEL_TEKST, normNaam, type KlachtKanaal } from "../../../workflows/klacht/recht";
import { dagVanDatum, instantVanLokaleDag, lokaleDelen } from "../../domain/kalender/tijd";
import { now } from "../../platform/clock";
import type { Celwaarde, Tabel } from "../../platform/export/tabel";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal } from "../../platform/i18n/vertaal";
import { codeLabel as label } from "./basis.server";

/** The report's own texts (statistiek:jaarverslag.…). */
function jv(taal: Taal) {
  return (k: string, w?: Record<string, string | number>) => vertaal(taal, `statistiek:jaarverslag.${k}`, w);
}

const GROEP_SLEUTEL = ["open", "respectvol", "betrokken", "eerlijk"] as const;

export const JAAR_MIN = 2000;
export const JAAR_MAX = 2100;

/** Uitkomst van een klacht, afgeleid van stat_klachten.afloop en .oordeel; samen precies het totaal. */
export const UITKOMSTEN = ["gegrond", "deels_gegrond", "ongegrond", "geen_oordeel", "informeel", "niet_in_behandeling", "ingetrokken", "open"] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];
export const UITKOMST_TEKST: Record<Uitkomst, string> = {
  gegrond: OORDEEL_TEKST.gegrond,
  deels_gegrond: OORDEEL_TEKST.deels_gegrond,
  ongegrond: OORDEEL_TEKST.ongegrond,
  geen_oordeel: `${OORDEEL_TEKST.geen_oordeel} (afgehandeld zonder oordeel)`,
  informeel: "Naar tevredenheid opgelost (art. 9:5)",
  niet_in_behandeling: "Niet in behandeling genomen (art. 9:8)",
  ingetrokken: "Ingetrokken door de klager",
  open: "Nog in behandeling",
};

export const VERBETERACTIE_STATUS_TEKST: Record<string, string> = {
  voorgesteld: "Voorgesteld",
  in_uitvoering: "In uitvoering",
  gerealiseerd: "Gerealiseerd",
  geevalueerd: "Geëvalueerd",
  afgewezen: "Afgewezen",
};
export const EFFECT_TEKST: Record<string, string> = {
  effectief: "Effectief",
  deels_effectief: "Deels effectief",
  niet_effectief: "Niet effectief",
};

/** Kerncijfers van één jaar, uit de rollups. */
export interface JaarCijfers {
  jaar: number;
  ontvangen: number;
  schriftelijk: number;
  mondeling: number;
  afgerond: number;
  binnenTermijn: number;
  /** binnenTermijn / afgerond, null zonder afgeronde klachten */
  aandeelBinnenTermijn: number | null;
  gemiddeldeDagen: number | null;
  mediaanDagen: number | null;
  verdaagd: number;
  uitgesteld: number;
  ombudsman: number;
  metLes: number;
  aandeelMetLes: number | null;
  complimenten: number;
  lessen: number;
  uitkomst: Record<Uitkomst, number>;
  perNorm: Map<number, number>;
  perAfdeling: Map<number, number>;
  perKanaal: Map<string, number>;
}

function maandGrenzen(jaar: number): [number, number] {
  return [jaar * 100 + 1, jaar * 100 + 12];
}

/** [begin, einde) van het Amsterdamse kalenderjaar als instants. */
export function jaarGrenzen(jaar: number): [number, number] {
  return [instantVanLokaleDag(dagVanDatum(jaar, 1, 1), 0), instantVanLokaleDag(dagVanDatum(jaar + 1, 1, 1), 0)];
}

/** Exacte mediaan (gemiddelde van de twee middelste bij een even aantal) uit een histogram dagen → aantal (per dag opgeteld; niet-positieve totalen tellen niet). */
export function mediaanUitHistogram(bakken: readonly { dagen: number; aantal: number }[]): number | null {
  const per = new Map<number, number>();
  for (const b of bakken) per.set(b.dagen, (per.get(b.dagen) ?? 0) + b.aantal);
  let n = 0;
  for (const [d, a] of per) {
    if (a > 0) n += a;
    else per.delete(d);
  }
  if (n === 0) return null;
  const sleutels = [...per.keys()].sort((a, b) => a - b);
  const waardeOp = (k: number): number => {
    let som = 0;
    for (const d of sleutels) {
      som += per.get(d)!;
      if (som >= k) return d;
    }
    return sleutels[sleutels.length - 1]!;
  };
  return n % 2 === 1 ? waardeOp((n + 1) / 2) : (waardeOp(n / 2) + waardeOp(n / 2 + 1)) / 2;
}

function uitkomstVan(afloop: string, oordeel: string): Uitkomst {
  if (afloop === "open") return "open";
  if (afloop === "informeel") return "informeel";
  if (afloop === "niet_in_behandeling") return "niet_in_behandeling";
  if (afloop === "ingetrokken") return "ingetrokken";
  if (oordeel === "gegrond" || oordeel === "deels_gegrond" || oordeel === "ongegrond") return oordeel;
  return "geen_oordeel";
}

export function jaarCijfers(jaar: number): JaarCijfers {
  const { sqlite } = getDatabase();
  const [van, tot] = maandGrenzen(jaar);
  const rijen = sqlite
    .prepare(
      `SELECT afdeling_id AS afdeling, kanaal, oordeel, afloop, sum(aantal) AS aantal, sum(schriftelijk) AS schriftelijk,
              sum(afgerond) AS afgerond, sum(binnen_termijn) AS binnenTermijn, sum(doorloop_dagen) AS doorloopDagen,
              sum(verdaagd) AS verdaagd, sum(uitgesteld) AS uitgesteld, sum(ombudsman) AS ombudsman, sum(met_les) AS metLes
         FROM stat_klachten WHERE maand BETWEEN ? AND ?
        GROUP BY afdeling_id, kanaal, oordeel, afloop`,
    )
    .all(van, tot) as {
    afdeling: number;
    kanaal: string;
    oordeel: string;
    afloop: string;
    aantal: number;
    schriftelijk: number;
    afgerond: number;
    binnenTermijn: number;
    doorloopDagen: number;
    verdaagd: number;
    uitgesteld: number;
    ombudsman: number;
    metLes: number;
  }[];
  const uitkomst = Object.fromEntries(UITKOMSTEN.map((u) => [u, 0])) as Record<Uitkomst, number>;
  const perAfdeling = new Map<number, number>();
  const perKanaal = new Map<string, number>();
  let ontvangen = 0,
    schriftelijk = 0,
    afgerond = 0,
    binnenTermijn = 0,
    doorloopDagen = 0,
    verdaagd = 0,
    uitgesteld = 0,
    ombudsman = 0,
    metLes = 0;
  for (const r of rijen) {
    ontvangen += r.aantal;
    schriftelijk += r.schriftelijk;
    afgerond += r.afgerond;
    binnenTermijn += r.binnenTermijn;
    doorloopDagen += r.doorloopDagen;
    verdaagd += r.verdaagd;
    uitgesteld += r.uitgesteld;
    ombudsman += r.ombudsman;
    metLes += r.metLes;
    uitkomst[uitkomstVan(r.afloop, r.oordeel)] += r.aantal;
    if (r.aantal !== 0) {
      perAfdeling.set(r.afdeling, (perAfdeling.get(r.afdeling) ?? 0) + r.aantal);
      perKanaal.set(r.kanaal, (perKanaal.get(r.kanaal) ?? 0) + r.aantal);
    }
  }
  const perNorm = new Map<number, number>();
  for (const r of sqlite
    .prepare(`SELECT norm, sum(aantal) AS aantal FROM stat_klacht_normen WHERE maand BETWEEN ? AND ? GROUP BY norm`)
    .all(van, tot) as { norm: number; aantal: number }[]) {
    if (r.aantal !== 0) perNorm.set(r.norm, r.aantal);
  }
  const histogram = sqlite
    .prepare(`SELECT dagen, sum(aantal) AS aantal FROM stat_klacht_doorlooptijd WHERE maand BETWEEN ? AND ? GROUP BY dagen`)
    .all(van, tot) as { dagen: number; aantal: number }[];
  const complimenten =
    (sqlite
      .prepare(`SELECT sum(aantal) AS n FROM stat_feedback WHERE maand BETWEEN ? AND ? AND soort = 'compliment'`)
      .get(van, tot) as { n: number | null }).n ?? 0;
  const [begin, einde] = jaarGrenzen(jaar);
  const lessen = (sqlite.prepare(`SELECT count(*) AS n FROM leerlogboek WHERE aangemaakt_op >= ? AND aangemaakt_op < ?`).get(begin, einde) as { n: number }).n;
  return {
    jaar,
    ontvangen,
    schriftelijk,
    mondeling: ontvangen - schriftelijk,
    afgerond,
    binnenTermijn,
    aandeelBinnenTermijn: afgerond > 0 ? binnenTermijn / afgerond : null,
    gemiddeldeDagen: afgerond > 0 ? doorloopDagen / afgerond : null,
    mediaanDagen: mediaanUitHistogram(histogram),
    verdaagd,
    uitgesteld,
    ombudsman,
    metLes,
    aandeelMetLes: ontvangen > 0 ? metLes / ontvangen : null,
    complimenten,
    lessen,
    uitkomst,
    perNorm,
    perAfdeling,
    perKanaal,
  };
}

/** Jaren met ten minste één ontvangen klacht, nieuwste eerst. */
export function jarenMetKlachten(): number[] {
  const { sqlite } = getDatabase();
  // min/max and one probe per year walk the primary key (maand first): no scan of ten years of rollup rows.
  const r = {
    van: (sqlite.prepare(`SELECT min(maand) AS m FROM stat_klachten`).get() as { m: number | null }).m,
    tot: (sqlite.prepare(`SELECT max(maand) AS m FROM stat_klachten`).get() as { m: number | null }).m,
  };
  if (r.van === null || r.tot === null) return [];
  const probe = sqlite.prepare(`SELECT 1 FROM stat_klachten WHERE maand BETWEEN ? AND ? AND aantal > 0 LIMIT 1`);
  const jaren: number[] = [];
  for (let j = Math.floor(r.tot / 100); j >= Math.floor(r.van / 100); j--) {
    if (probe.get(j * 100 + 1, j * 100 + 12)) jaren.push(j);
  }
  return jaren;
}

/** Het laatste volledige kalenderjaar (Amsterdam) op dit moment. */
export function laatsteVolledigeJaar(): number {
  return lokaleDelen(now()).jaar - 1;
}

export interface Les {
  nummer: string;
  titel: string;
  les: string;
  processtap: string;
  normen: string;
}

export function lessenVanJaar(jaar: number, taal: Taal = "nl"): Les[] {
  const { sqlite } = getDatabase();
  const [begin, einde] = jaarGrenzen(jaar);
  const rijen = sqlite
    .prepare(
      `SELECT l.nummer, l.titel, l.les, l.processtap, group_concat(n.norm) AS normen
         FROM leerlogboek l LEFT JOIN leerlogboek_normen n ON n.les_id = l.id
        WHERE l.aangemaakt_op >= ? AND l.aangemaakt_op < ?
        GROUP BY l.id ORDER BY l.aangemaakt_op, l.id`,
    )
    .all(begin, einde) as { nummer: string; titel: string; les: string; processtap: string; normen: string | null }[];
  return rijen.map((r) => ({
    nummer: r.nummer,
    titel: r.titel,
    les: r.les,
    processtap: PROCESSTAP_TEKST[r.processtap] ? label(taal, PROCESSTAP_TEKST[r.processtap]!, `leerlogboek:stap.${r.processtap}`) : r.processtap,
    normen: (r.normen ?? "")
      .split(",")
      .filter(Boolean)
      .map(Number)
      .sort((a, b) => a - b)
      .map((n) => `${n}. ${label(taal, normNaam(n), `klachten:norm.${n}`)}`)
      .join("; "),
  }));
}

const PROCESSTAP_TEKST: Record<string, string> = {
  bereikbaarheid: "Bereikbaarheid",
  eerste_contact: "Eerste contact",
  doorverbinden_overdracht: "Doorverbinden en overdracht",
  terugbellen: "Terugbellen",
  informatievoorziening: "Informatievoorziening",
  behandeling_aanvraag: "Behandeling aanvraag",
  besluitvorming: "Besluitvorming",
  brief_communicatie: "Brieven en communicatie",
  klachtbehandeling: "Klachtbehandeling",
  systemen_registratie: "Systemen en registratie",
  uitvoering_buiten: "Uitvoering buiten",
  overig: "Overig",
};

export interface Verbeteractie {
  nummer: string;
  titel: string;
  status: string;
  termijnOp: number;
  gerealiseerdOp: number | null;
  opTijd: boolean | null;
  effect: string | null;
}

/**
 * Verbeteracties die in het jaar liepen: aangemaakt vóór het einde van het jaar en niet al vóór het begin van
 * het jaar gerealiseerd of afgewezen.
 */
export function verbeteractiesVanJaar(jaar: number, taal: Taal = "nl"): Verbeteractie[] {
  const { sqlite } = getDatabase();
  const [begin, einde] = jaarGrenzen(jaar);
  const rijen = sqlite
    .prepare(
      `SELECT nummer, titel, status, termijn_op AS termijnOp, gerealiseerd_op AS gerealiseerdOp, op_tijd AS opTijd, effect
         FROM verbeteracties
        WHERE aangemaakt_op < ? AND coalesce(gerealiseerd_op, afgewezen_op, ?) >= ?
        ORDER BY aangemaakt_op, nummer`,
    )
    .all(einde, einde, begin) as {
    nummer: string;
    titel: string;
    status: string;
    termijnOp: number;
    gerealiseerdOp: number | null;
    opTijd: number | null;
    effect: string | null;
  }[];
  return rijen.map((r) => ({
    ...r,
    status: VERBETERACTIE_STATUS_TEKST[r.status] ? label(taal, VERBETERACTIE_STATUS_TEKST[r.status]!, `leerlogboek:verbetering.toestand.${r.status}`) : r.status,
    opTijd: r.opTijd === null ? null : r.opTijd === 1,
    effect: r.effect ? (EFFECT_TEKST[r.effect] ? label(taal, EFFECT_TEKST[r.effect]!, `statistiek:jaarverslag.effect.${r.effect}`) : r.effect) : null,
  }));
}

function afdelingNamen(): Map<number, string> {
  const { sqlite } = getDatabase();
  const m = new Map<number, string>();
  for (const r of sqlite.prepare(`SELECT id, naam FROM afdelingen`).all() as { id: number; naam: string }[]) m.set(r.id, r.naam);
  return m;
}

export interface Jaarverslag {
  jaar: number;
  vorigJaar: number;
  beschikbareJaren: number[];
  /** Zijn er in dit jaar klachten ontvangen? */
  heeftKlachten: boolean;
  cijfers: JaarCijfers;
  vorig: JaarCijfers;
  /** Secties in volgorde; `id` voor ankers op de pagina. */
  secties: (Tabel & { id: string; toelichting?: string })[];
}

const rond1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);
const pct = (n: number | null): number | null => (n === null ? null : Math.round(n * 1000) / 10);
const deel = (a: number, totaal: number): number | null => (totaal > 0 ? a / totaal : null);

/** Het volledige verslag van `jaar`, met `jaar - 1` ernaast, in `taal` (de aantallen zijn gelijk). */
export function jaarverslag(jaar: number, taal: Taal = "nl"): Jaarverslag {
  const c = jaarCijfers(jaar);
  const v = jaarCijfers(jaar - 1);
  const J = String(jaar);
  const V = String(jaar - 1);
  const t = jv(taal);
  const jaren = { jaar: J, vorig: V };
  const rij = (k: string) => t(`rij.${k}`);

  const kerncijferKolommen = [
    { sleutel: "onderwerp", kop: t("kolom.onderwerp") },
    { sleutel: "jaar", kop: J, soort: "getal" as const },
    { sleutel: "vorig", kop: V, soort: "getal" as const },
  ];
  const verdelingKolommen = (eerste: string) => [
    { sleutel: "onderwerp", kop: eerste },
    { sleutel: "jaar", kop: t("kolom.aantal", { jaar: J }), soort: "getal" as const },
    { sleutel: "jaarAandeel", kop: t("kolom.aandeel", { jaar: J }), soort: "percentage" as const },
    { sleutel: "vorig", kop: t("kolom.aantal", { jaar: V }), soort: "getal" as const },
    { sleutel: "vorigAandeel", kop: t("kolom.aandeel", { jaar: V }), soort: "percentage" as const },
  ];
  const verdelingRij = (onderwerp: string, a: number, b: number): Record<string, Celwaarde> => ({
    onderwerp,
    jaar: a,
    jaarAandeel: deel(a, c.ontvangen),
    vorig: b,
    vorigAandeel: deel(b, v.ontvangen),
  });
  const totaalRij = verdelingRij(rij("totaalOntvangen"), c.ontvangen, v.ontvangen);

  const lessen = lessenVanJaar(jaar, taal);
  const acties = verbeteractiesVanJaar(jaar, taal);
  const actiesVorig = verbeteractiesVanJaar(jaar - 1, taal);

  const afdelingen = afdelingNamen();
  const afdelingIds = [...new Set([...c.perAfdeling.keys(), ...v.perAfdeling.keys()])];
  const afdelingRijen = afdelingIds
    .map((id) => ({ id, naam: id === 0 ? t("nietToegewezen") : (afdelingen.get(id) ?? t("afdelingNr", { id })) }))
    .sort((a, b) => (c.perAfdeling.get(b.id) ?? 0) - (c.perAfdeling.get(a.id) ?? 0) || a.naam.localeCompare(b.naam, taal))
    .map((a) => verdelingRij(a.naam, c.perAfdeling.get(a.id) ?? 0, v.perAfdeling.get(a.id) ?? 0));

  const kanalen = [...new Set([...Object.keys(KANAAL_TEKST), ...c.perKanaal.keys(), ...v.perKanaal.keys()])];
  const kanaalRijen = kanalen.map((k) =>
    verdelingRij(
      KANAAL_TEKST[k as KlachtKanaal] ? label(taal, KANAAL_TEKST[k as KlachtKanaal], `afspraken:kanaal.${k}`) : k,
      c.perKanaal.get(k) ?? 0,
      v.perKanaal.get(k) ?? 0,
    ),
  );
  const groep = (g: string) => {
    const i = (NORM_GROEPEN as readonly string[]).indexOf(g);
    return i < 0 ? g : label(taal, g, `leerlogboek:groep.${GROEP_SLEUTEL[i]}`);
  };
  const uitkomst = (u: Uitkomst) => label(taal, UITKOMST_TEKST[u], `statistiek:jaarverslag.uitkomst.${u}`);
  const sectie = (id: string, metVorig = true) => ({
    id,
    naam: t(`sectie.${id}.naam`),
    titel: t(metVorig ? "titelJaren" : "titelJaar", { wat: t(`sectie.${id}.naam`), ...jaren }),
  });

  const secties: Jaarverslag["secties"] = [
    {
      ...sectie("ontvangst"),
      toelichting: t("sectie.ontvangst.toelichting"),
      kolommen: kerncijferKolommen,
      rijen: [
        { onderwerp: rij("totaalOntvangen"), jaar: c.ontvangen, vorig: v.ontvangen },
        { onderwerp: rij("schriftelijk"), jaar: c.schriftelijk, vorig: v.schriftelijk },
        { onderwerp: rij("mondeling"), jaar: c.mondeling, vorig: v.mondeling },
      ],
    },
    {
      ...sectie("oordeel"),
      titel: t("titelJaren", { wat: t("sectie.oordeel.kop"), ...jaren }),
      toelichting: t("sectie.oordeel.toelichting"),
      kolommen: verdelingKolommen(t("kolom.afloopOordeel")),
      rijen: [...UITKOMSTEN.map((u) => verdelingRij(uitkomst(u), c.uitkomst[u], v.uitkomst[u])), totaalRij],
    },
    {
      ...sectie("normen"),
      titel: t("titelJaren", { wat: t("sectie.normen.kop"), ...jaren }),
      toelichting: t("sectie.normen.toelichting"),
      kolommen: [
        { sleutel: "nr", kop: t("kolom.nr"), soort: "getal" },
        { sleutel: "groep", kop: t("kolom.groep") },
        ...verdelingKolommen(t("kolom.norm")),
      ],
      rijen: BEHOORLIJKHEIDSNORMEN.map((n) => ({
        nr: n.nr,
        groep: groep(n.groep),
        ...verdelingRij(label(taal, n.naam, `klachten:norm.${n.nr}`), c.perNorm.get(n.nr) ?? 0, v.perNorm.get(n.nr) ?? 0),
      })),
    },
    {
      ...sectie("afdelingen"),
      titel: t("titelJaren", { wat: t("sectie.afdelingen.kop"), ...jaren }),
      kolommen: verdelingKolommen(t("kolom.afdeling")),
      rijen: [...afdelingRijen, totaalRij],
    },
    {
      ...sectie("kanalen"),
      titel: t("titelJaren", { wat: t("sectie.kanalen.kop"), ...jaren }),
      kolommen: verdelingKolommen(t("kolom.kanaal")),
      rijen: [...kanaalRijen, totaalRij],
    },
    {
      ...sectie("behandeling"),
      toelichting: t("sectie.behandeling.toelichting"),
      kolommen: kerncijferKolommen,
      rijen: [
        { onderwerp: rij("afgerond"), jaar: c.afgerond, vorig: v.afgerond },
        { onderwerp: rij("binnenTermijn"), jaar: c.binnenTermijn, vorig: v.binnenTermijn },
        { onderwerp: rij("aandeelBinnenTermijn"), jaar: pct(c.aandeelBinnenTermijn), vorig: pct(v.aandeelBinnenTermijn) },
        { onderwerp: rij("mediaan"), jaar: rond1(c.mediaanDagen), vorig: rond1(v.mediaanDagen) },
        { onderwerp: rij("gemiddeld"), jaar: rond1(c.gemiddeldeDagen), vorig: rond1(v.gemiddeldeDagen) },
        { onderwerp: rij("verdaagd"), jaar: c.verdaagd, vorig: v.verdaagd },
        { onderwerp: rij("uitgesteld"), jaar: c.uitgesteld, vorig: v.uitgesteld },
        { onderwerp: uitkomst("informeel"), jaar: c.uitkomst.informeel, vorig: v.uitkomst.informeel },
        { onderwerp: uitkomst("niet_in_behandeling"), jaar: c.uitkomst.niet_in_behandeling, vorig: v.uitkomst.niet_in_behandeling },
        { onderwerp: rij("ombudsman"), jaar: c.ombudsman, vorig: v.ombudsman },
        { onderwerp: uitkomst("open"), jaar: c.uitkomst.open, vorig: v.uitkomst.open },
      ],
    },
    {
      ...sectie("leren"),
      kolommen: kerncijferKolommen,
      rijen: [
        { onderwerp: rij("metLes"), jaar: c.metLes, vorig: v.metLes },
        { onderwerp: rij("aandeelMetLes"), jaar: pct(c.aandeelMetLes), vorig: pct(v.aandeelMetLes) },
        { onderwerp: rij("lessen"), jaar: c.lessen, vorig: v.lessen },
        { onderwerp: rij("actiesLopend"), jaar: acties.length, vorig: actiesVorig.length },
        {
          onderwerp: rij("actiesGerealiseerd"),
          jaar: gerealiseerdIn(acties, jaar),
          vorig: gerealiseerdIn(actiesVorig, jaar - 1),
        },
        { onderwerp: rij("complimenten"), jaar: c.complimenten, vorig: v.complimenten },
      ],
    },
    {
      ...sectie("lessen", false),
      titel: t("titelJaar", { wat: t("sectie.lessen.kop"), ...jaren }),
      toelichting: t("sectie.lessen.toelichting"),
      kolommen: [
        { sleutel: "nummer", kop: t("kolom.nummer") },
        { sleutel: "titel", kop: t("kolom.titel") },
        { sleutel: "les", kop: t("kolom.les") },
        { sleutel: "processtap", kop: t("kolom.processtap") },
        { sleutel: "normen", kop: t("kolom.normen") },
      ],
      rijen: lessen.map((l) => ({ ...l })),
    },
    {
      ...sectie("verbeteracties", false),
      toelichting: t("sectie.verbeteracties.toelichting"),
      kolommen: [
        { sleutel: "nummer", kop: t("kolom.nummer") },
        { sleutel: "titel", kop: t("kolom.titel") },
        { sleutel: "status", kop: t("kolom.status") },
        { sleutel: "termijnOp", kop: t("kolom.termijnOp"), soort: "datum" },
        { sleutel: "gerealiseerdOp", kop: t("kolom.gerealiseerdOp"), soort: "datum" },
        { sleutel: "opTijd", kop: t("kolom.opTijd") },
        { sleutel: "effect", kop: t("kolom.effect") },
      ],
      rijen: acties.map((a) => ({ ...a, opTijd: a.opTijd === null ? "—" : t(a.opTijd ? "ja" : "nee"), effect: a.effect ?? t("nietGeevalueerd") })),
    },
  ];

  return {
    jaar,
    vorigJaar: jaar - 1,
    beschikbareJaren: jarenMetKlachten(),
    heeftKlachten: c.ontvangen > 0,
    cijfers: c,
    vorig: v,
    secties,
  };
}

function gerealiseerdIn(acties: Verbeteractie[], jaar: number): number {
  const [begin, einde] = jaarGrenzen(jaar);
  return acties.filter((a) => a.gerealiseerdOp !== null && a.gerealiseerdOp >= begin && a.gerealiseerdOp < einde).length;
}

/** `?jaar=` → jaartal, of een fout in `taal` (standaard Nederlands). Leeg → het laatste volledige jaar. */
export function leesJaar(url: URL, taal: Taal = "nl"): { jaar: number; fout: string | null } {
  const ruw = url.searchParams.get("jaar");
  const standaard = laatsteVolledigeJaar();
  if (ruw === null || ruw.trim() === "") return { jaar: standaard, fout: null };
  if (!/^\d{4}$/.test(ruw.trim())) return { jaar: standaard, fout: vertaal(taal, "statistiek:fout.jaar", { ruw: ruw.slice(0, 20) }) };
  const jaar = Number(ruw.trim());
  if (jaar < JAAR_MIN || jaar > JAAR_MAX) return { jaar: standaard, fout: vertaal(taal, "statistiek:fout.jaarBereik", { min: JAAR_MIN, max: JAAR_MAX }) };
  return { jaar, fout: null };
}

/** De tabellen van de download: een verantwoording en daarna één tabel per onderdeel van het verslag. */
export function jaarverslagTabellen(jaar: number, taal: Taal = "nl"): Tabel[] {
  const v = jaarverslag(jaar, taal);
  const t = jv(taal);
  const p = lokaleDelen(now());
  const peildatum = `${String(p.dag).padStart(2, "0")}-${String(p.maand).padStart(2, "0")}-${p.jaar}`;
  const verantwoording: Tabel = {
    naam: t("download.naam"),
    titel: t("titel", { jaar }),
    kolommen: [
      { sleutel: "onderwerp", kop: t("kolom.onderwerp") },
      { sleutel: "waarde", kop: t("kolom.toelichting") },
    ],
    rijen: [
      { onderwerp: t("download.verslag"), waarde: t("download.verslagWaarde", { jaar, vorigJaar: jaar - 1 }) },
      { onderwerp: t("download.grondslag"), waarde: t("download.grondslagWaarde") },
      { onderwerp: t("download.afbakening"), waarde: t("download.afbakeningWaarde", { jaar }) },
      { onderwerp: t("download.peildatum"), waarde: peildatum },
      { onderwerp: t("download.persoonsgegevens"), waarde: t("download.persoonsgegevensWaarde") },
    ],
  };
  return [verantwoording, ...v.secties.map(({ id: _id, toelichting: _t, ...tabel }) => tabel)];
}
