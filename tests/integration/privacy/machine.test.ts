/**
 * The privacyverzoek machine, walked along every shortest path through the real runtime (model-based, as the other
 * machines): status, context and deadline row agree after each step; VERLENGEN moves the term to the extended due
 * moment once; AFHANDELEN meets it, INTREKKEN stops it. Plus the refusals in Dutch.
 */
import { describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { getDatabase } from "../../../db/client";
import { now } from "../../../app/platform/clock";
import {
  MIJLPAAL_PRIVACYVERZOEK,
  privacyverzoekMachine,
  weigeringSleutelVan,
  type PrivacyverzoekContext,
  type PrivacyverzoekEvent,
  type PrivacyverzoekInput,
} from "../../../workflows/privacyverzoek/machine";
import { doorloopAllePaden } from "../../unit/engine/model-based";
import { gebruiker } from "../werklijsten/helpers";
import { vertaalMelding } from "../../../app/platform/i18n/vertaal";

/** The machine's refusal worded in Dutch, as the runtime words it for the form. */
const weigeringVan = (...a: Parameters<typeof weigeringSleutelVan>) => {
  const k = weigeringSleutelVan(...a);
  return k === null ? null : vertaalMelding("nl", k);
};

const DAG = 86_400_000;

describe("privacyverzoek machine", () => {
  it("walks every path with deadline rows that follow the steps", () => {
    const { sqlite } = getDatabase();
    const priya = gebruiker("priya@voorbeeld.nl");
    const burger = (sqlite.prepare("INSERT INTO burgers (id, naam, aangemaakt_op, gewijzigd_op) VALUES ('mb-1', 'Model Burger', 1, 1) RETURNING id").get() as { id: string }).id;
    const t0 = now();
    const input: PrivacyverzoekInput = { soort: "inzage", burgerId: burger, ontvangenOp: t0, kanaal: "brief", omschrijving: "Welke gegevens heeft u?", eigenaarId: priya.id, teamId: null, termijnOp: t0 + 30 * DAG };
    const nieuwOp = t0 + 90 * DAG;
    const events: PrivacyverzoekEvent[] = [
      { type: "VERLENGEN", reden: "Veel gegevens", kennisgeving: "Wij hebben meer tijd nodig voor uw verzoek.", kennisgevingOp: t0 + DAG, nieuwOp },
      { type: "VASTLEGGEN", handeling: "pakket", samenvatting: "Pakket samengesteld", op: t0 + 2 * DAG },
      { type: "AFHANDELEN", besluit: "toegewezen", toelichting: "Het overzicht is verstuurd.", op: t0 + 3 * DAG },
      { type: "INTREKKEN", reden: "Ingetrokken door de inwoner", op: t0 + 3 * DAG },
    ];
    const r = doorloopAllePaden({
      soort: "privacyverzoek",
      machine: privacyverzoekMachine,
      input,
      // VASTLEGGEN appends to a list: offered once per path, so the state space stays finite
      events: (s) => events.filter((e) => e.type !== "VASTLEGGEN" || (s.context as PrivacyverzoekContext).handelingen.length === 0),
      limit: 200,
      actor: { id: priya.id, naam: priya.naam },
      naStap: (id, stap) => {
        const rij = sqlite.prepare("SELECT mijlpaal, status, termijn_op FROM termijnen WHERE afspraak_id = ? ORDER BY id DESC LIMIT 1").get(id) as { mijlpaal: string; status: string; termijn_op: number };
        expect(rij.mijlpaal).toBe(MIJLPAAL_PRIVACYVERZOEK);
        const st = String(stap.state.value);
        expect(rij.status).toBe(st === "afgehandeld" ? "gehaald" : st === "ingetrokken" ? "gestopt" : "lopend");
        const c = stap.state.context as PrivacyverzoekContext;
        expect(rij.termijn_op).toBe(c.verlenging ? nieuwOp : input.termijnOp);
      },
    });
    expect(r.toestanden).toEqual(["afgehandeld", "in_behandeling", "ingetrokken"]);
    expect(r.paden).toBeGreaterThanOrEqual(3);
  });

  it("explains refusals", () => {
    const c = { ontvangenOp: 0, termijnOp: 30 * DAG, verlenging: null } as unknown as PrivacyverzoekContext;
    const e = (kennisgevingOp: number, kennisgeving = "Wij hebben meer tijd nodig voor uw verzoek."): PrivacyverzoekEvent => ({ type: "VERLENGEN", reden: "Veel gegevens", kennisgeving, kennisgevingOp, nieuwOp: 90 * DAG });
    expect(weigeringVan(c, "in_behandeling", e(DAG, ""))).toMatch(/kennisgeving/);
    expect(weigeringVan(c, "in_behandeling", e(31 * DAG))).toMatch(/binnen een maand/);
    expect(weigeringVan(c, "in_behandeling", e(DAG))).toBeNull();
    expect(weigeringVan({ ...c, verlenging: { reden: "x", kennisgeving: "y", kennisgevingOp: 1, nieuwOp: 2 } }, "in_behandeling", e(DAG))).toMatch(/al verlengd/);
    expect(weigeringVan(c, "afgehandeld", e(DAG))).toMatch(/afgehandeld/);
  });
});
