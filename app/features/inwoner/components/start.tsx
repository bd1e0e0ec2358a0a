/** The public start page: what a citizen can do, as plain links. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const KEUZES = [
  { to: "/inwoner/terugbelverzoek", titel: "start.terugbel", uitleg: "start.terugbelUitleg" },
  { to: "/inwoner/klacht", titel: "start.klacht", uitleg: "start.klachtUitleg" },
  { to: "/inwoner/compliment", titel: "start.compliment", uitleg: "start.complimentUitleg" },
  { to: "/inwoner/suggestie", titel: "start.suggestie", uitleg: "start.suggestieUitleg" },
  { to: "/inwoner/link", titel: "start.link", uitleg: "start.linkUitleg" },
] as const;

export function InwonerStart() {
  const { t } = useTranslation("inwoner");
  return (
    <div className="inw-pagina">
      <h1 className="utrecht-heading-1">{t("start.titel")}</h1>
      <p className="utrecht-paragraph inw-intro">{t("start.intro")}</p>
      <ul className="inw-keuzes">
        {KEUZES.map((k) => (
          <li key={k.to}>
            <Link to={k.to} className="inw-keuzes__link">
              <span className="inw-keuzes__titel">{t(k.titel)}</span>
              <span className="inw-keuzes__uitleg">{t(k.uitleg)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
