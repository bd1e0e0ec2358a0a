/**
 * The parts of the destruction pages: the lists, one list's items with the hold-back forms, the approval form, the
 * declaration and the retention terms form. Browser-safe (types only from the server modules).
 */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, TekstVeld } from "~/platform/ui/ui";
import type { Fouten } from "~/platform/web/formulier.server";
import type { overzichtPagina, lijstPagina, verklaringPagina, termijnenPagina, LijstAntwoord } from "../pagina.server";
import { AANHOUD_REDENEN, REDEN_LABEL } from "../formulieren";

type Overzicht = ReturnType<typeof overzichtPagina>;
type LijstData = NonNullable<ReturnType<typeof lijstPagina>>;
type VerklaringData = Extract<NonNullable<ReturnType<typeof verklaringPagina>>, { uitgevoerd: true }>;
type TermijnenData = ReturnType<typeof termijnenPagina>;

function fout(f: Fouten | undefined, veld: string): string | undefined {
  return f?.[veld]?.[0];
}

export function LijstenTabel({ lijsten }: { lijsten: Overzicht["lijsten"] }) {
  if (!lijsten.length) return <p className="utrecht-paragraph">Er zijn nog geen vernietigingslijsten.</p>;
  return (
    <table className="utrecht-table">
      <caption className="afs-sr-only">Vernietigingslijsten</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">Lijst</th>
          <th className="utrecht-table__header-cell" scope="col">Aanleiding</th>
          <th className="utrecht-table__header-cell" scope="col">Peildatum</th>
          <th className="utrecht-table__header-cell" scope="col">Status</th>
          <th className="utrecht-table__header-cell" scope="col">Voorgesteld</th>
          <th className="utrecht-table__header-cell" scope="col">Aangehouden</th>
          <th className="utrecht-table__header-cell" scope="col">Vernietigd</th>
          <th className="utrecht-table__header-cell" scope="col">Goedgekeurd</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {lijsten.map((l) => (
          <tr key={l.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">
              <Link to={`/vernietiging/${l.id}`} className="utrecht-link">
                {l.nummer}
              </Link>
            </td>
            <td className="utrecht-table__cell">{l.aanleiding}</td>
            <td className="utrecht-table__cell">{l.peildatum}</td>
            <td className="utrecht-table__cell">{l.status}</td>
            <td className="utrecht-table__cell">{l.voorgesteld}</td>
            <td className="utrecht-table__cell">{l.aangehouden}</td>
            <td className="utrecht-table__cell">{l.vernietigd}</td>
            <td className="utrecht-table__cell">
              {l.uitgevoerd ? (
                <>
                  {l.goedgekeurd} door {l.goedgekeurdDoor} ·{" "}
                  <Link to={`/vernietiging/${l.id}/verklaring`} className="utrecht-link">
                    verklaring
                  </Link>
                </>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AanhoudFormulier({ itemId, versie, antwoord }: { itemId: number; versie: number; antwoord?: LijstAntwoord }) {
  const eigen = antwoord && antwoord.intent === "aanhouden" && antwoord.item === itemId ? antwoord : undefined;
  return (
    <details open={!!eigen}>
      <summary className="utrecht-link">Aanhouden</summary>
      <Form method="post" className="afs-beheer-formulier" aria-label={`Onderdeel ${itemId} aanhouden`}>
        <input type="hidden" name="intent" value="aanhouden" />
        <input type="hidden" name="item" value={itemId} />
        <input type="hidden" name="versie" value={versie} />
        <Keuzelijst
          id={`reden-${itemId}`}
          name="reden"
          label="Reden"
          fout={fout(eigen?.fouten, "reden")}
          defaultValue={eigen?.invoer.reden ?? ""}
          opties={[{ value: "", label: "Kies een reden" }, ...AANHOUD_REDENEN.map((r) => ({ value: r, label: REDEN_LABEL[r] }))]}
        />
        <TekstVeld
          id={`toelichting-${itemId}`}
          name="toelichting"
          label="Toelichting (zonder persoonsgegevens)"
          hint="Bijvoorbeeld het zaaknummer van het bezwaar of Woo-verzoek. Deze tekst blijft bij de lijst bewaard."
          fout={fout(eigen?.fouten, "toelichting")}
          defaultValue={eigen?.invoer.toelichting ?? ""}
          maxLength={500}
        />
        <Knop soort="secundair">Aanhouden</Knop>
      </Form>
    </details>
  );
}

export function ItemsTabel({ data, antwoord }: { data: LijstData; antwoord?: LijstAntwoord }) {
  const open = data.lijst.status === "ter_beoordeling";
  return (
    <table className="utrecht-table">
      <caption className="afs-sr-only">Onderdelen van lijst {data.lijst.nummer}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">Soort</th>
          <th className="utrecht-table__header-cell" scope="col">Kenmerk</th>
          <th className="utrecht-table__header-cell" scope="col">Bewaartermijn en grondslag</th>
          <th className="utrecht-table__header-cell" scope="col">Vernietigen vanaf</th>
          <th className="utrecht-table__header-cell" scope="col">Status</th>
          {open ? (
            <th className="utrecht-table__header-cell" scope="col">
              <span className="afs-sr-only">Actie</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {data.items.map((i) => (
          <tr key={i.id} className="utrecht-table__row" data-item={i.kenmerk}>
            <td className="utrecht-table__cell">{i.soort}</td>
            <td className="utrecht-table__cell">{i.kenmerk}</td>
            <td className="utrecht-table__cell">{i.grondslag}</td>
            <td className="utrecht-table__cell">{i.vernietigingsdatum}</td>
            <td className="utrecht-table__cell">
              {i.status === "voorgesteld" ? "Voorgesteld" : i.status === "vernietigd" ? "Vernietigd" : `Aangehouden: ${REDEN_LABEL[i.reden ?? "anders"]}`}
              {i.status === "aangehouden" && i.toelichting ? ` (${i.toelichting})` : null}
              {i.eerder ? (
                <>
                  <br />
                  <small>
                    Eerder aangehouden op lijst {i.eerder.nummer}: {REDEN_LABEL[i.eerder.reden]}
                  </small>
                </>
              ) : null}
            </td>
            {open ? (
              <td className="utrecht-table__cell">
                {i.status === "voorgesteld" ? (
                  <AanhoudFormulier itemId={i.id} versie={data.lijst.versie} antwoord={antwoord} />
                ) : i.status === "aangehouden" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="weer_voorstellen" />
                    <input type="hidden" name="item" value={i.id} />
                    <input type="hidden" name="versie" value={data.lijst.versie} />
                    <Knop soort="subtiel">Weer voorstellen</Knop>
                  </Form>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GoedkeurFormulier({ data, antwoord }: { data: LijstData; antwoord?: LijstAntwoord }) {
  const eigen = antwoord?.intent === "goedkeuren" ? antwoord : undefined;
  const f = fout(eigen?.fouten, "bevestigd");
  return (
    <section aria-labelledby="goedkeuren" className="afs-beheer-sectie">
      <h2 id="goedkeuren" className="utrecht-heading-2">
        Goedkeuren en vernietigen
      </h2>
      <p className="utrecht-paragraph">
        Na goedkeuring worden {data.totalen.voorgesteld} voorgestelde onderdelen definitief vernietigd: de persoonsgegevens, de berichten,
        de notities, brieven en bijlagen. Dit kan niet ongedaan worden gemaakt. Aangehouden onderdelen ({data.totalen.aangehouden}) blijven
        bewaard en komen op de volgende lijst terug. De tellingen in de dashboards en het jaarverslag blijven gelijk.
      </p>
      <Form method="post" className="afs-beheer-formulier">
        <input type="hidden" name="intent" value="goedkeuren" />
        <input type="hidden" name="versie" value={data.lijst.versie} />
        <fieldset className={`afs-keuzes${f ? " afs-keuzes--fout" : ""}`} aria-describedby={f ? "bevestigd-fout" : undefined}>
          <legend>Beoordeling</legend>
          {f ? (
            <p id="bevestigd-fout" className="afs-veld__fout utrecht-form-field-error-message">
              {f}
            </p>
          ) : null}
          <label className="afs-keuzes__optie">
            <input type="checkbox" name="bevestigd" value="ja" aria-invalid={f ? true : undefined} />
            <span>Ik heb de lijst beoordeeld; de voorgestelde onderdelen mogen worden vernietigd.</span>
          </label>
        </fieldset>
        <Knop>Lijst goedkeuren en vernietigen</Knop>
      </Form>
    </section>
  );
}

export function VerklaringWeergave({ data }: { data: VerklaringData }) {
  const v = data.verklaring;
  return (
    <article className="afs-verklaring" aria-labelledby="verklaring-titel">
      <h2 id="verklaring-titel" className="utrecht-heading-2">
        Verklaring van vernietiging {v.lijst}
      </h2>
      {data.controle.geldig ? (
        <Melding soort="ok" titel="Handtekening geldig">
          <p className="utrecht-paragraph">De tekst hieronder is ongewijzigd sinds de ondertekening en is ondertekend met de sleutel van deze installatie.</p>
        </Melding>
      ) : (
        <Melding soort="fout" titel="Handtekening ongeldig">
          <p className="utrecht-paragraph">{data.controle.reden}</p>
        </Melding>
      )}
      <p className="utrecht-paragraph">
        Op {v.goedgekeurd} heeft {v.goedgekeurdDoor.naam} de vernietigingslijst {v.lijst} (peildatum {v.peildatum}) goedgekeurd. De onderstaande
        onderdelen zijn daarna vernietigd; hun persoonsgegevens en {v.bijlagebestanden} bijlagebestand(en) zijn verwijderd. Anonieme tellingen
        voor de statistiek zijn bewaard.
      </p>
      <h3 className="utrecht-heading-3">Vernietigd ({v.vernietigd.length})</h3>
      <table className="utrecht-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Soort</th>
            <th className="utrecht-table__header-cell" scope="col">Kenmerk</th>
            <th className="utrecht-table__header-cell" scope="col">Grondslag</th>
            <th className="utrecht-table__header-cell" scope="col">Vernietigen vanaf</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {v.vernietigd.map((i, n) => (
            <tr key={n} className="utrecht-table__row">
              <td className="utrecht-table__cell">{i.soort}</td>
              <td className="utrecht-table__cell">{i.kenmerk}</td>
              <td className="utrecht-table__cell">{i.grondslag}</td>
              <td className="utrecht-table__cell">{i.vernietigingsdatum}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="utrecht-heading-3">Aangehouden ({v.aangehouden.length})</h3>
      {v.aangehouden.length ? (
        <ul className="utrecht-unordered-list">
          {v.aangehouden.map((i, n) => (
            <li key={n}>
              {i.soort} {i.kenmerk}: {i.reden}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">Geen.</p>
      )}
      <h3 className="utrecht-heading-3">Ondertekening</h3>
      <dl className="afs-verklaring__handtekening">
        <dt>Algoritme</dt>
        <dd>Ed25519 over de tekst van de verklaring (JSON, UTF-8)</dd>
        <dt>Vingerafdruk publieke sleutel (SHA-256)</dt>
        <dd>
          <code>{data.vingerafdruk}</code>
        </dd>
        <dt>Handtekening</dt>
        <dd>
          <code className="afs-link-tonen">{data.handtekening}</code>
        </dd>
      </dl>
      <p className="utrecht-paragraph">
        <a href={`/vernietiging/${data.id}/verklaring.json`} className="utrecht-link" download>
          Verklaring downloaden (JSON met handtekening en publieke sleutel)
        </a>
      </p>
    </article>
  );
}

export function TermijnenFormulier({ data, antwoord }: { data: TermijnenData; antwoord?: { fouten: Fouten; melding: string | null; invoer: Record<string, string> } }) {
  return (
    <Form method="post" className="afs-beheer-formulier">
      {antwoord?.melding ? <Melding soort="fout">{antwoord.melding}</Melding> : null}
      {data.termijnen.map((t) => (
        <fieldset key={t.soort} className="afs-keuzes">
          <legend>{t.naam}</legend>
          <input type="hidden" name={`versie_${t.soort}`} value={t.versie} />
          <TekstVeld
            id={`maanden_${t.soort}`}
            label={`Bewaartermijn in maanden ${t.vanaf}`}
            hint={`${t.standaard == null ? "Standaard: met het klachtdossier (leeg laten)." : `Standaard: ${t.standaard} maanden.`} Grondslag: ${t.grondslag}`}
            inputMode="numeric"
            fout={fout(antwoord?.fouten, `maanden_${t.soort}`)}
            defaultValue={antwoord?.invoer[`maanden_${t.soort}`] ?? (t.maanden == null ? "" : String(t.maanden))}
          />
        </fieldset>
      ))}
      <Knop>Bewaartermijnen opslaan</Knop>
    </Form>
  );
}

export function KlachtTermijnen({ klachten }: { klachten: TermijnenData["klachten"] }) {
  return (
    <section aria-labelledby="klachttermijnen" className="afs-beheer-sectie">
      <h2 id="klachttermijnen" className="utrecht-heading-2">
        Klachten (Selectielijst, niet te wijzigen)
      </h2>
      <p className="utrecht-paragraph">
        Klachtdossiers volgen de Selectielijst gemeenten en intergemeentelijke organen 2020, procestype 13 &quot;Geschillen behandelen&quot;. Afspraak
        berekent de vernietigingsdatum bij het afsluiten van de klacht; brieven, notities, berichten en bijlagen gaan met het dossier mee.
      </p>
      <ul className="utrecht-unordered-list">
        {klachten.map((k) => (
          <li key={k.klasse}>{k.tekst}</li>
        ))}
      </ul>
    </section>
  );
}
