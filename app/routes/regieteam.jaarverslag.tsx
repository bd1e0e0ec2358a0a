/**
 * Jaarverslag klachten (Awb 9:12a) voor de gemeenteraad: per jaar de ontvangen klachten met het vorige jaar
 * ernaast, afdrukbaar (printstylesheet) en te downloaden als CSV/XLSX. Alleen het regieteam.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ExportKnoppen } from "~/platform/ui/export";
import { Melding, PageTitle } from "~/platform/ui/ui";
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

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `Jaarverslag klachten ${d?.jaar ?? ""} – Afspraak` },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  const v = jaarverslagPagina(new URL(request.url));
  return data({ ...v, kto: ktoVoorJaar(v.jaar) }, { status: v.fout ? 400 : 200 });
}

export default function Jaarverslag() {
  const d = useLoaderData<typeof loader>();
  return (
    <div className="jv">
      <PageTitle>Jaarverslag klachten {d.jaar}</PageTitle>
      <JaarVerantwoording jaar={d.jaar} vorigJaar={d.vorigJaar} peildatum={d.peildatum} />
      <JaarKeuze jaar={d.jaar} fout={d.fout} jaren={d.jaren} beschikbareJaren={d.beschikbareJaren} />

      <p className="utrecht-paragraph jv-afdruk-hint jv-geen-print">
        Afdrukken of als pdf bewaren: kies <strong>Afdrukken</strong> in uw browser (Ctrl+P, op een Mac Cmd+P). Menu,
        knoppen en keuzes worden dan weggelaten en elk onderdeel begint op een nieuwe pagina.
      </p>

      <ExportKnoppen pad="/regieteam/jaarverslag/export" zoek={`?jaar=${d.jaar}`} label={`Jaarverslag ${d.jaar} downloaden`} />

      {d.lopendJaar ? (
        <Melding soort="waarschuwing">
          <p className="utrecht-paragraph">
            {d.jaar} is nog niet voorbij: de cijfers zijn voorlopig en veranderen nog.
          </p>
        </Melding>
      ) : null}

      {!d.heeftKlachten ? (
        <Melding soort="info" titel={`Geen klachten ontvangen in ${d.jaar}`}>
          <p className="utrecht-paragraph">
            Er zijn in {d.jaar} geen klachten geregistreerd in Afspraak.{" "}
            {d.beschikbareJaren.length > 0
              ? `Jaren met klachten: ${d.beschikbareJaren.join(", ")}.`
              : "Er zijn nog in geen enkel jaar klachten geregistreerd."}
          </p>
        </Melding>
      ) : null}

      {d.heeftIets ? <JaarSecties jaar={d.jaar} secties={d.secties} /> : null}
      <KtoSectie kto={d.kto} titel={`Tevredenheid van inwoners ${d.jaar}`} meerLink={`/regieteam/tevredenheid?van=${d.jaar}-01-01&tot=${d.jaar}-12-31`} />
    </div>
  );
}
