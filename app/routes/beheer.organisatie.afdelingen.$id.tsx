import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { afdelingPagina, bewaarAfdeling, idUitUrl } from "~/features/organisatie/structuur-pagina.server";
import { StatusKeuze } from "~/features/organisatie/components/status";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:org.afdelingBewerken", "beheer:titel");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(afdelingPagina(idUitUrl(params.id), new URL(request.url)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const id = idUitUrl(params.id);
  const r = bewaarAfdeling(user, id, await leesInvoer(request), context, taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function AfdelingBewerken() {
  const { afdeling: a, opgeslagen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;
  const invoer = actionData?.invoer;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/organisatie" className="utrecht-link">
          {t("org.titel")}
        </Link>
      </p>
      <PageTitle>
        {t("org.afdelingBewerken")}: {a.naam}
      </PageTitle>
      {opgeslagen && !actionData ? <Melding soort="ok">{t("opgeslagen")}</Melding> : null}
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      <Form method="post" className="afs-beheer-formulier" noValidate>
        <input type="hidden" name="versie" value={a.versie} />
        <TekstVeld id="naam" label={t("org.naam")} required maxLength={120} defaultValue={invoer?.naam ?? a.naam} fout={fouten.naam} key={`n${a.versie}`} />
        <StatusKeuze waarde={invoer?.actief ?? (a.actief ? "ja" : "nee")} fout={fouten.actief} />
        <Knop disabled={nav.state === "submitting"}>{t("opslaan")}</Knop>
      </Form>
    </>
  );
}
