/**
 * Shared pieces of the callback and handover pages (not a route: a folder without route.tsx).
 */
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { Link, useFetcher, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, StatusLabel, TekstVeld } from "~/platform/ui/ui";
import { StapSectie, useStapFormulier } from "~/platform/ui/stapformulier";
import { useDatum } from "~/platform/i18n/datum";

export interface Keuze {
  value: string;
  label: string;
}

/** A short colleague list (a large organisation): what was searched for, or null for the user's own team. */
export type Ingekort = { zoek: string | null } | null;

/**
 * With JavaScript: a type-ahead search (via /api/medewerkers) that fills in the plain <select> `doel`.
 * Without JavaScript nothing is rendered and the <select> (which supports type-to-find) does the job.
 */
export function Typeahead({
  doel,
  id,
  label,
  onGekozen,
}: {
  doel: RefObject<HTMLSelectElement>;
  id: string;
  label: string;
  onGekozen?: (waarde: string) => void;
}) {
  const { t } = useTranslation("afspraken");
  const [actief, setActief] = useState(false);
  const [q, setQ] = useState("");
  const fetcher = useFetcher<{ resultaten: Keuze[] }>();
  useEffect(() => setActief(true), []);
  useEffect(() => {
    if (!actief) return;
    const t = window.setTimeout(() => fetcher.load(`/api/medewerkers?q=${encodeURIComponent(q)}`), 150);
    return () => window.clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q, actief]);
  if (!actief) return null;
  const resultaten = fetcher.data?.resultaten ?? [];
  return (
    <div className="afs-veld afs-typeahead">
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      <span id={`${id}-hint`} className="afs-veld__hint utrecht-form-field-description">
        {t("veld.zoekHint")}
      </span>
      <input
        id={id}
        type="text"
        list={`${id}-lijst`}
        autoComplete="off"
        className="utrecht-textbox utrecht-textbox--html-input"
        aria-describedby={`${id}-hint`}
        value={q}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setQ(v);
          const match = resultaten.find((r) => r.label === v);
          if (match && doel.current) {
            // a short list (large organisation) may not hold the colleague found: add the choice
            if (![...doel.current.options].some((o) => o.value === match.value)) doel.current.add(new Option(match.label, match.value));
            doel.current.value = match.value;
            onGekozen?.(match.value);
          }
        }}
      />
      <datalist id={`${id}-lijst`}>
        {resultaten.map((r) => (
          <option key={r.value} value={r.label} />
        ))}
      </datalist>
    </div>
  );
}

/** A plain select of colleagues and teams ("m:<id>" / "t:<id>"). */
export function CollegaTeamSelect({
  id,
  name,
  label,
  collegas,
  teams,
  defaultValue,
  fout,
  selectRef,
  leeg,
}: {
  id: string;
  name: string;
  label: string;
  collegas: Keuze[];
  teams: Keuze[];
  defaultValue?: string;
  fout?: string[] | string | null;
  selectRef?: RefObject<HTMLSelectElement>;
  leeg?: string;
}) {
  const f = Array.isArray(fout) ? fout[0] : fout;
  const { t } = useTranslation("afspraken");
  return (
    <div className={`afs-veld utrecht-form-field${f ? " afs-veld--fout" : ""}`}>
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      {f ? (
        <span id={`${id}-fout`} className="afs-veld__fout utrecht-form-field-error-message">
          {f}
        </span>
      ) : null}
      <select
        id={id}
        name={name}
        ref={selectRef}
        className="utrecht-select utrecht-select--html-select"
        defaultValue={defaultValue ?? ""}
        aria-invalid={f ? true : undefined}
        aria-describedby={f ? `${id}-fout` : undefined}
      >
        <option value="">{leeg ?? t("kies")}</option>
        <CollegaTeamOpties collegas={collegas} teams={teams} />
      </select>
    </div>
  );
}

/**
 * A colleague-or-team choice: the plain select, with the type-ahead search (`zoekId`) above it when JavaScript runs.
 * With a short list (`ingekort`, a large organisation) a search field below it reloads the page with the colleagues
 * found (`?collega=`, a GET through the same form, so it works without JavaScript and posts nothing).
 */
export function CollegaTeamKiezer({
  zoekId,
  ingekort,
  ...select
}: {
  zoekId: string;
  id: string;
  name: string;
  label: string;
  collegas: Keuze[];
  teams: Keuze[];
  defaultValue?: string;
  fout?: string[];
  ingekort?: Ingekort;
}) {
  const ref = useRef<HTMLSelectElement>(null);
  const { t } = useTranslation("afspraken");
  const [zoek] = useSearchParams();
  return (
    <>
      <Typeahead doel={ref} id={zoekId} label={t("veld.zoekCollega")} />
      <CollegaTeamSelect {...select} selectRef={ref} />
      {ingekort ? (
        <div className="afs-veld afs-collega-zoeken">
          <label htmlFor={`${select.id}-collega`} className="utrecht-form-label">
            {t("veld.andereCollega")}
          </label>
          <span id={`${select.id}-collega-hint`} className="afs-veld__hint utrecht-form-field-description">
            {ingekort.zoek ? t("veld.gevonden", { zoek: ingekort.zoek, aantal: select.collegas.length }) : t("veld.alleenEigenTeam")}
          </span>
          <input
            id={`${select.id}-collega`}
            name="collega"
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input"
            aria-describedby={`${select.id}-collega-hint`}
            defaultValue={zoek.has(select.name) ? (ingekort.zoek ?? "") : ""}
            autoFocus={zoek.has(select.name) && !!ingekort.zoek}
          />
          <Knop soort="secundair" formMethod="get" formNoValidate>
            {t("veld.zoekKnop")}
          </Knop>
        </div>
      ) : null}
    </>
  );
}

/** The options of a colleague-or-team select: colleagues first, then teams. */
export function CollegaTeamOpties({ collegas, teams }: { collegas: Keuze[]; teams: Keuze[] }) {
  const { t } = useTranslation("afspraken");
  return (
    <>
      <optgroup label={t("veld.collegas")}>
        {collegas.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </optgroup>
      <optgroup label={t("veld.teams")}>
        {teams.map((x) => (
          <option key={x.value} value={x.value}>
            {x.label}
          </option>
        ))}
      </optgroup>
    </>
  );
}

/** "Anoniem": the citizen gives no name; the name field is switched off while it is ticked. */
export function AnoniemKeuze({ label, defaultChecked, onChange }: { label: string; defaultChecked: boolean; onChange: (aan: boolean) => void }) {
  return (
    <div className="afs-keuze">
      <input
        type="checkbox"
        id="anoniem"
        name="anoniem"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        defaultChecked={defaultChecked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label htmlFor="anoniem" className="utrecht-form-label">
        {label}
      </label>
    </div>
  );
}

export interface TijdlijnRegel {
  volgnummer: number;
  op: number;
  opTekst: string;
  type: string;
  omschrijving: string;
  door: string;
  van: string | null;
  naar: string;
  vanCode: string | null;
  naarCode: string;
  automatisch: boolean;
  bekend: boolean;
  uitkomst: string | null;
  reden: string | null;
  aanvulling: string | null;
}

/** What happened, in the page's language: the event's name, the call outcome, the reason and the citizen's addition. */
function Omschrijving({ r }: { r: TijdlijnRegel }) {
  const { t } = useTranslation("afspraken");
  if (!r.bekend) return <>{r.omschrijving}</>;
  let s = t(`gebeurtenis.${r.type.replace(/\./g, "_")}`);
  if (r.uitkomst) s += `: ${t(`uitkomst.${r.uitkomst}`, { defaultValue: r.uitkomst })}`;
  if (r.reden) s += ` — ${t("tijdlijn.reden", { reden: r.reden })}`;
  if (r.aanvulling) s += `: “${r.aanvulling}”`;
  return <>{s}</>;
}

/** The history of a promise; `statussen` is the key prefix of its workflow's status names ("afspraken:terugbelStatus"). */
export function Tijdlijn({ regels, titelId, statussen }: { regels: TijdlijnRegel[]; titelId: string; statussen: string }) {
  const { t } = useTranslation("afspraken");
  const d = useDatum();
  const status = (code: string, tekst: string) => t(`${statussen}.${code.replace(/^open\./, "")}`, { defaultValue: tekst });
  return (
    <section className="afs-blok" aria-labelledby={titelId}>
      <h2 id={titelId} className="utrecht-heading-2">
        {t("tijdlijn.titel")}
      </h2>
      <ol className="afs-tijdlijn">
        {regels.map((r) => (
          <li key={r.volgnummer}>
            <span className="afs-tijdlijn__wanneer">
              {d.datumTijd(r.op)} · {r.automatisch ? t("tijdlijn.automatisch") : r.door}
            </span>
            <Omschrijving r={r} />
            {r.van && r.vanCode && r.van !== r.naar ? (
              <>
                {" "}
                ({status(r.vanCode, r.van)} → {status(r.naarCode, r.naar)})
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export interface TermijnWeergave {
  mijlpaal: string;
  tekst: string;
  status: "op_tijd" | "bijna" | "te_laat" | "klaar";
  statusTekst: string;
  verzet: boolean;
  oorspronkelijkTekst: string | null;
  termijnOp: number;
  oorspronkelijkOp: number | null;
  nu: number;
  opTijd: boolean | null;
}

/** A titled section with the deadlines of a promise; `children` follow the list. */
export function TermijnSectie({ titelId, titel, termijnen, children }: { titelId: string; titel: string; termijnen: TermijnWeergave[]; children?: ReactNode }) {
  return (
    <section className="afs-blok" aria-labelledby={titelId}>
      <h2 id={titelId} className="utrecht-heading-2">
        {titel}
      </h2>
      <Termijnen termijnen={termijnen} />
      {children}
    </section>
  );
}

export function Termijnen({ termijnen }: { termijnen: TermijnWeergave[] }) {
  const { t: vt } = useTranslation("afspraken");
  const d = useDatum();
  if (!termijnen.length) return <p className="utrecht-paragraph">{vt("termijn.geen")}</p>;
  return (
    <dl className="afs-gegevens">
      {termijnen.map((t) => (
        <div key={t.mijlpaal} className="afs-rij-contents">
          <dt>{vt(`mijlpaal.${t.mijlpaal}`, { defaultValue: t.mijlpaal })}</dt>
          <dd>
            {t.status === "klaar" ? (t.opTijd ? vt("termijn.opTijd") : vt("termijn.teLaat")) : d.relatief(t.termijnOp, t.nu)} <StatusLabel status={t.status} />
            {t.verzet ? (
              <>
                <br />
                {vt("termijn.verzet", { op: t.oorspronkelijkOp ? d.datumTijd(t.oorspronkelijkOp) : t.oorspronkelijkTekst })}
              </>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The confirmation after a step went through (`?gedaan=`), when there is one. */
export function GedaanMelding({ tekst }: { tekst: string | null }) {
  return tekst ? (
    <Melding soort="ok">
      <p className="utrecht-paragraph">{tekst}</p>
    </Melding>
  ) : null;
}

/** The link to the citizen's overview (klantbeeld), when the citizen is known. */
export function KlantbeeldLink({ burgerId, naam }: { burgerId: string | null; naam: string }) {
  const { t } = useTranslation("afspraken");
  return burgerId ? (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link" to={`/klantbeeld/${burgerId}`}>
        {t("klantbeeldVan", { naam })}
      </Link>
    </p>
  ) : null;
}

/** A workflow step whose form is one reason field (`reden`) and a button: niet bereikbaar, annuleren, weigeren, intrekken. */
export function RedenStap({
  id,
  titel,
  intent,
  versie,
  bezig,
  veldId,
  label,
  hint,
  uitleg,
  knop,
  soort,
}: {
  id: string;
  titel: string;
  intent: string;
  versie: number;
  bezig: boolean;
  veldId: string;
  label: string;
  hint?: string;
  uitleg?: ReactNode;
  knop: string;
  soort: "primair" | "secundair" | "subtiel";
}) {
  const f = useStapFormulier(intent);
  return (
    <StapSectie id={id} titel={titel} intent={intent} versie={versie} melding={f.melding} noValidate uitleg={uitleg}>
      <TekstVeld id={veldId} name="reden" label={label} hint={hint} defaultValue={f.invoer.reden ?? ""} fout={f.fouten.reden} />
      <Knop soort={soort} disabled={bezig}>
        {knop}
      </Knop>
    </StapSectie>
  );
}
