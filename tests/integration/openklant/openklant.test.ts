import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { getDatabase } from "../../../db/client";
import { advance, now, setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { voorbeeldTermijn, terugbelStap } from "../../../app/features/terugbellen/terugbel.server";
import { burgerOpId } from "../../../app/features/klantbeeld/klantbeeld.server";
import { bewaarInstellingen, instellingen, koppelActor, koppelingStatus, poll, pollWachttijdMs, schrijfWachttijdMs } from "../../../app/features/openklant/connector.server";
import { startFakeOpenKlant, type FakeOpenKlant } from "./fake-openklant";
import type { AppUser } from "../../../app/platform/auth/permissions.server";
import { rollenVan } from "../../../app/platform/auth/sessies.server";

const { sqlite } = getDatabase();
const BEHEERDER = { id: null, naam: "Test beheerder" };
let ok: FakeOpenKlant;
let balie = 0;
let actor = "";

function gebruiker(email: string): AppUser {
  const r = sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE email = ?").get(email) as { id: string; naam: string; email: string };
  return { ...r, rollen: rollenVan(r.id) };
}
const versie = (id: string) => laadAfspraakRij(id)!.versie;
const afspraakVan = (taak: string) => (sqlite.prepare("SELECT afspraak_id FROM openklant_taken WHERE taak_uuid = ?").get(taak) as { afspraak_id: string } | undefined)?.afspraak_id;

beforeAll(async () => {
  ok = await startFakeOpenKlant();
  balie = (sqlite.prepare("SELECT id FROM teams WHERE naam = 'KCC Balie'").get() as { id: number }).id;
  actor = ok.maakActor("KCC Balie (Afspraak)");
  koppelActor(actor, "KCC Balie", balie, BEHEERDER, null);
  const r = bewaarInstellingen({ basisUrl: ok.basis, token: ok.token, actief: true, versie: instellingen().versie }, BEHEERDER, null);
  expect(r.ok).toBe(true);
});
afterAll(() => ok.stop());
beforeEach(() => {
  setNow(parseTijdstip("2026-12-01T10:00"));
  ok.storing(0);
  ok.offline(false);
  sqlite.prepare("UPDATE openklant_instellingen SET volgende_poll_op = 0, fouten_op_rij = 0").run(); // each test starts connected
});

describe("Open Klant connector against a fake built from Klantinteracties 0.9.0", () => {
  it("round trip: contactverzoek in → callback with the charter's due moment and the citizen → attempts → Klantcontact out → task verwerkt", async () => {
    const cv = ok.maakContactverzoek({
      actor,
      naam: { voornaam: "Fatma", achternaam: "Yilmaz" },
      telefoon: "0612345678",
      email: "fatma@example.nl",
      onderwerp: "Vraag over parkeervergunning",
      inhoud: "Mevrouw wil weten of haar aanvraag is ontvangen.",
      toelichting: "Graag na 14:00 bellen",
    });
    const andere = ok.maakActor("Team Belastingen (niet gekoppeld)");
    ok.maakContactverzoek({ actor: andere, telefoon: "0687654321", onderwerp: "WOZ", inhoud: "..." });

    const r1 = await poll();
    expect(r1).toMatchObject({ soort: "ok", nieuw: 1 });
    const id = afspraakVan(cv.taak)!;
    const rij = laadAfspraakRij(id)!;
    expect(rij.soort).toBe("terugbelafspraak");
    expect(rij.team_id).toBe(balie);
    expect(rij.termijn_op).toBe(voorbeeldTermijn("TERUGBELLEN")!.op);
    expect(rij.titel).toMatch(/parkeervergunning/);
    const burger = burgerOpId(rij.burger_id!)!;
    expect(burger).toMatchObject({ naam: "Fatma Yilmaz", telefoonE164: "+31612345678", email: "fatma@example.nl" });
    expect((sqlite.prepare("SELECT partij_uuid FROM openklant_taken WHERE taak_uuid = ?").get(cv.taak) as { partij_uuid: string }).partij_uuid).toBe(cv.partij);

    // idempotent: a second poll and a "restart" (fresh module state is irrelevant: the uuid is in the database)
    expect(await poll()).toMatchObject({ soort: "ok", nieuw: 0 });
    expect(sqlite.prepare("SELECT COUNT(*) AS n FROM openklant_taken WHERE taak_uuid = ?").get(cv.taak)).toEqual({ n: 1 });

    // attempts on the screen → Klantcontact per attempt, then the task verwerkt with a toelichting
    const daan = gebruiker("daan@voorbeeld.nl");
    expect(terugbelStap(id, versie(id), "poging", { uitkomst: "geen_gehoor", notitie: "" }, { ...daan, rollen: ["regieteam"] }, null).ok).toBe(true);
    await poll();
    const kcs = [...ok.data.klantcontacten.values()].filter((k) => k.uuid !== cv.klantcontact && k.onderwerp.startsWith("Terugbelpoging"));
    expect(kcs).toHaveLength(1);
    expect(kcs[0]).toMatchObject({ kanaal: "telefoon", indicatieContactGelukt: false, taal: "nld" });
    expect(ok.data.internetaken.get(cv.taak)!.status).toBe("te_verwerken");
    expect(terugbelStap(id, versie(id), "poging", { uitkomst: "bereikt", notitie: "Aanvraag is binnen" }, { ...daan, rollen: ["regieteam"] }, null).ok).toBe(true);
    await poll();
    const taak = ok.data.internetaken.get(cv.taak)!;
    expect(taak.status).toBe("verwerkt");
    expect(taak.toelichting).toMatch(/^Graag na 14:00 bellen\nAfspraak: Nagekomen/);
    expect(taak.afgehandeldOp).toBeTruthy();
    const tweede = [...ok.data.klantcontacten.values()].find((k) => k.inhoud === "Bereikt. Aanvraag is binnen");
    expect(tweede).toMatchObject({ indicatieContactGelukt: true });
    // each Klantcontact is tied to the citizen's Partij and the team's actor
    const betrokken = [...ok.data.betrokkenen.values()].filter((b) => b.hadKlantcontact.uuid === tweede!.uuid);
    expect(betrokken.map((b) => b.wasPartij?.uuid)).toEqual([cv.partij]);
    expect([...ok.data.actorklantcontacten.values()].filter((a) => a.klantcontact.uuid === tweede!.uuid).map((a) => a.actor.uuid)).toEqual([actor]);
    // nothing written twice
    await poll();
    expect([...ok.data.klantcontacten.values()].filter((k) => k.onderwerp.startsWith("Terugbelpoging"))).toHaveLength(2);
    expect(koppelingStatus()).toMatchObject({ backlog: 0, openTaken: 0 });

    // contract: every request Afspraak sent was valid for Klantinteracties 0.9.0
    expect(ok.schendingen).toEqual([]);
    const ops = new Set(ok.verzoeken.map((v) => v.operationId));
    for (const o of ["internetakenList", "klantcontactenRetrieve", "betrokkenenList", "digitaleadressenRetrieve", "klantcontactenCreate", "betrokkenenCreate", "actorklantcontactenCreate", "internetakenRetrieve", "internetakenPartialUpdate"]) {
      expect(ops.has(o), o).toBe(true);
    }
    expect(ok.verzoeken.find((v) => v.operationId === "internetakenList")!.query).toMatchObject({ status: "te_verwerken", toegewezenAanActor__uuid: actor });
  });

  it("connection failures are retried with backoff, shown in beheer, and nothing is dropped", async () => {
    const cv = ok.maakContactverzoek({ actor, naam: { voornaam: "Piet", achternaam: "Jansen" }, telefoon: "0201234567", onderwerp: "Afvalpas", inhoud: "Kwijt" });
    ok.offline(true);
    const r = await poll();
    expect(r.soort).toBe("fout");
    expect(r.fout).toMatch(/Geen verbinding met Open Klant/);
    let s = koppelingStatus().instellingen;
    expect(s).toMatchObject({ foutenOpRij: 1, laatsteFout: expect.stringMatching(/Geen verbinding/) });
    expect(s.volgendePollOp).toBe(now() + pollWachttijdMs(1));
    ok.offline(false);
    expect((await poll()).soort).toBe("wacht"); // backoff respected
    advance(pollWachttijdMs(1));
    ok.storing(1); // a 503 counts as a failure too, and doubles the wait
    expect((await poll()).soort).toBe("fout");
    expect(koppelingStatus().instellingen.foutenOpRij).toBe(2);
    advance(pollWachttijdMs(2));
    expect(await poll()).toMatchObject({ soort: "ok", nieuw: 1 });
    s = koppelingStatus().instellingen;
    expect(s.foutenOpRij).toBe(0);
    expect(s.laatsteSuccesOp).toBe(now());

    // a write-back that fails stays in the backlog with its error and goes out later, once
    const id = afspraakVan(cv.taak)!;
    const daan = { ...gebruiker("daan@voorbeeld.nl"), rollen: ["regieteam" as const] };
    expect(terugbelStap(id, versie(id), "poging", { uitkomst: "voicemail", notitie: "" }, daan, null).ok).toBe(true);
    const voor = ok.data.klantcontacten.size;
    ok.storingOp("klantcontactenCreate", 1);
    expect((await poll()).fout).toMatch(/HTTP 503/);
    const st = koppelingStatus();
    expect(st.backlog).toBe(1);
    expect(st.problemen[0]).toMatchObject({ soort: "klantcontact", pogingen: 1, laatsteFout: expect.stringMatching(/503/) });
    expect(ok.data.klantcontacten.size).toBe(voor);
    expect((await poll()).soort).toBe("wacht");
    advance(Math.max(pollWachttijdMs(1), schrijfWachttijdMs(1)));
    expect((await poll()).soort).toBe("ok");
    expect(koppelingStatus().backlog).toBe(0);
    expect(ok.data.klantcontacten.size).toBe(voor + 1);
    expect(ok.schendingen).toEqual([]);
  });

  it("a contactverzoek without a phone number is not taken over, said so in beheer, and picked up once KISS adds one", async () => {
    const cv = ok.maakContactverzoek({ actor, naam: { voornaam: "Anna", achternaam: "de Vries" }, email: "anna@example.nl", onderwerp: "Rijbewijs", inhoud: "?" });
    const r = await poll();
    expect(r.soort).toBe("ok");
    expect(r.overgeslagen.join(" ")).toMatch(/geen telefoonnummer/);
    expect(koppelingStatus().instellingen.laatsteFout).toMatch(/geen telefoonnummer/);
    expect(afspraakVan(cv.taak)).toBeUndefined();
    const b = [...ok.data.betrokkenen.values()].find((x) => x.hadKlantcontact.uuid === cv.klantcontact)!;
    const uuid = "7d1e3c1a-3f1e-4d7b-9d2c-000000000001";
    ok.data.digitaleadressen.set(uuid, { uuid, url: `${ok.basis}/digitaleadressen/${uuid}`, verstrektDoorBetrokkene: null, verstrektDoorPartij: null, adres: "+31687654321", soortDigitaalAdres: "telefoonnummer", isStandaardAdres: false, omschrijving: "", verificatieDatum: null });
    b.digitaleAdressen.push({ uuid, url: `${ok.basis}/digitaleadressen/${uuid}` });
    expect(await poll()).toMatchObject({ nieuw: 1 });
    expect(afspraakVan(cv.taak)).toBeTruthy();
    expect(ok.schendingen).toEqual([]);
  });

  it("a refused token is a clear Dutch error", async () => {
    const v = instellingen().versie;
    bewaarInstellingen({ basisUrl: ok.basis, token: "fout-token", actief: true, versie: v }, BEHEERDER, null);
    const r = await poll();
    expect(r.fout).toMatch(/weigert het token/);
    bewaarInstellingen({ basisUrl: ok.basis, token: ok.token, actief: true, versie: instellingen().versie }, BEHEERDER, null);
    expect((await poll()).soort).toBe("ok");
    // a stale settings form is refused, typed input kept by the page
    expect(bewaarInstellingen({ basisUrl: ok.basis, token: "", actief: true, versie: v }, BEHEERDER, null)).toMatchObject({ ok: false });
  });

  it("two polls at once (a second process, a restart mid-round) still make one callback per task", async () => {
    const cv = ok.maakContactverzoek({ actor, naam: { voornaam: "Kees", achternaam: "Bos" }, telefoon: "0612340000", onderwerp: "Paspoort", inhoud: "?" });
    const [a, b] = await Promise.all([poll({ forceer: true }), poll({ forceer: true })]);
    expect(a.nieuw + b.nieuw).toBe(1);
    expect(sqlite.prepare("SELECT COUNT(*) AS n FROM afspraken WHERE titel LIKE '%Paspoort%' AND id IN (SELECT afspraak_id FROM openklant_taken WHERE taak_uuid = ?)").get(cv.taak)).toEqual({ n: 1 });
    expect(sqlite.prepare("SELECT COUNT(*) AS n FROM afspraken WHERE titel LIKE '%Contactverzoek%Paspoort%'").get()).toEqual({ n: 1 });
  });

  it("the contract check itself rejects a request that breaks the spec", async () => {
    const voor = ok.schendingen.length;
    const kop = { Authorization: `Token ${ok.token}`, "Content-Type": "application/json" };
    await fetch(`${ok.basis}/klantcontacten`, { method: "POST", headers: kop, body: JSON.stringify({ onderwerp: "x" }) });
    await fetch(`${ok.basis}/internetaken?status=open`, { headers: kop });
    await fetch(`${ok.basis}/internetaken?verzonnen=1`, { headers: kop });
    await fetch(`${ok.basis}/internetaken/${crypto.randomUUID()}`, { method: "PATCH", headers: kop, body: JSON.stringify({ status: "klaar" }) });
    const nieuw = ok.schendingen.slice(voor).filter((m) => !m.startsWith("ANTWOORD")); // the fake then also answers off-spec
    ok.schendingen.splice(voor);
    expect(nieuw).toHaveLength(4);
    expect(nieuw[0]).toMatch(/kanaal/);
    expect(nieuw[1]).toMatch(/status=open/);
    expect(nieuw[2]).toMatch(/verzonnen/);
    expect(nieuw[3]).toMatch(/status/);
  });
});
