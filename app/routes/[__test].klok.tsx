/**
 * The test clock (only with AFSPRAAK_TEST_CLOCK=1; otherwise 404): GET /__test/klok returns the business
 * time; POST op=<ISO instant> sets it, then runs the deadline sweep, the digest, the outbox and the citizen-message delivery
 * synchronously before answering. Used by Playwright (tests/e2e/helpers.ts zetKlok).
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { now, setNow, testClockEnabled } from "~/platform/clock";
import { jobRunner } from "~/boot/lifecycle.server";
import { leesInvoer } from "~/platform/web/formulier.server";

function nietGevonden(): Response {
  return new Response("Niet gevonden", { status: 404 });
}

export async function loader() {
  if (!testClockEnabled()) throw nietGevonden();
  return Response.json({ nu: new Date(now()).toISOString() }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request }: ActionFunctionArgs) {
  if (!testClockEnabled()) throw nietGevonden();
  const op = (await leesInvoer(request)).op ?? "";
  const t = Date.parse(op);
  if (!op || !Number.isFinite(t)) {
    return Response.json({ fout: "Geef op=<ISO-tijdstip>, bijvoorbeeld 2026-11-24T09:00:00+01:00." }, { status: 400 });
  }
  setNow(t);
  const runner = jobRunner();
  for (const taak of ["termijnen", "dagoverzicht", "outbox", "berichten-inwoners"]) await runner.runNow(taak);
  return Response.json({ nu: new Date(now()).toISOString() }, { headers: { "Cache-Control": "no-store" } });
}
