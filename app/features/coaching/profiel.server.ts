/**
 * Loader data of a profile page (own profile and the manager's view share it): access check first
 * (403 + audit for anyone but the employee and their own manager), then the audited view.
 */
import type { AppLoadContext } from "@remix-run/node";
import { origin } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import {
  afsprakenVan,
  auditProfielBekeken,
  bewaartermijnMaanden,
  eisProfielToegang,
  notitiesVan,
  termijnbewakingMogelijk,
} from "./coaching.server";
import { dienstverleningsprofiel } from "./dienstverleningsprofiel.server";
import { now } from "../../platform/clock";

export function laadProfielPagina(user: AppUser, context: AppLoadContext | undefined, medewerkerId: string) {
  const relatie = eisProfielToegang(user, context, medewerkerId);
  const nu = now();
  const profiel = dienstverleningsprofiel(medewerkerId, nu);
  if (!profiel) throw new Response("Niet gevonden", { status: 404 });
  auditProfielBekeken(user, medewerkerId, relatie, origin(context));
  return {
    relatie,
    profiel,
    bewaartermijn: bewaartermijnMaanden(),
    termijnbewaking: termijnbewakingMogelijk(nu),
    // instants, not texts: the page words them in its language (useDatum)
    notities: notitiesVan(medewerkerId),
    afspraken: afsprakenVan(medewerkerId).map((a) => ({ ...a, teLaat: a.status === "open" && a.termijnOp < nu })),
  };
}

export type ProfielPaginaData = ReturnType<typeof laadProfielPagina>;
