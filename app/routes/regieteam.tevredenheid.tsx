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
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "statistiek:kto.titel", "nav.regieteam");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  const { filter, fout } = leesKtoFilter(new URL(request.url), undefined, taalVan(request));
  const o = ktoOverzicht(filter, fout);
  return data({ o, antwoorden: heeftDrilldown(filter) ? ktoAntwoorden(filter) : null, zoek: ktoZoek(filter), basis: ktoZoek({ ...filter, team: null, norm: null, kanaal: null, soort: null }) }, { status: fout ? 400 : 200, headers: { "Cache-Control": "no-store" } });
}

export default function Tevredenheid() {
  const { o, antwoorden, zoek, basis } = useLoaderData<typeof loader>();
  const { t } = useTranslation("statistiek");
  const { t: tw } = useTranslation("werk");
  const f = useDatum();
  return (
    <>
      <PageTitle intro={t("kto.intro")}>{t("kto.titel")}</PageTitle>
      {o.fout ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{o.fout}</p>
        </Melding>
      ) : null}
      <Form method="get" className="afs-filter">
        <TekstVeld id="van" label={t("kto.van")} defaultValue={o.filter.van} />
        <TekstVeld id="tot" label={t("kto.tot")} defaultValue={o.filter.tot} />
        <Knop soort="secundair">{t("kto.toon")}</Knop>
      </Form>
      <ExportKnoppen pad="/regieteam/tevredenheid/export" zoek={zoek} label={t("kto.downloaden")} />
      <KtoKengetal kto={o} />
      <KtoTabellen kto={o} />
      {antwoorden ? (
        <section aria-labelledby="antwoorden">
          <h2 id="antwoorden" className="utrecht-heading-2">
            {t("kto.antwoordenKop", { n: antwoorden.length })}
          </h2>
          <p className="utrecht-paragraph">
            <Link to={`/regieteam/tevredenheid${basis}`} className="utrecht-link">
              {t("kto.alleGroepen")}
            </Link>
          </p>
          <table className="utrecht-table afs-tabel">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">{t("kto.beantwoord")}</th>
                <th className="utrecht-table__header-cell" scope="col">{t("kto.cijfer")}</th>
                <th className="utrecht-table__header-cell" scope="col">{t("kto.afspraak")}</th>
                <th className="utrecht-table__header-cell" scope="col">{t("kto.team")}</th>
                <th className="utrecht-table__header-cell" scope="col">{t("kto.toelichting")}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {antwoorden.map((a) => (
                <tr key={a.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{f.kort(a.beantwoordOp)}</td>
                  <td className="utrecht-table__cell">{a.score}</td>
                  <td className="utrecht-table__cell">
                    {tw(`soort.${a.soortCode}`, { defaultValue: a.soort })}: {a.titel}
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
