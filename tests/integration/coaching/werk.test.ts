/**
 * Coaching agreements through the engine, the purge job, the service profile figures and the dashboard.
 */
import { beforeAll, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { getDatabase } from "../../../db/client";
import { now } from "../../../app/platform/clock";
import {
  afsprakenVan,
  bewaartermijnMaanden,
  coachingTaken,
  maakCoachingsafspraak,
  ruimCoachingOp,
  sluitCoachingsafspraak,
  voegNotitieToe,
  voegReactieToe,
} from "../../../app/features/coaching/coaching.server";
import { dienstverleningsprofiel } from "../../../app/features/coaching/dienstverleningsprofiel.server";
import { teamDashboards } from "../../../app/features/coaching/dashboard.server";
import { geleideTeams } from "../../../app/features/werklijsten/werklijsten.server";
import { gebruiker, projectieRij, teamId } from "../werklijsten/helpers";
import { auditRegels, idVan, maakCoachingNorm, zetCoachingNormen } from "./helpers";

const DAG = 86_400_000;
let fatima: string;
let sanne: ReturnType<typeof gebruiker>;

beforeAll(() => {
  fatima = idVan("fatima@voorbeeld.nl");
  sanne = gebruiker("sanne@voorbeeld.nl");
});

describe("coachingsafspraak", () => {
  it("zonder norm: bewaard, zonder termijnbewaking", () => {
    zetCoachingNormen(false);
    const r = maakCoachingsafspraak(sanne, fatima, { omschrijving: "Zonder norm", termijnOp: now() + 10 * DAG });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.termijnBewaakt).toBe(false);
    const n = getDatabase().sqlite.prepare("SELECT count(*) AS n FROM afspraken WHERE id = ?").get(r.id) as { n: number };
    expect(n.n).toBe(0);
  });

  it("met norm: een afspraak in de engine, termijn op het afgesproken moment; nagekomen haalt de termijn", () => {
    maakCoachingNorm();
    const termijnOp = now() + 14 * DAG;
    const r = maakCoachingsafspraak(sanne, fatima, { omschrijving: "Terugbelnotities direct vastleggen", termijnOp });
    expect(r.ok && r.termijnBewaakt).toBe(true);
    if (!r.ok) return;
    const { sqlite } = getDatabase();
    const a = sqlite.prepare("SELECT soort, status, titel, eigenaar_id, team_id, snapshot FROM afspraken WHERE id = ?").get(r.id) as {
      soort: string;
      status: string;
      titel: string;
      eigenaar_id: string;
      team_id: number | null;
      snapshot: string;
    };
    expect(a).toMatchObject({ soort: "coachingsafspraak", status: "open", titel: "Coachingsafspraak", eigenaar_id: fatima, team_id: null });
    expect(a.snapshot).not.toContain("Terugbelnotities"); // content stays in the private table
    const t = sqlite.prepare("SELECT mijlpaal, termijn_op, status, verzet FROM termijnen WHERE afspraak_id = ? AND status = 'lopend'").get(r.id) as {
      mijlpaal: string;
      termijn_op: number;
      status: string;
      verzet: number;
    };
    // The agreed moment is the term itself, not a move at the citizen's request.
    expect(t).toEqual({ mijlpaal: "coachingsafspraak", termijn_op: termijnOp, status: "lopend", verzet: 0 });

    const verouderd = sluitCoachingsafspraak(sanne, fatima, r.id, 7, "nagekomen");
    expect(verouderd.ok === false && verouderd.reden).toBe("verouderd");
    const nietVanHaar = sluitCoachingsafspraak(sanne, idVan("jeroen@voorbeeld.nl"), r.id, 1, "nagekomen");
    expect(nietVanHaar.ok === false && nietVanHaar.reden).toBe("niet_gevonden");
    const fatimaZelf = sluitCoachingsafspraak(gebruiker("fatima@voorbeeld.nl"), fatima, r.id, 1, "nagekomen");
    expect(fatimaZelf.ok === false && fatimaZelf.reden).toBe("geweigerd");

    const ok = sluitCoachingsafspraak(sanne, fatima, r.id, 1, "nagekomen");
    expect(ok.ok).toBe(true);
    const na = sqlite.prepare("SELECT status, op_tijd FROM termijnen WHERE afspraak_id = ? ORDER BY id DESC LIMIT 1").get(r.id) as {
      status: string;
      op_tijd: number;
    };
    expect(na).toEqual({ status: "gehaald", op_tijd: 1 });
    expect((sqlite.prepare("SELECT status, open FROM afspraken WHERE id = ?").get(r.id) as { status: string; open: number })).toEqual({
      status: "nagekomen",
      open: 0,
    });
    expect(afsprakenVan(fatima).find((x) => x.id === r.id)?.status).toBe("nagekomen");
    const weer = sluitCoachingsafspraak(sanne, fatima, r.id, 2, "vervallen");
    expect(weer.ok === false && weer.reden).toBe("niet_toegestaan");
  });
});

describe("bewaartermijn en opschoontaak", () => {
  it("standaard 24 maanden, instelbaar via instellingen", () => {
    const { sqlite } = getDatabase();
    sqlite.prepare("DELETE FROM instellingen WHERE sleutel = 'coaching_bewaartermijn_maanden'").run();
    expect(bewaartermijnMaanden()).toBe(24);
    sqlite.prepare("INSERT INTO instellingen (sleutel, waarde) VALUES ('coaching_bewaartermijn_maanden', '6')").run();
    expect(bewaartermijnMaanden()).toBe(6);
    sqlite.prepare("UPDATE instellingen SET waarde = '\"onzin\"' WHERE sleutel = 'coaching_bewaartermijn_maanden'").run();
    expect(bewaartermijnMaanden()).toBe(24);
    sqlite.prepare("DELETE FROM instellingen WHERE sleutel = 'coaching_bewaartermijn_maanden'").run();
  });

  it("verwijdert notities en reacties ouder dan de termijn, met een auditregel met alleen aantallen", async () => {
    const { sqlite } = getDatabase();
    const oud = voegNotitieToe(sanne, fatima, "Oude notitie");
    const nieuw = voegNotitieToe(sanne, fatima, "Nieuwe notitie");
    if (!oud.ok || !nieuw.ok) throw new Error("notities");
    const r1 = voegReactieToe(gebruiker("fatima@voorbeeld.nl"), fatima, oud.id, "Reactie op oud");
    const r2 = voegReactieToe(gebruiker("fatima@voorbeeld.nl"), fatima, nieuw.id, "Oude reactie op nieuw");
    const r3 = voegReactieToe(gebruiker("fatima@voorbeeld.nl"), fatima, nieuw.id, "Nieuwe reactie");
    if (!r1.ok || !r2.ok || !r3.ok) throw new Error("reacties");
    const lang = now() - 25 * 31 * DAG;
    sqlite.prepare("UPDATE coachingsnotities SET aangemaakt_op = ? WHERE id = ?").run(lang, oud.id);
    sqlite.prepare("UPDATE coachingsreacties SET aangemaakt_op = ? WHERE id IN (?, ?)").run(lang, r1.id, r2.id);
    const net = now() - 23 * 31 * DAG; // within 24 months: stays
    sqlite.prepare("UPDATE coachingsnotities SET aangemaakt_op = ? WHERE id = ?").run(net, nieuw.id);

    const voor = auditRegels("coaching.bewaartermijn.opgeschoond").length;
    const taak = coachingTaken()[0]!;
    expect(taak.intervalMs).toBe(86_400_000);
    const uit = ruimCoachingOp();
    expect(uit.notities).toBeGreaterThanOrEqual(1);
    expect(uit.reacties).toBeGreaterThanOrEqual(2);
    const rest = (sqlite.prepare("SELECT tekst FROM coachingsnotities WHERE id IN (?, ?)").all(oud.id, nieuw.id) as { tekst: string }[]).map((x) => x.tekst);
    expect(rest).toEqual(["Nieuwe notitie"]);
    const reacties = (sqlite.prepare("SELECT tekst FROM coachingsreacties WHERE id IN (?, ?, ?)").all(r1.id, r2.id, r3.id) as { tekst: string }[]).map(
      (x) => x.tekst,
    );
    expect(reacties).toEqual(["Nieuwe reactie"]);
    const audit = auditRegels("coaching.bewaartermijn.opgeschoond");
    expect(audit.length).toBe(voor + 1);
    expect(audit.at(-1)!.actor_id).toBeNull();
    const details = JSON.parse(audit.at(-1)!.details!) as Record<string, unknown>;
    expect(details).toMatchObject({ notities: uit.notities, reacties: uit.reacties, bewaartermijnMaanden: 24 });
    expect(audit.at(-1)!.details).not.toContain("Oude notitie");
    // A second run finds nothing and writes no audit line.
    expect(ruimCoachingOp()).toMatchObject({ notities: 0, reacties: 0 });
    expect(auditRegels("coaching.bewaartermijn.opgeschoond").length).toBe(voor + 1);
  });
});

/** A deadline row for an existing projection row. */
function termijnRij(afspraakId: string, r: { startOp: number; termijnOp: number; status: "lopend" | "gehaald"; opTijd?: boolean; verlopenOp?: number }) {
  const { sqlite } = getDatabase();
  const nv = sqlite.prepare("SELECT nv.id FROM norm_versies nv JOIN normen n ON n.id = nv.norm_id WHERE n.code = 'TERUGBELLEN'").get() as { id: number };
  sqlite
    .prepare(
      `INSERT INTO termijnen (afspraak_id, mijlpaal, norm_versie_id, start_op, waarschuwing_op, termijn_op, oorspronkelijk_op, status, gehaald_op, op_tijd, verlopen_op)
       VALUES (?, 'terugbellen', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      afspraakId,
      nv.id,
      r.startOp,
      r.startOp,
      r.termijnOp,
      r.termijnOp,
      r.status,
      r.status === "gehaald" ? r.startOp + DAG : null,
      r.status === "gehaald" ? (r.opTijd ? 1 : 0) : null,
      r.verlopenOp ?? null,
    );
}

function klacht(beklaagde: string, oordeel: string | null) {
  const { sqlite } = getDatabase();
  const id = crypto.randomUUID();
  const op = now() - 5 * DAG;
  sqlite
    .prepare(
      `INSERT INTO klachten (id, nummer, status, ontvangen_op, kanaal, schriftelijk, klager_soort, klager_naam, omschrijving, beklaagden,
         termijn_weken, oorspronkelijke_termijn_op, oordeel, conclusie_op, aangemaakt_op, gewijzigd_op)
       VALUES (?, ?, ?, ?, 'telefoon', 0, 'persoon', 'K. Lager', 'Onvriendelijk', ?, 6, ?, ?, ?, ?, ?)`,
    )
    .run(id, `K-${id.slice(0, 8)}`, oordeel ? "afgehandeld" : "in_behandeling", op, JSON.stringify([{ id: beklaagde, naam: "x" }]), op, oordeel, oordeel ? op : null, op, op);
}

describe("dienstverleningsprofiel", () => {
  it("telt per norm, zet naast de teammediaan, en telt alleen besliste klachten", () => {
    const team = teamId("KCC Telefonie");
    const lotte = idVan("lotte@voorbeeld.nl");
    const jeroen = idVan("jeroen@voorbeeld.nl");
    const nu = now();
    const start = nu - 10 * DAG;
    // Fatima: 3 on time, 1 late → 75%. Jeroen: 1 of 2 → 50%. Lotte: 2 of 2 → 100%. Sanne (teamleider, in team): none.
    const maak = (eigenaar: string, opTijd: boolean) => {
      const id = projectieRij({ eigenaarId: eigenaar, teamId: team, open: false });
      termijnRij(id, { startOp: start, termijnOp: start + DAG, status: "gehaald", opTijd });
    };
    [true, true, true, false].forEach((o) => maak(fatima, o));
    [true, false].forEach((o) => maak(jeroen, o));
    [true, true].forEach((o) => maak(lotte, o));
    klacht(fatima, "gegrond");
    klacht(fatima, null); // not decided: never shown
    const p = dienstverleningsprofiel(fatima, nu)!;
    const tb = p.perNorm.find((n) => n.code === "TERUGBELLEN")!;
    expect(tb).toMatchObject({ genomen: 4, opTijd: 3, teLaat: 1 });
    expect(tb.pctOpTijd).toEqual({ waarde: 75, teamMediaan: 75 });
    expect(p.totaal.pctOpTijd.waarde).toBe(75);
    expect(p.klachten.beschikbaar).toBe(true);
    expect(p.klachten.beslist.waarde).toBe(1);
    expect(p.klachten.perOordeel.find((o) => o.oordeel === "gegrond")!.aantal).toBe(1);
    expect(p.trend).toHaveLength(12);
    expect(p.trend.reduce((s, m) => s + m.genomen, 0)).toBe(4);
    // No colleague's name or figure anywhere in the profile.
    const json = JSON.stringify(p);
    expect(json).not.toContain("Jeroen");
    expect(json).not.toContain("Lotte");
    expect(json).not.toContain(jeroen);
  });
});

describe("teamdashboard", () => {
  it("alfabetische werkvoorraad zonder coachingsafspraken, met profiel-links alleen voor eigen medewerkers", () => {
    const team = teamId("KCC Telefonie");
    projectieRij({ eigenaarId: fatima, teamId: team, termijnStatus: "te_laat" });
    const teams = geleideTeams(sanne.id);
    const d = teamDashboards(sanne.id, teams).find((t) => t.id === team)!;
    const namen = d.leden.map((l) => l.naam);
    expect(namen).toEqual([...namen].sort((a, b) => a.localeCompare(b, "nl", { sensitivity: "base" })));
    const f = d.leden.find((l) => l.id === fatima)!;
    const { sqlite } = getDatabase();
    const verwacht = sqlite
      .prepare("SELECT count(*) AS n FROM afspraken WHERE eigenaar_id = ? AND open = 1 AND soort <> 'coachingsafspraak'")
      .get(fatima) as { n: number };
    expect(f.open).toBe(verwacht.n);
    expect(f.teLaat).toBeGreaterThanOrEqual(1);
    expect(f.profielLink).toBe(`/team/profielen/${fatima}`);
    expect(d.weken).toHaveLength(8);
    expect(d.maanden).toHaveLength(6);
    // Mohamed leads another team: Fatima is not on his dashboard.
    const mohamed = idVan("mohamed@voorbeeld.nl");
    const dm = teamDashboards(mohamed, geleideTeams(mohamed));
    expect(dm.flatMap((t) => t.leden).some((l) => l.id === fatima)).toBe(false);
  });
});
