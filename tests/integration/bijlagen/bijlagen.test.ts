import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { BIJLAGE_MAX_BYTES, bewaarBijlage, bijlagenVan, controleerBijlage, leesBijlage, veiligeNaam } from "../../../app/features/klachten/bijlagen.server";
import { registreerKlacht, type KlachtInvoer } from "../../../app/features/klachten/klachten.server";

const map = mkdtempSync(path.join(os.tmpdir(), "afspraak-bijlagen-"));
process.env.AFSPRAAK_BIJLAGEN = map;
afterAll(() => rmSync(map, { recursive: true, force: true }));

const { sqlite } = getDatabase();
const ruben = sqlite.prepare("SELECT id, naam FROM medewerkers WHERE email = 'ruben@voorbeeld.nl'").get() as { id: string; naam: string };

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]);
const TXT = new TextEncoder().encode("Brief van de klager: ik ben onheus bejegend.\n");

describe("controleerBijlage", () => {
  it("accepts pdf, jpg, png, docx and txt whose content matches the extension", () => {
    expect(controleerBijlage("klacht.pdf", PDF)).toMatchObject({ ok: true, mime: "application/pdf" });
    expect(controleerBijlage("foto.PNG", PNG)).toMatchObject({ ok: true, mime: "image/png" });
    expect(controleerBijlage("foto.jpg", JPG)).toMatchObject({ ok: true, mime: "image/jpeg" });
    expect(controleerBijlage("brief.docx", DOCX)).toMatchObject({ ok: true });
    expect(controleerBijlage("notitie.txt", TXT)).toMatchObject({ ok: true });
  });

  it("refuses other types, mismatching content, empty and too large files (Dutch messages)", () => {
    expect(controleerBijlage("script.exe", PDF)).toEqual({ ok: false, fout: expect.stringMatching(/Dit soort bestand kan niet/) });
    expect(controleerBijlage("geen-extensie", PDF).ok).toBe(false);
    expect(controleerBijlage("nep.pdf", PNG)).toEqual({ ok: false, fout: expect.stringMatching(/past niet bij de extensie \.pdf/) });
    expect(controleerBijlage("nep.png", JPG).ok).toBe(false);
    expect(controleerBijlage("binair.txt", new Uint8Array([0x41, 0x00, 0x42])).ok).toBe(false);
    expect(controleerBijlage("leeg.pdf", new Uint8Array()).ok).toBe(false);
    const groot = new Uint8Array(BIJLAGE_MAX_BYTES + 1);
    groot.set(PDF);
    expect(controleerBijlage("groot.pdf", groot)).toEqual({ ok: false, fout: "Het bestand is groter dan 10 MB." });
  });

  it("strips path parts from the display name", () => {
    expect(veiligeNaam("..\\..\\C:\\temp\\brief.pdf")).toBe("brief.pdf");
    expect(veiligeNaam("../../etc/passwd")).toBe("passwd");
  });
});

describe("bewaarBijlage / leesBijlage", () => {
  it("stores the file under a random name outside public, with metadata and an audit line", () => {
    setNow(Date.parse("2025-11-14T09:00:00Z"));
    const invoer: KlachtInvoer = {
      ontvangenDatum: "2025-11-13",
      kanaal: "post",
      schriftelijk: true,
      klagerSoort: "persoon",
      klagerNaam: "Piet Jansen",
      klagerOrganisatie: null,
      klagerAdres: "Dorpsstraat 1",
      klagerPostcode: "1234 AB",
      klagerWoonplaats: "Voorbeeld",
      klagerTelefoon: null,
      klagerEmail: null,
      klagerVoorkeurKanaal: "post",
      dagtekening: null,
      omschrijving: "Onheus bejegend aan de balie.",
      gedragingDatum: "2025-11-10",
      afdelingId: null,
      beklaagdeIds: [],
      beklaagdeOnbekend: true,
      betreftBestuursorgaan: false,
    };
    const { id: klachtId } = registreerKlacht(invoer, ruben, null);
    const r = bewaarBijlage(klachtId, { naam: "klaagbrief.pdf", bytes: PDF }, ruben, "test");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const bestanden = readdirSync(map);
    expect(bestanden).toEqual([r.id]);
    expect(new Uint8Array(readFileSync(path.join(map, r.id)))).toEqual(PDF);
    const lijst = bijlagenVan(klachtId);
    expect(lijst).toHaveLength(1);
    expect(lijst[0]).toMatchObject({ id: r.id, naam: "klaagbrief.pdf", mime: "application/pdf", grootte: PDF.length, doorNaam: ruben.naam });
    const gelezen = leesBijlage(klachtId, r.id);
    expect(gelezen && new Uint8Array(gelezen.bytes)).toEqual(PDF);
    // not via another klacht, nor with a non-id
    expect(leesBijlage("andere-klacht", r.id)).toBeUndefined();
    expect(leesBijlage(klachtId, "../../etc/passwd")).toBeUndefined();
    const audit = sqlite.prepare("SELECT object_id, details FROM audit_log WHERE actie = 'klacht.bijlage.toegevoegd'").all() as { object_id: string; details: string }[];
    expect(audit.some((a) => a.object_id === klachtId && JSON.parse(a.details).bijlage === r.id)).toBe(true);

    const fout = bewaarBijlage(klachtId, { naam: "virus.pdf.exe", bytes: PDF }, ruben, null);
    expect(fout.ok).toBe(false);
    expect(readdirSync(map)).toHaveLength(1);
  });
});
