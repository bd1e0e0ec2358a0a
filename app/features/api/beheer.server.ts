/**
 * Beheer → API-clients (/beheer/api): the page's data and its form actions. The token and a webhook's secret
 * are returned once in the action's answer (never stored in clear, never shown again).
 */
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import type { AuditActor } from "../../platform/audit/audit.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import { formatDatumTijd } from "../../domain/kalender/format";
import { clients, maakClient, roteerClient, trekClientIn, SCOPE_LEZEN, SCOPE_SCHRIJVEN } from "./clients.server";
import { leverOpnieuw, maakWebhook, probleemLeveringen, webhooksVan, zetWebhookUit } from "./webhooks.server";

export interface ClientWeergave {
  id: string;
  naam: string;
  scopes: string[];
  limietPerMinuut: number;
  status: string;
  actief: boolean;
  aangemaakt: string;
  laatstGebruikt: string | null;
  webhooks: { id: number; url: string; actief: boolean }[];
}

export interface ApiBeheerPagina {
  clients: ClientWeergave[];
  teams: { id: number; naam: string }[];
  problemen: { id: number; url: string; eventId: string; status: string; pogingen: number; laatsteFout: string | null; volgendePoging: string }[];
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
      status: c.ingetrokkenOp ? `Ingetrokken op ${formatDatumTijd(c.ingetrokkenOp)}` : c.geroteerdOp ? `Actief (geheim vernieuwd ${formatDatumTijd(c.geroteerdOp)})` : "Actief",
      aangemaakt: formatDatumTijd(c.aangemaaktOp),
      laatstGebruikt: c.laatstGebruiktOp ? formatDatumTijd(c.laatstGebruiktOp) : null,
      webhooks: webhooksVan(c.id).map((w) => ({ id: w.id, url: w.url, actief: w.actief })),
    })),
    teams: sqlite.prepare("SELECT id, naam FROM teams WHERE actief = 1 ORDER BY naam").all() as { id: number; naam: string }[],
    problemen: probleemLeveringen().map((p) => ({ ...p, volgendePoging: formatDatumTijd(p.volgendePogingOp) })),
  };
}

export const NieuweClientSchema = z.object({
  naam: z.string({ error: "Geef de client een naam." }).trim().min(1, "Geef de client een naam (bijvoorbeeld ‘Telefonie’ of ‘Website’).").max(100, "Gebruik hoogstens 100 tekens."),
  limiet: z.coerce
    .number({ error: "Geef een getal tussen 1 en 10000." })
    .int("Geef een geheel getal tussen 1 en 10000.")
    .min(1, "Geef een getal tussen 1 en 10000.")
    .max(10000, "Geef een getal tussen 1 en 10000."),
});

const WebhookSchema = z.object({
  client: z.string().min(1),
  url: z.string({ error: "Vul het adres van de webhook in." }).trim().min(1, "Vul het adres van de webhook in.").max(500, "Gebruik hoogstens 500 tekens."),
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

export function voerApiActieUit(invoer: Invoer, teams: string[], door: AuditActor, oorsprong: string | null): { status: number; antwoord: ApiBeheerAntwoord } {
  const intent = invoer.intent ?? "";
  const fout = (fouten: Fouten, status = 400) => ({ status, antwoord: { intent, ok: null, fouten, invoer, teams } });
  switch (intent) {
    case "nieuw": {
      const v = valideer(NieuweClientSchema, invoer);
      if (!v.ok) return fout(v.fouten);
      const scopes = [
        ...(invoer.schrijven ? [SCOPE_SCHRIJVEN] : []),
        ...(invoer.lezen ? [SCOPE_LEZEN] : []),
        ...teams.filter((t) => /^\d+$/.test(t)).map((t) => `team:${t}`),
      ];
      if (!scopes.some((s) => s.startsWith("afspraken:"))) return fout({ scopes: ["Kies wat de client mag: lezen, schrijven of allebei."] });
      if (!scopes.some((s) => s.startsWith("team:"))) return fout({ teams: ["Kies minstens één team waarvoor de client werkt."] });
      const r = maakClient({ naam: v.data.naam, scopes, limietPerMinuut: v.data.limiet }, door, oorsprong);
      if (!r.ok) return fout({ naam: [r.fout] }, 409);
      return { status: 200, antwoord: { intent, ok: `Client ‘${v.data.naam}’ is aangemaakt. Kopieer het token nu: het wordt niet nog eens getoond.`, token: r.token, fouten: {}, invoer: {} } };
    }
    case "roteer": {
      const r = roteerClient(invoer.id ?? "", door, oorsprong);
      if (!r.ok) return fout({ _formulier: [r.fout] }, 404);
      return { status: 200, antwoord: { intent, ok: "Het geheim is vernieuwd; het oude token werkt niet meer. Kopieer het nieuwe token nu: het wordt niet nog eens getoond.", token: r.token, fouten: {}, invoer: {} } };
    }
    case "intrekken": {
      const r = trekClientIn(invoer.id ?? "", door, oorsprong);
      if (!r.ok) return fout({ _formulier: [r.fout] }, 404);
      return { status: 200, antwoord: { intent, ok: "De client is ingetrokken; zijn token werkt niet meer en zijn webhooks staan uit.", fouten: {}, invoer: {} } };
    }
    case "webhook": {
      const v = valideer(WebhookSchema, invoer);
      if (!v.ok) return fout(v.fouten);
      const r = maakWebhook(v.data.client, v.data.url, door, oorsprong);
      if (!r.ok) return fout({ url: [r.fout] });
      return { status: 200, antwoord: { intent, ok: "De webhook is aangemaakt. Kopieer het geheim voor de ondertekening nu: het wordt niet nog eens getoond.", geheim: r.geheim, fouten: {}, invoer: {} } };
    }
    case "webhook_uit": {
      zetWebhookUit(Number(invoer.id), door, oorsprong);
      return { status: 200, antwoord: { intent, ok: "De webhook staat uit.", fouten: {}, invoer: {} } };
    }
    case "opnieuw": {
      leverOpnieuw(Number(invoer.id), door, oorsprong);
      return { status: 200, antwoord: { intent, ok: "De melding wordt opnieuw verstuurd.", fouten: {}, invoer: {} } };
    }
    default:
      return fout({ _formulier: ["Onbekende handeling. Laad de pagina opnieuw."] });
  }
}
