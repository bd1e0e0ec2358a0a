/** The fields shared by "nieuw" and "bewerken": naam, e-mail, team, rollen, leidinggevenden. */
import { useTranslation } from "react-i18next";
import { Keuzelijst, TekstVeld } from "~/platform/ui/ui";
import type { MedewerkerFormulier } from "../organisatie.server";

export function MedewerkerVelden({
  waarden,
  fouten,
  teams,
  medewerkers,
  rollen,
}: {
  waarden: MedewerkerFormulier;
  fouten: Record<string, string[] | undefined>;
  teams: { id: number; naam: string; afdelingNaam: string; actief: boolean }[];
  medewerkers: { id: string; naam: string }[];
  rollen: string[];
}) {
  const { t } = useTranslation("beheer");
  const { t: tc } = useTranslation();
  const rolFout = fouten.rollen?.[0];
  return (
    <>
      <TekstVeld id="naam" label={t("mw.naam")} required maxLength={120} autoComplete="off" defaultValue={waarden.naam} fout={fouten.naam} />
      <TekstVeld id="email" label={t("mw.email")} type="email" required maxLength={200} autoComplete="off" defaultValue={waarden.email} fout={fouten.email} />
      <Keuzelijst
        id="teamId"
        label={t("mw.team")}
        required
        defaultValue={waarden.teamId}
        fout={fouten.teamId}
        opties={[
          { value: "", label: "—" },
          ...teams.map((tm) => ({ value: String(tm.id), label: `${tm.naam} (${tm.afdelingNaam})${tm.actief ? "" : ` – ${t("inactief")}`}` })),
        ]}
      />
      <fieldset
        className={`afs-keuzes${rolFout ? " afs-keuzes--fout" : ""}`}
        aria-describedby={rolFout ? "rollen-hint rollen-fout" : "rollen-hint"}
      >
        <legend>{t("mw.rollen")}</legend>
        <span id="rollen-hint" className="afs-veld__hint">
          {t("mw.rollenHint")}
        </span>
        {rolFout ? (
          <span id="rollen-fout" className="afs-veld__fout">
            {rolFout}
          </span>
        ) : null}
        {rollen.map((r) => (
          <div className="afs-keuzes__optie" key={r}>
            <input type="checkbox" id={`rol-${r}`} name="rollen" value={r} defaultChecked={waarden.rollen.includes(r)} />
            <label htmlFor={`rol-${r}`}>{tc(`rol.${r}`)}</label>
          </div>
        ))}
      </fieldset>
      <Keuzelijst
        id="leidinggevenden"
        label={t("mw.leidinggevenden")}
        hint={t("mw.leidinggevendenHint")}
        multiple
        size={8}
        defaultValue={waarden.leidinggevenden}
        fout={fouten.leidinggevenden}
        opties={medewerkers.map((m) => ({ value: m.id, label: m.naam }))}
      />
    </>
  );
}
