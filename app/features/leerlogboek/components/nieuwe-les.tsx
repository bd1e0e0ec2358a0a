/**
 * The form of a new lesson: the item it is linked to (from its entry point, kept when the form comes back),
 * the lesson's fields and, when nothing is linked yet, an optional klachtnummer.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, TekstVeld } from "~/platform/ui/ui";
import type { NieuweLesAntwoord, nieuweLesPagina } from "../nieuwe-les.server";
import { LesVelden } from "./leerlogboek";

export function NieuweLesFormulier({ d, ad }: { d: ReturnType<typeof nieuweLesPagina>; ad: NieuweLesAntwoord | null }) {
  const { t } = useTranslation("leerlogboek");
  const waarden = ad?.waarden ?? d.waarden;
  const fouten = ad?.fouten ?? {};
  return (
    <Form method="post" noValidate>
      {d.koppeling ? (
        <section className="ll-blok" aria-labelledby="koppeling-kop">
          <h2 id="koppeling-kop" className="utrecht-heading-2">{t("nieuwe.gekoppeld")}</h2>
          <p className="utrecht-paragraph">{d.koppeling.omschrijving}</p>
          <input type="hidden" name="koppeling" value={`${d.koppeling.soort}:${d.koppeling.ref}`} />
        </section>
      ) : ad?.koppeling ? (
        <input type="hidden" name="koppeling" value={ad.koppeling} />
      ) : null}
      <LesVelden waarden={waarden} fouten={fouten} afdelingen={d.afdelingen} normen={d.normen} processtappen={d.processtappen} />
      {!d.koppeling ? (
        <TekstVeld
          id="klachtnummer"
          label={t("nieuwe.klachtnummer")}
          hint={t("nieuwe.klachtnummerHint")}
          defaultValue={ad?.klachtnummer ?? ""}
          fout={fouten.klachtnummer ?? fouten.koppeling}
        />
      ) : null}
      <Knop>{t("nieuwe.opslaan")}</Knop>
    </Form>
  );
}
