/**
 * The form of "Nieuwe terugbelafspraak", built for use during a phone call: keyboard only, focus starts in the
 * name field, everything but naam (or anoniem), telefoonnummer and vraag preselected. The due moment of the
 * chosen norm is shown before saving: computed on the server at page load, with JavaScript kept live.
 */
import { Form, useFetcher, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import type { NieuweTerugbelAntwoord, NieuweTerugbelPaginaData } from "../pagina.server";
import { AnoniemKeuze, CollegaTeamOpties, Typeahead } from "./velden";

const KANALEN = ["telefoon", "e-mail", "balie", "website", "post", "sociale media", "chat", "webformulier"] as const;

export function NieuweTerugbelFormulier({ l, a }: { l: NieuweTerugbelPaginaData; a: NieuweTerugbelAntwoord | undefined }) {
  const nav = useNavigation();
  const invoer = (a?.invoer ?? {}) as Record<string, string | undefined>;
  const fouten = (a?.fouten ?? {}) as Record<string, string[] | undefined>;
  const [norm, setNorm] = useState(invoer.norm ?? l.standaardNorm);
  const [toewijzing, setToewijzing] = useState(invoer.toewijzing ?? "ik");
  const [anoniem, setAnoniem] = useState(invoer.anoniem === "on");
  const anderRef = useRef<HTMLSelectElement>(null);
  const { t } = useTranslation("afspraken");
  const kanaalOpties = KANALEN.map((value) => ({ value, label: t(`kanaal.${value}`) }));
  return (
    <Form method="post" noValidate aria-label={t("titel.nieuweTerugbel")}>
      <TekstVeld id="naam" label={t("nieuw.naam")} autoComplete="off" autoFocus defaultValue={invoer.naam ?? ""} fout={fouten.naam} disabled={anoniem} />
      <AnoniemKeuze label={t("nieuw.anoniem")} defaultChecked={anoniem} onChange={setAnoniem} />
      <TekstVeld
        id="telefoon"
        label={t("nieuw.telefoon")}
        hint={t("nieuw.telefoonHint")}
        type="tel"
        autoComplete="off"
        required
        defaultValue={invoer.telefoon ?? ""}
        fout={fouten.telefoon}
      />
      <TekstGebied id="vraag" label={t("nieuw.vraag")} rows={3} required defaultValue={invoer.vraag ?? ""} fout={fouten.vraag} />
      <TekstVeld id="email" label={t("nieuw.email")} type="email" autoComplete="off" defaultValue={invoer.email ?? ""} fout={fouten.email} />
      <Keuzelijst id="kanaal" label={t("nieuw.kanaal")} defaultValue={invoer.kanaal ?? "telefoon"} fout={fouten.kanaal} opties={kanaalOpties} />
      <fieldset className="afs-keuzegroep" aria-describedby={fouten.toewijzing ? "toewijzing-fout" : undefined}>
        <legend>{t("nieuw.wieBelt")}</legend>
        {fouten.toewijzing ? (
          <span id="toewijzing-fout" className="afs-veld__fout utrecht-form-field-error-message">
            {fouten.toewijzing[0]}
          </span>
        ) : null}
        <Toewijzing waarde="ik" gekozen={toewijzing} kies={setToewijzing} label={t("nieuw.ikzelf")} />
        {l.mijnTeam ? <Toewijzing waarde="team" gekozen={toewijzing} kies={setToewijzing} label={t("nieuw.mijnTeam", { team: l.mijnTeam })} /> : null}
        <Toewijzing waarde="ander" gekozen={toewijzing} kies={setToewijzing} label={t("nieuw.ander")} />
      </fieldset>
      <Typeahead doel={anderRef} label={t("veld.zoekCollega")} id="ander-zoek" onGekozen={() => setToewijzing("ander")} />
      <label htmlFor="ander" className="utrecht-form-label">
        {t("nieuw.collegaOfTeam")}
      </label>
      {fouten.ander ? (
        <span id="ander-fout" className="afs-veld__fout utrecht-form-field-error-message">
          {fouten.ander[0]}
        </span>
      ) : null}
      <div className="afs-veld">
        <select
          id="ander"
          name="ander"
          ref={anderRef}
          className="utrecht-select utrecht-select--html-select"
          defaultValue={invoer.ander ?? ""}
          aria-invalid={fouten.ander ? true : undefined}
          aria-describedby={fouten.ander ? "ander-fout" : undefined}
          onChange={(e) => {
            if (e.currentTarget.value) setToewijzing("ander");
          }}
        >
          <option value="">{t("nieuw.alleenBijAnder")}</option>
          <CollegaTeamOpties collegas={l.collegas} teams={l.teams} />
        </select>
      </div>
      <Keuzelijst
        id="norm"
        label={t("nieuw.norm")}
        value={norm}
        onChange={(e) => setNorm(e.currentTarget.value)}
        fout={fouten.norm}
        opties={l.normen.map((n) => ({ value: n.code, label: n.titel }))}
      />
      <TermijnVoorbeeld
        norm={norm}
        normTitel={l.normen.find((n) => n.code === norm)?.titel}
        begin={a ? { op: a.voorbeeldOp, nu: a.nu, tekst: a.voorbeeld } : { op: l.voorbeeldOp, nu: l.nu, tekst: l.voorbeeld }}
      />
      <div className="afs-knoppen">
        <Knop disabled={nav.state === "submitting"}>{t("nieuw.knop")}</Knop>
      </div>
    </Form>
  );
}

/** One choice of "Wie belt terug?". */
function Toewijzing({ waarde, gekozen, kies, label }: { waarde: string; gekozen: string; kies: (w: string) => void; label: string }) {
  return (
    <div className="afs-keuze">
      <input
        type="radio"
        id={`toewijzing-${waarde}`}
        name="toewijzing"
        value={waarde}
        className="utrecht-radio-button utrecht-radio-button--html-input"
        checked={gekozen === waarde}
        onChange={() => kies(waarde)}
      />
      <label htmlFor={`toewijzing-${waarde}`}>{label}</label>
    </div>
  );
}

/**
 * The due moment of `norm` if the promise were made now. Without JavaScript `beginTekst` (from the server);
 * with it, refreshed when the norm changes and every minute, since time moves on during a call.
 */
function TermijnVoorbeeld({
  norm,
  normTitel,
  begin,
}: {
  norm: string;
  normTitel: string | undefined;
  begin: { op: number | null; nu: number; tekst: string | null };
}) {
  const { t } = useTranslation("afspraken");
  const f = useDatum();
  const voorbeeld = useFetcher<{ tekst: string | null; op?: number; nu?: number }>();
  const [live, setLive] = useState<string | null>(null);
  useEffect(() => {
    voorbeeld.load(`/api/termijn-voorbeeld?norm=${encodeURIComponent(norm)}`);
    const timer = window.setInterval(() => voorbeeld.load(`/api/termijn-voorbeeld?norm=${encodeURIComponent(norm)}`), 60_000);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [norm]);
  useEffect(() => {
    if (voorbeeld.data && voorbeeld.state === "idle") {
      const d = voorbeeld.data;
      setLive(d.op != null && d.nu != null ? f.relatief(d.op, d.nu) : d.tekst);
    }
  }, [voorbeeld.data, voorbeeld.state, f]);
  const termijnTekst = live ?? (begin.op != null ? f.relatief(begin.op, begin.nu) : begin.tekst);
  return (
    <div className="afs-termijnvoorbeeld" aria-live="polite" id="termijn-voorbeeld">
      {termijnTekst ? (
        <p className="utrecht-paragraph">
          {t("nieuw.termijn")}
          {normTitel ? ` (${normTitel})` : ""}: <strong>{termijnTekst}</strong>
        </p>
      ) : (
        <p className="utrecht-paragraph">{t("nieuw.geenTermijn")}</p>
      )}
    </div>
  );
}
