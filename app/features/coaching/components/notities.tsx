/** Coaching notes: the manager's form for a new note, and every note with its reactions and a reaction form. */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, TekstGebied } from "../../../platform/ui/ui";
import { useDatum } from "../../../platform/i18n/datum";
import type { ProfielPaginaData } from "../profiel.server";
import type { ProfielActieData } from "../formulieren.server";
import { fout, NieuwFormulier, waarde } from "./actie";

export function Notities({ d, actie, leidinggevende }: { d: ProfielPaginaData; actie: ProfielActieData | undefined; leidinggevende: boolean }) {
  const { t } = useTranslation("coaching");
  const f = useDatum();
  return (
    <section aria-labelledby="coachingsnotities" className="coaching-sectie">
      <h2 id="coachingsnotities" className="utrecht-heading-2">
        {t("notities.titel")}
      </h2>
      <p className="utrecht-paragraph afs-zacht">{t("notities.bewaartermijn", { maanden: d.bewaartermijn })}</p>
      {leidinggevende ? (
        <NieuwFormulier id="nieuwe-notitie" titel={t("notities.nieuw")} intent="notitie" knop={t("notities.opslaan")}>
          <TekstGebied
            id="notitie-tekst"
            name="tekst"
            label={t("notities.tekst")}
            hint={t("notities.tekstHint")}
            fout={fout(actie, "notitie", "tekst")}
            defaultValue={waarde(actie, "notitie", "tekst")}
            rows={5}
            maxLength={4000}
          />
        </NieuwFormulier>
      ) : null}
      {d.notities.length === 0 ? (
        <p className="utrecht-paragraph">{t("notities.leeg")}</p>
      ) : (
        <ul className="coaching-lijst">
          {d.notities.map((n) => (
            <li key={n.id} className="coaching-kaart">
              <article aria-labelledby={`notitie-${n.id}-kop`}>
                <h3 id={`notitie-${n.id}-kop`} className="utrecht-heading-3 coaching-kaart__kop">
                  {t("notities.door", { naam: n.auteurNaam, op: f.kort(n.op) })}
                </h3>
                <p className="utrecht-paragraph coaching-tekst">{n.tekst}</p>
                {n.reacties.length ? (
                  <>
                    <h4 className="utrecht-heading-4">{t("notities.reacties")}</h4>
                    <ul className="coaching-reacties">
                      {n.reacties.map((r) => (
                        <li key={r.id}>
                          <p className="utrecht-paragraph afs-zacht">{t("notities.door", { naam: r.auteurNaam, op: f.kort(r.op) })}</p>
                          <p className="utrecht-paragraph coaching-tekst">{r.tekst}</p>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <Form method="post" className="coaching-formulier">
                  <input type="hidden" name="intent" value="reactie" />
                  <input type="hidden" name="notitie" value={n.id} />
                  <TekstGebied
                    id={`reactie-${n.id}`}
                    name="tekst"
                    label={t("notities.reageer")}
                    fout={fout(actie, "reactie", "tekst", String(n.id))}
                    defaultValue={waarde(actie, "reactie", "tekst", String(n.id))}
                    rows={2}
                    maxLength={2000}
                  />
                  <Knop soort="secundair">{t("notities.reageerKnop")}</Knop>
                </Form>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
