import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { getDatabase } from "../../../db/client";
import { DEMO_TOTP_GEHEIM } from "./demo";
import { heeftGeheim, totpVoor, zaaiTotp } from "./tweestaps.server";

export function demoGeheim(): Uint8Array {
  return decodeBase32IgnorePadding(DEMO_TOTP_GEHEIM);
}

/** Sets up TOTP with the published demo secret for these accounts (idempotent: an existing setup is kept). */
export function zaaiDemoTweestaps(medewerkerIds: string[]): void {
  const { sqlite } = getDatabase();
  const geheim = demoGeheim();
  sqlite.transaction(() => {
    for (const id of medewerkerIds) zaaiTotp(id, geheim);
  })();
}

/** True when the account still uses the published demo secret (the code page then points to the demo command). */
export function isDemoAccount(medewerkerId: string): boolean {
  return heeftGeheim(medewerkerId, demoGeheim());
}

export function huidigeDemoCode(nu = Date.now()): string {
  return totpVoor(demoGeheim(), nu);
}
