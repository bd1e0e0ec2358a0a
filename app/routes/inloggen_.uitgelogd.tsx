/**
 * GET /inloggen/uitgelogd: where the provider sends the browser after single logout (the post-logout redirect URI
 * registered at Entra ID / Keycloak, without a query string); shows the login page with "U bent uitgelogd".
 */
import { redirect } from "@remix-run/node";

export async function loader() {
  return redirect("/inloggen?uitgelogd=1");
}
