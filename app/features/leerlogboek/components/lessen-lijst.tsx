/** The leerlogboek list: the filter (a GET form), the table of lessons (newest first) and previous/next paging. */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, TekstVeld } from "~/platform/ui/ui";
import { normNaam } from "~/features/klachten/recht";
import type { lessenPagina } from "../lijst.server";

type Pagina = ReturnType<typeof lessenPagina>;
const ALLE = { value: "", label: "Alle" };

export function LessenFilter({ filter: f, afdelingen, normen, processtappen }: Pick<Pagina, "filter" | "afdelingen" | "normen" | "processtappen">) {
  return (
    <Form method="get" className="ll-filters" role="search" aria-label="Leerlogboek filteren">
      <TekstVeld id="zoek" label="Zoeken in titel, oorzaak en les" type="search" defaultValue={f.zoek ?? ""} />
      <TekstVeld id="van" label="Van (maand)" type="month" defaultValue={f.van ?? ""} />
      <TekstVeld id="tot" label="Tot en met (maand)" type="month" defaultValue={f.tot ?? ""} />
      <Keuzelijst id="afdeling" label="Afdeling" defaultValue={f.afdeling ?? ""} opties={[ALLE, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
      <Keuzelijst id="norm" label="Behoorlijkheidsnorm" defaultValue={f.norm ?? ""} opties={[ALLE, ...normen.map((n) => ({ value: String(n.nr), label: `${n.nr}. ${n.naam}` }))]} />
      <Keuzelijst id="processtap" label="Processtap" defaultValue={f.processtap ?? ""} opties={[ALLE, ...processtappen]} />
      <Knop soort="secundair">Filteren</Knop>
    </Form>
  );
}

export function LessenTabel({ rijen }: { rijen: Pagina["rijen"] }) {
  if (!rijen.length) return <p className="utrecht-paragraph">Geen lessen gevonden met deze filters.</p>;
  return (
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
        {rijen.map((l) => (
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
  );
}

function paginaHref(zoek: string, pagina: number): string {
  const p = new URLSearchParams(zoek);
  p.set("pagina", String(pagina));
  return `?${p.toString()}`;
}

/** Previous / next page, keeping the filter in `zoek` (the page's query string). */
export function LessenPaginering({ pagina, paginas, zoek }: { pagina: number; paginas: number; zoek: string }) {
  if (paginas <= 1) return null;
  return (
    <nav className="ll-paginering" aria-label="Paginering">
      {pagina > 1 ? <Link to={paginaHref(zoek, pagina - 1)}>Vorige pagina</Link> : null}
      <span>Pagina {pagina} van {paginas}</span>
      {pagina < paginas ? <Link to={paginaHref(zoek, pagina + 1)}>Volgende pagina</Link> : null}
    </nav>
  );
}
