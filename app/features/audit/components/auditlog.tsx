/** The audit page's pieces: its filter form, the table of audit lines and the keyset paging links. */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, TekstVeld } from "~/platform/ui/ui";
import type { AuditRegel, auditPagina } from "../pagina.server";

type Pagina = ReturnType<typeof auditPagina>;

export function AuditFilter({ filter, medewerkers, resultaten }: Pick<Pagina, "filter" | "medewerkers" | "resultaten">) {
  const { t } = useTranslation("beheer");
  return (
    <Form method="get" role="search" aria-label={t("audit.filters")}>
      <fieldset className="afs-beheer-filters">
        <legend>{t("audit.filters")}</legend>
        <TekstVeld id="van" type="date" label={t("audit.van")} defaultValue={filter.van} />
        <TekstVeld id="tot" type="date" label={t("audit.tot")} defaultValue={filter.tot} />
        <Keuzelijst
          id="actor"
          label={t("audit.actor")}
          defaultValue={filter.actor}
          opties={[
            { value: "", label: t("audit.iedereen") },
            { value: "-", label: t("audit.systeem") },
            ...medewerkers.map((m) => ({ value: m.id, label: m.actief ? m.naam : `${m.naam} (${t("inactief")})` })),
          ]}
        />
        <TekstVeld id="actie" label={t("audit.actie")} hint={t("audit.actieHint")} defaultValue={filter.actie} maxLength={100} />
        <TekstVeld id="objectType" label={t("audit.objectType")} defaultValue={filter.objectType} maxLength={100} />
        <TekstVeld id="objectId" label={t("audit.objectId")} defaultValue={filter.objectId} maxLength={200} />
        <Keuzelijst id="resultaat" label={t("audit.resultaat")} defaultValue={filter.resultaat} opties={[{ value: "", label: t("audit.alleResultaten") }, ...resultaten]} />
        <div className="afs-beheer-filters__knoppen">
          <Knop soort="secundair">{t("audit.zoek")}</Knop>
          <Link to="/beheer/audit" className="utrecht-link">
            {t("audit.wis")}
          </Link>
        </div>
      </fieldset>
    </Form>
  );
}

function AuditRegelRij({ r }: { r: AuditRegel }) {
  const { t } = useTranslation("beheer");
  return (
    <tr>
      <td className="afs-audit-tijd">{r.tijd}</td>
      <td>{r.actorNaam ?? t("audit.systeem")}</td>
      <td>
        {r.actieTekst}
        {r.actieTekst !== r.actie ? <span className="afs-sr"> ({r.actie})</span> : null}
      </td>
      <td>
        {r.objectType}
        {r.objectId ? ` ${r.objectId}` : ""}
      </td>
      <td>
        <span className={`afs-badge afs-badge--${r.resultaat === "ok" ? "actief" : r.resultaat}`}>{r.resultaatTekst}</span>
      </td>
      <td>
        {r.details.length ? (
          <ul className="afs-audit-details">
            {r.details.map((d) => (
              <li key={d.k}>
                <strong>{t(`audit.detail.${d.k}`, { defaultValue: d.k })}</strong>: {d.v}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>{r.oorsprong ?? ""}</td>
    </tr>
  );
}

export function AuditTabel({ rijen }: { rijen: AuditRegel[] }) {
  const { t } = useTranslation("beheer");
  if (!rijen.length) return <p className="utrecht-paragraph">{t("audit.geen")}</p>;
  return (
    <div className="afs-tabel-container">
      <table className="afs-tabel">
        <caption>{t("audit.tabel")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.tijdstip")}</th>
            <th scope="col">{t("audit.actor")}</th>
            <th scope="col">{t("audit.actie")}</th>
            <th scope="col">{t("audit.object")}</th>
            <th scope="col">{t("audit.resultaat")}</th>
            <th scope="col">{t("audit.details")}</th>
            <th scope="col">{t("audit.oorsprong")}</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <AuditRegelRij key={r.id} r={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Eerste pagina" once past the first, "Volgende" while there is more; both keep the filter. */
export function AuditPaginering({ zoek, vervolg, volgende }: { zoek: string; vervolg: boolean; volgende: string | null }) {
  const { t } = useTranslation("beheer");
  const link = (na: string | null) => {
    const s = new URLSearchParams(zoek);
    if (na) s.set("na", na);
    const q = s.toString();
    return q ? `?${q}` : "/beheer/audit";
  };
  return (
    <nav className="afs-paginering" aria-label={t("audit.paginering")}>
      {vervolg ? (
        <Link to={link(null)} className="utrecht-link">
          {t("audit.eerste")}
        </Link>
      ) : null}
      {volgende ? (
        <Link to={link(volgende)} className="utrecht-link">
          {t("audit.volgende")}
        </Link>
      ) : null}
    </nav>
  );
}
