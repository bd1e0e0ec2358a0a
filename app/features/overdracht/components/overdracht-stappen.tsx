/**
 * "Wat kunt u nu doen?" on a warm handover: one small form per step open to this user now (pick up / decline,
 * offer again, inform the citizen, close, withdraw). Each form shows its own errors and keeps what was typed.
 */
import { useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { StapSectie, useStapFormulier } from "~/platform/ui/stapformulier";
import { CollegaTeamKiezer, RedenStap, type Ingekort, type Keuze } from "~/features/terugbellen/components/velden";
import type { OverdrachtDetail } from "../overdracht.server";

const HOE_KEUZES = ["telefoon", "e-mail", "brief", "balie"] as const;

interface StapProps {
  versie: number;
  bezig: boolean;
}

export function OverdrachtStappen({
  o,
  collegas,
  teams,
  ingekort,
  nuInvoer,
}: {
  o: OverdrachtDetail;
  collegas: Keuze[];
  teams: Keuze[];
  ingekort?: Ingekort;
  nuInvoer: string;
}) {
  const { t } = useTranslation("afspraken");
  const bezig = useNavigation().state === "submitting";
  const p = { versie: o.versie, bezig };
  return (
    <>
      {o.acties.length ? (
        <h2 className="utrecht-heading-2" id="acties-titel">
          {t("stap.watNu")}
        </h2>
      ) : (
        <p className="utrecht-paragraph">{o.open ? t("overdrachtStap.geenStap") : t("overdrachtStap.afgesloten")}</p>
      )}
      {o.acties.includes("oppakken") ? (
        <BevestigStap {...p} intent="oppakken" titel={t("overdrachtStap.oppakken")} uitleg={t("overdrachtStap.oppakkenUitleg")} knop={t("overdrachtStap.oppakkenKnop")} />
      ) : null}
      {o.acties.includes("weigeren") ? (
        <RedenStap
          {...p}
          id="weigeren"
          titel={t("overdrachtStap.weigeren")}
          intent="weigeren"
          veldId="weigeren-reden"
          label={t("overdrachtStap.weigerReden")}
          hint={t("overdrachtStap.weigerHint")}
          knop={t("overdrachtStap.weigerKnop")}
          soort="secundair"
        />
      ) : null}
      {o.acties.includes("opnieuw") ? <OpnieuwStap {...p} collegas={collegas} teams={teams} ingekort={ingekort} /> : null}
      {o.acties.includes("geinformeerd") ? <GeinformeerdStap {...p} nuInvoer={nuInvoer} behandelaar={o.behandelaar} /> : null}
      {o.acties.includes("afronden") ? (
        <BevestigStap
          {...p}
          intent="afronden"
          titel={t("overdrachtStap.afronden")}
          uitleg={t("overdrachtStap.afrondenUitleg")}
          knop={t("overdrachtStap.afrondenKnop")}
        />
      ) : null}
      {o.acties.includes("intrekken") ? (
        <RedenStap
          {...p}
          id="intrekken"
          titel={t("overdrachtStap.intrekken")}
          intent="intrekken"
          veldId="intrekken-reden"
          label={t("overdrachtStap.intrekReden")}
          knop={t("overdrachtStap.intrekKnop")}
          soort="subtiel"
        />
      ) : null}
    </>
  );
}

/** A step that needs nothing but a confirmation: pick up, close. */
function BevestigStap({ versie, bezig, intent, titel, uitleg, knop }: StapProps & { intent: "oppakken" | "afronden"; titel: string; uitleg: string; knop: string }) {
  const f = useStapFormulier(intent);
  return (
    <StapSectie id={intent} titel={titel} intent={intent} versie={versie} melding={f.melding} uitleg={<p className="utrecht-paragraph">{uitleg}</p>}>
      <Knop disabled={bezig}>{knop}</Knop>
    </StapSectie>
  );
}

function OpnieuwStap({ versie, bezig, collegas, teams, ingekort }: StapProps & { collegas: Keuze[]; teams: Keuze[]; ingekort?: Ingekort }) {
  const { t } = useTranslation("afspraken");
  const f = useStapFormulier("opnieuw");
  return (
    <StapSectie id="opnieuw" titel={t("overdrachtStap.opnieuw")} intent="opnieuw" versie={versie} melding={f.melding} noValidate>
      <CollegaTeamKiezer
        zoekId="opnieuw-zoek"
        id="opnieuw-ontvanger"
        name="ontvanger"
        label={t("overdrachtStap.aanbiedenAan")}
        collegas={collegas}
        teams={teams}
        ingekort={ingekort}
        defaultValue={f.invoer.ontvanger}
        fout={f.fouten.ontvanger}
      />
      <TekstGebied
        id="opnieuw-toelichting"
        name="toelichting"
        label={t("overdrachtStap.aanvulling")}
        rows={2}
        defaultValue={f.invoer.toelichting ?? ""}
      />
      <Knop disabled={bezig}>{t("overdrachtStap.opnieuwKnop")}</Knop>
    </StapSectie>
  );
}

function GeinformeerdStap({ versie, bezig, nuInvoer, behandelaar }: StapProps & { nuInvoer: string; behandelaar: string | null }) {
  const { t } = useTranslation("afspraken");
  const f = useStapFormulier("geinformeerd");
  const uitleg = <p className="utrecht-paragraph">{t("overdrachtStap.geinformeerdUitleg")}</p>;
  const opties = HOE_KEUZES.map((value) => ({ value, label: t(`hoe.${value}`) }));
  return (
    <StapSectie id="geinformeerd" titel={t("overdrachtStap.geinformeerd")} intent="geinformeerd" versie={versie} melding={f.melding} noValidate uitleg={uitleg}>
      <Keuzelijst id="geinformeerd-hoe" name="hoe" label={t("overdrachtStap.hoe")} defaultValue={f.invoer.hoe ?? "telefoon"} fout={f.fouten.hoe} opties={opties} />
      <TekstVeld id="geinformeerd-op" name="op" type="datetime-local" label={t("overdrachtStap.wanneer")} defaultValue={f.invoer.op ?? nuInvoer} fout={f.fouten.op} />
      <TekstVeld
        id="geinformeerd-contactpersoon"
        name="contactpersoon"
        label={t("overdrachtStap.contactpersoon")}
        defaultValue={f.invoer.contactpersoon ?? behandelaar ?? ""}
        fout={f.fouten.contactpersoon}
      />
      <TekstGebied id="geinformeerd-vervolgstap" name="vervolgstap" label={t("overdrachtStap.vervolgstap")} rows={2} defaultValue={f.invoer.vervolgstap ?? ""} fout={f.fouten.vervolgstap} />
      <Knop disabled={bezig}>{t("overdrachtStap.vastleggen")}</Knop>
    </StapSectie>
  );
}

