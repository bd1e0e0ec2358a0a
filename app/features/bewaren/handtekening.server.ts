/**
 * The signing key of the verklaring van vernietiging: Ed25519 (node:crypto). The private key is read from
 * AFSPRAAK_VERKLARING_SLEUTEL (a PEM file), otherwise from `verklaring-ed25519.pem` next to the database, which
 * is created (mode 0600) on first use. The public key is stored with each declaration; a declaration verifies
 * when its signature is valid for its text AND its public key is this installation's key (or one listed in
 * AFSPRAAK_VERKLARING_EERDERE_SLEUTELS, PEM files separated by commas, after a key rotation).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { databasePath } from "../../../db/client";

function sleutelPad(): string {
  return process.env.AFSPRAAK_VERKLARING_SLEUTEL || path.join(path.dirname(path.resolve(databasePath())), "verklaring-ed25519.pem");
}

function privateSleutel(): KeyObject {
  const pad = sleutelPad();
  if (!existsSync(pad)) {
    if (process.env.AFSPRAAK_VERKLARING_SLEUTEL) throw new Error(`De sleutel voor verklaringen ontbreekt: ${pad}`);
    mkdirSync(path.dirname(pad), { recursive: true });
    const { privateKey } = generateKeyPairSync("ed25519");
    writeFileSync(pad, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
  }
  return createPrivateKey(readFileSync(pad));
}

export function publiekeSleutelPem(): string {
  return createPublicKey(privateSleutel()).export({ type: "spki", format: "pem" }).toString();
}

/** SHA-256 of the public key (DER), hex, shortened: what a person compares. */
export function vingerafdruk(pem: string): string {
  const der = createPublicKey(pem).export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex").slice(0, 32).replace(/(.{4})(?=.)/g, "$1 ");
}

export function onderteken(tekst: string): { handtekening: string; publiekeSleutel: string } {
  const key = privateSleutel();
  return {
    handtekening: sign(null, Buffer.from(tekst, "utf8"), key).toString("base64"),
    publiekeSleutel: createPublicKey(key).export({ type: "spki", format: "pem" }).toString(),
  };
}

function vertrouwdeSleutels(): string[] {
  const eerdere = (process.env.AFSPRAAK_VERKLARING_EERDERE_SLEUTELS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((p) => createPublicKey(readFileSync(p)).export({ type: "spki", format: "pem" }).toString());
  return [publiekeSleutelPem(), ...eerdere];
}

export type Controle = { geldig: true } | { geldig: false; reden: string };

export function controleer(tekst: string, handtekening: string, publiekeSleutel: string): Controle {
  let ok = false;
  try {
    ok = verify(null, Buffer.from(tekst, "utf8"), createPublicKey(publiekeSleutel), Buffer.from(handtekening, "base64"));
  } catch {
    ok = false;
  }
  if (!ok) return { geldig: false, reden: "De handtekening past niet bij de tekst van de verklaring: de verklaring is gewijzigd." };
  const vinger = vingerafdruk(publiekeSleutel);
  if (!vertrouwdeSleutels().some((p) => vingerafdruk(p) === vinger))
    return { geldig: false, reden: "De verklaring is ondertekend met een sleutel die niet van deze installatie is." };
  return { geldig: true };
}
