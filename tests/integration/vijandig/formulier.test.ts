/**
 * The one form reader (app/platform/web/formulier.server.ts): what an action gets from a hostile body.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { alleWaarden, invoerVan, leesFormulier, leesInvoer, valideer } from "../../../app/platform/web/formulier.server";

function post(body: BodyInit | null, type?: string): Request {
  return new Request("http://localhost/x", { method: "POST", headers: type ? { "Content-Type": type } : {}, body });
}

async function weigering(p: Promise<unknown>): Promise<{ status: number; tekst: string }> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(Response);
  const r = e as Response;
  return { status: r.status, tekst: await r.text() };
}

describe("leesFormulier", () => {
  it("weigert wat geen formulier is met 415, een kapot formulier met 400 en een te groot met 413, in het Nederlands", async () => {
    expect(await weigering(leesFormulier(post(null)))).toMatchObject({ status: 415, tekst: expect.stringContaining("geen formulier") });
    expect((await weigering(leesFormulier(post("{}", "application/json")))).status).toBe(415);
    expect((await weigering(leesFormulier(post("a=1", "text/plain")))).status).toBe(415);
    const kapot = await weigering(leesFormulier(post("--x\r\nrommel", "multipart/form-data; boundary=x")));
    expect(kapot).toMatchObject({ status: 400, tekst: expect.stringContaining("niet goed aan") });
    const groot = await weigering(leesFormulier(post("a=" + "x".repeat(2000), "application/x-www-form-urlencoded"), { maxBytes: 1024 }));
    expect(groot).toMatchObject({ status: 413, tekst: expect.stringContaining("hoogstens 1 kB") });
  });

  it("leest urlencoded en multipart; bestanden blijven buiten de invoer, herhaalde velden via alleWaarden", async () => {
    const fd = new FormData();
    fd.append("naam", "Ş😀\u202E");
    fd.append("keuze", "a");
    fd.append("keuze", "b");
    fd.append("bestand", new Blob(["x"]), "x.txt");
    const f = await leesFormulier(new Request("http://localhost/x", { method: "POST", body: fd }));
    expect(invoerVan(f)).toEqual({ naam: "Ş😀\u202E", keuze: "b" });
    expect(alleWaarden(f, "keuze")).toEqual(["a", "b"]);
    expect(await leesInvoer(post("a=1&b=%00", "application/x-www-form-urlencoded"))).toEqual({ a: "1", b: "\u0000" });
  });

  it("een veld __proto__ vervuilt geen prototypes", async () => {
    const invoer = await leesInvoer(post("__proto__=x&constructor=y&naam[]=z", "application/x-www-form-urlencoded"));
    expect(Object.getPrototypeOf(invoer)).toBe(Object.prototype);
    expect(Object.keys(invoer).sort()).toEqual(["__proto__", "constructor", "naam[]"]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("valideer", () => {
  const Schema = z.object({ naam: z.string().trim().min(1, "Vul een naam in.").max(500, "Hoogstens 500 tekens."), aantal: z.coerce.number().int().min(0) });

  it("gooit nooit, en geeft Nederlandse fouten per veld", () => {
    expect(() => valideer(Schema, { naam: "x".repeat(100_000), aantal: "-1" })).not.toThrow();
    const r = valideer(Schema, { naam: "x".repeat(501), aantal: "1" });
    expect(r).toEqual({ ok: false, fouten: { naam: ["Hoogstens 500 tekens."] } });
    expect(valideer(Schema, { naam: " a ", aantal: "2" })).toEqual({ ok: true, data: { naam: "a", aantal: 2 } });
    expect(valideer(Schema, null).ok).toBe(false);
  });
});
