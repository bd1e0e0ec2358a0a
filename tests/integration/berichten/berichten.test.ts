/**
 * Messages to citizens (issue 13): queued with the step, quiet hours, SMS over a fake gateway that is a real HTTP
 * server on loopback, e-mail over a real SMTP server on loopback, bounces/failures on the dossier and in the
 * owner's inbox, retry and "opnieuw versturen", and the handover whose delivery completes "klant geïnformeerd".
 */
import { describe, expect, it, beforeAll, afterAll, beforeEach } from "vitest";
import nodemailer from "nodemailer";
import { getDatabase } from "../../../db/client";
import { setNow, now } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import "../../../app/features/berichten/registratie.server";
import { maakTerugbelafspraak, terugbelStap } from "../../../app/features/terugbellen/terugbel.server";
import { maakOverdracht, overdrachtStap } from "../../../app/features/overdracht/overdracht.server";
import { registreerKlacht, voerStapUit, type KlachtInvoer } from "../../../app/features/klachten/klachten.server";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import {
  bezorgBurgerberichten,
  emailKanaal,
  naStilleUren,
  zetOpnieuwKlaar,
  type BurgerKanaal,
} from "../../../app/platform/engine/burgerberichten.server";
import { httpSmsKanaal } from "../../../app/features/berichten/sms.server";
import { berichtenVoorAfspraak, berichtProbleem, LINK_WEERGAVE } from "../../../app/features/berichten/berichten.server";
import { hashStatusToken, tokenUitUrl, zoekStatusToken } from "../../../app/features/inwoner/statuslink.server";
import { gebruiker } from "../afspraken/helpers";
import { nepGateway, smtpServer, leesbaar } from "./helpers";

const { sqlite } = getDatabase();
const FORM = { naam: "Piet Jansen", telefoon: "06-12345678", email: "", vraag: "Wanneer is mijn paspoort klaar?", kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" };

let gw: Awaited<ReturnType<typeof nepGateway>>;
let smtp: Awaited<ReturnType<typeof smtpServer>>;
let sms: BurgerKanaal;
let mail: BurgerKanaal;

beforeAll(async () => {
  gw = await nepGateway();
  smtp = await smtpServer();
  sms = httpSmsKanaal({ url: gw.url, token: gw.token });
  mail = emailKanaal(nodemailer.createTransport(smtp.url))!;
});
afterAll(async () => {
  await gw.sluit();
  await smtp.sluit();
});
beforeEach(() => {
  gw.state.status = 200;
  smtp.state.weiger = false;
  sqlite.prepare("UPDATE burgerberichten SET status = 'verzonden' WHERE status IN ('wachtend', 'bezig')").run();
});

function berichtRij(afspraakId: string, soort: string) {
  return sqlite.prepare("SELECT * FROM burgerberichten WHERE afspraak_id = ? AND soort = ?").get(afspraakId, soort) as Record<string, any>;
}
const versie = (id: string) => laadAfspraakRij(id)!.versie;
function callback(extra: Record<string, unknown> = {}) {
  const r = maakTerugbelafspraak({ ...FORM, ...extra }, gebruiker("fatima@voorbeeld.nl"), null);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.id;
}

describe("messages to citizens", () => {
  it("a staff-logged callback queues its SMS with the step and the fake gateway receives it with token, key and status link", async () => {
    setNow(parseTijdstip("2026-11-23T10:00")); // Monday
    const id = callback();
    const rij = berichtRij(id, "terugbel.aangemaakt");
    expect(rij).toMatchObject({ kanaal: "sms", aan: "+31612345678", status: "wachtend" });
    expect(rij.tekst).toContain("{{statuslink}}"); // the raw token is never stored
    const voor = gw.afgeleverd.size;
    const r = await bezorgBurgerberichten({ kanalen: { sms } });
    expect(r.verzonden).toBeGreaterThanOrEqual(1);
    expect(gw.afgeleverd.size).toBe(voor + 1);
    const v = gw.verzoeken.at(-1)!;
    expect(v.auth).toBe(`Bearer ${gw.token}`);
    expect(v.sleutel).toBe(rij.bericht_id);
    expect(v.to).toBe("+31612345678");
    expect(v.text).toMatch(/we bellen u uiterlijk dinsdag 24 november om 17:00 terug/);
    const link = v.text.match(/https?:\/\/\S+\/inwoner\/status\/\S+/)![0];
    expect(zoekStatusToken(tokenUitUrl(link))).toEqual({ afspraakId: id });
    expect(JSON.stringify(sqlite.prepare("SELECT * FROM burgerberichten WHERE afspraak_id = ?").all(id))).not.toContain(tokenUitUrl(link));
    expect(sqlite.prepare("SELECT 1 FROM inwoner_statuslinks WHERE token_hash = ?").get(hashStatusToken(tokenUitUrl(link)))).toBeTruthy();
    const lijst = berichtenVoorAfspraak(id);
    expect(lijst).toHaveLength(1);
    expect(lijst[0]).toMatchObject({ kanaal: "sms", status: "verzonden", probleem: false });
    expect(lijst[0]!.verstuurdOp).not.toBeNull();
    expect(lijst[0]!.tekst).toContain(LINK_WEERGAVE);
  });

  it("quiet hours: a non-urgent message queued at night waits for 08:00 Amsterdam; at send time too", async () => {
    setNow(parseTijdstip("2026-11-23T22:15"));
    const id = callback();
    const rij = berichtRij(id, "terugbel.aangemaakt");
    expect(rij.niet_voor).toBe(parseTijdstip("2026-11-24T08:00"));
    const nacht = await bezorgBurgerberichten({ nu: parseTijdstip("2026-11-24T03:00"), kanalen: { sms } });
    expect(nacht.verzonden).toBe(0);
    expect(berichtRij(id, "terugbel.aangemaakt").status).toBe("wachtend");
    const ochtend = await bezorgBurgerberichten({ nu: parseTijdstip("2026-11-24T08:00"), kanalen: { sms } });
    expect(ochtend.verzonden).toBe(1);
    // a due row found during quiet hours (e.g. a retry) is moved to the end of the quiet period, not sent
    sqlite.prepare("UPDATE instellingen SET waarde = waarde WHERE 0").run();
    expect(naStilleUren(parseTijdstip("2026-11-24T23:30"), { van: "21:00", tot: "08:00" })).toBe(parseTijdstip("2026-11-25T08:00"));
    expect(naStilleUren(parseTijdstip("2026-11-24T07:59"), { van: "21:00", tot: "08:00" })).toBe(parseTijdstip("2026-11-24T08:00"));
    expect(naStilleUren(parseTijdstip("2026-11-24T12:00"), { van: "21:00", tot: "08:00" })).toBe(parseTijdstip("2026-11-24T12:00"));
    // configurable (instellingen.stille_uren)
    sqlite.prepare("INSERT INTO instellingen (sleutel, waarde) VALUES ('stille_uren', ?) ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde").run(
      JSON.stringify({ van: "18:00", tot: "09:30" }),
    );
    setNow(parseTijdstip("2026-11-24T19:00"));
    const id2 = callback();
    expect(berichtRij(id2, "terugbel.aangemaakt").niet_voor).toBe(parseTijdstip("2026-11-25T09:30"));
    sqlite.prepare("DELETE FROM instellingen WHERE sleutel = 'stille_uren'").run();
  });

  it("a failed call attempt sends 'we tried to call you'; the last one sends the fallback message", async () => {
    setNow(parseTijdstip("2026-11-23T10:00"));
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const id = callback();
    expect(terugbelStap(id, versie(id), "poging", { uitkomst: "geen_gehoor", notitie: "" }, fatima, null).ok).toBe(true);
    expect(berichtRij(id, "terugbel.niet_bereikt")).toMatchObject({ kanaal: "sms", status: "wachtend" });
    expect(terugbelStap(id, versie(id), "poging", { uitkomst: "voicemail", notitie: "" }, fatima, null).ok).toBe(true);
    expect(sqlite.prepare("SELECT count(*) n FROM burgerberichten WHERE afspraak_id = ? AND soort = 'terugbel.niet_bereikt'").get(id)).toEqual({ n: 2 });
    expect(terugbelStap(id, versie(id), "poging", { uitkomst: "geen_gehoor", notitie: "" }, fatima, null).ok).toBe(true);
    expect(laadAfspraakRij(id)!.status).toBe("niet_bereikbaar");
    expect(berichtRij(id, "terugbel.niet_bereikbaar").tekst).toMatch(/14 020/);
    await bezorgBurgerberichten({ kanalen: { sms } });
    expect(berichtenVoorAfspraak(id).every((b) => b.status === "verzonden")).toBe(true);
  });

  it("a gateway refusal (bounce) gives up, flags the dossier, tells the owner; 'opnieuw versturen' sends it", async () => {
    setNow(parseTijdstip("2026-11-23T11:00"));
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const id = callback();
    gw.state.status = 422;
    const r = await bezorgBurgerberichten({ kanalen: { sms } });
    expect(r.opgegeven).toBe(1);
    expect(berichtRij(id, "terugbel.aangemaakt")).toMatchObject({ status: "opgegeven", pogingen: 1 });
    expect(berichtProbleem(id)).toBe(true);
    expect(berichtenVoorAfspraak(id)[0]).toMatchObject({ probleem: true, status: "opgegeven" });
    const inbox = sqlite.prepare("SELECT titel, link FROM berichten WHERE medewerker_id = ? AND afspraak_id = ? AND titel LIKE 'Bericht aan inwoner%'").all(fatima.id, id);
    expect(inbox).toEqual([{ titel: "Bericht aan inwoner niet bezorgd: We bellen u terug", link: `/terugbelafspraken/${id}` }]);
    const oudeId = berichtRij(id, "terugbel.aangemaakt").bericht_id;
    gw.state.status = 200;
    expect(zetOpnieuwKlaar(sqlite, berichtRij(id, "terugbel.aangemaakt").id)).toBe(true);
    expect(berichtRij(id, "terugbel.aangemaakt").bericht_id).not.toBe(oudeId);
    expect((await bezorgBurgerberichten({ kanalen: { sms } })).verzonden).toBe(1);
    expect(berichtProbleem(id)).toBe(false);
  });

  it("a temporary gateway failure is retried with backoff and shows as a problem meanwhile", async () => {
    setNow(parseTijdstip("2026-11-23T11:30"));
    const id = callback();
    gw.state.status = 503;
    const t = now();
    expect((await bezorgBurgerberichten({ nu: t, kanalen: { sms } })).mislukt).toBe(1);
    const rij = berichtRij(id, "terugbel.aangemaakt");
    expect(rij).toMatchObject({ status: "wachtend", pogingen: 1 });
    expect(rij.volgende_poging_op).toBe(t + 60_000);
    expect(berichtProbleem(id)).toBe(true);
    gw.state.status = 200;
    expect((await bezorgBurgerberichten({ nu: t + 30_000, kanalen: { sms } })).verzonden).toBe(0);
    expect((await bezorgBurgerberichten({ nu: t + 60_000, kanalen: { sms } })).verzonden).toBe(1);
    expect(berichtProbleem(id)).toBe(false);
  });

  it("without a configured gateway an SMS waits (not lost, not failed)", async () => {
    setNow(parseTijdstip("2026-11-23T12:00"));
    const id = callback();
    const r = await bezorgBurgerberichten({ kanalen: { sms: null } });
    expect(r.wachtend).toBeGreaterThanOrEqual(1);
    expect(berichtRij(id, "terugbel.aangemaakt")).toMatchObject({ status: "wachtend", pogingen: 0 });
  });

  it("a handover's message, once delivered by e-mail over SMTP, completes 'klant geïnformeerd'", async () => {
    setNow(parseTijdstip("2026-11-23T10:00"));
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const daan = gebruiker("daan@voorbeeld.nl");
    const r = maakOverdracht(
      { naam: "Ahmed Bouali", telefoon: "0611122233", email: "ahmed@example.nl", vraag: "WOZ-bezwaar", alGedaan: "Uitleg gegeven", ontvanger: `m:${daan.id}` },
      fatima,
      null,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(overdrachtStap(r.id, versie(r.id), "oppakken", {}, daan, null).ok).toBe(true);
    expect(laadAfspraakRij(r.id)!.status).toBe("opgepakt");
    const rij = berichtRij(r.id, "overdracht.behandelaar");
    expect(rij).toMatchObject({ kanaal: "email", aan: "ahmed@example.nl" });
    const voor = smtp.mails.length;
    expect((await bezorgBurgerberichten({ kanalen: { email: mail } })).verzonden).toBe(1);
    expect(smtp.mails.length).toBe(voor + 1);
    const m = leesbaar(smtp.mails.at(-1)!.raw);
    expect(m).toContain(`Message-ID: ${rij.bericht_id}`);
    expect(m).toMatch(/Uw vraag "WOZ-bezwaar" ligt nu bij Daan van /);
    expect(m).toMatch(/\/inwoner\/status\/[A-Za-z0-9_-]{43}/);
    const na = laadAfspraakRij(r.id)!;
    expect(na.status).toBe("klant_geinformeerd");
    const ctx = JSON.parse(na.snapshot).context;
    expect(ctx.informatie).toMatchObject({ hoe: "e-mail" });
    expect(ctx.informatie.contactpersoon).toMatch(/^Daan \(/);
  });

  it("complaint letters go by e-mail where the complainant chose e-mail, with the term and a status link; SMTP 550 is a bounce", async () => {
    const T = Date.UTC(2025, 10, 13, 10, 0);
    setNow(T);
    const ruben = gebruiker("ruben@voorbeeld.nl");
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const afdeling = (sqlite.prepare("SELECT t.afdeling_id AS a FROM medewerkers m JOIN teams t ON t.id = m.team_id WHERE m.id = ?").get(fatima.id) as { a: number }).a;
    const invoer: KlachtInvoer = {
      ontvangenDatum: "2025-11-13",
      kanaal: "e-mail",
      schriftelijk: true,
      klagerSoort: "persoon",
      klagerNaam: "Piet Jansen",
      klagerOrganisatie: null,
      klagerAdres: null,
      klagerPostcode: null,
      klagerWoonplaats: null,
      klagerTelefoon: null,
      klagerEmail: "piet@example.nl",
      klagerVoorkeurKanaal: "e-mail",
      dagtekening: "2025-11-12",
      omschrijving: "Niemand belde mij terug over mijn parkeervergunning.",
      gedragingDatum: "2025-11-10",
      afdelingId: afdeling,
      beklaagdeIds: [fatima.id],
      beklaagdeOnbekend: false,
      betreftBestuursorgaan: false,
    };
    const { id } = registreerKlacht(invoer, ruben, null);
    expect(voerStapUit(id, versie(id), { type: "ONTVANGST_BEVESTIGEN", op: T }, ruben, null).ok).toBe(true);
    const bev = berichtRij(id, "klacht.brief");
    expect(bev).toMatchObject({ kanaal: "email", aan: "piet@example.nl" });
    const brief = sqlite.prepare("SELECT tekst FROM klacht_brieven WHERE klacht_id = ? AND soort = 'ontvangstbevestiging'").get(id) as { tekst: string };
    expect(bev.tekst.startsWith(brief.tekst)).toBe(true);
    const voor = smtp.mails.length;
    expect((await bezorgBurgerberichten({ kanalen: { email: mail } })).verzonden).toBe(1);
    expect(smtp.mails.length).toBe(voor + 1);
    expect(smtp.mails.at(-1)!.to).toEqual(["piet@example.nl"]);
    expect(leesbaar(smtp.mails.at(-1)!.raw)).toMatch(/\/inwoner\/status\/[A-Za-z0-9_-]{43}/);
    // the handler's first name reaches the citizen
    expect(voerStapUit(id, versie(id), { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam }, ruben, null).ok).toBe(true);
    const beh = berichtRij(id, "klacht.behandelaar");
    expect(beh.tekst).toContain(`${ruben.naam.split(" ")[0]} behandelt uw klacht`);
    // a bounce at RCPT (550) gives up at once and tells the owner
    smtp.state.weiger = true;
    const r = await bezorgBurgerberichten({ kanalen: { email: mail } });
    expect(r.opgegeven).toBe(1);
    expect(berichtRij(id, "klacht.behandelaar").status).toBe("opgegeven");
    expect(berichtProbleem(id)).toBe(true);
    // a withdrawal (a new end state) is confirmed to the complainant
    expect(voerStapUit(id, versie(id), { type: "INTREKKEN", op: now(), via: "telefoon", reden: "Opgelost" } as never, ruben, null).ok).toBe(true);
    expect(berichtRij(id, "klacht.ingetrokken")).toMatchObject({ kanaal: "email", aan: "piet@example.nl", onderwerp: "Uw klacht is ingetrokken" });
  });
});
