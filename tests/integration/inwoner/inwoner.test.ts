import { beforeEach, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import "../../../app/boot/workflows.server";
import { getDatabase } from "../../../db/client";
import { herbouwStatistiek } from "../../../app/features/statistiek/herbouw.server";
import { advance, setNow, now } from "../../../app/platform/clock";
import {
  controleerInzending,
  controleerStempel,
  maakStempel,
  HONINGPOT_VELD,
  STEMPEL_VELD,
  MIN_INVULTIJD_MS,
  STANDAARD_LIMIETEN,
  binnenLimiet,
  registreerPoging,
} from "../../../app/features/inwoner/beveiliging.server";
import { dienKlachtIn, dienComplimentIn, dienSuggestieIn, dienTerugbelverzoekIn } from "../../../app/features/inwoner/intake.server";
import { nieuweStatusLink, zoekStatusToken, tokenUitUrl, hashStatusToken, STANDAARD_BEWAARTERMIJN_MS } from "../../../app/features/inwoner/statuslink.server";
import { statusPagina, statusActie, stuurLinkOpnieuw } from "../../../app/features/inwoner/status.server";
import { onderwerpen } from "../../../app/features/inwoner/onderwerpen.server";
import { voerStapUit } from "../../../app/features/klachten/klachten.server";
import { berichtenVan } from "../../../app/platform/engine/inbox.server";

const { sqlite } = getDatabase();
const T0 = Date.parse("2026-12-01T09:00:00+01:00"); // a Tuesday
const AFZENDER = { ip: "198.51.100.7", oorsprong: "198.51.100.7 req=test" };
let ipTeller = 0;

function mw(email: string) {
  return sqlite.prepare("SELECT id, naam, team_id AS teamId FROM medewerkers WHERE email = ?").get(email) as { id: string; naam: string; teamId: number };
}

/** A form as the page would post it: with a stamp made `leeftijd` ms ago and an empty honeypot. */
function formulier(v: Record<string, string>, leeftijd = MIN_INVULTIJD_MS + 2_000): Record<string, string> {
  const stempel = maakStempel(now() - leeftijd);
  return { [HONINGPOT_VELD]: "", [STEMPEL_VELD]: stempel, ...v };
}
const klacht = (extra: Record<string, string> = {}) =>
  formulier({
    naam: "Els de Wit",
    email: "els@example.nl",
    telefoon: "",
    antwoordVia: "e-mail",
    wat: "Ik heb drie weken gewacht op antwoord over mijn paspoort.",
    wie: "De balie",
    wanneer: "2026-11-20",
    ...extra,
  });
/** every test its own IP, so the per-IP limit of one test does not leak into another */
const afzender = () => ({ ...AFZENDER, ip: `203.0.113.${++ipTeller}` });

beforeEach(() => setNow(T0));

describe("abuse limits", () => {
  it("honeypot: a filled hidden field is refused with a clear Dutch message, typed input kept", () => {
    const r = dienKlachtIn({ ...klacht(), [HONINGPOT_VELD]: "http://spam.example" }, [], afzender());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(400);
    expect(r.weigering?.soort).toBe("honingpot");
    expect(r.weigering?.melding).toMatch(/niet verstuurd/);
    expect(r.waarden.wat).toMatch(/drie weken/);
    expect(r.waarden[HONINGPOT_VELD]).toBeUndefined();
    expect(sqlite.prepare("SELECT count(*) n FROM klachten WHERE kanaal = 'webformulier'").get()).toEqual({ n: 0 });
  });

  it("minimum fill time: too fast, forged and stale stamps are refused; typed input kept", () => {
    const snel = dienKlachtIn(klacht({ [STEMPEL_VELD]: maakStempel(now() - 500) }), [], afzender());
    expect(snel.ok).toBe(false);
    if (!snel.ok) {
      expect(snel.weigering?.soort).toBe("stempel");
      expect(snel.weigering?.melding).toMatch(/erg snel/);
      expect(snel.waarden.naam).toBe("Els de Wit");
    }
    const [op] = maakStempel(now() - 10_000).split(".");
    expect(controleerStempel(`${op}.${"0".repeat(32)}`)).toEqual({ ok: false, reden: "ongeldig" });
    expect(controleerStempel("")).toEqual({ ok: false, reden: "ongeldig" });
    expect(controleerStempel(maakStempel(now() - 25 * 3_600_000))).toEqual({ ok: false, reden: "verlopen" });
    const vals = dienKlachtIn(klacht({ [STEMPEL_VELD]: `${op}.${"a".repeat(32)}` }), [], afzender());
    expect(!vals.ok && vals.weigering?.melding).toMatch(/niet goed aan/);
    // a fresh stamp comes back for a forged one, so the citizen can simply send again
    expect(!vals.ok && vals.stempel).not.toBe(`${op}.${"a".repeat(32)}`);
    expect(controleerStempel(maakStempel(now() - MIN_INVULTIJD_MS)).ok).toBe(true);
  });

  it("per-IP rate limit: 429 with the time to wait, persistent (counted in the database)", () => {
    const ip = "192.0.2.50";
    const max = STANDAARD_LIMIETEN.ip.max;
    for (let i = 0; i < max; i++) {
      const r = dienSuggestieIn(formulier({ tekst: `Idee nummer ${i}` }), { ip, oorsprong: null });
      expect(r.ok, `inzending ${i}`).toBe(true);
      advance(1_000);
    }
    const r = dienSuggestieIn(formulier({ tekst: "Nog een idee" }), { ip, oorsprong: null });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(429);
    expect(r.weigering?.soort).toBe("limiet");
    expect(r.weigering?.melding).toMatch(/Probeer het over (een uur|\d+ minuten) opnieuw/);
    expect(r.waarden.tekst).toBe("Nog een idee");
    // the IP itself is never stored, only its HMAC
    const opgeslagen = sqlite.prepare("SELECT sleutel FROM inwoner_pogingen WHERE soort = 'ip'").all() as { sleutel: string }[];
    expect(opgeslagen.some((s) => s.sleutel.includes(ip))).toBe(false);
    // another IP may still send; after the window the first may again
    expect(dienSuggestieIn(formulier({ tekst: "Ander adres" }), { ip: "192.0.2.51", oorsprong: null }).ok).toBe(true);
    advance(STANDAARD_LIMIETEN.ip.vensterMs);
    expect(dienSuggestieIn(formulier({ tekst: "Later weer" }), { ip, oorsprong: null }).ok).toBe(true);
  });

  it("per-contact rate limit: the same e-mail address from many IPs is refused after the limit", () => {
    const max = STANDAARD_LIMIETEN.contact.max;
    for (let i = 0; i < max; i++) {
      expect(dienKlachtIn(klacht({ email: "Veel@Example.nl" }), [], afzender()).ok).toBe(true);
      advance(60_000);
    }
    const r = dienKlachtIn(klacht({ email: "veel@example.nl" }), [], afzender());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.status).toBe(429);
      expect(r.waarden.email).toBe("veel@example.nl");
    }
    expect(binnenLimiet([{ soort: "contact", waarde: "iemand-anders@example.nl" }]).ok).toBe(true);
    registreerPoging([{ soort: "contact", waarde: "x@example.nl" }]);
    expect(controleerInzending(formulier({}), { ip: null, contacten: ["x@example.nl"] })).toBeNull();
  });

  it("size and attachment limits: at most 3 files, 10 MB together, only allowed types (checked on content)", () => {
    const pdf = { naam: "brief.pdf", bytes: new Uint8Array(Buffer.from("%PDF-1.4 test")) };
    const teVeel = dienKlachtIn(klacht(), [pdf, pdf, pdf, pdf], afzender());
    expect(!teVeel.ok && teVeel.fouten.bijlage?.[0]).toMatch(/hoogstens 3/);
    const exe = dienKlachtIn(klacht(), [{ naam: "virus.exe", bytes: new Uint8Array([77, 90, 0]) }], afzender());
    expect(!exe.ok && exe.fouten.bijlage?.[0]).toMatch(/virus\.exe/);
    const nepPdf = dienKlachtIn(klacht(), [{ naam: "nep.pdf", bytes: new Uint8Array([1, 2, 3]) }], afzender());
    expect(!nepPdf.ok && nepPdf.fouten.bijlage?.[0]).toMatch(/nep\.pdf/);
    const groot = dienKlachtIn(klacht(), [{ naam: "a.txt", bytes: new Uint8Array(6 * 1024 * 1024).fill(65) }, { naam: "b.txt", bytes: new Uint8Array(6 * 1024 * 1024).fill(65) }], afzender());
    expect(!groot.ok && groot.fouten.bijlage?.[0]).toMatch(/10 MB/);
    const goed = dienKlachtIn(klacht(), [pdf], afzender());
    expect(goed.ok).toBe(true);
    if (goed.ok) expect(sqlite.prepare("SELECT count(*) n FROM klacht_bijlagen WHERE klacht_id = ?").get(goed.id)).toEqual({ n: 1 });
  });

  it("validation: Dutch messages at the field, nothing typed lost", () => {
    const r = dienKlachtIn(klacht({ naam: "", antwoordVia: "e-mail", email: "geen-adres", wat: "" }), [], afzender());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten.naam?.[0]).toBe("Vul uw naam in.");
    expect(r.fouten.email?.[0]).toMatch(/e-mailadres klopt niet/);
    expect(r.fouten.wat?.[0]).toMatch(/waarover u een klacht/);
    expect(r.waarden.email).toBe("geen-adres");
    expect(r.waarden.wie).toBe("De balie");
  });
});

describe("public intake", () => {
  it("a complaint enters the Awb workflow like a staff one, channel webformulier, with a status link", () => {
    const r = dienKlachtIn(klacht(), [], afzender());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const k = sqlite.prepare("SELECT status, kanaal, klager_email, klager_voorkeur_kanaal, termijn_op, schriftelijk FROM klachten WHERE id = ?").get(r.id) as Record<string, unknown>;
    expect(k).toMatchObject({ status: "ontvangen", kanaal: "webformulier", klager_email: "els@example.nl", klager_voorkeur_kanaal: "e-mail", schriftelijk: 1 });
    const lopend = sqlite.prepare("SELECT mijlpaal FROM termijnen WHERE afspraak_id = ? AND status = 'lopend' ORDER BY mijlpaal").all(r.id);
    expect(lopend).toEqual([{ mijlpaal: "klacht_afgehandeld" }, { mijlpaal: "klacht_ontvangst_bevestigd" }]);
    expect(r.statusUrl).toMatch(/\/inwoner\/status\/[A-Za-z0-9_-]{43}$/);
    expect(zoekStatusToken(tokenUitUrl(r.statusUrl!))).toEqual({ afspraakId: r.id });
  });

  it("a callback request lands in the team of the chosen topic, with the charter's due moment", () => {
    const o = onderwerpen();
    expect(o.map((x) => x.code)).toContain("paspoort");
    const bz = mw("ingrid@voorbeeld.nl");
    const r = dienTerugbelverzoekIn(formulier({ naam: "Ali Bakir", telefoon: "06-12345678", email: "", onderwerp: "paspoort", vraag: "Wanneer is mijn paspoort klaar?" }), afzender());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = sqlite.prepare("SELECT soort, team_id, eigenaar_id, kanaal, termijn_op FROM afspraken WHERE id = ?").get(r.id) as Record<string, unknown>;
    expect(a).toMatchObject({ soort: "terugbelafspraak", team_id: bz.teamId, eigenaar_id: null, kanaal: "webformulier" });
    expect(a.termijn_op).toBeGreaterThan(T0);
    const p = statusPagina(tokenUitUrl(r.statusUrl!), null)!;
    expect(p.volgendMoment).toMatch(/^uiterlijk /);
    expect(p.behandelaar.team).toBe("Burgerzaken Documenten");
    expect(p.kan.nieuwTijdstip).toBe(true);
    const fout = dienTerugbelverzoekIn(formulier({ naam: "Ali", telefoon: "12", onderwerp: "bestaat-niet", vraag: "x" }), afzender());
    expect(!fout.ok && fout.fouten.telefoon?.[0]).toMatch(/te kort/);
  });

  it("a compliment reaches the named employee and their teamleider; a suggestion goes to triage", () => {
    const jeroen = mw("jeroen@voorbeeld.nl");
    const sanne = mw("sanne@voorbeeld.nl");
    const r = dienComplimentIn(formulier({ team: String(jeroen.teamId), medewerker: "Jeroen", tekst: "Wat een fijne hulp aan de telefoon!", naam: "" }), afzender());
    expect(r.ok).toBe(true);
    const f = sqlite.prepare("SELECT medewerker_id, kanaal FROM feedback WHERE id = ?").get(r.ok ? r.id : 0);
    expect(f).toEqual({ medewerker_id: jeroen.id, kanaal: "webformulier" });
    expect(berichtenVan(jeroen.id).some((b) => b.titel.includes("Compliment"))).toBe(true);
    expect(berichtenVan(sanne.id).some((b) => b.titel.includes("Compliment"))).toBe(true);
    const s = dienSuggestieIn(formulier({ tekst: "Graag ook op zaterdag open", contact: "kim@example.nl" }), afzender());
    expect(sqlite.prepare("SELECT soort, status, van_contact FROM feedback WHERE id = ?").get(s.ok ? s.id : 0)).toEqual({ soort: "suggestie", status: "nieuw", van_contact: "kim@example.nl" });
  });
});

describe("status link", () => {
  it("token guessing: an unknown, malformed or expired token gives the same null; only the hash is stored", () => {
    const r = dienKlachtIn(klacht(), [], afzender());
    if (!r.ok) throw new Error("klacht");
    const token = tokenUitUrl(r.statusUrl!);
    expect(token).toHaveLength(43);
    expect(sqlite.prepare("SELECT count(*) n FROM inwoner_statuslinks WHERE token_hash = ?").get(token)).toEqual({ n: 0 });
    expect(sqlite.prepare("SELECT count(*) n FROM inwoner_statuslinks WHERE token_hash = ?").get(hashStatusToken(token))).toEqual({ n: 1 });
    const geraden = crypto.randomBytes(32).toString("base64url");
    expect(statusPagina(geraden, null)).toBeNull();
    expect(statusPagina("kort", null)).toBeNull();
    expect(statusPagina(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), null)).toBeNull();
    // an explicit expiry
    const verlopen = nieuweStatusLink(r.id, { vervaltOp: now() + 1_000 });
    expect(zoekStatusToken(tokenUitUrl(verlopen))).not.toBeNull();
    advance(2_000);
    expect(zoekStatusToken(tokenUitUrl(verlopen))).toBeNull();
    expect(statusPagina(tokenUitUrl(verlopen), null)).toBeNull();
    // the unknown-token lookups are audited without any token
    const regels = sqlite.prepare("SELECT details FROM audit_log WHERE actie = 'inwoner.status.onbekend'").all() as { details: string | null }[];
    expect(regels.length).toBeGreaterThanOrEqual(3);
    expect(regels.every((x) => !x.details || !x.details.includes(geraden))).toBe(true);
    // views are audited with the hash, never the token
    expect(statusPagina(token, "test")).not.toBeNull();
    const gezien = sqlite.prepare("SELECT details FROM audit_log WHERE actie = 'inwoner.status.bekeken' AND object_id = ?").all(r.id) as { details: string }[];
    expect(gezien.at(-1)!.details).toContain(hashStatusToken(token));
    expect(gezien.every((g) => !g.details.includes(token))).toBe(true);
  });

  it("a callback's link expires one year after it was closed (the documented default)", () => {
    const r = dienTerugbelverzoekIn(formulier({ naam: "Ali", telefoon: "0612345678", onderwerp: "overig", vraag: "Vraag over de afvalpas" }), afzender());
    if (!r.ok) throw new Error("terugbel");
    const token = tokenUitUrl(r.statusUrl!);
    sqlite.prepare("UPDATE afspraken SET open = 0, gesloten_op = ? WHERE id = ?").run(now(), r.id);
    advance(STANDAARD_BEWAARTERMIJN_MS - 1_000);
    expect(zoekStatusToken(token)).not.toBeNull();
    advance(2_000);
    expect(zoekStatusToken(token)).toBeNull();
  });

  it("shows first name and team of the handler, public steps and the letters sent; never internal steps", () => {
    const r = dienKlachtIn(klacht(), [], afzender());
    if (!r.ok) throw new Error("klacht");
    const token = tokenUitUrl(r.statusUrl!);
    const ruben = mw("ruben@voorbeeld.nl");
    const staf = { id: ruben.id, naam: ruben.naam };
    const versie = () => (sqlite.prepare("SELECT versie FROM afspraken WHERE id = ?").get(r.id) as { versie: number }).versie;
    expect(voerStapUit(r.id, versie(), { type: "ONTVANGST_BEVESTIGEN", op: now() }, staf, null).ok).toBe(true);
    expect(voerStapUit(r.id, versie(), { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam }, staf, null).ok).toBe(true);
    expect(voerStapUit(r.id, versie(), { type: "KOPIE_BEKLAAGDE", op: now(), nietMogelijkReden: "Onbekend wie" }, staf, null).ok).toBe(true);
    const p = statusPagina(token, null)!;
    expect(p.behandelaar).toEqual({ voornaam: "Ruben", team: "Regieteam Dienstverlening" });
    expect(p.nummer).toMatch(/^KL-2026-/);
    expect(p.stappen.map((s) => s.sleutel)).toEqual(["klacht.ontvangen", "klacht.ontvangstBevestigd", "klacht.behandelaar"]);
    expect(p.berichten.length).toBe(1);
    expect(p.berichten[0]!.soort).toBe("brief");
    expect(p.berichten[0]!.tekst).toContain("Els de Wit");
    expect(JSON.stringify(p)).not.toContain("Ruben Dekker");
  });

  it("adding information reaches the handler as a timeline event, a dossier note and an inbox message", () => {
    const r = dienTerugbelverzoekIn(formulier({ naam: "Ali", telefoon: "0612345678", onderwerp: "paspoort", vraag: "Paspoort kwijt" }), afzender());
    if (!r.ok) throw new Error("terugbel");
    const token = tokenUitUrl(r.statusUrl!);
    const ingrid = mw("ingrid@voorbeeld.nl");
    const a = statusActie(token, "aanvullen", { tekst: "Ik ben alleen 's ochtends bereikbaar." }, "10.0.0.1", null);
    expect(a?.ok).toBe(true);
    const ev = sqlite.prepare("SELECT type, payload FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer DESC LIMIT 1").get(r.id) as { type: string; payload: string };
    expect(ev.type).toBe("INWONER.AANVULLING");
    expect(JSON.parse(ev.payload).tekst).toBe("Ik ben alleen 's ochtends bereikbaar.");
    expect(berichtenVan(ingrid.id).some((b) => b.tekst.includes("alleen 's ochtends"))).toBe(true);
    const leeg = statusActie(token, "aanvullen", { tekst: "  " }, "10.0.0.1", null);
    expect(leeg?.ok).toBe(false);
    if (leeg && !leeg.ok) expect(leeg.fouten.tekst?.[0]).toMatch(/Schrijf op/);
    expect(statusActie("onbekend-token", "aanvullen", { tekst: "x" }, "10.0.0.1", null)).toBeNull();
  });

  it("another callback time is the existing reschedule step: a move at the citizen's request, not a breach", () => {
    const r = dienTerugbelverzoekIn(formulier({ naam: "Ali", telefoon: "0612345678", onderwerp: "paspoort", vraag: "Paspoort kwijt" }), afzender());
    if (!r.ok) throw new Error("terugbel");
    const token = tokenUitUrl(r.statusUrl!);
    const verleden = statusActie(token, "tijdstip", { datum: "2026-11-30", tijd: "10:00" }, "10.0.0.2", null);
    expect(verleden?.ok).toBe(false);
    if (verleden && !verleden.ok) expect(verleden.fouten.datum?.[0]).toMatch(/toekomst/);
    const zondag = statusActie(token, "tijdstip", { datum: "2026-12-06", tijd: "10:30" }, "10.0.0.2", null);
    expect(zondag?.ok).toBe(false);
    if (zondag && !zondag.ok) expect(zondag.fouten.tijd?.[0]).toMatch(/gesloten.*maandag 7 december 2026/);
    const ok = statusActie(token, "tijdstip", { datum: "2026-12-04", tijd: "10:30" }, "10.0.0.2", null);
    expect(ok?.ok).toBe(true);
    const t = sqlite.prepare("SELECT termijn_op, verzet FROM termijnen WHERE afspraak_id = ? AND status = 'lopend'").get(r.id) as { termijn_op: number; verzet: number };
    expect(t).toEqual({ termijn_op: Date.parse("2026-12-04T10:30:00+01:00"), verzet: 1 });
    expect(statusPagina(token, null)!.stappen.map((s) => s.sleutel)).toContain("afspraak.nieuwTijdstip");
  });

  it("withdrawal: the complaint ends in 'ingetrokken', every Awb term stops, recorded and audited", () => {
    const r = dienKlachtIn(klacht(), [], afzender());
    if (!r.ok) throw new Error("klacht");
    const token = tokenUitUrl(r.statusUrl!);
    expect(statusPagina(token, null)!.kan.intrekken).toBe(true);
    const zonder = statusActie(token, "intrekken", { reden: "Opgelost" }, "10.0.0.3", null);
    expect(zonder?.ok).toBe(false);
    if (zonder && !zonder.ok) expect(zonder.fouten.bevestig?.[0]).toMatch(/Vink aan/);
    const a = statusActie(token, "intrekken", { bevestig: "ja", reden: "Het is al opgelost" }, "10.0.0.3", null);
    expect(a?.ok).toBe(true);
    const k = sqlite.prepare("SELECT status, termijn_op, bewaarklasse, afgesloten_op FROM klachten WHERE id = ?").get(r.id) as Record<string, unknown>;
    expect(k).toMatchObject({ status: "ingetrokken", termijn_op: null, bewaarklasse: "afgebroken", afgesloten_op: now() });
    const rij = sqlite.prepare("SELECT status, open FROM afspraken WHERE id = ?").get(r.id);
    expect(rij).toEqual({ status: "ingetrokken", open: 0 });
    expect(sqlite.prepare("SELECT count(*) n FROM termijnen WHERE afspraak_id = ? AND status = 'lopend'").get(r.id)).toEqual({ n: 0 });
    const ev = sqlite.prepare("SELECT payload FROM afspraak_gebeurtenissen WHERE afspraak_id = ? AND type = 'INTREKKEN'").get(r.id) as { payload: string };
    expect(JSON.parse(ev.payload)).toMatchObject({ via: "statuslink", reden: "Het is al opgelost" });
    expect(sqlite.prepare("SELECT count(*) n FROM audit_log WHERE actie = 'inwoner.ingetrokken' AND object_id = ?").get(r.id)).toEqual({ n: 1 });
    // the dashboards and the annual report count it as withdrawn, not as still open; the rebuild agrees
    const afloop = () => sqlite.prepare("SELECT afloop, sum(aantal) n FROM stat_klachten GROUP BY afloop HAVING n <> 0 ORDER BY afloop").all();
    expect(afloop()).toContainEqual({ afloop: "ingetrokken", n: 1 });
    const voor = afloop();
    herbouwStatistiek(sqlite);
    expect(afloop()).toEqual(voor);
    // the page still works (the record is kept), but nothing can be done any more
    const p = statusPagina(token, null)!;
    expect(p.statusSleutel).toBe("klacht.ingetrokken");
    expect(p.kan).toEqual({ aanvullen: false, nieuwTijdstip: false, intrekken: false });
    const nogmaals = statusActie(token, "intrekken", { bevestig: "ja" }, "10.0.0.3", null);
    expect(nogmaals?.ok).toBe(false);
    // the link now expires with the retention of a withdrawn complaint (1 year)
    advance(366 * 86_400_000);
    expect(statusPagina(token, null)).toBeNull();
  });

  it("'send me my link again' answers the same for known and unknown addresses, and mails only the known", () => {
    const r = dienKlachtIn(klacht({ email: "bekend@example.nl" }), [], afzender());
    if (!r.ok) throw new Error("klacht");
    const voor = (sqlite.prepare("SELECT count(*) n FROM outbox").get() as { n: number }).n;
    const bekend = stuurLinkOpnieuw(formulier({ email: "Bekend@example.nl" }), "10.1.0.1", null);
    const onbekend = stuurLinkOpnieuw(formulier({ email: "niemand@example.nl" }), "10.1.0.2", null);
    expect(bekend).toEqual({ ok: true });
    expect(onbekend).toEqual({ ok: true });
    const mails = sqlite.prepare("SELECT payload FROM outbox ORDER BY id").all().slice(voor) as { payload: string }[];
    expect(mails.length).toBe(1);
    const m = JSON.parse(mails[0]!.payload) as { to: string; text: string };
    expect(m.to).toBe("bekend@example.nl");
    const url = /https?:\/\/\S+\/inwoner\/status\/([A-Za-z0-9_-]{43})/.exec(m.text);
    expect(url).not.toBeNull();
    expect(zoekStatusToken(url![1]!)).toEqual({ afspraakId: r.id });
    // rate limited per address
    for (let i = 0; i < STANDAARD_LIMIETEN.link_contact.max - 1; i++) expect(stuurLinkOpnieuw(formulier({ email: "bekend@example.nl" }), `10.1.1.${i}`, null).ok).toBe(true);
    const teVeel = stuurLinkOpnieuw(formulier({ email: "bekend@example.nl" }), "10.1.2.1", null);
    expect(teVeel.ok).toBe(false);
    if (!teVeel.ok) expect(teVeel.status).toBe(429);
  });
});
