/** The two sections of /beheer/organisatie: afdelingen and teams, each a table plus a form to add one. */
import { Form, Link, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, TekstVeld } from "~/platform/ui/ui";
import type { AfdelingRij, TeamRij } from "../organisatie.server";
import { useStapFormulier } from "~/platform/ui/stapformulier";
import { StatusBadge } from "./status";

/** Errors and typed input of the last submission, only when it was the form with this intent. */
function useNieuwFormulier(intent: "afdeling" | "team") {
  const { fouten, invoer } = useStapFormulier(intent);
  return { fouten, invoer, bezig: useNavigation().state === "submitting" };
}

function BewerkLink({ to, naam }: { to: string; naam: string }) {
  const { t } = useTranslation("beheer");
  return (
    <Link to={to} className="utrecht-link">
      {t("bewerken")}
      <span className="afs-sr"> {naam}</span>
    </Link>
  );
}

export function AfdelingenSectie({ afdelingen }: { afdelingen: AfdelingRij[] }) {
  const { t } = useTranslation("beheer");
  const { fouten, invoer, bezig } = useNieuwFormulier("afdeling");
  return (
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
                  <StatusBadge actief={a.actief} />
                </td>
                <td>
                  <BewerkLink to={`/beheer/organisatie/afdelingen/${a.id}`} naam={a.naam} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Form method="post" className="afs-beheer-formulier" noValidate>
        <h3 className="utrecht-heading-3">{t("org.nieuweAfdeling")}</h3>
        <input type="hidden" name="intent" value="afdeling" />
        <TekstVeld id="afdeling-naam" name="naam" label={t("org.naam")} required maxLength={120} defaultValue={invoer.naam ?? ""} fout={fouten.naam} />
        <Knop disabled={bezig}>{t("aanmaken")}</Knop>
      </Form>
    </section>
  );
}

export function TeamsSectie({ teams, afdelingen, medewerkers }: { teams: TeamRij[]; afdelingen: AfdelingRij[]; medewerkers: { id: string; naam: string }[] }) {
  const { t } = useTranslation("beheer");
  const { fouten, invoer, bezig } = useNieuwFormulier("team");
  return (
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
                  <StatusBadge actief={tm.actief} />
                </td>
                <td>
                  <BewerkLink to={`/beheer/organisatie/teams/${tm.id}`} naam={tm.naam} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Form method="post" className="afs-beheer-formulier" noValidate>
        <h3 className="utrecht-heading-3">{t("org.nieuwTeam")}</h3>
        <input type="hidden" name="intent" value="team" />
        <TekstVeld id="team-naam" name="naam" label={t("org.naam")} required maxLength={120} defaultValue={invoer.naam ?? ""} fout={fouten.naam} />
        <Keuzelijst
          id="team-afdeling"
          name="afdelingId"
          label={t("org.afdeling")}
          required
          defaultValue={invoer.afdelingId ?? ""}
          fout={fouten.afdelingId}
          opties={[{ value: "", label: "—" }, ...afdelingen.filter((a) => a.actief).map((a) => ({ value: String(a.id), label: a.naam }))]}
        />
        <Keuzelijst
          id="team-teamleider"
          name="teamleiderId"
          label={t("org.teamleider")}
          hint={t("org.teamleiderHint")}
          defaultValue={invoer.teamleiderId ?? ""}
          fout={fouten.teamleiderId}
          opties={[{ value: "", label: t("geen") }, ...medewerkers.map((m) => ({ value: m.id, label: m.naam }))]}
        />
        <Knop disabled={bezig}>{t("aanmaken")}</Knop>
      </Form>
    </section>
  );
}
