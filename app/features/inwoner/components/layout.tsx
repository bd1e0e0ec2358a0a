/**
 * The public layout: no staff navigation, no login; the municipality's name, the language switch (a plain form,
 * works without JavaScript) and the phone number as a way out on every page.
 */
import { Form, Link, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function InwonerKop({ taal }: { taal: string }) {
  const { t } = useTranslation("inwoner");
  const location = useLocation();
  return (
    <header className="inw-kop">
      <div className="inw-kop__balk">
        <Link to="/inwoner" className="inw-kop__naam">
          {t("kop.gemeente")}
          <span className="inw-kop__sub">{t("kop.start")}</span>
        </Link>
        <Form method="post" action="/taal" className="inw-taal">
          <input type="hidden" name="terug" value={location.pathname + location.search} />
          <label htmlFor="inw-taal" className="afs-sr">
            {t("kop.taal")}
          </label>
          <select id="inw-taal" name="taal" defaultValue={taal} className="utrecht-select utrecht-select--html-select">
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("kop.kies")}
          </button>
        </Form>
      </div>
    </header>
  );
}

export function InwonerVoet() {
  const { t } = useTranslation("inwoner");
  return (
    <footer className="inw-voet">
      <p className="utrecht-paragraph">{t("voet.bellen")}</p>
      <p className="utrecht-paragraph">{t("voet.privacy")}</p>
    </footer>
  );
}

export function InwonerPagina({ titel, intro, children }: { titel: string; intro?: string; children: ReactNode }) {
  return (
    <div className="inw-pagina">
      <h1 className="utrecht-heading-1">{titel}</h1>
      {intro ? <p className="utrecht-paragraph inw-intro">{intro}</p> : null}
      {children}
    </div>
  );
}

export function TerugLink() {
  const { t } = useTranslation("inwoner");
  return (
    <p className="utrecht-paragraph">
      <Link to="/inwoner" className="utrecht-link">
        {t("knop.terug")}
      </Link>
    </p>
  );
}
