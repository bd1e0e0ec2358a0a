/**
 * Beheer → Open Klant (/beheer/openklant): the connection state (last success, last error, backlog), the
 * settings and the actor → team mapping, and "nu ophalen".
 */
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import type { AuditActor } from "../../platform/audit/audit.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import { formatDatumTijd } from "../../domain/kalender/format";
import { bewaarInstellingen, koppelActor, koppelingStatus, ontkoppelActor, poll } from "./connector.server";

export function openKlantPagina() {
  const s = koppelingStatus();
  const { sqlite } = getDatabase();
  const i = s.instellingen;
  const t = (ms: number | null) => (ms ? formatDatumTijd(ms) : null);
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
      problemen: s.problemen.map((p) => ({ ...p, volgendePoging: formatDatumTijd(p.volgendePogingOp) })),
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
    .max(500, "Gebruik hoogstens 500 tekens.")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/.test(v), "Vul een volledig adres in, bijvoorbeeld https://openklant.gemeente.nl/klantinteracties/api/v1."),
  token: z.string().trim().max(500, "Gebruik hoogstens 500 tekens.").optional().default(""),
  actief: z.string().optional(),
  versie: z.coerce.number({ error: "Laad de pagina opnieuw." }).int(),
});

const ActorSchema = z.object({
  actorUuid: z
    .string({ error: "Vul de uuid van de actor in." })
    .trim()
    .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "Vul de uuid van de actor in Open Klant in (36 tekens, bijvoorbeeld 3fa85f64-5717-4562-b3fc-2c963f66afa6)."),
  omschrijving: z.string().trim().max(200, "Gebruik hoogstens 200 tekens.").optional().default(""),
  team: z.coerce.number({ error: "Kies een team." }).int("Kies een team.").positive("Kies een team."),
});

export interface OpenKlantAntwoord {
  intent: string;
  ok: string | null;
  fouten: Fouten;
  invoer: Invoer;
}

export async function voerOpenKlantActieUit(invoer: Invoer, door: AuditActor, oorsprong: string | null): Promise<{ status: number; antwoord: OpenKlantAntwoord }> {
  const intent = invoer.intent ?? "";
  const veilig = { ...invoer, token: "" }; // a typed token is never sent back to the page
  const fout = (fouten: Fouten, status = 400) => ({ status, antwoord: { intent, ok: null, fouten, invoer: veilig } });
  const klaar = (ok: string) => ({ status: 200, antwoord: { intent, ok, fouten: {}, invoer: {} } });
  switch (intent) {
    case "instellingen": {
      const v = valideer(InstellingenSchema, invoer);
      if (!v.ok) return fout(v.fouten);
      const r = bewaarInstellingen({ basisUrl: v.data.basisUrl, token: v.data.token, actief: !!v.data.actief, versie: v.data.versie }, door, oorsprong);
      if (!r.ok) return fout(r.fouten, r.fouten._formulier ? 409 : 400);
      return klaar(v.data.actief ? "De koppeling is bewaard en staat aan." : "De koppeling is bewaard en staat uit.");
    }
    case "actor": {
      const v = valideer(ActorSchema, invoer);
      if (!v.ok) return fout(v.fouten);
      const { sqlite } = getDatabase();
      if (!sqlite.prepare("SELECT 1 FROM teams WHERE id = ? AND actief = 1").get(v.data.team)) return fout({ team: ["Dit team bestaat niet (meer)."] });
      koppelActor(v.data.actorUuid, v.data.omschrijving, v.data.team, door, oorsprong);
      return klaar("De actor is aan het team gekoppeld.");
    }
    case "actor_weg": {
      ontkoppelActor(invoer.actorUuid ?? "", door, oorsprong);
      return klaar("De actor is ontkoppeld; zijn taken komen niet meer binnen.");
    }
    case "nu": {
      const r = await poll({ forceer: true });
      if (r.soort === "uit") return fout({ _formulier: ["De koppeling staat uit. Zet haar eerst aan."] });
      if (r.soort === "fout") return fout({ _formulier: [r.fout ?? "Het ophalen is mislukt."] }, 502);
      return klaar(`Opgehaald: ${r.nieuw} nieuwe contactverzoek(en).${r.overgeslagen.length ? " " + r.overgeslagen.join(" ") : ""}`);
    }
    default:
      return fout({ _formulier: ["Onbekende handeling. Laad de pagina opnieuw."] });
  }
}
