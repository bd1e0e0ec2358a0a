import { Melding } from "~/platform/ui/ui";
import type { ReplicatieStatus } from "../supervisor.server";

function tijd(op: number | null): string {
  if (op === null) return "nog niet";
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Amsterdam" }).format(new Date(op));
}

function duur(s: number): string {
  if (s < 60) return `${Math.round(s)} seconden`;
  if (s < 3600) return `${Math.round(s / 60)} minuten`;
  return `${Math.round(s / 360) / 10} uur`;
}

/** What Beheer shows about continuous replication: where to, how far, how far behind, the last error. */
export function ReplicatieOverzicht({ status: s, schijf }: { status: ReplicatieStatus; schijf: { vrijMb: number | null; vol: boolean } }) {
  return (
    <>
      {schijf.vol ? (
        <Melding soort="fout" titel="De schijf is vol">
          Afspraak weigert nu wijzigingen met een duidelijke melding; bekijken kan nog. Maak ruimte vrij in de datamap
          (zie docs/herstel.md); Afspraak gaat daarna vanzelf weer verder.
        </Melding>
      ) : null}
      {!s.aan ? (
        <Melding soort="waarschuwing" titel="Geen doorlopende back-up ingesteld">
          Zet AFSPRAAK_REPLICA (een map, s3:// of sftp://) om de database en de bijlagen doorlopend te repliceren. Tot die
          tijd is alleen een handmatige back-up mogelijk: <code>afspraak backup &lt;archief&gt;</code>.
        </Melding>
      ) : s.vertragingS > s.maxVertragingS ? (
        <Melding soort="fout" titel="De back-up loopt achter">
          De replica loopt {duur(s.vertragingS)} achter (grens: {duur(s.maxVertragingS)}). Gaat de schijf nu verloren, dan is
          het werk van die periode weg.
        </Melding>
      ) : s.bij ? (
        <Melding soort="ok">De replica is bij: alles wat in de database staat, staat ook in de back-up.</Melding>
      ) : null}
      {s.aan ? (
        <dl className="afs-gegevens">
          <dt>Doel</dt>
          <dd>
            {s.doel} ({s.soort})
          </dd>
          <dt>Litestream</dt>
          <dd>{s.actief ? `draait (proces ${s.pid}, gestart ${tijd(s.gestartOp)}, ${s.herstarts} keer herstart)` : "draait niet"}</dd>
          <dt>Laatst gerepliceerde positie</dt>
          <dd>
            {s.laatstePositie ?? "nog geen"} ({tijd(s.laatstePositieOp)})
          </dd>
          <dt>Achterstand</dt>
          <dd>
            {s.bij ? "geen" : `${duur(s.vertragingS)}${s.achterBytes !== null ? `, ${s.achterBytes} bytes` : ""}`}; laatst bij:{" "}
            {tijd(s.laatstBijOp)}
          </dd>
          <dt>Bijlagen</dt>
          <dd>
            {s.bijlagen.map
              ? `${s.bijlagen.gerepliceerd} in ${s.bijlagen.map}, ${s.bijlagen.achter} nog niet gekopieerd (laatst ${tijd(s.bijlagen.laatsteSyncOp)})`
              : "worden niet doorlopend gekopieerd (zet AFSPRAAK_REPLICA_BIJLAGEN); maak dagelijks een back-up met afspraak backup"}
          </dd>
          <dt>Laatste fout</dt>
          <dd>{s.laatsteFout ? `${s.laatsteFout.tekst} (${tijd(s.laatsteFout.op)}; ${s.fouten} in totaal)` : "geen"}</dd>
        </dl>
      ) : null}
      <p className="utrecht-paragraph">
        Vrije schijfruimte bij de database: {schijf.vrijMb === null ? "onbekend" : `${schijf.vrijMb} MB`}. Herstellen gaat met{" "}
        <code>afspraak herstel</code>; het draaiboek staat in docs/herstel.md.
      </p>
    </>
  );
}
