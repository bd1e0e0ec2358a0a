import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { sessionFromRequest } from "~/platform/auth/sessies.server";
import { uitloggen } from "~/features/inloggen/inloggen.server";
import { providerUitlogAdres } from "~/features/sso/aanmelding.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, sessionId } = await sessionFromRequest(request);
  // Single logout: a session from the organisation's provider ends there too (RP-initiated logout), which
  // sends the browser back to /inloggen?uitgelogd=1. Looked up before the session (and its SSO row) is gone.
  const provider = await providerUitlogAdres(request, sessionId);
  const cookie = await uitloggen(sessionId, user, context);
  return redirect(provider ?? "/inloggen?uitgelogd=1", { headers: { "Set-Cookie": cookie } });
}
