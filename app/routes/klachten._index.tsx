/**
 * The complaints list for the regieteam (all), teamleiders (their departments) and handlers (their own):
 * filters (also month of receipt van/tot, team and afloop — the drill-down target of the regieteam dashboard),
 * full-text search (FTS5) over complaint text and notes, sorted by due moment, 50 per page. A GET form: works
 * without JavaScript and the filters live in the URL; active filters are listed with a link to remove each.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Keuzelijst, Knop, PageTitle, StatusLabel, TekstVeld } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { keuzelijsten, zoekKlachtenPagina, STATUS_TEKST, KLACHT_AFLOPEN, KLACHT_AFLOOP_TEKST, type KlachtAfloop } from "~/features/klachten/klachten.server";
import { teamsLijst } from "~/features/statistiek/basis.server";
import { leesMaand, maandTekst } from "~/features/statistiek/filter";
import { leesKlachtFilter } from "~/features/statistiek/klachtfilter";
import { BEHOORLIJKHEIDSNORMEN, KANAAL_TEKST, KLACHT_KANALEN, OORDEEL_TEKST, OORDELEN, type KlachtKanaal, type Oordeel } from "~/features/klachten/recht";
import { formatKort, formatDatum } from "~/domain/kalender/format";
import css from "~/styles/klachten.css";
import { PaginaNummers } from "~/platform/ui/paginanummers";
import dashboardCss from "~/styles/dashboard.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: css },
  { rel: "stylesheet", href: dashboardCss },
];
export const meta: MetaFunction = () => [{ title: "Klachten – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const url = new URL(request.url);
  const u = url.searchParams;
  const { filter, fouten } = leesKlachtFilter(u);
  const { rijen, totaal, pagina, paginas } = zoekKlachtenPagina(user, filter, origin(context));
  const afdelingen = keuzelijsten().afdelingen;
  const teams = teamsLijst();
  // the active filters in words, each with the URL without it
  const namen: Record<string, (v: string) => string> = {
    zoek: (v) => `Zoekterm "${v}"`,
    status: (v) => `Status: ${STATUS_TEKST[v as keyof typeof STATUS_TEKST] ?? v}`,
    oordeel: (v) => `Oordeel: ${v === "geen" ? "(nog) geen oordeel" : OORDEEL_TEKST[v as Oordeel] ?? v}`,
    afdeling: (v) => `Afdeling: ${afdelingen.find((a) => String(a.id) === v)?.naam ?? v}`,
    team: (v) => `Team: ${teams.find((t) => String(t.id) === v)?.naam ?? v}`,
    kanaal: (v) => `Kanaal: ${KANAAL_TEKST[v as KlachtKanaal] ?? v}`,
    norm: (v) => `Norm: ${BEHOORLIJKHEIDSNORMEN.find((n) => String(n.nr) === v)?.naam ?? v}`,
    telaat: () => "Alleen te laat",
    van: (v) => `Ontvangen vanaf ${leesMaand(v) ? maandTekst(leesMaand(v)!) : v}`,
    tot: (v) => `Ontvangen tot en met ${leesMaand(v) ? maandTekst(leesMaand(v)!) : v}`,
    afloop: (v) => `Afloop: ${KLACHT_AFLOOP_TEKST[v as KlachtAfloop] ?? v}`,
  };
  const actief = [...u.entries()]
    .filter(([k, v]) => v && namen[k])
    .map(([k, v]) => {
      const zonder = new URLSearchParams(u);
      zonder.delete(k);
      zonder.delete("pagina");
      return { sleutel: k, tekst: namen[k]!(v), zonder: `/klachten${zonder.size ? `?${zonder.toString()}` : ""}` };
    });
  const basis = new URLSearchParams(u);
  basis.delete("pagina");
  return data(
    {
      rijen,
      totaal,
      pagina,
      paginas,
      fouten,
      actief,
      basis: basis.toString(),
      zoek: url.search,
      filter: Object.fromEntries(u.entries()),
      afdelingen,
      teams,
      statussen: Object.entries(STATUS_TEKST),
      aflopen: KLACHT_AFLOPEN.map((a) => ({ value: a as string, label: KLACHT_AFLOOP_TEKST[a] })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function Klachten() {
  const { rijen, totaal, pagina, paginas, fouten, actief, basis, zoek, filter, afdelingen, teams, statussen, aflopen } = useLoaderData<typeof loader>();
  const f = filter as Record<string, string | undefined>;
  const href = (p: number) => `/klachten?${basis}${basis ? "&" : ""}pagina=${p}`;
  const afdNaam = new Map(afdelingen.map((a) => [a.id, a.naam]));
  return (
    <>
      <PageTitle intro="Klachten die u mag zien, op volgorde van het uiterste moment. Het regieteam ziet alle klachten, een teamleider die van de eigen afdeling, een klachtbehandelaar de eigen klachten.">
        Klachten
      </PageTitle>
      <p className="utrecht-paragraph kl-knoppen">
        <Link to="/klachten/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">Klacht registreren</Link>
      </p>
      <Form method="get" className="kl-filters" role="search" aria-label="Klachten filteren">
        <TekstVeld id="zoek" label="Zoeken in klachttekst en notities" defaultValue={f.zoek ?? ""} type="search" />
        <Keuzelijst id="status" label="Status" defaultValue={f.status ?? ""} opties={[{ value: "", label: "Alle" }, ...statussen.map(([v, l]) => ({ value: v, label: l }))]} />
        <Keuzelijst id="oordeel" label="Oordeel" defaultValue={f.oordeel ?? ""} opties={[{ value: "", label: "Alle" }, ...OORDELEN.map((o) => ({ value: o, label: OORDEEL_TEKST[o] })), { value: "geen", label: "(Nog) geen oordeel" }]} />
        <Keuzelijst id="afloop" label="Afloop" defaultValue={f.afloop ?? ""} opties={[{ value: "", label: "Alle" }, ...aflopen]} />
        <Keuzelijst id="afdeling" label="Afdeling" defaultValue={f.afdeling ?? ""} opties={[{ value: "", label: "Alle" }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
        <Keuzelijst id="team" label="Team" defaultValue={f.team ?? ""} opties={[{ value: "", label: "Alle" }, ...teams.map((t) => ({ value: String(t.id), label: `${t.naam} (${afdNaam.get(t.afdelingId) ?? "?"})` }))]} />
        <Keuzelijst id="kanaal" label="Kanaal" defaultValue={f.kanaal ?? ""} opties={[{ value: "", label: "Alle" }, ...KLACHT_KANALEN.map((k) => ({ value: k, label: KANAAL_TEKST[k] }))]} />
        <Keuzelijst id="norm" label="Behoorlijkheidsnorm" defaultValue={f.norm ?? ""} opties={[{ value: "", label: "Alle" }, ...BEHOORLIJKHEIDSNORMEN.map((n) => ({ value: String(n.nr), label: `${n.nr}. ${n.naam}` }))]} />
        <Keuzelijst id="telaat" label="Termijn" defaultValue={f.telaat ?? ""} opties={[{ value: "", label: "Alle" }, { value: "ja", label: "Alleen te laat" }]} />
        <TekstVeld id="van" label="Ontvangen vanaf maand" hint="JJJJ-MM" type="month" defaultValue={f.van ?? ""} fout={fouten.van} />
        <TekstVeld id="tot" label="Ontvangen tot en met maand" hint="JJJJ-MM" type="month" defaultValue={f.tot ?? ""} fout={fouten.tot} />
        <Knop soort="secundair">Filteren</Knop>
      </Form>
      {actief.length ? (
        <>
          <h2 className="afs-sr">Actieve filters</h2>
          <ul className="db-actief" aria-label="Actieve filters">
            {actief.map((a) => (
              <li key={a.sleutel}>
                {a.tekst}
                <a className="utrecht-link" href={a.zonder}>
                  <span aria-hidden="true">✕</span>
                  <span className="afs-sr">Filter {a.tekst} verwijderen</span>
                </a>
              </li>
            ))}
            <li>
              <a className="utrecht-link" href="/klachten">Alle filters wissen</a>
            </li>
          </ul>
        </>
      ) : null}
      <p className="utrecht-paragraph" role="status">
        {totaal === 1 ? "1 klacht" : `${totaal.toLocaleString("nl-NL")} klachten`}
        {paginas > 1 ? ` · pagina ${pagina} van ${paginas}` : ""}
      </p>
      {totaal > 0 ? <ExportKnoppen pad="/klachten/export" zoek={zoek} label="Deze klachtenlijst downloaden (zonder gegevens van klagers)" /> : null}
      {rijen.length ? (
        <table className="kl-tabel">
          <caption className="afs-sr">Klachten, gesorteerd op uiterste moment</caption>
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Klager</th>
              <th scope="col">Status</th>
              <th scope="col">Uiterlijk</th>
              <th scope="col">Behandelaar</th>
              <th scope="col">Afdeling</th>
              <th scope="col">Kanaal</th>
              <th scope="col">Ontvangen</th>
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr key={r.id}>
                <td><Link to={`/klachten/${r.id}`}>{r.nummer}</Link></td>
                <td>{r.klagerNaam}</td>
                <td>{r.statusTekst}{r.oordeel ? ` (${OORDEEL_TEKST[r.oordeel as Oordeel] ?? r.oordeel})` : ""}</td>
                <td>{r.termijnOp ? <>{formatKort(r.termijnOp)} {r.termijnStatus ? <StatusLabel status={r.termijnStatus} /> : null}</> : "—"}</td>
                <td>{r.behandelaarNaam ?? "Nog niet toegewezen"}</td>
                <td>{r.afdeling ?? "—"}</td>
                <td>{r.kanaal}</td>
                <td>{formatDatum(r.ontvangenOp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="utrecht-paragraph">Geen klachten gevonden met deze filters.</p>
      )}
      <PaginaNummers pagina={pagina} paginas={paginas} href={href} label="Paginering klachten" />
    </>
  );
}
