/**
 * Regieteam: the deadlines behind a charter-compliance number (drill-down from /regieteam/nakoming and the
 * dashboard): ?norm=CODE&team=…&afdeling=…&van=YYYY-MM&tot=YYYY-MM&opTijd=0|1, or ?nu=te_laat for the deadlines
 * overdue right now. 50 per page. Employee names are shown: regieteam only.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ExportKnoppen } from "~/platform/ui/export";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { formatKort } from "~/domain/kalender/format";
import { now } from "~/platform/clock";
import { audit, origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesTermijnFilter } from "~/features/statistiek/filter";
import { PAGINA_GROOTTE, termijnFilterTekst, termijnenLijst } from "~/features/statistiek/nakoming.server";
import { PaginaNummers } from "~/platform/ui/paginanummers";
import dashboardCss from "~/styles/dashboard.css";
import grafiekCss from "~/styles/grafiek.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: grafiekCss },
  { rel: "stylesheet", href: dashboardCss },
];
export const meta: MetaFunction = () => [{ title: "Termijnen – Nakoming handvest – Regieteam – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const url = new URL(request.url);
  const { filter, pagina, fouten } = leesTermijnFilter(url.searchParams);
  const { rijen, totaal } = termijnenLijst(filter, pagina, now());
  audit({ actor: user, actie: "regieteam.termijnen", objectType: "termijn", objectId: null, resultaat: "ok", oorsprong: origin(context), details: { filter, pagina, aantal: rijen.length } });
  const params = new URLSearchParams(url.searchParams);
  params.delete("pagina");
  return data(
    { rijen, totaal, pagina, paginas: Math.max(1, Math.ceil(totaal / PAGINA_GROOTTE)), fouten, beschrijving: termijnFilterTekst(filter), basis: params.toString(), zoek: url.search, nu: filter.nu === "te_laat" },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function Termijnen() {
  const { rijen, totaal, pagina, paginas, fouten, beschrijving, basis, zoek, nu } = useLoaderData<typeof loader>();
  const href = (p: number) => `/regieteam/termijnen?${basis}${basis ? "&" : ""}pagina=${p}`;
  return (
    <>
      <PageTitle intro="De termijnen achter een getal op het dashboard nakoming handvest. Klik op een afspraak om die te openen.">
        {nu ? "Termijnen die nu te laat zijn" : "Gehaalde termijnen"}
      </PageTitle>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/regieteam/nakoming">Terug naar nakoming handvest</a>
      </p>
      {Object.keys(fouten).length ? (
        <Melding soort="fout" titel="Niet alle filters konden worden toegepast">
          <ul>
            {Object.entries(fouten).map(([k, v]) => (
              <li key={k}>{k}: {v}</li>
            ))}
          </ul>
        </Melding>
      ) : null}
      <p className="utrecht-paragraph" role="status">
        {totaal.toLocaleString("nl-NL")} {totaal === 1 ? "termijn" : "termijnen"}
        {beschrijving.length ? `: ${beschrijving.join(", ")}` : ""}.
        {paginas > 1 ? ` Pagina ${pagina} van ${paginas}.` : ""}
      </p>
      <ExportKnoppen pad="/regieteam/termijnen/export" zoek={zoek} label="Deze termijnen downloaden" />
      {rijen.length ? (
        <div className="afs-tabel-container">
          <table className="db-tabel">
            <caption className="afs-sr">Termijnen{beschrijving.length ? `: ${beschrijving.join(", ")}` : ""}</caption>
            <thead>
              <tr>
                <th scope="col">Afspraak</th>
                <th scope="col">Soort</th>
                <th scope="col">Team</th>
                <th scope="col">Eigenaar</th>
                <th scope="col">Norm</th>
                <th scope="col">Start</th>
                <th scope="col">Uiterlijk</th>
                <th scope="col">Gehaald</th>
                <th scope="col">Op tijd</th>
              </tr>
            </thead>
            <tbody>
              {rijen.map((r) => (
                <tr key={r.termijnId}>
                  <td><a className="utrecht-link" href={r.link}>{r.titel}</a></td>
                  <td>{r.soortNaam}</td>
                  <td>{r.team ?? "—"}</td>
                  <td>{r.eigenaar ?? "—"}</td>
                  <td>{r.normCode} – {r.normTitel}</td>
                  <td>{formatKort(r.startOp)}</td>
                  <td>{formatKort(r.termijnOp)}</td>
                  <td>{r.gehaaldOp ? formatKort(r.gehaaldOp) : "nog niet"}</td>
                  <td>{r.opTijd === null ? (nu ? "■ Te laat (loopt nog)" : "—") : r.opTijd ? "✓ Op tijd" : "■ Te laat"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">Geen termijnen met deze filters.</p>
      )}
      <PaginaNummers pagina={pagina} paginas={paginas} href={href} label="Paginering" />
    </>
  );
}
