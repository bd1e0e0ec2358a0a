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
import { BEHOORLIJKHEIDSNORMEN, KANAAL_TEKST, OORDEEL_TEKST, normNaam, type KlachtKanaal } from "../../../workflows/klacht/recht";
import { dagVanDatum, instantVanLokaleDag, lokaleDelen } from "../../domain/kalender/tijd";
import { now } from "../../platform/clock";
import type { Celwaarde, Tabel } from "../../platform/export/tabel";

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

export function lessenVanJaar(jaar: number): Les[] {
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
    processtap: PROCESSTAP_TEKST[r.processtap] ?? r.processtap,
    normen: (r.normen ?? "")
      .split(",")
      .filter(Boolean)
      .map(Number)
      .sort((a, b) => a - b)
      .map((n) => `${n}. ${normNaam(n)}`)
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
export function verbeteractiesVanJaar(jaar: number): Verbeteractie[] {
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
    status: VERBETERACTIE_STATUS_TEKST[r.status] ?? r.status,
    opTijd: r.opTijd === null ? null : r.opTijd === 1,
    effect: r.effect ? (EFFECT_TEKST[r.effect] ?? r.effect) : null,
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

/** Het volledige verslag van `jaar`, met `jaar - 1` ernaast. */
export function jaarverslag(jaar: number): Jaarverslag {
  const c = jaarCijfers(jaar);
  const v = jaarCijfers(jaar - 1);
  const J = String(jaar);
  const V = String(jaar - 1);

  const kerncijferKolommen = [
    { sleutel: "onderwerp", kop: "Onderwerp" },
    { sleutel: "jaar", kop: J, soort: "getal" as const },
    { sleutel: "vorig", kop: V, soort: "getal" as const },
  ];
  const verdelingKolommen = (eerste: string) => [
    { sleutel: "onderwerp", kop: eerste },
    { sleutel: "jaar", kop: `Aantal ${J}`, soort: "getal" as const },
    { sleutel: "jaarAandeel", kop: `Aandeel ${J}`, soort: "percentage" as const },
    { sleutel: "vorig", kop: `Aantal ${V}`, soort: "getal" as const },
    { sleutel: "vorigAandeel", kop: `Aandeel ${V}`, soort: "percentage" as const },
  ];
  const verdelingRij = (onderwerp: string, a: number, b: number): Record<string, Celwaarde> => ({
    onderwerp,
    jaar: a,
    jaarAandeel: deel(a, c.ontvangen),
    vorig: b,
    vorigAandeel: deel(b, v.ontvangen),
  });
  const totaalRij = verdelingRij("Totaal ontvangen", c.ontvangen, v.ontvangen);

  const lessen = lessenVanJaar(jaar);
  const acties = verbeteractiesVanJaar(jaar);
  const actiesVorig = verbeteractiesVanJaar(jaar - 1);

  const afdelingen = afdelingNamen();
  const afdelingIds = [...new Set([...c.perAfdeling.keys(), ...v.perAfdeling.keys()])];
  const afdelingRijen = afdelingIds
    .map((id) => ({ id, naam: id === 0 ? "Niet toegewezen" : (afdelingen.get(id) ?? `Afdeling ${id}`) }))
    .sort((a, b) => (c.perAfdeling.get(b.id) ?? 0) - (c.perAfdeling.get(a.id) ?? 0) || a.naam.localeCompare(b.naam, "nl"))
    .map((a) => verdelingRij(a.naam, c.perAfdeling.get(a.id) ?? 0, v.perAfdeling.get(a.id) ?? 0));

  const kanalen = [...new Set([...Object.keys(KANAAL_TEKST), ...c.perKanaal.keys(), ...v.perKanaal.keys()])];
  const kanaalRijen = kanalen.map((k) =>
    verdelingRij(KANAAL_TEKST[k as KlachtKanaal] ?? k, c.perKanaal.get(k) ?? 0, v.perKanaal.get(k) ?? 0),
  );

  const secties: Jaarverslag["secties"] = [
    {
      id: "ontvangst",
      naam: "Ontvangen klachten",
      titel: `Ontvangen klachten ${J} en ${V}`,
      toelichting: "Klachten die in het kalenderjaar zijn ontvangen. Mondeling: via telefoon, balie of chat ingediend en niet op schrift gesteld (art. 9:1 en 9:4 Awb).",
      kolommen: kerncijferKolommen,
      rijen: [
        { onderwerp: "Totaal ontvangen", jaar: c.ontvangen, vorig: v.ontvangen },
        { onderwerp: "Schriftelijk ingediend", jaar: c.schriftelijk, vorig: v.schriftelijk },
        { onderwerp: "Mondeling ingediend", jaar: c.mondeling, vorig: v.mondeling },
      ],
    },
    {
      id: "oordeel",
      naam: "Oordeel",
      titel: `Afloop en oordeel ${J} en ${V}`,
      toelichting: "Stand op dit moment van de klachten die in het jaar zijn ontvangen.",
      kolommen: verdelingKolommen("Afloop / oordeel"),
      rijen: [...UITKOMSTEN.map((u) => verdelingRij(UITKOMST_TEKST[u], c.uitkomst[u], v.uitkomst[u])), totaalRij],
    },
    {
      id: "normen",
      naam: "Behoorlijkheidsnormen",
      titel: `Geschonden behoorlijkheidsnormen ${J} en ${V}`,
      toelichting:
        "De behoorlijkheidsnormen van de Nationale ombudsman die bij (deels) gegronde klachten geschonden bleken. Eén klacht kan meer normen raken; het aandeel is ten opzichte van alle ontvangen klachten.",
      kolommen: [
        { sleutel: "nr", kop: "Nr.", soort: "getal" },
        { sleutel: "groep", kop: "Groep" },
        ...verdelingKolommen("Behoorlijkheidsnorm"),
      ],
      rijen: BEHOORLIJKHEIDSNORMEN.map((n) => ({
        nr: n.nr,
        groep: n.groep,
        ...verdelingRij(n.naam, c.perNorm.get(n.nr) ?? 0, v.perNorm.get(n.nr) ?? 0),
      })),
    },
    {
      id: "afdelingen",
      naam: "Afdelingen",
      titel: `Klachten per afdeling ${J} en ${V}`,
      kolommen: verdelingKolommen("Afdeling"),
      rijen: [...afdelingRijen, totaalRij],
    },
    {
      id: "kanalen",
      naam: "Kanalen",
      titel: `Klachten per kanaal ${J} en ${V}`,
      kolommen: verdelingKolommen("Kanaal"),
      rijen: [...kanaalRijen, totaalRij],
    },
    {
      id: "behandeling",
      naam: "Behandeling",
      titel: `Behandeling ${J} en ${V}`,
      toelichting:
        "Behandelduur in kalenderdagen van ontvangst tot afronding (conclusie, informele oplossing of bericht van niet-behandeling). De wettelijke termijn is zes weken, tien weken met een klachtadviescommissie (art. 9:11 lid 1), eventueel verdaagd met ten hoogste vier weken (art. 9:11 lid 2) en verder uitgesteld met schriftelijke instemming van de klager.",
      kolommen: kerncijferKolommen,
      rijen: [
        { onderwerp: "Afgerond", jaar: c.afgerond, vorig: v.afgerond },
        { onderwerp: "Binnen de termijn afgerond", jaar: c.binnenTermijn, vorig: v.binnenTermijn },
        { onderwerp: "Aandeel binnen de termijn (%)", jaar: pct(c.aandeelBinnenTermijn), vorig: pct(v.aandeelBinnenTermijn) },
        { onderwerp: "Mediane behandelduur (dagen)", jaar: rond1(c.mediaanDagen), vorig: rond1(v.mediaanDagen) },
        { onderwerp: "Gemiddelde behandelduur (dagen)", jaar: rond1(c.gemiddeldeDagen), vorig: rond1(v.gemiddeldeDagen) },
        { onderwerp: "Verdaagd (art. 9:11 lid 2)", jaar: c.verdaagd, vorig: v.verdaagd },
        { onderwerp: "Verder uitgesteld met instemming klager", jaar: c.uitgesteld, vorig: v.uitgesteld },
        { onderwerp: "Naar tevredenheid opgelost (art. 9:5)", jaar: c.uitkomst.informeel, vorig: v.uitkomst.informeel },
        { onderwerp: "Niet in behandeling genomen (art. 9:8)", jaar: c.uitkomst.niet_in_behandeling, vorig: v.uitkomst.niet_in_behandeling },
        { onderwerp: "Doorgezet naar de ombudsman", jaar: c.ombudsman, vorig: v.ombudsman },
        { onderwerp: "Nog in behandeling", jaar: c.uitkomst.open, vorig: v.uitkomst.open },
      ],
    },
    {
      id: "leren",
      naam: "Leren en complimenten",
      titel: `Leren en complimenten ${J} en ${V}`,
      kolommen: kerncijferKolommen,
      rijen: [
        { onderwerp: "Klachten met een vastgelegde les", jaar: c.metLes, vorig: v.metLes },
        { onderwerp: "Aandeel klachten met een les (%)", jaar: pct(c.aandeelMetLes), vorig: pct(v.aandeelMetLes) },
        { onderwerp: "Lessen vastgelegd in het leerlogboek", jaar: c.lessen, vorig: v.lessen },
        { onderwerp: "Verbeteracties lopend in het jaar", jaar: acties.length, vorig: actiesVorig.length },
        {
          onderwerp: "Verbeteracties gerealiseerd in het jaar",
          jaar: gerealiseerdIn(acties, jaar),
          vorig: gerealiseerdIn(actiesVorig, jaar - 1),
        },
        { onderwerp: "Complimenten ontvangen", jaar: c.complimenten, vorig: v.complimenten },
      ],
    },
    {
      id: "lessen",
      naam: "Lessen",
      titel: `Lessen uit het leerlogboek ${J}`,
      toelichting: "Het leerlogboek is blameless: het beschrijft processen, geen personen.",
      kolommen: [
        { sleutel: "nummer", kop: "Nummer" },
        { sleutel: "titel", kop: "Titel" },
        { sleutel: "les", kop: "Les" },
        { sleutel: "processtap", kop: "Processtap" },
        { sleutel: "normen", kop: "Behoorlijkheidsnormen" },
      ],
      rijen: lessen.map((l) => ({ ...l })),
    },
    {
      id: "verbeteracties",
      naam: "Verbeteracties",
      titel: `Verbeteracties ${J}`,
      toelichting: "Verbeteracties die in het jaar liepen: gestart vóór het einde van het jaar en niet al eerder afgerond of afgewezen.",
      kolommen: [
        { sleutel: "nummer", kop: "Nummer" },
        { sleutel: "titel", kop: "Titel" },
        { sleutel: "status", kop: "Status" },
        { sleutel: "termijnOp", kop: "Uiterste datum", soort: "datum" },
        { sleutel: "gerealiseerdOp", kop: "Gerealiseerd op", soort: "datum" },
        { sleutel: "opTijd", kop: "Op tijd gerealiseerd" },
        { sleutel: "effect", kop: "Effect" },
      ],
      rijen: acties.map((a) => ({ ...a, opTijd: a.opTijd === null ? "—" : a.opTijd ? "ja" : "nee", effect: a.effect ?? "nog niet geëvalueerd" })),
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

/** `?jaar=` → jaartal, of een Nederlandse fout. Leeg → het laatste volledige jaar. */
export function leesJaar(url: URL): { jaar: number; fout: string | null } {
  const ruw = url.searchParams.get("jaar");
  const standaard = laatsteVolledigeJaar();
  if (ruw === null || ruw.trim() === "") return { jaar: standaard, fout: null };
  if (!/^\d{4}$/.test(ruw.trim())) return { jaar: standaard, fout: `"${ruw.slice(0, 20)}" is geen jaartal. Kies een jaar uit de lijst.` };
  const jaar = Number(ruw.trim());
  if (jaar < JAAR_MIN || jaar > JAAR_MAX) return { jaar: standaard, fout: `Kies een jaar tussen ${JAAR_MIN} en ${JAAR_MAX}.` };
  return { jaar, fout: null };
}



/** De tabellen van de download: een verantwoording en daarna één tabel per onderdeel van het verslag. */
export function jaarverslagTabellen(jaar: number): Tabel[] {
  const v = jaarverslag(jaar);
  const p = lokaleDelen(now());
  const peildatum = `${String(p.dag).padStart(2, "0")}-${String(p.maand).padStart(2, "0")}-${p.jaar}`;
  const verantwoording: Tabel = {
    naam: "Verantwoording",
    titel: `Jaarverslag klachten ${jaar}`,
    kolommen: [
      { sleutel: "onderwerp", kop: "Onderwerp" },
      { sleutel: "waarde", kop: "Toelichting" },
    ],
    rijen: [
      { onderwerp: "Verslag", waarde: `Jaarverslag klachten ${jaar} (met ${jaar - 1} ter vergelijking)` },
      { onderwerp: "Wettelijke grondslag", waarde: "Artikel 9:12a Algemene wet bestuursrecht: registratie en jaarlijkse publicatie van klachten" },
      { onderwerp: "Afbakening", waarde: `Klachten ontvangen van 1 januari tot en met 31 december ${jaar}, schriftelijk en mondeling` },
      { onderwerp: "Peildatum", waarde: peildatum },
      { onderwerp: "Persoonsgegevens", waarde: "Geen: het verslag bevat geen namen van inwoners of medewerkers" },
    ],
  };
  return [verantwoording, ...v.secties.map(({ id: _id, toelichting: _t, ...t }) => t)];
}
