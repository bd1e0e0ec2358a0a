/**
 * `npm run --silent afspraak -- termijn --vanaf <datum of datum-tijd> (--norm <CODE> | --duur <N><eenheid> [--kalender atw|organisatie]) [--uitleg]`
 *
 * Drukt alleen het uiterste moment af als ISO 8601 met Amsterdamse offset (bijv. 2026-11-23T17:00:00+01:00).
 * Een wettelijke (Atw) termijn in kalenderdagen/weken eindigt om 23:59:59 van zijn laatste dag.
 * Met --uitleg volgt een tweede regel met de Nederlandse uitleg van de berekening.
 * Ongeldige invoer: Nederlandse melding op stderr en exitcode 2; database niet bereikbaar bij --norm: 1.
 */
import {
  STANDAARD_KALENDER_CONFIG,
  BEKENDE_GELIJKGESTELDE_DAGEN,
  TermijnFout,
  berekenTermijn,
  formatIso,
  maakKalenders,
  parseTijdstip,
  valideerNorm,
  verklaarTermijn,
  type KalenderConfig,
  type TermijnEenheid,
  type TermijnNorm,
} from "../../domain/kalender/index";

/** Wat de CLI van app/platform/engine/normen.server.ts gebruikt (sync of async). */
export interface HandvestModule {
  laadNormVoorCli(code: string, atMs: number): TermijnNorm | null | Promise<TermijnNorm | null>;
  laadKalenderConfig(): KalenderConfig | Promise<KalenderConfig>;
}

/** In- en uitvoer, te vervangen in tests. */
export interface CliIo {
  out(tekst: string): void;
  err(tekst: string): void;
  /** Laadt de handvestmodule (database); gooit als die er niet is. */
  laadHandvest(): Promise<HandvestModule>;
}

const EENHEDEN: Record<string, TermijnEenheid> = {
  m: "minuten",
  wu: "werkuren",
  wd: "werkdagen",
  d: "kalenderdagen",
  w: "weken",
  mnd: "maanden",
};

const GEBRUIK = `Gebruik: npm run --silent afspraak -- termijn --vanaf <datum of datum-tijd> \\
         (--norm <CODE> | --duur <N><eenheid> [--kalender atw|organisatie]) [--uitleg]

  --vanaf     2026-11-20 (= 00:00), 2026-11-20T16:45, "2026-11-20 16:45", met of zonder seconden/offset
  --norm      code van een norm uit het kwaliteitshandvest (uit de database)
  --duur      aantal plus eenheid: m (minuten), wu (werkuren), wd (werkdagen), d (kalenderdagen), w (weken), mnd (maanden)
  --kalender  atw of organisatie; verplicht bij d en w, standaard organisatie bij m, wu en wd
  --uitleg    druk op een tweede regel af hoe het uiterste moment is berekend

Voorbeeld: termijn --vanaf 2025-11-13 --duur 6w --kalender atw   →   2025-12-29T23:59:59+01:00
`;

class InvoerFout extends Error {}

async function laadHandvestStandaard(): Promise<HandvestModule> {
  // Dynamisch en via een variabele: --duur werkt zonder database en zonder dat de module bestaat.
  const pad = "../../server/handvest.server";
  const mod = (await import(/* @vite-ignore */ pad)) as Partial<HandvestModule>;
  if (typeof mod.laadNormVoorCli !== "function" || typeof mod.laadKalenderConfig !== "function") {
    throw new Error("app/platform/engine/normen.server mist laadNormVoorCli of laadKalenderConfig");
  }
  return mod as HandvestModule;
}

function leesArgumenten(args: string[]): Map<string, string | true> {
  const opties = new Map<string, string | true>();
  const metWaarde = new Set(["vanaf", "norm", "duur", "kalender"]);
  const zonderWaarde = new Set(["uitleg", "help"]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-h") {
      opties.set("help", true);
      continue;
    }
    const m = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!m) throw new InvoerFout(`Onverwacht argument "${arg}".`);
    const naam = m[1]!;
    if (zonderWaarde.has(naam)) {
      if (m[2] !== undefined) throw new InvoerFout(`--${naam} heeft geen waarde.`);
      opties.set(naam, true);
    } else if (metWaarde.has(naam)) {
      const waarde = m[2] ?? args[++i];
      if (waarde === undefined || waarde === "") throw new InvoerFout(`--${naam} mist een waarde.`);
      if (opties.has(naam)) throw new InvoerFout(`--${naam} is meer dan eens opgegeven.`);
      opties.set(naam, waarde);
    } else {
      throw new InvoerFout(`Onbekende optie --${naam}.`);
    }
  }
  return opties;
}

function standaardConfig(): KalenderConfig {
  return { ...STANDAARD_KALENDER_CONFIG, gelijkgesteldeDagen: BEKENDE_GELIJKGESTELDE_DAGEN };
}

export async function run(args: string[], io: Partial<CliIo> = {}): Promise<number> {
  const out = io.out ?? ((t: string) => void process.stdout.write(t));
  const err = io.err ?? ((t: string) => void process.stderr.write(t));
  const laadHandvest = io.laadHandvest ?? laadHandvestStandaard;

  try {
    const opties = leesArgumenten(args);
    if (opties.has("help")) {
      out(GEBRUIK);
      return 0;
    }
    const vanafTekst = opties.get("vanaf");
    if (typeof vanafTekst !== "string") throw new InvoerFout("Geef het begin van de termijn op met --vanaf.");
    const vanaf = parseTijdstip(vanafTekst);

    const normCode = opties.get("norm");
    const duurTekst = opties.get("duur");
    const kalenderTekst = opties.get("kalender");
    if ((normCode === undefined) === (duurTekst === undefined)) {
      throw new InvoerFout("Geef óf --norm <CODE> óf --duur <N><eenheid> op.");
    }

    let norm: TermijnNorm;
    let config: KalenderConfig;
    if (typeof normCode === "string") {
      if (kalenderTekst !== undefined) throw new InvoerFout("--kalender hoort bij --duur; een norm heeft zijn eigen kalender.");
      let handvest: HandvestModule;
      let gevonden: TermijnNorm | null;
      try {
        handvest = await laadHandvest();
        gevonden = await handvest.laadNormVoorCli(normCode, vanaf);
        config = await handvest.laadKalenderConfig();
      } catch (e) {
        const reden = e instanceof Error && e.message ? `: ${e.message.split("\n")[0]}` : "";
        err(`De database is niet beschikbaar om norm ${normCode} te laden${reden}. Gebruik --duur om zonder database te rekenen.\n`);
        return 1;
      }
      if (!gevonden) throw new InvoerFout(`Onbekende norm "${normCode}" (of niet geldig op ${vanafTekst}).`);
      norm = { duur: gevonden.duur, eenheid: gevonden.eenheid, kalender: gevonden.kalender };
    } else {
      const m = /^(\d+)(m|wu|wd|d|w|mnd)$/.exec(String(duurTekst).trim());
      if (!m) {
        throw new InvoerFout(
          `Ongeldige duur "${String(duurTekst)}". Gebruik een geheel getal met een eenheid: m (minuten), ` +
            "wu (werkuren), wd (werkdagen), d (kalenderdagen), w (weken) of mnd (maanden), bijvoorbeeld 2wd of 6w.",
        );
      }
      const eenheid = EENHEDEN[m[2]!]!;
      let kalender: TermijnNorm["kalender"];
      if (kalenderTekst === undefined) {
        if (eenheid === "kalenderdagen" || eenheid === "weken" || eenheid === "maanden") {
          throw new InvoerFout("Geef bij kalenderdagen, weken en maanden de kalender op: --kalender atw of --kalender organisatie.");
        }
        kalender = "organisatie";
      } else if (kalenderTekst === "atw" || kalenderTekst === "organisatie") {
        kalender = kalenderTekst;
      } else {
        throw new InvoerFout(`Onbekende kalender "${String(kalenderTekst)}"; kies atw of organisatie.`);
      }
      norm = { duur: Number(m[1]), eenheid, kalender };
      try {
        const handvest = await laadHandvest();
        config = await handvest.laadKalenderConfig();
      } catch {
        config = standaardConfig(); // geen database: stil terugvallen op de standaard
      }
    }

    valideerNorm(norm);
    const kalenders = maakKalenders(config);
    const due = berekenTermijn(kalenders, vanaf, norm);
    out(formatIso(due) + "\n");
    if (opties.has("uitleg")) out(verklaarTermijn(kalenders, vanaf, norm) + "\n");
    return 0;
  } catch (e) {
    if (e instanceof InvoerFout || e instanceof TermijnFout) {
      err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
