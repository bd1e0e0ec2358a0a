/**
 * The citizen's one-question form as the host calls it: the same 404 for an unknown, a used and an expired link,
 * no-store / no-referrer / noindex headers, a validation error at the field with the comment kept, and one answer.
 */
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { maakKtoUitnodiging, nieuweKtoLink } from "../../../app/features/kto/uitnodiging.server";
import * as kto from "../../../app/routes/inwoner.kto.$token";

type Antwoord = { data: Record<string, unknown>; init: { status?: number; headers?: Record<string, string> } | null };
async function roep(fn: (a: never) => Promise<unknown>, request: Request, token: string) {
  try {
    return (await fn({ request, params: { token }, context: { clientIp: "192.0.2.9", requestId: "t" } } as never)) as Response | Antwoord;
  } catch (e) {
    return e as Response | Antwoord;
  }
}
const statusVan = (v: Response | Antwoord) => (v instanceof Response ? v.status : (v.init?.status ?? 200));
const headersVan = (v: Response | Antwoord) => (v instanceof Response ? Object.fromEntries(v.headers) : (v.init?.headers ?? {}));
function post(token: string, velden: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(velden)) f.set(k, v);
  return new Request(`http://localhost/inwoner/kto/${token}`, { method: "POST", body: f });
}
const get = (token: string) => new Request(`http://localhost/inwoner/kto/${token}`);

describe("/inwoner/kto/<token>", () => {
  it("one answer through a one-time link; unknown, used and expired links give the same 404", async () => {
    const T = Date.parse("2026-12-01T10:00:00+01:00");
    setNow(T);
    const { sqlite } = getDatabase();
    sqlite
      .prepare(`INSERT INTO afspraken (id, soort, status, open, titel, handvest_peil_op, snapshot, aangemaakt_op, gewijzigd_op) VALUES ('kto-r', 'terugbelafspraak', 'nagekomen', 0, 'x', ?, '{}', ?, ?)`)
      .run(T, T, T);
    maakKtoUitnodiging(sqlite, { id: "kto-r", soort: "terugbelafspraak", team_id: null, afdeling_id: null, kanaal: "telefoon" });
    const token = nieuweKtoLink(sqlite, "kto-r")!.split("/").pop()!;

    const ok = await roep(kto.loader, get(token), token);
    expect(statusVan(ok)).toBe(200);
    expect(headersVan(ok)).toMatchObject({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });
    const onbekend = await roep(kto.loader, get(crypto.randomBytes(32).toString("base64url")), "x");
    expect(statusVan(onbekend)).toBe(404);

    const fout = (await roep(kto.action, post(token, { opmerking: "Te laat gebeld" }), token)) as Antwoord;
    expect(statusVan(fout)).toBe(400);
    expect((fout.data.fouten as Record<string, string[]>).score).toEqual(["Kies een cijfer van 1 tot 5."]);
    expect(fout.data.waarden).toEqual({ score: "", opmerking: "Te laat gebeld" });
    const teLang = (await roep(kto.action, post(token, { score: "2", opmerking: "x".repeat(2001) }), token)) as Antwoord;
    expect((teLang.data.fouten as Record<string, string[]>).opmerking?.[0]).toMatch(/te lang/);
    const zes = (await roep(kto.action, post(token, { score: "6" }), token)) as Antwoord;
    expect(statusVan(zes)).toBe(400);

    const klaar = (await roep(kto.action, post(token, { score: "2", opmerking: "Te laat gebeld" }), token)) as Response;
    expect(klaar.status).toBe(302);
    expect(klaar.headers.get("Location")).toBe("/inwoner/kto/bedankt?ontevreden=1");
    expect(sqlite.prepare("SELECT score, opmerking, opvolging FROM kto_uitnodigingen WHERE afspraak_id = 'kto-r'").get()).toEqual({
      score: 2,
      opmerking: "Te laat gebeld",
      opvolging: "open",
    });
    expect(sqlite.prepare("SELECT count(*) n FROM audit_log WHERE actie = 'kto.beantwoord' AND details NOT LIKE ?").get(`%${token}%`)).toEqual({ n: 1 });
    // used: the same 404 as unknown, for the page and for a second answer
    expect(statusVan(await roep(kto.loader, get(token), token))).toBe(404);
    expect(statusVan(await roep(kto.action, post(token, { score: "5" }), token))).toBe(404);

    // expired
    sqlite.prepare("INSERT INTO afspraken (id, soort, status, open, titel, handvest_peil_op, snapshot, aangemaakt_op, gewijzigd_op) VALUES ('kto-v', 'overdracht', 'afgerond', 0, 'y', ?, '{}', ?, ?)").run(T, T, T);
    maakKtoUitnodiging(sqlite, { id: "kto-v", soort: "overdracht", team_id: null, afdeling_id: null, kanaal: null });
    const oud = nieuweKtoLink(sqlite, "kto-v")!.split("/").pop()!;
    setNow(T + 31 * 86_400_000);
    expect(statusVan(await roep(kto.loader, get(oud), oud))).toBe(404);
  });
});
