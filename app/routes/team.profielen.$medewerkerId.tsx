import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { eisProfielToegang } from "~/features/coaching/coaching.server";
import { laadProfielPagina } from "~/features/coaching/profiel.server";
import { verwerkProfielActie } from "~/features/coaching/formulieren.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import css from "~/styles/coaching.css";
import { ProfielInhoud } from "~/features/coaching/components/profiel";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "coaching:profiel.paginaTitel", "werk:team.titel");

/** A manager's view of ONE of their own employees: only their leidinggevende(n) (and the employee) pass. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const medewerkerId = params.medewerkerId ?? "";
  eisProfielToegang(user, context, medewerkerId, { alleen: "leidinggevende" });
  return data(laadProfielPagina(user, context, medewerkerId));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const medewerkerId = params.medewerkerId ?? "";
  eisProfielToegang(user, context, medewerkerId, { alleen: "leidinggevende" });
  const r = verwerkProfielActie(await leesInvoer(request), context, user, medewerkerId, taalVan(request));
  return data(r, { status: r.ok ? 200 : 400 });
}

export default function ProfielMedewerker() {
  const d = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const { t } = useTranslation("coaching");
  const naam = d.profiel.medewerker.naam;
  return (
    <>
      <PageTitle intro={t("profiel.intro", { naam })}>{t("profiel.titel", { naam })}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/team/profielen" className="utrecht-link">
          {t("profiel.terug")}
        </Link>
      </p>
      <ProfielInhoud d={d} actie={actie} leidinggevende />
    </>
  );
}
