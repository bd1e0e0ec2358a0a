import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { KLANTBEELD_RECENT_DAGEN, zoekBurgers } from "~/features/klantbeeld/klantbeeld.server";
import { formatKort } from "~/domain/kalender/format";
import css from "~/styles/werk.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Klantbeeld – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const zoek = (new URL(request.url).searchParams.get("zoek") ?? "").slice(0, 200);
  if (!zoek.trim()) return data({ zoek, gezocht: false, ongeldig: false, resultaten: [], dagen: KLANTBEELD_RECENT_DAGEN });
  const r = zoekBurgers(user, zoek, origin(context));
  return data({
    zoek,
    gezocht: true,
    ongeldig: r.soort === null,
    resultaten: r.resultaten.map((x) => ({ ...x, laatste: x.laatsteContactOp ? formatKort(x.laatsteContactOp) : null })),
    dagen: KLANTBEELD_RECENT_DAGEN,
  });
}

export default function KlantbeeldZoeken() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("werk");
  return (
    <>
      <PageTitle intro={t("klant.intro")}>{t("klant.titel")}</PageTitle>
      <Form method="get" role="search" aria-label={t("klant.titel")} className="afs-filter">
        <TekstVeld
          id="zoek"
          label={t("klant.zoek")}
          hint={t("klant.zoekHint")}
          defaultValue={d.zoek}
          fout={d.ongeldig ? t("klant.ongeldig") : null}
          autoComplete="off"
          type="search"
        />
        <div className="afs-filter__knoppen">
          <Knop>{t("klant.knop")}</Knop>
        </div>
      </Form>
      <p className="utrecht-paragraph afs-werk-uitleg">{t("klant.toegang", { dagen: d.dagen })}</p>
      {d.gezocht && !d.ongeldig ? (
        <section aria-labelledby="resultaten" className="afs-werk-sectie">
          <h2 id="resultaten" className="utrecht-heading-2">
            {t("klant.resultaten")}
          </h2>
          {d.resultaten.length ? (
            <div className="afs-tabel-container">
              <table className="afs-tabel utrecht-table">
                <caption className="afs-sr">{t("klant.resultaten")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("klant.naam")}</th>
                    <th scope="col">{t("klant.telefoon")}</th>
                    <th scope="col">{t("klant.email")}</th>
                    <th scope="col" className="afs-getal">{t("klant.aantal")}</th>
                    <th scope="col">{t("klant.laatste")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.resultaten.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link to={`/klantbeeld/${r.id}`} className="utrecht-link">
                          {r.naam}
                        </Link>
                      </td>
                      <td>{r.telefoon ?? "—"}</td>
                      <td>{r.email ?? "—"}</td>
                      <td className="afs-getal">{r.aantalAfspraken}</td>
                      <td>{r.laatste ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <Melding soort="info">
              <p className="utrecht-paragraph">{t("klant.geen")}</p>
            </Melding>
          )}
        </section>
      ) : null}
    </>
  );
}
