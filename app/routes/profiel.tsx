import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { laadProfielPagina } from "~/features/coaching/profiel.server";
import { verwerkProfielActie } from "~/features/coaching/formulieren.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import css from "~/styles/coaching.css";
import { ProfielInhoud } from "~/features/coaching/components/profiel";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "coaching:profiel.eigenTitel");

/** The employee's own coaching profile: facts, agreements, notes (and reactions). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(laadProfielPagina(user, context, user.id));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const r = verwerkProfielActie(await leesInvoer(request), context, user, user.id, taalVan(request));
  return data(r, { status: r.ok ? 200 : 400 });
}

export default function MijnProfiel() {
  const d = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const { t } = useTranslation("coaching");
  return (
    <>
      <PageTitle intro={t("profiel.eigenIntro")}>{t("profiel.eigenTitel")}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/profiel/beveiliging" className="utrecht-link">
          {t("tweestaps:profiel.link")}
        </Link>
      </p>
      <ProfielInhoud d={d} actie={actie} leidinggevende={false} />
    </>
  );
}
