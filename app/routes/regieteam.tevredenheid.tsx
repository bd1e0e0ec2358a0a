/**
 * Regieteam › Tevredenheid inwoners: the answers to the satisfaction check (KTO) per team, norm, channel and kind,
 * over a period; every number leads to the answers behind it; CSV/XLSX download of all tables.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ExportKnoppen } from "~/platform/ui/export";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { heeftDrilldown, ktoAntwoorden, ktoOverzicht, ktoZoek, leesKtoFilter } from "~/features/statistiek/kto.server";
import { KtoKengetal, KtoTabellen } from "~/features/statistiek/components/kto";
import { formatKort } from "~/domain/kalender/format";

export const meta: MetaFunction = () => [{ title: "Tevredenheid inwoners – Regieteam – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  const { filter, fout } = leesKtoFilter(new URL(request.url));
  const o = ktoOverzicht(filter, fout);
  return data({ o, antwoorden: heeftDrilldown(filter) ? ktoAntwoorden(filter) : null, zoek: ktoZoek(filter), basis: ktoZoek({ ...filter, team: null, norm: null, kanaal: null, soort: null }) }, { status: fout ? 400 : 200, headers: { "Cache-Control": "no-store" } });
}

export default function Tevredenheid() {
  const { o, antwoorden, zoek, basis } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro="Na een terugbelafspraak, een warme overdracht of een klacht krijgt de inwoner één vraag: hoe tevreden bent u (1 tot 5)? Elk getal leidt naar de antwoorden erachter.">
        Tevredenheid inwoners
      </PageTitle>
      {o.fout ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{o.fout}</p>
        </Melding>
      ) : null}
      <Form method="get" className="afs-filter">
        <TekstVeld id="van" label="Van (jjjj-mm-dd)" defaultValue={o.filter.van} />
        <TekstVeld id="tot" label="Tot en met (jjjj-mm-dd)" defaultValue={o.filter.tot} />
        <Knop soort="secundair">Toon</Knop>
      </Form>
      <ExportKnoppen pad="/regieteam/tevredenheid/export" zoek={zoek} label="Tevredenheid downloaden" />
      <KtoKengetal kto={o} />
      <KtoTabellen kto={o} />
      {antwoorden ? (
        <section aria-labelledby="antwoorden">
          <h2 id="antwoorden" className="utrecht-heading-2">
            Antwoorden ({antwoorden.length})
          </h2>
          <p className="utrecht-paragraph">
            <Link to={`/regieteam/tevredenheid${basis}`} className="utrecht-link">
              Alle groepen tonen
            </Link>
          </p>
          <table className="utrecht-table afs-tabel">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Beantwoord</th>
                <th className="utrecht-table__header-cell" scope="col">Cijfer</th>
                <th className="utrecht-table__header-cell" scope="col">Afspraak</th>
                <th className="utrecht-table__header-cell" scope="col">Team</th>
                <th className="utrecht-table__header-cell" scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {antwoorden.map((a) => (
                <tr key={a.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatKort(a.beantwoordOp)}</td>
                  <td className="utrecht-table__cell">{a.score}</td>
                  <td className="utrecht-table__cell">
                    {a.soort}: {a.titel}
                  </td>
                  <td className="utrecht-table__cell">{a.teamNaam ?? "—"}</td>
                  <td className="utrecht-table__cell">{a.opmerking ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
