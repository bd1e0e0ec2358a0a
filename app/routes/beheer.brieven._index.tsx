/**
 * Letter templates for klachten (beheer): the four templates with their version and last change.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { useDatum } from "~/platform/i18n/datum";
import { requireUser } from "~/platform/auth/permissions.server";
import { alleSjablonen, BRIEF_SOORTEN, BRIEF_TITEL, type BriefSoort } from "~/features/klachten/brieven.server";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:kaart.brieven");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const opgeslagen = new URL(request.url).searchParams.get("opgeslagen");
  return data({
    sjablonen: alleSjablonen().map((s) => ({ soort: s.soort, titel: s.titel, onderwerp: s.onderwerp, versie: s.versie, gewijzigdOp: s.gewijzigdOp })),
    // the title is looked up here: *.server modules are not in the browser bundle
    opgeslagen: (BRIEF_SOORTEN as readonly string[]).includes(opgeslagen ?? "") ? { soort: opgeslagen as BriefSoort, titel: BRIEF_TITEL[opgeslagen as BriefSoort] } : null,
  });
}

export default function Briefsjablonen() {
  const { sjablonen, opgeslagen } = useLoaderData<typeof loader>();
  const { t } = useTranslation("beheer");
  const f = useDatum();
  const titel = (soort: string, nl: string) => t(`brieven.soort.${soort}`, { defaultValue: nl });
  return (
    <>
      <PageTitle intro={t("brieven.intro", { veld: "{{klager.naam}}" })}>{t("kaart.brieven")}</PageTitle>
      {opgeslagen ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{t("brieven.opgeslagen", { titel: titel(opgeslagen.soort, opgeslagen.titel) })}</p>
        </Melding>
      ) : null}
      <table className="kl-tabel">
        <caption className="afs-sr">{t("kaart.brieven")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("brieven.brief")}</th>
            <th scope="col">{t("brieven.onderwerp")}</th>
            <th scope="col">{t("brieven.versie")}</th>
            <th scope="col">{t("brieven.gewijzigd")}</th>
          </tr>
        </thead>
        <tbody>
          {sjablonen.map((s) => (
            <tr key={s.soort}>
              <td>
                <Link to={`/beheer/brieven/${s.soort}`} className="utrecht-link">
                  {titel(s.soort, s.titel)}
                </Link>
              </td>
              <td>{s.onderwerp}</td>
              <td>{s.versie === 0 ? t("brieven.standaard") : s.versie}</td>
              <td>{s.gewijzigdOp ? f.datumTijd(s.gewijzigdOp) : t("brieven.nooit")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("sso.terug")}
        </Link>
      </p>
    </>
  );
}
