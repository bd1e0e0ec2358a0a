/** The privacy officer's list of requests and the registration form (works without JavaScript). */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding, TekstGebied, TekstVeld } from "~/platform/ui/ui";

type Fouten = Record<string, string[] | undefined>;

export interface LijstRij {
  id: string;
  soortTekst: string;
  burgerNaam: string;
  statusTekst: string;
  ontvangen: string;
  uiterlijk: string | null;
  termijnStatus: string | null;
  verlengd: boolean;
}

export function VerzoekenTabel({ verzoeken }: { verzoeken: LijstRij[] }) {
  const { t } = useTranslation("privacy");
  if (!verzoeken.length) return <p className="utrecht-paragraph">{t("lijst.geen")}</p>;
  return (
    <table className="utrecht-table afs-tabel">
      <caption className="utrecht-table__caption">{t("lijst.bijschrift")}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">{t("lijst.verzoek")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("lijst.inwoner")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("lijst.ontvangen")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("lijst.uiterlijk")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("lijst.status")}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {verzoeken.map((v) => (
          <tr className="utrecht-table__row" key={v.id}>
            <td className="utrecht-table__cell">
              <Link to={`/privacy/${v.id}`} className="utrecht-link">
                {v.soortTekst}
              </Link>
            </td>
            <td className="utrecht-table__cell">{v.burgerNaam}</td>
            <td className="utrecht-table__cell">{v.ontvangen}</td>
            <td className="utrecht-table__cell">
              {v.uiterlijk ?? "–"}
              {v.verlengd ? t("lijst.verlengd") : ""}
            </td>
            <td className="utrecht-table__cell">
              {v.statusTekst}
              {v.termijnStatus ? `, ${t(`termijn.${v.termijnStatus}`, { defaultValue: v.termijnStatus })}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface NieuwData {
  burger: { id: string; naam: string; telefoon: string | null; email: string | null } | null;
  vandaag: string;
  soorten: { value: string; label: string }[];
  kanalen: { value: string; label: string }[];
  voorbeeld: { uiterlijk: string; uitleg: string };
}

export function NieuwVerzoekFormulier({ d, fouten = {}, invoer = {}, melding }: { d: NieuwData; fouten?: Fouten; invoer?: Record<string, string>; melding?: string | null }) {
  const { t } = useTranslation("privacy");
  if (!d.burger)
    return (
      <Melding soort="waarschuwing" titel={t("nieuw.kiesEerst")}>
        <p className="utrecht-paragraph">
          {t("nieuw.kiesVoor")}<Link to="/klantbeeld" className="utrecht-link">{t("lijst.klantbeeld")}</Link>{t("nieuw.kiesNa")}
        </p>
      </Melding>
    );
  return (
    <Form method="post" className="afs-formulier" noValidate>
      {melding ? <Melding soort="fout">{melding}</Melding> : null}
      <input type="hidden" name="burgerId" value={d.burger.id} />
      <p className="utrecht-paragraph">
        {t("nieuw.inwoner")}<strong>{d.burger.naam}</strong>
        {d.burger.telefoon ? ` · ${d.burger.telefoon}` : ""}
        {d.burger.email ? ` · ${d.burger.email}` : ""}
      </p>
      <Keuzelijst id="soort" label={t("nieuw.soort")} opties={d.soorten} defaultValue={invoer.soort ?? "inzage"} fout={fouten.soort} />
      <TekstVeld
        id="ontvangenDatum"
        label={t("nieuw.ontvangenOp")}
        type="date"
        max={d.vandaag}
        defaultValue={invoer.ontvangenDatum ?? d.vandaag}
        hint={t("nieuw.ontvangenHint")}
        fout={fouten.ontvangenDatum}
      />
      <Keuzelijst id="kanaal" label={t("nieuw.kanaal")} opties={d.kanalen} defaultValue={invoer.kanaal ?? "brief"} fout={fouten.kanaal} />
      <TekstGebied id="omschrijving" label={t("nieuw.omschrijving")} defaultValue={invoer.omschrijving ?? ""} fout={fouten.omschrijving} />
      <p className="utrecht-paragraph" data-testid="voorbeeld-termijn">
        {t("nieuw.voorbeeldVoor")}<strong>{d.voorbeeld.uiterlijk}</strong>{t("nieuw.voorbeeldNa", { uitleg: d.voorbeeld.uitleg })}
      </p>
      <Knop>{t("nieuw.knop")}</Knop>
    </Form>
  );
}
