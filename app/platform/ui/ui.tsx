/**
 * Small building blocks on top of the Utrecht CSS components, so every page looks and behaves alike:
 * labelled fields with their error at the field (aria-invalid + aria-describedby), status messages,
 * status badges that never rely on colour alone.
 */
import type { ReactNode, InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

export function PageTitle({ children, intro }: { children: ReactNode; intro?: ReactNode }) {
  return (
    <div className="afs-paginatitel">
      <h1 className="utrecht-heading-1">{children}</h1>
      {intro ? <p className="utrecht-paragraph afs-intro">{intro}</p> : null}
    </div>
  );
}

export function Melding({
  soort = "info",
  titel,
  children,
  role,
}: {
  soort?: "info" | "ok" | "fout" | "waarschuwing";
  titel?: string;
  children?: ReactNode;
  role?: "status" | "alert";
}) {
  return (
    <div className={`afs-melding afs-melding--${soort}`} role={role ?? (soort === "fout" ? "alert" : "status")}>
      {titel ? <p className="utrecht-paragraph"><strong>{titel}</strong></p> : null}
      {children}
    </div>
  );
}

interface VeldProps {
  id: string;
  label: string;
  hint?: string;
  fout?: string | string[] | null;
  children?: ReactNode;
}

function foutTekst(fout: VeldProps["fout"]): string | null {
  if (!fout) return null;
  return Array.isArray(fout) ? fout[0] ?? null : fout;
}

function describedBy(id: string, hint?: string, fout?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : null, fout ? `${id}-fout` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function VeldKader({ id, label, hint, fout, children }: VeldProps & { children: ReactNode }) {
  const f = foutTekst(fout);
  return (
    <div className={`afs-veld utrecht-form-field${f ? " afs-veld--fout utrecht-form-field--invalid" : ""}`}>
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="afs-veld__hint utrecht-form-field-description">
          {hint}
        </span>
      ) : null}
      {f ? (
        <span id={`${id}-fout`} className="afs-veld__fout utrecht-form-field-error-message">
          {f}
        </span>
      ) : null}
      {children}
    </div>
  );
}

export function TekstVeld({
  id,
  label,
  hint,
  fout,
  ...input
}: VeldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const f = foutTekst(fout);
  return (
    <VeldKader id={id} label={label} hint={hint} fout={f}>
      <input
        id={id}
        name={input.name ?? id}
        type={input.type ?? "text"}
        className={`utrecht-textbox utrecht-textbox--html-input${f ? " utrecht-textbox--invalid" : ""}`}
        aria-invalid={f ? true : undefined}
        aria-describedby={describedBy(id, hint, f)}
        {...input}
      />
    </VeldKader>
  );
}

export function TekstGebied({
  id,
  label,
  hint,
  fout,
  ...input
}: VeldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const f = foutTekst(fout);
  return (
    <VeldKader id={id} label={label} hint={hint} fout={f}>
      <textarea
        id={id}
        name={input.name ?? id}
        rows={input.rows ?? 4}
        className={`utrecht-textarea utrecht-textarea--html-textarea${f ? " utrecht-textarea--invalid" : ""}`}
        aria-invalid={f ? true : undefined}
        aria-describedby={describedBy(id, hint, f)}
        {...input}
      />
    </VeldKader>
  );
}

export function Keuzelijst({
  id,
  label,
  hint,
  fout,
  opties,
  ...select
}: VeldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & { opties: { value: string; label: string }[] }) {
  const f = foutTekst(fout);
  return (
    <VeldKader id={id} label={label} hint={hint} fout={f}>
      <select
        id={id}
        name={select.name ?? id}
        className={`utrecht-select utrecht-select--html-select${f ? " utrecht-select--invalid" : ""}`}
        aria-invalid={f ? true : undefined}
        aria-describedby={describedBy(id, hint, f)}
        {...select}
      >
        {opties.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </VeldKader>
  );
}

export function Knop({
  children,
  soort = "primair",
  ...rest
}: { children: ReactNode; soort?: "primair" | "secundair" | "subtiel" } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const cls =
    soort === "primair"
      ? "utrecht-button utrecht-button--primary-action"
      : soort === "secundair"
        ? "utrecht-button utrecht-button--secondary-action"
        : "utrecht-button utrecht-button--subtle";
  return (
    <button type={rest.type ?? "submit"} className={cls} {...rest}>
      {children}
    </button>
  );
}

export type TermijnStatus = "op_tijd" | "bijna" | "te_laat" | "klaar";

const STATUS_TEKST: Record<TermijnStatus, { teken: string; cls: string }> = {
  op_tijd: { teken: "●", cls: "afs-status--op-tijd" },
  bijna: { teken: "▲", cls: "afs-status--bijna" },
  te_laat: { teken: "■", cls: "afs-status--te-laat" },
  klaar: { teken: "✓", cls: "afs-status--klaar" },
};

/** A deadline status with text and a shape, never colour alone. */
export function StatusLabel({ status }: { status: TermijnStatus }) {
  const { t } = useTranslation();
  return <StatusLabelTekst status={status} tekst={t(`ui.status.${status}`)} />;
}

/** StatusLabel with its text already worded (`ui.status.<status>`): for tables that word it once, not per row. */
export function StatusLabelTekst({ status, tekst }: { status: TermijnStatus; tekst: string }) {
  const s = STATUS_TEKST[status];
  return (
    <span className={`afs-status ${s.cls}`}>
      <span aria-hidden="true">{s.teken}</span>
      {tekst}
    </span>
  );
}
