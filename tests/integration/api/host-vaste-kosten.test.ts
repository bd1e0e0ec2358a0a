/**
 * The host's fixed cost per request (issue 14), through the real host over a socket where it can be seen there:
 * public files come from a list made at boot (a dynamic path is handed on without touching the disk), only text
 * from 1 kB on is compressed, and the CSP header is built from precomputed halves around the nonce.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { startTestServer, type TestServer } from "../vijandig/app";
import { statischeBestanden } from "../../../app/http/server.mjs";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

type Middleware = (req: unknown, res: unknown, next: (e?: unknown) => void) => void;

describe("vaste kosten per verzoek in de host", () => {
  it("serveert publieke bestanden uit de lijst van bij het starten; een dynamisch pad gaat zonder schijftoegang door", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "afspraak-publiek-"));
    try {
      writeFileSync(path.join(dir, "favicon.svg"), "<svg/>");
      const mw = statischeBestanden(dir, { vast: true }) as Middleware;
      writeFileSync(path.join(dir, "later.txt"), "na de start"); // not in the boot list
      const naarRemix = (pad: string) => {
        let door = false;
        mw({ method: "GET", path: pad }, {}, () => (door = true));
        return door; // synchronously: no stat was awaited
      };
      expect(naarRemix("/mijn-werk")).toBe(true);
      expect(naarRemix("/terugbelafspraken/abc")).toBe(true);
      expect(naarRemix("/later.txt")).toBe(true);
      expect(naarRemix("/%E0%A4%A")).toBe(true); // malformed escape: not a file, Remix answers
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const fav = await fetch(`${s.url}/favicon.svg`);
    expect(fav.status).toBe(200);
    expect(fav.headers.get("Cache-Control")).toMatch(/max-age=3600/);
  });

  it("comprimeert HTML boven 1 kB voor een browser die gzip vraagt, geen kleine JSON", async () => {
    const pagina = await fetch(`${s.url}/inloggen`, { headers: { "Accept-Encoding": "gzip" } });
    expect(pagina.status).toBe(200);
    expect(pagina.headers.get("Content-Encoding")).toBe("gzip");
    expect(await pagina.text()).toContain("<html"); // fetch decompresses
    const health = await fetch(`${s.url}/healthz`, { headers: { "Accept-Encoding": "gzip" } });
    expect(health.status).toBe(200);
    expect(health.headers.get("Content-Encoding")).toBeNull();
    // /healthz comes from its route loader directly: the same answer as through Remix.
    expect(health.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(health.headers.get("Cache-Control")).toBe("no-store");
    expect(await health.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("zet de CSP met een eigen nonce per verzoek, in de vorm van voorheen", async () => {
    const a = (await fetch(`${s.url}/healthz`)).headers.get("Content-Security-Policy")!;
    const b = (await fetch(`${s.url}/healthz`)).headers.get("Content-Security-Policy")!;
    const vorm = (nonce: string) =>
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ].join("; ");
    const nonce = (h: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(h)?.[1] ?? "";
    expect(a).toBe(vorm(nonce(a)));
    expect(nonce(a)).toHaveLength(24);
    expect(nonce(b)).not.toBe(nonce(a));
  });
});
