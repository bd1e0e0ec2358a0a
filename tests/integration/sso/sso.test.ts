/**
 * Single sign-on against a real OpenID provider (oidc-provider on loopback, testprovider.ts): the real routes
 * (/inloggen/sso, /inloggen/sso/terug, /uitloggen), the real provider's login form, token endpoint, JWKS and
 * end-session endpoint. Nothing of the OIDC exchange is mocked; the tampered tokens come out of the provider's
 * own token endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { bewaarBeleid, bewaarVerbinding, koppelGroep, ssoInstellingen } from "../../../app/features/sso/instellingen.server";
import { vergeetConfiguratie } from "../../../app/features/sso/oidc.server";
import { groepenUit, mfaInToken } from "../../../app/features/sso/aanmelding.server";
import { inloggen } from "../../../app/features/inloggen/inloggen.server";
import { teamOverzicht } from "../../../app/features/werklijsten/werklijsten.server";
import { DEMO_WACHTWOORD } from "../../../app/features/demodata/seed.server";
import { loader as inlogLoader } from "../../../app/routes/inloggen";
import { action as uitlogAction } from "../../../app/routes/uitloggen";
import { projectieRij, teamId } from "../werklijsten/helpers";
import { startTestProvider, TEST_GEBRUIKERS, type TestProvider } from "./testprovider";
import { aanmelden, alsResponse, BASIS, bijProvider, ctx, gebruikerVan, laatsteAudit, medewerkerVan, Pot, roep, startLoader, terugLoader } from "./helpers";

const beheerder = { id: null, naam: "test" };
let op: TestProvider;

beforeAll(async () => {
  op = await startTestProvider({ redirectUris: [`${BASIS}/inloggen/sso/terug`], postLogoutRedirectUris: [`${BASIS}/inloggen/uitgelogd`] });
  vergeetConfiguratie();
  const r = bewaarVerbinding({ issuer: op.issuer, clientId: op.clientId, clientSecret: op.clientSecret, groepenClaim: "groups", naam: "Gemeente Voorbeeld", actief: true, versie: 0 }, beheerder, null);
  expect(r.ok).toBe(true);
  const koppel = (groep: string, rol: string | null, team: string | null) =>
    expect(koppelGroep({ groep, rol: rol as never, teamId: team ? teamId(team) : null }, beheerder, null).ok).toBe(true);
  koppel("afspraak-medewerkers", "medewerker", null);
  koppel("afspraak-teamleiders", "teamleider", null);
  koppel("afspraak-regieteam", "regieteam", null);
  koppel("afspraak-beheer", "beheerder", null);
  koppel("kcc-telefonie", null, "KCC Telefonie");
  koppel("kcc-balie", null, "KCC Balie");
  koppel("regieteam", null, "Regieteam Dienstverlening");
  koppel("informatiebeheer", null, "Informatiebeheer");
});

afterAll(async () => {
  await op?.stop();
});

describe("inloggen via de identity provider", () => {
  it("de inlogpagina toont 'Inloggen met <organisatie>' en welke instellingen actief zijn", async () => {
    const r = await roep(inlogLoader as never, `${BASIS}/inloggen`, "");
    expect((r.data as { keuzes: unknown }).keuzes).toEqual({ sso: { naam: "Gemeente Voorbeeld" }, wachtwoordenUit: false });
    expect(ssoInstellingen().bron).toBe("beheer");
  });

  it("de eerste aanmelding maakt de medewerker aan met de rol en het team uit de groepen, gekoppeld op sub", async () => {
    const a = await aanmelden("sub-anna");
    expect(a.status).toBe(302);
    const u = await gebruikerVan(a.sessie);
    expect(u).toMatchObject({ naam: "Anna de Boer", email: "anna@sso.voorbeeld.nl", rollen: ["medewerker"] });
    expect(medewerkerVan("sub-anna")).toMatchObject({ team: "KCC Telefonie", actief: 1 });
    expect(laatsteAudit()).toMatchObject({ resultaat: "ok", actor_id: u!.id, details: { methode: "sso", subject: "sub-anna", nieuw: true, rollen: ["medewerker"] } });
    expect(laatsteAudit("medewerker.aangemaakt").details).toMatchObject({ methode: "sso", subject: "sub-anna" });
  });

  it("elke rol komt uit zijn groep: teamleider, regieteam en beheerder (met MFA bij de provider)", async () => {
    for (const [sub, rol, team] of [
      ["sub-tom", "teamleider", "KCC Balie"],
      ["sub-rita", "regieteam", "Regieteam Dienstverlening"],
      ["sub-bea", "beheerder", "Informatiebeheer"],
    ] as const) {
      const a = await aanmelden(sub);
      expect(a.status, sub).toBe(302);
      expect((await gebruikerVan(a.sessie))!.rollen).toEqual([rol]);
      expect(medewerkerVan(sub)!.team).toBe(team);
    }
  });

  it("een naam of weergavenaam koppelt nooit: dezelfde naam met een ander sub is een andere medewerker", async () => {
    op.gebruikers.set("sub-anna-2", { ...TEST_GEBRUIKERS["sub-anna"]!, email: "anna.deboer@sso.voorbeeld.nl" });
    TEST_GEBRUIKERS["sub-anna-2"] = op.gebruikers.get("sub-anna-2")!;
    const a = await aanmelden("sub-anna-2");
    expect(a.status).toBe(302);
    expect(medewerkerVan("sub-anna-2")!.id).not.toBe(medewerkerVan("sub-anna")!.id);
  });

  it("een groepswijziging geldt bij de volgende aanmelding", async () => {
    const eerst = await aanmelden("sub-anna");
    expect((await gebruikerVan(eerst.sessie))!.rollen).toEqual(["medewerker"]);
    op.gebruikers.get("sub-anna")!.groepen = ["afspraak-medewerkers", "afspraak-teamleiders", "kcc-balie"];
    const daarna = await aanmelden("sub-anna", { provider: eerst.provider }); // same browser: the provider session is reused
    expect(daarna.status).toBe(302);
    expect((await gebruikerVan(daarna.sessie))!.rollen).toEqual(["medewerker", "teamleider"]);
    expect(medewerkerVan("sub-anna")!.team).toBe("KCC Balie");
    expect(laatsteAudit("medewerker.sso_bijgewerkt").details).toMatchObject({ voor: { rollen: ["medewerker"] }, na: { rollen: ["medewerker", "teamleider"] } });
    op.gebruikers.get("sub-anna")!.groepen = [...TEST_GEBRUIKERS["sub-anna"]!.groepen];
    expect((await aanmelden("sub-anna")).status).toBe(302);
    expect(medewerkerVan("sub-anna")!.team).toBe("KCC Telefonie");
  });

  it("wie geen groep met toegang meer heeft, wordt geweigerd; zijn sessies eindigen en zijn open werk staat bij de teamleider", async () => {
    const eerder = await aanmelden("sub-anna");
    const anna = medewerkerVan("sub-anna")!;
    projectieRij({ eigenaarId: anna.id, teamId: anna.teamId, titel: "werk van anna" });
    expect(await gebruikerVan(eerder.sessie)).not.toBeNull();

    op.gebruikers.get("sub-anna")!.groepen = ["kcc-telefonie"]; // team group only: no role
    const a = await aanmelden("sub-anna");
    expect(a.status).toBe(403);
    expect(a.data).toMatchObject({ reden: "geen_toegang", uitleg: "geen_toegang", opnieuw: false });
    expect(a.sessie).toBeNull();
    expect(await gebruikerVan(eerder.sessie)).toBeNull(); // the open session ended too
    expect(medewerkerVan("sub-anna")!.actief).toBe(0);
    expect(laatsteAudit()).toMatchObject({ resultaat: "geweigerd", details: { methode: "sso", reden: "geen_toegang" } });

    const lid = teamOverzicht(anna.teamId!).leden.find((l) => l.id === anna.id);
    expect(lid).toMatchObject({ actief: false, geenToegang: true, open: 1 });

    // access granted again: the next sign-in re-activates the account
    op.gebruikers.get("sub-anna")!.groepen = [...TEST_GEBRUIKERS["sub-anna"]!.groepen];
    const weer = await aanmelden("sub-anna");
    expect(weer.status).toBe(302);
    expect(medewerkerVan("sub-anna")!.actief).toBe(1);
    expect(teamOverzicht(anna.teamId!).leden.find((l) => l.id === anna.id)).toMatchObject({ actief: true, geenToegang: false });
  });

  it("wie nooit een groep met toegang had, krijgt geen account", async () => {
    const a = await aanmelden("sub-zoe");
    expect(a.status).toBe(403);
    expect(a.data).toMatchObject({ reden: "geen_toegang" });
    expect(medewerkerVan("sub-zoe")).toBeUndefined();
  });

  it("een rol die MFA vereist wordt geweigerd als het token geen tweede factor meldt (amr)", async () => {
    const a = await aanmelden("sub-bert");
    expect(a.status).toBe(403);
    expect(a.data).toMatchObject({ reden: "mfa_vereist", uitleg: "mfa_vereist", rollen: "beheerder" });
    expect(a.sessie).toBeNull();
    expect(laatsteAudit().details).toMatchObject({ reden: "mfa_vereist", amr: ["pwd"] });
    expect(medewerkerVan("sub-bert")).toBeUndefined();
  });
});

describe("MFA van de provider: amr en acr", () => {
  it("een acr die de beheerder als tweestapsverificatie opgeeft (Keycloak's niveau 2) telt; zonder die opgave niet", async () => {
    const zonder = await aanmelden("sub-karin");
    expect(zonder.data).toMatchObject({ reden: "mfa_vereist" });
    expect(laatsteAudit().details).toMatchObject({ acr: "2", amr: ["pwd"] });
    const s = ssoInstellingen();
    expect(bewaarBeleid({ wachtwoordenUit: false, noodBeheerderId: s.noodBeheerderId, mfaAcr: ["2"], versie: s.versie }, beheerder, null).ok).toBe(true);
    try {
      const met = await aanmelden("sub-karin");
      expect(met.status).toBe(302);
      expect((await gebruikerVan(met.sessie))!.rollen).toEqual(["beheerder"]);
    } finally {
      expect(bewaarBeleid({ wachtwoordenUit: false, noodBeheerderId: s.noodBeheerderId, mfaAcr: [], versie: ssoInstellingen().versie }, beheerder, null).ok).toBe(true);
    }
  });

  it("leest amr volgens RFC 8176 en herkent Entra's groepen-overschot (_claim_names)", () => {
    expect(mfaInToken({ amr: ["pwd", "mfa"] }, [])).toBe(true);
    expect(mfaInToken({ amr: ["pwd", "hwk"] }, [])).toBe(true);
    expect(mfaInToken({ amr: ["pwd"] }, [])).toBe(false);
    expect(mfaInToken({ amr: "mfa" }, [])).toBe(false); // not an array: not trusted
    expect(mfaInToken({ acr: "2" }, [])).toBe(false);
    expect(mfaInToken({ acr: "2" }, ["2"])).toBe(true);
    expect(groepenUit({ groups: ["a", "b", 3] }, "groups")).toEqual(["a", "b"]);
    expect(groepenUit({ _claim_names: { groups: "src1" }, _claim_sources: { src1: { endpoint: "https://graph.microsoft.com/…" } } }, "groups")).toBe("overschot");
    expect(groepenUit({}, "groups")).toEqual([]);
  });
});

describe("aanvallen worden geweigerd", () => {
  for (const [knoei, omschrijving] of [
    ["vervalst", "een ID-token ondertekend met een andere sleutel"],
    ["verlopen", "een verlopen ID-token"],
    ["andere_audience", "een ID-token voor een andere toepassing (audience)"],
  ] as const) {
    it(`${omschrijving}`, async () => {
      op.knoeien = knoei;
      try {
        const a = await aanmelden("sub-tom");
        expect(a.status).toBe(400);
        expect(a.data).toMatchObject({ reden: "token_ongeldig" });
        expect(a.sessie).toBeNull();
        expect(laatsteAudit()).toMatchObject({ resultaat: "geweigerd", details: { methode: "sso", reden: "token_ongeldig" } });
      } finally {
        op.knoeien = null;
      }
    });
  }

  it("een hergebruikte state (dezelfde terugkeer nog eens)", async () => {
    const a = await aanmelden("sub-tom");
    expect(a.status).toBe(302);
    const nogEens = await roep(terugLoader as never, a.callback, a.flowCookie);
    expect(nogEens.status).toBe(400);
    expect(nogEens.data).toMatchObject({ reden: "onbekende_state" });
    expect(nogEens.headers.getSetCookie().some((c) => c.startsWith("afspraak_sessie=") && !c.startsWith("afspraak_sessie=;"))).toBe(false);
  });

  it("een terugkeer in een andere browser dan waar het inloggen begon (geen binding-cookie)", async () => {
    const start = await roep(startLoader as never, `${BASIS}/inloggen/sso`, "");
    const cb = await bijProvider(start.headers.get("location")!, new Pot(), { gebruiker: "sub-tom", wachtwoord: TEST_GEBRUIKERS["sub-tom"]!.wachtwoord });
    const r = await roep(terugLoader as never, cb, "");
    expect(r.status).toBe(400);
    expect(r.data).toMatchObject({ reden: "binding" });
  });

  it("zonder PKCE-verifier: Afspraak weigert, en de provider geeft voor een code zonder verifier geen token", async () => {
    const a = await aanmelden("sub-tom", {
      voorCallback: (callback) => {
        const state = new URL(callback).searchParams.get("state")!;
        getDatabase().sqlite.prepare("UPDATE sso_flows SET code_verifier = NULL WHERE state = ?").run(state);
      },
    });
    expect(a.status).toBe(400);
    expect(a.data).toMatchObject({ reden: "geen_verifier" });
    expect(a.sessie).toBeNull();

    // The provider binds the code to the PKCE challenge: exchanging a code without the verifier fails there too.
    const start = await roep(startLoader as never, `${BASIS}/inloggen/sso`, "");
    const cb = await bijProvider(start.headers.get("location")!, new Pot(), { gebruiker: "sub-tom", wachtwoord: TEST_GEBRUIKERS["sub-tom"]!.wachtwoord });
    const zonder = await fetch(`${op.issuer}/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Basic ${Buffer.from(`${op.clientId}:${op.clientSecret}`).toString("base64")}` },
      body: new URLSearchParams({ grant_type: "authorization_code", code: new URL(cb).searchParams.get("code")!, redirect_uri: `${BASIS}/inloggen/sso/terug` }),
    });
    expect(zonder.status).toBe(400);
    expect(((await zonder.json()) as { error: string }).error).toBe("invalid_grant");
  });

  it("een foutmelding van de provider (afgebroken inloggen) en een terugkeer zonder state", async () => {
    const start = await roep(startLoader as never, `${BASIS}/inloggen/sso`, "");
    const cookie = new Pot();
    cookie.neem(start.headers);
    const state = new URL(start.headers.get("location")!).searchParams.get("state")!;
    const afgebroken = await roep(terugLoader as never, `${BASIS}/inloggen/sso/terug?error=access_denied&state=${state}&iss=${encodeURIComponent(op.issuer)}`, cookie.header);
    expect(afgebroken.status).toBe(400);
    expect(afgebroken.data).toMatchObject({ reden: "provider_fout" });
    const leeg = await roep(terugLoader as never, `${BASIS}/inloggen/sso/terug`, "");
    expect(leeg.data).toMatchObject({ reden: "geen_state" });
  });
});

describe("uitloggen en wachtwoorden", () => {
  it("uitloggen beëindigt de sessie in Afspraak én bij de provider (RP-initiated logout)", async () => {
    const a = await aanmelden("sub-rita");
    expect(await gebruikerVan(a.sessie)).not.toBeNull();
    const res = (await uitlogAction({ request: new Request(`${BASIS}/uitloggen`, { method: "POST", headers: { Cookie: a.afspraak.header } }), context: ctx, params: {} } as never)) as Response;
    expect(res.status).toBe(302);
    const naar = new URL(res.headers.get("location")!);
    expect(naar.pathname).toBe("/session/end");
    expect(naar.origin).toBe(op.issuer);
    expect(naar.searchParams.get("id_token_hint")).toBeTruthy();
    expect(naar.searchParams.get("post_logout_redirect_uri")).toBe(`${BASIS}/inloggen/uitgelogd`);
    expect(await gebruikerVan(a.sessie)).toBeNull(); // Afspraak's session is gone

    // the browser follows to the provider, which asks for confirmation (its logout form), then sends it back
    const pagina = await fetch(naar, { headers: { Cookie: a.provider.header }, redirect: "manual" });
    a.provider.neem(pagina);
    const html = await pagina.text();
    const actie = new URL(/<form[^>]*action="([^"]+)"/.exec(html)![1]!, naar).href;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const bevestig = await fetch(actie, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: a.provider.header, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ xsrf, logout: "yes" }),
    });
    a.provider.neem(bevestig);
    expect(bevestig.status).toBe(303);
    expect(bevestig.headers.get("location")).toBe(`${BASIS}/inloggen/uitgelogd`);
    expect(op.uitgelogd).toContain("sub-rita");

    // the provider session is gone: a new sign-in in the same browser asks for the password again
    const start = await roep(startLoader as never, `${BASIS}/inloggen/sso`, "");
    await expect(bijProvider(start.headers.get("location")!, a.provider, null)).rejects.toThrow(/vraagt om in te loggen/);
  });

  it("zonder JavaScript (een gewone form-post, die CSP niet naar een ander domein laat doorsturen) krijgt de browser een pagina met de link naar de provider", async () => {
    const a = await aanmelden("sub-tom");
    const r = alsResponse(
      await uitlogAction({ request: new Request(`${BASIS}/uitloggen`, { method: "POST", headers: { Cookie: a.afspraak.header, "Sec-Fetch-Mode": "navigate" } }), context: ctx, params: {} } as never),
    );
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({ naam: "Gemeente Voorbeeld", url: expect.stringContaining(`${op.issuer}/session/end?`) });
    expect(r.headers.getSetCookie().some((c) => c.startsWith("afspraak_sessie=;"))).toBe(true);
    expect(await gebruikerVan(a.sessie)).toBeNull();
  });

  it("lokale wachtwoorden uit: alleen het noodaccount van de beheerder logt nog met een wachtwoord in", async () => {
    const laura = getDatabase().sqlite.prepare("SELECT id FROM medewerkers WHERE email = 'laura@voorbeeld.nl'").get() as { id: string };
    const v = ssoInstellingen().versie;
    expect(bewaarBeleid({ wachtwoordenUit: true, noodBeheerderId: null, mfaAcr: [], versie: v }, beheerder, null)).toMatchObject({ ok: false, fouten: { noodBeheerderId: [expect.any(String)] } });
    expect(bewaarBeleid({ wachtwoordenUit: true, noodBeheerderId: laura.id, mfaAcr: [], versie: v }, beheerder, null).ok).toBe(true);
    try {
      const fatima = await inloggen("fatima@voorbeeld.nl", DEMO_WACHTWOORD, ctx as never);
      expect(fatima).toMatchObject({ ok: false, reden: "wachtwoord_uit" });
      expect(fatima.ok ? "" : fatima.melding).toContain("Inloggen met Gemeente Voorbeeld");
      expect((await inloggen("laura@voorbeeld.nl", DEMO_WACHTWOORD, ctx as never)).ok).toBe(true);
      const pagina = await roep(inlogLoader as never, `${BASIS}/inloggen`, "");
      expect((pagina.data as { keuzes: unknown }).keuzes).toEqual({ sso: { naam: "Gemeente Voorbeeld" }, wachtwoordenUit: true });
    } finally {
      expect(bewaarBeleid({ wachtwoordenUit: false, noodBeheerderId: laura.id, mfaAcr: [], versie: ssoInstellingen().versie }, beheerder, null).ok).toBe(true);
    }
  });
});
