/** The employees a teamleider is leidinggevende of, each linking to their coaching profile (alphabetical). */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding } from "../../../platform/ui/ui";

export function MedewerkersLijst({ medewerkers }: { medewerkers: { id: string; naam: string }[] }) {
  const { t } = useTranslation("coaching");
  if (medewerkers.length === 0) {
    return (
      <Melding soort="info">
        <p className="utrecht-paragraph">{t("medewerkers.leeg")}</p>
      </Melding>
    );
  }
  return (
    <ul className="coaching-namen">
      {medewerkers.map((m) => (
        <li key={m.id}>
          <Link to={`/team/profielen/${encodeURIComponent(m.id)}`} className="utrecht-link">
            {t("dashboard.profielVan", { naam: m.naam })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
