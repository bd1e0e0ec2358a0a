import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { taalCookie } from "~/platform/i18n/taal.server";
import { veiligTerug } from "./inloggen";
import { leesInvoer } from "~/platform/web/formulier.server";

export async function loader() {
  return redirect("/");
}

/** Language switch (works without JavaScript); available to everyone, also before login. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await leesInvoer(request);
  const taal = form.taal === "en" ? "en" : "nl";
  return redirect(veiligTerug(form.terug ?? ""), { headers: { "Set-Cookie": taalCookie(taal) } });
}
