/**
 * SMS to citizens: a small gateway interface and one HTTP adapter.
 *
 * The adapter POSTs JSON `{ "to": "+316…", "text": "…" }` to the gateway URL with `Authorization: Bearer <token>`
 * and `Idempotency-Key: <bericht_id>` (the same key on every attempt for one message, so a gateway that honours
 * the header delivers a message once even when Afspraak crashed after sending and sends it again). A 2xx answer
 * is delivered (a JSON `id` in the answer is kept); 4xx (except 408/429) is a permanent refusal (invalid number:
 * no retry); 5xx, 408, 429 and network errors are retried with backoff.
 *
 * Configuration: beheer (/beheer/berichten, instellingen.sms_gateway = {"url","token"}) or else the environment
 * AFSPRAAK_SMS_URL / AFSPRAAK_SMS_TOKEN. Without a URL the state is "niet ingesteld" and SMS messages wait.
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { BezorgFout, type BurgerKanaal } from "../../platform/engine/burgerberichten.server";

export interface SmsGateway {
  url: string;
  token: string;
  bron: "beheer" | "omgeving";
}

export const SMS_INSTELLING = "sms_gateway";
const TIMEOUT_MS = 10_000;

/** The gateway in force (beheer before environment), or null = niet ingesteld. */
export function smsGateway(sqlite: Database.Database = getDatabase().sqlite): SmsGateway | null {
  const r = sqlite.prepare("SELECT waarde FROM instellingen WHERE sleutel = ?").get(SMS_INSTELLING) as { waarde: string } | undefined;
  if (r) {
    try {
      const w = JSON.parse(r.waarde) as { url?: string; token?: string };
      if (w.url) return { url: w.url, token: w.token ?? "", bron: "beheer" };
    } catch {
      /* fall through */
    }
  }
  const url = process.env.AFSPRAAK_SMS_URL?.trim();
  if (url) return { url, token: process.env.AFSPRAAK_SMS_TOKEN ?? "", bron: "omgeving" };
  return null;
}

/** The HTTP adapter for one gateway. */
export function httpSmsKanaal(g: { url: string; token: string }): BurgerKanaal {
  return {
    ontdubbelt: true,
    async verstuur(b) {
      let antwoord: Response;
      try {
        antwoord = await fetch(g.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(g.token ? { authorization: `Bearer ${g.token}` } : {}),
            "idempotency-key": b.berichtId,
          },
          body: JSON.stringify({ to: b.aan, text: b.tekst }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (err) {
        throw new BezorgFout(`sms-gateway niet bereikbaar: ${err instanceof Error ? err.message : String(err)}`, false);
      }
      const body = await antwoord.text().catch(() => "");
      if (!antwoord.ok) {
        const s = antwoord.status;
        const permanent = s >= 400 && s < 500 && s !== 408 && s !== 429;
        throw new BezorgFout(`sms-gateway antwoordde ${s}${body ? `: ${body.slice(0, 200)}` : ""}`, permanent);
      }
      let id: string | null = null;
      try {
        const j = JSON.parse(body) as { id?: unknown };
        if (j && (typeof j.id === "string" || typeof j.id === "number")) id = String(j.id);
      } catch {
        /* no JSON: fine */
      }
      return { bezorgId: id };
    },
  };
}

/** The channel the outbox uses: the configured gateway, or null (messages wait, beheer shows "niet ingesteld"). */
export function smsKanaal(): BurgerKanaal | null {
  const g = smsGateway();
  return g ? httpSmsKanaal(g) : null;
}

/** Saves (or clears, with an empty URL) the gateway in beheer. */
export function bewaarSmsGateway(sqlite: Database.Database, w: { url: string; token: string } | null): void {
  if (!w || !w.url) {
    sqlite.prepare("DELETE FROM instellingen WHERE sleutel = ?").run(SMS_INSTELLING);
    return;
  }
  sqlite
    .prepare("INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde")
    .run(SMS_INSTELLING, JSON.stringify({ url: w.url, token: w.token }));
}
