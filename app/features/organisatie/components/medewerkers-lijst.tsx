/** The medewerker list on /beheer/medewerkers: its filter, its table and its previous/next links. */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, TekstVeld } from "~/platform/ui/ui";
import type { MedewerkerRij } from "../organisatie.server";
import { StatusBadge } from "./status";

export interface LijstFilter {
  zoek: string;
  team: string;
  rol: string;
  actief: string;
}

export function MedewerkerFilter({ filter, teams, rollen }: { filter: LijstFilter; teams: { id: number; naam: string; actief: boolean }[]; rollen: string[] }) {
  const { t } = useTranslation("beheer");
  const { t: tc } = useTranslation();
  return (
    <Form method="get" role="search" aria-label={t("mw.filter")}>
      <fieldset className="afs-beheer-filters">
        <legend>{t("audit.filters")}</legend>
        <TekstVeld id="zoek" type="search" label={t("mw.zoek")} defaultValue={filter.zoek} maxLength={100} />
        <Keuzelijst
          id="team"
          label={t("mw.team")}
          defaultValue={filter.team}
          opties={[{ value: "", label: t("mw.alleTeams") }, ...teams.map((tm) => ({ value: String(tm.id), label: tm.actief ? tm.naam : `${tm.naam} (${t("inactief")})` }))]}
        />
        <Keuzelijst
          id="rol"
          label={t("mw.rol")}
          defaultValue={filter.rol}
          opties={[{ value: "", label: t("mw.alleRollen") }, ...rollen.map((r) => ({ value: r, label: tc(`rol.${r}`) }))]}
        />
        <Keuzelijst
          id="actief"
          label={t("mw.status")}
          defaultValue={filter.actief}
          opties={[
            { value: "ja", label: t("mw.alleen_actief") },
            { value: "nee", label: t("mw.alleen_inactief") },
            { value: "alle", label: t("mw.alle") },
          ]}
        />
        <div className="afs-beheer-filters__knoppen">
          <Knop soort="secundair">{t("mw.filter")}</Knop>
        </div>
      </fieldset>
    </Form>
  );
}

export function MedewerkersTabel({ rijen }: { rijen: MedewerkerRij[] }) {
  const { t } = useTranslation("beheer");
  const { t: tc } = useTranslation();
  if (!rijen.length) return <p className="utrecht-paragraph">{t("mw.geenResultaat")}</p>;
  return (
    <div className="afs-tabel-container">
      <table className="afs-tabel">
        <thead>
          <tr>
            <th scope="col">{t("mw.naam")}</th>
            <th scope="col">{t("mw.email")}</th>
            <th scope="col">{t("mw.team")}</th>
            <th scope="col">{t("mw.rollen")}</th>
            <th scope="col">{t("mw.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((m) => (
            <tr key={m.id}>
              <td>
                <Link to={`/beheer/medewerkers/${m.id}`} className="utrecht-link">
                  {m.naam}
                </Link>
              </td>
              <td>{m.email}</td>
              <td>{m.teamNaam ?? t("geen")}</td>
              <td>{m.rollen.map((r) => tc(`rol.${r}`)).join(", ")}</td>
              <td>
                <StatusBadge actief={m.actief} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Vorige pagina · Pagina 2 van 5 · Volgende pagina", keeping the filter. */
export function VorigeVolgende({ filter, pagina, paginas }: { filter: LijstFilter; pagina: number; paginas: number }) {
  const { t } = useTranslation("werk");
  const { t: tc } = useTranslation();
  if (paginas <= 1) return null;
  const paginaLink = (p: number) => {
    const s = new URLSearchParams();
    if (filter.zoek) s.set("zoek", filter.zoek);
    if (filter.team) s.set("team", filter.team);
    if (filter.rol) s.set("rol", filter.rol);
    s.set("actief", filter.actief);
    s.set("pagina", String(p));
    return `?${s.toString()}`;
  };
  return (
    <nav className="afs-paginering" aria-label={t("pagina.label")}>
      {pagina > 1 ? (
        <Link to={paginaLink(pagina - 1)} className="utrecht-link">
          {t("pagina.vorige")}
        </Link>
      ) : null}
      <span>{tc("ui.paginaVan", { pagina, paginas })}</span>
      {pagina < paginas ? (
        <Link to={paginaLink(pagina + 1)} className="utrecht-link">
          {t("pagina.volgende")}
        </Link>
      ) : null}
    </nav>
  );
}
