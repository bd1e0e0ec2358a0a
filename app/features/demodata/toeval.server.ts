/**
 * Deterministic randomness for the demo-data generator: a seeded PRNG (mulberry32) and the distributions the
 * generator needs. The same seed gives the same database (apart from wall-clock measurements).
 */
export class Toeval {
  private s: number;
  constructor(zaad: number) {
    this.s = zaad >>> 0 || 0x9e3779b9;
  }
  /** Uniform in [0, 1). */
  r(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [a, b]. */
  int(a: number, b: number): number {
    return a + Math.floor(this.r() * (b - a + 1));
  }
  kans(p: number): boolean {
    return this.r() < p;
  }
  kies<T>(lijst: readonly T[]): T {
    return lijst[Math.floor(this.r() * lijst.length)]!;
  }
  /** Standard normal (Box–Muller). */
  normaal(): number {
    const u = 1 - this.r();
    const v = this.r();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  lognormaal(mediaan: number, sigma: number): number {
    return mediaan * Math.exp(sigma * this.normaal());
  }
  exponentieel(gemiddelde: number): number {
    return -Math.log(1 - this.r()) * gemiddelde;
  }
  /** Rounds an expected count randomly, so that the sum over many draws keeps the expectation. */
  aantal(verwacht: number): number {
    const n = Math.floor(verwacht);
    return n + (this.r() < verwacht - n ? 1 : 0);
  }
  /** 32 random bits as 8 hex digits. */
  hex8(): string {
    return Math.floor(this.r() * 4294967296)
      .toString(16)
      .padStart(8, "0");
  }
}

/** A weighted choice, prepared once: `kies(toeval)` is a binary search. */
export class Gewogen<T> {
  private readonly cum: number[] = [];
  private readonly items: T[] = [];
  private totaal = 0;
  constructor(paren: readonly (readonly [T, number])[]) {
    for (const [item, w] of paren) {
      if (w <= 0) continue;
      this.totaal += w;
      this.cum.push(this.totaal);
      this.items.push(item);
    }
    if (!this.items.length) throw new Error("Gewogen keuze zonder gewichten");
  }
  kies(t: Toeval): T {
    const x = t.r() * this.totaal;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/**
 * A UUID (version 7 layout: 48-bit millisecond timestamp first), so ids generated in time order are inserted
 * in index order — a random UUID would scatter 5 million primary-key inserts over the whole B-tree.
 */
export function tijdId(ms: number, t: Toeval): string {
  const ts = Math.max(0, Math.floor(ms)).toString(16).padStart(12, "0").slice(-12);
  const a = t.hex8();
  const b = t.hex8();
  const c = t.hex8();
  const variant = ((parseInt(a[3]!, 16) & 0x3) | 0x8).toString(16);
  return `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${a.slice(0, 3)}-${variant}${a.slice(4, 7)}-${b}${c.slice(0, 4)}`;
}
