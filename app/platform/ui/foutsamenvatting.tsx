/**
 * The summary above a form that was refused: how many field messages there are to fix (the messages
 * themselves stand at the fields). Nothing when there are none.
 */
import { useTranslation } from "react-i18next";
import { Melding } from "./ui";

export function FoutSamenvatting({ fouten, titel }: { fouten: Record<string, unknown>; titel: string }) {
  const aantal = Object.keys(fouten).length;
  const { t } = useTranslation();
  if (!aantal) return null;
  return (
    <Melding soort="fout" titel={titel}>
      <p className="utrecht-paragraph">{aantal === 1 ? t("ui.verbeterEen") : t("ui.verbeterMeer", { aantal })}</p>
    </Melding>
  );
}
