/** The list of improvement actions: the filter (a GET form) and the table, overdue first. */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, StatusLabel } from "~/platform/ui/ui";
import { BEHOORLIJKHEIDSNORMEN } from "~/features/klachten/recht";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import type { ActieRij } from "../verbeteracties.server";

export function ActiesFilter({
  filter: f,
  statussen,
  afdelingen,
  eigenaren,
  regieteam,
}: {
  filter: Record<string, string>;
  statussen: [string, string][];
  afdelingen: { id: number; naam: string }[];
  eigenaren: { id: string; naam: string }[];
  regieteam: boolean;
}) {
  const { t } = useTranslation("leerlogboek");
  const { t: tk } = useTranslation("klachten");
  const ALLE = { value: "", label: t("alle") };
  return (
    <Form method="get" className="ll-filters" role="search" aria-label={t("verbetering.filteren")}>
      <Keuzelijst id="status" label={t("verbetering.status")} defaultValue={f.status ?? ""} opties={[ALLE, ...statussen.map(([v, l]) => ({ value: v, label: t(`verbetering.toestand.${v}`, { defaultValue: l }) }))]} />
      <Keuzelijst id="afdeling" label={t("afdeling")} defaultValue={f.afdeling ?? ""} opties={[ALLE, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
      {regieteam ? (
        <Keuzelijst id="eigenaar" label={t("verbetering.eigenaar")} defaultValue={f.eigenaar ?? ""} opties={[ALLE, ...eigenaren.map((m) => ({ value: m.id, label: m.naam }))]} />
      ) : null}
      <Keuzelijst id="norm" label={t("norm")} defaultValue={f.norm ?? ""} opties={[ALLE, ...BEHOORLIJKHEIDSNORMEN.map((n) => ({ value: String(n.nr), label: `${n.nr}. ${tk(`norm.${n.nr}`, { defaultValue: n.naam })}` }))]} />
      <Keuzelijst id="telaat" label={t("verbetering.termijn")} defaultValue={f.telaat ?? ""} opties={[ALLE, { value: "ja", label: t("verbetering.alleenTeLaat") }]} />
      <Knop soort="secundair">{t("knop")}</Knop>
    </Form>
  );
}

export function ActiesTabel({ rijen }: { rijen: ActieRij[] }) {
  const { t } = useTranslation("leerlogboek");
  const f = useDatum();
  if (!rijen.length) return <p className="utrecht-paragraph">{t("verbetering.geen")}</p>;
  return (
    <table className="ll-tabel">
      <caption className="afs-sr">{t("verbetering.bijschrift")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("nummer")}</th>
          <th scope="col">{t("titelKolom")}</th>
          <th scope="col">{t("verbetering.status")}</th>
          <th scope="col">{t("verbetering.uiterlijk")}</th>
          <th scope="col">{t("verbetering.eigenaar")}</th>
          <th scope="col">{t("afdeling")}</th>
          <th scope="col">{t("verbetering.les")}</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.id}>
            <td><Link to={`/verbeteracties/${r.id}`}>{r.nummer}</Link></td>
            <td>{r.titel}</td>
            <td>
              {t(`verbetering.toestand.${r.status}`, { defaultValue: r.statusTekst })}
              {r.effect ? ` (${r.effectCode ? t(`verbetering.effect.${r.effectCode}`, { defaultValue: r.effect.toLowerCase() }) : r.effect.toLowerCase()})` : ""}
            </td>
            <td>
              {f.datum(r.termijnOp)} <StatusLabel status={r.termijnStatus} />
              {r.opTijd === false ? <span className="ll-zacht"> · {t("verbetering.teLaatGerealiseerd")}</span> : null}
            </td>
            <td>{r.eigenaarNaam ?? "—"}</td>
            <td>{r.afdeling ?? "—"}</td>
            <td>{r.lesId ? <Link to={`/leerlogboek/${r.lesId}`}>{r.lesNummer}</Link> : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
