import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { taalCookie } from "~/platform/i18n/taal.server";
import { veiligTerug } from "./inloggen";

export async function loader() {
  return redirect("/");
}

/** Language switch (works without JavaScript); available to everyone, also before login. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const taal = form.get("taal") === "en" ? "en" : "nl";
  return redirect(veiligTerug(String(form.get("terug") ?? "")), { headers: { "Set-Cookie": taalCookie(taal) } });
}
