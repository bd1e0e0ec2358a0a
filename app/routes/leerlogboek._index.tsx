/**
 * Het leerlogboek: every lesson, newest first, for all staff (that is how the organisation learns). Filters in
 * the URL (a GET form, works without JavaScript): period (months), afdeling, behoorlijkheidsnorm, processtap and
 * text; paginated; download as CSV or XLSX. Only the regieteam writes.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { Keuzelijst, Knop, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { heeft, requireUser } from "~/platform/auth/permissions.server";
import { keuzes, korteDatum, leesLesFilter, zoekLessen } from "~/features/leerlogboek/leerlogboek.server";
import { normNaam } from "~/features/klachten/recht";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Leerlogboek – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const u = new URL(request.url).searchParams;
  const filter = leesLesFilter(u);
  const r = zoekLessen(filter, Number(u.get("pagina")) || 1);
  const k = keuzes();
  return data(
    {
      ...r,
      rijen: r.rijen.map((l) => ({ ...l, datum: korteDatum(l.aangemaaktOp) })),
      filter: Object.fromEntries(u.entries()) as Record<string, string>,
      afdelingen: k.afdelingen,
      normen: k.normen,
      processtappen: k.processtappen,
      magSchrijven: heeft(user, "regieteam"),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

function paginaHref(zoek: string, pagina: number): string {
  const p = new URLSearchParams(zoek);
  p.set("pagina", String(pagina));
  return `?${p.toString()}`;
}

export default function Leerlogboek() {
  const d = useLoaderData<typeof loader>();
  const f = d.filter;
  const { search } = useLocation();
  return (
    <>
      <PageTitle intro="Wat ging er mis, waarom, en wat leren we ervan? Het leerlogboek is blameless: het noemt processen, geen personen. Iedere medewerker kan het lezen.">
        Leerlogboek
      </PageTitle>
      <div className="ll-knoppen">
        {d.magSchrijven ? (
          <Link to="/leerlogboek/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            Nieuwe les vastleggen
          </Link>
        ) : null}
        <Link to="/verbeteracties" className="utrecht-link">Verbeteracties</Link>
      </div>
      <Form method="get" className="ll-filters" role="search" aria-label="Leerlogboek filteren">
        <TekstVeld id="zoek" label="Zoeken in titel, oorzaak en les" type="search" defaultValue={f.zoek ?? ""} />
        <TekstVeld id="van" label="Van (maand)" type="month" defaultValue={f.van ?? ""} />
        <TekstVeld id="tot" label="Tot en met (maand)" type="month" defaultValue={f.tot ?? ""} />
        <Keuzelijst id="afdeling" label="Afdeling" defaultValue={f.afdeling ?? ""} opties={[{ value: "", label: "Alle" }, ...d.afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
        <Keuzelijst id="norm" label="Behoorlijkheidsnorm" defaultValue={f.norm ?? ""} opties={[{ value: "", label: "Alle" }, ...d.normen.map((n) => ({ value: String(n.nr), label: `${n.nr}. ${n.naam}` }))]} />
        <Keuzelijst id="processtap" label="Processtap" defaultValue={f.processtap ?? ""} opties={[{ value: "", label: "Alle" }, ...d.processtappen]} />
        <Knop soort="secundair">Filteren</Knop>
      </Form>
      <p className="utrecht-paragraph" role="status">
        {d.totaal === 1 ? "1 les" : `${d.totaal} lessen`}
        {d.paginas > 1 ? ` · pagina ${d.pagina} van ${d.paginas}` : ""}
      </p>
      <ExportKnoppen pad="/leerlogboek/export" zoek={search} label="Leerlogboek downloaden" />
      {d.rijen.length ? (
        <table className="ll-tabel">
          <caption className="afs-sr">Lessen, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Titel</th>
              <th scope="col">Normen</th>
              <th scope="col">Processtap</th>
              <th scope="col">Afdeling</th>
              <th scope="col">Datum</th>
              <th scope="col" className="ll-getal">Koppelingen</th>
              <th scope="col" className="ll-getal">Acties</th>
            </tr>
          </thead>
          <tbody>
            {d.rijen.map((l) => (
              <tr key={l.id}>
                <td><Link to={`/leerlogboek/${l.id}`}>{l.nummer}</Link></td>
                <td>{l.titel}</td>
                <td>{l.normen.map((n) => `${n}. ${normNaam(n)}`).join(", ")}</td>
                <td>{l.processtapTekst}</td>
                <td>{l.afdeling ?? "—"}</td>
                <td>{l.datum}</td>
                <td className="ll-getal">{l.koppelingen}</td>
                <td className="ll-getal">{l.acties}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="utrecht-paragraph">Geen lessen gevonden met deze filters.</p>
      )}
      {d.paginas > 1 ? (
        <nav className="ll-paginering" aria-label="Paginering">
          {d.pagina > 1 ? <Link to={paginaHref(search, d.pagina - 1)}>Vorige pagina</Link> : null}
          <span>Pagina {d.pagina} van {d.paginas}</span>
          {d.pagina < d.paginas ? <Link to={paginaHref(search, d.pagina + 1)}>Volgende pagina</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
