/**
 * Loads every workflow registration, so that the scheduler knows all machines even before a page of that
 * area was requested. Each area adds ONE import line here for its `*.server.ts` module that calls
 * registreerWorkflow(...).
 */
import "../klachten.server";
import "../coaching.server";
import "../overdracht.server"; // terugbelafspraak + overdracht (overdracht.server imports terugbel.server)
import "../verbeteracties.server"; // verbeteractie (issue 6)
export {};
