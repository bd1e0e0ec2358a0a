import type { LoaderFunctionArgs } from "@remix-run/node";
import { optionalUser } from "~/platform/auth/permissions.server";
import { redirect } from "@remix-run/node";

/** Unknown paths: anonymous visitors go to the login page, logged-in users get the 404 page (the root error boundary, in their language). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await optionalUser(request);
  if (!user) return redirect("/inloggen");
  throw new Response("Niet gevonden", { status: 404 });
}

export async function action() {
  throw new Response("Niet gevonden", { status: 404 });
}

export default function NietGevonden() {
  return null;
}
