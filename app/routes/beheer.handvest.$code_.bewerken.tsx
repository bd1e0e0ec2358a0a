import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { taalVanMatches, vertaal } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { bewaarNieuweVersie, nieuweVersiePagina } from "~/features/handvest/pagina.server";
import { NormVelden } from "~/features/handvest/components/norm-velden";
import { NormMelding } from "~/features/handvest/components/norm-melding";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => {
  const taal = taalVanMatches(matches);
  return [{ title: `${vertaal(taal, "handvest:bewerken.titel", { code: d?.code ?? vertaal(taal, "handvest:detail.normKlein") })} – ${vertaal(taal, "beheer:titel")} – Afspraak` }];
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(nieuweVersiePagina(params.code ?? ""));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = bewaarNieuweVersie(user, params.code ?? "", await leesInvoer(request), context, taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function NieuweVersie() {
  const { code, verwachteVersie, invoer, opties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("handvest");
  const basis = actionData?.laatsteVersie ?? verwachteVersie;
  return (
    <div className="afs-handvest-formulier">
      <p className="utrecht-paragraph">
        <Link to={`/beheer/handvest/${code}`} className="utrecht-link">
          {t("bewerken.annuleren")}
        </Link>
      </p>
      <PageTitle intro={t("bewerken.intro", { versie: basis + 1 })}>{t("bewerken.titel", { code })}</PageTitle>
      <NormMelding melding={actionData?.melding} conflict={actionData?.conflict} code={code} />
      <Form method="post" noValidate>
        <input type="hidden" name="verwachteVersie" value={basis} />
        <NormVelden invoer={actionData?.invoer ?? invoer} fouten={actionData?.fouten ?? {}} opties={opties} metCode={false} />
        <Knop disabled={nav.state === "submitting"}>{t("bewerken.knop")}</Knop>
      </Form>
    </div>
  );
}
