/**
 * A stand-in for the server in the restore drill: the app's own write paths (registreerKlacht, bewaarBijlage)
 * on the database in AFSPRAAK_DB, with continuous replication started exactly as app/boot does. Commands on
 * stdin, one per line; every write that committed is acknowledged on stdout ("ACK <klachtId> <bijlageId> <ms>").
 *   klachten <n>   write n complaints, each with an attachment
 *   doorlopend     keep writing until killed
 *   status         print "STATUS <json>" with the replication state
 */
import { createInterface } from "node:readline";
import { getDatabase } from "../../../db/client";
import { startReplicatie, replicatieStatus } from "../../../app/platform/replicatie/supervisor.server";
import { registreerKlacht, type KlachtInvoer } from "../../../app/features/klachten/klachten.server";
import { bewaarBijlage } from "../../../app/features/klachten/bijlagen.server";
import "../../../app/boot/workflows.server";

const { sqlite, path } = getDatabase();
const ruben = sqlite.prepare("SELECT id, naam FROM medewerkers WHERE email = 'ruben@voorbeeld.nl'").get() as { id: string; naam: string };
let n = 0;

function invoer(): KlachtInvoer {
  return {
    ontvangenDatum: new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(new Date()),
    kanaal: "post",
    schriftelijk: true,
    klagerSoort: "persoon",
    klagerNaam: `Klager ${n}`,
    klagerOrganisatie: null,
    klagerAdres: "Dorpsstraat 1",
    klagerPostcode: "1234 AB",
    klagerWoonplaats: "Voorbeeld",
    klagerTelefoon: null,
    klagerEmail: null,
    klagerVoorkeurKanaal: "post",
    dagtekening: null,
    omschrijving: `Herstelproef ${n}: onheus bejegend aan de balie.`,
    gedragingDatum: null,
    afdelingId: null,
    beklaagdeIds: [],
    beklaagdeOnbekend: true,
    betreftBestuursorgaan: false,
  };
}

function schrijfEen(): void {
  n += 1;
  const { id } = registreerKlacht(invoer(), ruben, "herstelproef");
  const tekst = new TextEncoder().encode(`Bijlage ${n} bij ${id}\n`.repeat(50 + (n % 50)));
  const r = bewaarBijlage(id, { naam: `brief-${n}.txt`, bytes: tekst }, ruben, "herstelproef");
  if (!r.ok) throw new Error(r.fout);
  process.stdout.write(`ACK ${id} ${r.id} ${Date.now()}\n`);
}

await startReplicatie(path);
process.stdout.write("KLAAR\n");
createInterface({ input: process.stdin }).on("line", (regel) => {
  const [cmd, arg] = regel.trim().split(/\s+/);
  if (cmd === "klachten") {
    for (let i = 0; i < Number(arg); i++) schrijfEen();
    process.stdout.write("KLAAR\n");
  } else if (cmd === "status") {
    process.stdout.write(`STATUS ${JSON.stringify(replicatieStatus())}\n`);
  } else if (cmd === "doorlopend") {
    const stap = () => {
      for (let i = 0; i < 5; i++) schrijfEen();
      setTimeout(stap, 10);
    };
    stap();
  }
});
