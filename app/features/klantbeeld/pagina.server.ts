/**
 * The klantbeeld pages: searching a citizen (/klantbeeld) and one citizen's contacts (/klantbeeld/:id),
 * with the access check (403 + audit line) and the dates in plain Dutch. Search and view are audited by
 * klantbeeld.server.ts.
 */
import type { AppLoadContext } from "@remix-run/node";
import { origin } from "../../platform/audit/audit.server";
import { heeft, weiger, type AppUser } from "../../platform/auth/permissions.server";
import { BEPERKING_MELDING, burgerBeperkt } from "../../platform/engine/beperking.server";
import { formatKort } from "../../domain/kalender/format";
import { burgerOpId, klantbeeld, KLANTBEELD_RECENT_DAGEN, magKlantbeeldZien, zoekBurgers } from "./klantbeeld.server";

/** The search page: the typed term (at most 200 characters), whether it could be searched, and the matches. */
export function zoekPagina(user: AppUser, url: URL, oorsprong: string | null) {
  const zoek = (url.searchParams.get("zoek") ?? "").slice(0, 200);
  if (!zoek.trim()) return { zoek, gezocht: false, ongeldig: false, resultaten: [], dagen: KLANTBEELD_RECENT_DAGEN };
  const r = zoekBurgers(user, zoek, oorsprong);
  return {
    zoek,
    gezocht: true,
    ongeldig: r.soort === null,
    resultaten: r.resultaten.map((x) => ({ ...x, laatste: x.laatsteContactOp ? formatKort(x.laatsteContactOp) : null })),
    dagen: KLANTBEELD_RECENT_DAGEN,
  };
}

export type ZoekPaginaData = ReturnType<typeof zoekPagina>;

function nietGevonden(): Response {
  return new Response("Deze inwoner bestaat niet (meer).", { status: 404, statusText: "Niet gevonden" });
}

/**
 * One citizen's klantbeeld: 404 for an unknown citizen, 403 (with an audit line) when neither the user, their
 * team nor a team they lead has a running or recent commitment with them.
 */
export function klantbeeldPagina(user: AppUser, context: AppLoadContext | undefined, id: string) {
  if (!burgerOpId(id)) throw nietGevonden();
  if (!magKlantbeeldZien(user, id)) {
    if (burgerBeperkt(id)) weiger(user, context, "klantbeeld.bekijken", `/klantbeeld/${id}`, BEPERKING_MELDING);
    weiger(
      user,
      context,
      "klantbeeld.bekijken",
      `/klantbeeld/${id}`,
      "U heeft geen toegang tot het klantbeeld van deze inwoner: u, uw team of een team dat u leidt heeft geen lopende of recente afspraak met deze inwoner.",
    );
  }
  const kb = klantbeeld(user, id, origin(context));
  if (!kb) throw nietGevonden();
  return {
    burger: { id, naam: kb.burger.naamWeergave, telefoon: kb.burger.telefoonWeergave, email: kb.burger.email },
    /** The privacy officer registers a privacy request from here (issue 17). */
    privacy: heeft(user, "privacy") ? { nieuw: `/privacy/nieuw?burger=${encodeURIComponent(id)}`, beperkt: burgerBeperkt(id) } : null,
    afspraken: kb.afspraken.map((a) => ({
      id: a.id,
      soort: a.soort,
      soortNaam: a.soortNaam,
      link: a.link,
      titel: a.titel,
      status: a.status,
      statusCode: a.statusCode,
      open: a.open,
      kanaal: a.kanaal,
      bij: a.eigenaarNaam ?? (a.teamNaam ? `${a.teamNaam} (team)` : null),
      vastgelegd: formatKort(a.aangemaaktOp),
      vastgelegdOp: a.aangemaaktOp,
      door: a.aangemaaktDoor,
      gesloten: a.geslotenOp ? formatKort(a.geslotenOp) : null,
      geslotenOp: a.geslotenOp,
      besproken: a.besproken,
      gebeurtenissen: a.gebeurtenissen.map((g) => ({ ...g, wanneer: formatKort(g.op) })),
    })),
  };
}

export type KlantbeeldPaginaData = ReturnType<typeof klantbeeldPagina>;
