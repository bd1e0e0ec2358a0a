import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmsVerzoek {
  to: string;
  text: string;
  auth: string | undefined;
  sleutel: string | undefined;
}

/**
 * A fake SMS gateway: a real HTTP server on loopback. It deduplicates on Idempotency-Key (as a real gateway that
 * honours the header does): `afgeleverd` holds each message once, `verzoeken` every request. `antwoord` sets the
 * HTTP status of the next answers.
 */
export async function nepGateway(token = "geheim-token") {
  const verzoeken: SmsVerzoek[] = [];
  const afgeleverd = new Map<string, SmsVerzoek>();
  const state = { status: 200 };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      const j = JSON.parse(body || "{}") as { to: string; text: string };
      const v: SmsVerzoek = { to: j.to, text: j.text, auth: req.headers.authorization, sleutel: req.headers["idempotency-key"] as string | undefined };
      verzoeken.push(v);
      if (req.headers.authorization !== `Bearer ${token}`) {
        res.writeHead(401).end("unauthorized");
        return;
      }
      if (state.status !== 200) {
        res.writeHead(state.status).end("fout");
        return;
      }
      const k = v.sleutel ?? String(verzoeken.length);
      if (!afgeleverd.has(k)) afgeleverd.set(k, v);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `sms-${k.length}-${afgeleverd.size}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  return { url, token, verzoeken, afgeleverd, state, sluit: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface OntvangenMail {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback (smtp-server), no auth, no TLS. `weiger` = reject RCPT with 550. */
export async function smtpServer() {
  const mails: OntvangenMail[] = [];
  const state = { weiger: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onRcptTo(address, _session, cb) {
      if (state.weiger) {
        const e = new Error("550 mailbox unavailable") as Error & { responseCode: number };
        e.responseCode = 550;
        return cb(e);
      }
      cb();
    },
    onData(stream, session, cb) {
      let raw = "";
      stream.on("data", (d: Buffer) => (raw += d.toString("utf8")));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, port, mails, state, sluit: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Unfolds quoted-printable soft line breaks and =XX escapes (enough for the test texts). */
export function leesbaar(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
