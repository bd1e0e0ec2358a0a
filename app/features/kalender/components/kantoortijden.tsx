/** The calendar page's settings: office hours per weekday and which national holidays are days off. */
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import type { KalenderOverzicht } from "../beheer.server";
import { KalenderFormulier, KalenderSectie, useKalenderFormulier } from "./formulier";

/** One time field in the office-hours table (label only for screen readers, the error above the field). */
function TijdCel({ id, label, waarde, fout }: { id: string; label: string; waarde: string; fout: string | undefined }) {
  return (
    <td>
      <label htmlFor={id} className="afs-sr">
        {label}
      </label>
      {fout ? (
        <span id={`${id}-fout`} className="afs-veld__fout">
          {fout}
        </span>
      ) : null}
      <input
        id={id}
        name={id}
        type="time"
        className="utrecht-textbox utrecht-textbox--html-input"
        defaultValue={waarde}
        aria-invalid={fout ? true : undefined}
        aria-describedby={fout ? `${id}-fout` : undefined}
      />
    </td>
  );
}

export function Kantoortijden({ o }: { o: KalenderOverzicht }) {
  const { t } = useTranslation("handvest");
  const { fout, inv } = useKalenderFormulier("tijden");
  const w = useDatum();
  return (
    <KalenderSectie id="kantoortijden" titel={t("kalender.kantoortijden")} intro={t("kalender.kantoortijdenIntro")}>
      <KalenderFormulier intent="tijden" jaar={o.jaar} stand={o.openingstijdenStand} labelledby="kantoortijden" knop={t("kalender.opslaanTijden")}>
        <div className="afs-tabel-container">
          <table className="afs-tabel afs-handvest-tijden">
            <thead>
              <tr>
                <th scope="col">{t("kalender.weekdag")}</th>
                <th scope="col">{t("kalender.kolomOpen")}</th>
                <th scope="col">{t("kalender.kolomSluit")}</th>
                <th scope="col">{t("kalender.kolomGesloten")}</th>
              </tr>
            </thead>
            <tbody>
              {o.openingstijden.map((d) => {
                const wd = d.weekdag;
                const gesloten = inv(`gesloten-${wd}`, d.open === null ? "on" : "") === "on";
                const fGesloten = fout(`gesloten-${wd}`)?.[0];
                return (
                  <tr key={wd}>
                    <th scope="row">{w.weekdag(d.weekdag)}</th>
                    <TijdCel id={`open-${wd}`} label={t("kalender.open", { dag: w.weekdag(d.weekdag) })} waarde={inv(`open-${wd}`, d.open ?? "")} fout={fout(`open-${wd}`)?.[0]} />
                    <TijdCel id={`sluit-${wd}`} label={t("kalender.sluit", { dag: w.weekdag(d.weekdag) })} waarde={inv(`sluit-${wd}`, d.sluit ?? "")} fout={fout(`sluit-${wd}`)?.[0]} />
                    <td>
                      <div className="afs-handvest-vink">
                        <input
                          id={`gesloten-${wd}`}
                          name={`gesloten-${wd}`}
                          type="checkbox"
                          className="utrecht-checkbox utrecht-checkbox--html-input"
                          defaultChecked={gesloten}
                          aria-invalid={fGesloten ? true : undefined}
                          aria-describedby={fGesloten ? `gesloten-${wd}-fout` : undefined}
                        />
                        <label htmlFor={`gesloten-${wd}`}>{t("kalender.gesloten", { dag: w.weekdag(d.weekdag) })}</label>
                      </div>
                      {fGesloten ? (
                        <span id={`gesloten-${wd}-fout`} className="afs-veld__fout">
                          {fGesloten}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </KalenderFormulier>
    </KalenderSectie>
  );
}

/** One "is this holiday a day off" checkbox. */
function Vink({ id, label, aan }: { id: string; label: string; aan: boolean }) {
  return (
    <div className="afs-handvest-vink">
      <input id={id} name={id} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" defaultChecked={aan} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function VrijeDagen({ o }: { o: KalenderOverzicht }) {
  const { t } = useTranslation("handvest");
  const { inv } = useKalenderFormulier("instellingen");
  return (
    <KalenderSectie id="vrijedagen" titel={t("kalender.vrijeDagen")} intro={t("kalender.vrijeDagenIntro")}>
      <KalenderFormulier intent="instellingen" jaar={o.jaar} stand={o.instellingenStand} labelledby="vrijedagen" noValidate={false} knop={t("kalender.opslaanInstellingen")}>
        <Vink id="bevrijdingsdagVrij" label={t("kalender.bevrijdingsdag")} aan={inv("bevrijdingsdagVrij", o.instellingen.bevrijdingsdagVrij ? "on" : "") === "on"} />
        <Vink id="goedeVrijdagVrij" label={t("kalender.goedeVrijdag")} aan={inv("goedeVrijdagVrij", o.instellingen.goedeVrijdagVrij ? "on" : "") === "on"} />
      </KalenderFormulier>
    </KalenderSectie>
  );
}
