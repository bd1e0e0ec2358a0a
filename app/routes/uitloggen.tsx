import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { sessionFromRequest } from "~/platform/auth/sessies.server";
import { uitloggen } from "~/features/inloggen/inloggen.server";
import { providerUitlogAdres } from "~/features/sso/aanmelding.server";
import { ProviderUitloggen } from "~/features/sso/components/weigering";

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, sessionId } = await sessionFromRequest(request);
  // Single logout: a session from the organisation's provider ends there too (RP-initiated logout), which
  // sends the browser back to /inloggen?uitgelogd=1. Looked up before the session (and its SSO row) is gone.
  const provider = await providerUitlogAdres(request, sessionId);
  const cookie = await uitloggen(sessionId, user, context);
  // A plain form post (no JavaScript) may not be redirected to another origin (CSP form-action 'self'): it
  // gets a page with the link to the provider instead.
  if (provider && request.headers.get("Sec-Fetch-Mode") === "navigate") return data(provider, { headers: { "Set-Cookie": cookie } });
  return redirect(provider?.url ?? "/inloggen?uitgelogd=1", { headers: { "Set-Cookie": cookie } });
}

export default function Uitloggen() {
  const p = useActionData<typeof action>();
  return p ? <ProviderUitloggen url={p.url} naam={p.naam} /> : null;
}
