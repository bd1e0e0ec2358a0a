/**
 * Beheer → API-clients (/beheer/api): the page's data and its form actions. The token and a webhook's secret
 * are returned once in the action's answer (never stored in clear, never shown again).
 */
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import type { AuditActor } from "../../platform/audit/audit.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal, vertaalFouten } from "../../platform/i18n/vertaal";
import { clients, maakClient, roteerClient, trekClientIn, SCOPE_LEZEN, SCOPE_SCHRIJVEN } from "./clients.server";
import { leverOpnieuw, maakWebhook, probleemLeveringen, webhooksVan, zetWebhookUit } from "./webhooks.server";

export interface ClientWeergave {
  id: string;
  naam: string;
  scopes: string[];
  limietPerMinuut: number;
  actief: boolean;
  ingetrokkenOp: number | null;
  geroteerdOp: number | null;
  aangemaaktOp: number;
  laatstGebruiktOp: number | null;
  webhooks: { id: number; url: string; actief: boolean }[];
}

export interface ApiBeheerPagina {
  clients: ClientWeergave[];
  teams: { id: number; naam: string }[];
  problemen: { id: number; url: string; eventId: string; status: string; pogingen: number; laatsteFout: string | null; volgendePogingOp: number }[];
}

export function apiBeheerPagina(): ApiBeheerPagina {
  const { sqlite } = getDatabase();
  return {
    clients: clients().map((c) => ({
      id: c.id,
      naam: c.naam,
      scopes: c.scopes,
      limietPerMinuut: c.limietPerMinuut,
      actief: !c.ingetrokkenOp,
      ingetrokkenOp: c.ingetrokkenOp ?? null,
      geroteerdOp: c.geroteerdOp ?? null,
      aangemaaktOp: c.aangemaaktOp,
      laatstGebruiktOp: c.laatstGebruiktOp ?? null,
      webhooks: webhooksVan(c.id).map((w) => ({ id: w.id, url: w.url, actief: w.actief })),
    })),
    teams: sqlite.prepare("SELECT id, naam FROM teams WHERE actief = 1 ORDER BY naam").all() as { id: number; naam: string }[],
    problemen: probleemLeveringen(),
  };
}

export const NieuweClientSchema = z.object({
  naam: z.string({ error: "beheer:api.fout.naam" }).trim().min(1, "beheer:api.fout.naamVoorbeeld").max(100, "beheer:api.fout.max?max=100"),
  limiet: z.coerce
    .number({ error: "beheer:api.fout.limiet" })
    .int("beheer:api.fout.limietGeheel")
    .min(1, "beheer:api.fout.limiet")
    .max(10000, "beheer:api.fout.limiet"),
});

const WebhookSchema = z.object({
  client: z.string().min(1),
  url: z.string({ error: "beheer:api.fout.url" }).trim().min(1, "beheer:api.fout.url").max(500, "beheer:api.fout.max?max=500"),
});

export type ApiBeheerAntwoord = {
  intent: string;
  ok: string | null;
  token?: string;
  geheim?: string;
  fouten: Fouten;
  invoer: Invoer;
  teams?: string[];
};

export function voerApiActieUit(
  invoer: Invoer,
  teams: string[],
  door: AuditActor,
  oorsprong: string | null,
  taal: Taal = "nl",
): { status: number; antwoord: ApiBeheerAntwoord } {
  const intent = invoer.intent ?? "";
  const fout = (fouten: Fouten, status = 400) => ({ status, antwoord: { intent, ok: null, fouten: vertaalFouten(fouten, taal), invoer, teams } });
  const t = (sleutel: string, waarden?: Record<string, string>) => vertaal(taal, `beheer:api.melding.${sleutel}`, waarden);
  switch (intent) {
    case "nieuw": {
      const v = valideer(NieuweClientSchema, invoer, taal);
      if (!v.ok) return fout(v.fouten);
      const scopes = [
        ...(invoer.schrijven ? [SCOPE_SCHRIJVEN] : []),
        ...(invoer.lezen ? [SCOPE_LEZEN] : []),
        ...teams.filter((t) => /^\d+$/.test(t)).map((t) => `team:${t}`),
      ];
      if (!scopes.some((s) => s.startsWith("afspraken:"))) return fout({ scopes: ["beheer:api.fout.scopes"] });
      if (!scopes.some((s) => s.startsWith("team:"))) return fout({ teams: ["beheer:api.fout.teams"] });
      const r = maakClient({ naam: v.data.naam, scopes, limietPerMinuut: v.data.limiet }, door, oorsprong);
      if (!r.ok) return fout({ naam: [r.fout] }, 409);
      return { status: 200, antwoord: { intent, ok: t("aangemaakt", { naam: v.data.naam }), token: r.token, fouten: {}, invoer: {} } };
    }
    case "roteer": {
      const r = roteerClient(invoer.id ?? "", door, oorsprong);
      if (!r.ok) return fout({ _formulier: [r.fout] }, 404);
      return { status: 200, antwoord: { intent, ok: t("vernieuwd"), token: r.token, fouten: {}, invoer: {} } };
    }
    case "intrekken": {
      const r = trekClientIn(invoer.id ?? "", door, oorsprong);
      if (!r.ok) return fout({ _formulier: [r.fout] }, 404);
      return { status: 200, antwoord: { intent, ok: t("ingetrokken"), fouten: {}, invoer: {} } };
    }
    case "webhook": {
      const v = valideer(WebhookSchema, invoer, taal);
      if (!v.ok) return fout(v.fouten);
      const r = maakWebhook(v.data.client, v.data.url, door, oorsprong);
      if (!r.ok) return fout({ url: [r.fout] });
      return { status: 200, antwoord: { intent, ok: t("webhook"), geheim: r.geheim, fouten: {}, invoer: {} } };
    }
    case "webhook_uit": {
      zetWebhookUit(Number(invoer.id), door, oorsprong);
      return { status: 200, antwoord: { intent, ok: t("webhookUit"), fouten: {}, invoer: {} } };
    }
    case "opnieuw": {
      leverOpnieuw(Number(invoer.id), door, oorsprong);
      return { status: 200, antwoord: { intent, ok: t("opnieuw"), fouten: {}, invoer: {} } };
    }
    default:
      return fout({ _formulier: ["beheer:api.fout.onbekend"] });
  }
}
