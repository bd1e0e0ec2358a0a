/**
 * Jaarverslag klachten (Awb 9:12a) voor de gemeenteraad: per jaar de ontvangen klachten met het vorige jaar
 * ernaast, afdrukbaar (printstylesheet) en te downloaden als CSV/XLSX. Alleen het regieteam.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ExportKnoppen } from "~/platform/ui/export";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { taalVanMatches, vertaal } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { jaarverslagPagina } from "~/features/statistiek/pagina.server";
import { ktoVoorJaar } from "~/features/statistiek/kto.server";
import { KtoSectie } from "~/features/statistiek/components/kto";
import { JaarKeuze, JaarSecties, JaarVerantwoording } from "~/features/statistiek/components/jaarverslag";
import css from "~/styles/jaarverslag.css";
import werkCss from "~/styles/werk.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: werkCss },
  { rel: "stylesheet", href: css },
];

export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => [
  { title: `${vertaal(taalVanMatches(matches), "statistiek:jaarverslag.titel", { jaar: d?.jaar ?? "" })} – Afspraak` },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  const v = jaarverslagPagina(new URL(request.url), taalVan(request));
  return data({ ...v, kto: ktoVoorJaar(v.jaar) }, { status: v.fout ? 400 : 200 });
}

export default function Jaarverslag() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("statistiek");
  return (
    <div className="jv">
      <PageTitle>{t("jaarverslag.titel", { jaar: d.jaar })}</PageTitle>
      <JaarVerantwoording jaar={d.jaar} vorigJaar={d.vorigJaar} peildatum={d.peildatum} peilmoment={d.peilmoment} />
      <JaarKeuze jaar={d.jaar} fout={d.fout} jaren={d.jaren} beschikbareJaren={d.beschikbareJaren} />

      <p className="utrecht-paragraph jv-afdruk-hint jv-geen-print">
        {t("jaarverslag.afdrukVoor")} <strong>{t("jaarverslag.afdrukken")}</strong> {t("jaarverslag.afdrukNa")}
      </p>

      <ExportKnoppen pad="/regieteam/jaarverslag/export" zoek={`?jaar=${d.jaar}`} label={t("jaarverslag.downloaden", { jaar: d.jaar })} />

      {d.lopendJaar ? (
        <Melding soort="waarschuwing">
          <p className="utrecht-paragraph">
            {t("jaarverslag.voorlopig", { jaar: d.jaar })}
          </p>
        </Melding>
      ) : null}

      {!d.heeftKlachten ? (
        <Melding soort="info" titel={t("jaarverslag.geenKlachtenTitel", { jaar: d.jaar })}>
          <p className="utrecht-paragraph">
            {t("jaarverslag.geenKlachten", { jaar: d.jaar })}{" "}
            {d.beschikbareJaren.length > 0 ? t("jaarverslag.jarenMet", { jaren: d.beschikbareJaren.join(", ") }) : t("jaarverslag.geenJaren")}
          </p>
        </Melding>
      ) : null}

      {d.heeftIets ? <JaarSecties jaar={d.jaar} secties={d.secties} /> : null}
      <KtoSectie kto={d.kto} titel={t("jaarverslag.kto", { jaar: d.jaar })} meerLink={`/regieteam/tevredenheid?van=${d.jaar}-01-01&tot=${d.jaar}-12-31`} />
    </div>
  );
}
