import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { Melding } from "~/platform/ui/ui";
import type { ReplicatieStatus } from "../supervisor.server";

function tijdFormat(taal: string, t: TFunction) {
  const f = new Intl.DateTimeFormat(taal === "en" ? "en-GB" : "nl-NL", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Amsterdam" });
  return (op: number | null): string => (op === null ? t("replicatie.nogNiet") : f.format(new Date(op)));
}

function duurFormat(t: TFunction) {
  return (s: number): string => {
    if (s < 60) return t("replicatie.seconden", { n: Math.round(s) });
    if (s < 3600) return t("replicatie.minuten", { n: Math.round(s / 60) });
    return t("replicatie.uren", { n: Math.round(s / 360) / 10 });
  };
}

/** What Beheer shows about continuous replication: where to, how far, how far behind, the last error. */
export function ReplicatieOverzicht({ status: s, schijf }: { status: ReplicatieStatus; schijf: { vrijMb: number | null; vol: boolean } }) {
  const { t, i18n } = useTranslation("beheer");
  const tijd = tijdFormat(i18n.language, t);
  const duur = duurFormat(t);
  return (
    <>
      {schijf.vol ? (
        <Melding soort="fout" titel={t("replicatie.volTitel")}>
          {t("replicatie.vol")}
        </Melding>
      ) : null}
      {!s.aan ? (
        <Melding soort="waarschuwing" titel={t("replicatie.uitTitel")}>
          {t("replicatie.uit")} <code>afspraak backup &lt;archief&gt;</code>.
        </Melding>
      ) : s.vertragingS > s.maxVertragingS ? (
        <Melding soort="fout" titel={t("replicatie.achterTitel")}>
          {t("replicatie.achter", { duur: duur(s.vertragingS), grens: duur(s.maxVertragingS) })}
        </Melding>
      ) : s.bij ? (
        <Melding soort="ok">{t("replicatie.bij")}</Melding>
      ) : null}
      {s.aan ? (
        <dl className="afs-gegevens">
          <dt>{t("replicatie.doel")}</dt>
          <dd>
            {s.doel} ({s.soort})
          </dd>
          <dt>Litestream</dt>
          <dd>{s.actief ? t("replicatie.draait", { pid: s.pid, gestart: tijd(s.gestartOp), herstarts: s.herstarts }) : t("replicatie.draaitNiet")}</dd>
          <dt>{t("replicatie.positie")}</dt>
          <dd>
            {s.laatstePositie ?? t("replicatie.nogGeen")} ({tijd(s.laatstePositieOp)})
          </dd>
          <dt>{t("replicatie.achterstand")}</dt>
          <dd>
            {s.bij ? t("replicatie.geen") : `${duur(s.vertragingS)}${s.achterBytes !== null ? `, ${s.achterBytes} bytes` : ""}`}; {t("replicatie.laatstBij")}{" "}
            {tijd(s.laatstBijOp)}
          </dd>
          <dt>{t("replicatie.bijlagen")}</dt>
          <dd>
            {s.bijlagen.map
              ? t("replicatie.bijlagenMap", { aantal: s.bijlagen.gerepliceerd, map: s.bijlagen.map, achter: s.bijlagen.achter, laatst: tijd(s.bijlagen.laatsteSyncOp) })
              : t("replicatie.bijlagenNiet")}
          </dd>
          <dt>{t("replicatie.laatsteFout")}</dt>
          <dd>{s.laatsteFout ? t("replicatie.fout", { tekst: s.laatsteFout.tekst, op: tijd(s.laatsteFout.op), fouten: s.fouten }) : t("replicatie.geen")}</dd>
        </dl>
      ) : null}
      <p className="utrecht-paragraph">
        {t("replicatie.schijf", { vrij: schijf.vrijMb === null ? t("replicatie.onbekend") : `${schijf.vrijMb} MB` })}{" "}
        <code>afspraak herstel</code>
        {t("replicatie.draaiboek")}
      </p>
    </>
  );
}
