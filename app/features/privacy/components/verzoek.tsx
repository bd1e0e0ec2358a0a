/** One privacy request: its data and term, what was done, and the steps allowed now (each a small POST form). */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import type { DetailData, StapAntwoord } from "../pagina.server";

type D = DetailData["d"];

export function VerzoekGegevens({ d }: { d: D }) {
  return (
    <section aria-labelledby="gegevens-kop">
      <h2 id="gegevens-kop" className="utrecht-heading-2">Verzoek</h2>
      <dl className="afs-gegevens">
        <dt>Inwoner</dt>
        <dd>
          {d.burger ? (
            <Link to={`/klantbeeld/${d.burger.id}`} className="utrecht-link">
              {d.burger.naam}
            </Link>
          ) : (
            "onbekend"
          )}
          {d.burger?.telefoon ? ` · ${d.burger.telefoon}` : ""}
          {d.burger?.email ? ` · ${d.burger.email}` : ""}
        </dd>
        <dt>Soort</dt>
        <dd>{d.soortTekst}</dd>
        <dt>Status</dt>
        <dd>{d.statusTekst}</dd>
        <dt>Ontvangen</dt>
        <dd>
          {d.ontvangen} via {d.kanaal}
        </dd>
        <dt>Uiterlijk</dt>
        <dd data-testid="uiterlijk">
          {d.uiterlijk}
          {d.uiterlijkRelatief ? ` (${d.uiterlijkRelatief})` : ""}
        </dd>
        <dt>Berekening</dt>
        <dd>{d.termijnUitleg}</dd>
        {d.verlenging ? (
          <>
            <dt>Verlengd</dt>
            <dd>
              tot {d.verlenging.nieuwTekst} (eerst {d.eersteTermijn}); kennisgeving aan de inwoner op {d.verlenging.kennisgevingTekst}: “{d.verlenging.kennisgeving}” — reden: {d.verlenging.reden}
            </dd>
          </>
        ) : null}
        <dt>Vraag</dt>
        <dd className="afs-witruimte">{d.omschrijving}</dd>
        {d.besluitTekst ? (
          <>
            <dt>Besluit</dt>
            <dd>
              {d.besluitTekst} ({d.afgehandeld}): {d.toelichting}
            </dd>
          </>
        ) : null}
        {d.intrekReden ? (
          <>
            <dt>Vervallen</dt>
            <dd>{d.intrekReden}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Fout({ a, intent }: { a: StapAntwoord | null; intent: string }) {
  return a && a.intent === intent && a.melding ? <Melding soort="fout">{a.melding}</Melding> : null;
}

function waarde(a: StapAntwoord | null, intent: string, veld: string, anders = ""): string {
  return a && a.intent === intent ? (a.invoer[veld] ?? anders) : anders;
}

function fout(a: StapAntwoord | null, intent: string, veld: string) {
  return a && a.intent === intent ? a.fouten[veld] : undefined;
}

export function VerzoekStappen({ d, a, vandaag, besluiten, velden }: { d: D; a: StapAntwoord | null; vandaag: string; besluiten: { value: string; label: string }[]; velden: { value: string; label: string }[] }) {
  const open = d.status === "in_behandeling";
  const actief = d.beperkingen.some((b) => !b.opgeheven);
  return (
    <section aria-labelledby="stappen-kop">
      <h2 id="stappen-kop" className="utrecht-heading-2">Behandelen</h2>
      {!open ? <p className="utrecht-paragraph">Dit verzoek is {d.statusTekst.toLowerCase()}.</p> : null}

      {open && d.soort === "inzage" ? (
        <div className="afs-stap">
          <h3 className="utrecht-heading-3">Inzagepakket</h3>
          <p className="utrecht-paragraph">
            Alle gegevens over de inwoner in één overzicht, medewerkers met functie en team. Het samenstellen wordt vastgelegd.
          </p>
          <p className="utrecht-paragraph">
            <Link to={`/privacy/${d.id}/pakket`} className="utrecht-link">
              Inzagepakket bekijken en afdrukken (HTML)
            </Link>{" "}
            ·{" "}
            <a href={`/privacy/${d.id}/pakket.json`} className="utrecht-link" download>
              Inzagepakket downloaden (JSON)
            </a>
          </p>
        </div>
      ) : null}

      {open && d.soort === "rectificatie" ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">Gegeven verbeteren (art. 16)</h3>
          <Fout a={a} intent="rectificeren" />
          <input type="hidden" name="intent" value="rectificeren" />
          <input type="hidden" name="versie" value={d.versie} />
          <Keuzelijst id="veld" label="Welk gegeven" opties={velden} defaultValue={waarde(a, "rectificeren", "veld", "naam")} fout={fout(a, "rectificeren", "veld")} />
          <TekstVeld id="nieuweWaarde" label="Juiste waarde" hint="Leeg laten wist het gegeven." defaultValue={waarde(a, "rectificeren", "nieuweWaarde")} fout={fout(a, "rectificeren", "nieuweWaarde")} />
          <TekstGebied id="reden-rect" name="reden" label="Reden" rows={2} defaultValue={waarde(a, "rectificeren", "reden")} fout={fout(a, "rectificeren", "reden")} />
          <Knop soort="secundair">Verbetering vastleggen</Knop>
        </Form>
      ) : null}

      {open && d.soort === "beperking" && !actief ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">Verwerking beperken (art. 18)</h3>
          <p className="utrecht-paragraph">Daarna ziet alleen de privacyfunctionaris de gegevens en kan niemand iets wijzigen of toevoegen, tot u de beperking opheft.</p>
          <Fout a={a} intent="beperken" />
          <input type="hidden" name="intent" value="beperken" />
          <input type="hidden" name="versie" value={d.versie} />
          <TekstGebied id="reden-beperk" name="reden" label="Grond (art. 18 lid 1)" rows={2} defaultValue={waarde(a, "beperken", "reden")} fout={fout(a, "beperken", "reden")} />
          <Knop soort="secundair">Verwerking beperken</Knop>
        </Form>
      ) : null}

      {actief ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">Beperking opheffen</h3>
          <Fout a={a} intent="opheffen" />
          <input type="hidden" name="intent" value="opheffen" />
          <TekstGebied id="reden-ophef" name="reden" label="Reden (de inwoner is vooraf geïnformeerd, art. 18 lid 3)" rows={2} defaultValue={waarde(a, "opheffen", "reden")} fout={fout(a, "opheffen", "reden")} />
          <Knop soort="secundair">Beperking opheffen</Knop>
        </Form>
      ) : null}

      {open && !d.verlenging ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">Termijn verlengen (art. 12 lid 3)</h3>
          <p className="utrecht-paragraph">Met ten hoogste twee maanden, tot {d.verlengdTotTekst}, en alleen als de inwoner binnen de eerste maand is geïnformeerd, met de reden.</p>
          <Fout a={a} intent="verlengen" />
          <input type="hidden" name="intent" value="verlengen" />
          <input type="hidden" name="versie" value={d.versie} />
          <TekstGebied id="reden-verleng" name="reden" label="Reden van de verlenging" rows={2} defaultValue={waarde(a, "verlengen", "reden")} fout={fout(a, "verlengen", "reden")} />
          <TekstGebied id="kennisgeving" label="Tekst van de kennisgeving aan de inwoner" rows={4} defaultValue={waarde(a, "verlengen", "kennisgeving")} fout={fout(a, "verlengen", "kennisgeving")} />
          <TekstVeld id="kennisgevingDatum" label="Verstuurd op" type="date" max={vandaag} defaultValue={waarde(a, "verlengen", "kennisgevingDatum", vandaag)} fout={fout(a, "verlengen", "kennisgevingDatum")} />
          <Knop soort="secundair">Termijn verlengen</Knop>
        </Form>
      ) : null}

      {open ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">Afhandelen</h3>
          <Fout a={a} intent="afhandelen" />
          <input type="hidden" name="intent" value="afhandelen" />
          <input type="hidden" name="versie" value={d.versie} />
          <Keuzelijst id="besluit" label="Besluit" opties={besluiten} defaultValue={waarde(a, "afhandelen", "besluit", "toegewezen")} fout={fout(a, "afhandelen", "besluit")} />
          <TekstGebied id="toelichting" label="Toelichting (zoals aan de inwoner meegedeeld)" rows={3} defaultValue={waarde(a, "afhandelen", "toelichting")} fout={fout(a, "afhandelen", "toelichting")} />
          <Knop>Verzoek afhandelen</Knop>
        </Form>
      ) : null}

      {open ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">Verzoek vervalt</h3>
          <Fout a={a} intent="intrekken" />
          <input type="hidden" name="intent" value="intrekken" />
          <input type="hidden" name="versie" value={d.versie} />
          <TekstGebied id="reden-intrek" name="reden" label="Reden (bijvoorbeeld: de inwoner trok het verzoek in)" rows={2} defaultValue={waarde(a, "intrekken", "reden")} fout={fout(a, "intrekken", "reden")} />
          <Knop soort="subtiel">Verzoek laten vervallen</Knop>
        </Form>
      ) : null}
    </section>
  );
}

export function VerzoekHistorie({ d }: { d: D }) {
  return (
    <section aria-labelledby="historie-kop">
      <h2 id="historie-kop" className="utrecht-heading-2">Wat er is gedaan</h2>
      {d.pakketten.length ? (
        <>
          <h3 className="utrecht-heading-3">Inzagepakketten</h3>
          <ul className="utrecht-unordered-list">
            {d.pakketten.map((p, i) => (
              <li key={i}>
                {p.wanneer}: {p.aantalRecords} onderdelen, SHA-256 <code>{p.sha256.slice(0, 16)}…</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.rectificaties.length ? (
        <table className="utrecht-table afs-tabel">
          <caption className="utrecht-table__caption">Verbeteringen (art. 16)</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Wanneer</th>
              <th className="utrecht-table__header-cell" scope="col">Gegeven</th>
              <th className="utrecht-table__header-cell" scope="col">Oud</th>
              <th className="utrecht-table__header-cell" scope="col">Nieuw</th>
              <th className="utrecht-table__header-cell" scope="col">Reden</th>
              <th className="utrecht-table__header-cell" scope="col">Door</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {d.rectificaties.map((r, i) => (
              <tr className="utrecht-table__row" key={i}>
                <td className="utrecht-table__cell">{r.wanneer}</td>
                <td className="utrecht-table__cell">{r.veldTekst}</td>
                <td className="utrecht-table__cell">{r.oudeWaarde ?? "–"}</td>
                <td className="utrecht-table__cell">{r.nieuweWaarde ?? "–"}</td>
                <td className="utrecht-table__cell">{r.reden}</td>
                <td className="utrecht-table__cell">{r.door}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {d.beperkingen.length ? (
        <>
          <h3 className="utrecht-heading-3">Beperkingen (art. 18)</h3>
          <ul className="utrecht-unordered-list">
            {d.beperkingen.map((b) => (
              <li key={b.id}>
                sinds {b.sinds}: {b.reden}
                {b.opgeheven ? ` — opgeheven ${b.opgeheven}: ${b.opheffingReden ?? ""}` : " — van kracht"}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="utrecht-heading-3">Stappen</h3>
      <ol className="utrecht-ordered-list">
        {d.geschiedenis.map((g, i) => (
          <li key={i}>
            {g.wanneer}: {g.type} ({g.door ?? "systeem"})
          </li>
        ))}
      </ol>
    </section>
  );
}
