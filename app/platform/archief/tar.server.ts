/**
 * A minimal POSIX tar (ustar) writer and reader for backup archives: one file any `tar -xf` opens, written in a
 * stream (a database of hundreds of MB never sits in memory) with a SHA-256 per entry.
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from "node:fs";

const BLOK = 512;

function octaal(n: number, lengte: number): string {
  return n.toString(8).padStart(lengte - 1, "0") + "\0";
}

function kop(naam: string, grootte: number, mtime: number, modus = 0o600): Buffer {
  if (Buffer.byteLength(naam) > 100) throw new Error(`Naam te lang voor het archief: ${naam}`);
  const b = Buffer.alloc(BLOK, 0);
  b.write(naam, 0, 100, "utf8");
  b.write(octaal(modus, 8), 100, 8, "ascii");
  b.write(octaal(0, 8), 108, 8, "ascii");
  b.write(octaal(0, 8), 116, 8, "ascii");
  b.write(octaal(grootte, 12), 124, 12, "ascii");
  b.write(octaal(Math.floor(mtime / 1000), 12), 136, 12, "ascii");
  b.fill(" ", 148, 156);
  b.write("0", 156, 1, "ascii");
  b.write("ustar\0", 257, 6, "ascii");
  b.write("00", 263, 2, "ascii");
  let som = 0;
  for (const x of b) som += x;
  b.write(octaal(som, 7) + " ", 148, 8, "ascii");
  return b;
}

export class TarSchrijver {
  private fd: number;
  /** SHA-256 over every byte of the archive as written: the archive's checksum without reading it again. */
  private geheel = createHash("sha256");
  constructor(pad: string) {
    this.fd = openSync(pad, "wx", 0o600);
  }

  private schrijf(b: Buffer, lengte = b.length): void {
    this.geheel.update(lengte === b.length ? b : b.subarray(0, lengte));
    writeSync(this.fd, b, 0, lengte);
  }

  /** Adds a file from disk, streamed in 1 MiB chunks; returns its SHA-256 (hex) and size. */
  bestand(naam: string, bron: string): { sha256: string; grootte: number } {
    const fd = openSync(bron, "r");
    try {
      const st = fstatSync(fd);
      this.schrijf(kop(naam, st.size, st.mtimeMs));
      const hash = createHash("sha256");
      const buf = Buffer.allocUnsafe(1024 * 1024);
      let gelezen = 0;
      while (gelezen < st.size) {
        const n = readSync(fd, buf, 0, Math.min(buf.length, st.size - gelezen), gelezen);
        if (n === 0) throw new Error(`${bron} werd korter tijdens het lezen`);
        hash.update(buf.subarray(0, n));
        this.schrijf(buf, n);
        gelezen += n;
      }
      const rest = (BLOK - (st.size % BLOK)) % BLOK;
      if (rest) this.schrijf(Buffer.alloc(rest));
      return { sha256: hash.digest("hex"), grootte: st.size };
    } finally {
      closeSync(fd);
    }
  }

  /** Adds a file from memory. */
  tekst(naam: string, inhoud: string): void {
    const b = Buffer.from(inhoud, "utf8");
    this.schrijf(kop(naam, b.length, Date.now()));
    this.schrijf(b);
    const rest = (BLOK - (b.length % BLOK)) % BLOK;
    if (rest) this.schrijf(Buffer.alloc(rest));
  }

  /** Ends the archive (two zero blocks), flushes it to disk and returns the SHA-256 (hex) of the whole archive. */
  sluit(): string {
    this.schrijf(Buffer.alloc(BLOK * 2));
    fsyncSync(this.fd);
    closeSync(this.fd);
    return this.geheel.digest("hex");
  }
}

export interface TarItem {
  naam: string;
  grootte: number;
  /** Byte offset of the content in the archive. */
  positie: number;
}

/** The entries of a tar archive (regular files only). */
export function tarInhoud(pad: string): TarItem[] {
  const fd = openSync(pad, "r");
  try {
    const totaal = fstatSync(fd).size;
    const items: TarItem[] = [];
    const b = Buffer.alloc(BLOK);
    let pos = 0;
    while (pos + BLOK <= totaal) {
      readSync(fd, b, 0, BLOK, pos);
      if (b.every((x) => x === 0)) break;
      const naam = b.subarray(0, 100).toString("utf8").replace(/\0.*$/s, "");
      const prefix = b.subarray(345, 500).toString("utf8").replace(/\0.*$/s, "");
      const grootte = parseInt(b.subarray(124, 136).toString("ascii").replace(/\0.*$/s, "").trim() || "0", 8);
      const type = String.fromCharCode(b[156] ?? 48);
      if (!Number.isFinite(grootte)) throw new Error("Het archief is beschadigd (onleesbare kop).");
      if (type === "0" || type === "\0") items.push({ naam: prefix ? `${prefix}/${naam}` : naam, grootte, positie: pos + BLOK });
      pos += BLOK + Math.ceil(grootte / BLOK) * BLOK;
    }
    if (pos > totaal) throw new Error("Het archief is afgebroken (korter dan de inhoud zegt).");
    return items;
  } finally {
    closeSync(fd);
  }
}

/** Copies one entry to `doel` and returns its SHA-256 (hex). */
export function pakUit(archief: string, item: TarItem, doel: string): string {
  const bron = openSync(archief, "r");
  const uit = openSync(doel, "wx", 0o600);
  try {
    const hash = createHash("sha256");
    const buf = Buffer.allocUnsafe(1024 * 1024);
    let gedaan = 0;
    while (gedaan < item.grootte) {
      const n = readSync(bron, buf, 0, Math.min(buf.length, item.grootte - gedaan), item.positie + gedaan);
      if (n === 0) throw new Error("Het archief is afgebroken.");
      hash.update(buf.subarray(0, n));
      writeSync(uit, buf, 0, n);
      gedaan += n;
    }
    fsyncSync(uit);
    return hash.digest("hex");
  } finally {
    closeSync(bron);
    closeSync(uit);
  }
}

/** Reads a small entry as text. */
export function leesTekst(archief: string, item: TarItem): string {
  const fd = openSync(archief, "r");
  try {
    const b = Buffer.alloc(item.grootte);
    readSync(fd, b, 0, item.grootte, item.positie);
    return b.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of a whole file (hex). */
export function sha256Van(pad: string): string {
  const fd = openSync(pad, "r");
  try {
    const hash = createHash("sha256");
    const buf = Buffer.allocUnsafe(1024 * 1024);
    let pos = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      pos += n;
    }
    return hash.digest("hex");
  } finally {
    closeSync(fd);
  }
}
