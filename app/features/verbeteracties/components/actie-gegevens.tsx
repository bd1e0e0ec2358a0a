/** What an improvement action is (lesson, owner, deadline, outcome), its deadline row and its history. */
import { Link } from "@remix-run/react";
import { StatusLabel } from "~/platform/ui/ui";
import { formatDatum, formatDatumTijd } from "~/domain/kalender/format";
import type { ActieDetail } from "../verbeteracties.server";
import { EVENT_TEKST } from "../teksten";

export function ActieGegevens({ d }: { d: ActieDetail }) {
  const a = d.actie;
  return (
    <section className="ll-blok" aria-labelledby="actie-kop">
      <h2 id="actie-kop" className="utrecht-heading-2">De verbeteractie</h2>
      <dl className="ll-gegevens">
        <dt>Omschrijving</dt>
        <dd>{a.omschrijving}</dd>
        <dt>Les</dt>
        <dd>{d.les ? <Link to={`/leerlogboek/${d.les.id}`}>{d.les.nummer}: {d.les.titel}</Link> : "—"}</dd>
        <dt>Status</dt>
        <dd>{a.statusTekst}</dd>
        <dt>Eigenaar</dt>
        <dd>{a.eigenaarNaam ?? "—"}</dd>
        <dt>Afdeling</dt>
        <dd>{a.afdeling ?? "Organisatiebreed"}</dd>
        <dt>Deadline</dt>
        <dd>{formatDatumTijd(a.termijnOp)} <StatusLabel status={a.termijnStatus} /></dd>
        {a.gestartOp ? (<><dt>Gestart</dt><dd>{formatDatum(a.gestartOp)}</dd></>) : null}
        {a.gerealiseerdOp ? (<><dt>Gerealiseerd</dt><dd>{formatDatum(a.gerealiseerdOp)} — {a.opTijd ? "op tijd" : "te laat"}{a.realisatieToelichting ? `. ${a.realisatieToelichting}` : ""}</dd></>) : null}
        {a.afwijsreden ? (<><dt>Afgewezen</dt><dd>{a.afwijsreden}</dd></>) : null}
        {a.effect ? (
          <>
            <dt>Effect</dt>
            <dd>
              {a.effect}. {a.evaluatieToelichting}
              {a.vensterMaanden ? ` (gemeten: ${a.herhaalVoor ?? "—"} klachten in ${a.vensterMaanden} maanden vóór, ${a.herhaalNa ?? "—"} in ${a.naMaanden ?? a.vensterMaanden} ${a.naMaanden === 1 ? "maand" : "maanden"} na de realisatie)` : ""}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

export function ActieTermijn({ termijnen }: { termijnen: ActieDetail["termijnen"] }) {
  const lopend = termijnen.find((t) => t.status === "lopend");
  return (
    <section className="ll-blok" aria-labelledby="termijn-kop">
      <h2 id="termijn-kop" className="utrecht-heading-2">Termijn</h2>
      {lopend ? (
        <p className="utrecht-paragraph">
          Loopt tot {lopend.tekst}
          {lopend.verzet ? " (verzet)" : ""}. De eigenaar krijgt een waarschuwing bij 80% van de tijd; op de deadline gaat een melding naar de teamleider, enkele werkdagen later naar het regieteam.
        </p>
      ) : termijnen[0] ? (
        <p className="utrecht-paragraph">
          {termijnen[0].status === "gehaald" ? (termijnen[0].opTijd ? "Op tijd gehaald." : "Te laat gehaald.") : "De termijn is gestopt."}
        </p>
      ) : (
        <p className="utrecht-paragraph">Er loopt geen termijn.</p>
      )}
    </section>
  );
}

export function ActieGeschiedenis({ geschiedenis }: { geschiedenis: ActieDetail["geschiedenis"] }) {
  return (
    <section className="ll-blok" aria-labelledby="geschiedenis-kop">
      <h2 id="geschiedenis-kop" className="utrecht-heading-2">Geschiedenis</h2>
      <ol className="ll-lijst">
        {geschiedenis.map((g, i) => (
          <li key={i}>
            <span className="ll-zacht">{formatDatumTijd(g.op)} · {g.door ?? "systeem"}</span>
            <p className="utrecht-paragraph">{EVENT_TEKST[g.type] ?? g.type}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
