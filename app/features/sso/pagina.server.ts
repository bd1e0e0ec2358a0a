/**
 * Beheer → Single sign-on (/beheer/sso): which connection is active (environment or Beheer), the connection
 * form, the redirect URI to register at the provider, a connection test, local passwords and the break-glass
 * account, acr values that count as MFA, and the group → role / group → team mapping.
 */
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import { ROLLEN, type Rol } from "../../../db/schema";
import type { AuditActor } from "../../platform/audit/audit.server";
import { sessieBeleid } from "../../platform/auth/sessie-info.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import { bewaarBeleid, bewaarVerbinding, groepKoppelingen, koppelGroep, ontkoppelGroep, ssoInstellingen } from "./instellingen.server";
import { naUitloggenUri, redirectUri, testVerbinding } from "./oidc.server";

export function ssoPagina(basis: string) {
  const s = ssoInstellingen();
  const { sqlite } = getDatabase();
  return {
    bron: s.bron,
    actief: s.verbinding ? { issuer: s.verbinding.issuer, clientId: s.verbinding.clientId, groepenClaim: s.verbinding.groepenClaim, naam: s.verbinding.naam } : null,
    beheer: { issuer: s.beheer.issuer, clientId: s.beheer.clientId, groepenClaim: s.beheer.groepenClaim, naam: s.beheer.naam, actief: s.beheer.actief, secretIngesteld: s.beheer.secretIngesteld },
    redirectUri: redirectUri(basis),
    naUitloggenUri: naUitloggenUri(basis),
    wachtwoordenUit: s.wachtwoordenUit,
    noodBeheerderId: s.noodBeheerderId,
    mfaAcr: s.mfaAcr.join(" "),
    mfaRollen: sessieBeleid().mfaRollen,
    versie: s.versie,
    beheerders: sqlite
      .prepare(
        `SELECT m.id, m.naam, m.email FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id AND r.rol = 'beheerder'
          WHERE m.actief = 1 AND m.wachtwoord_hash IS NOT NULL ORDER BY m.naam COLLATE NOCASE`,
      )
      .all() as { id: string; naam: string; email: string }[],
    groepen: groepKoppelingen(),
    teams: sqlite.prepare("SELECT id, naam FROM teams WHERE actief = 1 ORDER BY naam COLLATE NOCASE").all() as { id: number; naam: string }[],
    rollen: [...ROLLEN],
    aantalGekoppeld: (sqlite.prepare("SELECT count(*) AS n FROM sso_identiteiten").get() as { n: number }).n,
  };
}
export type SsoPagina = ReturnType<typeof ssoPagina>;

const tekst = (max: number) => z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`).optional().default("");

const VerbindingSchema = z
  .object({
    issuer: tekst(500).refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/[^\s]*)?$/.test(v), {
      message: "Vul het volledige https-adres van de issuer in, bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0.",
    }),
    clientId: tekst(200),
    clientSecret: z.string().max(500, "Gebruik hoogstens 500 tekens.").optional().default(""),
    groepenClaim: tekst(100).refine((v) => v === "" || /^[A-Za-z0-9_.:/-]+$/.test(v), { message: "Gebruik alleen letters, cijfers en _ . : / -." }),
    naam: tekst(100),
    actief: z.string().optional(),
    versie: z.coerce.number({ error: "Laad de pagina opnieuw." }).int(),
  })
  .superRefine((v, ctx) => {
    if (!v.actief) return;
    if (!v.issuer) ctx.addIssue({ code: "custom", path: ["issuer"], message: "Vul de issuer in om single sign-on aan te zetten." });
    if (!v.clientId) ctx.addIssue({ code: "custom", path: ["clientId"], message: "Vul de client-id in om single sign-on aan te zetten." });
    if (!v.naam) ctx.addIssue({ code: "custom", path: ["naam"], message: "Vul de naam van de organisatie in; die staat op de knop op de inlogpagina." });
  });

const BeleidSchema = z.object({
  wachtwoordenUit: z.string().optional(),
  noodBeheerderId: tekst(100),
  mfaAcr: tekst(1000),
  versie: z.coerce.number({ error: "Laad de pagina opnieuw." }).int(),
});

const GroepSchema = z
  .object({
    groep: z.string({ error: "Vul de groep in." }).trim().min(1, "Vul de groep in (de waarde in de groups-claim, bijvoorbeeld een object-id).").max(300, "Gebruik hoogstens 300 tekens."),
    rol: z.string().optional().default(""),
    team: z.string().optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.rol && !(ROLLEN as readonly string[]).includes(v.rol)) ctx.addIssue({ code: "custom", path: ["rol"], message: "Kies een rol uit de lijst." });
    if (v.team && !/^\d+$/.test(v.team)) ctx.addIssue({ code: "custom", path: ["team"], message: "Kies een team uit de lijst." });
    if (!v.rol && !v.team) ctx.addIssue({ code: "custom", path: ["rol"], message: "Kies een rol of een team (of allebei)." });
  });

export interface SsoAntwoord {
  intent: string;
  ok: string | null;
  fouten: Fouten;
  invoer: Invoer;
}

export async function voerSsoActieUit(invoer: Invoer, door: AuditActor, oorsprong: string | null): Promise<{ status: number; antwoord: SsoAntwoord }> {
  const intent = invoer.intent ?? "";
  const veilig = { ...invoer, clientSecret: "" }; // a typed secret is never sent back to the page
  const fout = (fouten: Fouten, status = 400) => ({ status, antwoord: { intent, ok: null, fouten, invoer: veilig } });
  const klaar = (ok: string) => ({ status: 200, antwoord: { intent, ok, fouten: {}, invoer: {} } });
  switch (intent) {
    case "verbinding": {
      if (ssoInstellingen().bron === "omgeving") return fout({ _formulier: ["De verbinding is ingesteld met omgevingsvariabelen (AFSPRAAK_OIDC_*); die gaan voor. Wijzig ze daar."] }, 409);
      const v = valideer(VerbindingSchema, invoer);
      if (!v.ok) return fout(v.fouten);
      const r = bewaarVerbinding({ ...v.data, actief: !!v.data.actief }, door, oorsprong);
      if (!r.ok) return fout(r.fouten, r.fouten._formulier ? 409 : 400);
      return klaar(v.data.actief ? "De verbinding is bewaard; single sign-on staat aan." : "De verbinding is bewaard; single sign-on staat uit.");
    }
    case "testen": {
      const s = ssoInstellingen();
      const v = s.verbinding ?? (s.beheer.issuer ? s.beheer : null);
      if (!v) return fout({ _formulier: ["Vul eerst de issuer en de client-id in."] });
      const r = await testVerbinding(v);
      if (!r.ok) return fout({ _formulier: [r.melding] }, 502);
      return klaar(
        `De provider antwoordt. PKCE (S256): ${r.pkce ? "ondersteund" : "niet gemeld"}. Uitloggen bij de provider (end_session_endpoint): ${r.eindeSessie ? "ondersteund" : "niet ondersteund — uitloggen beëindigt dan alleen de sessie in Afspraak"}.`,
      );
    }
    case "beleid": {
      const v = valideer(BeleidSchema, invoer);
      if (!v.ok) return fout(v.fouten);
      const acr = v.data.mfaAcr.split(/[\s,]+/).filter(Boolean);
      const r = bewaarBeleid({ wachtwoordenUit: !!v.data.wachtwoordenUit, noodBeheerderId: v.data.noodBeheerderId || null, mfaAcr: acr, versie: v.data.versie }, door, oorsprong);
      if (!r.ok) return fout(r.fouten, r.fouten._formulier ? 409 : 400);
      return klaar(v.data.wachtwoordenUit ? "Bewaard: lokale wachtwoorden staan uit, behalve voor het noodaccount." : "Bewaard: lokale wachtwoorden staan aan.");
    }
    case "groep": {
      const v = valideer(GroepSchema, invoer);
      if (!v.ok) return fout(v.fouten);
      const r = koppelGroep({ groep: v.data.groep, rol: (v.data.rol || null) as Rol | null, teamId: v.data.team ? Number(v.data.team) : null }, door, oorsprong);
      if (!r.ok) return fout(r.fouten);
      return klaar("De groep is gekoppeld. Het geldt vanaf de volgende keer dat iemand uit die groep inlogt.");
    }
    case "groep_weg": {
      const id = Number(invoer.id);
      if (!Number.isInteger(id) || !ontkoppelGroep(id, door, oorsprong)) return fout({ _formulier: ["Deze koppeling bestaat niet (meer). Laad de pagina opnieuw."] }, 404);
      return klaar("De koppeling is verwijderd. Het geldt vanaf de volgende keer dat iemand uit die groep inlogt.");
    }
    default:
      return fout({ _formulier: ["Onbekende handeling. Laad de pagina opnieuw."] });
  }
}
