/**
 * What the detail page of one warm handover shows about it: the question with its context and contact details,
 * the deadlines, who declined it and why, and how the citizen was informed.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { KlantbeeldLink, TermijnSectie } from "~/features/terugbellen/components/velden";
import type { OverdrachtDetail } from "../overdracht.server";

export function VraagEnContext({ o, naam }: { o: OverdrachtDetail; naam: string }) {
  const { t } = useTranslation("afspraken");
  return (
    <section className="afs-blok" aria-labelledby="context-titel">
      <h2 id="context-titel" className="utrecht-heading-2">
        {t("overdrachtDetail.vraagEnContext")}
      </h2>
      <dl className="afs-gegevens">
        <dt>{t("overdrachtDetail.vraag")}</dt>
        <dd>{o.vraag}</dd>
        <dt>{t("overdrachtDetail.alGedaan")}</dt>
        <dd>{o.alGedaan}</dd>
        <dt>{t("overdrachtDetail.inwoner")}</dt>
        <dd>{naam}</dd>
        <dt>{t("overdrachtDetail.telefoon")}</dt>
        <dd>
          {o.burger.telefoon && o.burger.telefoonE164 ? (
            <a className="utrecht-link" href={`tel:${o.burger.telefoonE164}`}>
              {o.burger.telefoon}
            </a>
          ) : (
            t("overdrachtDetail.nietOpgegeven")
          )}
        </dd>
        <dt>{t("overdrachtDetail.email")}</dt>
        <dd>{o.burger.email ?? t("overdrachtDetail.nietOpgegeven")}</dd>
        <dt>{t("overdrachtDetail.afzender")}</dt>
        <dd>{o.afzender}</dd>
        <dt>{t("overdrachtDetail.aangebodenAan")}</dt>
        <dd>{o.ontvanger}</dd>
        <dt>{t("overdrachtDetail.behandelaar")}</dt>
        <dd>{o.behandelaar ?? t("overdrachtDetail.nogNietOpgepakt")}</dd>
      </dl>
      {o.bronId ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/terugbelafspraken/${o.bronId}`}>
            {t("overdrachtDetail.bron")}
          </Link>
        </p>
      ) : null}
      <KlantbeeldLink burgerId={o.burger.burgerId} naam={naam} />
    </section>
  );
}

export function OverdrachtTermijnen({ o }: { o: OverdrachtDetail }) {
  const { t } = useTranslation("afspraken");
  return <TermijnSectie titelId="termijnen-titel" titel={t("overdrachtDetail.termijnen")} termijnen={o.termijnen} />;
}

/** Who declined the handover (on whose behalf) and why; nothing when nobody did. */
export function Weigeringen({ o }: { o: OverdrachtDetail }) {
  const { t } = useTranslation("afspraken");
  if (!o.weigeringen.length) return null;
  return (
    <section className="afs-blok" aria-labelledby="weigeringen-titel">
      <h2 id="weigeringen-titel" className="utrecht-heading-2">
        {t("overdrachtDetail.geweigerd")}
      </h2>
      <ul>
        {o.weigeringen.map((w, i) => (
          <li key={i}>
            {w.door}
            {w.aan !== w.door ? t("overdrachtDetail.namens", { aan: w.aan }) : ""}: {w.reden}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How and when the citizen heard who handles the question, and what happens next; nothing until then. */
export function InwonerGeinformeerd({ o }: { o: OverdrachtDetail }) {
  const { t } = useTranslation("afspraken");
  const d = useDatum();
  if (!o.informatie) return null;
  return (
    <section className="afs-blok" aria-labelledby="info-titel">
      <h2 id="info-titel" className="utrecht-heading-2">
        {t("overdrachtDetail.geinformeerd")}
      </h2>
      <dl className="afs-gegevens">
        <dt>{t("overdrachtDetail.hoe")}</dt>
        <dd>{t(`overdrachtDetail.hoeWaarde.${o.informatie.hoeCode}`, { defaultValue: o.informatie.hoe })}</dd>
        <dt>{t("overdrachtDetail.wanneer")}</dt>
        <dd>{d.datumTijd(o.informatie.opMs)}</dd>
        <dt>{t("overdrachtDetail.contactpersoon")}</dt>
        <dd>{o.informatie.contactpersoon}</dd>
        <dt>{t("overdrachtDetail.vervolgstap")}</dt>
        <dd>{o.informatie.vervolgstap}</dd>
      </dl>
    </section>
  );
}
