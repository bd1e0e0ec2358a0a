import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { EscalatieTabel } from "~/features/werklijsten/components/escalaties";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { bevestigEscalatie, escalatieRegels, escalaties, geleideTeams } from "~/features/werklijsten/werklijsten.server";
import { origin } from "~/platform/audit/audit.server";
import { now } from "~/platform/clock";

export const meta: MetaFunction = () => [{ title: "Escalaties – Team – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const teams = geleideTeams(user.id);
  const nu = now();
  const lijst = escalaties(user.id, teams.map((t) => t.id));
  return data({
    teams: teams.map((t) => t.naam),
    escalaties: escalatieRegels(lijst, nu),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const form = await request.formData();
  const termijnId = Number(form.get("termijn"));
  const notitie = String(form.get("notitie") ?? "").slice(0, 1000);
  if (!Number.isInteger(termijnId) || termijnId <= 0) {
    return data({ ok: false as const, melding: "Deze escalatie bestaat niet (meer)." }, { status: 400 });
  }
  const teams = geleideTeams(user.id).map((t) => t.id);
  const r = bevestigEscalatie(user, teams, termijnId, notitie, origin(context));
  if (!r.ok) return data({ ok: false as const, melding: r.melding }, { status: 403 });
  return data({ ok: true as const, melding: null });
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
      {d.escalaties.length ? <ExportKnoppen pad="/team/escalaties/export" label="Escalaties downloaden" /> : null}
      <EscalatieTabel
        escalaties={d.escalaties}
        toewijzenLink={(e) => (e.eigenaarId ? `/team?eigenaar=${encodeURIComponent(e.eigenaarId)}&status=te_laat#team-lijst` : null)}
      />
    </>
  );
}
