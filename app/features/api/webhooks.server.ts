/**
 * Change notifications for API clients (issue 16). A sweep reads new rows of afspraak_gebeurtenissen (cursor in
 * koppeling_cursors) and queues, for every active webhook of a client whose team scope covers the commitment,
 * one delivery per event id (unique (webhook, event id): queued exactly once, also after a restart — the cursor
 * and the queued rows commit together). Delivery POSTs the JSON with `Afspraak-Event-Id` and
 * `Afspraak-Signature: t=<s>,v1=<HMAC-SHA256(geheim, "<t>.<body>")>`; a non-2xx or a connection failure is
 * retried with backoff (30 s doubling to 1 h), after 10 attempts the row is `opgegeven` and shown in beheer,
 * where the beheerder can send it again. A receiver deduplicates on the event id (a crash between its 2xx and
 * our commit sends the same id again).
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit, type AuditActor } from "../../platform/audit/audit.server";
import type { BackgroundJob } from "../../platform/engine/jobs.server";
import { logError } from "../../platform/web/log.server";
import { client, teamsVan } from "./clients.server";
import { API_SOORTEN } from "./afspraken.server";

export const MAX_POGINGEN = 10;
const CURSOR = "webhooks";

export function wachttijdMs(pogingen: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, pogingen - 1));
}

function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  const key = Symbol.for(`afspraak.webhooks.${sql}`);
  const holder = sqlite as unknown as Record<symbol, Database.Statement | undefined>;
  return (holder[key] ??= sqlite.prepare(sql));
}

export function ondertekening(geheim: string, tijdstipS: number, body: string): string {
  return `t=${tijdstipS},v1=${crypto.createHmac("sha256", geheim).update(`${tijdstipS}.${body}`).digest("hex")}`;
}

/** Checks a signature header (for receivers and the tests); `toleranceS` against replays. */
export function controleerOndertekening(geheim: string, kop: string, body: string, nuS: number, toleranceS = 300): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(kop);
  if (!m) return false;
  const t = Number(m[1]);
  if (Math.abs(nuS - t) > toleranceS) return false;
  const verwacht = Buffer.from(ondertekening(geheim, t, body).split("v1=")[1]!, "hex");
  return crypto.timingSafeEqual(verwacht, Buffer.from(m[2]!, "hex"));
}

export interface Webhook {
  id: number;
  clientId: string;
  url: string;
  actief: boolean;
  aangemaaktOp: number;
}

export function webhooksVan(clientId: string): Webhook[] {
  const { sqlite } = getDatabase();
  return (
    stmt(sqlite, "SELECT id, client_id, url, actief, aangemaakt_op FROM webhooks WHERE client_id = ? ORDER BY id").all(clientId) as {
      id: number;
      client_id: string;
      url: string;
      actief: number;
      aangemaakt_op: number;
    }[]
  ).map((w) => ({ id: w.id, clientId: w.client_id, url: w.url, actief: !!w.actief, aangemaaktOp: w.aangemaakt_op }));
}

/** A webhook for a client; returns its signing secret (shown once). */
export function maakWebhook(clientId: string, url: string, door: AuditActor, oorsprong: string | null): { ok: true; id: number; geheim: string } | { ok: false; fout: string } {
  const c = client(clientId);
  if (!c || c.ingetrokkenOp) return { ok: false, fout: "Deze client bestaat niet of is ingetrokken." };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, fout: "Dit is geen geldig adres (bijvoorbeeld https://systeem.gemeente.nl/afspraak-webhook)." };
  }
  if (u.protocol !== "https:" && !(u.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname)))
    return { ok: false, fout: "Gebruik een https-adres (http alleen voor localhost)." };
  const geheim = crypto.randomBytes(32).toString("base64url");
  const { sqlite } = getDatabase();
  let id = 0;
  sqlite.transaction(() => {
    id = Number(stmt(sqlite, "INSERT INTO webhooks (client_id, url, geheim, aangemaakt_op) VALUES (?, ?, ?, ?)").run(clientId, u.toString(), geheim, now()).lastInsertRowid);
    audit({ actor: door, actie: "api.webhook.aangemaakt", objectType: "webhook", objectId: id, resultaat: "ok", oorsprong, details: { client: c.naam, url: u.toString() } });
  })();
  return { ok: true, id, geheim };
}

export function zetWebhookUit(id: number, door: AuditActor, oorsprong: string | null): void {
  const { sqlite } = getDatabase();
  sqlite.transaction(() => {
    stmt(sqlite, "UPDATE webhooks SET actief = 0 WHERE id = ?").run(id);
    audit({ actor: door, actie: "api.webhook.uitgezet", objectType: "webhook", objectId: id, resultaat: "ok", oorsprong });
  })();
}

interface GebeurtenisRij {
  id: number;
  afspraak_id: string;
  volgnummer: number;
  type: string;
  naar_status: string;
  op: number;
  soort: string;
  team: number | null;
}

/** Queues deliveries for new events; returns how many were queued. */
export function verzamelWebhookEvents(limiet = 500): number {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const cursor = (stmt(sqlite, "SELECT waarde FROM koppeling_cursors WHERE naam = ?").get(CURSOR) as { waarde: number } | undefined)?.waarde ?? 0;
    const rijen = stmt(
      sqlite,
      `SELECT g.id, g.afspraak_id, g.volgnummer, g.type, g.naar_status, g.op, a.soort,
              COALESCE(a.team_id, (SELECT m.team_id FROM medewerkers m WHERE m.id = a.eigenaar_id)) AS team
       FROM afspraak_gebeurtenissen g JOIN afspraken a ON a.id = g.afspraak_id
       WHERE g.id > ? ORDER BY g.id LIMIT ?`,
    ).all(cursor, limiet) as GebeurtenisRij[];
    if (!rijen.length) return 0;
    const hooks = stmt(sqlite, "SELECT id, client_id, aangemaakt_op FROM webhooks WHERE actief = 1").all() as { id: number; client_id: string; aangemaakt_op: number }[];
    const teams = new Map<string, number[]>();
    for (const h of hooks) if (!teams.has(h.client_id)) teams.set(h.client_id, (() => { const c = client(h.client_id); return c && !c.ingetrokkenOp ? teamsVan(c) : []; })());
    let n = 0;
    const nu = now();
    for (const g of rijen) {
      if (!(API_SOORTEN as readonly string[]).includes(g.soort) || g.team === null) continue;
      for (const h of hooks) {
        if (g.op < h.aangemaakt_op || !teams.get(h.client_id)!.includes(g.team)) continue;
        const eventId = `${g.afspraak_id}:${g.volgnummer}`;
        const payload = {
          id: eventId,
          type: "afspraak.gewijzigd",
          op: new Date(g.op).toISOString(),
          afspraak: { id: g.afspraak_id, soort: g.soort, status: g.naar_status, teamId: g.team },
          gebeurtenis: g.type,
        };
        n += stmt(
          sqlite,
          `INSERT INTO webhook_leveringen (webhook_id, event_id, type, payload, volgende_poging_op, aangemaakt_op)
           VALUES (?, ?, 'afspraak.gewijzigd', ?, ?, ?) ON CONFLICT DO NOTHING`,
        ).run(h.id, eventId, JSON.stringify(payload), nu, nu).changes;
      }
    }
    stmt(sqlite, "INSERT INTO koppeling_cursors (naam, waarde) VALUES (?, ?) ON CONFLICT (naam) DO UPDATE SET waarde = excluded.waarde").run(CURSOR, rijen[rijen.length - 1]!.id);
    return n;
  })();
}

/** Delivers what is due; returns counts. `fetcher` for tests. */
export async function bezorgWebhooks(fetcher: typeof fetch = fetch, limiet = 50): Promise<{ afgeleverd: number; mislukt: number }> {
  const { sqlite } = getDatabase();
  const nu = now();
  const rijen = stmt(
    sqlite,
    `SELECT l.id, l.event_id, l.payload, l.pogingen, w.url, w.geheim FROM webhook_leveringen l JOIN webhooks w ON w.id = l.webhook_id
     WHERE l.status = 'wachtend' AND l.volgende_poging_op <= ? AND w.actief = 1 ORDER BY l.volgende_poging_op, l.id LIMIT ?`,
  ).all(nu, limiet) as { id: number; event_id: string; payload: string; pogingen: number; url: string; geheim: string }[];
  let afgeleverd = 0;
  let mislukt = 0;
  for (const r of rijen) {
    let fout: string | null = null;
    try {
      const t = Math.floor(Date.now() / 1000);
      const res = await fetcher(r.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Afspraak-Event-Id": r.event_id, "Afspraak-Signature": ondertekening(r.geheim, t, r.payload) },
        body: r.payload,
        signal: AbortSignal.timeout(10_000),
        redirect: "manual",
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) fout = `De ontvanger antwoordde met HTTP ${res.status}.`;
    } catch (e) {
      fout = `Geen verbinding met de ontvanger: ${e instanceof Error ? e.message : String(e)}`;
    }
    const pogingen = r.pogingen + 1;
    if (!fout) {
      stmt(sqlite, "UPDATE webhook_leveringen SET status = 'afgeleverd', pogingen = ?, afgeleverd_op = ?, laatste_fout = NULL WHERE id = ?").run(pogingen, now(), r.id);
      afgeleverd++;
    } else {
      const status = pogingen >= MAX_POGINGEN ? "opgegeven" : "wachtend";
      stmt(sqlite, "UPDATE webhook_leveringen SET status = ?, pogingen = ?, laatste_fout = ?, volgende_poging_op = ? WHERE id = ?").run(status, pogingen, fout, now() + wachttijdMs(pogingen), r.id);
      mislukt++;
    }
  }
  return { afgeleverd, mislukt };
}

export interface LeveringRij {
  id: number;
  webhookId: number;
  url: string;
  eventId: string;
  status: string;
  pogingen: number;
  laatsteFout: string | null;
  volgendePogingOp: number;
}

/** Deliveries that failed at least once and are not delivered: what the beheerder must see. */
export function probleemLeveringen(clientId?: string): LeveringRij[] {
  const { sqlite } = getDatabase();
  return (
    sqlite
      .prepare(
        `SELECT l.id, l.webhook_id, w.url, l.event_id, l.status, l.pogingen, l.laatste_fout, l.volgende_poging_op FROM webhook_leveringen l
         JOIN webhooks w ON w.id = l.webhook_id WHERE l.status != 'afgeleverd' AND l.laatste_fout IS NOT NULL ${clientId ? "AND w.client_id = ?" : ""}
         ORDER BY l.id DESC LIMIT 100`,
      )
      .all(...(clientId ? [clientId] : [])) as { id: number; webhook_id: number; url: string; event_id: string; status: string; pogingen: number; laatste_fout: string | null; volgende_poging_op: number }[]
  ).map((r) => ({ id: r.id, webhookId: r.webhook_id, url: r.url, eventId: r.event_id, status: r.status, pogingen: r.pogingen, laatsteFout: r.laatste_fout, volgendePogingOp: r.volgende_poging_op }));
}

/** A given-up delivery queued again (beheer). */
export function leverOpnieuw(id: number, door: AuditActor, oorsprong: string | null): void {
  const { sqlite } = getDatabase();
  sqlite.transaction(() => {
    stmt(sqlite, "UPDATE webhook_leveringen SET status = 'wachtend', pogingen = 0, volgende_poging_op = ? WHERE id = ? AND status = 'opgegeven'").run(now(), id);
    audit({ actor: door, actie: "api.webhook.opnieuw", objectType: "webhook_levering", objectId: id, resultaat: "ok", oorsprong });
  })();
}

export function webhookTaken(): BackgroundJob[] {
  return [
    {
      naam: "api-webhooks",
      intervalMs: 10_000,
      run: async () => {
        try {
          verzamelWebhookEvents();
        } catch (e) {
          logError("webhooks verzamelen mislukt", e);
        }
        await bezorgWebhooks();
      },
    },
  ];
}
