/**
 * The pieces of the complaints list: the GET filter form (works without JavaScript; the filters live in the
 * URL), the active filters with a link to remove each, and the table sorted by due moment.
 */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, StatusLabel, TekstVeld } from "../../../platform/ui/ui";
import { useTranslation } from "react-i18next";
import { useDatum } from "../../../platform/i18n/datum";
import { BEHOORLIJKHEIDSNORMEN, KANAAL_TEKST, KLACHT_KANALEN, OORDEEL_TEKST, OORDELEN, type Oordeel } from "../recht";
import type { KlachtenLijstPagina } from "../lijst.server";

type Lijst = Pick<KlachtenLijstPagina, "filter" | "fouten" | "afdelingen" | "teams" | "statussen" | "aflopen">;

export function KlachtFilters({ filter: f, fouten, afdelingen, teams, statussen, aflopen }: Lijst) {
  const afdNaam = new Map(afdelingen.map((a) => [a.id, a.naam]));
  const { t } = useTranslation("klachten");
  const { t: ta } = useTranslation("afspraken");
  const alle = { value: "", label: t("lijst.alle") };
  return (
    <Form method="get" className="kl-filters" role="search" aria-label={t("lijst.filteren")}>
      <TekstVeld id="zoek" label={t("lijst.zoek")} defaultValue={f.zoek ?? ""} type="search" />
      <Keuzelijst id="status" label={t("lijst.status")} defaultValue={f.status ?? ""} opties={[alle, ...statussen.map(([v, l]) => ({ value: v, label: t(`status.${v}`, { defaultValue: l }) }))]} />
      <Keuzelijst id="oordeel" label={t("lijst.oordeel")} defaultValue={f.oordeel ?? ""} opties={[alle, ...OORDELEN.map((o) => ({ value: o, label: t(`oordeel.${o}`, { defaultValue: OORDEEL_TEKST[o] }) })), { value: "geen", label: t("oordeel.geen") }]} />
      <Keuzelijst id="afloop" label={t("lijst.afloop")} defaultValue={f.afloop ?? ""} opties={[alle, ...aflopen.map((a) => ({ value: a.value, label: t(`afloop.${a.value}`, { defaultValue: a.label }) }))]} />
      <Keuzelijst id="afdeling" label={t("lijst.afdeling")} defaultValue={f.afdeling ?? ""} opties={[alle, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
      <Keuzelijst id="team" label={t("lijst.team")} defaultValue={f.team ?? ""} opties={[alle, ...teams.map((x) => ({ value: String(x.id), label: `${x.naam} (${afdNaam.get(x.afdelingId) ?? "?"})` }))]} />
      <Keuzelijst id="kanaal" label={t("lijst.kanaal")} defaultValue={f.kanaal ?? ""} opties={[alle, ...KLACHT_KANALEN.map((k) => ({ value: k, label: ta(`kanaal.${k}`, { defaultValue: KANAAL_TEKST[k] }) }))]} />
      <Keuzelijst id="norm" label={t("lijst.norm")} defaultValue={f.norm ?? ""} opties={[alle, ...BEHOORLIJKHEIDSNORMEN.map((n) => ({ value: String(n.nr), label: `${n.nr}. ${t(`norm.${n.nr}`, { defaultValue: n.naam })}` }))]} />
      <Keuzelijst id="telaat" label={t("lijst.termijn")} defaultValue={f.telaat ?? ""} opties={[alle, { value: "ja", label: t("lijst.alleenTeLaat") }]} />
      <TekstVeld id="van" label={t("lijst.van")} hint={t("lijst.maandHint")} type="month" defaultValue={f.van ?? ""} fout={fouten.van} />
      <TekstVeld id="tot" label={t("lijst.tot")} hint={t("lijst.maandHint")} type="month" defaultValue={f.tot ?? ""} fout={fouten.tot} />
      <Knop soort="secundair">{t("lijst.knop")}</Knop>
    </Form>
  );
}

export function ActieveFilters({ actief }: { actief: KlachtenLijstPagina["actief"] }) {
  const { t } = useTranslation("klachten");
  if (!actief.length) return null;
  return (
    <>
      <h2 className="afs-sr">{t("lijst.actief")}</h2>
      <ul className="db-actief" aria-label={t("lijst.actief")}>
        {actief.map((a) => (
          <li key={a.sleutel}>
            {a.tekst}
            <a className="utrecht-link" href={a.zonder}>
              <span aria-hidden="true">✕</span>
              <span className="afs-sr">{t("lijst.verwijder", { filter: a.tekst })}</span>
            </a>
          </li>
        ))}
        <li>
          <a className="utrecht-link" href="/klachten">{t("lijst.wisAlles")}</a>
        </li>
      </ul>
    </>
  );
}

export function KlachtenTabel({ rijen }: { rijen: KlachtenLijstPagina["rijen"] }) {
  const { t } = useTranslation("klachten");
  const { t: ta } = useTranslation("afspraken");
  const f = useDatum();
  if (!rijen.length) return <p className="utrecht-paragraph">{t("lijst.geen")}</p>;
  return (
    <table className="kl-tabel">
      <caption className="afs-sr">{t("lijst.bijschrift")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("lijst.nummer")}</th>
          <th scope="col">{t("lijst.klager")}</th>
          <th scope="col">{t("lijst.status")}</th>
          <th scope="col">{t("lijst.uiterlijk")}</th>
          <th scope="col">{t("lijst.behandelaar")}</th>
          <th scope="col">{t("lijst.afdeling")}</th>
          <th scope="col">{t("lijst.kanaal")}</th>
          <th scope="col">{t("lijst.ontvangen")}</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.id}>
            <td><Link to={`/klachten/${r.id}`}>{r.nummer}</Link></td>
            <td>{r.klagerNaam}</td>
            <td>{t(`status.${r.status}`, { defaultValue: r.statusTekst })}{r.oordeel ? ` (${t(`oordeel.${r.oordeel}`, { defaultValue: OORDEEL_TEKST[r.oordeel as Oordeel] ?? r.oordeel })})` : ""}</td>
            <td>{r.termijnOp ? <>{f.kort(r.termijnOp)} {r.termijnStatus ? <StatusLabel status={r.termijnStatus} /> : null}</> : "—"}</td>
            <td>{r.behandelaarNaam ?? t("lijst.nietToegewezen")}</td>
            <td>{r.afdeling ?? "—"}</td>
            <td>{r.kanaalCode ? ta(`kanaal.${r.kanaalCode}`, { defaultValue: r.kanaal }) : r.kanaal}</td>
            <td>{f.datum(r.ontvangenOp)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
