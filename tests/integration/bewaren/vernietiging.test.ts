/**
 * Retention and destruction with a frozen clock (issue 17 part 2): what is past its term is listed, held-back
 * items stay, nothing goes without approval, and after approval the personal data and the attachment files are
 * gone — from the tables, the full-text index and the raw database file — while the statistics stay the same and
 * the signed declaration verifies.
 */
import { describe, expect, it, beforeAll } from "vitest";
import { mkdtempSync, readFileSync, existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { registreerKlacht, voerStapUit, notitieToevoegen, zoekKlachten, type KlachtInvoer } from "../../../app/features/klachten/klachten.server";
import { bewaarBijlage, bijlagenMap } from "../../../app/features/klachten/bijlagen.server";
import { maakTerugbelafspraak, terugbelStap } from "../../../app/features/terugbellen/terugbel.server";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { jaarCijfers } from "../../../app/features/statistiek/jaarverslag.server";
import { herbouwStatistiek, STAT_TABELLEN } from "../../../app/features/statistiek/herbouw.server";
import { stelLijstOp, houdAan, keurGoed, lijst, maandelijkseLijst } from "../../../app/features/bewaren/vernietiging.server";
import { controleer } from "../../../app/features/bewaren/handtekening.server";
import { bewaarTermijnen, bewaartermijnen } from "../../../app/features/bewaren/termijnen.server";
import { gebruiker } from "../afspraken/helpers";

process.env.AFSPRAAK_BIJLAGEN = mkdtempSync(path.join(os.tmpdir(), "afspraak-bewaren-"));
const { sqlite } = getDatabase();
const ruben = gebruiker("ruben@voorbeeld.nl");
const fatima = gebruiker("fatima@voorbeeld.nl");
const gerda = gebruiker("gerda@voorbeeld.nl");

// unique strings that must be gone from the database file afterwards
const NAAM_KLACHT = "Zwanetta Qwertyhuis";
const TEL_KLACHT = "+31687651234";
const NAAM_BEL = "Gijsbertha Plofmans";
const TEL_BEL = "06-12987634";
const NAAM_AANGEHOUDEN = "Hendrikus Bezwaarsma";
const NAAM_JONG = "Corneliske Vroegsluiter";
const BIJLAGE_TEKST = "Bijlage-inhoud-Qwertyhuis-7781";

function klachtInvoer(naam: string, tel: string): KlachtInvoer {
  return {
    ontvangenDatum: "2024-03-04",
    kanaal: "post",
    schriftelijk: true,
    klagerSoort: "persoon",
    klagerNaam: naam,
    klagerOrganisatie: null,
    klagerAdres: "Retentiestraat 9",
    klagerPostcode: "9999 ZZ",
    klagerWoonplaats: "Voorbeeld",
    klagerTelefoon: tel,
    klagerEmail: null,
    klagerVoorkeurKanaal: "post",
    dagtekening: "2024-03-01",
    omschrijving: `Klacht van ${naam} over de balie.`,
    gedragingDatum: "2024-02-28",
    afdelingId: null,
    beklaagdeIds: [fatima.id],
    beklaagdeOnbekend: false,
    betreftBestuursorgaan: false,
  };
}

/** A complaint withdrawn on `op` (Selectielijst: afgebroken, destroy after 1 year). */
function ingetrokkenKlacht(naam: string, tel: string, op: number): string {
  setNow(op);
  const { id } = registreerKlacht(klachtInvoer(naam, tel), ruben, null);
  const r = voerStapUit(id, laadAfspraakRij(id)!.versie, { type: "INTREKKEN", op, via: "telefoon", reden: null }, ruben, null);
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return id;
}

function geslotenTerugbel(naam: string, tel: string, op: number): string {
  setNow(op);
  const r = maakTerugbelafspraak({ naam, telefoon: tel, email: "", vraag: `Vraag van ${naam} over afval`, kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" }, fatima, null);
  if (!r.ok) throw new Error(JSON.stringify(r));
  const s = terugbelStap(r.id, laadAfspraakRij(r.id)!.versie, "poging", { uitkomst: "bereikt", notitie: `Gesproken met ${naam}` }, fatima, null);
  expect(s.ok, JSON.stringify(s)).toBe(true);
  return r.id;
}

function statistiek(): Record<string, unknown[]> {
  const uit: Record<string, unknown[]> = {};
  for (const t of STAT_TABELLEN)
    uit[t] = (sqlite.prepare(`SELECT * FROM ${t} WHERE aantal <> 0`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
  return uit;
}

function bestandsBytes(): Buffer {
  const db = getDatabase().path;
  const delen = [readFileSync(db)];
  if (existsSync(`${db}-wal`)) delen.push(readFileSync(`${db}-wal`));
  return Buffer.concat(delen);
}

const T_INGETROKKEN = parseTijdstip("2024-03-04T10:00");
const T_JONG = parseTijdstip("2024-09-02T10:00");
const T_PEIL = parseTijdstip("2025-03-10T09:00");

let klachtWeg: string;
let klachtAangehouden: string;
let klachtJong: string;
let belWeg: string;
let belJong: string;
let bijlageId: string;

beforeAll(() => {
  klachtWeg = ingetrokkenKlacht(NAAM_KLACHT, TEL_KLACHT, T_INGETROKKEN);
  setNow(T_INGETROKKEN);
  notitieToevoegen(klachtWeg, `Gebeld met ${NAAM_KLACHT} op ${TEL_KLACHT}`, ruben, null);
  const b = bewaarBijlage(klachtWeg, { naam: "brief.txt", bytes: new TextEncoder().encode(BIJLAGE_TEKST) }, ruben, null);
  if (!b.ok) throw new Error(b.fout);
  bijlageId = b.id;
  klachtAangehouden = ingetrokkenKlacht(NAAM_AANGEHOUDEN, "+31687659999", T_INGETROKKEN);
  klachtJong = ingetrokkenKlacht(NAAM_JONG, "+31687658888", T_JONG);
  belWeg = geslotenTerugbel(NAAM_BEL, TEL_BEL, T_INGETROKKEN);
  belJong = geslotenTerugbel("Jongere Beller", "06-23456789", T_JONG);
  setNow(T_PEIL);
});

describe("vernietigingslijst and destruction", () => {
  it("shows the default terms with their legal basis", () => {
    const t = bewaartermijnen();
    expect(t.find((x) => x.soort === "terugbelafspraak")!.maanden).toBe(12);
    expect(t.find((x) => x.soort === "terugbelafspraak")!.grondslag).toContain("AVG art. 5 lid 1 onder e");
    expect(t.find((x) => x.soort === "bijlage")!.maanden).toBeNull();
  });

  it("lists what is past its term, holds one back, destroys only after approval", () => {
    const r = stelLijstOp(gerda, null);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const { items } = lijst(r.id)!;
    const refs = items.map((i) => i.ref);
    expect(refs).toContain(klachtWeg);
    expect(refs).toContain(klachtAangehouden);
    expect(refs).toContain(belWeg);
    expect(refs).not.toContain(klachtJong);
    expect(refs).not.toContain(belJong);
    // the list's descriptors hold no personal data
    expect(JSON.stringify(items)).not.toContain("Qwertyhuis");
    expect(JSON.stringify(items)).not.toContain("Plofmans");

    // a second list is refused while this one is under review; so is the scheduler's
    const tweede = stelLijstOp(gerda, null);
    expect(tweede.ok).toBe(false);
    if (!tweede.ok) expect(tweede.melding).toContain("wacht nog op beoordeling");
    expect(maandelijkseLijst()?.ok).toBe(false);

    // nothing is destroyed by drawing up the list
    expect((sqlite.prepare("SELECT klager_naam FROM klachten WHERE id = ?").get(klachtWeg) as { klager_naam: string }).klager_naam).toBe(NAAM_KLACHT);
    expect(existsSync(path.join(bijlagenMap(), bijlageId))).toBe(true);

    const item = items.find((i) => i.ref === klachtAangehouden)!;
    let versie = lijst(r.id)!.lijst.versie;
    expect(houdAan(r.id, item.id, versie, "bezwaar", "Bezwaarprocedure loopt nog", gerda, null).ok).toBe(true);
    // a stale version is refused
    expect(houdAan(r.id, item.id, versie, "woo", null, gerda, null)).toMatchObject({ ok: false, status: 409 });
    versie = lijst(r.id)!.lijst.versie;

    // the raw file holds the personal data before (so the check below can fail)
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    const voorBytes = bestandsBytes();
    expect(voorBytes.includes(Buffer.from("Qwertyhuis"))).toBe(true);
    expect(voorBytes.includes(Buffer.from("Plofmans"))).toBe(true);
    expect(zoekKlachten(ruben, { zoek: "Qwertyhuis" }, null).map((k) => k.id)).toContain(klachtWeg);

    const statVoor = statistiek();
    const jaarVoor = jaarCijfers(2024);

    const g = keurGoed(r.id, versie, gerda, "127.0.0.1 req=test");
    expect(g.ok, JSON.stringify(g)).toBe(true);
    if (!g.ok) return;
    expect(g.vernietigd).toBe(items.length - 1);
    expect(g.aangehouden).toBe(1);
    expect(g.bestanden).toEqual({ verwijderd: 1, mislukt: 0 });
    expect(g.vacuum.soort).toBe("direct");

    // personal data gone from the tables and the search index
    const k = sqlite.prepare("SELECT * FROM klachten WHERE id = ?").get(klachtWeg) as Record<string, unknown>;
    expect(k.klager_naam).toBe("[vernietigd]");
    expect(k.klager_telefoon).toBeNull();
    expect(k.omschrijving).toBe("[vernietigd]");
    expect(sqlite.prepare("SELECT count(*) AS n FROM klacht_notities WHERE klacht_id = ?").get(klachtWeg)).toEqual({ n: 0 });
    expect(sqlite.prepare("SELECT count(*) AS n FROM klacht_bijlagen WHERE klacht_id = ?").get(klachtWeg)).toEqual({ n: 0 });
    expect(sqlite.prepare("SELECT count(*) AS n FROM afspraak_gebeurtenissen WHERE afspraak_id IN (?, ?)").get(klachtWeg, belWeg)).toEqual({ n: 0 });
    expect(sqlite.prepare("SELECT count(*) AS n FROM klachten_fts WHERE klacht_id = ?").get(klachtWeg)).toEqual({ n: 0 });
    expect(zoekKlachten(ruben, { zoek: "Qwertyhuis" }, null)).toEqual([]);
    expect(readdirSync(bijlagenMap())).not.toContain(bijlageId);
    const bel = laadAfspraakRij(belWeg)!;
    expect(bel.titel).toBe("Vernietigd na de bewaartermijn");
    expect(bel.snapshot).not.toContain("Plofmans");
    expect(bel.burger_id).toBeNull();

    // ... and from the database file and its WAL
    const naBytes = bestandsBytes();
    for (const s of ["Qwertyhuis", "Zwanetta", "87651234", "Plofmans", "Gijsbertha", "12987634", BIJLAGE_TEKST]) {
      expect(naBytes.includes(Buffer.from(s)), s).toBe(false);
    }
    // the held-back and the younger records are untouched
    expect(naBytes.includes(Buffer.from("Bezwaarsma"))).toBe(true);
    expect((sqlite.prepare("SELECT klager_naam FROM klachten WHERE id = ?").get(klachtAangehouden) as { klager_naam: string }).klager_naam).toBe(NAAM_AANGEHOUDEN);
    expect((sqlite.prepare("SELECT klager_naam FROM klachten WHERE id = ?").get(klachtJong) as { klager_naam: string }).klager_naam).toBe(NAAM_JONG);
    expect(laadAfspraakRij(belJong)!.titel).not.toBe("Vernietigd na de bewaartermijn");

    // statistics: the dashboards' rollups, the annual report and a rebuild from the base tables are unchanged
    expect(statistiek()).toEqual(statVoor);
    expect(jaarCijfers(2024)).toEqual(jaarVoor);
    herbouwStatistiek(sqlite);
    expect(statistiek()).toEqual(statVoor);

    // the signed declaration is stored and verifies; a changed text does not
    const na = lijst(r.id)!.lijst;
    expect(na.status).toBe("uitgevoerd");
    const v = JSON.parse(na.verklaring!) as { vernietigd: { kenmerk: string }[]; aangehouden: { reden: string }[]; goedgekeurdDoor: { naam: string } };
    expect(v.vernietigd).toHaveLength(items.length - 1);
    expect(v.aangehouden).toEqual([expect.objectContaining({ reden: "Bezwaar loopt" })]);
    expect(v.goedgekeurdDoor.naam).toBe(gerda.naam);
    expect(controleer(na.verklaring!, na.handtekening!, na.publieke_sleutel!)).toEqual({ geldig: true });
    expect(controleer(na.verklaring!.replace("Klacht", "Klagt"), na.handtekening!, na.publieke_sleutel!).geldig).toBe(false);

    // audit: list, hold-back, approval and every destroyed record; no personal data in them
    const regels = sqlite.prepare("SELECT actie, details FROM audit_log WHERE actie LIKE 'vernietiging%' ORDER BY id").all() as { actie: string; details: string }[];
    const acties = regels.map((x) => x.actie);
    expect(acties).toContain("vernietigingslijst.opgesteld");
    expect(acties).toContain("vernietigingslijst.aangehouden");
    expect(acties).toContain("vernietigingslijst.goedgekeurd");
    expect(acties.filter((a) => a === "vernietiging.uitgevoerd")).toHaveLength(items.length - 1);
    expect(JSON.stringify(regels)).not.toContain("Qwertyhuis");
    expect(JSON.stringify(regels)).not.toContain("Bezwaarprocedure");

    // an executed list cannot be approved again
    expect(keurGoed(r.id, na.versie, gerda, null)).toMatchObject({ ok: false, status: 409 });
    // the held-back complaint is proposed again on the next list; the destroyed ones are not
    const volgende = stelLijstOp(gerda, null);
    expect(volgende.ok).toBe(true);
    if (volgende.ok) {
      const refs2 = lijst(volgende.id)!.items.map((i) => i.ref);
      expect(refs2).toContain(klachtAangehouden);
      expect(refs2).not.toContain(klachtWeg);
      expect(refs2).not.toContain(belWeg);
    }
  });

  it("the beheerder's terms apply; a stale form is refused", () => {
    const t = bewaartermijnen().find((x) => x.soort === "overdracht")!;
    expect(bewaarTermijnen([{ soort: "overdracht", maanden: 24, versie: t.versie }], gebruiker("laura@voorbeeld.nl"), null)).toEqual({ ok: true });
    expect(bewaartermijnen().find((x) => x.soort === "overdracht")!.maanden).toBe(24);
    expect(bewaarTermijnen([{ soort: "overdracht", maanden: 6, versie: t.versie }], gebruiker("laura@voorbeeld.nl"), null)).toEqual({ ok: false, verouderd: ["overdracht"] });
  });
});
