/**
 * The parts of the annual complaints report: the legal account (Awb 9:12a), the year picker (a GET form) and
 * the report's sections with their table of contents. Printable: the print stylesheet hides the picker.
 */
import { Form } from "@remix-run/react";
import { TabelWeergave } from "~/platform/ui/export";
import { Keuzelijst, Knop } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import type { jaarverslagPagina } from "../pagina.server";

type Pagina = ReturnType<typeof jaarverslagPagina>;

export function JaarVerantwoording({ jaar, vorigJaar, peildatum, peilmoment }: Pick<Pagina, "jaar" | "vorigJaar" | "peildatum"> & { peilmoment?: number }) {
  const d = { jaar, vorigJaar, peildatum };
  const { t } = useTranslation("statistiek");
  const f = useDatum();
  return (
      <div className="jv-verantwoording">
        <p className="utrecht-paragraph">{t("jaarverslag.verantwoording1", { jaar: d.jaar, vorigJaar: d.vorigJaar })}</p>
        <p className="utrecht-paragraph">{t("jaarverslag.verantwoording2")}</p>
        <p className="utrecht-paragraph jv-peildatum">{t("jaarverslag.peildatum", { datum: peilmoment !== undefined && f.taal === "en" ? f.datum(peilmoment) : d.peildatum })}</p>
      </div>
  );
}

export function JaarKeuze({ jaar, fout, jaren, beschikbareJaren }: Pick<Pagina, "jaar" | "fout" | "jaren" | "beschikbareJaren">) {
  const d = { jaar, fout, jaren, beschikbareJaren };
  const { t } = useTranslation("statistiek");
  return (
      <Form method="get" className="jv-keuze" aria-label={t("jaarverslag.jaarKiezen")}>
        <Keuzelijst
          id="jaar"
          label={t("jaarverslag.jaar")}
          defaultValue={String(d.jaar)}
          fout={d.fout}
          opties={d.jaren.map((j) => ({
            value: String(j),
            label: d.beschikbareJaren.includes(j) ? String(j) : t("jaarverslag.geenKlachtenOptie", { jaar: j }),
          }))}
        />
        <Knop soort="secundair">{t("jaarverslag.toon")}</Knop>
      </Form>
  );
}

export function JaarSecties({ jaar, secties }: Pick<Pagina, "jaar" | "secties">) {
  const d = { jaar, secties };
  const { t } = useTranslation("statistiek");
  return (
        <>
          <nav aria-label={t("jaarverslag.inhoudLabel")} className="jv-inhoud">
            <h2 className="utrecht-heading-2">{t("jaarverslag.inhoud")}</h2>
            <ol>
              {d.secties.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`} className="utrecht-link">
                    {s.titel}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          {d.secties.map((s, i) => (
            <section
              key={s.id}
              id={s.id}
              aria-labelledby={`${s.id}-kop`}
              className={`jv-sectie${i === 0 ? " jv-sectie--doorlopend" : ""}`}
            >
              <h2 id={`${s.id}-kop`} className="utrecht-heading-2">
                {s.titel}
              </h2>
              {s.toelichting ? <p className="utrecht-paragraph jv-toelichting">{s.toelichting}</p> : null}
              <TabelWeergave
                tabel={s}
                bijschrift={s.titel ?? s.naam}
                rijkop={s.kolommen.some((k) => k.sleutel === "onderwerp") ? "onderwerp" : undefined}
                leeg={s.id === "lessen" ? t("jaarverslag.geenLessen", { jaar: d.jaar }) : s.id === "verbeteracties" ? t("jaarverslag.geenVerbeteracties", { jaar: d.jaar }) : t("jaarverslag.geenGegevens")}
              />
            </section>
          ))}
        </>
  );
}
