/** Satisfaction of citizens (KTO): KPI, tables per team / norm / channel / kind with drill-down links. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface KtoRegelWeergave {
  sleutel: string;
  label: string;
  aantal: number;
  gemiddeld: number | null;
  ontevreden: number;
  tevreden: number;
  link: string;
}

export interface KtoWeergave {
  totaal: KtoRegelWeergave;
  uitgenodigd: number;
  per: Record<"team" | "norm" | "kanaal" | "soort", KtoRegelWeergave[]>;
  filter: { van: string; tot: string };
}

function cijfer(n: number | null, taal = "nl"): string {
  return n === null ? "—" : n.toLocaleString(taal === "en" ? "en-GB" : "nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function pct(deel: number, geheel: number): string {
  return geheel ? `${Math.round((deel / geheel) * 100)}%` : "—";
}

export function KtoKengetal({ kto, meerLink }: { kto: KtoWeergave; meerLink?: string }) {
  const t = kto.totaal;
  const { t: v, i18n } = useTranslation("statistiek");
  return (
    <p className="utrecht-paragraph">
      {v("kto.kengetalVoor")} <strong>{cijfer(t.gemiddeld, i18n.language)}</strong> {v("kto.kengetalVan5")}{" "}
      <Link to={t.link} className="utrecht-link">
        {v(t.aantal === 1 ? "kto.antwoord1" : "kto.antwoordN", { n: t.aantal })}
      </Link>{" "}
      {v("kto.kengetalNa", { pct: pct(t.aantal, kto.uitgenodigd), uitgenodigd: kto.uitgenodigd, ontevreden: t.ontevreden, tevreden: t.tevreden })}
      {meerLink ? (
        <>
          {" "}
          <Link to={meerLink} className="utrecht-link">
            {v("kto.meer")}
          </Link>
        </>
      ) : null}
    </p>
  );
}

export function KtoTabellen({ kto, dimensies = ["team", "norm", "kanaal", "soort"] }: { kto: KtoWeergave; dimensies?: ("team" | "norm" | "kanaal" | "soort")[] }) {
  const { t, i18n } = useTranslation("statistiek");
  const { t: tw } = useTranslation("werk");
  const { t: ta } = useTranslation("afspraken");
  const label = (d: string, r: KtoRegelWeergave) =>
    r.sleutel === "-" ? t(`kto.geenGroep.${d}`, { defaultValue: r.label }) : d === "soort" ? tw(`soort.${r.sleutel}`, { defaultValue: r.label }) : d === "kanaal" ? ta(`kanaal.${r.sleutel}`, { defaultValue: r.label }) : r.label;
  return (
    <>
      {dimensies.map((d) => (
        <table key={d} className="utrecht-table afs-tabel">
          <caption className="utrecht-table__caption">{t(`kto.per.${d}`)}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t(`kto.kolomNaam.${d}`)}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("kto.antwoorden")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("kto.gemiddeld")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("kto.ontevreden")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("kto.tevreden")}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {kto.per[d].length === 0 ? (
              <tr className="utrecht-table__row">
                <td className="utrecht-table__cell" colSpan={5}>
                  {t("kto.geen")}
                </td>
              </tr>
            ) : (
              kto.per[d].map((r) => (
                <tr key={r.sleutel} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">
                    {label(d, r)}
                  </th>
                  <td className="utrecht-table__cell">
                    <Link to={r.link} className="utrecht-link">
                      {r.aantal}
                    </Link>
                  </td>
                  <td className="utrecht-table__cell">{cijfer(r.gemiddeld, i18n.language)}</td>
                  <td className="utrecht-table__cell">
                    {r.ontevreden} ({pct(r.ontevreden, r.aantal)})
                  </td>
                  <td className="utrecht-table__cell">
                    {r.tevreden} ({pct(r.tevreden, r.aantal)})
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      ))}
    </>
  );
}

/** The section for the annual report and the dashboard. */
export function KtoSectie({ kto, titel, meerLink }: { kto: KtoWeergave; titel: string; meerLink?: string }) {
  return (
    <section aria-labelledby="kto-kop" className="jv-sectie">
      <h2 id="kto-kop" className="utrecht-heading-2">
        {titel}
      </h2>
      <KtoKengetal kto={kto} meerLink={meerLink} />
      {kto.totaal.aantal ? <KtoTabellen kto={kto} dimensies={["team", "norm", "kanaal"]} /> : null}
    </section>
  );
}
