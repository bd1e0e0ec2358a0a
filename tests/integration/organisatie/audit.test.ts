import { describe, expect, it } from "vitest";
import { audit } from "../../../app/platform/audit/audit.server";
import { bekijkAudit, begintVanDag, zoekAudit, AUDIT_PAGINA, actieOmschrijving } from "../../../app/features/audit/zoeken.server";
import { getDatabase } from "../../../db/client";
import { ctx, persoon, auditRegels } from "./helpers";

describe("auditlog zoeken", () => {
  it("rekent datums in Europe/Amsterdam om (ook rond zomertijd)", () => {
    expect(new Date(begintVanDag("2026-01-15")!).toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(new Date(begintVanDag("2026-07-01")!).toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(new Date(begintVanDag("2026-03-29")!).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(begintVanDag("2026-02-30")).toBeNull();
    expect(begintVanDag("gisteren")).toBeNull();
  });

  it("filtert op actor, actie (prefix), object en resultaat, nieuwste eerst, met keyset-paginering", () => {
    const fatima = persoon("fatima@voorbeeld.nl");
    for (let i = 0; i < AUDIT_PAGINA + 7; i++) {
      audit({ actor: fatima, actie: i % 2 ? "test.even" : "test.oneven", objectType: "proef", objectId: String(i), resultaat: i % 5 === 0 ? "geweigerd" : "ok" });
    }
    const p1 = zoekAudit({ actorId: fatima.id, actie: "test.*" });
    expect(p1.rijen).toHaveLength(AUDIT_PAGINA);
    expect(p1.rijen[0]!.objectId).toBe(String(AUDIT_PAGINA + 6));
    expect(p1.volgende).not.toBeNull();
    const p2 = zoekAudit({ actorId: fatima.id, actie: "test.*", na: p1.volgende });
    expect(p2.rijen).toHaveLength(7);
    expect(p2.volgende).toBeNull();
    const ids = [...p1.rijen, ...p2.rijen].map((r) => Number(r.objectId));
    expect(new Set(ids).size).toBe(AUDIT_PAGINA + 7);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    expect(zoekAudit({ actie: "test.even" }).rijen.every((r) => r.actie === "test.even")).toBe(true);
    expect(zoekAudit({ actie: "test" }).rijen).toHaveLength(0);
    expect(zoekAudit({ objectType: "proef", objectId: "3" }).rijen).toHaveLength(1);
    const geweigerd = zoekAudit({ objectType: "proef", resultaat: "geweigerd" }).rijen;
    expect(geweigerd.length).toBe(Math.ceil((AUDIT_PAGINA + 7) / 5));
    expect(zoekAudit({ objectType: "proef", van: "2000-01-01", tot: "2000-01-02" }).rijen).toHaveLength(0);
  });

  it("het bekijken van de auditlog wordt zelf vastgelegd", () => {
    const laura = persoon("laura@voorbeeld.nl");
    bekijkAudit(laura, { actie: "inloggen", resultaat: "geweigerd" }, ctx);
    const regel = auditRegels("audit.bekeken").pop()!;
    expect(regel.actor_id).toBe(laura.id);
    expect(regel.detailsObj?.filter).toEqual({ actie: "inloggen", resultaat: "geweigerd" });
  });

  it("gebruikt een index voor de standaardweergave en voor het actor-filter", () => {
    const { sqlite } = getDatabase();
    const plan = (q: string) => (sqlite.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as { detail: string }[]).map((r) => r.detail).join(" | ");
    expect(plan("SELECT * FROM audit_log ORDER BY op DESC, id DESC LIMIT 51")).toMatch(/USING INDEX audit_op/);
    expect(plan("SELECT * FROM audit_log WHERE actor_id = 'x' ORDER BY op DESC, id DESC LIMIT 51")).toMatch(/audit_actor_op/);
  });

  it("geeft leesbare Nederlandse omschrijvingen", () => {
    expect(actieOmschrijving("medewerker.gedeactiveerd")).toBe("Medewerker gedeactiveerd");
    expect(actieOmschrijving("toegang:beheer")).toBe("Toegang gevraagd (beheer)");
    expect(actieOmschrijving("iets.anders")).toBe("iets.anders");
  });
});
