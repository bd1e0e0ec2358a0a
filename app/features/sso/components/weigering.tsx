/** The page shown when signing in through the organisation's provider is refused: what happened and what to do. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "../../../platform/ui/ui";
import type { Weigerpagina } from "../aanmelding.server";

export function SsoWeigering({ p }: { p: Weigerpagina }) {
  const { t } = useTranslation();
  const v = { organisatie: p.organisatie ?? t("login.fout.uwOrganisatie"), rollen: p.rollen };
  return (
    <div className="afs-smal">
      <PageTitle>{t(`sso.${p.uitleg}.titel`, v)}</PageTitle>
      <Melding soort={p.uitleg === "geen_toegang" || p.uitleg === "gedeactiveerd" ? "waarschuwing" : "fout"} role="alert">
        <p className="utrecht-paragraph">{t(`sso.${p.uitleg}.tekst`, v)}</p>
      </Melding>
      <p className="utrecht-paragraph">
        <Link to="/inloggen" className="utrecht-link">
          {p.opnieuw ? t("sso.opnieuw") : t("sso.naarInlog")}
        </Link>
      </p>
    </div>
  );
}

/** "Inloggen met <organisatie>" on the login page: a link (a GET that starts the flow), not a form button. */
export function SsoKnop({ naam, terug }: { naam: string; terug: string }) {
  const { t } = useTranslation();
  const href = terug ? `/inloggen/sso?terug=${encodeURIComponent(terug)}` : "/inloggen/sso";
  return (
    <p className="utrecht-paragraph afs-sso">
      <a href={href} className="utrecht-button-link utrecht-button-link--primary-action utrecht-button utrecht-button--primary-action">
        {t("login.ssoMet", { naam })}
      </a>
    </p>
  );
}

/** After logging out without JavaScript: Afspraak's session has ended; one click ends the provider's too. */
export function ProviderUitloggen({ url, naam }: { url: string; naam: string }) {
  const { t } = useTranslation();
  return (
    <div className="afs-smal">
      <PageTitle>{t("sso.uitgelogdTitel")}</PageTitle>
      <p className="utrecht-paragraph">
        <a href={url} className="utrecht-link">
          {t("sso.ookUitloggen", { naam })}
        </a>
      </p>
    </div>
  );
}
