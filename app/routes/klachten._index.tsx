/**
 * The complaints list for the regieteam (all), teamleiders (their departments) and handlers (their own):
 * filters, full-text search (FTS5) over complaint text and notes, sorted by due moment. A GET form: works
 * without JavaScript and the filters live in the URL.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Keuzelijst, Knop, PageTitle, StatusLabel, TekstVeld } from "~/components/ui";
import { requireUser } from "~/server/permissions.server";
import { origin } from "~/server/audit.server";
import { keuzelijsten, zoekKlachten, STATUS_TEKST } from "~/server/klachten.server";
import { BEHOORLIJKHEIDSNORMEN, KANAAL_TEKST, KLACHT_KANALEN, OORDEEL_TEKST, OORDELEN, type Oordeel } from "~/domain/klacht";
import { formatKort, formatDatum } from "~/domain/kalender/format";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Klachten – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const u = new URL(request.url).searchParams;
  const filter = {
    status: u.get("status") || undefined,
    oordeel: u.get("oordeel") || undefined,
    afdelingId: u.get("afdeling") ? Number(u.get("afdeling")) : undefined,
    kanaal: u.get("kanaal") || undefined,
    norm: u.get("norm") ? Number(u.get("norm")) : undefined,
    telaat: u.get("telaat") === "ja",
    zoek: u.get("zoek")?.slice(0, 200) || undefined,
  };
  const rijen = zoekKlachten(user, filter, origin(context));
  return data(
    { rijen, filter: Object.fromEntries(u.entries()), afdelingen: keuzelijsten().afdelingen, statussen: Object.entries(STATUS_TEKST) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function Klachten() {
  const { rijen, filter, afdelingen, statussen } = useLoaderData<typeof loader>();
  const f = filter as Record<string, string | undefined>;
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
        <Keuzelijst id="oordeel" label="Oordeel" defaultValue={f.oordeel ?? ""} opties={[{ value: "", label: "Alle" }, ...OORDELEN.map((o) => ({ value: o, label: OORDEEL_TEKST[o] }))]} />
        <Keuzelijst id="afdeling" label="Afdeling" defaultValue={f.afdeling ?? ""} opties={[{ value: "", label: "Alle" }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
        <Keuzelijst id="kanaal" label="Kanaal" defaultValue={f.kanaal ?? ""} opties={[{ value: "", label: "Alle" }, ...KLACHT_KANALEN.map((k) => ({ value: k, label: KANAAL_TEKST[k] }))]} />
        <Keuzelijst id="norm" label="Behoorlijkheidsnorm" defaultValue={f.norm ?? ""} opties={[{ value: "", label: "Alle" }, ...BEHOORLIJKHEIDSNORMEN.map((n) => ({ value: String(n.nr), label: `${n.nr}. ${n.naam}` }))]} />
        <Keuzelijst id="telaat" label="Termijn" defaultValue={f.telaat ?? ""} opties={[{ value: "", label: "Alle" }, { value: "ja", label: "Alleen te laat" }]} />
        <Knop soort="secundair">Filteren</Knop>
      </Form>
      <p className="utrecht-paragraph" role="status">{rijen.length === 1 ? "1 klacht" : `${rijen.length} klachten`}</p>
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
    </>
  );
}
