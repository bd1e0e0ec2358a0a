import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { linkInfo, ONGELDIGE_LINK, stelWachtwoordIn } from "~/features/inloggen/wachtwoord.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { paginaTitel, vertaal } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";

export const meta: MetaFunction = ({ matches }) => [...paginaTitel(matches, "beheer:ww.titel"), { name: "referrer", content: "no-referrer" }];

/**
 * Public: whoever holds a valid one-time link may set the password of that account. An invalid, expired or
 * used link gets one and the same message, so nothing is revealed about which case applies.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const info = linkInfo(params.token ?? "");
  return data(
    info
      ? { geldig: true as const, email: info.email, melding: null }
      : { geldig: false as const, email: null, melding: vertaal(taalVan(request), ONGELDIGE_LINK) },
    { status: info ? 200 : 404, headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await leesInvoer(request);
  const r = await stelWachtwoordIn(params.token ?? "", (form.wachtwoord ?? "").slice(0, 1000), (form.herhaling ?? "").slice(0, 1000), context, taalVan(request));
  if (r.ok) return redirect("/inloggen?wachtwoord=ingesteld");
  if (r.reden === "ongeldig") return data({ fouten: {} as Record<string, string[]>, melding: r.melding }, { status: 404 });
  return data({ fouten: r.fouten, melding: null }, { status: 400 });
}

export default function WachtwoordInstellen() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;
  const ongeldig = !loaderData.geldig || !!actionData?.melding;
  if (ongeldig) {
    return (
      <div className="afs-smal">
        <PageTitle>{t("ww.ongeldigTitel")}</PageTitle>
        <Melding soort="fout">
          <p className="utrecht-paragraph">{actionData?.melding ?? loaderData.melding}</p>
        </Melding>
        <p className="utrecht-paragraph">
          <Link to="/inloggen" className="utrecht-link">
            {t("ww.naarInloggen")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="afs-smal">
      <PageTitle intro={t("ww.intro", { email: loaderData.email })}>{t("ww.titel")}</PageTitle>
      <Form method="post" noValidate>
        <input type="email" name="username" autoComplete="username" value={loaderData.email ?? ""} readOnly hidden />
        <TekstVeld
          id="wachtwoord"
          label={t("ww.wachtwoord")}
          hint={t("ww.wachtwoordHint")}
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={200}
          fout={fouten.wachtwoord}
        />
        <TekstVeld
          id="herhaling"
          label={t("ww.herhaling")}
          type="password"
          autoComplete="new-password"
          required
          maxLength={200}
          fout={fouten.herhaling}
        />
        <Knop disabled={nav.state === "submitting"}>{t("ww.knop")}</Knop>
      </Form>
    </div>
  );
}
