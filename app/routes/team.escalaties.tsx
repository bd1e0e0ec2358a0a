import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { EscalatieTabel } from "~/features/werklijsten/components/escalaties";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { bevestigEscalatieFormulier, escalatiePagina } from "~/features/werklijsten/team.server";
import { origin } from "~/platform/audit/audit.server";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "werk:escalaties.titel", "werk:team.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  return data(escalatiePagina(user));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const r = bevestigEscalatieFormulier(user, "team", await leesInvoer(request), origin(context));
  return data(r, { status: r.ok ? 200 : r.reden === "ongeldig" ? 400 : 403 });
}

export default function Escalaties() {
  const d = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const { t } = useTranslation("werk");
  return (
    <>
      <PageTitle intro={t("escalaties.intro")}>{t("escalaties.titel")}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/team" className="utrecht-link">
          {t("escalaties.terug")}
        </Link>
      </p>
      {actie ? (
        actie.ok ? (
          <Melding soort="ok">
            <p className="utrecht-paragraph">{t("escalaties.bevestigd")}</p>
          </Melding>
        ) : (
          <Melding soort="fout">
            <p className="utrecht-paragraph">{actie.melding}</p>
          </Melding>
        )
      ) : null}
      {d.escalaties.length ? <ExportKnoppen pad="/team/escalaties/export" label={t("escalaties.downloaden")} /> : null}
      <EscalatieTabel
        escalaties={d.escalaties}
        toewijzenLink={(e) => (e.eigenaarId ? `/team?eigenaar=${encodeURIComponent(e.eigenaarId)}&status=te_laat#team-lijst` : null)}
      />
    </>
  );
}
