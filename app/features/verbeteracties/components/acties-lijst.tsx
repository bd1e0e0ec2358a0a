/** The list of improvement actions: the filter (a GET form) and the table, overdue first. */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, StatusLabel } from "~/platform/ui/ui";
import { BEHOORLIJKHEIDSNORMEN } from "~/features/klachten/recht";
import { formatDatum } from "~/domain/kalender/format";
import type { ActieRij } from "../verbeteracties.server";

const ALLE = { value: "", label: "Alle" };

export function ActiesFilter({
  filter: f,
  statussen,
  afdelingen,
  eigenaren,
  regieteam,
}: {
  filter: Record<string, string>;
  statussen: [string, string][];
  afdelingen: { id: number; naam: string }[];
  eigenaren: { id: string; naam: string }[];
  regieteam: boolean;
}) {
  return (
    <Form method="get" className="ll-filters" role="search" aria-label="Verbeteracties filteren">
      <Keuzelijst id="status" label="Status" defaultValue={f.status ?? ""} opties={[ALLE, ...statussen.map(([v, l]) => ({ value: v, label: l }))]} />
      <Keuzelijst id="afdeling" label="Afdeling" defaultValue={f.afdeling ?? ""} opties={[ALLE, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
      {regieteam ? (
        <Keuzelijst id="eigenaar" label="Eigenaar" defaultValue={f.eigenaar ?? ""} opties={[ALLE, ...eigenaren.map((m) => ({ value: m.id, label: m.naam }))]} />
      ) : null}
      <Keuzelijst id="norm" label="Behoorlijkheidsnorm" defaultValue={f.norm ?? ""} opties={[ALLE, ...BEHOORLIJKHEIDSNORMEN.map((n) => ({ value: String(n.nr), label: `${n.nr}. ${n.naam}` }))]} />
      <Keuzelijst id="telaat" label="Termijn" defaultValue={f.telaat ?? ""} opties={[ALLE, { value: "ja", label: "Alleen te laat" }]} />
      <Knop soort="secundair">Filteren</Knop>
    </Form>
  );
}

export function ActiesTabel({ rijen }: { rijen: ActieRij[] }) {
  if (!rijen.length) return <p className="utrecht-paragraph">Geen verbeteracties gevonden met deze filters.</p>;
  return (
    <table className="ll-tabel">
      <caption className="afs-sr">Verbeteracties, te laat eerst, dan op uiterste datum</caption>
      <thead>
        <tr>
          <th scope="col">Nummer</th>
          <th scope="col">Titel</th>
          <th scope="col">Status</th>
          <th scope="col">Uiterlijk</th>
          <th scope="col">Eigenaar</th>
          <th scope="col">Afdeling</th>
          <th scope="col">Les</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.id}>
            <td><Link to={`/verbeteracties/${r.id}`}>{r.nummer}</Link></td>
            <td>{r.titel}</td>
            <td>{r.statusTekst}{r.effect ? ` (${r.effect.toLowerCase()})` : ""}</td>
            <td>
              {formatDatum(r.termijnOp)} <StatusLabel status={r.termijnStatus} />
              {r.opTijd === false ? <span className="ll-zacht"> · te laat gerealiseerd</span> : null}
            </td>
            <td>{r.eigenaarNaam ?? "—"}</td>
            <td>{r.afdeling ?? "—"}</td>
            <td>{r.lesId ? <Link to={`/leerlogboek/${r.lesId}`}>{r.lesNummer}</Link> : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
