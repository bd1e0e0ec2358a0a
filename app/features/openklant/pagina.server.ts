/**
 * Beheer → Open Klant (/beheer/openklant): the connection state (last success, last error, backlog), the
 * settings and the actor → team mapping, and "nu ophalen".
 */
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import type { AuditActor } from "../../platform/audit/audit.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import type { Taal } from "../../platform/i18n/i18n";
import { datumFormat } from "../../platform/i18n/datum";
import { vertaal } from "../../platform/i18n/vertaal";
import { bewaarInstellingen, koppelActor, koppelingStatus, ontkoppelActor, poll } from "./connector.server";

export function openKlantPagina(taal: Taal = "nl") {
  const { datumTijd } = datumFormat(taal);
  const s = koppelingStatus();
  const { sqlite } = getDatabase();
  const i = s.instellingen;
  const t = (ms: number | null) => (ms ? datumTijd(ms) : null);
  const gezond = !!i.laatsteSuccesOp && (!i.laatsteFoutOp || i.laatsteSuccesOp >= i.laatsteFoutOp) && i.foutenOpRij === 0;
  return {
    instellingen: { basisUrl: i.basisUrl, tokenIngesteld: i.tokenIngesteld, actief: i.actief, versie: i.versie },
    toestand: {
      gezond,
      laatsteSucces: t(i.laatsteSuccesOp),
      laatsteFout: i.laatsteFout,
      laatsteFoutOp: t(i.laatsteFoutOp),
      foutenOpRij: i.foutenOpRij,
      volgendePoging: i.foutenOpRij ? t(i.volgendePollOp) : null,
      overgenomen: s.overgenomen,
      openTaken: s.openTaken,
      backlog: s.backlog,
      oudsteBacklog: t(s.oudsteBacklogOp),
      problemen: s.problemen.map((p) => ({ ...p, volgendePoging: datumTijd(p.volgendePogingOp) })),
    },
    actoren: s.actoren,
    teams: sqlite.prepare("SELECT id, naam FROM teams WHERE actief = 1 ORDER BY naam").all() as { id: number; naam: string }[],
  };
}
export type OpenKlantPagina = ReturnType<typeof openKlantPagina>;

const InstellingenSchema = z.object({
  basisUrl: z
    .string()
    .trim()
    .max(500, "beheer:openklant.fout.max?max=500")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/.test(v), "beheer:openklant.fout.adres"),
  token: z.string().trim().max(500, "beheer:openklant.fout.max?max=500").optional().default(""),
  actief: z.string().optional(),
  versie: z.coerce.number({ error: "beheer:openklant.fout.versie" }).int(),
});

const ActorSchema = z.object({
  actorUuid: z
    .string({ error: "beheer:openklant.fout.uuidNodig" })
    .trim()
    .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "beheer:openklant.fout.uuid"),
  omschrijving: z.string().trim().max(200, "beheer:openklant.fout.max?max=200").optional().default(""),
  team: z.coerce.number({ error: "beheer:openklant.fout.team" }).int("beheer:openklant.fout.team").positive("beheer:openklant.fout.team"),
});

export interface OpenKlantAntwoord {
  intent: string;
  ok: string | null;
  fouten: Fouten;
  invoer: Invoer;
}

export async function voerOpenKlantActieUit(
  invoer: Invoer,
  door: AuditActor,
  oorsprong: string | null,
  taal: Taal = "nl",
): Promise<{ status: number; antwoord: OpenKlantAntwoord }> {
  const m = (sleutel: string, waarden?: Record<string, string | number>) => vertaal(taal, `beheer:openklant.melding.${sleutel}`, waarden);
  const intent = invoer.intent ?? "";
  const veilig = { ...invoer, token: "" }; // a typed token is never sent back to the page
  const fout = (fouten: Fouten, status = 400) => ({ status, antwoord: { intent, ok: null, fouten, invoer: veilig } });
  const klaar = (ok: string) => ({ status: 200, antwoord: { intent, ok, fouten: {}, invoer: {} } });
  switch (intent) {
    case "instellingen": {
      const v = valideer(InstellingenSchema, invoer, taal);
      if (!v.ok) return fout(v.fouten);
      const r = bewaarInstellingen({ basisUrl: v.data.basisUrl, token: v.data.token, actief: !!v.data.actief, versie: v.data.versie }, door, oorsprong);
      if (!r.ok) return fout(r.fouten, r.fouten._formulier ? 409 : 400);
      return klaar(v.data.actief ? m("aan") : m("uit"));
    }
    case "actor": {
      const v = valideer(ActorSchema, invoer, taal);
      if (!v.ok) return fout(v.fouten);
      const { sqlite } = getDatabase();
      if (!sqlite.prepare("SELECT 1 FROM teams WHERE id = ? AND actief = 1").get(v.data.team)) return fout({ team: [m("teamWeg")] });
      koppelActor(v.data.actorUuid, v.data.omschrijving, v.data.team, door, oorsprong);
      return klaar(m("gekoppeld"));
    }
    case "actor_weg": {
      ontkoppelActor(invoer.actorUuid ?? "", door, oorsprong);
      return klaar(m("ontkoppeld"));
    }
    case "nu": {
      const r = await poll({ forceer: true });
      if (r.soort === "uit") return fout({ _formulier: [m("staatUit")] });
      if (r.soort === "fout") return fout({ _formulier: [r.fout ?? m("mislukt")] }, 502);
      return klaar(`${m("opgehaald", { nieuw: r.nieuw })}${r.overgeslagen.length ? " " + r.overgeslagen.join(" ") : ""}`);
    }
    default:
      return fout({ _formulier: [m("onbekend")] });
  }
}
