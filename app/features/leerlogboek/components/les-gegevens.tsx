/** What a lesson says: what happened, the cause, the norms, the process step, the department and the lesson. */
import { useTranslation } from "react-i18next";
import { normNaam } from "~/features/klachten/recht";
import type { LesRij } from "../leerlogboek.server";

export function LesGegevens({ les: l }: { les: LesRij }) {
  const { t } = useTranslation("leerlogboek");
  const { t: tk } = useTranslation("klachten");
  return (
    <section className="ll-blok" aria-labelledby="les-kop">
      <h2 id="les-kop" className="utrecht-heading-2">{t("detail.deLes")}</h2>
      <dl className="ll-gegevens">
        <dt>{t("detail.watGebeurde")}</dt>
        <dd>{l.watGebeurde}</dd>
        <dt>{t("detail.oorzaak")}</dt>
        <dd>{l.oorzaak}</dd>
        <dt>{t("detail.normen")}</dt>
        <dd>{l.normen.map((n) => `${n}. ${tk(`norm.${n}`, { defaultValue: normNaam(n) })}`).join(", ")}</dd>
        <dt>{t("detail.processtap")}</dt>
        <dd>{t(`stap.${l.processtap}`, { defaultValue: l.processtapTekst })}</dd>
        <dt>{t("detail.afdeling")}</dt>
        <dd>{l.afdeling ?? t("detail.afdelingOrganisatiebreed")}</dd>
        <dt>{t("detail.lesKop")}</dt>
        <dd>{l.les}</dd>
      </dl>
    </section>
  );
}
