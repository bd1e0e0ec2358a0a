/**
 * The filter of the regieteam's dashboards (period, department, team; per month or quarter) and, when a value
 * could not be used, the notice that the fields say why and that the standard value was used.
 */
import { DashboardFilter, type FilterKeuzes } from "~/platform/ui/grafiek";
import { Melding } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { PERIODE_PRESETS, PRESET_TEKST, maandParam, type FilterFouten, type StatFilter as Filter } from "../filter";

const PRESETS = [...PERIODE_PRESETS, "eigen" as const];

export function StatFilter({
  filter,
  fouten,
  waarden,
  keuzes,
  metIndeling,
}: {
  filter: Filter;
  fouten: FilterFouten;
  waarden: Record<string, string>;
  keuzes: FilterKeuzes;
  metIndeling?: boolean;
}) {
  const { t } = useTranslation("statistiek");
  return (
    <>
      <DashboardFilter
        waarden={waarden}
        fouten={fouten}
        keuzes={keuzes}
        metIndeling={metIndeling}
        presets={PRESETS.map((p) => ({ value: p, label: t(`preset.${p}`, { defaultValue: PRESET_TEKST[p] }) }))}
        standaardVan={maandParam(filter.van)}
        standaardTot={maandParam(filter.tot)}
      />
      {Object.keys(fouten).length ? (
        <Melding soort="fout" titel={t("filter.nietToegepast")}>
          <p className="utrecht-paragraph">{t("filter.zieVelden")}</p>
        </Melding>
      ) : null}
    </>
  );
}
