import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { tweedeStapPad } from "~/platform/auth/permissions.server";
import { sessionFromRequest } from "~/platform/auth/sessies.server";
import { inloggen } from "~/features/inloggen/inloggen.server";
import { apparaatUitRequest } from "~/features/inloggen/apparaat.server";
import { leesInvoer, valideer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel, vertaal } from "~/platform/i18n/vertaal";
import { inlogKeuzes } from "~/features/sso/instellingen.server";
import { SsoKnop } from "~/features/sso/components/weigering";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "login.titel");

/** Only same-site relative paths are followed after login. */
export function veiligTerug(terug: string | null | undefined): string {
  if (!terug || !terug.startsWith("/") || terug.startsWith("//") || terug.startsWith("/\\")) return "/mijn-werk";
  return terug;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { user, half } = await sessionFromRequest(request);
  if (user) return redirect(veiligTerug(url.searchParams.get("terug")));
  if (half) return redirect(tweedeStapPad(half, url.searchParams.get("terug")));
  return data({
    terug: url.searchParams.get("terug") ?? "",
    uitgelogd: url.searchParams.has("uitgelogd"),
    wachtwoordIngesteld: url.searchParams.get("wachtwoord") === "ingesteld",
    keuzes: inlogKeuzes(),
  });
}

const Schema = z.object({
  email: z.string({ error: "common:login.verplichtEmail" }).trim().min(1, "common:login.verplichtEmail").max(200, "common:login.maxEmail"),
  wachtwoord: z.string({ error: "common:login.verplichtWachtwoord" }).min(1, "common:login.verplichtWachtwoord").max(200, "common:login.maxWachtwoord"),
  terug: z.string().optional(),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await leesInvoer(request);
  const taal = taalVan(request);
  const parsed = valideer(Schema, form, taal);
  if (!parsed.ok) {
    return data({ fouten: parsed.fouten, melding: null, email: String(form.email ?? "").slice(0, 200) }, { status: 400 });
  }
  const r = await inloggen(parsed.data.email, parsed.data.wachtwoord, context, apparaatUitRequest(request), request.headers.get("User-Agent"));
  if (!r.ok) {
    return data(
      {
        fouten: {} as Record<string, string[]>,
        melding: taal === "nl" ? r.melding : vertaal(taal, `login.fout.${r.reden}`, { minuten: r.minuten ?? 1, naam: r.naam ?? vertaal(taal, "login.fout.uwOrganisatie") }),
        email: parsed.data.email,
      },
      { status: r.reden === "geblokkeerd" ? 429 : 401 },
    );
  }
  const headers = new Headers();
  headers.append("Set-Cookie", r.cookie);
  headers.append("Set-Cookie", r.apparaatCookie);
  const naar = veiligTerug(parsed.data.terug);
  return redirect(r.fase === "volledig" ? naar : tweedeStapPad({ fase: r.fase }, naar), { headers });
}

export default function Inloggen() {
  const { terug, uitgelogd, wachtwoordIngesteld, keuzes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation();
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;
  return (
    <div className="afs-smal">
      <PageTitle intro={t("login.intro")}>{t("login.titel")}</PageTitle>
      {uitgelogd ? <Melding soort="ok">{t("login.uitgelogd")}</Melding> : null}
      {wachtwoordIngesteld ? <Melding soort="ok">{t("login.wachtwoordIngesteld")}</Melding> : null}
      {actionData?.melding ? (
        <Melding soort="fout" role="alert">
          <p className="utrecht-paragraph">{actionData.melding}</p>
        </Melding>
      ) : null}
      {keuzes.sso ? <SsoKnop naam={keuzes.sso.naam} terug={terug} /> : null}
      {keuzes.wachtwoordenUit ? <p className="utrecht-paragraph">{t("login.alleenNood")}</p> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="terug" value={terug} />
        <TekstVeld
          id="email"
          label={t("login.email")}
          type="email"
          autoComplete="username"
          autoFocus
          required
          defaultValue={actionData?.email ?? ""}
          fout={fouten.email}
        />
        <TekstVeld
          id="wachtwoord"
          label={t("login.wachtwoord")}
          type="password"
          autoComplete="current-password"
          required
          fout={fouten.wachtwoord}
        />
        <Knop disabled={nav.state === "submitting"}>{t("login.knop")}</Knop>
      </Form>
    </div>
  );
}
