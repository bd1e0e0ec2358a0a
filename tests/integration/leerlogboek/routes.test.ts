/**
 * The thin learning and regieteam routes, called the way Remix calls them: each reads its body through the
 * shared form reader (a non-form body is a 415 before anything happens), hands it to one feature function,
 * and answers with the feature's status — the form that was sent gets its own errors and what was typed.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { maakLes, type LesInvoer } from "../../../app/features/leerlogboek/leerlogboek.server";
import { maakVerbeteractie } from "../../../app/features/verbeteracties/verbeteracties.server";
import * as lesRoute from "../../../app/routes/leerlogboek.$id";
import * as actieRoute from "../../../app/routes/verbeteracties.$id";
import * as regieteamRoute from "../../../app/routes/regieteam._index";
import * as volumesRoute from "../../../app/routes/regieteam.contactvolumes";
import * as termijnenRoute from "../../../app/routes/regieteam.termijnen";
import * as dashboardExport from "../../../app/routes/regieteam.dashboard_.export";
import * as jaarverslagExport from "../../../app/routes/regieteam.jaarverslag_.export";
import { gebruiker } from "../werklijsten/helpers";
import { auditRegels, cookieVoor, get, post, roep } from "../coaching/helpers";

const { sqlite } = getDatabase();
const ruben = gebruiker("ruben@voorbeeld.nl");
const lotte = gebruiker("lotte@voorbeeld.nl");
const T = Date.UTC(2026, 2, 2, 9, 0);

const LES: LesInvoer = {
  titel: "Terugbelverzoeken verdwijnen buiten het systeem",
  watGebeurde: "Een terugbelverzoek werd op papier genoteerd en niet geregistreerd.",
  oorzaak: "Het registratiescherm kost te veel tijd tijdens het gesprek.",
  les: "Terugbelverzoeken altijd direct in Afspraak vastleggen.",
  normen: [17],
  processtap: "terugbellen",
  afdelingId: null,
};

function lesEnActie(): { lesId: number; actieId: string } {
  const les = maakLes(ruben, LES, []);
  if (!les.ok) throw new Error("les");
  const a = maakVerbeteractie(ruben, les.id, { titel: "Registratiescherm versnellen", omschrijving: "Minder velden", eigenaarId: lotte.id, deadline: "2026-04-30" });
  if (!a.ok) throw new Error("actie");
  return { lesId: les.id, actieId: a.id };
}

/** A POST whose fields may repeat (checkbox groups). */
function postHerhaald(pad: string, cookie: string, velden: [string, string][]): Request {
  return new Request(`http://localhost${pad}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" },
    body: new URLSearchParams(velden).toString(),
  });
}

function postJson(pad: string, cookie: string, body: unknown): Request {
  return new Request(`http://localhost${pad}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/json", Origin: "http://localhost" },
    body: JSON.stringify(body),
  });
}

beforeEach(() => setNow(T));

describe("verbeteracties/$id: one step form, one feature call", () => {
  it("dispatches a step (302 with the notice), keeps the typed input on 400, refuses a stale version with 409", async () => {
    const { actieId } = lesEnActie();
    const pad = `/verbeteracties/${actieId}`;
    const cookie = await cookieVoor("lotte@voorbeeld.nl");
    const start = await roep(actieRoute.action as never, post(pad, cookie, { intent: "STARTEN", versie: "1" }), { id: actieId });
    expect(start).toMatchObject({ soort: "response", status: 302, location: `${pad}?gedaan=STARTEN` });

    const leeg = await roep(actieRoute.action as never, post(pad, cookie, { intent: "REALISEREN", versie: "2", toelichting: "  " }), { id: actieId });
    expect(leeg).toMatchObject({ soort: "data", status: 400, data: { intent: "REALISEREN", fouten: { toelichting: ["Beschrijf wat er is gerealiseerd."] }, melding: null } });

    const oud = await roep(actieRoute.action as never, post(pad, cookie, { intent: "REALISEREN", versie: "1", toelichting: "Scherm ingekort" }), { id: actieId });
    expect(oud).toMatchObject({ soort: "data", status: 409, data: { intent: "REALISEREN", invoer: { toelichting: "Scherm ingekort", versie: "1" } } });
    expect((oud as { data: { melding: string } }).data.melding).toBeTruthy();

    const onvolledig = await roep(actieRoute.action as never, post(pad, cookie, { intent: "OPRUIMEN", versie: "2" }), { id: actieId });
    expect(onvolledig).toMatchObject({ status: 400, data: { melding: "Dit formulier is onvolledig. Laad de pagina opnieuw." } });
  });

  it("a body that is not a form is refused with 415 before the step is read; someone without access gets 403", async () => {
    const { actieId } = lesEnActie();
    const pad = `/verbeteracties/${actieId}`;
    const json = await roep(actieRoute.action as never, postJson(pad, await cookieVoor("lotte@voorbeeld.nl"), { intent: "STARTEN", versie: 1 }), { id: actieId });
    expect(json).toMatchObject({ soort: "response", status: 415 });
    expect(sqlite.prepare("SELECT status FROM verbeteracties WHERE id = ?").get(actieId)).toEqual({ status: "voorgesteld" });

    const jeroen = await roep(actieRoute.action as never, post(pad, await cookieVoor("jeroen@voorbeeld.nl"), { intent: "STARTEN", versie: "1" }), { id: actieId });
    expect(jeroen).toMatchObject({ soort: "response", status: 403 });
    expect(auditRegels("verbeteractie.wijzigen", actieId).map((r) => r.resultaat)).toEqual(["geweigerd"]);
    expect(await roep(actieRoute.loader as never, get("/verbeteracties/bestaat-niet", await cookieVoor("ruben@voorbeeld.nl")), { id: "bestaat-niet" })).toMatchObject({ status: 404 });
  });

  it("the page's measuring window is 3, 6 or 12 months; anything else falls back to 6", async () => {
    const { actieId } = lesEnActie();
    const cookie = await cookieVoor("ruben@voorbeeld.nl");
    const venster = async (q: string) => ((await roep(actieRoute.loader as never, get(`/verbeteracties/${actieId}${q}`, cookie), { id: actieId })) as { data: { venster: number } }).data.venster;
    expect(await venster("?venster=12")).toBe(12);
    expect(await venster("?venster=7")).toBe(6);
  });
});

describe("leerlogboek/$id: the regieteam's forms", () => {
  it("a stale edit is 409 with every checked norm kept; a new action redirects to it; an unknown link or intent is 400", async () => {
    const { lesId } = lesEnActie();
    const pad = `/leerlogboek/${lesId}`;
    const cookie = await cookieVoor("ruben@voorbeeld.nl");
    const velden: [string, string][] = [
      ["intent", "bewerken"], ["versie", "99"], ["titel", "Nieuwe titel"], ["watGebeurde", "x"], ["oorzaak", "y"], ["les", "z"],
      ["normen", "7"], ["normen", "12"], ["processtap", "terugbellen"], ["afdelingId", ""],
    ];
    const oud = await roep(lesRoute.action as never, postHerhaald(pad, cookie, velden), { id: String(lesId) });
    expect(oud).toMatchObject({ soort: "data", status: 409, data: { intent: "bewerken", invoer: { titel: "Nieuwe titel", normen: ["7", "12"] } } });

    const actie = await roep(
      lesRoute.action as never,
      post(pad, cookie, { intent: "actie", titel: "Scherm inkorten", omschrijving: "Twee velden minder", eigenaarId: lotte.id, deadline: "2026-05-29" }),
      { id: String(lesId) },
    );
    expect(actie).toMatchObject({ soort: "response", status: 302 });
    expect((actie as { location: string }).location).toMatch(/^\/verbeteracties\/[0-9a-f-]{36}\?nieuw=1$/);

    expect(await roep(lesRoute.action as never, post(pad, cookie, { intent: "ontkoppel", koppeling: "iets" }), { id: String(lesId) })).toMatchObject({
      status: 400,
      data: { melding: "Deze koppeling bestaat niet." },
    });
    expect(await roep(lesRoute.action as never, post(pad, cookie, { intent: "weg" }), { id: String(lesId) })).toMatchObject({
      status: 400,
      data: { melding: "Dit formulier is onvolledig. Laad de pagina opnieuw." },
    });
    expect(await roep(lesRoute.action as never, postJson(pad, cookie, { intent: "weg" }), { id: String(lesId) })).toMatchObject({ soort: "response", status: 415 });
  });
});

describe("regieteam: escalations, contact volumes, deadlines and downloads", () => {
  it("the escalation form reads its body once: an unknown deadline is 400, a non-form body 415", async () => {
    const cookie = await cookieVoor("ruben@voorbeeld.nl");
    expect(await roep(regieteamRoute.action as never, post("/regieteam", cookie, { termijn: "abc" }))).toMatchObject({
      status: 400,
      data: { ok: false, melding: "Deze escalatie bestaat niet (meer)." },
    });
    expect(await roep(regieteamRoute.action as never, postJson("/regieteam", cookie, { termijn: 1 }))).toMatchObject({ soort: "response", status: 415 });
  });

  it("a contact volume is saved with its notice; a stale version is 409 with the input kept", async () => {
    const cookie = await cookieVoor("ruben@voorbeeld.nl");
    const ok = await roep(volumesRoute.action as never, post("/regieteam/contactvolumes", cookie, { maand: "2026-01", kanaal: "telefoon", afdeling: "", aantal: "12.000", bekend: "" }));
    expect(ok).toMatchObject({ status: 200, data: { ok: true, melding: "Ingevoerd: 12.000 contacten." } });
    const oud = await roep(volumesRoute.action as never, post("/regieteam/contactvolumes", cookie, { maand: "2026-01", kanaal: "telefoon", afdeling: "", aantal: "13000", bekend: "1" }));
    expect(oud).toMatchObject({ status: 409, data: { ok: false, invoer: { aantal: "13000", bekend: "1" } } });
  });

  it("the deadlines drill-down audits the read; downloads need a format and a valid year", async () => {
    const cookie = await cookieVoor("ruben@voorbeeld.nl");
    const voor = auditRegels("regieteam.termijnen").length;
    const r = await roep(termijnenRoute.loader as never, get("/regieteam/termijnen?nu=te_laat&pagina=1", cookie));
    expect(r).toMatchObject({ status: 200, data: { nu: true, pagina: 1, basis: "nu=te_laat" } });
    expect(auditRegels("regieteam.termijnen").length).toBe(voor + 1);

    expect(await roep(dashboardExport.loader as never, get("/regieteam/dashboard/export", cookie))).toMatchObject({ soort: "response", status: 400 });
    expect(await roep(jaarverslagExport.loader as never, get("/regieteam/jaarverslag/export?jaar=abc&formaat=csv", cookie))).toMatchObject({ soort: "response", status: 400 });
    const csv = await roep(dashboardExport.loader as never, get("/regieteam/dashboard/export?formaat=csv", cookie));
    expect(csv).toMatchObject({ soort: "response", status: 200 });
    expect(auditRegels("export.dashboard").at(-1)).toMatchObject({ resultaat: "ok" });
  });
});
