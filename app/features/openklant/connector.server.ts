/**
 * The Open Klant connector (issue 16): contactverzoeken made in KISS become terugbelafspraken in Afspraak, and
 * what Afspraak does goes back.
 *
 * (a) In: `poll` asks Open Klant for the InterneTaken `te_verwerken` assigned to each actor mapped to a team
 *     (Beheer → Open Klant), reads the Klantcontact that led to it and its Betrokkene (name, phone, e-mail,
 *     Partij), and creates the callback through the screens' own maakTerugbelafspraak (same validation, the
 *     charter's TERUGBELLEN norm and due moment, the citizen linked in the klantbeeld) in the team's queue. The
 *     task's uuid is recorded in the same transaction (openklant_taken, primary key): a second poll or a restart
 *     never makes a second callback.
 * (b) Out: `verzamelTerugschrijvingen` turns each attempt (POGING) on an imported callback into a Klantcontact to
 *     write, and the callback's end into "task verwerkt with a toelichting"; `schrijfTerug` delivers them in
 *     order (a task is closed only after its attempts are written), each step remembered so a retry never
 *     writes a Klantcontact twice.
 * (c) Failures: a connection or server failure is retried with backoff (30 s doubling up to 30 min for polling,
 *     up to 1 h per write-back item), never dropped, and shown in beheer (last success, last error, backlog).
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit, type AuditActor } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import type { BackgroundJob } from "../../platform/engine/jobs.server";
import { logError } from "../../platform/web/log.server";
import { maakTerugbelafspraak, KANALEN, UITKOMST_TEKST, STATUS_TEKST, teamNaam } from "../terugbellen/terugbel.server";
import { OpenKlantClient, OpenKlantFout, type Betrokkene, type InterneTaak } from "./client.server";

export const CONNECTOR_GEBRUIKER: AppUser = { id: "openklant", naam: "Open Klant (contactverzoek uit KISS)", email: "", rollen: [] };
const ACTOR: AuditActor = { id: CONNECTOR_GEBRUIKER.id, naam: CONNECTOR_GEBRUIKER.naam };
const CURSOR = "openklant";
const EINDE = ["nagekomen", "niet_bereikbaar", "geannuleerd", "omgezet"];

function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  const key = Symbol.for(`afspraak.openklant.${sql}`);
  const holder = sqlite as unknown as Record<symbol, Database.Statement | undefined>;
  return (holder[key] ??= sqlite.prepare(sql));
}

export const pollWachttijdMs = (fouten: number) => Math.min(30 * 60_000, 30_000 * 2 ** Math.max(0, fouten - 1));
export const schrijfWachttijdMs = (pogingen: number) => Math.min(3_600_000, 30_000 * 2 ** Math.max(0, pogingen - 1));

// ------------------------------------------------------------------------------------------------ settings

export interface Instellingen {
  basisUrl: string;
  tokenIngesteld: boolean;
  actief: boolean;
  laatsteSuccesOp: number | null;
  laatsteFout: string | null;
  laatsteFoutOp: number | null;
  foutenOpRij: number;
  volgendePollOp: number;
  versie: number;
}

interface InstellingenRij {
  basis_url: string;
  token: string;
  actief: number;
  laatste_succes_op: number | null;
  laatste_fout: string | null;
  laatste_fout_op: number | null;
  fouten_op_rij: number;
  volgende_poll_op: number;
  versie: number;
}

function rij(): InstellingenRij {
  const { sqlite } = getDatabase();
  stmt(sqlite, "INSERT INTO openklant_instellingen (id) VALUES (1) ON CONFLICT DO NOTHING").run();
  return stmt(sqlite, "SELECT * FROM openklant_instellingen WHERE id = 1").get() as InstellingenRij;
}

export function instellingen(): Instellingen {
  const r = rij();
  return {
    basisUrl: r.basis_url,
    tokenIngesteld: !!r.token,
    actief: !!r.actief,
    laatsteSuccesOp: r.laatste_succes_op,
    laatsteFout: r.laatste_fout,
    laatsteFoutOp: r.laatste_fout_op,
    foutenOpRij: r.fouten_op_rij,
    volgendePollOp: r.volgende_poll_op,
    versie: r.versie,
  };
}

/** Saves the connection (an empty token keeps the current one). `versie` guards against a stale form. */
export function bewaarInstellingen(
  v: { basisUrl: string; token: string; actief: boolean; versie: number },
  door: AuditActor,
  oorsprong: string | null,
): { ok: true } | { ok: false; fouten: Record<string, string[]> } {
  const huidig = rij();
  if (v.versie !== huidig.versie) return { ok: false, fouten: { _formulier: ["Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw; uw invoer staat hieronder nog."] } };
  if (v.actief && !v.basisUrl) return { ok: false, fouten: { basisUrl: ["Vul het adres van de Klantinteracties-API in om de koppeling aan te zetten."] } };
  if (v.actief && !v.token && !huidig.token) return { ok: false, fouten: { token: ["Vul het token in dat Open Klant voor Afspraak heeft gemaakt."] } };
  const { sqlite } = getDatabase();
  sqlite.transaction(() => {
    stmt(
      sqlite,
      `UPDATE openklant_instellingen SET basis_url = ?, token = CASE WHEN ? = '' THEN token ELSE ? END, actief = ?,
         volgende_poll_op = 0, fouten_op_rij = 0, versie = versie + 1 WHERE id = 1`,
    ).run(v.basisUrl.replace(/\/+$/, ""), v.token, v.token, v.actief ? 1 : 0);
    audit({ actor: door, actie: "openklant.instellingen", objectType: "openklant", objectId: 1, resultaat: "ok", oorsprong, details: { basisUrl: v.basisUrl, actief: v.actief, tokenGewijzigd: !!v.token } });
  })();
  return { ok: true };
}

export interface ActorKoppeling {
  actorUuid: string;
  omschrijving: string;
  teamId: number;
  teamNaam: string | null;
}

export function actorKoppelingen(): ActorKoppeling[] {
  const { sqlite } = getDatabase();
  return (stmt(sqlite, "SELECT actor_uuid, omschrijving, team_id FROM openklant_actoren ORDER BY omschrijving, actor_uuid").all() as { actor_uuid: string; omschrijving: string; team_id: number }[]).map(
    (r) => ({ actorUuid: r.actor_uuid, omschrijving: r.omschrijving, teamId: r.team_id, teamNaam: teamNaam(r.team_id) }),
  );
}

export function koppelActor(actorUuid: string, omschrijving: string, teamId: number, door: AuditActor, oorsprong: string | null): void {
  const { sqlite } = getDatabase();
  sqlite.transaction(() => {
    stmt(sqlite, "INSERT INTO openklant_actoren (actor_uuid, omschrijving, team_id) VALUES (?, ?, ?) ON CONFLICT (actor_uuid) DO UPDATE SET omschrijving = excluded.omschrijving, team_id = excluded.team_id").run(
      actorUuid.toLowerCase(),
      omschrijving,
      teamId,
    );
    audit({ actor: door, actie: "openklant.actor.gekoppeld", objectType: "openklant_actor", objectId: actorUuid, resultaat: "ok", oorsprong, details: { teamId, omschrijving } });
  })();
}

export function ontkoppelActor(actorUuid: string, door: AuditActor, oorsprong: string | null): void {
  const { sqlite } = getDatabase();
  sqlite.transaction(() => {
    stmt(sqlite, "DELETE FROM openklant_actoren WHERE actor_uuid = ?").run(actorUuid);
    audit({ actor: door, actie: "openklant.actor.ontkoppeld", objectType: "openklant_actor", objectId: actorUuid, resultaat: "ok", oorsprong });
  })();
}

function clientVan(r: InstellingenRij, fetcher?: typeof fetch): OpenKlantClient {
  return new OpenKlantClient(r.basis_url, r.token, fetcher);
}

// ------------------------------------------------------------------------------------------------ (a) in

function naamVan(b: Betrokkene | undefined): string | null {
  if (!b) return null;
  const c = b.contactnaam;
  const n = c ? [c.voornaam || c.voorletters, c.voorvoegselAchternaam, c.achternaam].filter((x) => x && x.trim()).join(" ") : "";
  return (n || b.volledigeNaam || b.organisatienaam || "").trim() || null;
}

const kort = (t: string, n: number) => (t.length > n ? t.slice(0, n - 1) + "…" : t);

export interface PollResultaat {
  soort: "uit" | "wacht" | "ok" | "fout";
  nieuw: number;
  overgeslagen: string[];
  fout?: string;
}

async function importeer(client: OpenKlantClient, taak: InterneTaak, actorUuid: string, teamId: number): Promise<"nieuw" | "bekend" | string> {
  const { sqlite } = getDatabase();
  if (stmt(sqlite, "SELECT 1 FROM openklant_taken WHERE taak_uuid = ?").get(taak.uuid)) return "bekend";
  const kc = await client.klantcontact(taak.aanleidinggevendKlantcontact.uuid);
  const betrokkenen = await client.betrokkenen(kc.uuid);
  const b = betrokkenen.find((x) => x.initiator) ?? betrokkenen.find((x) => x.rol === "klant") ?? betrokkenen[0];
  let telefoon = "";
  let email = "";
  for (const fk of b?.digitaleAdressen ?? []) {
    const a = await client.digitaalAdres(fk.uuid);
    if (a.soortDigitaalAdres === "telefoonnummer" && !telefoon) telefoon = a.adres.replace(/^00/, "+");
    if (a.soortDigitaalAdres === "email" && !email) email = a.adres;
  }
  const ref = taak.referentienummer || taak.nummer || kc.referentienummer || kc.nummer || taak.uuid.slice(0, 8);
  if (!telefoon) return `Contactverzoek ${ref} heeft geen telefoonnummer; vul het aan in KISS, dan neemt Afspraak het bij de volgende ronde over.`;
  const naam = naamVan(b);
  const vraag = kort(
    [`Contactverzoek ${ref} uit KISS: ${kc.onderwerp}`, kc.inhoud, taak.gevraagdeHandeling && `Gevraagd: ${taak.gevraagdeHandeling}`, taak.toelichting && `Toelichting: ${taak.toelichting}`]
      .filter((x) => x && String(x).trim())
      .join("\n"),
    4000,
  );
  const kanaal = (KANALEN as readonly string[]).includes(kc.kanaal?.toLowerCase()) ? kc.kanaal.toLowerCase() : "telefoon";
  const form: Record<string, string> = { naam: naam ?? "", telefoon, email, vraag, kanaal, toewijzing: "ander", ander: `t:${teamId}` };
  if (!naam) form.anoniem = "on";
  let uitkomst: "nieuw" | "bekend" | string = "nieuw";
  try {
    sqlite.transaction(() => {
      if (stmt(sqlite, "SELECT 1 FROM openklant_taken WHERE taak_uuid = ?").get(taak.uuid)) {
        uitkomst = "bekend";
        return;
      }
      const r = maakTerugbelafspraak(form, CONNECTOR_GEBRUIKER, "openklant");
      if (!r.ok) {
        const melding = Object.entries(r.fouten).map(([k, v]) => `${k}: ${v?.join(" ")}`).join("; ") || r.melding || "onbekende reden";
        uitkomst = `Contactverzoek ${ref} is niet overgenomen: ${melding}`;
        throw new Afgebroken();
      }
      stmt(
        sqlite,
        "INSERT INTO openklant_taken (taak_uuid, afspraak_id, klantcontact_uuid, partij_uuid, actor_uuid, ontvangen_op) VALUES (?, ?, ?, ?, ?, ?)",
      ).run(taak.uuid, r.id, kc.uuid, b?.wasPartij?.uuid ?? null, actorUuid, now());
      audit({ actor: ACTOR, actie: "openklant.contactverzoek.overgenomen", objectType: "terugbelafspraak", objectId: r.id, resultaat: "ok", oorsprong: "openklant", details: { taak: taak.uuid, partij: b?.wasPartij?.uuid ?? null } });
    })();
  } catch (e) {
    if (!(e instanceof Afgebroken)) throw e;
  }
  return uitkomst;
}

class Afgebroken extends Error {}

/** One polling round (also the beheer page's "Nu ophalen"); `forceer` ignores the backoff. */
export async function poll(opties: { fetcher?: typeof fetch; forceer?: boolean } = {}): Promise<PollResultaat> {
  const r = rij();
  if (!r.actief || !r.basis_url) return { soort: "uit", nieuw: 0, overgeslagen: [] };
  if (!opties.forceer && now() < r.volgende_poll_op) return { soort: "wacht", nieuw: 0, overgeslagen: [] };
  const client = clientVan(r, opties.fetcher);
  const { sqlite } = getDatabase();
  let nieuw = 0;
  const overgeslagen: string[] = [];
  try {
    for (const a of actorKoppelingen()) {
      for (const taak of await client.openTaken(a.actorUuid)) {
        const u = await importeer(client, taak, a.actorUuid, a.teamId);
        if (u === "nieuw") nieuw++;
        else if (u !== "bekend") overgeslagen.push(u);
      }
    }
    verzamelTerugschrijvingen();
    const fout = await schrijfTerug(opties.fetcher);
    if (fout) throw new OpenKlantFout(fout, null);
    const melding = overgeslagen.length ? overgeslagen.join(" ") : null;
    stmt(
      sqlite,
      `UPDATE openklant_instellingen SET laatste_succes_op = ?, fouten_op_rij = 0, volgende_poll_op = 0,
         laatste_fout = COALESCE(?, laatste_fout), laatste_fout_op = CASE WHEN ? IS NULL THEN laatste_fout_op ELSE ? END WHERE id = 1`,
    ).run(now(), melding, melding, now());
    return { soort: "ok", nieuw, overgeslagen };
  } catch (e) {
    const melding = e instanceof OpenKlantFout ? e.message : `Onverwachte fout: ${e instanceof Error ? e.message : String(e)}`;
    if (!(e instanceof OpenKlantFout)) logError("openklant-koppeling", e);
    const fouten = r.fouten_op_rij + 1;
    stmt(sqlite, "UPDATE openklant_instellingen SET laatste_fout = ?, laatste_fout_op = ?, fouten_op_rij = ?, volgende_poll_op = ? WHERE id = 1").run(
      melding,
      now(),
      fouten,
      now() + pollWachttijdMs(fouten),
    );
    return { soort: "fout", nieuw, overgeslagen, fout: melding };
  }
}

// ------------------------------------------------------------------------------------------------ (b) out

/** Queues write-backs for new attempts and ends on imported callbacks; returns how many were queued. */
export function verzamelTerugschrijvingen(limiet = 1000): number {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const cursor = (stmt(sqlite, "SELECT waarde FROM koppeling_cursors WHERE naam = ?").get(CURSOR) as { waarde: number } | undefined)?.waarde ?? 0;
    const max = (stmt(sqlite, "SELECT COALESCE(MAX(id), 0) AS m FROM afspraak_gebeurtenissen").get() as { m: number }).m;
    const rijen = stmt(
      sqlite,
      `SELECT g.id, g.afspraak_id, g.volgnummer, g.type, g.payload, g.naar_status, g.op, t.taak_uuid
       FROM afspraak_gebeurtenissen g JOIN openklant_taken t ON t.afspraak_id = g.afspraak_id
       WHERE g.id > ? AND g.id <= ? ORDER BY g.id LIMIT ?`,
    ).all(cursor, max, limiet) as { id: number; afspraak_id: string; volgnummer: number; type: string; payload: string | null; naar_status: string; op: number; taak_uuid: string }[];
    let n = 0;
    const zet = (sleutel: string, taak: string, soort: "klantcontact" | "verwerkt", payload: unknown) =>
      (n += stmt(
        sqlite,
        `INSERT INTO openklant_uitgaand (sleutel, taak_uuid, soort, payload, volgende_poging_op, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sleutel) DO NOTHING`,
      ).run(sleutel, taak, soort, JSON.stringify(payload), now(), now()).changes);
    for (const g of rijen) {
      const p = g.payload ? (JSON.parse(g.payload) as Record<string, unknown>) : {};
      if (g.type === "POGING") {
        const uitkomst = String(p.uitkomst ?? "");
        const tekst = UITKOMST_TEKST[uitkomst as keyof typeof UITKOMST_TEKST] ?? uitkomst;
        const notitie = typeof p.notitie === "string" ? p.notitie.trim() : "";
        zet(`klantcontact:${g.afspraak_id}:${g.volgnummer}`, g.taak_uuid, "klantcontact", {
          kanaal: "telefoon",
          onderwerp: kort(`Terugbelpoging: ${tekst.toLowerCase()}`, 200),
          inhoud: kort(notitie ? `${tekst}. ${notitie}` : `${tekst}.`, 1000),
          indicatieContactGelukt: uitkomst === "bereikt",
          taal: "nld",
          vertrouwelijk: false,
          plaatsgevondenOp: new Date(typeof p.op === "number" ? p.op : g.op).toISOString(),
        });
      }
      const status = g.naar_status.replace(/^open\./, "");
      if (EINDE.includes(status)) {
        const reden = typeof p.reden === "string" && p.reden.trim() ? ` Reden: ${p.reden.trim()}` : "";
        zet(`verwerkt:${g.taak_uuid}`, g.taak_uuid, "verwerkt", {
          toelichting: `Afspraak: ${STATUS_TEKST[status as keyof typeof STATUS_TEKST] ?? status} op ${new Date(g.op).toISOString()}.${reden}`,
          afgehandeldOp: new Date(g.op).toISOString(),
        });
      }
    }
    const tot = rijen.length === limiet ? rijen[rijen.length - 1]!.id : max;
    stmt(sqlite, "INSERT INTO koppeling_cursors (naam, waarde) VALUES (?, ?) ON CONFLICT (naam) DO UPDATE SET waarde = excluded.waarde").run(CURSOR, tot);
    return n;
  })();
}

interface UitgaandRij {
  id: number;
  taak_uuid: string;
  soort: "klantcontact" | "verwerkt";
  payload: string;
  pogingen: number;
  resultaat_uuid: string | null;
}

/** Delivers what is due, in order; returns the first connection failure's text (null when all went well). */
export async function schrijfTerug(fetcher?: typeof fetch): Promise<string | null> {
  const r = rij();
  if (!r.actief || !r.basis_url) return null;
  const client = clientVan(r, fetcher);
  const { sqlite } = getDatabase();
  const rijen = stmt(sqlite, "SELECT * FROM openklant_uitgaand WHERE status = 'wachtend' AND volgende_poging_op <= ? ORDER BY id LIMIT 100").all(now()) as UitgaandRij[];
  const geblokkeerd = new Set<string>();
  let eersteFout: string | null = null;
  for (const u of rijen) {
    if (geblokkeerd.has(u.taak_uuid)) continue;
    if (u.soort === "verwerkt" && stmt(sqlite, "SELECT 1 FROM openklant_uitgaand WHERE taak_uuid = ? AND soort = 'klantcontact' AND status = 'wachtend' AND id < ?").get(u.taak_uuid, u.id)) {
      continue; // its attempts first
    }
    const taak = stmt(sqlite, "SELECT * FROM openklant_taken WHERE taak_uuid = ?").get(u.taak_uuid) as { partij_uuid: string | null; actor_uuid: string; taak_uuid: string };
    const payload = JSON.parse(u.payload) as Record<string, unknown> & { klaar?: string[] };
    const klaar = new Set(payload.klaar ?? []);
    const bewaar = (resultaat: string | null) =>
      stmt(sqlite, "UPDATE openklant_uitgaand SET payload = ?, resultaat_uuid = COALESCE(?, resultaat_uuid) WHERE id = ?").run(JSON.stringify({ ...payload, klaar: [...klaar] }), resultaat, u.id);
    try {
      if (u.soort === "klantcontact") {
        const { klaar: _k, ...body } = payload;
        let kcUuid = u.resultaat_uuid;
        if (!kcUuid) {
          kcUuid = (await client.maakKlantcontact(body)).uuid;
          klaar.add("klantcontact");
          bewaar(kcUuid);
        }
        if (taak.partij_uuid && !klaar.has("betrokkene")) {
          await client.maakBetrokkene({ hadKlantcontact: { uuid: kcUuid }, wasPartij: { uuid: taak.partij_uuid }, rol: "klant", initiator: false });
          klaar.add("betrokkene");
          bewaar(null);
        }
        if (!klaar.has("actor")) {
          await client.maakActorKlantcontact({ actor: { uuid: taak.actor_uuid }, klantcontact: { uuid: kcUuid } });
          klaar.add("actor");
          bewaar(null);
        }
      } else {
        const huidig = await client.taak(u.taak_uuid);
        const { klaar: _k, toelichting, afgehandeldOp } = payload as { klaar?: string[]; toelichting: string; afgehandeldOp: string };
        const eerder = (huidig.toelichting ?? "").trim();
        const samen = eerder.includes(toelichting) ? eerder : kort(eerder ? `${eerder}\n${toelichting}` : toelichting, 1000);
        await client.werkTaakBij(u.taak_uuid, { status: "verwerkt", toelichting: samen, afgehandeldOp });
        sqlite.prepare("UPDATE openklant_taken SET verwerkt_op = ? WHERE taak_uuid = ?").run(now(), u.taak_uuid);
      }
      stmt(sqlite, "UPDATE openklant_uitgaand SET status = 'afgeleverd', afgeleverd_op = ?, pogingen = pogingen + 1, laatste_fout = NULL WHERE id = ?").run(now(), u.id);
    } catch (e) {
      const melding = e instanceof Error ? e.message : String(e);
      const pogingen = u.pogingen + 1;
      stmt(sqlite, "UPDATE openklant_uitgaand SET pogingen = ?, laatste_fout = ?, volgende_poging_op = ? WHERE id = ?").run(pogingen, melding, now() + schrijfWachttijdMs(pogingen), u.id);
      geblokkeerd.add(u.taak_uuid);
      eersteFout ??= melding;
      if (e instanceof OpenKlantFout && e.status === null) break; // no connection: the rest waits for the next round
    }
  }
  return eersteFout;
}

// ------------------------------------------------------------------------------------------------ (c) state for beheer

export interface KoppelingStatus {
  instellingen: Instellingen;
  actoren: ActorKoppeling[];
  overgenomen: number;
  openTaken: number;
  backlog: number;
  oudsteBacklogOp: number | null;
  problemen: { sleutel: string; soort: string; pogingen: number; laatsteFout: string; volgendePogingOp: number }[];
}

export function koppelingStatus(): KoppelingStatus {
  const { sqlite } = getDatabase();
  const tel = (sql: string) => (stmt(sqlite, sql).get() as { n: number | null }).n ?? 0;
  return {
    instellingen: instellingen(),
    actoren: actorKoppelingen(),
    overgenomen: tel("SELECT COUNT(*) AS n FROM openklant_taken"),
    openTaken: tel("SELECT COUNT(*) AS n FROM openklant_taken WHERE verwerkt_op IS NULL"),
    backlog: tel("SELECT COUNT(*) AS n FROM openklant_uitgaand WHERE status = 'wachtend'"),
    oudsteBacklogOp: (stmt(sqlite, "SELECT MIN(aangemaakt_op) AS n FROM openklant_uitgaand WHERE status = 'wachtend'").get() as { n: number | null }).n,
    problemen: (
      stmt(sqlite, "SELECT sleutel, soort, pogingen, laatste_fout, volgende_poging_op FROM openklant_uitgaand WHERE status = 'wachtend' AND laatste_fout IS NOT NULL ORDER BY id LIMIT 50").all() as {
        sleutel: string;
        soort: string;
        pogingen: number;
        laatste_fout: string;
        volgende_poging_op: number;
      }[]
    ).map((p) => ({ sleutel: p.sleutel, soort: p.soort, pogingen: p.pogingen, laatsteFout: p.laatste_fout, volgendePogingOp: p.volgende_poging_op })),
  };
}

export function openKlantTaken(): BackgroundJob[] {
  return [{ naam: "openklant", intervalMs: 30_000, run: async () => void (await poll()) }];
}
