/**
 * What the detail page of one callback promise shows about it: the confirmation right after it was made, the
 * citizen and the question, the deadline, and the call attempts with how it ended.
 */
import { Link } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { Melding } from "~/platform/ui/ui";
import { useDatum } from "~/platform/i18n/datum";
import type { TerugbelDetail } from "../terugbel.server";
import { KlantbeeldLink, TermijnSectie } from "./velden";

/** Shown once after "Terugbelafspraak vastleggen": when and by whom the citizen is called back. */
export function VastgelegdMelding({ a }: { a: TerugbelDetail }) {
  const { t } = useTranslation("afspraken");
  const d = useDatum();
  const termijn = a.termijnen[0];
  const sleutel = a.eigenaar ? "terugbel.wordtTeruggebeldDoor" : a.team ? "terugbel.wordtTeruggebeldTeam" : "terugbel.wordtTeruggebeld";
  return (
    <Melding soort="ok" titel={t("terugbel.vastgelegd")}>
      <p className="utrecht-paragraph">
        {termijn ? (
          <Trans
            t={t}
            i18nKey={sleutel}
            values={{ termijn: d.relatief(termijn.termijnOp, termijn.nu), door: a.eigenaar, team: a.team }}
            components={{ 1: <strong /> }}
          />
        ) : (
          t("terugbel.isVastgelegd")
        )}
      </p>
    </Melding>
  );
}

export function InwonerEnVraag({ a, naam }: { a: TerugbelDetail; naam: string }) {
  const { t } = useTranslation("afspraken");
  const d = useDatum();
  return (
    <section className="afs-blok" aria-labelledby="gegevens-titel">
      <h2 id="gegevens-titel" className="utrecht-heading-2">
        {t("terugbel.inwonerEnVraag")}
      </h2>
      <dl className="afs-gegevens">
        <dt>{t("terugbel.naam")}</dt>
        <dd>{naam}</dd>
        <dt>{t("terugbel.telefoon")}</dt>
        <dd>
          <a className="utrecht-link" href={`tel:${a.burger.telefoonE164}`}>
            {a.burger.telefoon}
          </a>
          {a.oudeNummers.length ? <> ({t("terugbel.eerderOnjuist", { nummers: a.oudeNummers.join(", ") })})</> : null}
        </dd>
        <dt>{t("terugbel.email")}</dt>
        <dd>{a.burger.email ?? t("terugbel.nietOpgegeven")}</dd>
        <dt>{t("terugbel.vraag")}</dt>
        <dd>{a.vraag}</dd>
        <dt>{t("terugbel.kanaal")}</dt>
        <dd>{t(`kanaalWaarde.${a.kanaal}`, { defaultValue: a.kanaal })}</dd>
        <dt>{t("terugbel.beltTerug")}</dt>
        <dd>{a.eigenaar ?? (a.team ? t("terugbel.team", { team: a.team }) : t("terugbel.niemand"))}</dd>
        <dt>{t("terugbel.vastgelegdOp")}</dt>
        <dd>
          {d.datumTijd(a.aangemaaktOpMs)}
          {a.aangemaaktDoor ? t("terugbel.door", { door: a.aangemaaktDoor }) : ""}
        </dd>
      </dl>
      <KlantbeeldLink burgerId={a.burger.burgerId} naam={naam} />
    </section>
  );
}

export function TerugbelTermijn({ a }: { a: TerugbelDetail }) {
  const { t } = useTranslation("afspraken");
  const d = useDatum();
  return (
    <TermijnSectie titelId="termijn-titel" titel={t("terugbel.termijn")} termijnen={a.termijnen}>
      {a.afgesproken ? (
        <p className="utrecht-paragraph">
          {t("terugbel.opVerzoek", { op: d.datumTijd(a.afgesproken.opMs) })}
          {a.afgesproken.reden ? ` (${a.afgesproken.reden})` : ""}.
        </p>
      ) : null}
    </TermijnSectie>
  );
}

/** The attempts so far, and how the promise ended when it ended without a call (unreachable, cancelled, handed over). */
export function Belpogingen({ a }: { a: TerugbelDetail }) {
  const { t } = useTranslation("afspraken");
  const d = useDatum();
  return (
    <section className="afs-blok" aria-labelledby="pogingen-titel">
      <h2 id="pogingen-titel" className="utrecht-heading-2">
        {t("terugbel.pogingen", { mislukt: a.mislukt, max: a.maxPogingen })}
      </h2>
      {a.pogingen.length ? (
        <table className="afs-tabel">
          <caption className="afs-sr">{t("terugbel.pogingenKort")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("terugbel.wanneer")}</th>
              <th scope="col">{t("terugbel.wie")}</th>
              <th scope="col">{t("terugbel.uitkomst")}</th>
              <th scope="col">{t("terugbel.notitie")}</th>
            </tr>
          </thead>
          <tbody>
            {a.pogingen.map((p, i) => (
              <tr key={i}>
                <td>{d.datumTijd(p.opMs)}</td>
                <td>{p.door}</td>
                <td>{t(`uitkomst.${p.uitkomstCode}`, { defaultValue: p.uitkomst })}</td>
                <td>{p.notitie}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="utrecht-paragraph">{t("terugbel.geenPogingen")}</p>
      )}
      {a.status === "niet_bereikbaar" ? (
        <>
          <h3 className="utrecht-heading-3">{t("terugbel.terugval")}</h3>
          <p className="utrecht-paragraph">{t("terugbel.reden", { reden: a.nietBereikbaarReden })}</p>
          <p className="utrecht-paragraph afs-pre">{a.terugvalBericht}</p>
        </>
      ) : null}
      {a.annuleerReden ? <p className="utrecht-paragraph">{t("terugbel.geannuleerd", { reden: a.annuleerReden })}</p> : null}
      {a.overdrachtId ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/overdrachten/${a.overdrachtId}`}>
            {t("terugbel.bekijkOverdracht")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
