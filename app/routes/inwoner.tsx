/**
 * The public layout for citizens (/inwoner/*): no staff navigation, no login (root.tsx skips the staff shell for
 * these paths). Plain B1 Dutch, English via the language switch; everything works without JavaScript.
 */
import type { LinksFunction } from "@remix-run/node";
import { isRouteErrorResponse, Outlet, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InwonerKop, InwonerVoet, InwonerPagina, TerugLink } from "~/features/inwoner/components/layout";
import type { RootData } from "~/root";
import css from "~/styles/inwoner.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];

export default function InwonerLayout() {
  const root = useRouteLoaderData("root") as RootData | undefined;
  return (
    <div className="inw">
      <InwonerKop taal={root?.taal ?? "nl"} />
      <main id="inhoud" tabIndex={-1} className="inw-inhoud">
        <Outlet />
      </main>
      <InwonerVoet />
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData("root") as RootData | undefined;
  const { t } = useTranslation("inwoner");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const eigen = isRouteErrorResponse(error) && status < 500 && status !== 404 && typeof error.data === "string" ? error.data : null;
  const tekst = eigen || (status === 404 ? t("fout.tekst404") : t("fout.tekst500"));
  return (
    <div className="inw">
      <InwonerKop taal={root?.taal ?? "nl"} />
      <main id="inhoud" tabIndex={-1} className="inw-inhoud">
        <InwonerPagina titel={status === 404 ? t("fout.titel404") : eigen && isRouteErrorResponse(error) && error.statusText ? error.statusText : t("fout.titel500")}>
          <p className="utrecht-paragraph">
            {tekst}
            {status >= 500 ? ` ${root?.requestId ?? ""}` : null}
          </p>
          <TerugLink />
        </InwonerPagina>
      </main>
      <InwonerVoet />
    </div>
  );
}
