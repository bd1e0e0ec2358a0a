/**
 * SSO configured by environment variables (AFSPRAAK_OIDC_*): they win over Beheer, Beheer shows that and refuses
 * to change the connection, and the groups are read from the claim AFSPRAAK_OIDC_GROUPS_CLAIM names.
 * Against the same real provider as sso.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bewaarVerbinding, koppelGroep, ssoInstellingen } from "../../../app/features/sso/instellingen.server";
import { vergeetConfiguratie } from "../../../app/features/sso/oidc.server";
import { ssoPagina, voerSsoActieUit } from "../../../app/features/sso/pagina.server";
import { aanmelden, BASIS, gebruikerVan, laatsteAudit, roep, startLoader } from "./helpers";
import { startTestProvider, type TestProvider } from "./testprovider";

let op: TestProvider;
const door = { id: null, naam: "test" };

beforeAll(async () => {
  op = await startTestProvider({ redirectUris: [`${BASIS}/inloggen/sso/terug`], postLogoutRedirectUris: [`${BASIS}/inloggen/uitgelogd`] });
  vergeetConfiguratie();
  // Beheer holds another (unreachable) connection: the environment must win over it.
  expect(bewaarVerbinding({ issuer: "https://idp.elders.example", clientId: "x", clientSecret: "y", groepenClaim: "groups", naam: "Elders", actief: true, versie: 0 }, door, null).ok).toBe(true);
  process.env.AFSPRAAK_OIDC_ISSUER = op.issuer;
  process.env.AFSPRAAK_OIDC_CLIENT_ID = op.clientId;
  process.env.AFSPRAAK_OIDC_CLIENT_SECRET = op.clientSecret;
  process.env.AFSPRAAK_OIDC_NAAM = "Gemeente Omgeving";
  expect(koppelGroep({ groep: "afspraak-medewerkers", rol: "medewerker", teamId: null }, door, null).ok).toBe(true);
});

afterAll(async () => {
  for (const k of ["ISSUER", "CLIENT_ID", "CLIENT_SECRET", "NAAM", "GROUPS_CLAIM"]) delete process.env[`AFSPRAAK_OIDC_${k}`];
  await op?.stop();
});

describe("instellingen uit de omgeving", () => {
  it("gaan voor op Beheer, en Beheer laat zien welke actief zijn", async () => {
    expect(ssoInstellingen()).toMatchObject({ bron: "omgeving", verbinding: { issuer: op.issuer, naam: "Gemeente Omgeving", groepenClaim: "groups" } });
    const p = ssoPagina(BASIS);
    expect(p).toMatchObject({ bron: "omgeving", actief: { issuer: op.issuer }, beheer: { issuer: "https://idp.elders.example", actief: true }, redirectUri: `${BASIS}/inloggen/sso/terug` });
    expect(JSON.stringify(p)).not.toContain(op.clientSecret);
    const r = await voerSsoActieUit({ intent: "verbinding", issuer: "https://ander.example", clientId: "a", naam: "A", actief: "1", versie: String(p.versie) }, door, null);
    expect(r.status).toBe(409);
    expect(r.antwoord.fouten._formulier?.[0]).toMatch(/omgevingsvariabelen/);
    const test = await voerSsoActieUit({ intent: "testen" }, door, null);
    expect(test.antwoord.ok).toMatch(/De provider antwoordt/);
  });

  it("inloggen gebruikt de verbinding uit de omgeving", async () => {
    const a = await aanmelden("sub-anna");
    expect(a.status).toBe(302);
    expect((await gebruikerVan(a.sessie))!.rollen).toEqual(["medewerker"]);
  });

  it("een onbereikbare provider geeft een nette pagina (502) en een auditregel, geen fout", async () => {
    await op.stop();
    vergeetConfiguratie();
    const r = await roep(startLoader as never, `${BASIS}/inloggen/sso`, "");
    expect(r.status).toBe(502);
    expect(r.data).toMatchObject({ uitleg: "onbereikbaar", organisatie: "Gemeente Omgeving", opnieuw: true });
    expect(laatsteAudit("sso.start")).toMatchObject({ resultaat: "fout" });
    op = await startTestProvider({ redirectUris: [`${BASIS}/inloggen/sso/terug`], postLogoutRedirectUris: [`${BASIS}/inloggen/uitgelogd`] });
    process.env.AFSPRAAK_OIDC_ISSUER = op.issuer;
    process.env.AFSPRAAK_OIDC_CLIENT_SECRET = op.clientSecret;
  });

  it("AFSPRAAK_OIDC_GROUPS_CLAIM bepaalt welke claim de groepen bevat", async () => {
    process.env.AFSPRAAK_OIDC_GROUPS_CLAIM = "roles"; // the provider sends no such claim: no groups, no access
    try {
      const a = await aanmelden("sub-anna");
      expect(a.status).toBe(403);
      expect(a.data).toMatchObject({ reden: "geen_toegang" });
    } finally {
      delete process.env.AFSPRAAK_OIDC_GROUPS_CLAIM;
    }
  });
});
