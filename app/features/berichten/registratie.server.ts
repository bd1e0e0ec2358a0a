/**
 * Wires the citizen messages into the shared mechanics at start-up (imported from app/boot/workflows.server.ts):
 * the SMS channel, the personal links made at send time, what a delivery completes, and the step observer that
 * queues messages in the transaction of the step that causes them. Also the delivery job (app/boot/background).
 */
import type { BackgroundJob } from "../../platform/engine/jobs.server";
import { SYSTEEM, laadAfspraakRij, pasToeInTransactie, workflowDefinitie } from "../../platform/engine/runtime.server";
import {
  bezorgBurgerberichten,
  registreerBurgerberichtHooks,
  registreerKanaal,
  type BurgerberichtRij,
} from "../../platform/engine/burgerberichten.server";
import { registreerStapWaarnemer } from "../../platform/engine/waarnemers";
import { now } from "../../platform/clock";
import { log } from "../../platform/web/log.server";
import { nieuweStatusLink } from "../inwoner/statuslink.server";
import { nieuweKtoLink } from "../kto/uitnodiging.server";
import { smsKanaal } from "./sms.server";
import { bijStap } from "./verzenden.server";

registreerKanaal("sms", smsKanaal);
registreerStapWaarnemer("burgerberichten", bijStap);
registreerBurgerberichtHooks({
  voorbereiding(sqlite, rij: BurgerberichtRij) {
    const vul = (t: string) =>
      t
        .replace(/\{\{statuslink\}\}/g, () => nieuweStatusLink(rij.afspraak_id, { sqlite }))
        .replace(/\{\{ktolink\}\}/g, () => nieuweKtoLink(sqlite, rij.afspraak_id) ?? "");
    return { onderwerp: rij.onderwerp, tekst: vul(rij.tekst) };
  },
  vervolg(sqlite, rij, vervolg) {
    const v = vervolg as { type?: string; hoe?: string; contactpersoon?: string; vervolgstap?: string } | null;
    if (v?.type !== "KLANT_GEINFORMEERD") return;
    const r = pasToeInTransactie(
      sqlite,
      rij.afspraak_id,
      null,
      { type: "KLANT_GEINFORMEERD", hoe: v.hoe, op: now(), contactpersoon: v.contactpersoon, vervolgstap: v.vervolgstap },
      { ...SYSTEEM, naam: "Afspraak (bericht aan inwoner bezorgd)" },
      { oorsprong: `burgerbericht ${rij.id}` },
    );
    if (!r.ok) log("info", "bezorgd bericht rondt 'klant geïnformeerd' niet af", { afspraak: rij.afspraak_id, reden: r.melding });
  },
  link(afspraakId) {
    const rij = laadAfspraakRij(afspraakId);
    const def = rij ? workflowDefinitie(rij.soort) : undefined;
    return def?.link ? def.link(afspraakId) : `/afspraken/${afspraakId}`;
  },
});

export function berichtenTaken(): BackgroundJob[] {
  return [{ naam: "berichten-inwoners", intervalMs: 15_000, run: async () => void (await bezorgBurgerberichten()) }];
}
