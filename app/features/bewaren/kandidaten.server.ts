/**
 * What is past its retention term on a given date (peildatum, YYYY-MM-DD in Europe/Amsterdam), per kind. Records
 * already destroyed (an item with status 'vernietigd') are never proposed again. Children of a record on the list
 * (its messages, KTO remarks, attachments) are not listed separately: they go with the record.
 */
import type Database from "better-sqlite3";
import type { BewaarSoort } from "../../../db/schema";
import { BEWAARKLASSE_TEKST, type Bewaarklasse, nlDatum } from "../../../workflows/klacht/recht";
import { isoDatum, dagVanIso, beginVanDag, dagenInMaand } from "../../domain/kalender/tijd";
import { STANDAARD_TERMIJNEN, bewaartermijnen } from "./termijnen.server";

export type ItemSoort = "klacht" | BewaarSoort;

export interface Kandidaat {
  soort: ItemSoort;
  ref: string;
  kenmerk: string;
  grondslag: string;
  afgeslotenOp: number | null;
  vernietigingsdatum: string;
}

export const SOORT_TEKST: Record<ItemSoort, string> = {
  klacht: "Klacht (dossier)",
  terugbelafspraak: "Terugbelafspraak",
  overdracht: "Warme overdracht",
  bericht: "Bericht aan inwoner",
  kto: "Toelichting bij tevredenheidsantwoord",
  bijlage: "Bijlage bij klacht",
};

/** The same calendar date `n` months later (31 Jan + 1 → 28/29 Feb); negative `n` goes back. */
export function plusMaanden(iso: string, n: number): string {
  const [j, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = j * 12 + (m - 1) + n;
  const jaar = Math.floor(t / 12);
  const maand = (t % 12) + 1;
  const dag = Math.min(d, dagenInMaand(jaar, maand));
  return `${String(jaar).padStart(4, "0")}-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}`;
}

/** An instant safely after every closing moment that can be due on `peildatum` with a term of `maanden`. */
function bovengrens(peildatum: string, maanden: number): number {
  return beginVanDag(dagVanIso(plusMaanden(peildatum, -maanden)) + 4);
}

const NIET_VERNIETIGD = (soort: string, ref: string) =>
  `NOT EXISTS (SELECT 1 FROM vernietigingslijst_items vi WHERE vi.soort = '${soort}' AND vi.ref = ${ref} AND vi.status = 'vernietigd')`;

function termijnTekst(maanden: number): string {
  return maanden % 12 === 0 ? `${maanden / 12} jaar` : maanden === 1 ? "1 maand" : `${maanden} maanden`;
}

/**
 * `alleen`: only these records per kind (the re-check at approval: by primary key instead of a scan of everything
 * that is due). Without it, every record past its term.
 */
export function kandidaten(sqlite: Database.Database, peildatum: string, alleen?: Map<ItemSoort, string[]>): Kandidaat[] {
  const uit: Kandidaat[] = [];
  const mee = (soort: ItemSoort) => !alleen || (alleen.get(soort)?.length ?? 0) > 0;
  const filter = (soort: ItemSoort, kolom: string) =>
    alleen ? `AND ${kolom} IN (SELECT value FROM json_each('${JSON.stringify(alleen.get(soort) ?? []).replace(/'/g, "''")}'))` : "";
  const termijn = new Map(bewaartermijnen().map((t) => [t.soort, t.maanden]));

  // complaints: the Selectielijst date computed on the complaint, once the dossier is closed
  const klachten = (
    !mee("klacht")
      ? []
      : sqlite
          .prepare(
            `SELECT k.id, k.nummer, k.bewaarklasse, k.vernietigingsdatum, k.afgesloten_op FROM klachten k JOIN afspraken a ON a.id = k.id
       WHERE k.vernietigingsdatum IS NOT NULL AND k.vernietigingsdatum <= ? AND a.open = 0 AND ${NIET_VERNIETIGD("klacht", "k.id")} ${filter(
              "klacht",
              "k.id"
            )}
       ORDER BY k.vernietigingsdatum, k.nummer`
          )
          .all(peildatum)
  ) as {
    id: string;
    nummer: string;
    bewaarklasse: Bewaarklasse | null;
    vernietigingsdatum: string;
    afgesloten_op: number | null;
  }[];
  for (const k of klachten) {
    uit.push({
      soort: "klacht",
      ref: k.id,
      kenmerk: `Klacht ${k.nummer}`,
      grondslag: k.bewaarklasse ? BEWAARKLASSE_TEKST[k.bewaarklasse] : "Selectielijst 2020, procestype 13",
      afgeslotenOp: k.afgesloten_op,
      vernietigingsdatum: k.vernietigingsdatum,
    });
  }
  const klachtIds = new Set(klachten.map((k) => k.id));

  // callbacks and handovers: N months after closing
  const afspraakIds = new Set<string>();
  for (const soort of ["terugbelafspraak", "overdracht"] as const) {
    const n = termijn.get(soort);
    if (n == null || !mee(soort)) continue;
    const rijen = sqlite
      .prepare(
        `SELECT id, gesloten_op FROM afspraken WHERE soort = ? AND open = 0 AND gesloten_op IS NOT NULL AND gesloten_op < ?
         AND ${NIET_VERNIETIGD(soort, "afspraken.id")} ${filter(soort, "afspraken.id")} ORDER BY gesloten_op`
      )
      .all(soort, bovengrens(peildatum, n)) as {
      id: string;
      gesloten_op: number;
    }[];
    for (const r of rijen) {
      const datum = plusMaanden(isoDatum(r.gesloten_op), n);
      if (datum > peildatum) continue;
      afspraakIds.add(r.id);
      uit.push({
        soort,
        ref: r.id,
        kenmerk: `${SOORT_TEKST[soort]} ${r.id.slice(0, 8)} (gesloten ${nlDatum(isoDatum(r.gesloten_op))})`,
        grondslag: `${termijnTekst(n)} ${STANDAARD_TERMIJNEN[soort].vanaf}; ${STANDAARD_TERMIJNEN[soort].grondslag.split(". ")[0]}`,
        afgeslotenOp: r.gesloten_op,
        vernietigingsdatum: datum,
      });
    }
  }

  // messages to citizens outside complaints: N months after their commitment closed
  const nBericht = termijn.get("bericht");
  if (nBericht != null && mee("bericht")) {
    const rijen = sqlite
      .prepare(
        `SELECT b.id, b.soort, b.afspraak_id, a.gesloten_op FROM burgerberichten b JOIN afspraken a ON a.id = b.afspraak_id
         WHERE a.soort <> 'klacht' AND a.open = 0 AND a.gesloten_op IS NOT NULL AND a.gesloten_op < ?
           AND b.status IN ('verzonden', 'opgegeven', 'onzeker') ${filter("bericht", "CAST(b.id AS TEXT)")} ORDER BY a.gesloten_op, b.id`
      )
      .all(bovengrens(peildatum, nBericht)) as {
      id: number;
      soort: string;
      afspraak_id: string;
      gesloten_op: number;
    }[];
    for (const r of rijen) {
      if (afspraakIds.has(r.afspraak_id)) continue;
      const datum = plusMaanden(isoDatum(r.gesloten_op), nBericht);
      if (datum > peildatum) continue;
      uit.push({
        soort: "bericht",
        ref: String(r.id),
        kenmerk: `Bericht ${r.id} (${r.soort})`,
        grondslag: `${termijnTekst(nBericht)} ${STANDAARD_TERMIJNEN.bericht.vanaf}; ${STANDAARD_TERMIJNEN.bericht.grondslag.split(". ")[0]}`,
        afgeslotenOp: r.gesloten_op,
        vernietigingsdatum: datum,
      });
    }
  }

  // KTO remarks: N months after the answer (the score stays)
  const nKto = termijn.get("kto");
  if (nKto != null && mee("kto")) {
    const rijen = sqlite
      .prepare(
        `SELECT id, afspraak_id, beantwoord_op FROM kto_uitnodigingen WHERE opmerking IS NOT NULL AND beantwoord_op IS NOT NULL AND beantwoord_op < ?
         ${filter("kto", "CAST(id AS TEXT)")} ORDER BY beantwoord_op`
      )
      .all(bovengrens(peildatum, nKto)) as {
      id: number;
      afspraak_id: string;
      beantwoord_op: number;
    }[];
    for (const r of rijen) {
      if (afspraakIds.has(r.afspraak_id) || klachtIds.has(r.afspraak_id)) continue;
      const datum = plusMaanden(isoDatum(r.beantwoord_op), nKto);
      if (datum > peildatum) continue;
      uit.push({
        soort: "kto",
        ref: String(r.id),
        kenmerk: `Tevredenheidsantwoord ${r.id} (${nlDatum(isoDatum(r.beantwoord_op))})`,
        grondslag: `${termijnTekst(nKto)} ${STANDAARD_TERMIJNEN.kto.vanaf}; ${STANDAARD_TERMIJNEN.kto.grondslag.split(". ")[0]}`,
        afgeslotenOp: r.beantwoord_op,
        vernietigingsdatum: datum,
      });
    }
  }

  // attachments, only when the beheerder set a term shorter than the dossier's
  const nBijlage = termijn.get("bijlage");
  if (nBijlage != null && mee("bijlage")) {
    const rijen = sqlite
      .prepare(
        `SELECT b.id, k.id AS klacht_id, k.nummer, k.afgesloten_op FROM klacht_bijlagen b JOIN klachten k ON k.id = b.klacht_id
         JOIN afspraken a ON a.id = k.id
         WHERE a.open = 0 AND k.afgesloten_op IS NOT NULL AND k.afgesloten_op < ? ${filter("bijlage", "b.id")} ORDER BY k.afgesloten_op, b.id`
      )
      .all(bovengrens(peildatum, nBijlage)) as {
      id: string;
      klacht_id: string;
      nummer: string;
      afgesloten_op: number;
    }[];
    for (const r of rijen) {
      if (klachtIds.has(r.klacht_id)) continue;
      const datum = plusMaanden(isoDatum(r.afgesloten_op), nBijlage);
      if (datum > peildatum) continue;
      uit.push({
        soort: "bijlage",
        ref: r.id,
        kenmerk: `Bijlage ${r.id.slice(0, 8)} bij klacht ${r.nummer}`,
        grondslag: `${termijnTekst(nBijlage)} ${STANDAARD_TERMIJNEN.bijlage.vanaf}; AVG art. 5 lid 1 onder e`,
        afgeslotenOp: r.afgesloten_op,
        vernietigingsdatum: datum,
      });
    }
  }
  return uit;
}
