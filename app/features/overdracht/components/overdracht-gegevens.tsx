/**
 * What the detail page of one warm handover shows about it: the question with its context and contact details,
 * the deadlines, who declined it and why, and how the citizen was informed.
 */
import { Link } from "@remix-run/react";
import { KlantbeeldLink, TermijnSectie } from "~/features/terugbellen/components/velden";
import type { OverdrachtDetail } from "../overdracht.server";

export function VraagEnContext({ o, naam }: { o: OverdrachtDetail; naam: string }) {
  return (
    <section className="afs-blok" aria-labelledby="context-titel">
      <h2 id="context-titel" className="utrecht-heading-2">
        Vraag en context
      </h2>
      <dl className="afs-gegevens">
        <dt>Vraag</dt>
        <dd>{o.vraag}</dd>
        <dt>Al gezegd en gedaan</dt>
        <dd>{o.alGedaan}</dd>
        <dt>Inwoner</dt>
        <dd>{naam}</dd>
        <dt>Telefoon</dt>
        <dd>
          {o.burger.telefoon && o.burger.telefoonE164 ? (
            <a className="utrecht-link" href={`tel:${o.burger.telefoonE164}`}>
              {o.burger.telefoon}
            </a>
          ) : (
            "niet opgegeven"
          )}
        </dd>
        <dt>E-mail</dt>
        <dd>{o.burger.email ?? "niet opgegeven"}</dd>
        <dt>Afzender</dt>
        <dd>{o.afzender}</dd>
        <dt>Aangeboden aan</dt>
        <dd>{o.ontvanger}</dd>
        <dt>Behandelaar</dt>
        <dd>{o.behandelaar ?? "nog niet opgepakt"}</dd>
      </dl>
      {o.bronId ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/terugbelafspraken/${o.bronId}`}>
            Oorspronkelijke terugbelafspraak
          </Link>
        </p>
      ) : null}
      <KlantbeeldLink burgerId={o.burger.burgerId} naam={naam} />
    </section>
  );
}

export function OverdrachtTermijnen({ o }: { o: OverdrachtDetail }) {
  return <TermijnSectie titelId="termijnen-titel" titel="Termijnen" termijnen={o.termijnen} />;
}

/** Who declined the handover (on whose behalf) and why; nothing when nobody did. */
export function Weigeringen({ o }: { o: OverdrachtDetail }) {
  if (!o.weigeringen.length) return null;
  return (
    <section className="afs-blok" aria-labelledby="weigeringen-titel">
      <h2 id="weigeringen-titel" className="utrecht-heading-2">
        Geweigerd
      </h2>
      <ul>
        {o.weigeringen.map((w, i) => (
          <li key={i}>
            {w.door}
            {w.aan !== w.door ? ` (namens ${w.aan})` : ""}: {w.reden}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How and when the citizen heard who handles the question, and what happens next; nothing until then. */
export function InwonerGeinformeerd({ o }: { o: OverdrachtDetail }) {
  if (!o.informatie) return null;
  return (
    <section className="afs-blok" aria-labelledby="info-titel">
      <h2 id="info-titel" className="utrecht-heading-2">
        Inwoner geïnformeerd
      </h2>
      <dl className="afs-gegevens">
        <dt>Hoe</dt>
        <dd>{o.informatie.hoe}</dd>
        <dt>Wanneer</dt>
        <dd>{o.informatie.op}</dd>
        <dt>Contactpersoon</dt>
        <dd>{o.informatie.contactpersoon}</dd>
        <dt>Vervolgstap</dt>
        <dd>{o.informatie.vervolgstap}</dd>
      </dl>
    </section>
  );
}
