import { useTranslation } from "react-i18next";
import { Keuzelijst } from "../../../platform/ui/ui";
import { KANAAL_TEKST, KLACHT_KANALEN } from "../recht";

/** The channel a complaint, compliment or suggestion came in by (field `kanaal`). */
export function KanaalKeuze({ defaultValue, fout }: { defaultValue: string; fout: string[] | undefined }) {
  const { t } = useTranslation("klachten");
  const { t: ta } = useTranslation("afspraken");
  return (
    <Keuzelijst
      id="kanaal"
      label={t("intake.kanaal")}
      defaultValue={defaultValue}
      fout={fout}
      opties={[{ value: "", label: t("intake.kiesKanaal") }, ...KLACHT_KANALEN.map((k) => ({ value: k, label: ta(`kanaal.${k}`, { defaultValue: KANAAL_TEKST[k] }) }))]}
    />
  );
}
