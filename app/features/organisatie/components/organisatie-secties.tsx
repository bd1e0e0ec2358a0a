/** The two sections of /beheer/organisatie: afdelingen and teams, each a table plus a form to add one. */
import { Form, Link, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, TekstVeld } from "~/platform/ui/ui";
import type { AfdelingRij, TeamRij } from "../organisatie.server";
import { useStapFormulier } from "~/platform/ui/stapformulier";
import { StatusBadge } from "./status";

function BewerkLink({ to, naam }: { to: string; naam: string }) {
  const { t } = useTranslation("beheer");
  return (
    <Link to={to} className="utrecht-link">
      {t("bewerken")}
      <span className="afs-sr"> {naam}</span>
    </Link>
  );
}

/** A section with a table of what exists (its last column links to the edit page) and a form to add one. */
function OverzichtSectie({ id, titel, koppen, rijen, formulier }: { id: string; titel: string; koppen: string[]; rijen: ReactNode; formulier: ReactNode }) {
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby={id} className="afs-beheer-sectie">
      <h2 id={id} className="utrecht-heading-2">
        {titel}
      </h2>
      <div className="afs-tabel-container">
        <table className="afs-tabel">
          <thead>
            <tr>
              {koppen.map((k) => (
                <th scope="col" key={k}>
                  {k}
                </th>
              ))}
              <th scope="col">
                <span className="afs-sr">{t("bewerken")}</span>
              </th>
            </tr>
          </thead>
          <tbody>{rijen}</tbody>
        </table>
      </div>
      {formulier}
    </section>
  );
}

/** The form that adds an afdeling or a team; its errors and typed input come back only to this form. */
function NieuwFormulier({ kop, intent, children }: { kop: string; intent: "afdeling" | "team"; children: ReactNode }) {
  const { t } = useTranslation("beheer");
  const bezig = useNavigation().state === "submitting";
  return (
    <Form method="post" className="afs-beheer-formulier" noValidate>
      <h3 className="utrecht-heading-3">{kop}</h3>
      <input type="hidden" name="intent" value={intent} />
      {children}
      <Knop disabled={bezig}>{t("aanmaken")}</Knop>
    </Form>
  );
}

export function AfdelingenSectie({ afdelingen }: { afdelingen: AfdelingRij[] }) {
  const { t } = useTranslation("beheer");
  const { fouten, invoer } = useStapFormulier("afdeling");
  return (
    <OverzichtSectie
      id="afdelingen-titel"
      titel={t("org.afdelingen")}
      koppen={[t("org.naam"), t("org.aantalTeams"), t("org.status")]}
      rijen={afdelingen.map((a) => (
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
      formulier={
        <NieuwFormulier kop={t("org.nieuweAfdeling")} intent="afdeling">
          <TekstVeld id="afdeling-naam" name="naam" label={t("org.naam")} required maxLength={120} defaultValue={invoer.naam ?? ""} fout={fouten.naam} />
        </NieuwFormulier>
      }
    />
  );
}

export function TeamsSectie({ teams, afdelingen, medewerkers }: { teams: TeamRij[]; afdelingen: AfdelingRij[]; medewerkers: { id: string; naam: string }[] }) {
  const { t } = useTranslation("beheer");
  const { fouten, invoer } = useStapFormulier("team");
  return (
    <OverzichtSectie
      id="teams-titel"
      titel={t("org.teams")}
      koppen={[t("org.naam"), t("org.afdeling"), t("org.teamleider"), t("org.aantalMedewerkers"), t("org.status")]}
      rijen={teams.map((tm) => (
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
      formulier={
        <NieuwFormulier kop={t("org.nieuwTeam")} intent="team">
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
        </NieuwFormulier>
      }
    />
  );
}
