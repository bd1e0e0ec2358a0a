/** Active/inactive as a badge, and the status choice on the edit forms of afdelingen and teams. */
import { useTranslation } from "react-i18next";
import { Keuzelijst } from "~/platform/ui/ui";

export function StatusBadge({ actief }: { actief: boolean }) {
  const { t } = useTranslation("beheer");
  return <span className={`afs-badge ${actief ? "afs-badge--actief" : "afs-badge--inactief"}`}>{actief ? t("actief") : t("inactief")}</span>;
}

export function StatusKeuze({ waarde, fout }: { waarde: string; fout: string[] | undefined }) {
  const { t } = useTranslation("beheer");
  return (
    <Keuzelijst
      id="actief"
      label={t("org.statusVeld")}
      hint={t("org.statusHint")}
      defaultValue={waarde}
      fout={fout}
      opties={[
        { value: "ja", label: t("actief") },
        { value: "nee", label: t("inactief") },
      ]}
    />
  );
}
