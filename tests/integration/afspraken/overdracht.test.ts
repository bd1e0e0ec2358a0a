import { describe, expect, it, beforeAll } from "vitest";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { maakOverdracht, overdrachtDetail, overdrachtStap, nogNietLosgelaten } from "../../../app/features/overdracht/overdracht.server";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { gebruiker, teamId, auditRegels } from "./helpers";

const versie = (id: string) => laadAfspraakRij(id)!.versie;

describe("warme overdracht (server module + runtime)", () => {
  beforeAll(() => setNow(parseTijdstip("2026-11-23T10:00")));

  it("decline → offer again → pick up → inform → close; on the sender's list until afgerond", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const daan = gebruiker("daan@voorbeeld.nl");
    const jeroen = gebruiker("jeroen@voorbeeld.nl");
    const r = maakOverdracht(
      { naam: "Ahmed Bouali", telefoon: "0611122233", vraag: "WOZ-bezwaar", alGedaan: "Uitleg gegeven", ontvanger: `m:${daan.id}` },
      fatima,
      null,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const id = r.id;
    // pick-up deadline: 4 werkuren from Monday 10:00 → Monday 14:00
    expect(Math.abs(laadAfspraakRij(id)!.termijn_op! - parseTijdstip("2026-11-23T14:00"))).toBeLessThan(5_000); // the clock runs on from 10:00
    expect(nogNietLosgelaten(fatima.id).map((x) => x.id)).toContain(id);
    // only the receiver may pick up or decline
    const fout = overdrachtStap(id, versie(id), "oppakken", {}, jeroen, null);
    expect(fout.ok).toBe(false);
    if (!fout.ok) expect(fout.status).toBe(403); // jeroen is in fatima's team: may see, may not act
    expect(overdrachtStap(id, versie(id), "weigeren", { reden: "" }, daan, null).ok).toBe(false);
    expect(overdrachtStap(id, versie(id), "weigeren", { reden: "Hoort bij Belastingen" }, daan, null).ok).toBe(true);
    expect(laadAfspraakRij(id)!.eigenaar_id).toBe(fatima.id); // back with the sender
    expect(overdrachtStap(id, versie(id), "opnieuw", { ontvanger: `m:${jeroen.id}` }, fatima, null).ok).toBe(true);
    expect(overdrachtStap(id, versie(id), "oppakken", {}, jeroen, null).ok).toBe(true);
    const rij = laadAfspraakRij(id)!;
    expect(rij.status).toBe("opgepakt");
    expect(rij.eigenaar_id).toBe(jeroen.id);
    const info = overdrachtStap(id, versie(id), "geinformeerd", { hoe: "telefoon", op: "2026-11-23T10:00", contactpersoon: "Jeroen Bakker", vervolgstap: "Formulier sturen" }, jeroen, null);
    expect(info.ok).toBe(true);
    expect(nogNietLosgelaten(fatima.id).find((x) => x.id === id)?.status).toBe("klant_geinformeerd");
    expect(overdrachtStap(id, versie(id), "afronden", {}, fatima, null).ok).toBe(true);
    expect(laadAfspraakRij(id)!.status).toBe("afgerond");
    expect(nogNietLosgelaten(fatima.id).map((x) => x.id)).not.toContain(id);
  });

  it("a team receiver: any team member may pick up; unrelated colleagues are refused and not audited as readers", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const r = maakOverdracht(
      { naam: "", anoniem: "on", email: "x@example.nl", vraag: "Afval", alGedaan: "-", ontvanger: `t:${teamId("Meldingen Openbare Ruimte")}` },
      fatima,
      null,
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    const bram = gebruiker("bram@voorbeeld.nl");
    const pieter = gebruiker("pieter@voorbeeld.nl");
    expect(overdrachtDetail(r.id, bram, null).soort).toBe("ok");
    expect(overdrachtDetail(r.id, gebruiker("kees@voorbeeld.nl"), null).soort).toBe("ok"); // teamleider of the receiving team
    expect(overdrachtDetail(r.id, pieter, null).soort).toBe("geweigerd");
    expect(auditRegels("overdracht.bekeken", r.id).map((a) => a.actor_id)).not.toContain(pieter.id);
    expect(overdrachtStap(r.id, versie(r.id), "oppakken", {}, bram, null).ok).toBe(true);
    expect(laadAfspraakRij(r.id)!.eigenaar_id).toBe(bram.id);
  });

  it("needs a way to reach the citizen and refuses handing over to yourself", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const r = maakOverdracht({ naam: "A", vraag: "v", alGedaan: "g", ontvanger: `m:${fatima.id}` }, fatima, null);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten.telefoon?.[0]).toMatch(/telefoonnummer of e-mailadres/);
    const zelf = maakOverdracht({ naam: "A", telefoon: "0612345678", vraag: "v", alGedaan: "g", ontvanger: `m:${fatima.id}` }, fatima, null);
    expect(zelf.ok).toBe(false);
    if (!zelf.ok) expect(zelf.fouten.ontvanger?.[0]).toMatch(/niet aan uzelf/);
  });
});
