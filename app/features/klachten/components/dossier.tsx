/**
 * The sections of the klacht dossier page: deadlines with how they were computed, the timeline with the note
 * form, who is involved, the complaint itself with every recorded decision, the leerlogboek and retention.
 */
import { Form, Link } from "@remix-run/react";
import { Knop, Melding, StatusLabel, TekstGebied } from "../../../platform/ui/ui";
import { StapVelden } from "../../../platform/ui/stapformulier";
import { formatDatum, formatDatumTijd } from "../../../domain/kalender/format";
import { BEWAARKLASSE_TEKST, GROND_TEKST, HOREN_OVERSLAAN_TEKST, OORDEEL_TEKST, nlDatum, normNaam } from "../recht";
import type { Dossier, DossierPagina } from "../dossier.server";
import { useDossierAntwoord } from "./stap-formulieren";

export function TermijnenBlok({ d }: { d: Dossier }) {
  const lopend = d.termijnen.find((t) => t.status === "lopend" && t.mijlpaal !== "klacht_ontvangst_bevestigd") ?? d.termijnen.find((t) => t.status === "lopend");
  return (
    <section className="kl-blok" aria-labelledby="termijnen-kop">
      <h2 id="termijnen-kop" className="utrecht-heading-2">Termijnen</h2>
      {d.termijnen.length === 0 ? <p className="utrecht-paragraph">Er lopen geen termijnen.</p> : null}
      <ul className="kl-tijdlijn">
        {d.termijnen.map((t, i) => (
          <li key={i}>
            <p className="utrecht-paragraph kl-vet">
              {t.titel}: uiterlijk {t.termijnTekst}{" "}
              {t.status === "lopend" ? (
                <StatusLabel status={t.fase === "gepland" ? "op_tijd" : t.fase === "gewaarschuwd" ? "bijna" : "te_laat"} />
              ) : t.status === "gehaald" ? (
                <span>— {t.opTijd ? "op tijd gehaald" : "te laat gehaald"}</span>
              ) : (
                <span>— vervallen</span>
              )}
            </p>
            <p className="kl-uitleg">Zo berekend: {t.uitleg}</p>
          </li>
        ))}
      </ul>
      {d.context.verlopen && lopend ? (
        <Melding soort="waarschuwing" titel="De termijn is verstreken">
          <p className="utrecht-paragraph">De teamleider en het regieteam zijn gewaarschuwd. Handel de klacht zo snel mogelijk af of vraag de klager schriftelijk om instemming met verder uitstel.</p>
        </Melding>
      ) : null}
    </section>
  );
}

export function TijdlijnBlok({ d }: { d: Dossier }) {
  const { fouten } = useDossierAntwoord("notitie");
  return (
    <section className="kl-blok" aria-labelledby="tijdlijn-kop">
      <h2 id="tijdlijn-kop" className="utrecht-heading-2">Tijdlijn</h2>
      <ol className="kl-tijdlijn">
        {d.tijdlijn.map((t, i) => (
          <li key={i}>
            <span className="kl-tijdlijn__soort">{formatDatumTijd(t.op)} · {t.door ?? "systeem"}</span>
            <p className="utrecht-paragraph kl-vet">
              {t.briefId ? <Link to={`/klachten/${d.klacht.id}/brieven/${t.briefId}`}>{t.titel}</Link> : t.titel}
            </p>
            {t.tekst ? <p className="kl-tijdlijn__tekst">{t.tekst}</p> : null}
          </li>
        ))}
      </ol>
      {d.toegang !== "lezen" ? (
        <Form method="post" className="kl-niet-printen">
          <StapVelden intent="notitie" versie={d.versie} />
          <TekstGebied id="notitie" name="tekst" label="Notitie toevoegen" rows={3} fout={fouten.notitie} />
          <Knop soort="secundair">Notitie opslaan</Knop>
        </Form>
      ) : null}
    </section>
  );
}

export function Betrokkenen({ d }: { d: Dossier }) {
  const k = d.klacht;
  const c = d.context;
  return (
    <section className="kl-blok" aria-labelledby="betrokkenen-kop">
      <h2 id="betrokkenen-kop" className="utrecht-heading-2">Betrokkenen</h2>
      <dl className="kl-gegevens">
        <dt>Klager</dt>
        <dd>{k.klager_soort === "organisatie" ? `${k.klager_organisatie} (contactpersoon ${k.klager_naam})` : k.klager_naam}</dd>
        <dt>Contact</dt>
        <dd>{[k.klager_adres, [k.klager_postcode, k.klager_woonplaats].filter(Boolean).join(" "), k.klager_telefoon, k.klager_email].filter(Boolean).join("\n") || "—"}</dd>
        <dt>Voorkeur</dt>
        <dd>{k.klager_voorkeur_kanaal ?? "—"}</dd>
        <dt>Beklaagde(n)</dt>
        <dd>{k.beklaagdenLijst.length ? k.beklaagdenLijst.map((b) => b.naam).join(", ") : "Onbekend"}</dd>
        <dt>Afdeling</dt>
        <dd>{k.afdeling ?? "—"}</dd>
        <dt>Behandelaar</dt>
        <dd>{c.behandelaarNaam ?? "Nog niet toegewezen"}{c.uitzondering97 ? ` (uitzondering 9:7 lid 2: ${c.uitzondering97})` : ""}</dd>
      </dl>
    </section>
  );
}

export function KlachtGegevens({ d }: { d: Dossier }) {
  const k = d.klacht;
  const c = d.context;
  return (
    <section className="kl-blok" aria-labelledby="klacht-kop">
      <h2 id="klacht-kop" className="utrecht-heading-2">De klacht</h2>
      <p className="utrecht-paragraph kl-tijdlijn__tekst">{k.omschrijving}</p>
      <p className="utrecht-paragraph"><Link to={`/klachten/${k.id}/bijlagen`} className="utrecht-link">Bijlagen bij deze klacht</Link></p>
      <dl className="kl-gegevens">
        <dt>Gedraging op</dt>
        <dd>{k.gedraging_datum ? nlDatum(k.gedraging_datum) : "Onbekend"}</dd>
        <dt>Eenjaarstoets</dt>
        <dd>{d.eenJaar ? d.eenJaar.uitleg : "Niet te bepalen: de datum van de gedraging is onbekend."}</dd>
        {c.grond98 ? (<><dt>Niet in behandeling</dt><dd>{GROND_TEKST[c.grond98]}. {c.grondToelichting}</dd></>) : null}
        {c.informeel ? (<><dt>Informeel opgelost</dt><dd>{c.informeel.toelichting} — klager tevreden ({c.informeel.vastgelegdVia})</dd></>) : null}
        {c.kopieBeklaagdeOp ? (<><dt>Afschrift beklaagde</dt><dd>{formatDatum(c.kopieBeklaagdeOp)}</dd></>) : null}
        {c.kopieNietMogelijk ? (<><dt>Geen afschrift</dt><dd>{c.kopieNietMogelijk}</dd></>) : null}
        {c.hoorzittingGeplandOp ? (<><dt>Hoorgesprek gepland</dt><dd>{formatDatumTijd(c.hoorzittingGeplandOp)}</dd></>) : null}
        {c.verslag ? (<><dt>Verslag hoorgesprek</dt><dd>{c.verslag}</dd></>) : null}
        {c.horenOvergeslagen ? (<><dt>Niet gehoord</dt><dd>{HOREN_OVERSLAAN_TEKST[c.horenOvergeslagen.reden]}: {c.horenOvergeslagen.toelichting}</dd></>) : null}
        <dt>Verdagingsberichten</dt>
        <dd>Klager: {c.verdagingBerichtKlagerOp ? formatDatum(c.verdagingBerichtKlagerOp) : "nee"}; beklaagde: {c.verdagingBerichtBeklaagdeOp ? formatDatum(c.verdagingBerichtBeklaagdeOp) : "nee"}</dd>
        {c.conclusie ? (
          <>
            <dt>Oordeel</dt>
            <dd>{OORDEEL_TEKST[c.conclusie.oordeel]}{c.conclusie.oordeelReden ? ` — ${c.conclusie.oordeelReden}` : ""}</dd>
            <dt>Bevindingen</dt>
            <dd>{c.conclusie.bevindingen}</dd>
            <dt>Normen</dt>
            <dd>{c.conclusie.normen.length ? c.conclusie.normen.map((n) => `${n}. ${normNaam(n)}`).join(", ") : "Geen schending"}</dd>
            <dt>Maatregelen</dt>
            <dd>{c.conclusie.maatregelen}</dd>
            <dt>Ombudsman</dt>
            <dd>{c.conclusie.ombudsmanNaam}, binnen {c.conclusie.ombudsmanTermijnWeken} weken</dd>
          </>
        ) : null}
        {c.les ? (<><dt>Les</dt><dd>{c.les}</dd></>) : null}
        {c.lesOvergeslagen ? (<><dt>Geen les, omdat</dt><dd>{c.lesOvergeslagen}</dd></>) : null}
      </dl>
    </section>
  );
}

export function LeerlogboekBlok({ klachtId, leerlogboek }: { klachtId: string; leerlogboek: DossierPagina["leerlogboek"] }) {
  if (!leerlogboek || !(leerlogboek.kanVastleggen || leerlogboek.lessen.length)) return null;
  return (
    <section className="kl-blok kl-niet-printen" aria-labelledby="leerlogboek-kop">
      <h2 id="leerlogboek-kop" className="utrecht-heading-2">Leerlogboek</h2>
      {leerlogboek.lessen.length ? (
        <ul className="kl-tijdlijn">
          {leerlogboek.lessen.map((l) => (
            <li key={l.id}><Link to={`/leerlogboek/${l.id}`}>{l.nummer}: {l.titel}</Link></li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">Er is nog geen les uit deze klacht vastgelegd.</p>
      )}
      {leerlogboek.kanVastleggen ? (
        <p className="utrecht-paragraph">
          <Link to={`/leerlogboek/nieuw?klacht=${encodeURIComponent(klachtId)}`} className="utrecht-link">Les vastleggen in het leerlogboek</Link>
        </p>
      ) : null}
    </section>
  );
}

export function Bewaartermijn({ bewaring }: { bewaring: Dossier["bewaring"] }) {
  return (
    <section className="kl-blok" aria-labelledby="bewaring-kop">
      <h2 id="bewaring-kop" className="utrecht-heading-2">Bewaartermijn</h2>
      <p className="utrecht-paragraph">{BEWAARKLASSE_TEKST[bewaring.klasse]}.</p>
      <p className="utrecht-paragraph">
        {bewaring.datum
          ? `Vernietigingsdatum: ${nlDatum(bewaring.datum)}${bewaring.definitief ? "" : " (wordt definitief bij het sluiten)"}.`
          : "De vernietigingsdatum wordt berekend zodra de klacht is afgehandeld."}
      </p>
    </section>
  );
}
