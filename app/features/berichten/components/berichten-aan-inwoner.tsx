/**
 * "Berichten aan de inwoner" on a dossier: every message with its exact text, how it went, a clear flag when it
 * bounced, failed or is uncertain, and "Opnieuw versturen" (a form: works without JavaScript).
 */
import { Form } from "@remix-run/react";
import { formatKort } from "~/domain/kalender/format";

export interface BerichtWeergave {
  id: number;
  kanaal: string;
  onderwerp: string;
  tekst: string;
  verstuurdOp: number | null;
  status: string;
  probleem: boolean;
  laatsteFout: string | null;
  aan: string;
  aangemaaktOp: number;
}

function statusTekst(b: BerichtWeergave): string {
  if (b.status === "verzonden") return b.verstuurdOp ? `Verstuurd ${formatKort(b.verstuurdOp)}` : "Verstuurd";
  if (b.status === "opgegeven") return "Niet bezorgd";
  if (b.status === "onzeker") return "Onzeker: het versturen werd onderbroken";
  if (b.status === "bezig") return "Wordt verstuurd";
  return b.laatsteFout ? "Nog niet bezorgd, Afspraak probeert het opnieuw" : "Wacht op verzending";
}

export function BerichtenAanInwoner({ berichten, terug }: { berichten: BerichtWeergave[]; terug: string }) {
  if (!berichten.length) return null;
  const problemen = berichten.filter((b) => b.probleem).length;
  return (
    <section aria-labelledby="berichten-inwoner-kop" className="afs-blok">
      <h2 id="berichten-inwoner-kop" className="utrecht-heading-2">
        Berichten aan de inwoner
      </h2>
      {problemen ? (
        <div className="afs-melding afs-melding--fout" role="alert">
          <p className="utrecht-paragraph">
            <strong>{problemen === 1 ? "Eén bericht is niet (zeker) aangekomen." : `${problemen} berichten zijn niet (zeker) aangekomen.`}</strong> Neem
            zo nodig op een andere manier contact op, of verstuur het opnieuw.
          </p>
        </div>
      ) : null}
      <ul className="utrecht-unordered-list">
        {berichten.map((b) => (
          <li key={b.id}>
            <details>
              <summary>
                {b.kanaal === "sms" ? "Sms" : "E-mail"} aan {b.aan}: {b.onderwerp} — {b.probleem ? <strong>⚠ {statusTekst(b)}</strong> : statusTekst(b)}
              </summary>
              <pre className="afs-berichttekst" style={{ whiteSpace: "pre-wrap" }}>
                {b.tekst}
              </pre>
              {b.laatsteFout ? <p className="utrecht-paragraph">Melding: {b.laatsteFout}</p> : null}
            </details>
            {b.probleem ? (
              <Form method="post" action={`/berichten/${b.id}/opnieuw`}>
                <input type="hidden" name="terug" value={terug} />
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  Opnieuw versturen
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
