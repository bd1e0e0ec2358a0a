import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import utrechtCss from "@utrecht/component-library-css/dist/index.css";
import tokensCss from "@utrecht/design-tokens/dist/index.css";
import appCss from "./styles/app.css";
import { useNonce } from "./platform/ui/nonce";
import { optionalUser, permissiesVan, type Permissie } from "./platform/auth/permissions.server";
import { taalVan } from "./platform/i18n/taal.server";
import { vertaal } from "./platform/i18n/vertaal";
import { shellExtras } from "./platform/web/shell.server";
import { REFERENTIE_META, useReferentie } from "./platform/web/referentie";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: tokensCss },
  { rel: "stylesheet", href: utrechtCss },
  { rel: "stylesheet", href: appCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Afspraak – ${vertaal(data?.taal === "en" ? "en" : "nl", "organisatie")}` }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await optionalUser(request);
  const taal = taalVan(request);
  return data({
    taal,
    requestId: context?.requestId ?? null,
    user: user
      ? { naam: user.naam, email: user.email, rollen: user.rollen, permissies: permissiesVan(user), ...shellExtras(user) }
      : null,
  });
}

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

interface NavItem {
  to: string;
  label: string;
  permissie: Permissie;
}

function Header() {
  const root = useRouteLoaderData<typeof loader>("root");
  const { t } = useTranslation();
  const location = useLocation();
  const user = root?.user;
  const nav: NavItem[] = [
    { to: "/mijn-werk", label: t("nav.mijnWerk"), permissie: "werk" },
    { to: "/klantbeeld", label: t("nav.klantbeeld"), permissie: "klantbeeld" },
    { to: "/team", label: t("nav.team"), permissie: "team" },
    { to: "/klachten", label: t("nav.klachten"), permissie: "klachten" },
    { to: "/regieteam", label: t("nav.regieteam"), permissie: "regieteam" },
    { to: "/leerlogboek", label: t("nav.leerlogboek"), permissie: "werk" },
    { to: "/handvest", label: t("nav.handvest"), permissie: "werk" },
    { to: "/beheer", label: t("nav.beheer"), permissie: "beheer" },
    { to: "/vernietiging", label: t("nav.vernietiging"), permissie: "archief" },
    { to: "/privacy", label: t("nav.privacy"), permissie: "privacy" },
  ];
  return (
    <header className="afs-header">
      <div className="afs-header__bar">
        <Link to="/" className="afs-logo">
          <span className="afs-logo__naam">{t("app")}</span>
          <span className="afs-logo__org">{t("organisatie")}</span>
        </Link>
        <div className="afs-header__tools">
          {user ? (
            <>
              <Link to="/inbox" className="afs-inbox-link">
                {t("ui.berichten")}
                {user.ongelezen > 0 ? (
                  <span className="afs-teller">
                    {user.ongelezen}
                    <span className="afs-sr"> {t("ui.ongelezen")}</span>
                  </span>
                ) : null}
              </Link>
              <span className="afs-user">
                <Link to="/profiel" className="afs-user__naam">
                  {user.naam}
                  <span className="afs-sr"> – {t("gebruiker.profiel")}</span>
                </Link>
                <span className="afs-user__rollen">
                  <span className="afs-sr">{t("gebruiker.rollen")}: </span>
                  {user.rollen.map((r) => t(`rol.${r}`)).join(", ")}
                </span>
              </span>
              <Form method="post" action="/uitloggen">
                <button type="submit" className="utrecht-button utrecht-button--secondary-action afs-button--klein">
                  {t("gebruiker.uitloggen")}
                </button>
              </Form>
            </>
          ) : null}
          <Form method="post" action="/taal" className="afs-taal">
            <input type="hidden" name="terug" value={location.pathname + location.search} />
            <label htmlFor="taal-keuze" className="afs-sr">
              {t("taal.label")}
            </label>
            <select id="taal-keuze" name="taal" defaultValue={root?.taal ?? "nl"} className="utrecht-select afs-select--klein">
              <option value="nl">{t("taal.nl")}</option>
              <option value="en">{t("taal.en")}</option>
            </select>
            <button type="submit" className="utrecht-button utrecht-button--subtle afs-button--klein">
              {t("taal.kies")}
            </button>
          </Form>
        </div>
      </div>
      {user ? (
        <nav aria-label={t("nav.label")} className="afs-nav">
          <ul>
            {nav
              .filter((n) => user.permissies.includes(n.permissie))
              .map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to} className={({ isActive }) => (isActive ? "afs-nav__link afs-nav__link--actief" : "afs-nav__link")}>
                    {n.label}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const referentie = useReferentie() ?? root?.requestId ?? null;
  const { t } = useTranslation();
  const publiek = /^\/inwoner(\/|$)/.test(useLocation().pathname);
  return (
    <html lang={root?.taal ?? "nl"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {referentie ? <meta name={REFERENTIE_META} content={referentie} /> : null}
        <Meta />
        <Links />
      </head>
      <body className="utrecht-theme afs-theme utrecht-document">
        <a href="#inhoud" className="utrecht-skip-link afs-skip">
          {t("skip")}
        </a>
        {publiek ? (
          // the citizens' pages (/inwoner/*) bring their own header, main and footer, without the staff shell
          children
        ) : (
          <>
            <Header />
            <main id="inhoud" tabIndex={-1} className="afs-main">
              {children}
            </main>
            <footer className="afs-footer">
              <p>
                {t("app")} · {t("organisatie")}
              </p>
            </footer>
          </>
        )}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData<typeof loader>("root");
  // The root loader's data is absent when this renders after a failed action: the id comes from the document.
  const referentie = useReferentie() ?? root?.requestId ?? "onbekend";
  const { t } = useTranslation();
  let titel = t("fout.titel500");
  let tekst = t("fout.tekst500");
  let status = 500;
  if (isRouteErrorResponse(error)) {
    status = error.status;
    if (error.status === 403) {
      titel = t("fout.titel403");
      tekst = typeof error.data === "string" && error.data ? error.data : t("fout.tekst403");
    } else if (error.status === 404) {
      titel = t("fout.titel404");
      tekst = t("fout.tekst404");
    } else if (error.status === 409) {
      titel = t("fout.titel409");
      tekst = typeof error.data === "string" ? error.data : "";
    } else if (error.status < 500 && typeof error.data === "string") {
      titel = error.statusText || titel;
      tekst = error.data;
    }
  }
  return (
    <section className="afs-fout" aria-labelledby="fout-titel">
      <h1 id="fout-titel" className="utrecht-heading-1">
        {titel}
      </h1>
      <p className="utrecht-paragraph">
        {tekst}
        {status >= 500 ? <> {referentie} (foutcode {status})</> : null}
      </p>
      <p className="utrecht-paragraph">
        <Link to="/mijn-werk" className="utrecht-link">
          {t("fout.terug")}
        </Link>
      </p>
    </section>
  );
}
