import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { optionalUser } from "~/platform/auth/permissions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await optionalUser(request);
  return redirect(user ? "/mijn-werk" : "/inloggen");
}
