/** Coaching agreements: the list (the manager can mark them kept or lapsed) and the manager's form for a new one. */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, StatusLabel, TekstGebied, TekstVeld } from "../../../platform/ui/ui";
import { useDatum } from "../../../platform/i18n/datum";
import type { ProfielPaginaData } from "../profiel.server";
import type { ProfielActieData } from "../formulieren.server";
import { fout, NieuwFormulier, waarde } from "./actie";

export function Afspraken({ d, actie, leidinggevende }: { d: ProfielPaginaData; actie: ProfielActieData | undefined; leidinggevende: boolean }) {
  const { t } = useTranslation("coaching");
  const f = useDatum();
  return (
    <section aria-labelledby="coachingsafspraken" className="coaching-sectie">
      <h2 id="coachingsafspraken" className="utrecht-heading-2">
        {t("afspraken.titel")}
      </h2>
      {!d.termijnbewaking && leidinggevende ? (
        <Melding soort="waarschuwing">
          <p className="utrecht-paragraph">{t("afspraken.geenBewaking")}</p>
        </Melding>
      ) : null}
      {d.afspraken.length === 0 ? (
        <p className="utrecht-paragraph">{t("afspraken.leeg")}</p>
      ) : (
        <ul className="coaching-lijst">
          {d.afspraken.map((a) => (
            <li key={a.id} className="coaching-kaart">
              <p className="utrecht-paragraph coaching-tekst">{a.omschrijving}</p>
              <p className="utrecht-paragraph">
                {a.status === "open" ? (
                  <StatusLabel status={a.teLaat ? "te_laat" : "op_tijd"} />
                ) : (
                  <StatusLabel status="klaar" />
                )}{" "}
                <span>
                  {t(`afspraken.${a.status}`)} · {t("afspraken.uiterlijk", { op: f.datum(a.termijnOp) })}
                  {a.afgerondOp ? ` · ${t("afspraken.afgerond", { op: f.kort(a.afgerondOp) })}` : ""}
                </span>
              </p>
              {leidinggevende && a.status === "open" ? (
                <Form method="post" className="coaching-knoppen">
                  <input type="hidden" name="intent" value="sluit" />
                  <input type="hidden" name="afspraak" value={a.id} />
                  <input type="hidden" name="versie" value={a.versie} />
                  <Knop soort="secundair" name="nieuw" value="nagekomen">
                    {t("afspraken.markeerNagekomen")}
                  </Knop>
                  <Knop soort="subtiel" name="nieuw" value="vervallen">
                    {t("afspraken.markeerVervallen")}
                  </Knop>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {leidinggevende ? (
        <NieuwFormulier id="nieuwe-afspraak" titel={t("afspraken.nieuw")} intent="afspraak" knop={t("afspraken.opslaan")}>
          <TekstGebied
            id="omschrijving"
            label={t("afspraken.omschrijving")}
            hint={t("afspraken.omschrijvingHint")}
            fout={fout(actie, "afspraak", "omschrijving")}
            defaultValue={waarde(actie, "afspraak", "omschrijving")}
            rows={3}
            maxLength={1000}
          />
          <TekstVeld
            id="termijn"
            type="date"
            label={t("afspraken.termijn")}
            hint={t("afspraken.termijnHint")}
            fout={fout(actie, "afspraak", "termijn")}
            defaultValue={waarde(actie, "afspraak", "termijn")}
          />
        </NieuwFormulier>
      ) : null}
    </section>
  );
}
