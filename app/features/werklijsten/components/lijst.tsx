/**
 * The pieces every worklist page repeats (Mijn werk, Team): a titled section, status counts as filter links,
 * the soort/status filter fields, "next page" links (keyset pagination) and the URL helper they build on.
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop } from "../../../platform/ui/ui";
import type { Tellingen, WerkStatus } from "../werklijsten.server";

/** `pad` with the current query, some parameters changed (null or "" removes one). */
export function zoekUrl(pad: string, huidig: URLSearchParams, wijzig: Record<string, string | null>): string {
  const p = new URLSearchParams(huidig);
  for (const [k, v] of Object.entries(wijzig)) {
    if (v == null || v === "") p.delete(k);
    else p.set(k, v);
  }
  const q = p.toString();
  return q ? `${pad}?${q}` : pad;
}

export function Sectie({ id, titel, uitleg, children }: { id: string; titel: string; uitleg?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="afs-werk-sectie">
      <h2 id={id} className="utrecht-heading-2">
        {titel}
      </h2>
      {uitleg ? <p className="utrecht-paragraph afs-werk-uitleg">{uitleg}</p> : null}
      {children}
    </section>
  );
}

/** Status counts as filter links (text + number; the active one marked with aria-current). */
export function StatusTellingen({
  tellingen,
  actief,
  href,
  label,
}: {
  tellingen: Tellingen;
  actief: WerkStatus | null;
  href: (status: WerkStatus | null) => string;
  label: string;
}) {
  const { t } = useTranslation("werk");
  const opties: { s: WerkStatus | null; n: number; naam: string }[] = [
    { s: null, n: tellingen.totaal, naam: t("status.alle") },
    { s: "te_laat", n: tellingen.te_laat, naam: t("status.te_laat") },
    { s: "bijna", n: tellingen.bijna, naam: t("status.bijna") },
    { s: "op_tijd", n: tellingen.op_tijd, naam: t("status.op_tijd") },
  ];
  return (
    <nav aria-label={label}>
      <ul className="afs-tellingen">
        {opties.map((o) => (
          <li key={o.s ?? "alle"}>
            <Link to={href(o.s)} aria-current={o.s === actief ? "true" : undefined}>
              {o.naam}
              <span className="afs-telling__n">{o.n}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Paginering({ volgende, href, heeftVorige }: { volgende: string | null; href: (na: string | null) => string; heeftVorige: boolean }) {
  const { t } = useTranslation("werk");
  if (!volgende && !heeftVorige) return null;
  return (
    <nav aria-label={t("pagina.label")} className="afs-paginering">
      {heeftVorige ? (
        <Link to={href(null)} className="utrecht-link">
          {t("pagina.eerste")}
        </Link>
      ) : null}
      {volgende ? (
        <Link to={href(volgende)} className="utrecht-link" rel="next">
          {t("pagina.volgende")}
        </Link>
      ) : null}
    </nav>
  );
}

/** The soort and status filter fields and the buttons of a worklist's GET filter form (Mijn werk, Team). */
export function SoortStatusFilter({
  filters,
  soorten,
  wisLink,
}: {
  filters: { soort: string | null; status: string | null };
  soorten: { value: string; label: string }[];
  wisLink: string | null;
}) {
  const { t } = useTranslation("werk");
  return (
    <>
      <Keuzelijst
        id="soort"
        label={t("filter.soort")}
        defaultValue={filters.soort ?? ""}
        opties={[{ value: "", label: t("filter.alle") }, ...soorten.map((s) => ({ value: s.value, label: t(`soort.${s.value}`, { defaultValue: s.label }) }))]}
      />
      <Keuzelijst
        id="status"
        label={t("filter.status")}
        defaultValue={filters.status ?? ""}
        opties={[
          { value: "", label: t("filter.alle") },
          { value: "te_laat", label: t("status.te_laat") },
          { value: "bijna", label: t("status.bijna") },
          { value: "op_tijd", label: t("status.op_tijd") },
        ]}
      />
      <div className="afs-filter__knoppen">
        <Knop soort="secundair">{t("filter.knop")}</Knop>
        {wisLink ? (
          <Link to={wisLink} className="utrecht-link">
            {t("filter.wis")}
          </Link>
        ) : null}
      </div>
    </>
  );
}
