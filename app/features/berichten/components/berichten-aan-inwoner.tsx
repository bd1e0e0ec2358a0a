/**
 * "Berichten aan de inwoner" on a dossier: every message with its exact text, how it went, a clear flag when it
 * bounced, failed or is uncertain, and "Opnieuw versturen" (a form: works without JavaScript).
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum, type DatumFormat } from "~/platform/i18n/datum";

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

/** The stand-in the server puts for the citizen's personal link (berichten.server LINK_WEERGAVE). */
const LINK_PLEK = "[uw persoonlijke link]";

/** The sent text (data, as the citizen got it) with the stand-in for the personal link in the page's language. */
function MetLinkPlek({ tekst, plek }: { tekst: string; plek: string }) {
  const delen = tekst.split(LINK_PLEK);
  return (
    <>
      {delen.map((deel, i) => (
        <span key={i}>
          {deel}
          {i < delen.length - 1 ? <span className="afs-berichttekst__link">{plek}</span> : null}
        </span>
      ))}
    </>
  );
}

/** How the message went, in the page's language (klachten:inwonerBerichten, shared by every dossier). */
function statusTekst(b: BerichtWeergave, t: (sleutel: string, waarden?: Record<string, string>) => string, f: DatumFormat): string {
  if (b.status === "verzonden") return b.verstuurdOp ? t("inwonerBerichten.verstuurdOp", { op: f.kort(b.verstuurdOp) }) : t("inwonerBerichten.verstuurd");
  if (b.status === "opgegeven") return t("inwonerBerichten.nietBezorgd");
  if (b.status === "onzeker") return t("inwonerBerichten.onzeker");
  if (b.status === "bezig") return t("inwonerBerichten.bezig");
  return b.laatsteFout ? t("inwonerBerichten.opnieuwBezig") : t("inwonerBerichten.wacht");
}

export function BerichtenAanInwoner({ berichten, terug }: { berichten: BerichtWeergave[]; terug: string }) {
  const { t: vt } = useTranslation("klachten");
  const t = (sleutel: string, waarden?: Record<string, string>) => vt(sleutel, waarden);
  const f = useDatum();
  if (!berichten.length) return null;
  const problemen = berichten.filter((b) => b.probleem).length;
  return (
    <section aria-labelledby="berichten-inwoner-kop" className="afs-blok">
      <h2 id="berichten-inwoner-kop" className="utrecht-heading-2">
        {t("inwonerBerichten.kop")}
      </h2>
      {problemen ? (
        <div className="afs-melding afs-melding--fout" role="alert">
          <p className="utrecht-paragraph">
            <strong>{problemen === 1 ? t("inwonerBerichten.eenProbleem") : t("inwonerBerichten.problemen", { aantal: String(problemen) })}</strong>{" "}
            {t("inwonerBerichten.advies")}
          </p>
        </div>
      ) : null}
      <ul className="utrecht-unordered-list">
        {berichten.map((b) => (
          <li key={b.id}>
            <details>
              <summary>
                {t("inwonerBerichten.aan", { kanaal: b.kanaal === "sms" ? t("inwonerBerichten.sms") : t("inwonerBerichten.email"), aan: b.aan, onderwerp: b.onderwerp })}
                {b.probleem ? <strong>⚠ {statusTekst(b, t, f)}</strong> : statusTekst(b, t, f)}
              </summary>
              <pre className="afs-berichttekst" style={{ whiteSpace: "pre-wrap" }}>
                <MetLinkPlek tekst={b.tekst} plek={t("inwonerBerichten.link")} />
              </pre>
              {b.laatsteFout ? <p className="utrecht-paragraph">{t("inwonerBerichten.fout", { fout: b.laatsteFout })}</p> : null}
            </details>
            {b.probleem ? (
              <Form method="post" action={`/berichten/${b.id}/opnieuw`}>
                <input type="hidden" name="terug" value={terug} />
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  {t("inwonerBerichten.opnieuw")}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
