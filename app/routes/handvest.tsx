import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { handvestVoorMedewerkers, THEMA_VOLGORDE } from "~/features/handvest/beheer.server";
import { formatDatumTijd } from "~/domain/kalender/format";
import { now } from "~/platform/clock";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Ons kwaliteitshandvest – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  const nu = now();
  const normen = handvestVoorMedewerkers(nu);
  const themas = THEMA_VOLGORDE.map((thema) => ({ thema, normen: normen.filter((n) => n.thema === thema) })).filter(
    (g) => g.normen.length > 0,
  );
  return data({ themas, leeg: normen.length === 0, stand: formatDatumTijd(nu) });
}

export default function Handvest() {
  const { themas, leeg, stand } = useLoaderData<typeof loader>();
  const { t } = useTranslation("handvest");
  return (
    <>
      <PageTitle intro={t("pagina.intro")}>{t("pagina.titel")}</PageTitle>
      <p className="utrecht-paragraph afs-handvest-zacht">{t("pagina.stand", { moment: stand })}</p>
      {leeg ? <Melding>{t("pagina.leeg")}</Melding> : null}
      {themas.map((g) => (
        <section key={g.thema} aria-labelledby={`thema-${g.thema}`}>
          <h2 id={`thema-${g.thema}`} className="utrecht-heading-2 afs-handvest-thema">
            {t(`thema.${g.thema}`)}
          </h2>
          <ul className="afs-handvest-normen">
            {g.normen.map((n) => (
              <li key={n.code} className="afs-handvest-norm" aria-labelledby={`norm-${n.code}`}>
                <h3 id={`norm-${n.code}`} className="utrecht-heading-3">
                  {n.titel}
                </h3>
                <p className="utrecht-paragraph afs-handvest-belofte">{n.belofte}</p>
                <dl className="afs-handvest-feiten">
                  <dt>{t("pagina.termijn")}</dt>
                  <dd>{n.termijn}</dd>
                  <dt>{t("pagina.voorbeeld")}</dt>
                  <dd>
                    {n.voorbeeld ? (
                      <>
                        {t(`voorbeeldZin.${n.mijlpaal}`)}{" "}
                        <span className="afs-handvest-voorbeeld">{n.voorbeeld}</span>.
                      </>
                    ) : (
                      t("pagina.voorbeeldOnbekend")
                    )}
                  </dd>
                  <dt>{t("pagina.code")}</dt>
                  <dd>{n.code}</dd>
                </dl>
                <p className="utrecht-paragraph afs-handvest-zacht">
                  {t("pagina.versie", { versie: n.versie, sinds: n.geldigVanafTekst })}
                  {n.gepland ? (
                    <>
                      {" "}
                      {t("pagina.gepland", { vanaf: n.gepland.geldigVanafTekst, versie: n.gepland.versie, termijn: n.gepland.termijn })}
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
