/** Pieces of /beheer/medewerkers/nieuw: the choice of first password or link, and the page after a link was made. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, TekstVeld } from "~/platform/ui/ui";
import { WachtwoordLink } from "./wachtwoord-link";

/** First password typed by the beheerder, or a one-time link; the password itself is never sent back. */
export function WachtwoordKeuze({ keuze, fout }: { keuze: "link" | "wachtwoord"; fout: string[] | undefined }) {
  const { t } = useTranslation("beheer");
  return (
    <>
      <fieldset className="afs-keuzes">
        <legend>{t("mw.wachtwoordKeuze")}</legend>
        <div className="afs-keuzes__optie">
          <input type="radio" id="keuze-link" name="wachtwoordKeuze" value="link" defaultChecked={keuze === "link"} />
          <label htmlFor="keuze-link">{t("mw.keuzeLink")}</label>
        </div>
        <div className="afs-keuzes__optie">
          <input type="radio" id="keuze-wachtwoord" name="wachtwoordKeuze" value="wachtwoord" defaultChecked={keuze === "wachtwoord"} />
          <label htmlFor="keuze-wachtwoord">{t("mw.keuzeWachtwoord")}</label>
        </div>
      </fieldset>
      <TekstVeld
        id="wachtwoord"
        label={t("mw.wachtwoord")}
        hint={t("mw.wachtwoordHint")}
        type="password"
        autoComplete="new-password"
        maxLength={200}
        fout={fout}
      />
    </>
  );
}

/** Shown once after creating a medewerker with a link: the link, and where to go on. */
export function AangemaaktMetLink({ id, naam, link }: { id: string; naam: string; link: { url: string; verlooptOp: number } }) {
  const { t } = useTranslation("beheer");
  return (
    <>
      <PageTitle>{t("mw.aangemaakt")}</PageTitle>
      <WachtwoordLink link={link} />
      <p className="utrecht-paragraph">
        <Link to={`/beheer/medewerkers/${id}`} className="utrecht-link">
          {t("mw.bewerken")}: {naam}
        </Link>
      </p>
      <p className="utrecht-paragraph">
        <Link to="/beheer/medewerkers" className="utrecht-link">
          {t("mw.titel")}
        </Link>
      </p>
    </>
  );
}
