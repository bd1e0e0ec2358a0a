/**
 * The annual report reads rollups (filled by triggers); this test builds a random data set directly in the base
 * tables (klachten, klacht_normen, feedback, leerlogboek, verbeteracties), also updates rows afterwards (the
 * update triggers), and checks every number of the report against a direct count computed here in JavaScript
 * with Intl's Europe/Amsterdam calendar — an oracle independent of the SQL functions the triggers use.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import {
  jaarCijfers,
  jaarverslag,
  jaarverslagTabellen,
  jarenMetKlachten,
  leesJaar,
  mediaanUitHistogram,
  UITKOMSTEN,
  type Uitkomst,
} from "../../../app/features/statistiek/jaarverslag.server";
import { loader as exportLoader } from "../../../app/routes/regieteam.jaarverslag_.export";
import { loader as paginaLoader } from "../../../app/routes/regieteam.jaarverslag";
import { BEHOORLIJKHEIDSNORMEN } from "../../../workflows/klacht/recht";
import { get, roep } from "./helpers";

const { sqlite } = getDatabase();
const JAAR = 2017;
const DAG = 86_400_000;

// ------------------------------------------------------------------------------------------------ the oracle
const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });
function lokaal(ms: number): { jaar: number; dagnr: number } {
  const [y, m, d] = fmt.format(new Date(ms)).split("-").map(Number) as [number, number, number];
  return { jaar: y, dagnr: Date.UTC(y, m - 1, d) / DAG };
}

// A small deterministic PRNG so a failure is reproducible.
let zaad = 12345;
function rnd(): number {
  zaad = (zaad * 1103515245 + 12345) % 2147483648;
  return zaad / 2147483648;
}
function kies<T>(xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

interface K {
  id: string;
  ontvangenOp: number;
  kanaal: string;
  schriftelijk: boolean;
  afdelingId: number | null;
  teamId: number | null;
  afloop: "open" | "afgehandeld" | "informeel" | "niet_in_behandeling";
  oordeel: string | null;
  afgeslotenOp: number | null;
  binnenTermijn: boolean | null;
  verdaagd: boolean;
  uitstel: boolean;
  ombudsman: boolean;
  les: boolean;
  normen: number[];
  lesLinks: number;
}

const KANALEN = ["telefoon", "e-mail", "balie", "website", "post", "sociale media", "chat"];
const klachten: K[] = [];
let complimenten: { op: number }[] = [];
let afdelingen: { id: number; naam: string }[] = [];
let teams: { id: number; afdelingId: number }[] = [];

function insertKlacht(k: K, nr: number): void {
  sqlite
    .prepare(
      `INSERT INTO klachten (id, nummer, status, ontvangen_op, kanaal, schriftelijk, klager_soort, klager_naam, omschrijving,
         afdeling_id, team_id, termijn_weken, oorspronkelijke_termijn_op, termijn_op, grond_9_8, informeel_op, conclusie_op,
         oordeel, afgesloten_op, afgerond_binnen_termijn, verdaagd_op, uitstel, ombudsman_ingeschakeld_op, les, aangemaakt_op, gewijzigd_op)
       VALUES (?, ?, ?, ?, ?, ?, 'persoon', 'Geheime Klager', 'omschrijving', ?, ?, 6, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      k.id,
      `KL-T-${nr}`,
      k.afloop === "open" ? "in_behandeling" : "afgesloten",
      k.ontvangenOp,
      k.kanaal,
      k.schriftelijk ? 1 : 0,
      k.afdelingId,
      k.teamId,
      k.ontvangenOp + 42 * DAG,
      k.afloop === "open" ? k.ontvangenOp + 42 * DAG : null,
      k.afloop === "niet_in_behandeling" ? "a" : null,
      k.afloop === "informeel" ? k.afgeslotenOp : null,
      k.afloop === "afgehandeld" ? k.afgeslotenOp : null,
      k.oordeel,
      k.afgeslotenOp,
      k.binnenTermijn === null ? null : k.binnenTermijn ? 1 : 0,
      k.verdaagd ? k.ontvangenOp + 30 * DAG : null,
      k.uitstel ? JSON.stringify([{ nieuwOp: k.ontvangenOp + 80 * DAG, instemmingDatum: "2017-01-01", toelichting: "x", op: k.ontvangenOp }]) : "[]",
      k.ombudsman ? (k.afgeslotenOp ?? k.ontvangenOp) + DAG : null,
      k.les ? "Een les" : null,
      k.ontvangenOp,
      k.ontvangenOp,
    );
  for (const n of k.normen) sqlite.prepare(`INSERT INTO klacht_normen (klacht_id, norm) VALUES (?, ?)`).run(k.id, n);
}

function nieuweKlacht(i: number, ontvangenOp: number): K {
  const team = rnd() < 0.1 ? null : kies(teams);
  const afloop = kies(["open", "afgehandeld", "afgehandeld", "afgehandeld", "informeel", "niet_in_behandeling"] as const);
  const afgeslotenOp = afloop === "open" ? null : ontvangenOp + Math.floor(rnd() * 80 * DAG);
  const oordeel = afloop === "afgehandeld" ? kies(["gegrond", "deels_gegrond", "ongegrond", "geen_oordeel"]) : null;
  return {
    id: `jv-${i}`,
    ontvangenOp,
    kanaal: kies(KANALEN),
    schriftelijk: rnd() < 0.6,
    afdelingId: team ? team.afdelingId : rnd() < 0.5 ? null : afdelingen[0]!.id,
    teamId: team ? team.id : null,
    afloop,
    oordeel,
    afgeslotenOp,
    binnenTermijn: afgeslotenOp === null ? null : rnd() < 0.7,
    verdaagd: rnd() < 0.15,
    uitstel: rnd() < 0.08,
    ombudsman: afloop === "afgehandeld" && rnd() < 0.1,
    les: rnd() < 0.2,
    normen: oordeel === "gegrond" || oordeel === "deels_gegrond" ? [...new Set([kies([1, 2, 7, 14, 17, 22]), kies([7, 14, 21])])] : [],
    lesLinks: 0,
  };
}

beforeAll(() => {
  setNow(Date.UTC(2026, 4, 15, 10, 0));
  afdelingen = sqlite.prepare("SELECT id, naam FROM afdelingen ORDER BY id").all() as typeof afdelingen;
  teams = sqlite.prepare("SELECT id, afdeling_id AS afdelingId FROM teams ORDER BY id").all() as typeof teams;
  expect(
    (sqlite.prepare("SELECT count(*) AS n FROM klachten WHERE ontvangen_op < ?").get(Date.UTC(2018, 1, 1)) as { n: number }).n,
  ).toBe(0);

  const begin = Date.UTC(2015, 11, 31, 12);
  const einde = Date.UTC(2018, 0, 1, 12);
  const randen = [
    Date.UTC(2016, 11, 31, 22, 59), // 31 Dec 23:59 Amsterdam: still 2016
    Date.UTC(2016, 11, 31, 23, 0), // 1 Jan 00:00 Amsterdam: 2017 (UTC still 2016)
    Date.UTC(2017, 11, 31, 23, 30), // 1 Jan 2018 in Amsterdam
    Date.UTC(2017, 2, 26, 1, 30), // DST change day
  ];
  sqlite.transaction(() => {
    let i = 0;
    for (const op of randen) klachten.push(nieuweKlacht(i++, op));
    for (; i < 260; i++) klachten.push(nieuweKlacht(i, begin + Math.floor(rnd() * (einde - begin))));
    klachten.forEach((k, n) => insertKlacht(k, n));

    // Later steps, through UPDATE (the update triggers): close some open ones, change a department, link lessons.
    for (const k of klachten.filter((x) => x.afloop === "open").slice(0, 10)) {
      k.afloop = "afgehandeld";
      k.oordeel = "gegrond";
      k.afgeslotenOp = k.ontvangenOp + 20 * DAG + 3_600_000;
      k.binnenTermijn = true;
      sqlite
        .prepare("UPDATE klachten SET conclusie_op = ?, oordeel = 'gegrond', afgesloten_op = ?, afgerond_binnen_termijn = 1, termijn_op = NULL WHERE id = ?")
        .run(k.afgeslotenOp, k.afgeslotenOp, k.id);
      k.normen.push(5);
      sqlite.prepare("INSERT INTO klacht_normen (klacht_id, norm) VALUES (?, 5)").run(k.id);
    }
    for (const k of klachten.slice(20, 30)) {
      const t = kies(teams);
      k.afdelingId = t.afdelingId;
      k.teamId = t.id;
      sqlite.prepare("UPDATE klachten SET afdeling_id = ?, team_id = ? WHERE id = ?").run(t.afdelingId, t.id, k.id);
    }

    // Learning log: lessons in 2016 and 2017, some linked to complaints (moves met_les through leerlogboek_aantal).
    const lesOp = [Date.UTC(2016, 5, 1), Date.UTC(2017, 0, 10), Date.UTC(2017, 6, 1), Date.UTC(2017, 11, 31, 23, 30), Date.UTC(2016, 11, 31, 23, 30)];
    lesOp.forEach((op, j) => {
      const r = sqlite
        .prepare(
          `INSERT INTO leerlogboek (nummer, titel, wat_gebeurde, oorzaak, les, processtap, aangemaakt_op, gewijzigd_op)
           VALUES (?, ?, 'wat', 'oorzaak', ?, 'terugbellen', ?, ?)`,
        )
        .run(`LL-T-${j}`, `Les ${j}`, `=HYPERLINK("x") les ${j}`, op, op);
      const lesId = Number(r.lastInsertRowid);
      sqlite.prepare("INSERT INTO leerlogboek_normen (les_id, norm) VALUES (?, 14), (?, 2)").run(lesId, lesId);
      for (const k of klachten.filter((_, n) => n % 9 === j)) {
        sqlite.prepare("INSERT INTO leerlogboek_koppelingen (les_id, soort, ref) VALUES (?, 'klacht', ?)").run(lesId, k.id);
        k.lesLinks++;
      }
    });
    // Unlink one again (delete trigger)
    const eenLink = sqlite.prepare("SELECT les_id AS lesId, ref FROM leerlogboek_koppelingen WHERE ref LIKE 'jv-%' LIMIT 1").get() as { lesId: number; ref: string };
    sqlite.prepare("DELETE FROM leerlogboek_koppelingen WHERE les_id = ? AND soort = 'klacht' AND ref = ?").run(eenLink.lesId, eenLink.ref);
    klachten.find((k) => k.id === eenLink.ref)!.lesLinks--;

    // Compliments and a suggestion (not counted)
    complimenten = [Date.UTC(2017, 1, 1), Date.UTC(2017, 11, 31, 23, 30), Date.UTC(2016, 11, 31, 23, 30), Date.UTC(2016, 3, 3)].map((op) => ({ op }));
    for (const c of complimenten) {
      sqlite
        .prepare("INSERT INTO feedback (soort, tekst, kanaal, team_id, aangemaakt_op, gewijzigd_op) VALUES ('compliment', 'Dank!', 'e-mail', ?, ?, ?)")
        .run(teams[0]!.id, c.op, c.op);
    }
    sqlite
      .prepare("INSERT INTO feedback (soort, tekst, kanaal, aangemaakt_op, gewijzigd_op) VALUES ('suggestie', 'Idee', 'e-mail', ?, ?)")
      .run(Date.UTC(2017, 5, 5), Date.UTC(2017, 5, 5));

    // Improvement actions: running in 2017 or not
    const va = (nr: string, aangemaakt: number, status: string, gerealiseerd: number | null, afgewezen: number | null, opTijd: number | null, effect: string | null) =>
      sqlite
        .prepare(
          `INSERT INTO verbeteracties (id, nummer, titel, omschrijving, status, eigenaar_naam, deadline, termijn_op, gerealiseerd_op, op_tijd, afgewezen_op, effect, aangemaakt_op, gewijzigd_op)
           VALUES (?, ?, ?, 'omschrijving', ?, 'Sanne Geheim', '2017-06-30', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(`va-${nr}`, nr, `Actie ${nr}`, status, Date.UTC(2017, 5, 30, 15), gerealiseerd, opTijd, afgewezen, effect, aangemaakt, aangemaakt);
    va("VA-T-1", Date.UTC(2016, 2, 1), "gerealiseerd", Date.UTC(2016, 8, 1), null, 1, null); // finished before 2017: not in 2017
    va("VA-T-2", Date.UTC(2016, 10, 1), "geevalueerd", Date.UTC(2017, 3, 1), null, 1, "effectief"); // realised in 2017
    va("VA-T-3", Date.UTC(2017, 4, 1), "in_uitvoering", null, null, null, null); // running
    va("VA-T-4", Date.UTC(2018, 0, 5), "voorgesteld", null, null, null, null); // after 2017
    va("VA-T-5", Date.UTC(2017, 1, 1), "afgewezen", null, Date.UTC(2017, 2, 1), null, null); // rejected in 2017
    va("VA-T-6", Date.UTC(2017, 1, 1), "gerealiseerd", Date.UTC(2017, 7, 1), null, 0, null); // late
  })();
});

function verwacht(jaar: number) {
  const ks = klachten.filter((k) => lokaal(k.ontvangenOp).jaar === jaar);
  const af = ks.filter((k) => k.afgeslotenOp !== null);
  const dagen = af.map((k) => lokaal(k.afgeslotenOp!).dagnr - lokaal(k.ontvangenOp).dagnr).sort((a, b) => a - b);
  const n = dagen.length;
  const mediaan = n === 0 ? null : n % 2 ? dagen[(n - 1) / 2]! : (dagen[n / 2 - 1]! + dagen[n / 2]!) / 2;
  const uitkomst = Object.fromEntries(UITKOMSTEN.map((u) => [u, 0])) as Record<Uitkomst, number>;
  for (const k of ks) {
    const u: Uitkomst = k.afloop === "afgehandeld" ? ((k.oordeel ?? "geen_oordeel") as Uitkomst) : k.afloop;
    uitkomst[u]++;
  }
  const telPer = <T,>(f: (k: K) => T) => {
    const m = new Map<T, number>();
    for (const k of ks) m.set(f(k), (m.get(f(k)) ?? 0) + 1);
    return m;
  };
  const perNorm = new Map<number, number>();
  for (const k of ks) for (const nr of k.normen) perNorm.set(nr, (perNorm.get(nr) ?? 0) + 1);
  const metLes = ks.filter((k) => k.les || k.lesLinks > 0).length;
  return {
    ontvangen: ks.length,
    schriftelijk: ks.filter((k) => k.schriftelijk).length,
    mondeling: ks.filter((k) => !k.schriftelijk).length,
    afgerond: af.length,
    binnenTermijn: af.filter((k) => k.binnenTermijn).length,
    gemiddeldeDagen: n ? dagen.reduce((a, b) => a + b, 0) / n : null,
    mediaanDagen: mediaan,
    verdaagd: ks.filter((k) => k.verdaagd).length,
    uitgesteld: ks.filter((k) => k.uitstel).length,
    ombudsman: ks.filter((k) => k.ombudsman).length,
    metLes,
    uitkomst,
    perNorm,
    perAfdeling: telPer((k) => k.afdelingId ?? 0),
    perKanaal: telPer((k) => k.kanaal),
    complimenten: complimenten.filter((c) => lokaal(c.op).jaar === jaar).length,
  };
}

describe("jaarverslag: elk getal tegen een directe telling", () => {
  it.each([JAAR, JAAR - 1])("kerncijfers %i", (jaar) => {
    const c = jaarCijfers(jaar);
    const v = verwacht(jaar);
    expect(v.ontvangen).toBeGreaterThan(50);
    expect(c.ontvangen).toBe(v.ontvangen);
    expect(c.schriftelijk).toBe(v.schriftelijk);
    expect(c.mondeling).toBe(v.mondeling);
    expect(c.afgerond).toBe(v.afgerond);
    expect(c.binnenTermijn).toBe(v.binnenTermijn);
    expect(c.aandeelBinnenTermijn).toBeCloseTo(v.binnenTermijn / v.afgerond, 10);
    expect(c.gemiddeldeDagen).toBeCloseTo(v.gemiddeldeDagen!, 10);
    expect(c.mediaanDagen).toBe(v.mediaanDagen);
    expect(c.verdaagd).toBe(v.verdaagd);
    expect(c.uitgesteld).toBe(v.uitgesteld);
    expect(c.ombudsman).toBe(v.ombudsman);
    expect(c.metLes).toBe(v.metLes);
    expect(c.aandeelMetLes).toBeCloseTo(v.metLes / v.ontvangen, 10);
    expect(c.uitkomst).toEqual(v.uitkomst);
    expect(Object.values(c.uitkomst).reduce((a, b) => a + b, 0)).toBe(c.ontvangen);
    expect(c.perNorm).toEqual(v.perNorm);
    expect(c.perAfdeling).toEqual(v.perAfdeling);
    expect(c.perKanaal).toEqual(v.perKanaal);
    expect(c.complimenten).toBe(v.complimenten);
    // Amsterdam year boundary: 31 Dec 2016 23:30 UTC is 1 Jan 2017; 31 Dec 2017 23:30 UTC is 2018.
    expect(c.complimenten).toBe(jaar === JAAR ? 2 : 1);
    expect(c.lessen).toBe(jaar === JAAR ? 3 : 1);
  });

  it("neemt de lessen van het Amsterdamse kalenderjaar op, met normen en zonder namen", () => {
    // 31 Dec 2016 23:30 UTC is 1 Jan 2017 00:30 in Amsterdam: LL-T-4 belongs to 2017, LL-T-3 to 2018.
    const lessen = jaarverslag(JAAR).secties.find((s) => s.id === "lessen")!;
    expect(lessen.rijen.map((x) => x.nummer)).toEqual(["LL-T-4", "LL-T-1", "LL-T-2"]);
    expect(lessen.rijen[0]).toMatchObject({
      titel: "Les 4",
      les: '=HYPERLINK("x") les 4',
      processtap: "Terugbellen",
      normen: "2. Goede informatieverstrekking; 14. Voortvarendheid",
    });
    expect(lessen.kolommen.map((k) => k.sleutel)).toEqual(["nummer", "titel", "les", "processtap", "normen"]);
  });

  it("bevat de secties met de juiste rijen en geen namen", () => {
    const r = jaarverslag(JAAR);
    expect(r.secties.map((s) => s.id)).toEqual(["ontvangst", "oordeel", "normen", "afdelingen", "kanalen", "behandeling", "leren", "lessen", "verbeteracties"]);
    const c = jaarCijfers(JAAR);
    const v = jaarCijfers(JAAR - 1);
    const sectie = (id: string) => r.secties.find((s) => s.id === id)!;
    expect(sectie("ontvangst").rijen[0]).toMatchObject({ jaar: c.ontvangen, vorig: v.ontvangen });
    expect(sectie("normen").rijen).toHaveLength(BEHOORLIJKHEIDSNORMEN.length);
    expect(sectie("normen").rijen.find((x) => x.nr === 7)).toMatchObject({ jaar: c.perNorm.get(7) ?? 0, vorig: v.perNorm.get(7) ?? 0 });
    const afd = sectie("afdelingen").rijen;
    expect(afd.at(-1)).toMatchObject({ onderwerp: "Totaal ontvangen", jaar: c.ontvangen });
    expect(afd.slice(0, -1).reduce((n, x) => n + (x.jaar as number), 0)).toBe(c.ontvangen);
    expect(afd.slice(0, -1).reduce((n, x) => n + (x.vorig as number), 0)).toBe(v.ontvangen);
    expect(sectie("kanalen").rijen.slice(0, -1).reduce((n, x) => n + (x.jaar as number), 0)).toBe(c.ontvangen);
    expect(sectie("oordeel").rijen.slice(0, -1).reduce((n, x) => n + (x.jaarAandeel as number), 0)).toBeCloseTo(1, 10);
    const beh = sectie("behandeling").rijen;
    expect(beh.find((x) => String(x.onderwerp).startsWith("Aandeel binnen"))!.jaar).toBe(Math.round((c.binnenTermijn / c.afgerond) * 1000) / 10);
    expect(beh.find((x) => String(x.onderwerp).startsWith("Mediane"))!.jaar).toBe(c.mediaanDagen);

    const acties = sectie("verbeteracties").rijen.map((x) => x.nummer);
    expect(acties).toEqual(["VA-T-2", "VA-T-5", "VA-T-6", "VA-T-3"]);
    expect(sectie("verbeteracties").rijen.find((x) => x.nummer === "VA-T-6")).toMatchObject({ opTijd: "nee", status: "Gerealiseerd" });
    expect(sectie("verbeteracties").rijen.find((x) => x.nummer === "VA-T-2")).toMatchObject({ opTijd: "ja", effect: "Effectief" });
    const leren = sectie("leren").rijen;
    expect(leren.find((x) => String(x.onderwerp).startsWith("Verbeteracties gerealiseerd"))!.jaar).toBe(2);
    expect(leren.find((x) => String(x.onderwerp).startsWith("Verbeteracties lopend"))!.jaar).toBe(4);

    const alles = JSON.stringify(r.secties);
    expect(alles).not.toContain("Geheime Klager");
    expect(alles).not.toContain("Sanne Geheim");
  });

  it("mediaan uit een histogram", () => {
    expect(mediaanUitHistogram([])).toBeNull();
    expect(mediaanUitHistogram([{ dagen: 3, aantal: 1 }])).toBe(3);
    expect(mediaanUitHistogram([{ dagen: 3, aantal: 1 }, { dagen: 10, aantal: 1 }])).toBe(6.5);
    expect(mediaanUitHistogram([{ dagen: 10, aantal: 2 }, { dagen: 3, aantal: 1 }, { dagen: 3, aantal: -1 }, { dagen: 1, aantal: 1 }])).toBe(10);
  });

  it("jaren met klachten en het standaardjaar", () => {
    expect(jarenMetKlachten()).toEqual(expect.arrayContaining([2018, 2017, 2016]));
    expect(leesJaar(new URL("http://x/?jaar=")).jaar).toBe(2025);
    expect(leesJaar(new URL("http://x/?jaar=2017"))).toEqual({ jaar: 2017, fout: null });
    expect(leesJaar(new URL("http://x/?jaar=abc")).fout).toMatch(/geen jaartal/);
    expect(leesJaar(new URL("http://x/?jaar=1900")).fout).toMatch(/tussen/);
  });
});

describe("downloads en toegang", () => {
  it("CSV: één tabel per onderdeel, formule-injectie geneutraliseerd, en een auditregel", async () => {
    const voor = (sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE actie = 'export.jaarverslag'").get() as { n: number }).n;
    const r = (await roep(exportLoader, await get("ruben@voorbeeld.nl", `http://localhost/regieteam/jaarverslag/export?jaar=${JAAR}&formaat=csv`))) as Response;
    expect(r).toBeInstanceOf(Response);
    expect(r.status).toBe(200);
    expect(r.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(r.headers.get("Content-Disposition")).toContain(`jaarverslag-klachten-${JAAR}.csv`);
    const tekst = await r.text();
    const regels = tekst.replace(/^\uFEFF/, "").split("\r\n");
    for (const s of jaarverslagTabellen(JAAR)) expect(regels).toContain(s.titel);
    expect(regels).toContain(`Onderwerp;${JAAR};${JAAR - 1}`);
    expect(regels).toContain(`Totaal ontvangen;${jaarCijfers(JAAR).ontvangen};${jaarCijfers(JAAR - 1).ontvangen}`);
    expect(tekst).toContain(`"'=HYPERLINK(""x"") les 4"`);
    expect(tekst).not.toContain("Geheime Klager");
    expect(tekst).not.toContain("Sanne Geheim");
    const na = sqlite.prepare("SELECT actor_naam AS actorNaam, details FROM audit_log WHERE actie = 'export.jaarverslag' ORDER BY id DESC").all() as { actorNaam: string; details: string }[];
    expect(na.length).toBe(voor + 1);
    expect(JSON.parse(na[0]!.details)).toMatchObject({ jaar: JAAR, formaat: "csv" });
  });

  it("XLSX: één blad per onderdeel met getallen als getallen en tekst die nooit formule is", async () => {
    const r = (await roep(exportLoader, await get("ruben@voorbeeld.nl", `http://localhost/regieteam/jaarverslag/export?jaar=${JAAR}&formaat=xlsx`))) as Response;
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await r.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(jaarverslagTabellen(JAAR).map((t) => t.naam));
    const ontvangst = wb.getWorksheet("Ontvangen klachten")!;
    expect(ontvangst.getCell("A2").value).toBe("Totaal ontvangen");
    expect(ontvangst.getCell("B2").value).toBe(jaarCijfers(JAAR).ontvangen);
    expect(ontvangst.getCell("B2").type).toBe(ExcelJS.ValueType.Number);
    const normen = wb.getWorksheet("Behoorlijkheidsnormen")!;
    expect(normen.rowCount).toBe(1 + BEHOORLIJKHEIDSNORMEN.length);
    const lessen = wb.getWorksheet("Lessen")!;
    expect(lessen.getCell("C2").value).toBe(`'=HYPERLINK("x") les 4`);
    expect(lessen.getCell("C2").type).toBe(ExcelJS.ValueType.String);
  });

  it("weigert wie geen regieteam is, en onzin-invoer met een Nederlandse melding", async () => {
    const geen = (await roep(exportLoader, await get("sanne@voorbeeld.nl", `http://localhost/regieteam/jaarverslag/export?jaar=${JAAR}&formaat=csv`))) as Response;
    expect(geen.status).toBe(403);
    const formaat = (await roep(exportLoader, await get("ruben@voorbeeld.nl", `http://localhost/regieteam/jaarverslag/export?jaar=${JAAR}&formaat=pdf`))) as Response;
    expect(formaat.status).toBe(400);
    const jaar = (await roep(exportLoader, await get("ruben@voorbeeld.nl", `http://localhost/regieteam/jaarverslag/export?jaar=x&formaat=csv`))) as Response;
    expect(jaar.status).toBe(400);
    expect(await jaar.text()).toMatch(/geen jaartal/);
  });

  it("de pagina laadt het verslag met de beschikbare jaren", async () => {
    const r = (await roep(paginaLoader, await get("ruben@voorbeeld.nl", `http://localhost/regieteam/jaarverslag?jaar=${JAAR}`))) as {
      data: { jaar: number; heeftKlachten: boolean; beschikbareJaren: number[]; secties: unknown[] };
    };
    expect(r.data.jaar).toBe(JAAR);
    expect(r.data.heeftKlachten).toBe(true);
    expect(r.data.beschikbareJaren).toContain(JAAR);
    expect(r.data.secties).toHaveLength(9);
    const leeg = (await roep(paginaLoader, await get("ruben@voorbeeld.nl", `http://localhost/regieteam/jaarverslag?jaar=2005`))) as {
      data: { heeftKlachten: boolean };
    };
    expect(leeg.data.heeftKlachten).toBe(false);
    const geen = (await roep(paginaLoader, await get("fatima@voorbeeld.nl", `http://localhost/regieteam/jaarverslag`))) as Response;
    expect(geen.status).toBe(403);
  });
});
