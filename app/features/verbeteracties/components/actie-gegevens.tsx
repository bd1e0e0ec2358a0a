/** What an improvement action is (lesson, owner, deadline, outcome), its deadline row and its history. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { StatusLabel } from "~/platform/ui/ui";
import type { ActieDetail } from "../verbeteracties.server";

export function ActieGegevens({ d }: { d: ActieDetail }) {
  const { t } = useTranslation("leerlogboek");
  const f = useDatum();
  const a = d.actie;
  const maanden = (n: number) => t(n === 1 ? "actie.maand" : "actie.maanden", { aantal: n });
  return (
    <section className="ll-blok" aria-labelledby="actie-kop">
      <h2 id="actie-kop" className="utrecht-heading-2">{t("actie.deActie")}</h2>
      <dl className="ll-gegevens">
        <dt>{t("actie.omschrijving")}</dt>
        <dd>{a.omschrijving}</dd>
        <dt>{t("actie.les")}</dt>
        <dd>{d.les ? <Link to={`/leerlogboek/${d.les.id}`}>{d.les.nummer}: {d.les.titel}</Link> : "—"}</dd>
        <dt>{t("actie.status")}</dt>
        <dd>{t(`verbetering.toestand.${a.status}`, { defaultValue: a.statusTekst })}</dd>
        <dt>{t("actie.eigenaar")}</dt>
        <dd>{a.eigenaarNaam ?? "—"}</dd>
        <dt>{t("actie.afdeling")}</dt>
        <dd>{a.afdeling ?? t("actie.organisatiebreed")}</dd>
        <dt>{t("actie.deadline")}</dt>
        <dd>{f.datumTijd(a.termijnOp)} <StatusLabel status={a.termijnStatus} /></dd>
        {a.gestartOp ? (<><dt>{t("actie.gestart")}</dt><dd>{f.datum(a.gestartOp)}</dd></>) : null}
        {a.gerealiseerdOp ? (<><dt>{t("actie.gerealiseerd")}</dt><dd>{f.datum(a.gerealiseerdOp)} — {a.opTijd ? t("actie.opTijd") : t("actie.teLaat")}{a.realisatieToelichting ? `. ${a.realisatieToelichting}` : ""}</dd></>) : null}
        {a.afwijsreden ? (<><dt>{t("actie.afgewezen")}</dt><dd>{a.afwijsreden}</dd></>) : null}
        {a.effect ? (
          <>
            <dt>{t("actie.effect")}</dt>
            <dd>
              {a.effectCode ? t(`actie.effectNaam.${a.effectCode}`, { defaultValue: a.effect }) : a.effect}. {a.evaluatieToelichting}
              {a.vensterMaanden
                ? t("actie.gemeten", { voor: a.herhaalVoor ?? "—", maanden: a.vensterMaanden, na: a.herhaalNa ?? "—", naMaanden: maanden(a.naMaanden ?? a.vensterMaanden) })
                : ""}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

export function ActieTermijn({ termijnen }: { termijnen: ActieDetail["termijnen"] }) {
  const { t } = useTranslation("leerlogboek");
  const f = useDatum();
  const lopend = termijnen.find((x) => x.status === "lopend");
  return (
    <section className="ll-blok" aria-labelledby="termijn-kop">
      <h2 id="termijn-kop" className="utrecht-heading-2">{t("actie.termijn")}</h2>
      {lopend ? (
        <p className="utrecht-paragraph">{t("actie.loopt", { op: f.datumTijd(lopend.termijnOp), verzet: lopend.verzet ? t("actie.verzet") : "" })}</p>
      ) : termijnen[0] ? (
        <p className="utrecht-paragraph">
          {termijnen[0].status === "gehaald" ? (termijnen[0].opTijd ? t("actie.opTijdGehaald") : t("actie.teLaatGehaald")) : t("actie.gestopt")}
        </p>
      ) : (
        <p className="utrecht-paragraph">{t("actie.geenTermijn")}</p>
      )}
    </section>
  );
}

export function ActieGeschiedenis({ geschiedenis }: { geschiedenis: ActieDetail["geschiedenis"] }) {
  const { t } = useTranslation("leerlogboek");
  const f = useDatum();
  return (
    <section className="ll-blok" aria-labelledby="geschiedenis-kop">
      <h2 id="geschiedenis-kop" className="utrecht-heading-2">{t("actie.geschiedenis")}</h2>
      <ol className="ll-lijst">
        {geschiedenis.map((g, i) => (
          <li key={i}>
            <span className="ll-zacht">{f.datumTijd(g.op)} · {g.door ?? t("actie.systeem")}</span>
            <p className="utrecht-paragraph">{t(`actie.gebeurtenis.${g.type.replace(/\./g, "_")}`, { defaultValue: g.type })}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
