/**
 * The pieces of the complaints list: the GET filter form (works without JavaScript; the filters live in the
 * URL), the active filters with a link to remove each, and the table sorted by due moment.
 */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, StatusLabel, TekstVeld } from "../../../platform/ui/ui";
import { formatKort, formatDatum } from "../../../domain/kalender/format";
import { BEHOORLIJKHEIDSNORMEN, KANAAL_TEKST, KLACHT_KANALEN, OORDEEL_TEKST, OORDELEN, type Oordeel } from "../recht";
import type { KlachtenLijstPagina } from "../lijst.server";

type Lijst = Pick<KlachtenLijstPagina, "filter" | "fouten" | "afdelingen" | "teams" | "statussen" | "aflopen">;

export function KlachtFilters({ filter: f, fouten, afdelingen, teams, statussen, aflopen }: Lijst) {
  const afdNaam = new Map(afdelingen.map((a) => [a.id, a.naam]));
  return (
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
  );
}

export function ActieveFilters({ actief }: { actief: KlachtenLijstPagina["actief"] }) {
  if (!actief.length) return null;
  return (
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
  );
}

export function KlachtenTabel({ rijen }: { rijen: KlachtenLijstPagina["rijen"] }) {
  if (!rijen.length) return <p className="utrecht-paragraph">Geen klachten gevonden met deze filters.</p>;
  return (
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
  );
}
