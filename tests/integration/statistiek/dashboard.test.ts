/**
 * The regieteam dashboards against the base tables: data is created through the real server functions
 * (complaints, callbacks, feedback, learning log, contact volumes), then every dashboard number is compared with
 * a direct count, and the incrementally maintained rollups with herbouwStatistiek() (the trigger oracle).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow, now } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { registreerKlacht, voerStapUit, zoekKlachtenPagina, klachtenVoorExport, type KlachtInvoer } from "../../../app/features/klachten/klachten.server";
import { maakTerugbelafspraak, terugbelStap } from "../../../app/features/terugbellen/terugbel.server";
import { registreerFeedback } from "../../../app/features/feedback/feedback.server";
import { maakLes } from "../../../app/features/leerlogboek/leerlogboek.server";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { herbouwStatistiek, STAT_TABELLEN } from "../../../app/features/statistiek/herbouw.server";
import { klachtenDashboard, BEJEGENING_NORMEN } from "../../../app/features/statistiek/klachten-dashboard.server";
import { nakoming, teLaatNu, termijnenLijst } from "../../../app/features/statistiek/nakoming.server";
import { bewaarContactvolume } from "../../../app/features/statistiek/contactvolumes.server";
import { leesStatFilter, maandBegin, maandEinde, type StatFilter } from "../../../app/features/statistiek/filter";
import { maandNl } from "../../../db/functies";
import { rollenVan, startSession } from "../../../app/platform/auth/sessies.server";
import type { AppUser } from "../../../app/platform/auth/permissions.server";
import type { KlachtEvent } from "../../../workflows/klacht/machine";

const { sqlite } = getDatabase();

function gebruiker(email: string): AppUser {
  const r = sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE email = ?").get(email) as { id: string; naam: string; email: string };
  return { ...r, rollen: rollenVan(r.id) };
}
const ruben = gebruiker("ruben@voorbeeld.nl");
const fatima = gebruiker("fatima@voorbeeld.nl");
const jeroen = gebruiker("jeroen@voorbeeld.nl");
const fatimaTeam = (sqlite.prepare("SELECT team_id AS t FROM medewerkers WHERE id = ?").get(fatima.id) as { t: number }).t;
const fatimaAfdeling = (sqlite.prepare("SELECT afdeling_id AS a FROM teams WHERE id = ?").get(fatimaTeam) as { a: number }).a;
const andereAfdeling = (sqlite.prepare("SELECT id FROM afdelingen WHERE id <> ? ORDER BY id LIMIT 1").get(fatimaAfdeling) as { id: number }).id;

function invoer(over: Partial<KlachtInvoer> = {}): KlachtInvoer {
  return {
    ontvangenDatum: "2026-02-10",
    kanaal: "telefoon",
    schriftelijk: false,
    klagerSoort: "persoon",
    klagerNaam: "Anna de Vries",
    klagerOrganisatie: null,
    klagerAdres: null,
    klagerPostcode: null,
    klagerWoonplaats: null,
    klagerTelefoon: "+31612345678",
    klagerEmail: null,
    klagerVoorkeurKanaal: "telefoon",
    dagtekening: null,
    omschrijving: "Ik ben onheus behandeld aan de telefoon.",
    gedragingDatum: "2026-02-09",
    afdelingId: fatimaAfdeling,
    beklaagdeIds: [fatima.id],
    beklaagdeOnbekend: false,
    betreftBestuursorgaan: false,
    ...over,
  };
}

const versies = new Map<string, number>();
function stap(id: string, e: KlachtEvent) {
  const r = voerStapUit(id, versies.get(id) ?? 1, e, ruben, null);
  if (!r.ok) throw new Error(`${e.type}: ${r.melding}`);
  versies.set(id, r.versie);
}
function klacht(over: Partial<KlachtInvoer> = {}): string {
  const { id } = registreerKlacht(invoer(over), ruben, null);
  versies.set(id, 1);
  stap(id, { type: "ONTVANGST_BEVESTIGEN", op: now() });
  stap(id, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam });
  return id;
}
function afhandelen(id: string, normen: number[], oordeel = "gegrond") {
  stap(id, { type: "KOPIE_BEKLAAGDE", op: now() });
  stap(id, { type: "HOORZITTING_GEHOUDEN", op: now(), verslag: "Gehoord." });
  stap(id, {
    type: "AFHANDELEN",
    op: now(),
    bevindingen: "Bevestigd.",
    oordeel,
    oordeelReden: null,
    normen,
    maatregelen: "Excuses.",
    ombudsmanNaam: "Nationale ombudsman",
    ombudsmanTermijnWeken: 52,
  } as KlachtEvent);
}

/** Rows of a rollup table without the all-zero ones (incremental maintenance keeps those). */
function rollup(tabel: string): string[] {
  const rijen = sqlite.prepare(`SELECT * FROM ${tabel}`).all() as Record<string, number | string>[];
  const sleutels = ["maand", "afdeling_id", "team_id", "kanaal", "oordeel", "afloop", "norm", "norm_id", "dagen", "bucket", "soort"];
  return rijen
    .filter((r) => Object.entries(r).some(([k, v]) => !sleutels.includes(k) && typeof v === "number" && v !== 0))
    .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))))
    .sort();
}
function alleRollups(): Record<string, string[]> {
  return Object.fromEntries(STAT_TABELLEN.map((t) => [t, rollup(t)]));
}

function callback(wie = fatima): string {
  const r = maakTerugbelafspraak({ naam: "Piet", telefoon: "06-12345678", email: "", vraag: "Vraag over afval", kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" }, wie, null);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.id;
}
function bereikt(id: string, wie = fatima) {
  const r = terugbelStap(id, laadAfspraakRij(id)!.versie, "poging", { uitkomst: "bereikt", notitie: "" }, wie, null);
  if (!r.ok) throw new Error(JSON.stringify(r));
}

const F: StatFilter = { van: 202601, tot: 202603, indeling: "maand", preset: "eigen" };
let k: Record<string, string> = {};

beforeAll(() => {
  // Tuesday 10 March 2026, 10:00 Amsterdam
  setNow(parseTijdstip("2026-03-10T10:00"));
  const voor = alleRollups();
  k = {
    informeel: klacht({ ontvangenDatum: "2026-01-12", kanaal: "balie" }),
    nietInBehandeling: klacht({ ontvangenDatum: "2026-02-03", kanaal: "e-mail" }),
    afgehandeld: klacht({ ontvangenDatum: "2026-02-10" }),
    open: klacht({ ontvangenDatum: "2026-03-02", kanaal: "post", schriftelijk: true }),
    ander: klacht({ ontvangenDatum: "2026-03-03", afdelingId: andereAfdeling, beklaagdeIds: [jeroen.id] }),
    vorigJaar: klacht({ ontvangenDatum: "2025-02-11" }),
  };
  stap(k.informeel!, { type: "INFORMEEL_OPGELOST", toelichting: "Gebeld, excuses", klagerTevreden: true, vastgelegdVia: "telefoon", op: now() } as KlachtEvent);
  stap(k.nietInBehandeling!, { type: "NIET_IN_BEHANDELING", grond: "lid2", toelichting: "Kennelijk onvoldoende gewicht." } as KlachtEvent);
  afhandelen(k.afgehandeld!, [7, 14]);
  afhandelen(k.ander!, [7], "deels_gegrond");
  afhandelen(k.vorigJaar!, [7]);
  stap(k.afgehandeld!, { type: "LES_VASTLEGGEN", les: "Telefoontraining", op: now() } as KlachtEvent);
  // a lesson in the learning log linked to another complaint moves met_les through the trigger
  const les = maakLes(
    ruben,
    { titel: "Afspraken over terugbellen", watGebeurde: "Een inwoner werd niet teruggebeld.", oorzaak: "Geen vaste werkwijze.", les: "Terugbelverzoek altijd vastleggen.", normen: [7], processtap: "terugbellen", afdelingId: andereAfdeling },
    [{ soort: "klacht", ref: k.ander! }],
  );
  if (!les.ok) throw new Error(JSON.stringify(les));
  // callbacks: two met on time, one met late, one overdue now
  const a = callback();
  const b = callback();
  const c = callback(jeroen);
  const d = callback();
  bereikt(a);
  bereikt(b);
  setNow(parseTijdstip("2026-03-12T10:00")); // after the next-working-day deadline of c and d
  bereikt(c, jeroen);
  void d;
  // compliments
  registreerFeedback({ id: ruben.id, naam: ruben.naam }, { soort: "compliment", kanaal: "telefoon", tekst: "Heel vriendelijk geholpen!", vanNaam: null, vanContact: null, medewerkerId: fatima.id, teamId: null }, null);
  // contact volumes for the organisation: Jan-Mar
  for (const [maand, aantal] of [["2026-01", "10000"], ["2026-02", "8000"], ["2026-03", "2000"]] as const) {
    const r = bewaarContactvolume({ maand, kanaal: "telefoon", afdeling: "", aantal, bekend: "" }, ruben, null);
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  void voor;
});

describe("complaints dashboard equals direct counts on the base tables", () => {
  const direct = (where: string, params: unknown[] = []) =>
    (sqlite.prepare(`SELECT count(*) AS n FROM klachten k WHERE k.ontvangen_op >= ? AND k.ontvangen_op < ? AND ${where}`).get(maandBegin(F.van), maandEinde(F.tot), ...params) as { n: number }).n;

  it("totals, per month, per channel, per afloop, per norm, per department", () => {
    const d = klachtenDashboard(F);
    expect(d.samenvatting.totaal).toBe(direct("1"));
    for (const t of d.trend) {
      expect(t.nu, `maand ${t.sleutel}`).toBe(
        (sqlite.prepare("SELECT count(*) AS n FROM klachten WHERE ontvangen_op >= ? AND ontvangen_op < ?").get(maandBegin(t.sleutel), maandEinde(t.sleutel)) as { n: number }).n,
      );
    }
    expect(d.trend.find((t) => t.sleutel === 202602)!.vorig).toBeGreaterThanOrEqual(1); // k.vorigJaar
    for (const r of d.perKanaal) expect(r.nu, r.label).toBe(direct("k.kanaal = ?", [r.sleutel]));
    expect(d.perAfloop.find((r) => r.sleutel === "informeel")!.nu).toBe(direct("k.grond_9_8 IS NULL AND k.informeel_op IS NOT NULL"));
    expect(d.perAfloop.find((r) => r.sleutel === "niet_in_behandeling")!.nu).toBe(direct("k.grond_9_8 IS NOT NULL"));
    expect(d.perAfloop.find((r) => r.sleutel === "open")!.nu).toBe(direct("k.grond_9_8 IS NULL AND k.informeel_op IS NULL AND k.conclusie_op IS NULL"));
    for (const r of d.perNorm) expect(r.nu, r.label).toBe(direct("EXISTS (SELECT 1 FROM klacht_normen n WHERE n.klacht_id = k.id AND n.norm = ?)", [Number(r.sleutel)]));
    for (const r of d.perAfdeling) expect(r.nu, r.label).toBe(direct("coalesce(k.afdeling_id, 0) = ?", [Number(r.sleutel)]));
    expect(d.samenvatting.topNorm?.norm).toBe(7);
  });

  it("every drill-down link's list has the same count as the number", () => {
    const d = klachtenDashboard(F);
    const rijen = [...d.perKanaal, ...d.perAfloop, ...d.perNorm, ...d.perOordeel, ...d.perAfdeling, ...d.perTeam];
    expect(rijen.length).toBeGreaterThan(8);
    for (const r of rijen) {
      const u = new URL(r.linkNu, "http://x").searchParams;
      const lijst = zoekKlachtenPagina(
        ruben,
        {
          van: Number(u.get("van")!.replace("-", "")),
          tot: Number(u.get("tot")!.replace("-", "")),
          afdelingId: u.get("afdeling") ? Number(u.get("afdeling")) : undefined,
          teamId: u.get("team") ? Number(u.get("team")) : undefined,
          kanaal: u.get("kanaal") ?? undefined,
          oordeel: u.get("oordeel") ?? undefined,
          norm: u.get("norm") ? Number(u.get("norm")) : undefined,
          afloop: (u.get("afloop") as never) ?? undefined,
        },
        null,
      );
      expect(lijst.totaal, `${r.label} → ${r.linkNu}`).toBe(r.nu);
    }
  });

  it("KPIs of the four principles", () => {
    const d = klachtenDashboard(F);
    const kpi = (s: string) => d.principes.flatMap((p) => p.kpis).find((x) => x.sleutel === s)!;
    expect(kpi("informeel").teller).toBe(direct("k.informeel_op IS NOT NULL AND k.grond_9_8 IS NULL"));
    expect(kpi("informeel").noemer).toBe(direct("1"));
    // conduct: complaints with norm 7 per 1,000 contacts (20,000 contacts)
    expect(BEJEGENING_NORMEN).toEqual([7]);
    const bejegening = direct("EXISTS (SELECT 1 FROM klacht_normen n WHERE n.klacht_id = k.id AND n.norm = 7)");
    expect(kpi("bejegening").waarde).toBeCloseTo((bejegening / 20000) * 1000, 6);
    expect(kpi("bejegening").vorigGeenWaarde).toBe("geen contactvolume ingevoerd");
    expect(kpi("complimenten").waarde).toBe(
      (sqlite.prepare("SELECT count(*) AS n FROM feedback WHERE soort = 'compliment' AND aangemaakt_op >= ? AND aangemaakt_op < ?").get(maandBegin(F.van), maandEinde(F.tot)) as { n: number }).n,
    );
    const afgerond = direct("k.afgesloten_op IS NOT NULL");
    const metLes = direct("k.afgesloten_op IS NOT NULL AND (k.les IS NOT NULL OR k.leerlogboek_aantal > 0)");
    expect(kpi("met_les").noemer).toBe(afgerond);
    expect(kpi("met_les").teller).toBeGreaterThanOrEqual(metLes);
    // filtered by a team there is no contact volume
    const metTeam = klachtenDashboard({ ...F, teamId: fatimaTeam });
    expect(metTeam.principes[2]!.kpis[0]!.geenWaarde).toBe("contactvolume wordt niet per team vastgelegd");
  });
});

describe("charter compliance equals direct counts", () => {
  it("per norm: met, on time, overdue now; and the drill-down list", () => {
    const n = nakoming(F, now());
    const directe = sqlite
      .prepare(
        `SELECT v.norm_id AS normId, count(*) AS n, sum(t.op_tijd) AS o FROM termijnen t JOIN norm_versies v ON v.id = t.norm_versie_id
         WHERE t.status = 'gehaald' AND t.gehaald_op >= ? AND t.gehaald_op < ? GROUP BY v.norm_id`,
      )
      .all(maandBegin(F.van), maandEinde(F.tot)) as { normId: number; n: number; o: number }[];
    expect(directe.length).toBeGreaterThan(0);
    for (const r of directe) {
      const rij = n.perNorm.find((x) => x.sleutel === String(r.normId))!;
      expect(rij.aantal).toBe(r.n);
      expect(rij.opTijd).toBe(r.o);
      expect(termijnenLijst({ normCode: rij.code, van: F.van, tot: F.tot }).totaal).toBe(r.n);
      expect(termijnenLijst({ normCode: rij.code, van: F.van, tot: F.tot, opTijd: 0 }).totaal).toBe(r.n - r.o);
    }
    const terugbel = n.perNorm.find((r) => r.code === "TERUGBELLEN")!;
    expect(terugbel.aantal).toBe(3);
    expect(terugbel.opTijd).toBe(2);
    expect(terugbel.mediaanTekst).toMatch(/^≈ /);
    const laat = (sqlite.prepare("SELECT count(*) AS n FROM termijnen WHERE status = 'lopend' AND termijn_op < ? AND gepauzeerd_sinds IS NULL").get(now()) as { n: number }).n;
    expect(n.totaal.teLaatNu).toBe(laat);
    expect(terugbel.teLaatNu).toBeGreaterThanOrEqual(1);
    expect(termijnenLijst({ nu: "te_laat" }).totaal).toBe(laat);
    expect(teLaatNu({ teamId: fatimaTeam }).reduce((s, r) => s + r.aantal, 0)).toBeGreaterThanOrEqual(1);
    const lijst = termijnenLijst({ normCode: "TERUGBELLEN", nu: "te_laat" });
    expect(lijst.rijen[0]!.link).toMatch(/^\/terugbelafspraken\//);
    expect(lijst.rijen[0]!.eigenaar).toBe(fatima.naam);
  });

  it("a team filter narrows to that team", () => {
    const n = nakoming({ ...F, teamId: fatimaTeam });
    expect(n.perTeam.every((r) => r.sleutel === String(fatimaTeam))).toBe(true);
  });
});

describe("the trigger oracle: incremental rollups equal herbouwStatistiek()", () => {
  it("after the mixed sequence of steps above and some more", () => {
    // more mixed steps: a verdict changes, a link is removed, the complaint is closed
    stap(k.open!, { type: "NIET_IN_BEHANDELING", grond: "lid2", toelichting: "Te licht." } as KlachtEvent);
    stap(k.open!, { type: "BERICHT_9_8_VERSTUURD", op: now() } as KlachtEvent);
    stap(k.afgehandeld!, { type: "SLUITEN", op: now() } as KlachtEvent);
    // a deadline counts for the team that met it, also when the commitment moves to another team afterwards
    const verhuisd = callback();
    bereikt(verhuisd);
    const teamBij = sqlite.prepare("SELECT team_id AS t, afdeling_id AS a FROM termijnen WHERE afspraak_id = ? AND status = 'gehaald'").get(verhuisd) as { t: number; a: number };
    expect(teamBij.t).toBe((sqlite.prepare("SELECT team_id AS t FROM medewerkers WHERE id = ?").get(fatima.id) as { t: number }).t);
    expect(teamBij.a).toBeGreaterThan(0);
    const anderTeam = (sqlite.prepare("SELECT id FROM teams WHERE id <> ? ORDER BY id LIMIT 1").get(teamBij.t) as { id: number }).id;
    sqlite.prepare("UPDATE afspraken SET team_id = ? WHERE id = ?").run(anderTeam, verhuisd);
    const incrementeel = alleRollups();
    const telling = herbouwStatistiek(sqlite);
    expect(Object.keys(telling)).toEqual([...STAT_TABELLEN]);
    const herbouwd = alleRollups();
    for (const t of STAT_TABELLEN) expect(incrementeel[t], t).toEqual(herbouwd[t]);
    expect(herbouwd.stat_klachten!.length).toBeGreaterThan(0);
    expect(herbouwd.stat_termijnen!.length).toBeGreaterThan(0);
    expect(herbouwd.stat_feedback!.length).toBeGreaterThan(0);
  });
});

describe("contact volumes", () => {
  it("refuses an existing month without the loaded version, and a stale version", () => {
    const dubbel = bewaarContactvolume({ maand: "2026-01", kanaal: "telefoon", afdeling: "", aantal: "1", bekend: "" }, ruben, null);
    expect(dubbel.ok).toBe(false);
    if (!dubbel.ok) expect(dubbel.fouten.formulier).toMatch(/al 10\.000 ingevoerd/);
    const rij = sqlite.prepare("SELECT gewijzigd_op AS g FROM contactvolumes WHERE maand = 202601 AND kanaal = 'telefoon' AND afdeling_id = 0").get() as { g: number };
    const ok = bewaarContactvolume({ maand: "2026-01", kanaal: "telefoon", afdeling: "", aantal: "12.000", bekend: String(rij.g) }, ruben, null);
    expect(ok).toMatchObject({ ok: true, aantal: 12000, nieuw: false });
    const oud = bewaarContactvolume({ maand: "2026-01", kanaal: "telefoon", afdeling: "", aantal: "13000", bekend: String(rij.g) }, ruben, null);
    expect(oud.ok).toBe(false);
    if (!oud.ok) expect(oud.fouten.formulier).toMatch(/Iemand anders/);
    const audit = sqlite.prepare("SELECT details FROM audit_log WHERE actie = 'contactvolume.gewijzigd' ORDER BY id DESC").get() as { details: string };
    expect(JSON.parse(audit.details)).toMatchObject({ oud: 10000, nieuw: 12000 });
  });

  it("gives Dutch field errors for nonsense", () => {
    const r = bewaarContactvolume({ maand: "jan", kanaal: "duif", afdeling: "x", aantal: "-3", bekend: "" }, ruben, null);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fouten.maand).toMatch(/JJJJ-MM/);
      expect(r.fouten.kanaal).toBe("Kies een kanaal.");
      expect(r.fouten.afdeling).toMatch(/afdeling/);
      expect(r.fouten.aantal).toMatch(/heel getal/);
      expect(r.invoer.maand).toBe("jan");
    }
    const toekomst = bewaarContactvolume({ maand: "2027-01", kanaal: "telefoon", afdeling: "", aantal: "5", bekend: "" }, ruben, null);
    expect(toekomst.ok).toBe(false);
  });
});

describe("klachten list and export", () => {
  it("paginates 50 per page with a total, and filters by month of receipt, team and afloop", () => {
    const alle = zoekKlachtenPagina(ruben, {}, null);
    expect(alle.rijen.length).toBeLessThanOrEqual(50);
    const feb = zoekKlachtenPagina(ruben, { van: 202602, tot: 202602 }, null);
    expect(feb.rijen.every((r) => maandNl(r.ontvangenOp) === 202602)).toBe(true);
    expect(feb.totaal).toBeGreaterThanOrEqual(2);
    expect(zoekKlachtenPagina(ruben, { van: 202601, tot: 202603, afloop: "informeel" }, null).rijen.map((r) => r.id)).toEqual([k.informeel]);
    expect(zoekKlachtenPagina(ruben, { teamId: fatimaTeam, van: 202601, tot: 202603 }, null).totaal).toBe(
      (sqlite.prepare("SELECT count(*) AS n FROM klachten WHERE team_id = ? AND ontvangen_op >= ? AND ontvangen_op < ?").get(fatimaTeam, maandBegin(202601), maandEinde(202603)) as { n: number }).n,
    );
    // the beklaagde does not see the complaint about her (9:7 and privacy), also not in the export
    expect(zoekKlachtenPagina(fatima, {}, null).rijen.some((r) => r.id === k.afgehandeld)).toBe(false);
  });

  it("the export has no complainant data", () => {
    const rijen = klachtenVoorExport(ruben, { van: 202601, tot: 202603 }, 100, null);
    expect(rijen.length).toBeGreaterThanOrEqual(5);
    const tekst = JSON.stringify(rijen);
    expect(tekst).not.toContain("Anna de Vries");
    expect(tekst).not.toContain("+31612345678");
    expect(rijen.find((r) => r.normen === "7, 14")).toBeDefined();
  });
});

const ROUTES: Record<string, () => Promise<unknown>> = {
  "regieteam.dashboard": () => import("../../../app/routes/regieteam.dashboard"),
  "regieteam.nakoming": () => import("../../../app/routes/regieteam.nakoming"),
  "regieteam.termijnen": () => import("../../../app/routes/regieteam.termijnen"),
  "regieteam.contactvolumes": () => import("../../../app/routes/regieteam.contactvolumes"),
  "regieteam.dashboard_.export": () => import("../../../app/routes/regieteam.dashboard_.export"),
  "regieteam.nakoming_.export": () => import("../../../app/routes/regieteam.nakoming_.export"),
  "regieteam.termijnen_.export": () => import("../../../app/routes/regieteam.termijnen_.export"),
};

describe("permissions: only the regieteam", () => {
  const CONTEXT = { nonce: "", requestId: "t", clientIp: "127.0.0.1" };
  async function roep(route: string, pad: string, wie: AppUser): Promise<number> {
    const mod = (await ROUTES[route]!()) as unknown as { loader: (a: unknown) => Promise<unknown> };
    const cookie = (await startSession(wie.id)).split(";")[0]!;
    try {
      const v = await mod.loader({ request: new Request(`http://localhost${pad}`, { headers: { Cookie: cookie } }), params: {}, context: CONTEXT });
      if (v instanceof Response) return v.status;
      return 200;
    } catch (e) {
      if (e instanceof Response) return e.status;
      throw e;
    }
  }
  it.each([
    ["regieteam.dashboard", "/regieteam/dashboard"],
    ["regieteam.nakoming", "/regieteam/nakoming"],
    ["regieteam.termijnen", "/regieteam/termijnen?nu=te_laat"],
    ["regieteam.contactvolumes", "/regieteam/contactvolumes"],
    ["regieteam.dashboard_.export", "/regieteam/dashboard/export?formaat=csv"],
    ["regieteam.nakoming_.export", "/regieteam/nakoming/export?formaat=csv"],
    ["regieteam.termijnen_.export", "/regieteam/termijnen/export?formaat=csv"],
  ])("%s: 403 for a medewerker, 200 for the regieteam", async (route, pad) => {
    expect(await roep(route, pad, fatima)).toBe(403);
    expect(await roep(route, pad, ruben)).toBe(200);
  });

  it("the filter from the URL reaches the dashboard", () => {
    const { filter } = leesStatFilter(new URLSearchParams(`van=2026-01&tot=2026-03&afdeling=${andereAfdeling}`), now());
    const d = klachtenDashboard(filter);
    expect(d.samenvatting.totaal).toBe(1);
  });
});
