/** GET /inloggen/sso/terug: the provider's callback. Checks state, binding, PKCE and the ID token, provisions, signs in. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { terug } from "~/features/sso/aanmelding.server";
import { SsoWeigering } from "~/features/sso/components/weigering";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { veiligTerug } from "./inloggen";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "login.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const r = await terug(request, context);
  const headers = new Headers();
  for (const c of r.cookies) headers.append("Set-Cookie", c);
  if (r.ok) return redirect(veiligTerug(r.naar), { headers });
  return data(r.pagina, { status: r.status, headers });
}

export default function SsoTerug() {
  return <SsoWeigering p={useLoaderData<typeof loader>()} />;
}
