/**
 * Server-rendered, accessible SVG charts (no JavaScript needed) and their table alternatives.
 *
 * - Every chart is a <figure> with a visible heading; the <svg> has role="img", aria-labelledby pointing at
 *   that heading and at its own <desc> (a one-sentence summary), and a <title>.
 * - Values and labels are text inside the SVG; the current and previous period differ in fill AND pattern
 *   (solid vs. hatched with an outline) AND a text legend, so nothing depends on colour alone.
 * - Colours are dark on white (≥ 7:1 for bars and text; the hatch has a solid outline).
 * - Each chart is followed by its table alternative (<TabelBijGrafiek>): a real <table> with caption and
 *   th scope, where every number links to the list behind it.
 * Styling in app/styles/grafiek.css (no inline styles: CSP).
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

const DONKER = "#154273";
const GRIJS = "#4b4b4b";

/** The number formatting of the page's language (Dutch unless English is chosen). */
function locale(taal?: string): string {
  return taal === "en" ? "en-GB" : "nl-NL";
}

function getal(n: number, taal?: string): string {
  return n.toLocaleString(locale(taal));
}

/**
 * A bar label in the 260 px label column (capitals are wide). A short one is right-aligned against the bars; a
 * longer one keeps its whole text (the same words as the table and the data, in any language) and is cut off at
 * the column by a clip path; the table has it whole.
 */
function BalkLabel({ id, label, breedte, y }: { id: string; label: string; breedte: number; y: number }) {
  if (label.length <= 34)
    return (
      <text x={breedte - 8} y={y} textAnchor="end" className="gr-label">
        {label}
      </text>
    );
  return (
    <text x={4} y={y} clipPath={`url(#${id}-labelkolom)`} className="gr-label">
      {label}
    </text>
  );
}

/** The clip path of the label column (for BalkLabel). */
function LabelKolom({ id, breedte, hoogte }: { id: string; breedte: number; hoogte: number }) {
  return (
    <clipPath id={`${id}-labelkolom`}>
      <rect x={0} y={0} width={breedte - 10} height={hoogte} />
    </clipPath>
  );
}

export function pctTekst(p: number | null | undefined, decimalen = 0, taal?: string): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return "—";
  return `${(p * 100).toLocaleString(locale(taal), { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen })}%`;
}

function Patronen({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-arcering`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={DONKER} strokeWidth="2.2" />
      </pattern>
    </defs>
  );
}

/** The text legend shown under a two-series chart (with the same swatches as the bars). */
export function Legenda({ nu, vorig }: { nu: string; vorig: string }) {
  const { t } = useTranslation("statistiek");
  return (
    <ul className="gr-legenda">
      <li>
        <svg aria-hidden="true" focusable="false" width="18" height="14" viewBox="0 0 18 14" className="gr-staal">
          <rect x="1" y="1" width="16" height="12" fill={DONKER} stroke={DONKER} strokeWidth="1.5" />
        </svg>
        {nu} <span className="gr-legenda__uitleg">{t("grafiek.effen")}</span>
      </li>
      <li>
        <svg aria-hidden="true" focusable="false" width="18" height="14" viewBox="0 0 18 14" className="gr-staal">
          <defs>
            <pattern id="gr-legenda-arcering" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={DONKER} strokeWidth="2.2" />
            </pattern>
          </defs>
          <rect x="1" y="1" width="16" height="12" fill="url(#gr-legenda-arcering)" stroke={DONKER} strokeWidth="1.5" />
        </svg>
        {vorig} <span className="gr-legenda__uitleg">{t("grafiek.gearceerd")}</span>
      </li>
    </ul>
  );
}

interface FiguurProps {
  id: string;
  titel: string;
  kopNiveau?: 2 | 3;
  beschrijving: string;
  children: ReactNode;
  onder?: ReactNode;
}

/** Figure frame: visible heading, the svg (children) and what follows (legend, table). */
function Figuur({ id, titel, kopNiveau = 3, beschrijving, children, onder }: FiguurProps) {
  const Kop = kopNiveau === 2 ? "h2" : "h3";
  return (
    <figure className="gr-figuur" aria-labelledby={`${id}-kop`}>
      <Kop id={`${id}-kop`} className={kopNiveau === 2 ? "utrecht-heading-2" : "utrecht-heading-3"}>
        {titel}
      </Kop>
      <p id={`${id}-samenvatting`} className="utrecht-paragraph gr-samenvatting">
        {beschrijving}
      </p>
      {children}
      {onder}
    </figure>
  );
}

function SvgKader({ id, titel, beschrijving, breedte, hoogte, children }: { id: string; titel: string; beschrijving: string; breedte: number; hoogte: number; children: ReactNode }) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-kop ${id}-desc`}
      viewBox={`0 0 ${breedte} ${hoogte}`}
      className="gr-svg"
      preserveAspectRatio="xMinYMin meet"
      focusable="false"
    >
      <title>{titel}</title>
      <desc id={`${id}-desc`}>{beschrijving}</desc>
      <Patronen id={id} />
      {children}
    </svg>
  );
}

function schaalMax(max: number): number {
  if (max <= 0) return 1;
  const macht = Math.pow(10, Math.floor(Math.log10(max)));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * macht >= max) return f * macht;
  return 10 * macht;
}

export interface GroepPunt {
  label: string;
  labelLang: string;
  nu: number;
  vorig: number;
}

/** Grouped vertical bars: per month/quarter this period (solid) beside the same period a year earlier (hatched). */
export function GegroepeerdeStaven({
  id,
  titel,
  beschrijving,
  punten,
  legendaNu,
  legendaVorig,
  kopNiveau,
  tabel,
}: {
  id: string;
  titel: string;
  beschrijving: string;
  punten: GroepPunt[];
  legendaNu: string;
  legendaVorig: string;
  kopNiveau?: 2 | 3;
  tabel?: ReactNode;
}) {
  const { i18n } = useTranslation();
  const taal = i18n.language;
  const links = 44;
  const boven = 22;
  const onder = 34;
  const hoogteGrafiek = 200;
  const groepBreedte = Math.max(14, Math.min(64, 660 / Math.max(1, punten.length)));
  const breedte = Math.max(360, links + groepBreedte * punten.length + 10);
  const hoogte = boven + hoogteGrafiek + onder;
  const max = schaalMax(Math.max(1, ...punten.map((p) => Math.max(p.nu, p.vorig))));
  const y = (n: number) => boven + hoogteGrafiek - (n / max) * hoogteGrafiek;
  const staaf = Math.max(4, (groepBreedte - 8) / 2);
  const labelElke = Math.ceil(punten.length / 24);
  const waardenTonen = groepBreedte >= 36;
  return (
    <Figuur
      id={id}
      titel={titel}
      kopNiveau={kopNiveau}
      beschrijving={beschrijving}
      onder={
        <>
          <Legenda nu={legendaNu} vorig={legendaVorig} />
          {tabel}
        </>
      }
    >
      <SvgKader id={id} titel={titel} beschrijving={beschrijving} breedte={breedte} hoogte={hoogte}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={links} x2={breedte - 4} y1={y(max * f)} y2={y(max * f)} stroke="#8a8a8a" strokeWidth="0.75" strokeDasharray={f === 0 ? undefined : "3 3"} />
            <text x={links - 6} y={y(max * f) + 4} textAnchor="end" className="gr-as">
              {getal(max * f, taal)}
            </text>
          </g>
        ))}
        {punten.map((p, i) => {
          const x = links + i * groepBreedte + 4;
          return (
            <g key={i}>
              <rect x={x} y={y(p.nu)} width={staaf} height={Math.max(0, y(0) - y(p.nu))} fill={DONKER} stroke={DONKER} strokeWidth="1" />
              <rect x={x + staaf} y={y(p.vorig)} width={staaf} height={Math.max(0, y(0) - y(p.vorig))} fill={`url(#${id}-arcering)`} stroke={DONKER} strokeWidth="1" />
              {waardenTonen ? (
                <>
                  <text x={x + staaf / 2} y={y(p.nu) - 4} textAnchor="middle" className="gr-waarde">
                    {getal(p.nu, taal)}
                  </text>
                  <text x={x + staaf * 1.5} y={y(p.vorig) - 4} textAnchor="middle" className="gr-waarde gr-waarde--vorig">
                    {getal(p.vorig, taal)}
                  </text>
                </>
              ) : null}
              {i % labelElke === 0 ? (
                <text x={x + staaf} y={boven + hoogteGrafiek + 16} textAnchor="middle" className="gr-label">
                  {p.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </SvgKader>
    </Figuur>
  );
}

export interface BalkRij {
  label: string;
  nu: number;
  vorig?: number;
}

/** Horizontal bars (per norm, department, team, channel …), optionally with the previous period hatched below. */
export function HorizontaleBalken({
  id,
  titel,
  beschrijving,
  rijen,
  legendaNu,
  legendaVorig,
  kopNiveau,
  tabel,
}: {
  id: string;
  titel: string;
  beschrijving: string;
  rijen: BalkRij[];
  legendaNu?: string;
  legendaVorig?: string;
  kopNiveau?: 2 | 3;
  tabel?: ReactNode;
}) {
  const { t, i18n } = useTranslation("statistiek");
  const taal = i18n.language;
  const metVorig = rijen.some((r) => r.vorig !== undefined);
  const labelBreedte = 260;
  const balkRuimte = 380;
  const breedte = labelBreedte + balkRuimte + 70;
  const rijHoogte = metVorig ? 34 : 22;
  const hoogte = Math.max(1, rijen.length) * rijHoogte + 8;
  const max = schaalMax(Math.max(1, ...rijen.map((r) => Math.max(r.nu, r.vorig ?? 0))));
  const w = (n: number) => (n / max) * balkRuimte;
  return (
    <Figuur
      id={id}
      titel={titel}
      kopNiveau={kopNiveau}
      beschrijving={beschrijving}
      onder={
        <>
          {metVorig && legendaNu && legendaVorig ? <Legenda nu={legendaNu} vorig={legendaVorig} /> : null}
          {tabel}
        </>
      }
    >
      <SvgKader id={id} titel={titel} beschrijving={beschrijving} breedte={breedte} hoogte={hoogte}>
        <LabelKolom id={id} breedte={labelBreedte} hoogte={hoogte} />
        {rijen.length === 0 ? (
          <text x={8} y={18} className="gr-label">
            {t("grafiek.geenInPeriode")}
          </text>
        ) : null}
        {rijen.map((r, i) => {
          const top = 4 + i * rijHoogte;
          const h = metVorig ? 13 : 16;
          return (
            <g key={i}>
              <BalkLabel id={id} label={r.label} breedte={labelBreedte} y={top + h - 3} />
              <rect x={labelBreedte} y={top} width={Math.max(r.nu > 0 ? 1 : 0, w(r.nu))} height={h} fill={DONKER} stroke={DONKER} strokeWidth="1" />
              <text x={labelBreedte + w(r.nu) + 5} y={top + h - 3} className="gr-waarde">
                {getal(r.nu, taal)}
              </text>
              {metVorig && r.vorig !== undefined ? (
                <>
                  <rect x={labelBreedte} y={top + h + 2} width={Math.max(r.vorig > 0 ? 1 : 0, w(r.vorig))} height={h} fill={`url(#${id}-arcering)`} stroke={DONKER} strokeWidth="1" />
                  <text x={labelBreedte + w(r.vorig) + 5} y={top + 2 * h - 1} className="gr-waarde gr-waarde--vorig">
                    {getal(r.vorig, taal)}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
        <line x1={labelBreedte} x2={labelBreedte} y1={0} y2={hoogte} stroke={GRIJS} strokeWidth="1" />
      </SvgKader>
    </Figuur>
  );
}

export interface PctRij {
  label: string;
  pct: number | null;
  aantal: number;
}

/**
 * "Percentage op tijd" bars with the target as a dashed line. Below target: hatched AND the text "onder
 * streefwaarde" after the value (never colour alone).
 */
export function PercentageBalken({
  id,
  titel,
  beschrijving,
  rijen,
  streefwaarde,
  kopNiveau,
  tabel,
}: {
  id: string;
  titel: string;
  beschrijving: string;
  rijen: PctRij[];
  streefwaarde: number;
  kopNiveau?: 2 | 3;
  tabel?: ReactNode;
}) {
  const labelBreedte = 260;
  const balkRuimte = 340;
  const breedte = labelBreedte + balkRuimte + 170;
  const rijHoogte = 24;
  const boven = 20;
  const hoogte = boven + Math.max(1, rijen.length) * rijHoogte + 6;
  const x = (p: number) => labelBreedte + p * balkRuimte;
  const { t, i18n } = useTranslation("statistiek");
  const taal = i18n.language;
  return (
    <Figuur
      id={id}
      titel={titel}
      kopNiveau={kopNiveau}
      beschrijving={beschrijving}
      onder={
        <>
          <ul className="gr-legenda">
            <li>
              <svg aria-hidden="true" focusable="false" width="18" height="14" viewBox="0 0 18 14" className="gr-staal">
                <line x1="9" y1="0" x2="9" y2="14" stroke="#000000" strokeWidth="2" strokeDasharray="3 2" />
              </svg>
              {t("grafiek.streefwaarde", { pct: pctTekst(streefwaarde, 0, taal) })}
            </li>
            <li>
              <svg aria-hidden="true" focusable="false" width="18" height="14" viewBox="0 0 18 14" className="gr-staal">
                <rect x="1" y="1" width="16" height="12" fill={DONKER} stroke={DONKER} strokeWidth="1.5" />
              </svg>
              {t("grafiek.opOfBoven")}
            </li>
            <li>
              <svg aria-hidden="true" focusable="false" width="18" height="14" viewBox="0 0 18 14" className="gr-staal">
                <defs>
                  <pattern id={`${id}-leg-arcering`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill="#ffffff" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke={DONKER} strokeWidth="2.2" />
                  </pattern>
                </defs>
                <rect x="1" y="1" width="16" height="12" fill={`url(#${id}-leg-arcering)`} stroke={DONKER} strokeWidth="1.5" />
              </svg>
              {t("grafiek.onderLegenda")}
            </li>
          </ul>
          {tabel}
        </>
      }
    >
      <SvgKader id={id} titel={titel} beschrijving={beschrijving} breedte={breedte} hoogte={hoogte}>
        <LabelKolom id={id} breedte={labelBreedte} hoogte={hoogte} />
        {[0, 0.5, 1].map((f) => (
          <text key={f} x={x(f)} y={12} textAnchor="middle" className="gr-as">
            {pctTekst(f, 0, taal)}
          </text>
        ))}
        {rijen.map((r, i) => {
          const top = boven + i * rijHoogte;
          const onderStreef = r.pct !== null && r.pct < streefwaarde;
          return (
            <g key={i}>
              <BalkLabel id={id} label={r.label} breedte={labelBreedte} y={top + 13} />
              <rect x={labelBreedte} y={top} width={balkRuimte} height={16} fill="#ffffff" stroke="#8a8a8a" strokeWidth="0.75" />
              {r.pct !== null ? (
                <rect
                  x={labelBreedte}
                  y={top}
                  width={Math.max(r.pct > 0 ? 1 : 0, r.pct * balkRuimte)}
                  height={16}
                  fill={onderStreef ? `url(#${id}-arcering)` : DONKER}
                  stroke={DONKER}
                  strokeWidth="1"
                />
              ) : null}
              <text x={x(1) + 6} y={top + 13} className="gr-waarde">
                {r.pct === null ? t("grafiek.geenGegevens") : `${pctTekst(r.pct, 0, taal)}${onderStreef ? t("grafiek.onderStreef") : ""}`}
              </text>
            </g>
          );
        })}
        <line x1={x(streefwaarde)} x2={x(streefwaarde)} y1={boven - 4} y2={hoogte - 2} stroke="#000000" strokeWidth="2" strokeDasharray="4 3" />
      </SvgKader>
    </Figuur>
  );
}

/** The collapsible table alternative under a chart. */
export function TabelBijGrafiek({ children, open }: { children: ReactNode; open?: boolean }) {
  const { t } = useTranslation("statistiek");
  return (
    <details className="gr-tabel" open={open}>
      <summary>{t("grafiek.tabelBij")}</summary>
      <div className="afs-tabel-container">{children}</div>
    </details>
  );
}

/** A number that links to the list behind it (or plain text when there is no list). */
export function Getal({ n, link, label }: { n: number; link?: string | null; label?: string }) {
  const { i18n } = useTranslation();
  const t = getal(n, i18n.language);
  if (!link) return <>{t}</>;
  return (
    <a href={link} className="utrecht-link" aria-label={label ? `${t} – ${label}` : undefined}>
      {t}
    </a>
  );
}

/** "+12 (+8%)" / "−3" / "gelijk" against the previous period, with a text arrow (not colour). */
export function Verschil({ nu, vorig }: { nu: number; vorig: number }) {
  const { t, i18n } = useTranslation("statistiek");
  const taal = i18n.language;
  const d = nu - vorig;
  if (d === 0) return <span className="gr-verschil">{t("grafiek.gelijk")}</span>;
  const pct = vorig > 0 ? ` (${d > 0 ? "+" : "−"}${Math.round((Math.abs(d) / vorig) * 100)}%)` : "";
  return (
    <span className="gr-verschil">
      <span aria-hidden="true">{d > 0 ? "▲ " : "▼ "}</span>
      {d > 0 ? "+" : "−"}
      {getal(Math.abs(d), taal)}
      {pct}
    </span>
  );
}

export interface FilterKeuzes {
  afdelingen: { id: number; naam: string }[];
  teams: { id: number; naam: string; afdelingId: number }[];
}

/**
 * The dashboards' GET filter form (works without JavaScript): period preset or own months, department, team,
 * per month / per quarter. `waarden` are the current search params; `fouten` the Dutch field errors.
 */
export function DashboardFilter({
  waarden,
  fouten,
  keuzes,
  presets,
  metIndeling = true,
  standaardVan,
  standaardTot,
}: {
  waarden: Record<string, string>;
  fouten: Partial<Record<string, string>>;
  keuzes: FilterKeuzes;
  presets: { value: string; label: string }[];
  metIndeling?: boolean;
  standaardVan: string;
  standaardTot: string;
}) {
  const { t } = useTranslation("statistiek");
  const afdNaam = new Map(keuzes.afdelingen.map((a) => [a.id, a.naam]));
  const periode = waarden.periode ?? (waarden.van || waarden.tot ? "eigen" : "dit_kwartaal");
  const veld = (id: string, label: string, control: ReactNode, hint?: string) => {
    const f = fouten[id];
    return (
      <div className={`afs-veld utrecht-form-field${f ? " afs-veld--fout utrecht-form-field--invalid" : ""}`}>
        <label htmlFor={`f-${id}`} className="utrecht-form-label">
          {label}
        </label>
        {hint ? (
          <span id={`f-${id}-hint`} className="afs-veld__hint utrecht-form-field-description">
            {hint}
          </span>
        ) : null}
        {f ? (
          <span id={`f-${id}-fout`} className="afs-veld__fout utrecht-form-field-error-message">
            {f}
          </span>
        ) : null}
        {control}
      </div>
    );
  };
  const aria = (id: string, hint?: boolean) => {
    const ids = [hint ? `f-${id}-hint` : null, fouten[id] ? `f-${id}-fout` : null].filter(Boolean).join(" ");
    return { "aria-invalid": fouten[id] ? true : undefined, "aria-describedby": ids || undefined };
  };
  return (
    <form method="get" className="db-filters" role="search" aria-label={t("filter.label")}>
      {veld(
        "periode",
        t("filter.periode"),
        <select id="f-periode" name="periode" defaultValue={periode} className="utrecht-select utrecht-select--html-select" {...aria("periode")}>
          {presets.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>,
      )}
      {veld(
        "van",
        t("filter.van"),
        <input id="f-van" name="van" type="month" defaultValue={waarden.van ?? standaardVan} className="utrecht-textbox utrecht-textbox--html-input" {...aria("van", true)} />,
        t("filter.maandHint"),
      )}
      {veld(
        "tot",
        t("filter.tot"),
        <input id="f-tot" name="tot" type="month" defaultValue={waarden.tot ?? standaardTot} className="utrecht-textbox utrecht-textbox--html-input" {...aria("tot", true)} />,
        t("filter.maandHint"),
      )}
      {veld(
        "afdeling",
        t("filter.afdeling"),
        <select id="f-afdeling" name="afdeling" defaultValue={waarden.afdeling ?? ""} className="utrecht-select utrecht-select--html-select" {...aria("afdeling")}>
          <option value="">{t("filter.alleAfdelingen")}</option>
          {keuzes.afdelingen.map((a) => (
            <option key={a.id} value={String(a.id)}>
              {a.naam}
            </option>
          ))}
        </select>,
      )}
      {veld(
        "team",
        t("filter.team"),
        <select id="f-team" name="team" defaultValue={waarden.team ?? ""} className="utrecht-select utrecht-select--html-select" {...aria("team")}>
          <option value="">{t("filter.alleTeams")}</option>
          {keuzes.teams.map((t) => (
            <option key={t.id} value={String(t.id)}>
              {t.naam} ({afdNaam.get(t.afdelingId) ?? "?"})
            </option>
          ))}
        </select>,
      )}
      {metIndeling ? (
        <fieldset>
          <legend>{t("filter.trend")}</legend>
          <label>
            <input type="radio" name="per" value="maand" defaultChecked={waarden.per !== "kwartaal"} /> {t("filter.perMaand")}
          </label>
          <label>
            <input type="radio" name="per" value="kwartaal" defaultChecked={waarden.per === "kwartaal"} /> {t("filter.perKwartaal")}
          </label>
        </fieldset>
      ) : null}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t("filter.toon")}
      </button>
    </form>
  );
}
