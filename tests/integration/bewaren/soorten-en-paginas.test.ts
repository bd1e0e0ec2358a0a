/**
 * Retention per kind with the beheerder's terms (messages, KTO remarks and attachments on their own term while the
 * record itself stays), the scheduler's monthly list, the pages' answers to bad input, and a destroyed complaint's
 * dossier that still opens without its personal data. Frozen clock.
 */
import { describe, expect, it, beforeAll } from "vitest";
import { mkdtempSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { registreerKlacht, voerStapUit, klachtDossier } from "../../../app/features/klachten/klachten.server";
import { bewaarBijlage, bijlagenMap } from "../../../app/features/klachten/bijlagen.server";
import { maakTerugbelafspraak, terugbelStap, terugbelDetail } from "../../../app/features/terugbellen/terugbel.server";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { maakKtoUitnodiging, nieuweKtoLink, beantwoordKto } from "../../../app/features/kto/uitnodiging.server";
import { ktoVoorJaar } from "../../../app/features/statistiek/kto.server";
import { bewaarTermijnen, bewaartermijnen } from "../../../app/features/bewaren/termijnen.server";
import { lijst, keurGoed, maandelijkseLijst, stelLijstOp, geplandeVacuum } from "../../../app/features/bewaren/vernietiging.server";
import { lijstActie, lijstPagina, termijnenActie, verklaringPagina, overzichtActie } from "../../../app/features/bewaren/pagina.server";
import { gebruiker } from "../afspraken/helpers";

process.env.AFSPRAAK_BIJLAGEN = mkdtempSync(path.join(os.tmpdir(), "afspraak-bewaren-"));
const { sqlite } = getDatabase();
const ruben = gebruiker("ruben@voorbeeld.nl");
const fatima = gebruiker("fatima@voorbeeld.nl");
const gerda = gebruiker("gerda@voorbeeld.nl");
const laura = gebruiker("laura@voorbeeld.nl");

const T0 = parseTijdstip("2024-06-03T10:00");
let bel: string;
let klacht: string;
let bijlage: string;

function zetTermijnen(m: Partial<Record<"terugbelafspraak" | "overdracht" | "bericht" | "kto" | "bijlage", number | null>>) {
  const nu = bewaartermijnen();
  const r = bewaarTermijnen(
    Object.entries(m).map(([soort, maanden]) => ({ soort: soort as never, maanden: maanden ?? null, versie: nu.find((t) => t.soort === soort)!.versie })),
    laura,
    null,
  );
  expect(r).toEqual({ ok: true });
}

beforeAll(() => {
  setNow(T0);
  const r = maakTerugbelafspraak(
    { naam: "Wobbe Berichtsma", telefoon: "06-31313131", email: "wobbe@example.nl", vraag: "Vraag over de bewaartermijn", kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" },
    fatima,
    null,
  );
  if (!r.ok) throw new Error(JSON.stringify(r));
  bel = r.id;
  expect(terugbelStap(bel, laadAfspraakRij(bel)!.versie, "poging", { uitkomst: "bereikt", notitie: "" }, fatima, null).ok).toBe(true);
  // a message to the citizen that was sent, and a satisfaction answer with a remark
  sqlite
    .prepare(
      `INSERT INTO burgerberichten (sleutel, afspraak_id, soort, kanaal, aan, taal, onderwerp, tekst, status, aangemaakt_op, niet_voor, volgende_poging_op, bericht_id, verzonden_op)
       VALUES ('test:bewaren', ?, 'terugbel.bevestiging', 'email', 'wobbe@example.nl', 'nl', 'Wij bellen u terug', 'Beste Wobbe Berichtsma', 'verzonden', ?, ?, ?, 'b-test', ?)`,
    )
    .run(bel, T0, T0, T0, T0);
  maakKtoUitnodiging(sqlite, { ...laadAfspraakRij(bel)!, eigenaar_id: fatima.id }, T0);
  const link = nieuweKtoLink(sqlite, bel, T0)!;
  expect(beantwoordKto(link.split("/").pop()!, 2, "Wobbe vond het wachten te lang", null)).toBe(true);
  // a withdrawn complaint with an attachment (its own dossier term: 1 year)
  const k = registreerKlacht(
    {
      ontvangenDatum: "2024-06-03", kanaal: "post", schriftelijk: true, klagerSoort: "persoon", klagerNaam: "Fokje Dossiersma", klagerOrganisatie: null,
      klagerAdres: null, klagerPostcode: null, klagerWoonplaats: null, klagerTelefoon: null, klagerEmail: null, klagerVoorkeurKanaal: "post",
      dagtekening: "2024-06-01", omschrijving: "Fokje klaagt over de wachttijd.", gedragingDatum: "2024-05-30", afdelingId: null, beklaagdeIds: [],
      beklaagdeOnbekend: true, betreftBestuursorgaan: false,
    },
    ruben,
    null,
  );
  klacht = k.id;
  const b = bewaarBijlage(klacht, { naam: "foto.txt", bytes: new TextEncoder().encode("bijlage van Fokje") }, ruben, null);
  if (!b.ok) throw new Error(b.fout);
  bijlage = b.id;
  expect(voerStapUit(klacht, laadAfspraakRij(klacht)!.versie, { type: "INTREKKEN", op: T0, via: "post", reden: null }, ruben, null).ok).toBe(true);
});

describe("kinds with their own term", () => {
  it("messages, KTO remarks and attachments go on their own shorter term; the records stay", () => {
    zetTermijnen({ terugbelafspraak: 36, bericht: 6, kto: 6, bijlage: 3 });
    setNow(parseTijdstip("2025-01-06T10:00"));
    const kto = ktoVoorJaar(2024);
    const r = stelLijstOp(gerda, null);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const items = lijst(r.id)!.items;
    expect(items.map((i) => i.soort).sort()).toEqual(["bericht", "bijlage", "kto"]);
    const g = keurGoed(r.id, lijst(r.id)!.lijst.versie, gerda, null);
    expect(g.ok, JSON.stringify(g)).toBe(true);
    // the message and the remark are gone; the callback, the KTO score and the complaint dossier are not
    expect(sqlite.prepare("SELECT count(*) AS n FROM burgerberichten WHERE afspraak_id = ?").get(bel)).toEqual({ n: 0 });
    expect(sqlite.prepare("SELECT score, opmerking FROM kto_uitnodigingen WHERE afspraak_id = ?").get(bel)).toEqual({ score: 2, opmerking: null });
    expect(ktoVoorJaar(2024)).toEqual(kto);
    expect(laadAfspraakRij(bel)!.snapshot).toContain("Berichtsma");
    expect(existsSync(path.join(bijlagenMap(), bijlage))).toBe(false);
    expect((sqlite.prepare("SELECT klager_naam FROM klachten WHERE id = ?").get(klacht) as { klager_naam: string }).klager_naam).toBe("Fokje Dossiersma");
  });

  it("the complaint's own term then destroys the dossier; its pages still open without the personal data", () => {
    setNow(parseTijdstip("2025-06-10T10:00"));
    const r = stelLijstOp(gerda, null);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(lijst(r.id)!.items.map((i) => i.ref)).toEqual([klacht]);
    expect(keurGoed(r.id, lijst(r.id)!.lijst.versie, gerda, null).ok).toBe(true);
    const d = klachtDossier(klacht, ruben, null);
    expect(JSON.stringify(d)).not.toContain("Fokje");
    expect(JSON.stringify(d)).not.toContain("Dossiersma");
  });

  it("a destroyed callback's page opens without the citizen", () => {
    zetTermijnen({ terugbelafspraak: 12 });
    const r = stelLijstOp(gerda, null);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(lijst(r.id)!.items.map((i) => i.ref)).toContain(bel);
    expect(keurGoed(r.id, lijst(r.id)!.lijst.versie, gerda, null).ok).toBe(true);
    const d = terugbelDetail(bel, fatima, null);
    expect(JSON.stringify(d)).not.toContain("Berichtsma");
    expect(JSON.stringify(d)).not.toContain("31313131");
  });
});

describe("the monthly list from the scheduler", () => {
  it("is drawn up once per month, tells the archief role, and waits for the open list", () => {
    zetTermijnen({ terugbelafspraak: 1 });
    setNow(parseTijdstip("2025-08-04T10:00"));
    const r = maakTerugbelafspraak({ naam: "Maandelijks Test", telefoon: "06-32323232", email: "", vraag: "Vraag", kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" }, fatima, null);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(terugbelStap(r.id, laadAfspraakRij(r.id)!.versie, "poging", { uitkomst: "bereikt", notitie: "" }, fatima, null).ok).toBe(true);
    setNow(parseTijdstip("2025-09-05T03:00"));
    const eerste = maandelijkseLijst();
    expect(eerste?.ok, JSON.stringify(eerste)).toBe(true);
    if (!eerste?.ok) return;
    expect(lijst(eerste.id)!.lijst.maand).toBe("2025-09");
    expect(lijst(eerste.id)!.items.map((i) => i.ref)).toContain(r.id);
    const inbox = sqlite.prepare("SELECT titel, link FROM berichten WHERE medewerker_id = ? ORDER BY id DESC LIMIT 1").get(gerda.id) as { titel: string; link: string };
    expect(inbox.titel).toContain(eerste.nummer);
    expect(inbox.link).toBe(`/vernietiging/${eerste.id}`);
    // the same month again: nothing new
    setNow(parseTijdstip("2025-09-20T03:00"));
    expect(maandelijkseLijst()).toBeNull();
    // next month while this list still waits: refused, nothing destroyed
    setNow(parseTijdstip("2025-10-01T03:00"));
    expect(maandelijkseLijst()).toMatchObject({ ok: false, reden: "open_lijst" });
    expect(laadAfspraakRij(r.id)!.titel).not.toBe("Vernietigd na de bewaartermijn");
  });
});

describe("the pages answer bad input at the field", () => {
  it("approval without the confirmation, a hold-back without a reason, an unknown list", () => {
    const open = sqlite.prepare("SELECT id, versie FROM vernietigingslijsten WHERE status = 'ter_beoordeling'").get() as { id: string; versie: number };
    const item = lijst(open.id)!.items[0]!;
    const zonder = lijstActie(open.id, gerda, { intent: "goedkeuren", versie: String(open.versie) }, undefined);
    expect(zonder).toMatchObject({ status: 400, antwoord: { fouten: { bevestigd: [expect.stringContaining("Vink aan")] } } });
    const geenReden = lijstActie(open.id, gerda, { intent: "aanhouden", versie: String(open.versie), item: String(item.id), reden: "" }, undefined);
    expect(geenReden).toMatchObject({ status: 400, antwoord: { item: item.id, fouten: { reden: ["Kies waarom dit onderdeel wordt aangehouden."] } } });
    const anders = lijstActie(open.id, gerda, { intent: "aanhouden", versie: String(open.versie), item: String(item.id), reden: "anders" }, undefined);
    expect(anders).toMatchObject({ status: 400, antwoord: { fouten: { toelichting: [expect.stringContaining("andere reden")] } } });
    // in English when English is chosen
    expect(lijstActie(open.id, gerda, { intent: "goedkeuren", versie: String(open.versie) }, undefined, "en")).toMatchObject({
      antwoord: { fouten: { bevestigd: ["Tick the box to confirm that you reviewed the list and that the proposed items may be destroyed."] } },
    });
    expect(lijstActie(open.id, gerda, { intent: "goedkeuren", versie: String(open.versie + 5), bevestigd: "ja" }, undefined, "en")).toMatchObject({
      status: 409,
      antwoord: { melding: "Someone else changed this list in the meantime. Look at the list again and try once more." },
    });
    const oud = lijstActie(open.id, gerda, { intent: "goedkeuren", versie: String(open.versie + 5), bevestigd: "ja" }, undefined);
    expect(oud).toMatchObject({ status: 409, antwoord: { melding: expect.stringContaining("intussen gewijzigd") } });
    expect(lijstPagina("bestaat-niet", new URL("http://x/"))).toBeNull();
    expect(verklaringPagina("bestaat-niet", new URL("http://x/"))).toBeNull();
    // a second list while one waits: the overview says so and links to it
    expect(overzichtActie(gerda, {}, undefined)).toMatchObject({ status: 409, antwoord: { lijstId: open.id } });
    // nothing of this destroyed anything
    expect(lijst(open.id)!.items.every((i) => i.status === "voorgesteld")).toBe(true);
    // approved through the page: to the declaration, which verifies
    // a large database: the VACUUM waits for the night
    process.env.AFSPRAAK_VACUUM_DIRECT_MB = "0";
    const ok = lijstActie(open.id, gerda, { intent: "goedkeuren", versie: String(open.versie), bevestigd: "ja" }, undefined);
    delete process.env.AFSPRAAK_VACUUM_DIRECT_MB;
    expect(ok).toEqual({ naar: `/vernietiging/${open.id}/verklaring?ok=uitgevoerd` });
    const gepland = () => sqlite.prepare("SELECT waarde FROM instellingen WHERE sleutel = 'bewaren.vacuum_gepland'").get() as { waarde: string } | undefined;
    expect(gepland()?.waarde).toBe(open.id);
    expect(geplandeVacuum(parseTijdstip("2025-10-01T14:00"))).toBe(false);
    expect(gepland()).toBeDefined();
    expect(geplandeVacuum(parseTijdstip("2025-10-02T02:30"))).toBe(true);
    expect(gepland()).toBeUndefined();
    expect(sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE actie = 'vernietiging.bestand_opgeschoond'").get()).toMatchObject({ n: expect.any(Number) });
    const v = verklaringPagina(open.id, new URL("http://x/"));
    expect(v && v.uitgevoerd && v.controle).toEqual({ geldig: true });
  });

  it("splits a large backlog over several lists, the oldest first", () => {
    zetTermijnen({ terugbelafspraak: 1 });
    const ids: string[] = [];
    for (const dag of ["03", "04", "05"]) {
      setNow(parseTijdstip(`2025-11-${dag}T10:00`));
      const r = maakTerugbelafspraak({ naam: `Achterstand ${dag}`, telefoon: "06-33333333", email: "", vraag: "Vraag", kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" }, fatima, null);
      if (!r.ok) throw new Error(JSON.stringify(r));
      expect(terugbelStap(r.id, laadAfspraakRij(r.id)!.versie, "poging", { uitkomst: "bereikt", notitie: "" }, fatima, null).ok).toBe(true);
      ids.push(r.id);
    }
    setNow(parseTijdstip("2026-01-12T10:00"));
    process.env.AFSPRAAK_VERNIETIGING_MAX = "2";
    try {
      const r = overzichtActie(gerda, {}, undefined);
      expect(r).toMatchObject({ naar: expect.stringMatching(/^\/vernietiging\/[0-9a-f-]+\?ok=opgesteld&wachtend=1$/) });
      const id = (r as { naar: string }).naar.split("/")[2]!.split("?")[0]!;
      expect(lijst(id)!.items.map((i) => i.ref)).toEqual(ids.slice(0, 2));
      expect(lijstPagina(id, new URL(`http://x/vernietiging/${id}?wachtend=1`))!.wachtend).toEqual({ aantal: 1, max: 2 });
      // the term is made longer before the approval: checked again, nothing is destroyed
      zetTermijnen({ terugbelafspraak: 36 });
      const g = keurGoed(id, lijst(id)!.lijst.versie, gerda, null);
      expect(g).toMatchObject({ ok: true, vernietigd: 0, aangehouden: 2 });
      expect(lijst(id)!.items.map((i) => [i.status, i.aanhoud_toelichting])).toEqual([
        ["aangehouden", "Bij de goedkeuring niet (meer) over de bewaartermijn; niet vernietigd."],
        ["aangehouden", "Bij de goedkeuring niet (meer) over de bewaartermijn; niet vernietigd."],
      ]);
      expect(laadAfspraakRij(ids[0]!)!.snapshot).toContain("Achterstand");
    } finally {
      delete process.env.AFSPRAAK_VERNIETIGING_MAX;
    }
  });

  it("the terms form refuses what is not a number of months", () => {
    const t = Object.fromEntries(bewaartermijnen().flatMap((x) => [[`versie_${x.soort}`, String(x.versie)], [`maanden_${x.soort}`, x.maanden == null ? "" : String(x.maanden)]]));
    expect(termijnenActie(laura, { ...t, maanden_kto: "twaalf" }, undefined)).toMatchObject({
      status: 400,
      antwoord: { fouten: { maanden_kto: ["Vul een heel aantal maanden in, van 1 tot 1200."] } },
    });
    expect(termijnenActie(laura, { ...t, maanden_overdracht: "" }, undefined)).toMatchObject({ status: 400, antwoord: { fouten: { maanden_overdracht: [expect.any(String)] } } });
    expect(termijnenActie(laura, { ...t, maanden_bijlage: "" }, undefined)).toEqual({ naar: "/beheer/bewaartermijnen?ok=termijnen" });
    expect(termijnenActie(laura, { ...t, versie_kto: "0", maanden_kto: "7" }, undefined)).toMatchObject({ status: 409 });
  });
});
