/**
 * "Wat kunt u nu doen?" on a callback promise: one small form per step that is possible now. Each form shows its
 * own errors and keeps what was typed (app/platform/ui/stapformulier.tsx).
 */
import { useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { StapSectie, useStapFormulier } from "~/platform/ui/stapformulier";
import type { TerugbelDetail } from "../terugbel.server";
import { CollegaTeamKiezer, RedenStap, type Ingekort, type Keuze } from "./velden";

const UITKOMSTEN = ["bereikt", "geen_gehoor", "voicemail", "verkeerd_nummer"] as const;

interface StapProps {
  versie: number;
  bezig: boolean;
}

interface KeuzeProps extends StapProps {
  collegas: Keuze[];
  teams: Keuze[];
  ingekort?: Ingekort;
}

export function TerugbelStappen({ a, collegas, teams, ingekort }: { a: TerugbelDetail; collegas: Keuze[]; teams: Keuze[]; ingekort?: Ingekort }) {
  const { t } = useTranslation("afspraken");
  const bezig = useNavigation().state === "submitting";
  const p = { versie: a.versie, bezig };
  const kan = (stap: string) => (a.acties as readonly string[]).includes(stap);
  return (
    <>
      {a.acties.length ? (
        <h2 className="utrecht-heading-2" id="acties-titel">
          {t("stap.watNu")}
        </h2>
      ) : null}
      {kan("poging") ? <PogingStap {...p} /> : null}
      {kan("nummer") ? <NummerStap {...p} /> : null}
      {kan("niet_bereikbaar") ? (
        <RedenStap
          {...p}
          id="nb"
          titel={t("stap.nbTitel")}
          intent="niet_bereikbaar"
          uitleg={<p className="utrecht-paragraph">{t("stap.nbUitleg")}</p>}
          veldId="nb-reden"
          label={t("stap.reden")}
          knop={t("stap.nbKnop")}
          soort="secundair"
        />
      ) : null}
      {kan("tijdstip") ? <TijdstipStap {...p} /> : null}
      {kan("toewijzen") ? <ToewijzenStap {...p} collegas={collegas} teams={teams} ingekort={ingekort} /> : null}
      {kan("overdracht") ? <OverdrachtStap {...p} collegas={collegas} teams={teams} ingekort={ingekort} /> : null}
      {kan("annuleren") ? (
        <RedenStap
          {...p}
          id="annuleren"
          titel={t("stap.annuleren")}
          intent="annuleren"
          veldId="annuleren-reden"
          label={t("stap.annuleerReden")}
          knop={t("stap.annuleerKnop")}
          soort="subtiel"
        />
      ) : null}
    </>
  );
}

function PogingStap({ versie, bezig }: StapProps) {
  const { t } = useTranslation("afspraken");
  const f = useStapFormulier("poging");
  const opties = [{ value: "", label: t("stap.kiesUitkomst") }, ...UITKOMSTEN.map((value) => ({ value, label: t(`uitkomst.${value}`) }))];
  return (
    <StapSectie id="poging" titel={t("stap.poging")} intent="poging" versie={versie} melding={f.melding} noValidate>
      <Keuzelijst id="uitkomst" name="uitkomst" label={t("stap.uitkomst")} defaultValue={f.invoer.uitkomst ?? ""} fout={f.fouten.uitkomst} opties={opties} />
      <TekstGebied id="poging-notitie" name="notitie" label={t("stap.notitie")} rows={2} defaultValue={f.invoer.notitie ?? ""} fout={f.fouten.notitie} />
      <Knop disabled={bezig}>{t("stap.pogingKnop")}</Knop>
    </StapSectie>
  );
}

function NummerStap({ versie, bezig }: StapProps) {
  const { t } = useTranslation("afspraken");
  const f = useStapFormulier("nummer");
  const uitleg = <p className="utrecht-paragraph">{t("stap.nummerUitleg")}</p>;
  return (
    <StapSectie id="nummer" titel={t("stap.nummer")} intent="nummer" versie={versie} melding={f.melding} noValidate uitleg={uitleg}>
      <TekstVeld id="nummer-telefoon" name="telefoon" type="tel" label={t("stap.juistNummer")} defaultValue={f.invoer.telefoon ?? ""} fout={f.fouten.telefoon} />
      <Knop disabled={bezig}>{t("stap.nummerKnop")}</Knop>
    </StapSectie>
  );
}

function TijdstipStap({ versie, bezig }: StapProps) {
  const { t } = useTranslation("afspraken");
  const f = useStapFormulier("tijdstip");
  return (
    <StapSectie id="tijdstip" titel={t("stap.tijdstip")} intent="tijdstip" versie={versie} melding={f.melding} noValidate>
      <TekstVeld
        id="tijdstip-op"
        name="op"
        type="datetime-local"
        label={t("stap.nieuwTijdstip")}
        hint={t("stap.tijdstipHint")}
        defaultValue={f.invoer.op ?? ""}
        fout={f.fouten.op}
      />
      <TekstVeld id="tijdstip-reden" name="reden" label={t("stap.waarom")} defaultValue={f.invoer.reden ?? ""} fout={f.fouten.reden} />
      <Knop soort="secundair" disabled={bezig}>
        {t("stap.tijdstipKnop")}
      </Knop>
    </StapSectie>
  );
}

function ToewijzenStap({ versie, bezig, collegas, teams, ingekort }: KeuzeProps) {
  const { t } = useTranslation("afspraken");
  const f = useStapFormulier("toewijzen");
  return (
    <StapSectie id="toewijzen" titel={t("stap.toewijzen")} intent="toewijzen" versie={versie} melding={f.melding} noValidate>
      <CollegaTeamKiezer
        zoekId="toewijzen-zoek"
        id="toewijzen-aan"
        name="aan"
        label={t("stap.collegaOfTeam")}
        collegas={collegas}
        teams={teams}
        ingekort={ingekort}
        defaultValue={f.invoer.aan}
        fout={f.fouten.aan}
      />
      <Knop soort="secundair" disabled={bezig}>
        {t("stap.toewijzenKnop")}
      </Knop>
    </StapSectie>
  );
}

function OverdrachtStap({ versie, bezig, collegas, teams, ingekort }: KeuzeProps) {
  const { t } = useTranslation("afspraken");
  const f = useStapFormulier("overdracht");
  const uitleg = <p className="utrecht-paragraph">{t("stap.overdrachtUitleg")}</p>;
  return (
    <StapSectie id="overdracht" titel={t("stap.overdracht")} intent="overdracht" versie={versie} melding={f.melding} noValidate uitleg={uitleg}>
      <CollegaTeamKiezer
        zoekId="overdracht-zoek"
        id="overdracht-ontvanger"
        name="ontvanger"
        label={t("stap.overdragenAan")}
        collegas={collegas}
        teams={teams}
        ingekort={ingekort}
        defaultValue={f.invoer.ontvanger}
        fout={f.fouten.ontvanger}
      />
      <TekstGebied id="overdracht-algedaan" name="alGedaan" label={t("stap.alGedaan")} rows={3} defaultValue={f.invoer.alGedaan ?? ""} fout={f.fouten.alGedaan} />
      <Knop soort="secundair" disabled={bezig}>
        {t("stap.overdrachtKnop")}
      </Knop>
    </StapSectie>
  );
}
