/**
 * The parts of the annual complaints report: the legal account (Awb 9:12a), the year picker (a GET form) and
 * the report's sections with their table of contents. Printable: the print stylesheet hides the picker.
 */
import { Form } from "@remix-run/react";
import { TabelWeergave } from "~/platform/ui/export";
import { Keuzelijst, Knop } from "~/platform/ui/ui";
import type { jaarverslagPagina } from "../pagina.server";

type Pagina = ReturnType<typeof jaarverslagPagina>;

export function JaarVerantwoording({ jaar, vorigJaar, peildatum }: Pick<Pagina, "jaar" | "vorigJaar" | "peildatum">) {
  const d = { jaar, vorigJaar, peildatum };
  return (
      <div className="jv-verantwoording">
        <p className="utrecht-paragraph">
          Op grond van artikel 9:12a van de Algemene wet bestuursrecht registreert de gemeente de schriftelijk ingediende
          klachten en maakt zij deze jaarlijks openbaar. Dit verslag geeft voor {d.jaar} alle klachten die in dat
          kalenderjaar zijn ontvangen (schriftelijk én mondeling), met {d.vorigJaar} ter vergelijking: de afloop en
          het oordeel, de geschonden behoorlijkheidsnormen van de Nationale ombudsman, de afdelingen en kanalen, de
          behandelduur en de termijnen (art. 9:11), en wat de organisatie ervan heeft geleerd.
        </p>
        <p className="utrecht-paragraph">
          Het verslag bevat geen namen van inwoners of medewerkers. De stand van nog lopende klachten is die van de
          peildatum.
        </p>
        <p className="utrecht-paragraph jv-peildatum">Peildatum: {d.peildatum}.</p>
      </div>
  );
}

export function JaarKeuze({ jaar, fout, jaren, beschikbareJaren }: Pick<Pagina, "jaar" | "fout" | "jaren" | "beschikbareJaren">) {
  const d = { jaar, fout, jaren, beschikbareJaren };
  return (
      <Form method="get" className="jv-keuze" aria-label="Jaar kiezen">
        <Keuzelijst
          id="jaar"
          label="Jaar"
          defaultValue={String(d.jaar)}
          fout={d.fout}
          opties={d.jaren.map((j) => ({
            value: String(j),
            label: d.beschikbareJaren.includes(j) ? String(j) : `${j} (geen klachten)`,
          }))}
        />
        <Knop soort="secundair">Toon verslag</Knop>
      </Form>
  );
}

export function JaarSecties({ jaar, secties }: Pick<Pagina, "jaar" | "secties">) {
  const d = { jaar, secties };
  return (
        <>
          <nav aria-label="Inhoud van het verslag" className="jv-inhoud">
            <h2 className="utrecht-heading-2">Inhoud</h2>
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
                leeg={s.id === "lessen" ? `Geen lessen vastgelegd in ${d.jaar}.` : s.id === "verbeteracties" ? `Geen verbeteracties in ${d.jaar}.` : "Geen gegevens."}
              />
            </section>
          ))}
        </>
  );
}
