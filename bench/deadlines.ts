/**
 * Benchmark: termijnberekeningen per seconde op één kern, tegen een baseline in dezelfde run.
 *
 *   npx tsx bench/deadlines.ts
 *
 * Baseline: date-fns (addBusinessDays, addDays, addWeeks, isWeekend, startOfDay, …) met de feestdagen uit
 * date-holidays "NL" als Set, in een lus die feestdagen overslaat — zoals je het zonder eigen tabellen zou
 * schrijven. date-fns rekent in de tijdzone van het proces; main() zet TZ tijdelijk op Europe/Amsterdam.
 * Beide kanten krijgen dezelfde vooraf gegenereerde invoer; eerst wordt gecontroleerd dat ze dezelfde
 * uitkomsten geven (standaardconfiguratie zonder deeldagen). Alleen verhoudingen zijn stabiel op gedeelde
 * machines; testen meten nooit tijd.
 */
import { addBusinessDays, addDays, addWeeks, isWeekend, setHours, setMinutes, startOfDay } from "date-fns";
import Holidays from "date-holidays";
import { pathToFileURL } from "node:url";
import {
  BEKENDE_GELIJKGESTELDE_DAGEN,
  berekenTermijn,
  instantVanLokaal,
  maakKalenders,
  type Kalenders,
  type TermijnNorm,
} from "../app/domain/kalender/index";

export interface BenchRegel {
  geval: string;
  onzeOpsPerS: number;
  baselineOpsPerS: number;
  verhouding: number;
  gelijk: number;
  vergeleken: number;
}

const N_INVOER = 20_000;

/** Deterministische pseudo-random (mulberry32), zodat elke run dezelfde invoer heeft. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sleutel(d: Date): number {
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
}

interface Baseline {
  werkdagen(start: number, n: number): number;
  werkuren(start: number, n: number): number;
  atwWeken(start: number, n: number): number;
}

function maakBaseline(): Baseline {
  const hd = new Holidays("NL");
  const org = new Set<number>();
  const atw = new Set<number>();
  for (let j = 2025; j <= 2040; j++) {
    for (const h of hd.getHolidays(j)) {
      if (h.type === "observance" || h.type === "bank") continue;
      const d = new Date(h.start);
      atw.add(sleutel(d)); // Atw: alle feestdagen incl. Goede Vrijdag en 5 mei
      if (h.name !== "Goede Vrijdag") org.add(sleutel(d)); // organisatie: Goede Vrijdag werkt, 5 mei vrij
    }
  }
  for (const g of BEKENDE_GELIJKGESTELDE_DAGEN) {
    const [j, m, d] = g.datum.split("-").map(Number) as [number, number, number];
    atw.add(j * 10000 + m * 100 + d);
  }
  const vrijOrg = (d: Date) => org.has(sleutel(d));
  const open = (d: Date) => setMinutes(setHours(d, 8), 30);
  const sluit = (d: Date) => setMinutes(setHours(d, 17), 0);
  return {
    werkdagen(start, n) {
      let d = startOfDay(new Date(start));
      for (let i = 0; i < n; i++) {
        d = addBusinessDays(d, 1);
        while (vrijOrg(d)) d = addBusinessDays(d, 1);
      }
      return sluit(d).getTime();
    },
    werkuren(start, n) {
      let rest = n * 3_600_000;
      let t = new Date(start);
      for (;;) {
        const dag = startOfDay(t);
        if (!isWeekend(dag) && !vrijOrg(dag)) {
          const o = open(dag).getTime();
          const s = sluit(dag).getTime();
          const van = Math.max(t.getTime(), o);
          if (van < s) {
            if (rest <= s - van) return van + rest;
            rest -= s - van;
          }
        }
        t = addDays(dag, 1);
      }
    },
    atwWeken(start, n) {
      let d = addWeeks(startOfDay(new Date(start)), n);
      while (isWeekend(d) || atw.has(sleutel(d))) d = addDays(d, 1);
      return startOfDay(addDays(d, 1)).getTime() - 1000;
    },
  };
}

/** Meet ops/s: herhaalt de hele invoer tot er minstens `minMs` verstreken is. */
function meet(f: (i: number) => number, minMs: number): number {
  let som = 0;
  for (let i = 0; i < N_INVOER; i++) som += f(i); // opwarmen
  let ops = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    for (let i = 0; i < N_INVOER; i++) som += f(i);
    ops += N_INVOER;
    t = performance.now();
  }
  if (som === 42) console.log(""); // voorkomt dat de lus wordt weggeoptimaliseerd
  return (ops / (t - t0)) * 1000;
}

export async function main(opties: { minMs?: number; stil?: boolean } = {}): Promise<BenchRegel[]> {
  const minMs = opties.minMs ?? 1000;
  const oudeTz = process.env.TZ;
  process.env.TZ = "Europe/Amsterdam";
  try {
    const r = rng(20261120);
    const van = instantVanLokaal(2026, 1, 1);
    const tot = instantVanLokaal(2035, 12, 1);
    // Starts: de helft willekeurig, de helft binnen kantoortijd op hele minuten
    const starts = new Float64Array(N_INVOER);
    for (let i = 0; i < N_INVOER; i++) {
      const t = van + Math.floor(r() * (tot - van));
      starts[i] = i % 2 ? t : t - (t % 60_000);
    }
    const nWd = Int32Array.from({ length: N_INVOER }, () => 1 + Math.floor(r() * 10));
    const nWu = Int32Array.from({ length: N_INVOER }, () => 1 + Math.floor(r() * 40));
    const nW = Int32Array.from({ length: N_INVOER }, () => 1 + Math.floor(r() * 10));

    const kalenders: Kalenders = maakKalenders(); // standaard: ma–vr 08:30–17:00, geen deeldagen
    const normen = (eenheid: TermijnNorm["eenheid"], kalender: TermijnNorm["kalender"]) =>
      Array.from({ length: 41 }, (_, duur): TermijnNorm => ({ duur, eenheid, kalender }));
    const wd = normen("werkdagen", "organisatie");
    const wu = normen("werkuren", "organisatie");
    const wk = normen("weken", "atw");
    const base = maakBaseline();

    const gevallen: { geval: string; onze: (i: number) => number; baseline: (i: number) => number }[] = [
      {
        geval: "werkdagen 1–10 (organisatie)",
        onze: (i) => berekenTermijn(kalenders, starts[i]!, wd[nWd[i]!]!),
        baseline: (i) => base.werkdagen(starts[i]!, nWd[i]!),
      },
      {
        geval: "werkuren 1–40 (organisatie)",
        onze: (i) => berekenTermijn(kalenders, starts[i]!, wu[nWu[i]!]!),
        baseline: (i) => base.werkuren(starts[i]!, nWu[i]!),
      },
      {
        geval: "weken 1–10 (Atw)",
        onze: (i) => berekenTermijn(kalenders, starts[i]!, wk[nW[i]!]!),
        baseline: (i) => base.atwWeken(starts[i]!, nW[i]!),
      },
    ];

    const regels: BenchRegel[] = [];
    for (const g of gevallen) {
      let gelijk = 0;
      for (let i = 0; i < N_INVOER; i++) if (g.onze(i) === g.baseline(i)) gelijk++;
      const onzeOpsPerS = meet(g.onze, minMs);
      const baselineOpsPerS = meet(g.baseline, minMs);
      regels.push({
        geval: g.geval,
        onzeOpsPerS,
        baselineOpsPerS,
        verhouding: onzeOpsPerS / baselineOpsPerS,
        gelijk,
        vergeleken: N_INVOER,
      });
    }

    // Koude start: een verse configuratie bouwt zijn jaartabellen lui bij het eerste gebruik.
    const k0 = performance.now();
    const koud = maakKalenders();
    for (let j = 2026; j <= 2035; j++) {
      berekenTermijn(koud, instantVanLokaal(j, 6, 1, 10), wd[1]!);
      berekenTermijn(koud, instantVanLokaal(j, 6, 1, 10), wk[1]!);
    }
    const koudMs = performance.now() - k0;

    if (!opties.stil) {
      const f = (n: number) => Math.round(n).toLocaleString("en-US");
      console.log(`Termijnen per seconde, één kern (Node ${process.version}, ${N_INVOER} invoerwaarden, ≥${minMs} ms per meting)\n`);
      console.log("| geval | kalendermodule (ops/s) | date-fns + date-holidays (ops/s) | verhouding | zelfde uitkomst |");
      console.log("|---|---:|---:|---:|---:|");
      for (const r of regels) {
        console.log(
          `| ${r.geval} | ${f(r.onzeOpsPerS)} | ${f(r.baselineOpsPerS)} | ${r.verhouding.toFixed(1)}× | ${r.gelijk}/${r.vergeleken} |`,
        );
      }
      const verschil = regels.filter((r) => r.gelijk !== r.vergeleken);
      console.log(
        verschil.length
          ? `\nLET OP: verschillende uitkomsten bij ${verschil.map((r) => r.geval).join(", ")}`
          : "\nBeide implementaties geven op alle invoer hetzelfde uiterste moment.",
      );
      console.log(`Koude start (maakKalenders + jaartabellen voor 10 jaar, beide kalenders): ${koudMs.toFixed(1)} ms`);
    }
    return regels;
  } finally {
    if (oudeTz === undefined) delete process.env.TZ;
    else process.env.TZ = oudeTz;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
