/**
 * Jaarverslag klachten (Awb 9:12a) voor de gemeenteraad: per jaar de ontvangen klachten met het vorige jaar
 * ernaast, afdrukbaar (printstylesheet) en te downloaden als CSV/XLSX. Alleen het regieteam.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ExportKnoppen, TabelWeergave } from "~/platform/ui/export";
import { Keuzelijst, Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { jaarverslag, laatsteVolledigeJaar, leesJaar } from "~/features/statistiek/jaarverslag.server";
import { lokaleDelen } from "~/domain/kalender/tijd";
import { MAANDEN } from "~/domain/kalender/format";
import { now } from "~/platform/clock";
import css from "~/styles/jaarverslag.css";
import werkCss from "~/styles/werk.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: werkCss },
  { rel: "stylesheet", href: css },
];

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `Jaarverslag klachten ${d?.jaar ?? ""} – Afspraak` },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  const url = new URL(request.url);
  const { jaar, fout } = leesJaar(url);
  const v = jaarverslag(jaar);
  const p = lokaleDelen(now());
  const jaren = [...new Set([...v.beschikbareJaren, jaar, laatsteVolledigeJaar()])].sort((a, b) => b - a);
  const heeftIets = v.heeftKlachten || v.vorig.ontvangen > 0 || v.secties.some((s) => (s.id === "lessen" || s.id === "verbeteracties") && s.rijen.length > 0);
  return data(
    {
      jaar,
      vorigJaar: v.vorigJaar,
      fout,
      jaren,
      beschikbareJaren: v.beschikbareJaren,
      heeftKlachten: v.heeftKlachten,
      heeftIets,
      ontvangen: v.cijfers.ontvangen,
      lopendJaar: jaar >= p.jaar,
      peildatum: `${p.dag} ${MAANDEN[p.maand]} ${p.jaar}`,
      secties: v.secties,
    },
    { status: fout ? 400 : 200 },
  );
}

export default function Jaarverslag() {
  const d = useLoaderData<typeof loader>();
  return (
    <div className="jv">
      <PageTitle>Jaarverslag klachten {d.jaar}</PageTitle>
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

      <p className="utrecht-paragraph jv-afdruk-hint jv-geen-print">
        Afdrukken of als pdf bewaren: kies <strong>Afdrukken</strong> in uw browser (Ctrl+P, op een Mac Cmd+P). Menu,
        knoppen en keuzes worden dan weggelaten en elk onderdeel begint op een nieuwe pagina.
      </p>

      <ExportKnoppen pad="/regieteam/jaarverslag/export" zoek={`?jaar=${d.jaar}`} label={`Jaarverslag ${d.jaar} downloaden`} />

      {d.lopendJaar ? (
        <Melding soort="waarschuwing">
          <p className="utrecht-paragraph">
            {d.jaar} is nog niet voorbij: de cijfers zijn voorlopig en veranderen nog.
          </p>
        </Melding>
      ) : null}

      {!d.heeftKlachten ? (
        <Melding soort="info" titel={`Geen klachten ontvangen in ${d.jaar}`}>
          <p className="utrecht-paragraph">
            Er zijn in {d.jaar} geen klachten geregistreerd in Afspraak.{" "}
            {d.beschikbareJaren.length > 0
              ? `Jaren met klachten: ${d.beschikbareJaren.join(", ")}.`
              : "Er zijn nog in geen enkel jaar klachten geregistreerd."}
          </p>
        </Melding>
      ) : null}

      {d.heeftIets ? (
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
      ) : null}
    </div>
  );
}
