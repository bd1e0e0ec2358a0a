/**
 * The satisfaction check (KTO): the closing message asks one question through a one-time link (hash only stored,
 * made at send time); an answer of 1–2 lands on the teamleider's list, who can call back, have it picked up again,
 * or pass it on as a signal for the learning log.
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import "../../../app/features/berichten/registratie.server";
import { maakTerugbelafspraak, terugbelStap } from "../../../app/features/terugbellen/terugbel.server";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { bezorgBurgerberichten } from "../../../app/platform/engine/burgerberichten.server";
import { httpSmsKanaal } from "../../../app/features/berichten/sms.server";
import { beantwoordKto, hashKtoToken, zoekKto } from "../../../app/features/kto/uitnodiging.server";
import { ontevredenAntwoorden, volgOp } from "../../../app/features/kto/opvolging.server";
import { gebruiker } from "../afspraken/helpers";
import { nepGateway } from "./helpers";

const { sqlite } = getDatabase();
let gw: Awaited<ReturnType<typeof nepGateway>>;
beforeAll(async () => {
  gw = await nepGateway();
});
afterAll(() => gw.sluit());

async function geslotenCallback(): Promise<{ id: string; token: string }> {
  const fatima = gebruiker("fatima@voorbeeld.nl");
  const r = maakTerugbelafspraak(
    { naam: "Piet Jansen", telefoon: "06-12345678", email: "", vraag: "Paspoort", kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" },
    fatima,
    null,
  );
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(terugbelStap(r.id, laadAfspraakRij(r.id)!.versie, "poging", { uitkomst: "bereikt", notitie: "" }, fatima, null).ok).toBe(true);
  expect(laadAfspraakRij(r.id)!.status).toBe("nagekomen");
  const inv = sqlite.prepare("SELECT * FROM kto_uitnodigingen WHERE afspraak_id = ?").get(r.id) as Record<string, unknown>;
  expect(inv).toMatchObject({ soort: "terugbelafspraak", norm_code: "TERUGBELLEN", token_hash: null, kanaal: "telefoon" });
  await bezorgBurgerberichten({ kanalen: { sms: httpSmsKanaal({ url: gw.url, token: gw.token }) } });
  const sms = gw.verzoeken.map((v) => v.text).find((t) => t.includes("/inwoner/kto/"))!;
  expect(sms).toMatch(/Hoe tevreden bent u \(1-5\)\?/);
  const token = sms.match(/\/inwoner\/kto\/([A-Za-z0-9_-]{43})/)![1]!;
  gw.verzoeken.length = 0;
  return { id: r.id, token };
}

describe("satisfaction check (KTO)", () => {
  it("a closed callback's message carries a one-time link; only its hash is stored; it works once", async () => {
    setNow(parseTijdstip("2026-11-23T10:00"));
    const { id, token } = await geslotenCallback();
    const rij = sqlite.prepare("SELECT token_hash FROM kto_uitnodigingen WHERE afspraak_id = ?").get(id) as { token_hash: string };
    expect(rij.token_hash).toBe(hashKtoToken(token));
    expect(JSON.stringify(sqlite.prepare("SELECT * FROM burgerberichten WHERE afspraak_id = ?").all(id))).not.toContain(token);
    expect(zoekKto(token)).not.toBeNull();
    expect(zoekKto("x".repeat(43))).toBeNull();
    expect(beantwoordKto(token, 4, "Snel geholpen", null)).toBe(true);
    expect(zoekKto(token)).toBeNull(); // used: the same answer as unknown
    expect(beantwoordKto(token, 1, null, null)).toBe(false);
    expect(sqlite.prepare("SELECT score, opmerking, opvolging FROM kto_uitnodigingen WHERE afspraak_id = ?").get(id)).toEqual({ score: 4, opmerking: "Snel geholpen", opvolging: null });
  });

  it("an expired link does not work", async () => {
    setNow(parseTijdstip("2026-11-24T10:00"));
    const { token } = await geslotenCallback();
    setNow(parseTijdstip("2027-01-10T10:00"));
    expect(zoekKto(token)).toBeNull();
    expect(beantwoordKto(token, 5, null, null)).toBe(false);
  });

  it("an unhappy answer lands on the teamleider's list; call back makes a new callback; a race gets 409", async () => {
    setNow(parseTijdstip("2026-11-25T10:00"));
    const { id, token } = await geslotenCallback();
    expect(beantwoordKto(token, 2, "Niemand wist het antwoord", null)).toBe(true);
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const tl = sqlite.prepare("SELECT m.email FROM teams t JOIN medewerkers m ON m.id = t.teamleider_id WHERE t.id = (SELECT team_id FROM medewerkers WHERE id = ?)").get(fatima.id) as { email: string };
    const teamleider = gebruiker(tl.email);
    const lijst = ontevredenAntwoorden(teamleider);
    const r = lijst.open.find((x) => x.afspraakId === id)!;
    expect(r).toMatchObject({ score: 2, opmerking: "Niemand wist het antwoord", opvolging: "open" });
    // someone outside the team does not see it
    const ander = sqlite.prepare("SELECT m.email FROM teams t JOIN medewerkers m ON m.id = t.teamleider_id WHERE t.id <> (SELECT team_id FROM medewerkers WHERE id = ?) LIMIT 1").get(fatima.id) as { email: string } | undefined;
    if (ander) {
      const a = gebruiker(ander.email);
      if (!a.rollen.includes("regieteam")) {
        expect(ontevredenAntwoorden(a).open.map((x) => x.afspraakId)).not.toContain(id);
        expect(volgOp(a, r.id, r.versie, "afgedaan", null)).toMatchObject({ ok: false, status: 404 });
      }
    }
    const terug = volgOp(teamleider, r.id, r.versie, "terugbellen", null);
    expect(terug.ok).toBe(true);
    if (!terug.ok) return;
    const nieuw = laadAfspraakRij(terug.nieuwId!)!;
    expect(nieuw).toMatchObject({ soort: "terugbelafspraak", eigenaar_id: teamleider.id, status: "open.beloofd" });
    expect(JSON.parse(nieuw.snapshot).context.vraag).toMatch(/ontevreden antwoord \(2 van 5\).*Niemand wist het antwoord/);
    expect(volgOp(teamleider, r.id, r.versie, "signaal", null)).toMatchObject({ ok: false, status: 409 });
    const na = ontevredenAntwoorden(teamleider);
    expect(na.open.map((x) => x.id)).not.toContain(r.id);
    expect(na.afgehandeld.find((x) => x.id === r.id)).toMatchObject({ opvolging: "teruggebeld", opvolgingAfspraakId: terug.nieuwId });
  });

  it("pick up again goes to the original owner; a signal reaches the regieteam with a prefilled learning-log link", async () => {
    setNow(parseTijdstip("2026-11-26T10:00"));
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const regie = sqlite.prepare("SELECT m.email FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id WHERE r.rol = 'regieteam' LIMIT 1").get() as { email: string };
    const rt = gebruiker(regie.email);
    const a = await geslotenCallback();
    expect(beantwoordKto(a.token, 1, null, null)).toBe(true);
    const ra = ontevredenAntwoorden(rt).open.find((x) => x.afspraakId === a.id)!;
    const her = volgOp(rt, ra.id, ra.versie, "heropenen", null);
    expect(her.ok).toBe(true);
    if (her.ok) expect(laadAfspraakRij(her.nieuwId!)!.eigenaar_id).toBe(fatima.id);
    const b = await geslotenCallback();
    expect(beantwoordKto(b.token, 2, null, null)).toBe(true);
    const rb = ontevredenAntwoorden(rt).open.find((x) => x.afspraakId === b.id)!;
    expect(volgOp(rt, rb.id, rb.versie, "signaal", null).ok).toBe(true);
    const inbox = sqlite.prepare("SELECT link FROM berichten WHERE medewerker_id = ? AND titel LIKE 'Signaal uit de tevredenheidsvraag%' AND afspraak_id = ?").get(rt.id, b.id) as { link: string };
    expect(inbox.link).toBe(`/leerlogboek/nieuw?afspraak=${b.id}`);
  });
});
