/** A number (or percentage) of the service profile beside the team median; "no data" when there is none. */
import { useTranslation } from "react-i18next";

export type Vergelijking = { waarde: number | null; teamMediaan: number | null };

function Weergave({ v, pct, leeg }: { v: number | null; pct?: boolean; leeg: string }) {
  const { i18n } = useTranslation();
  if (v === null) return <span className="afs-zacht">{leeg}</span>;
  return <>{pct ? `${v}%` : v.toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL")}</>;
}

/** The employee's own value. */
export function Getal({ v, pct }: { v: number | null; pct?: boolean }) {
  const { t } = useTranslation("coaching");
  return <Weergave v={v} pct={pct} leeg={t("profiel.geen")} />;
}

/** The team median (none when the team is too small). */
export function Mediaan({ v, pct }: { v: number | null; pct?: boolean }) {
  const { t } = useTranslation("coaching");
  return <Weergave v={v} pct={pct} leeg={t("profiel.geenMediaan")} />;
}

/** A table row: label, the employee's value, the team median. */
export function Regel({ label, v, pct }: { label: string; v: Vergelijking; pct?: boolean }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <Getal v={v.waarde} pct={pct} />
      </td>
      <td>
        <Mediaan v={v.teamMediaan} pct={pct} />
      </td>
    </tr>
  );
}
