/**
 * Trage, overduidelijk correcte referentie-implementatie voor de termijnen: loopt dag voor dag, rekent
 * tijdzones met Intl (de tzdata van ICU, niet onze eigen zomertijdregel) en haalt feestdagen uit
 * date-holidays (niet uit onze eigen paasberekening). Alleen voor tests, voor jaren ≥ 1996.
 */
import Holidays from "date-holidays";
import type { KalenderConfig } from "../../../app/domain/kalender/config";
import type { TermijnNorm } from "../../../app/domain/kalender/termijn";

const fmt = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export interface Lokaal {
  datum: string; // "JJJJ-MM-DD"
  uur: number;
  minuut: number;
  seconde: number;
}

/** Lokale Amsterdamse datum/tijd van een instant, via Intl. */
export function lokaal(t: number): Lokaal {
  const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  return { datum: `${p.year}-${p.month}-${p.day}`, uur: Number(p.hour), minuut: Number(p.minute), seconde: Number(p.second) };
}

/** Instant van een lokale datum + minuten; dubbele tijd → de eerste, niet-bestaande → een uur later. */
export function instant(datum: string, minuten: number): number {
  if (minuten >= 1440) return instant(volgende(datum), minuten - 1440);
  const [j, m, d] = datum.split("-").map(Number) as [number, number, number];
  const alsUtc = Date.UTC(j, m - 1, d, 0, minuten);
  for (const offsetUur of [2, 1]) {
    const t = alsUtc - offsetUur * 3_600_000;
    const l = lokaal(t);
    if (l.datum === datum && l.uur * 60 + l.minuut === minuten) return t;
  }
  return alsUtc - 3_600_000; // niet-bestaande tijd: als CET lezen = een uur later in CEST
}

export function volgende(datum: string, n = 1): string {
  const [j, m, d] = datum.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d + n)).toISOString().slice(0, 10);
}

function weekdag(datum: string): number {
  const [j, m, d] = datum.split("-").map(Number) as [number, number, number];
  const w = new Date(Date.UTC(j, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

function minuten(hhmm: string): number {
  const [u, m] = hhmm.split(":").map(Number) as [number, number];
  return u * 60 + m;
}

const hd = new Holidays("NL");
const NAAM: Record<string, string> = {
  Nieuwjaar: "nieuwjaarsdag",
  "Goede Vrijdag": "goedeVrijdag",
  Pasen: "eerstePaasdag",
  "Tweede paasdag": "tweedePaasdag",
  Bevrijdingsdag: "bevrijdingsdag",
  Hemelvaartsdag: "hemelvaartsdag",
  Pinksteren: "eerstePinksterdag",
  "Tweede pinksterdag": "tweedePinksterdag",
  Kerstmis: "eersteKerstdag",
  "Tweede kerstdag": "tweedeKerstdag",
};
const feestCache = new Map<number, Map<string, string[]>>();

/**
 * datum → feestdagcodes voor een jaar (date-holidays; Koningsdag volgens de regel van na 2013). Een datum
 * kan twee feestdagen hebben (5 mei 2016 was ook Hemelvaartsdag).
 */
export function feestdagen(jaar: number): Map<string, string[]> {
  let m = feestCache.get(jaar);
  if (m) return m;
  const mm = new Map<string, string[]>();
  const voegToe = (datum: string, code: string) => mm.set(datum, [...(mm.get(datum) ?? []), code]);
  for (const h of hd.getHolidays(jaar)) {
    const code = NAAM[h.name];
    if (code) voegToe(h.date.slice(0, 10), code);
  }
  const k27 = `${jaar}-04-27`;
  voegToe(weekdag(k27) === 7 ? `${jaar}-04-26` : k27, "koningsdag");
  feestCache.set(jaar, mm);
  return mm;
}

export class RefOrganisatie {
  constructor(private readonly c: KalenderConfig) {}

  /** [open, sluit] instants of null. */
  uren(datum: string): [number, number] | null {
    for (const code of feestdagen(Number(datum.slice(0, 4))).get(datum) ?? []) {
      const vrij =
        code === "goedeVrijdag"
          ? this.c.goedeVrijdagVrij
          : code === "bevrijdingsdag"
            ? this.c.bevrijdingsdagVrij
            : (this.c.vrijeFeestdagen as readonly string[]).includes(code);
      if (vrij) return null;
    }
    if (this.c.sluitingsdagen.some((s) => s.datum === datum)) return null;
    const k = this.c.kantooruren[weekdag(datum) as 1 | 2 | 3 | 4 | 5 | 6 | 7];
    if (!k) return null;
    let sluit = minuten(k.sluit);
    const deel = this.c.deeldagen.find((d) => d.datum === datum);
    if (deel) sluit = Math.min(sluit, minuten(deel.sluit));
    const open = minuten(k.open);
    if (sluit <= open) return null;
    const a = instant(datum, open);
    const b = instant(datum, sluit);
    return b > a ? [a, b] : null;
  }

  werkdagen(t: number, n: number): number {
    let d = lokaal(t).datum;
    if (n === 0) {
      const u = this.uren(d);
      if (u && t < u[1]) return u[1];
      n = 1;
    }
    let teller = 0;
    for (;;) {
      d = volgende(d);
      const u = this.uren(d);
      if (u && ++teller === n) return u[1];
    }
  }

  werkuren(t: number, n: number): number {
    let d = lokaal(t).datum;
    let rest = n * 3_600_000;
    for (let eerste = true; ; eerste = false, d = volgende(d)) {
      const u = this.uren(d);
      if (!u) continue;
      const van = eerste ? Math.max(t, u[0]) : u[0];
      if (van >= u[1]) continue;
      if (n === 0) return van;
      const beschikbaar = u[1] - van;
      if (rest <= beschikbaar) return van + rest;
      rest -= beschikbaar;
    }
  }

  kalenderdagen(t: number, nDagen: number): number {
    if (nDagen === 0) return this.werkdagen(t, 0);
    let d = volgende(lokaal(t).datum, nDagen);
    while (!this.uren(d)) d = volgende(d);
    return this.uren(d)![1];
  }

  /** Kantoortijd tussen a en b door dag voor dag de overlap op te tellen. */
  werktijdTussen(a: number, b: number): number {
    if (b <= a) return 0;
    let som = 0;
    const eind = lokaal(b).datum;
    for (let d = lokaal(a).datum; d <= eind; d = volgende(d)) {
      const u = this.uren(d);
      if (!u) continue;
      som += Math.max(0, Math.min(b, u[1]) - Math.max(a, u[0]));
    }
    return som;
  }
}

export class RefAtw {
  constructor(private readonly c: KalenderConfig) {}

  isNietDag(datum: string): boolean {
    return (
      weekdag(datum) >= 6 ||
      feestdagen(Number(datum.slice(0, 4))).has(datum) ||
      this.c.gelijkgesteldeDagen.some((g) => g.datum === datum)
    );
  }

  einde(datum: string): number {
    return instant(volgende(datum), 0) - 1000;
  }

  termijn(t: number, nDagen: number, inWeken: boolean, teLang?: boolean): number {
    const s = lokaal(t).datum;
    let e = volgende(s, nDagen);
    if (this.c.atwArtikel4 && (teLang ?? nDagen > (inWeken ? 84 : 90))) return this.einde(e);
    while (this.isNietDag(e)) e = volgende(e);
    if (nDagen === 0 && this.einde(e) < t) {
      // start na 23:59:59 op een werkdag: die dag is voorbij
      e = volgende(e);
      while (this.isNietDag(e)) e = volgende(e);
    }
    if (this.c.atwArtikel2 && nDagen >= 3) {
      const werkdagenIn = () => {
        let n = 0;
        for (let d = volgende(s); d <= e; d = volgende(d)) if (!this.isNietDag(d)) n++;
        return n;
      };
      while (werkdagenIn() < 2) {
        e = volgende(e);
        while (this.isNietDag(e)) e = volgende(e);
      }
    }
    return this.einde(e);
  }

  werkdagen(t: number, n: number): number {
    let d = lokaal(t).datum;
    if (n === 0) {
      while (this.isNietDag(d)) d = volgende(d);
      if (this.einde(d) >= t) return this.einde(d);
      n = 1;
    }
    let teller = 0;
    for (;;) {
      d = volgende(d);
      if (!this.isNietDag(d) && ++teller === n) return this.einde(d);
    }
  }
}

/** De referentie-uitkomst van een norm. */
export function refTermijn(c: KalenderConfig, t: number, norm: TermijnNorm): number {
  const org = new RefOrganisatie(c);
  const atw = new RefAtw(c);
  switch (norm.eenheid) {
    case "minuten":
      return t + norm.duur * 60_000;
    case "werkuren":
      return org.werkuren(t, norm.duur);
    case "werkdagen":
      return norm.kalender === "atw" ? atw.werkdagen(t, norm.duur) : org.werkdagen(t, norm.duur);
    case "kalenderdagen":
      return norm.kalender === "atw" ? atw.termijn(t, norm.duur, false) : org.kalenderdagen(t, norm.duur);
    case "weken":
      return norm.kalender === "atw" ? atw.termijn(t, 7 * norm.duur, true) : org.kalenderdagen(t, 7 * norm.duur);
    case "maanden": {
      // Same date N months later, or the last day of that month; counted with Date.UTC, not the module's code.
      const [j, m, d] = lokaal(t).datum.split("-").map(Number) as [number, number, number];
      const laatste = new Date(Date.UTC(j, m - 1 + norm.duur + 1, 0)).getUTCDate();
      const doel = Date.UTC(j, m - 1 + norm.duur, Math.min(d, laatste));
      const nDagen = Math.round((doel - Date.UTC(j, m - 1, d)) / 86_400_000);
      return norm.kalender === "atw" ? atw.termijn(t, nDagen, false, norm.duur > 3) : org.kalenderdagen(t, nDagen);
    }
  }
}
