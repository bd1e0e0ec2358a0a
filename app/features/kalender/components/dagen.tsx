/** The calendar page's day lists: national holidays, the organisation's closing days and the Atw's equated days. */
import { useTranslation } from "react-i18next";
import { Keuzelijst, TekstVeld } from "~/platform/ui/ui";
import { useDatum } from "~/platform/i18n/datum";
import { dagVanIso } from "~/domain/kalender/tijd";
import type { KalenderOverzicht } from "../beheer.server";

/** A stored ISO date as the long date of the page's language. */
function useDagTekst() {
  const f = useDatum();
  return (iso: string) => f.dagLang(dagVanIso(iso));
}
import { KalenderFormulier, KalenderSectie, useKalenderFormulier, VerwijderDag } from "./formulier";

export function Feestdagen({ o }: { o: KalenderOverzicht }) {
  const { t } = useTranslation("handvest");
  const dagTekst = useDagTekst();
  return (
    <section aria-labelledby="feestdagen">
      <h2 id="feestdagen" className="utrecht-heading-2">
        {t("kalender.feestdagen", { jaar: o.jaar })}
      </h2>
      <p className="utrecht-paragraph">{t("kalender.feestdagenIntro", { jaar: o.jaar, aantal: o.aantalWerkdagen })}</p>
      <div className="afs-tabel-container">
        <table className="afs-tabel">
          <thead>
            <tr>
              <th scope="col">{t("kalender.feestdag")}</th>
              <th scope="col">{t("kalender.datum")}</th>
              <th scope="col">{t("kalender.organisatie")}</th>
              <th scope="col">{t("kalender.atw")}</th>
            </tr>
          </thead>
          <tbody>
            {o.feestdagen.map((f) => (
              <tr key={f.datum + f.naam}>
                <th scope="row">{t(`feestdag.${f.code}`, { defaultValue: f.naam })}</th>
                <td>{dagTekst(f.datum)}</td>
                <td>
                  {f.organisatie === "werkdag"
                    ? t("kalender.orgWerkdag")
                    : f.organisatie === "vrij"
                      ? t("kalender.orgVrij")
                      : t("kalender.orgGesloten")}
                </td>
                <td>{f.atw ? t("kalender.atwJa") : t("kalender.atwNee")}</td>
              </tr>
            ))}
            {o.gelijkgesteldeDagen
              .filter((g) => g.inJaar)
              .map((g) => (
                <tr key={g.id}>
                  <th scope="row">{g.omschrijving}</th>
                  <td>{dagTekst(g.datum)}</td>
                  <td>{t("kalender.orgWerkdag")}</td>
                  <td>{t("kalender.atwJa")}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function OrganisatieDagen({ o }: { o: KalenderOverzicht }) {
  const { t } = useTranslation("handvest");
  const dagTekst = useDagTekst();
  const { fout, inv } = useKalenderFormulier("dag");
  return (
    <section aria-labelledby="orgdagen">
      <h2 id="orgdagen" className="utrecht-heading-2">
        {t("kalender.orgDagen", { jaar: o.jaar })}
      </h2>
      {o.organisatieDagen.length === 0 ? (
        <p className="utrecht-paragraph">{t("kalender.orgDagenLeeg", { jaar: o.jaar })}</p>
      ) : (
        <div className="afs-tabel-container">
          <table className="afs-tabel">
            <thead>
              <tr>
                <th scope="col">{t("kalender.datum")}</th>
                <th scope="col">{t("kalender.soort")}</th>
                <th scope="col">{t("kalender.omschrijving")}</th>
                <th scope="col">{t("kalender.actie")}</th>
              </tr>
            </thead>
            <tbody>
              {o.organisatieDagen.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{dagTekst(d.datum)}</th>
                  <td>
                    {d.soort === "deeldag" ? `${t("kalender.deeldagKort")}, ${t("kalender.sluitTijd").toLowerCase()} ${d.sluit}` : t("kalender.sluitingsdagKort")}
                  </td>
                  <td>{d.omschrijving}</td>
                  <td>
                    <VerwijderDag id={d.id} jaar={o.jaar} datumTekst={dagTekst(d.datum)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 id="dag-toevoegen" className="utrecht-heading-3">
        {t("kalender.dagToevoegen")}
      </h3>
      <KalenderFormulier intent="dag" jaar={o.jaar} labelledby="dag-toevoegen" knop={t("kalender.toevoegen")}>
        <TekstVeld id="dag-datum" name="datum" label={t("kalender.datum")} type="date" required defaultValue={inv("datum", "")} fout={fout("datum")} />
        <Keuzelijst
          id="dag-soort"
          name="soort"
          label={t("kalender.soort")}
          defaultValue={inv("soort", "sluitingsdag")}
          fout={fout("soort")}
          opties={[
            { value: "sluitingsdag", label: t("kalender.sluitingsdag") },
            { value: "deeldag", label: t("kalender.deeldag") },
          ]}
        />
        <TekstVeld id="dag-sluit" name="sluit" label={t("kalender.sluitTijd")} hint={t("kalender.sluitHint")} type="time" defaultValue={inv("sluit", "")} fout={fout("sluit")} />
        <TekstVeld id="dag-omschrijving" name="omschrijving" label={t("kalender.omschrijving")} required maxLength={200} defaultValue={inv("omschrijving", "")} fout={fout("omschrijving")} />
      </KalenderFormulier>
    </section>
  );
}

export function GelijkgesteldeDagen({ o }: { o: KalenderOverzicht }) {
  const { t } = useTranslation("handvest");
  const dagTekst = useDagTekst();
  const { fout, inv } = useKalenderFormulier("gelijk");
  return (
    <KalenderSectie id="gelijkgesteld" titel={t("kalender.gelijkgesteld")} intro={t("kalender.gelijkgesteldIntro")}>
      {o.gelijkgesteldeDagen.length === 0 ? (
        <p className="utrecht-paragraph">{t("kalender.gelijkgesteldLeeg")}</p>
      ) : (
        <div className="afs-tabel-container">
          <table className="afs-tabel">
            <thead>
              <tr>
                <th scope="col">{t("kalender.datum")}</th>
                <th scope="col">{t("kalender.omschrijving")}</th>
                <th scope="col">{t("kalender.actie")}</th>
              </tr>
            </thead>
            <tbody>
              {o.gelijkgesteldeDagen.map((g) => (
                <tr key={g.id}>
                  <th scope="row">{dagTekst(g.datum)}</th>
                  <td>{g.omschrijving}</td>
                  <td>
                    <VerwijderDag id={g.id} jaar={o.jaar} datumTekst={dagTekst(g.datum)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 id="gelijk-toevoegen" className="utrecht-heading-3">
        {t("kalender.gelijkgesteldToevoegen")}
      </h3>
      <KalenderFormulier intent="gelijk" jaar={o.jaar} labelledby="gelijk-toevoegen" knop={t("kalender.toevoegen")}>
        <TekstVeld id="gelijk-datum" name="datum" label={t("kalender.datum")} type="date" required defaultValue={inv("datum", "")} fout={fout("datum")} />
        <TekstVeld id="gelijk-omschrijving" name="omschrijving" label={t("kalender.omschrijving")} required maxLength={200} defaultValue={inv("omschrijving", "")} fout={fout("omschrijving")} />
      </KalenderFormulier>
    </KalenderSectie>
  );
}
