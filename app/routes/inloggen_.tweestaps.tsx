import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { leesInvoer } from "~/platform/web/formulier.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { instelPagina, verwerkInstellen } from "~/features/tweestaps/pagina.server";
import { Herstelcodes, UitlogKnop } from "~/features/tweestaps/components/tweestaps";
import css from "~/styles/tweestaps.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "tweestaps:instellen.titel");

/** Setting up TOTP: QR code (an SVG data URL rendered on the server) and the key as text; then ten recovery codes. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const r = await instelPagina(request, context);
  if ("naar" in r) throw redirect(r.naar, r.setCookie ? { headers: { "Set-Cookie": r.setCookie } } : undefined);
  return data(r.antwoord);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const r = await verwerkInstellen(request, context, await leesInvoer(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function TweestapsInstellen() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const bezig = useNavigation().state === "submitting";
  const { t } = useTranslation("tweestaps");
  if (a?.herstelcodes) {
    return (
      <div className="afs-smal">
        <PageTitle>{t("instellen.klaar")}</PageTitle>
        <Melding soort="ok">{t("instellen.klaar")}</Melding>
        <p className="utrecht-paragraph">{t("instellen.herstelIntro")}</p>
        <Herstelcodes codes={a.herstelcodes} />
        <p className="utrecht-paragraph">
          <Link to={a.terug} className="utrecht-link" reloadDocument>
            {t("instellen.doorgaan")}
          </Link>
        </p>
      </div>
    );
  }
  if (!d.gegevens) {
    return (
      <div className="afs-smal">
        <PageTitle>{t("instellen.klaar")}</PageTitle>
        <p className="utrecht-paragraph">
          <Link to="/profiel/beveiliging" className="utrecht-link">
            {t("profiel.link")}
          </Link>
        </p>
      </div>
    );
  }
  const intro = d.reden === "export" ? t("instellen.introExport") : d.verplicht ? t("instellen.introVerplicht") : t("instellen.intro");
  return (
    <div className="afs-smal">
      <PageTitle intro={intro}>{t("instellen.titel")}</PageTitle>
      <p className="utrecht-paragraph">{t("instellen.stap1")}</p>
      <img src={d.gegevens.qr} alt={t("instellen.qrAlt")} width={220} height={220} className="afs-qr" data-otpauth={d.gegevens.uri} />
      <p className="utrecht-paragraph">{t("instellen.stap2")}</p>
      <p className="utrecht-paragraph">
        {t("instellen.sleutel")}: <code className="afs-geheim" data-testid="tweestaps-sleutel">{d.gegevens.geheimTekst}</code>
      </p>
      <p className="utrecht-paragraph">{t("instellen.stap3")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="terug" value={d.terug} />
        <TekstVeld id="code" label={t("instellen.veld")} autoComplete="one-time-code" inputMode="numeric" required maxLength={7} fout={a?.fouten?.code} />
        <Knop disabled={bezig}>{t("instellen.knop")}</Knop>
      </Form>
      {d.verplicht ? <UitlogKnop label={t("code.annuleren")} /> : null}
    </div>
  );
}
