import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Keuzelijst, Knop, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { lijstTeams, ROLLEN, zoekMedewerkers } from "~/features/organisatie/organisatie.server";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Medewerkers – Beheer – Afspraak" }];

// Built inside the loader: ROLLEN comes from a server module, which does not exist in the browser bundle.
const filterSchema = () => z.object({
  zoek: z.string().max(100).catch(""),
  team: z.coerce.number().int().positive().optional().catch(undefined),
  rol: z.enum(ROLLEN).optional().catch(undefined),
  actief: z.enum(["ja", "nee", "alle"]).catch("ja"),
  pagina: z.coerce.number().int().positive().catch(1),
});

/** The list filter from the URL, as the page and its export (beheer.medewerkers_.export.ts) read it. */
export function leesMedewerkerFilter(url: URL) {
  const q = Object.fromEntries(url.searchParams);
  return filterSchema().parse({ zoek: q.zoek ?? "", team: q.team || undefined, rol: q.rol || undefined, actief: q.actief ?? "ja", pagina: q.pagina ?? 1 });
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const url = new URL(request.url);
  const f = leesMedewerkerFilter(url);
  const r = zoekMedewerkers({ zoek: f.zoek, teamId: f.team ?? null, rol: f.rol ?? null, actief: f.actief, pagina: f.pagina });
  return data({
    filter: { zoek: f.zoek, team: f.team ? String(f.team) : "", rol: f.rol ?? "", actief: f.actief },
    ...r,
    teams: lijstTeams().map((t) => ({ id: t.id, naam: t.naam, actief: t.actief })),
    rollen: [...ROLLEN],
  });
}

export default function Medewerkers() {
  const { filter, rijen, totaal, pagina, paginas, teams, rollen } = useLoaderData<typeof loader>();
  const { t } = useTranslation("beheer");
  const { t: tc } = useTranslation();
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
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("mw.intro")}>{t("mw.titel")}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/beheer/medewerkers/nieuw" className="utrecht-button-link utrecht-button-link--primary-action utrecht-link">
          {t("mw.nieuw")}
        </Link>
      </p>
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
      <p className="utrecht-paragraph" role="status">
        {t("mw.gevonden", { aantal: totaal })}
      </p>
      <ExportKnoppen
        pad="/beheer/medewerkers/export"
        zoek={new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString()}
        label="Medewerkerslijst downloaden"
      />
      {rijen.length ? (
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
                    <span className={`afs-badge ${m.actief ? "afs-badge--actief" : "afs-badge--inactief"}`}>{m.actief ? t("actief") : t("inactief")}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">{t("mw.geenResultaat")}</p>
      )}
      {paginas > 1 ? (
        <nav className="afs-paginering" aria-label="Paginering">
          {pagina > 1 ? (
            <Link to={paginaLink(pagina - 1)} className="utrecht-link">
              Vorige pagina
            </Link>
          ) : null}
          <span>
            Pagina {pagina} van {paginas}
          </span>
          {pagina < paginas ? (
            <Link to={paginaLink(pagina + 1)} className="utrecht-link">
              Volgende pagina
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
