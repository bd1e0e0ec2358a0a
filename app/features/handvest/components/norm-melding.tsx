/** The refusal above a norm form; on a conflict a warning with a link to the norm's versions. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding } from "~/platform/ui/ui";

export function NormMelding({ melding, conflict = false, code }: { melding: string | null | undefined; conflict?: boolean; code?: string }) {
  const { t } = useTranslation("handvest");
  if (!melding) return null;
  return (
    <Melding soort={conflict ? "waarschuwing" : "fout"} role="alert" titel={conflict ? t("bewerken.conflictTitel") : undefined}>
      <p className="utrecht-paragraph">{melding}</p>
      {conflict ? (
        <p className="utrecht-paragraph">
          <Link to={`/beheer/handvest/${code}`} className="utrecht-link" target="_blank" rel="noreferrer">
            {t("bewerken.conflictLink", { code })}
          </Link>
        </p>
      ) : null}
    </Melding>
  );
}
