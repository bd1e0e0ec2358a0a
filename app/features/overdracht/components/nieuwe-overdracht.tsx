/**
 * The form of "Nieuwe warme overdracht": the citizen (or anoniem), how to reach them, the question, what was
 * already said and done, and the colleague or team it goes to — with the pick-up deadline it will get.
 */
import { Form, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { AnoniemKeuze, CollegaTeamKiezer } from "~/features/terugbellen/components/velden";
import type { NieuweOverdrachtAntwoord, NieuweOverdrachtPaginaData } from "../pagina.server";

export function NieuweOverdrachtFormulier({ l, a }: { l: NieuweOverdrachtPaginaData; a: NieuweOverdrachtAntwoord | undefined }) {
  const nav = useNavigation();
  const invoer = (a?.invoer ?? {}) as Record<string, string | undefined>;
  const fouten = (a?.fouten ?? {}) as Record<string, string[] | undefined>;
  const [anoniem, setAnoniem] = useState(invoer.anoniem === "on");
  const { t } = useTranslation("afspraken");
  const f = useDatum();
  return (
    <Form method="post" noValidate aria-label={t("titel.nieuweOverdracht")}>
      <TekstVeld id="naam" label={t("nieuw.naam")} autoComplete="off" autoFocus defaultValue={invoer.naam ?? ""} fout={fouten.naam} disabled={anoniem} />
      <AnoniemKeuze label={t("overdracht.anoniem")} defaultChecked={anoniem} onChange={setAnoniem} />
      <TekstVeld
        id="telefoon"
        label={t("nieuw.telefoon")}
        type="tel"
        autoComplete="off"
        hint={t("overdracht.telefoonHint")}
        defaultValue={invoer.telefoon ?? ""}
        fout={fouten.telefoon}
      />
      <TekstVeld id="email" label={t("overdracht.email")} type="email" autoComplete="off" defaultValue={invoer.email ?? ""} fout={fouten.email} />
      <TekstGebied id="vraag" label={t("nieuw.vraag")} rows={3} defaultValue={invoer.vraag ?? ""} fout={fouten.vraag} />
      <TekstGebied
        id="alGedaan"
        label={t("overdracht.alGedaan")}
        hint={t("overdracht.alGedaanHint")}
        rows={4}
        defaultValue={invoer.alGedaan ?? ""}
        fout={fouten.alGedaan}
      />
      <CollegaTeamKiezer
        zoekId="ontvanger-zoek"
        id="ontvanger"
        name="ontvanger"
        label={t("overdracht.aan")}
        collegas={l.collegas}
        teams={l.teams}
        defaultValue={invoer.ontvanger}
        fout={fouten.ontvanger}
      />
      {l.oppakken ? (
        <div className="afs-termijnvoorbeeld">
          <p className="utrecht-paragraph">
            {t("overdracht.oppakken")} <strong>{l.oppakkenOp != null ? f.relatief(l.oppakkenOp, l.nu) : l.oppakken}</strong>
          </p>
        </div>
      ) : null}
      <div className="afs-knoppen">
        <Knop disabled={nav.state === "submitting"}>{t("overdracht.knop")}</Knop>
      </div>
    </Form>
  );
}
