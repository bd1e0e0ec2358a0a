import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Keuzelijst, Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { actieveMedewerkers, lijstAfdelingen, lijstTeams, maakAfdeling, maakTeam } from "~/features/organisatie/organisatie.server";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Afdelingen en teams – Beheer – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const url = new URL(request.url);
  return data({
    afdelingen: lijstAfdelingen(),
    teams: lijstTeams(),
    medewerkers: actieveMedewerkers(),
    aangemaakt: url.searchParams.get("aangemaakt"),
  });
}

const AfdelingSchema = z.object({ naam: z.string().max(500).default("") });
const TeamSchema = z.object({
  naam: z.string().max(500).default(""),
  afdelingId: z.coerce.number().int().nonnegative().catch(0),
  teamleiderId: z.string().max(100).default(""),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const form = Object.fromEntries(await request.formData());
  const intent = String(form.intent ?? "");
  if (intent === "afdeling") {
    const invoer = AfdelingSchema.parse({ naam: typeof form.naam === "string" ? form.naam : "" });
    const r = maakAfdeling(user, invoer.naam, context);
    if (!r.ok) return data({ intent, fouten: r.fouten, melding: r.melding, invoer: { ...invoer, afdelingId: "", teamleiderId: "" } }, { status: r.status });
    return redirect("/beheer/organisatie?aangemaakt=afdeling");
  }
  if (intent === "team") {
    const p = TeamSchema.safeParse({
      naam: typeof form.naam === "string" ? form.naam : "",
      afdelingId: form.afdelingId,
      teamleiderId: typeof form.teamleiderId === "string" ? form.teamleiderId : "",
    });
    const invoer = p.success ? p.data : { naam: "", afdelingId: 0, teamleiderId: "" };
    const r = maakTeam(user, { naam: invoer.naam, afdelingId: invoer.afdelingId, teamleiderId: invoer.teamleiderId || null }, context);
    if (!r.ok)
      return data(
        { intent, fouten: r.fouten, melding: r.melding, invoer: { naam: invoer.naam, afdelingId: String(invoer.afdelingId || ""), teamleiderId: invoer.teamleiderId } },
        { status: r.status },
      );
    return redirect("/beheer/organisatie?aangemaakt=team");
  }
  return data({ intent, fouten: {} as Record<string, string[]>, melding: "Onbekende opdracht.", invoer: { naam: "", afdelingId: "", teamleiderId: "" } }, { status: 400 });
}

function Status({ actief }: { actief: boolean }) {
  const { t } = useTranslation("beheer");
  return <span className={`afs-badge ${actief ? "afs-badge--actief" : "afs-badge--inactief"}`}>{actief ? t("actief") : t("inactief")}</span>;
}

export default function Organisatie() {
  const { afdelingen, teams, medewerkers, aangemaakt } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const afdFout = actionData?.intent === "afdeling" ? (actionData.fouten as Record<string, string[] | undefined>) : {};
  const teamFout = actionData?.intent === "team" ? (actionData.fouten as Record<string, string[] | undefined>) : {};
  const bezig = nav.state === "submitting";
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("org.intro")}>{t("org.titel")}</PageTitle>
      {aangemaakt === "afdeling" ? <Melding soort="ok">{t("org.afdelingAangemaakt")}</Melding> : null}
      {aangemaakt === "team" ? <Melding soort="ok">{t("org.teamAangemaakt")}</Melding> : null}
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}

      <section aria-labelledby="afdelingen-titel" className="afs-beheer-sectie">
        <h2 id="afdelingen-titel" className="utrecht-heading-2">
          {t("org.afdelingen")}
        </h2>
        <div className="afs-tabel-container">
          <table className="afs-tabel">
            <thead>
              <tr>
                <th scope="col">{t("org.naam")}</th>
                <th scope="col">{t("org.aantalTeams")}</th>
                <th scope="col">{t("org.status")}</th>
                <th scope="col">
                  <span className="afs-sr">{t("bewerken")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {afdelingen.map((a) => (
                <tr key={a.id}>
                  <td>{a.naam}</td>
                  <td>{a.aantalTeams}</td>
                  <td>
                    <Status actief={a.actief} />
                  </td>
                  <td>
                    <Link to={`/beheer/organisatie/afdelingen/${a.id}`} className="utrecht-link">
                      {t("bewerken")}
                      <span className="afs-sr"> {a.naam}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Form method="post" className="afs-beheer-formulier" noValidate>
          <h3 className="utrecht-heading-3">{t("org.nieuweAfdeling")}</h3>
          <input type="hidden" name="intent" value="afdeling" />
          <TekstVeld
            id="afdeling-naam"
            name="naam"
            label={t("org.naam")}
            required
            maxLength={120}
            defaultValue={actionData?.intent === "afdeling" ? actionData.invoer.naam : ""}
            fout={afdFout.naam}
          />
          <Knop disabled={bezig}>{t("aanmaken")}</Knop>
        </Form>
      </section>

      <section aria-labelledby="teams-titel" className="afs-beheer-sectie">
        <h2 id="teams-titel" className="utrecht-heading-2">
          {t("org.teams")}
        </h2>
        <div className="afs-tabel-container">
          <table className="afs-tabel">
            <thead>
              <tr>
                <th scope="col">{t("org.naam")}</th>
                <th scope="col">{t("org.afdeling")}</th>
                <th scope="col">{t("org.teamleider")}</th>
                <th scope="col">{t("org.aantalMedewerkers")}</th>
                <th scope="col">{t("org.status")}</th>
                <th scope="col">
                  <span className="afs-sr">{t("bewerken")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {teams.map((tm) => (
                <tr key={tm.id}>
                  <td>{tm.naam}</td>
                  <td>{tm.afdelingNaam}</td>
                  <td>{tm.teamleiderNaam ?? t("geen")}</td>
                  <td>{tm.aantalMedewerkers}</td>
                  <td>
                    <Status actief={tm.actief} />
                  </td>
                  <td>
                    <Link to={`/beheer/organisatie/teams/${tm.id}`} className="utrecht-link">
                      {t("bewerken")}
                      <span className="afs-sr"> {tm.naam}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Form method="post" className="afs-beheer-formulier" noValidate>
          <h3 className="utrecht-heading-3">{t("org.nieuwTeam")}</h3>
          <input type="hidden" name="intent" value="team" />
          <TekstVeld
            id="team-naam"
            name="naam"
            label={t("org.naam")}
            required
            maxLength={120}
            defaultValue={actionData?.intent === "team" ? actionData.invoer.naam : ""}
            fout={teamFout.naam}
          />
          <Keuzelijst
            id="team-afdeling"
            name="afdelingId"
            label={t("org.afdeling")}
            required
            defaultValue={actionData?.intent === "team" ? actionData.invoer.afdelingId : ""}
            fout={teamFout.afdelingId}
            opties={[{ value: "", label: "—" }, ...afdelingen.filter((a) => a.actief).map((a) => ({ value: String(a.id), label: a.naam }))]}
          />
          <Keuzelijst
            id="team-teamleider"
            name="teamleiderId"
            label={t("org.teamleider")}
            hint={t("org.teamleiderHint")}
            defaultValue={actionData?.intent === "team" ? actionData.invoer.teamleiderId : ""}
            fout={teamFout.teamleiderId}
            opties={[{ value: "", label: t("geen") }, ...medewerkers.map((m) => ({ value: m.id, label: m.naam }))]}
          />
          <Knop disabled={bezig}>{t("aanmaken")}</Knop>
        </Form>
      </section>
    </>
  );
}
