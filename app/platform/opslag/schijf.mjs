// Free disk space next to the database, shared by the Express host (app/http/server.mjs: refuse writes with a
// Dutch page while the disk is full) and the app (readiness, Beheer). Plain JavaScript: the host runs without a
// compiler. When the free space is below AFSPRAAK_MIN_VRIJ_MB (default 64 MB) the disk counts as full: the
// last megabytes stay for SQLite's WAL and checkpoints, so a write that started never meets ENOSPC halfway.
// Space that returns is noticed within a second: the app recovers by itself.
import { statfsSync } from "node:fs";
import path from "node:path";

/** The directory that holds the database (and, by default, the attachments). */
export function dataMap() {
  return path.dirname(path.resolve(process.env.AFSPRAAK_DB || "./data/afspraak.db"));
}

export function minimumVrijBytes() {
  const mb = Number(process.env.AFSPRAAK_MIN_VRIJ_MB);
  return (Number.isFinite(mb) && mb >= 0 ? mb : 64) * 1024 * 1024;
}

let cache = { map: "", op: 0, vrij: Number.POSITIVE_INFINITY };

/** Free bytes for an unprivileged writer on the file system of `map` (cached for 1 s); Infinity when unknown. */
export function vrijeBytes(map = dataMap()) {
  const nu = Date.now();
  if (cache.map === map && nu - cache.op < 1000) return cache.vrij;
  let vrij = Number.POSITIVE_INFINITY;
  try {
    const s = statfsSync(map);
    vrij = Number(s.bavail) * Number(s.bsize);
  } catch {
    /* the directory does not exist yet (first start) or statfs is unsupported: do not block writes */
  }
  cache = { map, op: nu, vrij };
  return vrij;
}

/** True while the data directory's disk has less than the minimum free. */
export function schijfVol(map = dataMap()) {
  return vrijeBytes(map) < minimumVrijBytes();
}

/** Forgets the cached measurement (tests). */
export function vergeetMeting() {
  cache = { map: "", op: 0, vrij: Number.POSITIVE_INFINITY };
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const SCHIJF_VOL_TITEL = "Opslaan kan nu niet";
export const SCHIJF_VOL_TEKST =
  "De schijf van Afspraak is vol. Uw wijziging is niet opgeslagen; er is niets kapotgegaan. Bekijken kan gewoon. " +
  "Ga terug met de knop Vorige van uw browser, zodat wat u typte bewaard blijft, en probeer het over een paar minuten opnieuw. " +
  "Lukt het na een kwartier nog niet, meld het dan aan de beheerder.";

/** The same page in English, for a user who chose English (the app's `taal` cookie). */
const ENGELS = {
  titel: "Saving is not possible right now",
  tekst:
    "The disk of Afspraak is full. Your change was not saved; nothing is broken. You can still view everything. " +
    "Go back with your browser's Back button, so what you typed is kept, and try again in a few minutes. " +
    "If it still fails after a quarter of an hour, tell the administrator.",
  terug: "Back to",
  referentie: "Reference",
};

/** English when the user chose it (cookie `taal=en`, as app/platform/i18n/taal.server.ts reads it). */
function engels(req) {
  return /(?:^|;\s*)taal=en(?:;|$)/.test(req.get?.("cookie") ?? req.headers?.cookie ?? "");
}

/**
 * Express middleware: while the disk is full, every request that would write (anything but GET/HEAD/OPTIONS)
 * gets a 507 with a Dutch page (English for a user who chose English); reads pass. Runs before the body is read, so nothing half-written remains.
 */
export function schijfBewaking({ log, map } = {}) {
  let gemeld = false;
  return (req, res, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
    if (!schijfVol(map ?? dataMap())) {
      if (gemeld) log?.("info", "schijfruimte terug", { vrijMb: Math.round(vrijeBytes(map ?? dataMap()) / 1048576) });
      gemeld = false;
      return next();
    }
    if (!gemeld) log?.("error", "schijf vol: schrijven geweigerd", { map: map ?? dataMap(), minimumMb: minimumVrijBytes() / 1048576 });
    gemeld = true;
    const id = res.locals?.requestId ?? "";
    res.status(507).set("Cache-Control", "no-store").set("Retry-After", "60").set("Connection", "close");
    const t = engels(req) ? { taal: "en", ...ENGELS } : { taal: "nl", titel: SCHIJF_VOL_TITEL, tekst: SCHIJF_VOL_TEKST, terug: "Ga terug naar", referentie: "Referentie" };
    res
      .type("html")
      .send(
        `<!doctype html><html lang="${t.taal}"><head><meta charset="utf-8"><meta name="afspraak-request-id" content="${escapeHtml(id)}"><title>${t.titel} – Afspraak</title></head>` +
          `<body><main><h1>${t.titel}</h1><p>${escapeHtml(t.tekst)}</p><p>${t.terug} <a href="/">Afspraak</a>.</p><p>${t.referentie}: ${escapeHtml(id)}</p></main></body></html>`,
      );
  };
}
