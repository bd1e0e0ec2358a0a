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
import { vertaler } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";
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

type T = ReturnType<typeof vertaler>;

function schemas(t: T) {
  const tekst = (max: number) => z.string().trim().max(max, t("beheer:sso.melding.veld.max", { max })).optional().default("");
  const versie = z.coerce.number({ error: t("beheer:sso.melding.veld.versie") }).int();
  const Verbinding = z
    .object({
      issuer: tekst(500).refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/[^\s]*)?$/.test(v), {
        message: t("beheer:sso.melding.veld.issuer"),
      }),
      clientId: tekst(200),
      clientSecret: z.string().max(500, t("beheer:sso.melding.veld.max", { max: 500 })).optional().default(""),
      groepenClaim: tekst(100).refine((v) => v === "" || /^[A-Za-z0-9_.:/-]+$/.test(v), { message: t("beheer:sso.melding.veld.tekens") }),
      naam: tekst(100),
      actief: z.string().optional(),
      versie,
    })
    .superRefine((v, ctx) => {
      if (!v.actief) return;
      if (!v.issuer) ctx.addIssue({ code: "custom", path: ["issuer"], message: t("beheer:sso.melding.veld.issuerNodig") });
      if (!v.clientId) ctx.addIssue({ code: "custom", path: ["clientId"], message: t("beheer:sso.melding.veld.clientIdNodig") });
      if (!v.naam) ctx.addIssue({ code: "custom", path: ["naam"], message: t("beheer:sso.melding.veld.naamNodig") });
    });
  const Beleid = z.object({ wachtwoordenUit: z.string().optional(), noodBeheerderId: tekst(100), mfaAcr: tekst(1000), versie });
  const Groep = z
    .object({
      groep: z.string({ error: t("beheer:sso.melding.veld.groepNodig") }).trim().min(1, t("beheer:sso.melding.veld.groepNodig")).max(300, t("beheer:sso.melding.veld.max", { max: 300 })),
      rol: z.string().optional().default(""),
      team: z.string().optional().default(""),
    })
    .superRefine((v, ctx) => {
      if (v.rol && !(ROLLEN as readonly string[]).includes(v.rol)) ctx.addIssue({ code: "custom", path: ["rol"], message: t("beheer:sso.melding.veld.rolKiezen") });
      if (v.team && !/^\d+$/.test(v.team)) ctx.addIssue({ code: "custom", path: ["team"], message: t("beheer:sso.melding.veld.teamKiezen") });
      if (!v.rol && !v.team) ctx.addIssue({ code: "custom", path: ["rol"], message: t("beheer:sso.melding.veld.rolOfTeam") });
    });
  return { Verbinding, Beleid, Groep };
}

/** Errors from the settings module are dictionary keys; word them for the page. */
function vertaalFouten(t: T, fouten: Fouten): Fouten {
  return Object.fromEntries(Object.entries(fouten).map(([k, v]) => [k, v?.map((m) => (m.startsWith("beheer:") ? t(m) : m))]));
}

export interface SsoAntwoord {
  intent: string;
  ok: string | null;
  fouten: Fouten;
  invoer: Invoer;
}

export async function voerSsoActieUit(invoer: Invoer, door: AuditActor, oorsprong: string | null, taal: Taal = "nl"): Promise<{ status: number; antwoord: SsoAntwoord }> {
  const t = vertaler(taal);
  const S = schemas(t);
  const intent = invoer.intent ?? "";
  const veilig = { ...invoer, clientSecret: "" }; // a typed secret is never sent back to the page
  const fout = (fouten: Fouten, status = 400) => ({ status, antwoord: { intent, ok: null, fouten: vertaalFouten(t, fouten), invoer: veilig } });
  const klaar = (ok: string) => ({ status: 200, antwoord: { intent, ok, fouten: {}, invoer: {} } });
  const m = (k: string, w?: Record<string, string>) => t(`beheer:sso.melding.${k}`, w);
  switch (intent) {
    case "verbinding": {
      if (ssoInstellingen().bron === "omgeving") return fout({ _formulier: [m("omgeving")] }, 409);
      const v = valideer(S.Verbinding, invoer);
      if (!v.ok) return fout(v.fouten);
      const r = bewaarVerbinding({ ...v.data, actief: !!v.data.actief }, door, oorsprong);
      if (!r.ok) return fout(r.fouten, r.fouten._formulier ? 409 : 400);
      return klaar(v.data.actief ? m("verbindingAan") : m("verbindingUit"));
    }
    case "testen": {
      const s = ssoInstellingen();
      const v = s.verbinding ?? (s.beheer.issuer ? s.beheer : null);
      if (!v) return fout({ _formulier: [m("eerstInvullen")] });
      const r = await testVerbinding(v);
      if (!r.ok) return fout({ _formulier: [m("onbereikbaar", { fout: r.fout })] }, 502);
      return klaar(m("testOk", { pkce: r.pkce ? m("ondersteund") : m("nietGemeld"), uitloggen: r.eindeSessie ? m("ondersteund") : m("nietOndersteund") }));
    }
    case "beleid": {
      const v = valideer(S.Beleid, invoer);
      if (!v.ok) return fout(v.fouten);
      const acr = v.data.mfaAcr.split(/[\s,]+/).filter(Boolean);
      const r = bewaarBeleid({ wachtwoordenUit: !!v.data.wachtwoordenUit, noodBeheerderId: v.data.noodBeheerderId || null, mfaAcr: acr, versie: v.data.versie }, door, oorsprong);
      if (!r.ok) return fout(r.fouten, r.fouten._formulier ? 409 : 400);
      return klaar(v.data.wachtwoordenUit ? m("wachtwoordenUit") : m("wachtwoordenAan"));
    }
    case "groep": {
      const v = valideer(S.Groep, invoer);
      if (!v.ok) return fout(v.fouten);
      const r = koppelGroep({ groep: v.data.groep, rol: (v.data.rol || null) as Rol | null, teamId: v.data.team ? Number(v.data.team) : null }, door, oorsprong);
      if (!r.ok) return fout(r.fouten);
      return klaar(m("gekoppeld"));
    }
    case "groep_weg": {
      const id = Number(invoer.id);
      if (!Number.isInteger(id) || !ontkoppelGroep(id, door, oorsprong)) return fout({ _formulier: [m("bestaatNiet")] }, 404);
      return klaar(m("ontkoppeld"));
    }
    default:
      return fout({ _formulier: [m("onbekend")] });
  }
}
