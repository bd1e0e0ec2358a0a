/** The regieteam's edit form of a lesson: text, norms and process step, carrying the version it was loaded with. */
import { useTranslation } from "react-i18next";
import { Knop } from "~/platform/ui/ui";
import type { LesRij } from "../leerlogboek.server";
import type { lesPagina } from "../les-pagina.server";
import { getypt, useLesAntwoord } from "./antwoord";
import { LesVelden } from "./leerlogboek";
import { UitklapFormulier } from "../../../platform/ui/uitklap-formulier";

type Keuzes = NonNullable<NonNullable<ReturnType<typeof lesPagina>>["keuzes"]>;

export function LesBewerken({ les: l, keuzes }: { les: LesRij; keuzes: Keuzes }) {
  const bewerken = useLesAntwoord("bewerken");
  const { t } = useTranslation("leerlogboek");
  return (
    <section className="ll-blok ll-acties" aria-labelledby="bewerken-kop">
      <h2 id="bewerken-kop" className="utrecht-heading-2">{t("detail.bewerken")}</h2>
      <UitklapFormulier
        samenvatting={t("detail.bewerkenSamenvatting")}
        intent="bewerken"
        versie={bewerken ? getypt(bewerken, "versie", String(l.versie)) : l.versie}
        open={!!bewerken}
        melding={bewerken?.melding}
        meldingTitel={t("detail.nietOpgeslagen")}
      >
        <LesVelden
          waarden={
            bewerken
              ? (bewerken.invoer as Record<string, string> & { normen?: string[] })
              : {
                  titel: l.titel,
                  watGebeurde: l.watGebeurde,
                  oorzaak: l.oorzaak,
                  les: l.les,
                  normen: l.normen.map(String),
                  processtap: l.processtap,
                  afdelingId: l.afdelingId ? String(l.afdelingId) : "",
                }
          }
          fouten={bewerken?.fouten ?? {}}
          afdelingen={keuzes.afdelingen}
          normen={keuzes.normen}
          processtappen={keuzes.processtappen}
        />
        <Knop>{t("detail.opslaan")}</Knop>
      </UitklapFormulier>
    </section>
  );
}
