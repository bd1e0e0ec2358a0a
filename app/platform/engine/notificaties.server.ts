/**
 * The `bericht` action: resolves recipients (eigenaar / teamleider / regieteam / a medewerker / a team),
 * writes an in-app inbox message for each and queues an e-mail in the outbox — in the caller's transaction.
 */
import type Database from "better-sqlite3";
import type { EffectCache, EffectContext, Ontvanger } from "./effect";
export type { EffectCache };
import { MAIL_INSERT_SQL, mailWaarden, nietVoorMoment, zetMailKlaar } from "./outbox.server";

export type Aan = "eigenaar" | "teamleider" | "regieteam" | { medewerkerId: string } | { teamId: number };

export interface BerichtActie {
  aan: Aan;
  titel: string;
  tekst: string;
  urgent?: boolean;
}



export function nieuweEffectCache(opts: { wachtrij?: boolean } = {}): EffectCache {
  return { ontvangers: new Map(), nietVoor: new Map(), wachtrij: opts.wachtrij ? { berichten: [], mails: [] } : undefined };
}

const BERICHT_INSERT_SQL = {
  kop: "INSERT INTO berichten (medewerker_id, titel, tekst, link, afspraak_id, urgent, aangemaakt_op) VALUES ",
  rij: "(?, ?, ?, ?, ?, ?, ?)",
  staart: "",
};
const PER_STATEMENT = 64;
const meerCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function schrijfMeer(sqlite: Database.Database, sql: { kop: string; rij: string; staart: string }, rijen: unknown[][]): void {
  let m = meerCache.get(sqlite);
  if (!m) meerCache.set(sqlite, (m = new Map()));
  for (let i = 0; i < rijen.length; i += PER_STATEMENT) {
    const deel = rijen.slice(i, i + PER_STATEMENT);
    const sleutel = `${sql.kop}|${deel.length}`;
    let st = m.get(sleutel);
    if (!st) {
      st = sqlite.prepare(sql.kop + Array.from({ length: deel.length }, () => sql.rij).join(", ") + sql.staart);
      m.set(sleutel, st);
    }
    st.run(deel.flat());
  }
}

/** Writes the collected inbox and outbox rows (inside the same transaction) and empties the queue. */
export function schrijfWachtrij(sqlite: Database.Database, cache: EffectCache): void {
  const w = cache.wachtrij;
  if (!w) return;
  if (w.berichten.length) schrijfMeer(sqlite, BERICHT_INSERT_SQL, w.berichten);
  if (w.mails.length) schrijfMeer(sqlite, MAIL_INSERT_SQL, w.mails);
  w.berichten = [];
  w.mails = [];
}

function aanSleutel(afspraak: { eigenaar_id: string | null; team_id: number | null }, aan: Aan): string {
  const wie = typeof aan === "string" ? aan : "medewerkerId" in aan ? `m:${aan.medewerkerId}` : `t:${aan.teamId}`;
  return `${wie}|${afspraak.eigenaar_id ?? ""}|${afspraak.team_id ?? ""}`;
}

interface Stmts {
  medewerker: Database.Statement;
  teamleden: Database.Statement;
  teamleiderVanTeam: Database.Statement;
  teamVan: Database.Statement;
  leidinggevenden: Database.Statement;
  regieteam: Database.Statement;
  insertBericht: Database.Statement;
}
const cache = new WeakMap<Database.Database, Stmts>();
function stmts(sqlite: Database.Database): Stmts {
  let s = cache.get(sqlite);
  if (!s) {
    s = {
      medewerker: sqlite.prepare("SELECT id, email, naam FROM medewerkers WHERE id = ? AND actief = 1"),
      teamleden: sqlite.prepare("SELECT id, email, naam FROM medewerkers WHERE team_id = ? AND actief = 1 ORDER BY naam"),
      teamleiderVanTeam: sqlite.prepare(
        "SELECT m.id, m.email, m.naam FROM teams t JOIN medewerkers m ON m.id = t.teamleider_id WHERE t.id = ? AND m.actief = 1",
      ),
      teamVan: sqlite.prepare("SELECT team_id FROM medewerkers WHERE id = ?"),
      leidinggevenden: sqlite.prepare(
        `SELECT m.id, m.email, m.naam FROM leidinggevenden l JOIN medewerkers m ON m.id = l.leidinggevende_id
         WHERE l.medewerker_id = ? AND m.actief = 1`,
      ),
      regieteam: sqlite.prepare(
        `SELECT m.id, m.email, m.naam FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id
         WHERE r.rol = 'regieteam' AND m.actief = 1 ORDER BY m.naam`,
      ),
      insertBericht: sqlite.prepare(
        `INSERT INTO berichten (medewerker_id, titel, tekst, link, afspraak_id, urgent, aangemaakt_op)
         VALUES (@medewerkerId, @titel, @tekst, @link, @afspraakId, @urgent, @op)`,
      ),
    };
    cache.set(sqlite, s);
  }
  return s;
}

function uniek(lijst: Ontvanger[]): Ontvanger[] {
  const gezien = new Set<string>();
  return lijst.filter((o) => (gezien.has(o.id) ? false : (gezien.add(o.id), true)));
}

/**
 * Who receives a message for commitment `afspraak`:
 * - eigenaar: the owner, or — when only a team owns it — every active member of that team;
 * - teamleider: the teamleider of the owner's team (or of the commitment's team) and the owner's
 *   leidinggevenden; when the owner is the teamleider, their own leidinggevenden; nobody → the regieteam;
 * - regieteam: every active medewerker with the role regieteam;
 * - { medewerkerId } / { teamId }: that person / that team's active members.
 */
export function ontvangers(
  sqlite: Database.Database,
  afspraak: { eigenaar_id: string | null; team_id: number | null },
  aan: Aan,
): Ontvanger[] {
  const s = stmts(sqlite);
  if (aan === "eigenaar") {
    if (afspraak.eigenaar_id) {
      const m = s.medewerker.get(afspraak.eigenaar_id) as Ontvanger | undefined;
      if (m) return [m];
    }
    return afspraak.team_id !== null ? (s.teamleden.all(afspraak.team_id) as Ontvanger[]) : [];
  }
  if (aan === "teamleider") {
    const lijst: Ontvanger[] = [];
    const teamId =
      (afspraak.eigenaar_id ? (s.teamVan.get(afspraak.eigenaar_id) as { team_id: number | null } | undefined)?.team_id : null) ??
      afspraak.team_id;
    if (teamId !== null && teamId !== undefined) {
      const tl = s.teamleiderVanTeam.get(teamId) as Ontvanger | undefined;
      if (tl && tl.id !== afspraak.eigenaar_id) lijst.push(tl);
    }
    if (afspraak.team_id !== null && afspraak.team_id !== teamId) {
      const tl = s.teamleiderVanTeam.get(afspraak.team_id) as Ontvanger | undefined;
      if (tl && tl.id !== afspraak.eigenaar_id) lijst.push(tl);
    }
    if (afspraak.eigenaar_id) lijst.push(...(s.leidinggevenden.all(afspraak.eigenaar_id) as Ontvanger[]));
    const u = uniek(lijst);
    return u.length ? u : (s.regieteam.all() as Ontvanger[]);
  }
  if (aan === "regieteam") return s.regieteam.all() as Ontvanger[];
  if ("medewerkerId" in aan) {
    const m = s.medewerker.get(aan.medewerkerId) as Ontvanger | undefined;
    return m ? [m] : [];
  }
  return s.teamleden.all(aan.teamId) as Ontvanger[];
}

/** Public base URL for links in e-mail (AFSPRAAK_PUBLIC_URL, e.g. https://afspraak.voorbeeld.nl). */
export function publiekeUrl(): string {
  return (process.env.AFSPRAAK_PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, "");
}

/** Inbox message + e-mail for each recipient; returns how many received it. */
export function verstuurBericht(ctx: EffectContext, p: BerichtActie): number {
  if (!p || !p.titel) throw new Error("bericht zonder titel");
  const s = stmts(ctx.sqlite);
  const c = ctx.cache;
  let lijst: Ontvanger[];
  let basisUrl: string;
  let nietVoor: number | undefined;
  if (c) {
    const sleutel = aanSleutel(ctx.afspraak, p.aan);
    let l = c.ontvangers.get(sleutel);
    if (!l) c.ontvangers.set(sleutel, (l = uniek(ontvangers(ctx.sqlite, ctx.afspraak, p.aan))));
    lijst = l;
    basisUrl = c.publiekeUrl ??= publiekeUrl();
    const nvSleutel = `${ctx.op}|${p.urgent ? 1 : 0}`;
    nietVoor = c.nietVoor.get(nvSleutel);
    if (nietVoor === undefined) c.nietVoor.set(nvSleutel, (nietVoor = nietVoorMoment(ctx.op, !!p.urgent)));
  } else {
    lijst = uniek(ontvangers(ctx.sqlite, ctx.afspraak, p.aan));
    basisUrl = publiekeUrl();
  }
  const wachtrij = c?.wachtrij;
  for (const o of lijst) {
    const mail = {
      aan: o.email,
      onderwerp: `Afspraak: ${p.titel}`,
      tekst: `Beste ${o.naam},\n\n${p.tekst ?? ""}\n\nBekijk de afspraak: ${basisUrl}${ctx.link}\n\nDit bericht staat ook in uw berichten in Afspraak.`,
      urgent: !!p.urgent,
      afspraakId: ctx.afspraak.id,
      op: ctx.op,
      nietVoor,
    };
    if (wachtrij) {
      wachtrij.berichten.push([o.id, p.titel, p.tekst ?? "", ctx.link, ctx.afspraak.id, p.urgent ? 1 : 0, ctx.op]);
      wachtrij.mails.push(mailWaarden(mail));
      continue;
    }
    s.insertBericht.run({
      medewerkerId: o.id,
      titel: p.titel,
      tekst: p.tekst ?? "",
      link: ctx.link,
      afspraakId: ctx.afspraak.id,
      urgent: p.urgent ? 1 : 0,
      op: ctx.op,
    });
    zetMailKlaar(ctx.sqlite, mail);
  }
  return lijst.length;
}
