import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { MIJLPAAL_NAMEN, normenOverzicht, termijnTekst } from "~/features/handvest/beheer.server";
import { formatDatumTijd } from "~/domain/kalender/format";
import { now } from "~/platform/clock";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Normen van het kwaliteitshandvest – Beheer – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const nu = now();
  const url = new URL(request.url);
  const aangemaakt = url.searchParams.get("aangemaakt");
  const rijen = normenOverzicht(nu).map((n) => {
    const v = n.huidig ?? n.laatste;
    return {
      code: n.code,
      titel: v.titel,
      mijlpaal: MIJLPAAL_NAMEN[v.mijlpaal],
      termijn: termijnTekst(v),
      versie: v.versie,
      aantalVersies: n.aantalVersies,
      actief: v.actief,
      nogNiet: n.huidig ? null : formatDatumTijd(n.laatste.geldigVanaf),
      gepland: n.gepland && n.huidig ? { versie: n.gepland.versie, vanaf: formatDatumTijd(n.gepland.geldigVanaf) } : null,
    };
  });
  return data({ rijen, aangemaakt: aangemaakt && rijen.some((r) => r.code === aangemaakt) ? aangemaakt : null });
}

export default function BeheerHandvest() {
  const { rijen, aangemaakt } = useLoaderData<typeof loader>();
  const { t } = useTranslation("handvest");
  return (
    <>
      <PageTitle intro={t("beheer.intro")}>{t("beheer.titel")}</PageTitle>
      {aangemaakt ? <Melding soort="ok">{t("beheer.aangemaakt", { code: aangemaakt })}</Melding> : null}
      <div className="afs-acties">
        <Link to="/beheer/handvest/nieuw" className="utrecht-button utrecht-button--primary-action">
          {t("beheer.nieuweNorm")}
        </Link>
        <Link to="/beheer/kalender" className="utrecht-link">
          {t("beheer.kalenderLink")}
        </Link>
      </div>
      <div className="afs-tabel-container">
        <table className="afs-tabel">
          <caption>{t("beheer.tabel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("beheer.code")}</th>
              <th scope="col">{t("beheer.titelKolom")}</th>
              <th scope="col">{t("beheer.mijlpaal")}</th>
              <th scope="col">{t("beheer.termijn")}</th>
              <th scope="col">{t("beheer.versie")}</th>
              <th scope="col">{t("beheer.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  <Link to={`/beheer/handvest/${r.code}`} className="utrecht-link" aria-label={t("beheer.bekijk", { code: r.code })}>
                    {r.code}
                  </Link>
                </th>
                <td>{r.titel}</td>
                <td>{r.mijlpaal}</td>
                <td>{r.termijn}</td>
                <td>
                  {r.versie} / {r.aantalVersies}
                </td>
                <td>
                  {r.actief ? t("beheer.actief") : t("beheer.inactief")}
                  {r.nogNiet ? (
                    <>
                      <br />
                      {t("beheer.nogNiet", { vanaf: r.nogNiet })}
                    </>
                  ) : null}
                  {r.gepland ? (
                    <>
                      <br />
                      {t("beheer.gepland", { versie: r.gepland.versie, vanaf: r.gepland.vanaf })}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
