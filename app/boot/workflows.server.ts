/**
 * Loads every workflow registration, so that the scheduler knows all machines even before a page of that
 * area was requested. Each area adds ONE import line here for its `*.server.ts` module that calls
 * registreerWorkflow(...).
 */
import "../features/klachten/klachten.server";
import "../features/coaching/coaching.server";
import "../features/overdracht/overdracht.server"; // terugbelafspraak + overdracht (overdracht.server imports terugbel.server)
import "../features/verbeteracties/verbeteracties.server"; // verbeteractie (issue 6)
import "../features/berichten/registratie.server"; // messages to citizens: step observer, SMS channel (issue 13)
import "../features/privacy/verzoeken.server"; // privacyverzoek (AVG art. 15/16/18, issue 17)
export {};
