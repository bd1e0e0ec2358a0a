/** The demo data includes what citizens sent through the public pages (channel webformulier), with status links. */
import { beforeAll, describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { getDatabase } from "../../../db/client";
import { genereerDemoData } from "../../../app/features/demodata/generator.server";

beforeAll(async () => {
  await genereerDemoData({ jaren: 1, schaal: "klein", zaad: 7, nu: Date.parse("2026-03-04T11:00:00+01:00") });
}, 120_000);

describe("demo data: public submissions", () => {
  it("has complaints, callback requests, compliments and suggestions from the public form, each complaint with a handler and a link", () => {
    const { sqlite } = getDatabase();
    const n = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    expect(n("SELECT count(*) n FROM klachten WHERE kanaal = 'webformulier'")).toBe(8);
    expect(n("SELECT count(*) n FROM klachten WHERE kanaal = 'webformulier' AND behandelaar_id IS NOT NULL AND status = 'in_behandeling'")).toBe(8);
    expect(n("SELECT count(*) n FROM afspraken WHERE soort = 'terugbelafspraak' AND kanaal = 'webformulier' AND open = 1 AND team_id IS NOT NULL")).toBe(12);
    expect(n("SELECT count(*) n FROM feedback WHERE kanaal = 'webformulier' AND soort = 'compliment'")).toBe(6);
    expect(n("SELECT count(*) n FROM feedback WHERE kanaal = 'webformulier' AND soort = 'suggestie'")).toBe(4);
    expect(n("SELECT count(DISTINCT l.afspraak_id) n FROM inwoner_statuslinks l JOIN afspraken a ON a.id = l.afspraak_id WHERE a.kanaal = 'webformulier'")).toBe(20);
  });
});
