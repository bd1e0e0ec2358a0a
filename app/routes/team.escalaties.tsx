import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, StatusLabel } from "~/components/ui";
import { requireUser } from "~/server/permissions.server";
import { bevestigEscalatie, escalaties, geleideTeams } from "~/server/werklijsten.server";
import { origin } from "~/server/audit.server";
import { formatKort, formatRelatief } from "~/domain/kalender/format";
import { now } from "~/lib/clock";

export const meta: MetaFunction = () => [{ title: "Escalaties – Team – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const teams = geleideTeams(user.id);
  const nu = now();
  const lijst = escalaties(user.id, teams.map((t) => t.id));
  return data({
    teams: teams.map((t) => t.naam),
    escalaties: lijst.map((e) => ({
      termijnId: e.termijnId,
      id: e.afspraak.id,
      titel: e.afspraak.titel,
      link: e.afspraak.link,
      soortNaam: e.afspraak.soortNaam,
      eigenaar: e.afspraak.eigenaarNaam ?? (e.afspraak.teamNaam ? `${e.afspraak.teamNaam} (team)` : "—"),
      eigenaarId: e.afspraak.eigenaarId,
      verlopen: formatRelatief(e.termijnOp, nu).replace(/^uiterlijk /, ""),
      geescaleerd: formatKort(e.escalatieOp),
      naarRegieteam: e.naarRegieteam,
      bevestigd: e.bevestigdOp != null ? formatKort(e.bevestigdOp) : null,
    })),
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
      {d.escalaties.length === 0 ? (
        <Melding soort="info">
          <p className="utrecht-paragraph">{t("escalaties.leeg")}</p>
        </Melding>
      ) : (
        <div className="afs-tabel-container">
          <table className="afs-tabel utrecht-table">
            <caption className="afs-sr">{t("escalaties.titel")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("kolom.termijn")}</th>
                <th scope="col">{t("kolom.onderwerp")}</th>
                <th scope="col">{t("kolom.eigenaar")}</th>
                <th scope="col">{t("escalaties.geescaleerd")}</th>
                <th scope="col">{t("escalaties.gezien")}</th>
              </tr>
            </thead>
            <tbody>
              {d.escalaties.map((e) => (
                <tr key={e.termijnId}>
                  <td>
                    <span className="afs-termijn">
                      <StatusLabel status="te_laat" />
                      <span className="afs-termijn__tekst">
                        {t("escalaties.verlopen")}: {e.verlopen}
                      </span>
                    </span>
                  </td>
                  <td>
                    {e.soortNaam}:{" "}
                    <Link to={e.link} className="utrecht-link">
                      {e.titel}
                    </Link>
                  </td>
                  <td>
                    {e.eigenaar}
                    {e.eigenaarId ? (
                      <>
                        {" "}
                        <Link to={`/team?eigenaar=${encodeURIComponent(e.eigenaarId)}&status=te_laat#team-lijst`} className="utrecht-link">
                          {t("escalaties.toewijzen")}
                          <span className="afs-sr">: {e.titel}</span>
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {e.geescaleerd}
                    {e.naarRegieteam ? <div className="afs-zacht">{t("escalaties.regieteam")}</div> : null}
                  </td>
                  <td>
                    {e.bevestigd ? (
                      <span>
                        <span aria-hidden="true">✓ </span>
                        {t("escalaties.gezienOp", { op: e.bevestigd })}
                      </span>
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="termijn" value={e.termijnId} />
                        <Knop soort="secundair" aria-label={`${t("escalaties.bevestig")}: ${e.titel}`}>
                          {t("escalaties.bevestig")}
                        </Knop>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
