/**
 * Which permission each route in app/routes needs. tests/integration/permissies.test.ts imports every route
 * module and checks its loader and action against this table: a route without an entry FAILS that test, so
 * every new route has to be classified here (one line; keep the list alphabetical).
 *
 * - `{ permissie: "werk" }` (or a list: any of them suffices): anonymous visitors are redirected to /inloggen,
 *   users without the permission get a 403 (or a 404 for an unknown record) and never data.
 * - `{ publiek: "reason" }`: reachable without login; checked only for "never a 500".
 *
 * The key is the route file name without extension as Remix sees it (a folder route: the folder name).
 */
import type { Permissie } from "../../app/server/permissions.server";

export type RouteRegel = { permissie: Permissie | readonly Permissie[] } | { publiek: string };

export const ROUTE_PERMISSIES: Record<string, RouteRegel> = {
  $: { publiek: "onbekende paden: anoniem naar /inloggen, ingelogd een 404" },
  "[__test].klok": { publiek: "testklok; 404 tenzij AFSPRAAK_TEST_CLOCK=1" },
  _index: { publiek: "doorverwijzing naar /inloggen of /mijn-werk" },
  "api.medewerkers": { permissie: "werk" },
  "api.termijn-voorbeeld": { permissie: "werk" },
  "beheer._index": { permissie: "beheer" },
  "beheer.audit": { permissie: "audit" },
  "beheer.brieven.$soort": { permissie: "beheer" },
  "beheer.brieven._index": { permissie: "beheer" },
  "beheer.handvest.$code": { permissie: "beheer" },
  "beheer.handvest.$code_.bewerken": { permissie: "beheer" },
  "beheer.handvest._index": { permissie: "beheer" },
  "beheer.handvest.nieuw": { permissie: "beheer" },
  "beheer.kalender": { permissie: "beheer" },
  "beheer.medewerkers.$id": { permissie: "beheer" },
  "beheer.medewerkers._index": { permissie: "beheer" },
  "beheer.medewerkers.nieuw": { permissie: "beheer" },
  "beheer.organisatie._index": { permissie: "beheer" },
  "beheer.organisatie.afdelingen.$id": { permissie: "beheer" },
  "beheer.organisatie.teams.$id": { permissie: "beheer" },
  "feedback.nieuw": { permissie: "werk" },
  "feedback.suggesties": { permissie: "regieteam" },
  handvest: { permissie: "werk" },
  healthz: { publiek: "liveness/readiness, zonder persoonsgegevens" },
  inbox: { permissie: "werk" },
  inloggen: { publiek: "de inlogpagina" },
  "klachten.$id": { permissie: "werk" },
  "klachten.$id_.bijlagen": { permissie: "werk" },
  "klachten.$id_.bijlagen_.$bijlageId": { permissie: "werk" },
  "klachten.$id_.brieven.$briefId": { permissie: "werk" },
  "klachten.$id_.brieven.$briefId_.download": { permissie: "werk" },
  "klachten._index": { permissie: "werk" },
  "klachten.nieuw": { permissie: "werk" },
  "klantbeeld.$id": { permissie: "werk" },
  "klantbeeld._index": { permissie: "werk" },
  "mijn-werk": { permissie: "werk" },
  "overdrachten.$id": { permissie: "werk" },
  "overdrachten.nieuw": { permissie: "werk" },
  profiel: { permissie: "werk" },
  "regieteam._index": { permissie: "regieteam" },
  taal: { publiek: "taalkeuze, ook voor het inloggen" },
  team: { permissie: "team" },
  "team._index": { permissie: "team" },
  "team.dashboard": { permissie: "team" },
  "team.escalaties": { permissie: "team" },
  "team.profielen.$medewerkerId": { permissie: "team" },
  "team.profielen._index": { permissie: "team" },
  "terugbelafspraken.$id": { permissie: "werk" },
  "terugbelafspraken.nieuw": { permissie: "werk" },
  uitloggen: { publiek: "uitloggen (zonder sessie: alleen doorverwijzing)" },
  "wachtwoord.$token": { publiek: "wachtwoord instellen met een eenmalige link" },
};
