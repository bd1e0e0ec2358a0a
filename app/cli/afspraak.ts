/**
 * Command line: `npm run --silent afspraak -- <command> [options]`.
 * Each command lives in app/cli/commands/<command>.ts and exports run(args): Promise<number> (exit code).
 */
type Command = { run: (args: string[]) => Promise<number> };

const COMMANDS: Record<string, { omschrijving: string; load: () => Promise<Command> }> = {
  termijn: { omschrijving: "bereken een termijn (--vanaf, --norm of --duur/--kalender)", load: () => import("./commands/termijn") },
  seed: { omschrijving: "vul de database met de demo-gemeente (idempotent)", load: () => import("./commands/seed") },
  "demo-data": {
    omschrijving: "genereer jaren historie van een grote stad: demo-data [--jaren 10] [--schaal klein|middel|groot] [--zaad n] [--opnieuw]",
    load: () => import("./commands/demo-data"),
  },
  backup: {
    omschrijving: "maak een back-up van database en bijlagen (één archief, controlegetallen), ook terwijl de server draait: backup <archief.tar>",
    load: () => import("./commands/backup"),
  },
  herstel: {
    omschrijving: "herstel een datamap uit de replica of een archief, met controle: herstel --naar <map> [--archief <bestand>] [--tijdstip <ISO>] [--proef]",
    load: () => import("./commands/herstel"),
  },
  beheerder: {
    omschrijving: "maak een beheerder aan (lege database) en toon een wachtwoordlink: beheerder <e-mail> <naam>",
    load: () => import("./commands/beheerder"),
  },
  statistiek: {
    omschrijving: "controleer of herbouw de statistiek van de dashboards: statistiek controleer | herbouw",
    load: () => import("./commands/statistiek"),
  },
  "demo-code": {
    omschrijving: "toon de huidige tweestapscode van de demo-beheerders en het demo-regieteam (openbaar demo-geheim)",
    load: () => import("./commands/demo-code"),
  },
  "wachtwoord-reset": {
    omschrijving: "maak een eenmalige link om een wachtwoord opnieuw in te stellen: wachtwoord-reset <e-mail>",
    load: () => import("./commands/wachtwoord-reset"),
  },
};

function help(): void {
  process.stdout.write("Gebruik: npm run --silent afspraak -- <opdracht> [opties]\n\nOpdrachten:\n");
  for (const [naam, c] of Object.entries(COMMANDS)) process.stdout.write(`  ${naam.padEnd(18)} ${c.omschrijving}\n`);
}

async function main(): Promise<number> {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd || cmd === "help" || cmd === "--help") {
    help();
    return cmd ? 0 : 2;
  }
  const c = COMMANDS[cmd];
  if (!c) {
    process.stderr.write(`Onbekende opdracht: ${cmd}. Gebruik 'help' voor de lijst.\n`);
    return 2;
  }
  try {
    return await (await c.load()).run(args);
  } catch (err) {
    process.stderr.write(`Fout: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
