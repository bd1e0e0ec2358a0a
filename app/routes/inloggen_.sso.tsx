/** GET /inloggen/sso: starts signing in with the organisation's OpenID provider (authorisation code flow with PKCE). */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { optionalUser } from "~/platform/auth/permissions.server";
import { begin } from "~/features/sso/aanmelding.server";
import { SsoWeigering } from "~/features/sso/components/weigering";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { veiligTerug } from "./inloggen";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "login.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const terug = veiligTerug(new URL(request.url).searchParams.get("terug"));
  if (await optionalUser(request)) return redirect(terug);
  const r = await begin(request, terug, context);
  if ("fout" in r) return data(r.fout, { status: r.status });
  return redirect(r.naar, { headers: { "Set-Cookie": r.cookie } });
}

export default function SsoStart() {
  return <SsoWeigering p={useLoaderData<typeof loader>()} />;
}
