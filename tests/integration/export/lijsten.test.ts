/**
 * The list exports: each resource route answers with the same rows as its page (same permission and filters,
 * no paging), writes an export.<lijst> audit line, and refuses users without the permission.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { getDatabase } from "../../../db/client";
import { get, roep } from "../jaarverslag/helpers";
import { loader as mijnWerkExport } from "../../../app/routes/mijn-werk_.export";
import { loader as teamExport } from "../../../app/routes/team_.export";
import { loader as escalatiesExport } from "../../../app/routes/team.escalaties_.export";
import { loader as auditExport } from "../../../app/routes/beheer.audit_.export";
import { loader as suggestiesExport } from "../../../app/routes/feedback.suggesties_.export";
import { loader as medewerkersExport } from "../../../app/routes/beheer.medewerkers_.export";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { maakTerugbelafspraak } from "../../../app/features/terugbellen/terugbel.server";
import { gebruiker } from "../afspraken/helpers";
import { mijnAfspraken, teamAfspraken, geleideTeams, teamVanMedewerker, voorMijnTeam } from "../../../app/features/werklijsten/werklijsten.server";

const { sqlite } = getDatabase();
const id = (email: string) => (sqlite.prepare("SELECT id FROM medewerkers WHERE email = ?").get(email) as { id: string }).id;

/** CSV → rows of fields (enough for these exports: quoted fields may hold ; and "" but the tests avoid newlines). */
function csvRegels(bytes: Uint8Array): string[] {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM (Response.text() would strip it)
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1).split("\r\n");
}

function laatsteAudit(actie: string): { actorNaam: string; details: Record<string, unknown> } | undefined {
  const r = sqlite.prepare("SELECT actor_naam AS actorNaam, details FROM audit_log WHERE actie = ? ORDER BY id DESC LIMIT 1").get(actie) as
    | { actorNaam: string; details: string }
    | undefined;
  return r ? { actorNaam: r.actorNaam, details: JSON.parse(r.details) as Record<string, unknown> } : undefined;
}

async function csv(fn: (a: never) => unknown, email: string, pad: string): Promise<{ r: Response; regels: string[] }> {
  const r = (await roep(fn, await get(email, `http://localhost${pad}`))) as Response;
  expect(r).toBeInstanceOf(Response);
  expect(r.status).toBe(200);
  expect(r.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  expect(r.headers.get("Content-Disposition")).toMatch(/^attachment; /);
  return { r, regels: csvRegels(new Uint8Array(await r.arrayBuffer())) };
}

beforeAll(() => {
  setNow(parseTijdstip("2026-11-23T10:00"));
  const fatima = gebruiker("fatima@voorbeeld.nl");
  const vormen = [
    { naam: "=Piet Jansen", vraag: "=HYPERLINK(\"http://kwaad\") paspoort", toewijzing: "ik" },
    { naam: "Klaas; de \"Vries\"", vraag: "Wanneer is mijn rijbewijs klaar?", toewijzing: "ik" },
    { naam: "Anna Bakker", vraag: "Vraag over afval", toewijzing: "team" },
  ];
  for (const v of vormen) {
    const r = maakTerugbelafspraak({ telefoon: "06-12345678", email: "", kanaal: "telefoon", norm: "TERUGBELLEN", ...v }, fatima, null);
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
});

describe("exports van lijsten", () => {
  it("Mijn werk: alle open afspraken (zonder paginering) en het teamwerk, met filters, en een auditregel", async () => {
    const fatima = id("fatima@voorbeeld.nl");
    const mijn = mijnAfspraken(fatima, {}, null, 100_000).items;
    const team = voorMijnTeam(teamVanMedewerker(fatima), {}, null, 100_000).items;
    expect(mijn.length).toBeGreaterThan(0);
    const { regels } = await csv(mijnWerkExport, "fatima@voorbeeld.nl", "/mijn-werk/export?formaat=csv");
    expect(regels[0]).toBe("Mijn afspraken");
    expect(regels[1]).toBe("Uiterste moment;Termijnstatus;Soort;Onderwerp;Inwoner;Eigenaar;Team;Kanaal;Kenmerk");
    const i = regels.indexOf("Voor mijn team (nog niet opgepakt)");
    expect(i - 1 - 2).toBe(mijn.length); // header + rows, then a blank line
    expect(regels.slice(i + 2).filter(Boolean)).toHaveLength(team.length);
    for (const a of mijn) expect(regels.some((r) => r.endsWith(`;${a.id}`))).toBe(true);
    const tekst = regels.join("\n");
    expect(tekst).toContain(`"Klaas; de ""Vries"""`);
    expect(tekst).toContain(";'=Piet Jansen;");
    expect(tekst).not.toMatch(/;=/);
    const a = laatsteAudit("export.mijn_werk")!;
    expect(a.actorNaam).toMatch(/Fatima/);
    expect(a.details).toMatchObject({ formaat: "csv", rijen: mijn.length + team.length });

    const teLaat = mijnAfspraken(fatima, { status: "te_laat" }, null, 100_000).items;
    const f = await csv(mijnWerkExport, "fatima@voorbeeld.nl", "/mijn-werk/export?status=te_laat&formaat=csv");
    expect(f.regels.indexOf("Voor mijn team (nog niet opgepakt)") - 3).toBe(teLaat.length);
    expect(laatsteAudit("export.mijn_werk")!.details).toMatchObject({ filter: { status: "te_laat" } });
  });

  it("Team: dezelfde lijst als /team, als XLSX; een medewerker krijgt 403", async () => {
    const sanne = id("sanne@voorbeeld.nl");
    const team = geleideTeams(sanne)[0]!;
    const items = teamAfspraken(team.id, {}, null, 100_000).items;
    expect(items.length).toBeGreaterThan(0);
    const r = (await roep(teamExport, await get("sanne@voorbeeld.nl", "http://localhost/team/export?formaat=xlsx"))) as Response;
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await r.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]!.name).toBe("Teamlijst");
    expect(wb.worksheets[0]!.rowCount).toBe(1 + items.length);
    expect(laatsteAudit("export.team")!.details).toMatchObject({ formaat: "xlsx", rijen: items.length, filter: { team: team.id } });
    const geen = (await roep(teamExport, await get("fatima@voorbeeld.nl", "http://localhost/team/export?formaat=csv"))) as Response;
    expect(geen.status).toBe(403);
  });

  it("Escalaties, suggesties, medewerkers en auditlog", async () => {
    const esc = await csv(escalatiesExport, "sanne@voorbeeld.nl", "/team/escalaties/export?formaat=csv");
    expect(esc.regels.length).toBeGreaterThan(1);
    expect(esc.regels[0]).toMatch(/^Uiterste moment;Verlopen op;Geëscaleerd op/);
    expect(laatsteAudit("export.team_escalaties")).toBeDefined();

    const sug = await csv(suggestiesExport, "ruben@voorbeeld.nl", "/feedback/suggesties/export?formaat=csv");
    const aantalSug = (sqlite.prepare("SELECT count(*) AS n FROM feedback WHERE soort = 'suggestie'").get() as { n: number }).n;
    expect(sug.regels.filter(Boolean)).toHaveLength(1 + Math.min(aantalSug, 500));
    expect(laatsteAudit("export.suggesties")!.details).toMatchObject({ rijen: Math.min(aantalSug, 500) });
    expect(((await roep(suggestiesExport, await get("sanne@voorbeeld.nl", "http://localhost/feedback/suggesties/export?formaat=csv"))) as Response).status).toBe(403);

    const actief = (sqlite.prepare("SELECT count(*) AS n FROM medewerkers WHERE actief = 1").get() as { n: number }).n;
    const mw = await csv(medewerkersExport, "laura@voorbeeld.nl", "/beheer/medewerkers/export?formaat=csv");
    expect(mw.regels[0]).toBe("Naam;E-mailadres;Team;Rollen;Status");
    expect(mw.regels.filter(Boolean)).toHaveLength(1 + actief);
    const rol = await csv(medewerkersExport, "laura@voorbeeld.nl", "/beheer/medewerkers/export?rol=regieteam&actief=alle&formaat=csv");
    expect(rol.regels.slice(1).filter(Boolean).every((r) => r.includes("Regieteam"))).toBe(true);
    expect(rol.regels.some((r) => r.startsWith("Ruben"))).toBe(true);

    // Insert > one page of audit lines so the export walks the page query's keyset pages.
    for (let i = 0; i < 120; i++) {
      sqlite
        .prepare("INSERT INTO audit_log (op, actor_id, actor_naam, actie, object_type, resultaat) VALUES (?, NULL, NULL, 'test.export', 'x', 'ok')")
        .run(1_700_000_000_000 + i);
    }
    const au = await csv(auditExport, "laura@voorbeeld.nl", "/beheer/audit/export?actie=test.export&formaat=csv");
    expect(au.regels[0]).toBe("Tijdstip;Wie;Actie;Actiecode;Objectsoort;Object;Resultaat;Details;Oorsprong");
    expect(au.regels.filter(Boolean)).toHaveLength(121);
    expect(laatsteAudit("export.audit")!.details).toMatchObject({ rijen: 120, filter: { actie: "test.export" } });
    expect(((await roep(auditExport, await get("ruben@voorbeeld.nl", "http://localhost/beheer/audit/export?formaat=csv"))) as Response).status).toBe(403);
  });

  it("zonder formaat: 400 met een Nederlandse melding", async () => {
    const r = (await roep(mijnWerkExport, await get("fatima@voorbeeld.nl", "http://localhost/mijn-werk/export"))) as Response;
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/Kies formaat/);
  });
});
