import type { AppLoadContext } from "@remix-run/node";
import { probeerInloggen } from "./throttle.server";
import { startSessie, endSession } from "../../platform/auth/sessies.server";
import type { SessieFase } from "../../../db/schema";
import { audit, origin } from "../../platform/audit/audit.server";
import { apparaatCookie } from "./apparaat.server";
import { inlogKeuzes, wachtwoordToegestaan } from "../sso/instellingen.server";

export type InlogUitkomst =
  | {
      ok: true;
      cookie: string;
      /** Set-Cookie for the device cookie (a known device next time) */ apparaatCookie: string;
      /** `code`: the second factor is still due; `instellen`: MFA must be set up first (decision 011) */ fase: SessieFase;
    }
  | {
      ok: false;
      reden: "onjuist" | "geblokkeerd" | "inactief" | "wachtwoord_uit";
      /** Dutch; the values below let a page word it in another language (common:login.fout.<reden>) */ melding: string;
      minuten?: number;
      naam?: string;
    };

export async function inloggen(
  email: string,
  wachtwoord: string,
  context: AppLoadContext | undefined,
  apparaat: string | null = null,
  userAgent: string | null = null,
): Promise<InlogUitkomst> {
  const ip = context?.clientIp ?? "onbekend";
  const r = await probeerInloggen(email, wachtwoord, ip, apparaat);
  if (!r.ok) {
    audit({
      actor: null,
      actie: "inloggen",
      objectType: "sessie",
      objectId: null,
      resultaat: "geweigerd",
      oorsprong: origin(context),
      details: { reden: r.reden, account: email.trim().toLowerCase().slice(0, 200) },
    });
    return r;
  }
  // Local passwords switched off (single sign-on): only the break-glass beheerder. Checked after the password,
  // so the answer does not tell which account is the break-glass one.
  if (!wachtwoordToegestaan(r.medewerkerId)) {
    audit({ actor: { id: r.medewerkerId, naam: r.naam }, actie: "inloggen", objectType: "sessie", resultaat: "geweigerd", oorsprong: origin(context), details: { reden: "wachtwoord_uit" } });
    const naam = inlogKeuzes().sso?.naam ?? "uw organisatie";
    return { ok: false, reden: "wachtwoord_uit", melding: `Inloggen met een wachtwoord staat uit. Gebruik de knop "Inloggen met ${naam}".`, naam: inlogKeuzes().sso?.naam };
  }
  const { cookie, fase } = await startSessie(r.medewerkerId, { methode: "wachtwoord", userAgent, ip });
  audit({
    actor: { id: r.medewerkerId, naam: r.naam },
    actie: "inloggen",
    objectType: "sessie",
    resultaat: "ok",
    oorsprong: origin(context),
    details: fase === "volledig" ? null : { stap: fase === "code" ? "wachtwoord, code nog nodig" : "wachtwoord, tweestaps nog instellen" },
  });
  return { ok: true, cookie, apparaatCookie: apparaatCookie(r.apparaat), fase };
}

export async function uitloggen(
  sessionId: string | null,
  user: { id: string; naam: string } | null,
  context: AppLoadContext | undefined,
): Promise<string> {
  const cookie = await endSession(sessionId);
  if (user) audit({ actor: user, actie: "uitloggen", objectType: "sessie", resultaat: "ok", oorsprong: origin(context) });
  return cookie;
}
