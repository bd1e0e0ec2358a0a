/**
 * The regieteam's triage list: one card per suggestion with its details and, while a decision is still open,
 * a plain form (works without JavaScript) for the next step with a note. A refused form shows its errors
 * at its own fields and keeps what was typed.
 */
import { Form } from "@remix-run/react";
import { Keuzelijst, Knop, TekstGebied } from "../../../platform/ui/ui";
import { useTranslation } from "react-i18next";
import { useDatum } from "../../../platform/i18n/datum";
import type { SuggestieRegel, TriageAntwoord } from "../pagina.server";

export function SuggestieKaart({ sg, antwoord }: { sg: SuggestieRegel; antwoord: TriageAntwoord | undefined }) {
  const volgende = sg.volgende;
  const eigen = antwoord && !antwoord.ok && antwoord.id === sg.id ? antwoord : null;
  const f = eigen?.fouten ?? {};
  const { t } = useTranslation("werk");
  const { t: ta } = useTranslation("afspraken");
  const d = useDatum();
  const status = (s: string, l: string) => t(`suggesties.status.${s}`, { defaultValue: l });
  return (
    <article aria-labelledby={`sg-${sg.id}`} className="kl-blok">
      <h2 className="utrecht-heading-3" id={`sg-${sg.id}`}>
        {t("suggesties.kop", { id: sg.id, status: status(sg.status, sg.statusTekst) })}
      </h2>
      <p className="kl-tijdlijn__tekst">{sg.tekst}</p>
      <dl className="kl-gegevens">
        <dt>{t("suggesties.binnengekomen")}</dt>
        <dd>
          {t("suggesties.via", { moment: d.datumTijd(sg.aangemaaktOp), kanaal: ta(`kanaal.${sg.kanaal}`, { defaultValue: sg.kanaalTekst }) })}
          {sg.doorNaam ? t("suggesties.doorgegevenDoor", { naam: sg.doorNaam }) : ""}
        </dd>
        {sg.vanNaam || sg.vanContact ? (
          <>
            <dt>{t("suggesties.inwoner")}</dt>
            <dd>{[sg.vanNaam, sg.vanContact].filter(Boolean).join(" — ")}</dd>
          </>
        ) : null}
        {sg.triageNotitie ? (
          <>
            <dt>{t("suggesties.notitie")}</dt>
            <dd>{sg.triageNotitie}</dd>
          </>
        ) : null}
      </dl>
      {volgende.length ? (
        <Form method="post" noValidate className="kl-acties">
          <input type="hidden" name="id" value={sg.id} />
          <input type="hidden" name="versie" value={sg.versie} />
          <Keuzelijst
            id={`status-${sg.id}`}
            name="status"
            label={t("suggesties.volgende")}
            defaultValue={eigen?.invoer.status ?? volgende[0]?.value}
            fout={f.status}
            opties={volgende.map((o) => ({ value: o.value, label: status(o.value, o.label) }))}
          />
          <TekstGebied
            id={`notitie-${sg.id}`}
            name="notitie"
            label={t("suggesties.notitie")}
            hint={sg.status === "in_behandeling" ? t("suggesties.notitieVerplicht") : t("suggesties.notitieOptioneel")}
            defaultValue={eigen?.invoer.notitie ?? ""}
            fout={f.notitie}
            rows={3}
          />
          <Knop soort="secundair">{t("suggesties.opslaan", { id: sg.id })}</Knop>
        </Form>
      ) : null}
    </article>
  );
}
