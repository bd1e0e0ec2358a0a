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
import { formatDatum, formatKort } from "../../domain/kalender/format";
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
    notities: notitiesVan(medewerkerId).map((n) => ({
      ...n,
      opTekst: formatKort(n.op),
      reacties: n.reacties.map((r) => ({ ...r, opTekst: formatKort(r.op) })),
    })),
    afspraken: afsprakenVan(medewerkerId).map((a) => ({
      ...a,
      termijnTekst: formatDatum(a.termijnOp),
      afgerondTekst: a.afgerondOp ? formatKort(a.afgerondOp) : null,
      teLaat: a.status === "open" && a.termijnOp < nu,
    })),
  };
}

export type ProfielPaginaData = ReturnType<typeof laadProfielPagina>;
