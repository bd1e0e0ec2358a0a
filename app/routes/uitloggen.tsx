import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { sessionFromRequest } from "~/platform/auth/sessies.server";
import { uitloggen } from "~/features/inloggen/inloggen.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, sessionId } = await sessionFromRequest(request);
  const cookie = await uitloggen(sessionId, user, context);
  return redirect("/inloggen?uitgelogd=1", { headers: { "Set-Cookie": cookie } });
}
