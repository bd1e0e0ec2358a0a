/**
 * De twee kalenders: de werkkalender van de organisatie en de Atw-kalender (Algemene termijnenwet).
 *
 * Snelheid: per kalenderjaar wordt eenmalig (lui, bij eerste gebruik) een tabel gebouwd met per dag de
 * instants van opening en sluiting en prefixsommen van werkdagen en werktijd (ms). Een termijn in
 * werkdagen is daarmee één tabelopzoeking (O(1)), een termijn in werkuren een binaire zoektocht binnen
 * één jaar (O(log 366)). In de hete paden wordt niets gealloceerd.
 */
import { type KalenderConfig, type IsoWeekdag, normaliseerConfig } from "./config";
import { FEESTDAG_NAMEN, nederlandseFeestdagen, type FeestdagCode, type GelijkgesteldeDag } from "./feestdagen";
import { TermijnFout } from "./fout";
import {
  MAX_JAAR,
  MIN_JAAR,
  MS_DAG,
  MS_MINUUT,
  dagVanIso,
  eersteDagVanJaar,
  instantVanLokaleDag,
  jaarVanDag,
  lokaleDag,
  minutenVanKloktijd,
  weekdagVanDag,
} from "./tijd";

const JAAR_N = MAX_JAAR - MIN_JAAR + 1;
const WEEKDAG_NAMEN = ["", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

function buitenBereik(): TermijnFout {
  return new TermijnFout(
    "BUITEN_BEREIK",
    `Deze termijn valt buiten het ondersteunde bereik van de kalender (${MIN_JAAR}–${MAX_JAAR}).`,
  );
}

function alsDag(datum: string | number): number {
  if (typeof datum === "number") {
    if (!Number.isInteger(datum)) throw new TermijnFout("ONGELDIGE_DATUM", "Een dagindex moet een geheel getal zijn.");
    return datum;
  }
  return dagVanIso(datum);
}

/** Per-jaartabel van de organisatiekalender. Intern; vorm kan veranderen. */
interface OrgJaar {
  jaar: number;
  /** dagindex van 1 januari */
  start: number;
  /** aantal dagen in het jaar */
  n: number;
  /** instant van opening per dag; NaN als het geen werkdag is */
  open: Float64Array;
  /** instant van sluiting per dag; NaN als het geen werkdag is */
  sluit: Float64Array;
  /** cumMs[i] = werktijd (ms) op dagen 0..i-1 van het jaar; lengte n+1 */
  cumMs: Float64Array;
  /** cumDag[i] = aantal werkdagen onder dagen 0..i-1; lengte n+1 */
  cumDag: Int32Array;
  /** dagoffsets (binnen het jaar) van de werkdagen, oplopend */
  werkdagen: Int32Array;
  aantal: number;
  totaalMs: number;
}

/** Per-jaartabel van de Atw-kalender. Intern. */
interface AtwJaar {
  jaar: number;
  start: number;
  n: number;
  /** instant van 00:00 lokale tijd per dag */
  begin: Float64Array;
  /** instant van 23:59:59 lokale tijd per dag (begin volgende dag − 1000 ms) */
  eind: Float64Array;
  /** cumDag[i] = aantal Atw-werkdagen onder dagen 0..i-1; lengte n+1 */
  cumDag: Int32Array;
  /** dagoffsets van de dagen die geen zaterdag, zondag, feestdag of gelijkgestelde dag zijn */
  dagen: Int32Array;
  aantal: number;
}

function jaarLengte(jaar: number): number {
  return eersteDagVanJaar(jaar + 1) - eersteDagVanJaar(jaar);
}

/**
 * Werkkalender van de organisatie: kantoortijden per weekdag, vrije feestdagen, sluitingsdagen en
 * deeldagen. Alle instants zijn epoch-ms (UTC); datums lokaal (Europe/Amsterdam).
 */
export class OrganisatieKalender {
  readonly soort = "organisatie" as const;
  private readonly jaren: (OrgJaar | undefined)[] = new Array(JAAR_N);
  /** openings- en sluitingsminuut per ISO-weekdag (index 1..7); -1 = dicht */
  private readonly openMin = new Int32Array(8).fill(-1);
  private readonly sluitMin = new Int32Array(8).fill(-1);
  private readonly sluitingsdagen = new Map<number, string>();
  private readonly deeldagen = new Map<number, { sluit: number; omschrijving: string }>();
  private readonly vrij = new Set<FeestdagCode>();
  private readonly feestCache = new Map<number, Map<number, string>>();

  constructor(config: KalenderConfig) {
    const c = normaliseerConfig(config);
    for (let wd = 1; wd <= 7; wd++) {
      const k = c.kantooruren[wd as IsoWeekdag];
      if (k) {
        this.openMin[wd] = minutenVanKloktijd(k.open)!;
        this.sluitMin[wd] = minutenVanKloktijd(k.sluit)!;
      }
    }
    for (const s of c.sluitingsdagen) this.sluitingsdagen.set(dagVanIso(s.datum), s.omschrijving || "sluitingsdag");
    for (const d of c.deeldagen) {
      this.deeldagen.set(dagVanIso(d.datum), {
        sluit: minutenVanKloktijd(d.sluit)!,
        omschrijving: d.omschrijving || "verkorte werkdag",
      });
    }
    for (const f of c.vrijeFeestdagen) this.vrij.add(f);
    if (c.goedeVrijdagVrij) this.vrij.add("goedeVrijdag");
    if (c.bevrijdingsdagVrij) this.vrij.add("bevrijdingsdag");
  }

  /** Vrije feestdagen van een jaar: dagindex → naam. */
  private vrijeFeestdagen(jaar: number): Map<number, string> {
    let m = this.feestCache.get(jaar);
    if (!m) {
      m = new Map();
      for (const f of nederlandseFeestdagen(jaar)) {
        if (!this.vrij.has(f.code)) continue;
        const al = m.get(f.dagIndex); // 5 mei kan ook Hemelvaartsdag zijn (2016, 2067, 2078, …)
        m.set(f.dagIndex, al ? `${al} en ${f.naam}` : f.naam);
      }
      this.feestCache.set(jaar, m);
    }
    return m;
  }

  /** @internal Tabel van een jaar (lui gebouwd). Gooit BUITEN_BEREIK buiten 1900–2200. */
  jaar(jaar: number): OrgJaar {
    const i = jaar - MIN_JAAR;
    if (!(i >= 0 && i < JAAR_N)) throw buitenBereik();
    return (this.jaren[i] ??= this.bouwJaar(jaar));
  }

  private bouwJaar(jaar: number): OrgJaar {
    const start = eersteDagVanJaar(jaar);
    const n = jaarLengte(jaar);
    const feest = this.vrijeFeestdagen(jaar);
    const open = new Float64Array(n).fill(NaN);
    const sluit = new Float64Array(n).fill(NaN);
    const cumMs = new Float64Array(n + 1);
    const cumDag = new Int32Array(n + 1);
    const lijst: number[] = [];
    for (let o = 0; o < n; o++) {
      const z = start + o;
      const wd = weekdagVanDag(z);
      const om = this.openMin[wd]!;
      let sm = this.sluitMin[wd]!;
      if (om >= 0 && !feest.has(z) && !this.sluitingsdagen.has(z)) {
        const deel = this.deeldagen.get(z);
        if (deel && deel.sluit < sm) sm = deel.sluit;
        if (sm > om) {
          const a = instantVanLokaleDag(z, om * MS_MINUUT);
          const b = instantVanLokaleDag(z, sm * MS_MINUUT);
          if (b > a) {
            open[o] = a;
            sluit[o] = b;
          }
        }
      }
      const werk = sluit[o]! - open[o]!;
      if (werk > 0) {
        lijst.push(o);
        cumMs[o + 1] = cumMs[o]! + werk;
        cumDag[o + 1] = cumDag[o]! + 1;
      } else {
        cumMs[o + 1] = cumMs[o]!;
        cumDag[o + 1] = cumDag[o]!;
      }
    }
    return {
      jaar,
      start,
      n,
      open,
      sluit,
      cumMs,
      cumDag,
      werkdagen: Int32Array.from(lijst),
      aantal: lijst.length,
      totaalMs: cumMs[n]!,
    };
  }

  // ---------------------------------------------------------------- vragen over dagen

  /** Is dit (ISO-datum of dagindex) een werkdag? */
  isWerkdag(datum: string | number): boolean {
    const z = alsDag(datum);
    const b = this.jaar(jaarVanDag(z));
    const s = b.sluit[z - b.start]!;
    return s === s; // NaN = geen werkdag
  }

  /** Opening en sluiting (instants) op deze dag, of null als het geen werkdag is. */
  kantoortijden(datum: string | number): { open: number; sluit: number } | null {
    const z = alsDag(datum);
    const b = this.jaar(jaarVanDag(z));
    const o = z - b.start;
    const s = b.sluit[o]!;
    return s === s ? { open: b.open[o]!, sluit: s } : null;
  }

  /**
   * Waarom deze dag geen (volledige) werkdag is, in het Nederlands: de naam van de feestdag, de
   * omschrijving van de sluitingsdag, of de weekdagnaam (zonder kantoortijden). null voor een werkdag.
   */
  redenVrij(datum: string | number): string | null {
    const z = alsDag(datum);
    if (this.isWerkdag(z)) return null;
    const feest = this.vrijeFeestdagen(jaarVanDag(z)).get(z);
    if (feest) return feest;
    const sluiting = this.sluitingsdagen.get(z);
    if (sluiting) return sluiting;
    const wd = weekdagVanDag(z);
    if (this.openMin[wd]! < 0) return WEEKDAG_NAMEN[wd]!;
    return this.deeldagen.get(z)?.omschrijving ?? "gesloten";
  }

  /** Omschrijving van een deeldag (vroege sluiting) op deze werkdag, anders null. */
  deeldag(datum: string | number): string | null {
    const z = alsDag(datum);
    if (!this.isWerkdag(z)) return null;
    const d = this.deeldagen.get(z);
    return d && d.sluit < this.sluitMin[weekdagVanDag(z)]! ? d.omschrijving : null;
  }

  /** De n-de werkdag ná dag `dag` (n ≥ 1), of de eerste werkdag vanaf `dag` zelf (n = 0). Dagindex. */
  werkdagNa(dag: number, n: number): number {
    let j = jaarVanDag(dag);
    let b = this.jaar(j);
    let k = n === 0 ? b.cumDag[dag - b.start]! : b.cumDag[dag - b.start + 1]! + n - 1;
    while (k >= b.aantal) {
      k -= b.aantal;
      b = this.jaar(++j);
    }
    return b.start + b.werkdagen[k]!;
  }

  /** Is de organisatie open op instant t? */
  isOpen(t: number): boolean {
    const z = lokaleDag(t);
    const b = this.jaar(jaarVanDag(z));
    const o = z - b.start;
    return t >= b.open[o]! && t < b.sluit[o]!;
  }

  // ---------------------------------------------------------------- termijnen (hete paden)

  /**
   * Sluitingstijd van de n-de werkdag ná de startdatum. n = 0: sluitingstijd van de startdag als dat een
   * werkdag is en t vóór de sluiting ligt, anders die van de volgende werkdag.
   */
  werkdagenNa(t: number, n: number): number {
    const z = lokaleDag(t);
    let j = jaarVanDag(z);
    let b = this.jaar(j);
    const o = z - b.start;
    if (n === 0) {
      if (b.sluit[o]! > t) return b.sluit[o]!;
      n = 1;
    }
    let k = b.cumDag[o + 1]! + n - 1;
    while (k >= b.aantal) {
      k -= b.aantal;
      b = this.jaar(++j);
    }
    return b.sluit[b.werkdagen[k]!]!;
  }

  /**
   * n uur kantoortijd vanaf t (buiten kantoortijd: vanaf de volgende opening). Valt het einde precies op
   * een sluitingstijd, dan is dat de sluitingstijd (niet de volgende opening). n = 0: t zelf als de
   * organisatie dan open is, anders de volgende opening.
   */
  werkurenNa(t: number, n: number): number {
    if (n === 0) return this.volgendeOpening(t);
    return this.voegWerktijdToe(t, n * 3_600_000);
  }

  /**
   * Sluitingstijd van de dag `nDagen` kalenderdagen na de startdatum, of van de eerstvolgende werkdag.
   * nDagen = 0 werkt als `werkdagenNa(t, 0)`: ligt t na de sluiting, dan de volgende werkdag.
   */
  kalenderdagenNa(t: number, nDagen: number): number {
    if (nDagen === 0) return this.werkdagenNa(t, 0);
    const e = lokaleDag(t) + nDagen;
    let j = jaarVanDag(e);
    let b = this.jaar(j);
    let k = b.cumDag[e - b.start]!;
    while (k >= b.aantal) {
      k -= b.aantal;
      b = this.jaar(++j);
    }
    return b.sluit[b.werkdagen[k]!]!;
  }

  /** t als de organisatie dan open is, anders de eerstvolgende opening. */
  volgendeOpening(t: number): number {
    const z = lokaleDag(t);
    let j = jaarVanDag(z);
    let b = this.jaar(j);
    const o = z - b.start;
    if (t < b.sluit[o]!) return t >= b.open[o]! ? t : b.open[o]!;
    let k = b.cumDag[o + 1]!;
    while (k >= b.aantal) {
      k -= b.aantal;
      b = this.jaar(++j);
    }
    return b.open[b.werkdagen[k]!]!;
  }

  /** Werktijd (ms) binnen jaar-tabel b vóór instant t op dag-offset o. */
  private positie(b: OrgJaar, o: number, t: number): number {
    const open = b.open[o]!;
    let pos = b.cumMs[o]!;
    if (t > open) {
      const sluit = b.sluit[o]!;
      pos += t < sluit ? t - open : sluit - open;
    }
    return pos;
  }

  /**
   * Het vroegste instant waarop `ms` kantoortijd na t verstreken is (ms ≥ 0; ms = 0 geeft t terug).
   * Een einde precies op een sluitingstijd blijft de sluitingstijd.
   */
  voegWerktijdToe(t: number, ms: number): number {
    if (!(ms > 0)) return t;
    const z = lokaleDag(t);
    let j = jaarVanDag(z);
    let b = this.jaar(j);
    let lo = z - b.start;
    let doel = this.positie(b, lo, t) + ms;
    while (doel > b.totaalMs) {
      doel -= b.totaalMs;
      b = this.jaar(++j);
      lo = 0;
    }
    const cum = b.cumMs;
    let hi = b.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid + 1]! >= doel) hi = mid;
      else lo = mid + 1;
    }
    return b.open[lo]! + (doel - cum[lo]!);
  }

  /** Kantoortijd (ms) tussen a en b; 0 als b ≤ a. */
  werktijdTussen(a: number, b: number): number {
    if (!(b > a)) return 0;
    const za = lokaleDag(a);
    const zb = lokaleDag(b);
    const ja = jaarVanDag(za);
    const jb = jaarVanDag(zb);
    const ba = this.jaar(ja);
    const bb = this.jaar(jb);
    const pa = this.positie(ba, za - ba.start, a);
    const pb = this.positie(bb, zb - bb.start, b);
    if (ja === jb) return pb - pa;
    let som = ba.totaalMs - pa + pb;
    for (let j = ja + 1; j < jb; j++) som += this.jaar(j).totaalMs;
    return som;
  }
}

/**
 * De kalender van de Algemene termijnenwet: geen termijndag zijn zaterdag, zondag, de algemeen erkende
 * feestdagen van art. 3 lid 1 (5 mei elk jaar), Goede Vrijdag (lid 2) en de bij besluit gelijkgestelde
 * dagen (lid 3, als data). "Werkdag" betekent hier: een dag die geen van die dagen is.
 */
export class AtwKalender {
  readonly soort = "atw" as const;
  /** Atw art. 2 (minstens twee werkdagen in een termijn van ≥ 3 dagen) toepassen. */
  readonly artikel2: boolean;
  /** Atw art. 4 (geen verlenging voor termijnen > 90 dagen / 12 weken) toepassen. */
  readonly artikel4: boolean;
  readonly gelijkgesteldeDagen: readonly GelijkgesteldeDag[];
  private readonly jaren: (AtwJaar | undefined)[] = new Array(JAAR_N);
  private readonly gelijk = new Map<number, string>();
  private readonly feestCache = new Map<number, Map<number, string>>();

  constructor(gelijkgesteldeDagen: readonly GelijkgesteldeDag[], artikel2 = true, artikel4 = true) {
    this.gelijkgesteldeDagen = gelijkgesteldeDagen.map((g) => ({ ...g }));
    for (const g of gelijkgesteldeDagen) this.gelijk.set(dagVanIso(g.datum), g.omschrijving);
    this.artikel2 = artikel2;
    this.artikel4 = artikel4;
  }

  private feestdagen(jaar: number): Map<number, string> {
    let m = this.feestCache.get(jaar);
    if (!m) {
      m = new Map();
      for (const f of nederlandseFeestdagen(jaar)) {
        const al = m.get(f.dagIndex);
        m.set(f.dagIndex, al ? `${al} en ${f.naam}` : f.naam);
      }
      this.feestCache.set(jaar, m);
    }
    return m;
  }

  /** @internal Tabel van een jaar (lui gebouwd). */
  jaar(jaar: number): AtwJaar {
    const i = jaar - MIN_JAAR;
    if (!(i >= 0 && i < JAAR_N)) throw buitenBereik();
    return (this.jaren[i] ??= this.bouwJaar(jaar));
  }

  private bouwJaar(jaar: number): AtwJaar {
    const start = eersteDagVanJaar(jaar);
    const n = jaarLengte(jaar);
    const feest = this.feestdagen(jaar);
    const begin = new Float64Array(n);
    const eind = new Float64Array(n);
    const cumDag = new Int32Array(n + 1);
    const lijst: number[] = [];
    let volgende = instantVanLokaleDag(start, 0);
    for (let o = 0; o < n; o++) {
      const z = start + o;
      begin[o] = volgende;
      volgende = instantVanLokaleDag(z + 1, 0);
      eind[o] = volgende - 1000;
      const wd = weekdagVanDag(z);
      const dag = wd <= 5 && !feest.has(z) && !this.gelijk.has(z);
      if (dag) lijst.push(o);
      cumDag[o + 1] = cumDag[o]! + (dag ? 1 : 0);
    }
    return { jaar, start, n, begin, eind, cumDag, dagen: Int32Array.from(lijst), aantal: lijst.length };
  }

  /** Is dit een gewone dag (geen zaterdag, zondag, feestdag of gelijkgestelde dag)? */
  isWerkdag(datum: string | number): boolean {
    const z = alsDag(datum);
    const b = this.jaar(jaarVanDag(z));
    const o = z - b.start;
    return b.cumDag[o + 1]! > b.cumDag[o]!;
  }

  /** Waarom deze dag geen Atw-werkdag is: feestdagnaam, omschrijving van de gelijkgestelde dag, of de weekdag. */
  redenVrij(datum: string | number): string | null {
    const z = alsDag(datum);
    if (this.isWerkdag(z)) return null;
    const feest = this.feestdagen(jaarVanDag(z)).get(z);
    if (feest) return feest;
    const gelijk = this.gelijk.get(z);
    if (gelijk) return gelijk;
    return WEEKDAG_NAMEN[weekdagVanDag(z)]!;
  }

  /** Is de dag een gelijkgestelde dag (Atw art. 3 lid 3)? */
  isGelijkgesteld(datum: string | number): boolean {
    return this.gelijk.has(alsDag(datum));
  }

  /** De n-de Atw-werkdag ná dag `dag` (n ≥ 1), of de eerste vanaf `dag` zelf (n = 0). Dagindex. */
  werkdagNa(dag: number, n: number): number {
    let j = jaarVanDag(dag);
    let b = this.jaar(j);
    let k = n === 0 ? b.cumDag[dag - b.start]! : b.cumDag[dag - b.start + 1]! + n - 1;
    while (k >= b.aantal) {
      k -= b.aantal;
      b = this.jaar(++j);
    }
    return b.start + b.dagen[k]!;
  }

  /** Instant van 23:59:59 lokale tijd op dag `dag`. */
  eindeVanDag(dag: number): number {
    const b = this.jaar(jaarVanDag(dag));
    return b.eind[dag - b.start]!;
  }

  /**
   * Einde (23:59:59) van een wettelijke termijn van `nDagen` kalenderdagen na de startdatum van t, met
   * Atw art. 1 (verlengen tot de eerstvolgende werkdag), art. 2 (minstens twee werkdagen als
   * nDagen ≥ 3) en art. 4 (geen verlenging als de termijn langer is dan 90 dagen, of 12 weken als
   * `inWeken`; of drie maanden: `langerDanGrens`), voor zover ingeschakeld.
   */
  termijnEinde(t: number, nDagen: number, inWeken = false, langerDanGrens?: boolean): number {
    const s = lokaleDag(t);
    const e = s + nDagen;
    // langerDanGrens: given by a term in months (art. 4: longer than three months); otherwise from the days.
    if (this.artikel4 && (langerDanGrens ?? (inWeken ? nDagen > 84 : nDagen > 90))) return this.eindeVanDag(e);
    // art. 1: eerste werkdag ≥ e
    let j = jaarVanDag(e);
    let b = this.jaar(j);
    let k = b.cumDag[e - b.start]!;
    while (k >= b.aantal) {
      k -= b.aantal;
      b = this.jaar(++j);
    }
    let o = b.dagen[k]!;
    if (this.artikel2 && nDagen >= 3) {
      // art. 2: de tweede werkdag na de startdatum (de aanvangsdag telt niet mee)
      let j2 = jaarVanDag(s);
      let b2 = this.jaar(j2);
      let k2 = b2.cumDag[s - b2.start + 1]! + 1;
      while (k2 >= b2.aantal) {
        k2 -= b2.aantal;
        b2 = this.jaar(++j2);
      }
      const o2 = b2.dagen[k2]!;
      if (b2.start + o2 > b.start + o) {
        b = b2;
        o = o2;
      }
    }
    const eind = b.eind[o]!;
    // Alleen bij nDagen = 0 en een start in de laatste seconde (na 23:59:59) van een werkdag.
    return eind >= t ? eind : this.eindeVanDag(this.werkdagNa(s, 1));
  }

  /**
   * Einde (23:59:59) van de n-de Atw-werkdag na de startdatum; n = 0: van de startdag als dat een werkdag
   * is (en t niet ná 23:59:59 ligt), anders van de eerstvolgende.
   */
  werkdagenNa(t: number, n: number): number {
    const s = lokaleDag(t);
    const eind = this.eindeVanDag(this.werkdagNa(s, n));
    return eind >= t ? eind : this.eindeVanDag(this.werkdagNa(s, 1));
  }

  private positie(b: AtwJaar, o: number, t: number): number {
    let pos = b.cumDag[o]! * MS_DAG;
    if (b.cumDag[o + 1]! > b.cumDag[o]! && t > b.begin[o]!) pos += Math.min(t - b.begin[o]!, MS_DAG);
    return pos;
  }

  /**
   * Tijd (ms) binnen Atw-werkdagen tussen a en b (elke werkdag telt 24 uur; werkdagen vallen nooit op een
   * zondag, dus nooit op een dag met zomertijdwissel). 0 als b ≤ a.
   */
  werktijdTussen(a: number, b: number): number {
    if (!(b > a)) return 0;
    const za = lokaleDag(a);
    const zb = lokaleDag(b);
    const ja = jaarVanDag(za);
    const jb = jaarVanDag(zb);
    const ba = this.jaar(ja);
    const bb = this.jaar(jb);
    const pa = this.positie(ba, za - ba.start, a);
    const pb = this.positie(bb, zb - bb.start, b);
    if (ja === jb) return pb - pa;
    let som = ba.aantal * MS_DAG - pa + pb;
    for (let j = ja + 1; j < jb; j++) som += this.jaar(j).aantal * MS_DAG;
    return som;
  }

  /** Het vroegste instant waarop `ms` tijd binnen Atw-werkdagen na t verstreken is (ms = 0 geeft t). */
  voegWerktijdToe(t: number, ms: number): number {
    if (!(ms > 0)) return t;
    const z = lokaleDag(t);
    let j = jaarVanDag(z);
    let b = this.jaar(j);
    let doel = this.positie(b, z - b.start, t) + ms;
    while (doel > b.aantal * MS_DAG) {
      doel -= b.aantal * MS_DAG;
      b = this.jaar(++j);
    }
    const k = Math.ceil(doel / MS_DAG) - 1;
    const o = b.dagen[k]!;
    return b.begin[o]! + (doel - k * MS_DAG);
  }
}

/** De twee kalenders van een organisatie, gemaakt met `maakKalenders`. */
export interface Kalenders {
  readonly config: Readonly<KalenderConfig>;
  readonly organisatie: OrganisatieKalender;
  readonly atw: AtwKalender;
}

/**
 * Maakt de organisatie- en Atw-kalender uit een (gedeeltelijke) configuratie; ontbrekende velden komen
 * uit `STANDAARD_KALENDER_CONFIG`. Gooit `TermijnFout` ("ONGELDIGE_CONFIG") bij ongeldige instellingen.
 * Maak dit object één keer per configuratie en hergebruik het: de jaartabellen worden erin bewaard.
 */
export function maakKalenders(config: Partial<KalenderConfig> = {}): Kalenders {
  const c = normaliseerConfig(config);
  return Object.freeze({
    config: c,
    organisatie: new OrganisatieKalender(c),
    atw: new AtwKalender(c.gelijkgesteldeDagen, c.atwArtikel2, c.atwArtikel4),
  });
}


