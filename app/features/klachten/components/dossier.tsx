/**
 * The sections of the klacht dossier page: deadlines with how they were computed, the timeline with the note
 * form, who is involved, the complaint itself with every recorded decision, the leerlogboek and retention.
 * Labels and codes are worded through the klachten dictionary in the page's language; the explanations the
 * server computed (deadlines, timeline texts) come in that language from the loader.
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, StatusLabel, TekstGebied } from "../../../platform/ui/ui";
import { StapVelden } from "../../../platform/ui/stapformulier";
import { useDatum } from "../../../platform/i18n/datum";
import { BEWAARKLASSE_TEKST, GROND_TEKST, HOREN_OVERSLAAN_TEKST, OORDEEL_TEKST, normNaam } from "../recht";
import type { Dossier, DossierPagina } from "../dossier.server";
import { eenJaarUitleg, kalenderDatum, useDossierAntwoord } from "./stap-formulieren";

export function TermijnenBlok({ d }: { d: Dossier }) {
  const { t } = useTranslation("klachten");
  const f = useDatum();
  const lopend = d.termijnen.find((t) => t.status === "lopend" && t.mijlpaal !== "klacht_ontvangst_bevestigd") ?? d.termijnen.find((t) => t.status === "lopend");
  return (
    <section className="kl-blok" aria-labelledby="termijnen-kop">
      <h2 id="termijnen-kop" className="utrecht-heading-2">{t("dossier.termijnen")}</h2>
      {d.termijnen.length === 0 ? <p className="utrecht-paragraph">{t("dossier.geenTermijnen")}</p> : null}
      <ul className="kl-tijdlijn">
        {d.termijnen.map((tm, i) => (
          <li key={i}>
            <p className="utrecht-paragraph kl-vet">
              {t("dossier.uiterlijk", { titel: t(`mijlpaal.${tm.mijlpaal}`, { defaultValue: tm.titel }), moment: f.datumTijd(tm.termijnOp) })}{" "}
              {tm.status === "lopend" ? (
                <StatusLabel status={tm.fase === "gepland" ? "op_tijd" : tm.fase === "gewaarschuwd" ? "bijna" : "te_laat"} />
              ) : tm.status === "gehaald" ? (
                <span>— {tm.opTijd ? t("dossier.opTijd") : t("dossier.teLaat")}</span>
              ) : (
                <span>— {t("dossier.vervallen")}</span>
              )}
            </p>
            <p className="kl-uitleg">{t("dossier.zoBerekend", { uitleg: tm.uitleg })}</p>
          </li>
        ))}
      </ul>
      {d.context.verlopen && lopend ? (
        <Melding soort="waarschuwing" titel={t("dossier.verstrekenTitel")}>
          <p className="utrecht-paragraph">{t("dossier.verstreken")}</p>
        </Melding>
      ) : null}
    </section>
  );
}

export function TijdlijnBlok({ d }: { d: Dossier }) {
  const { t } = useTranslation("klachten");
  const f = useDatum();
  const { fouten } = useDossierAntwoord("notitie");
  return (
    <section className="kl-blok" aria-labelledby="tijdlijn-kop">
      <h2 id="tijdlijn-kop" className="utrecht-heading-2">{t("dossier.tijdlijn")}</h2>
      <ol className="kl-tijdlijn">
        {d.tijdlijn.map((item, i) => (
          <li key={i}>
            <span className="kl-tijdlijn__soort">{f.datumTijd(item.op)} · {item.door ?? t("dossier.systeem")}</span>
            <p className="utrecht-paragraph kl-vet">
              {item.briefId ? <Link to={`/klachten/${d.klacht.id}/brieven/${item.briefId}`}>{item.titel}</Link> : item.titel}
            </p>
            {item.tekst ? <p className="kl-tijdlijn__tekst">{item.tekst}</p> : null}
          </li>
        ))}
      </ol>
      {d.toegang !== "lezen" ? (
        <Form method="post" className="kl-niet-printen">
          <StapVelden intent="notitie" versie={d.versie} />
          <TekstGebied id="notitie" name="tekst" label={t("dossier.notitieToevoegen")} rows={3} fout={fouten.notitie} />
          <Knop soort="secundair">{t("dossier.notitieOpslaan")}</Knop>
        </Form>
      ) : null}
    </section>
  );
}

export function Betrokkenen({ d }: { d: Dossier }) {
  const { t } = useTranslation("klachten");
  const k = d.klacht;
  const c = d.context;
  const voorkeur = k.klager_voorkeur_kanaal;
  return (
    <section className="kl-blok" aria-labelledby="betrokkenen-kop">
      <h2 id="betrokkenen-kop" className="utrecht-heading-2">{t("dossier.betrokkenen")}</h2>
      <dl className="kl-gegevens">
        <dt>{t("dossier.klager")}</dt>
        <dd>{k.klager_soort === "organisatie" ? t("dossier.contactpersoon", { organisatie: k.klager_organisatie, naam: k.klager_naam }) : k.klager_naam}</dd>
        <dt>{t("dossier.contact")}</dt>
        <dd>{[k.klager_adres, [k.klager_postcode, k.klager_woonplaats].filter(Boolean).join(" "), k.klager_telefoon, k.klager_email].filter(Boolean).join("\n") || "—"}</dd>
        <dt>{t("dossier.voorkeur")}</dt>
        <dd>{voorkeur ? t(`voorkeurKanaal.${voorkeur}`, { defaultValue: voorkeur }) : "—"}</dd>
        <dt>{t("dossier.beklaagden")}</dt>
        <dd>{k.beklaagdenLijst.length ? k.beklaagdenLijst.map((b) => b.naam).join(", ") : t("dossier.onbekend")}</dd>
        <dt>{t("dossier.afdeling")}</dt>
        <dd>{k.afdeling ?? "—"}</dd>
        <dt>{t("dossier.behandelaar")}</dt>
        <dd>{c.behandelaarNaam ?? t("dossier.nietToegewezen")}{c.uitzondering97 ? t("dossier.uitzondering", { uitzondering: c.uitzondering97 }) : ""}</dd>
      </dl>
    </section>
  );
}

export function KlachtGegevens({ d }: { d: Dossier }) {
  const { t } = useTranslation("klachten");
  const f = useDatum();
  const k = d.klacht;
  const c = d.context;
  const eenJaar = eenJaarUitleg(d, f, t) ?? t("dossier.eenJaarOnbekend");
  return (
    <section className="kl-blok" aria-labelledby="klacht-kop">
      <h2 id="klacht-kop" className="utrecht-heading-2">{t("dossier.deKlacht")}</h2>
      <p className="utrecht-paragraph kl-tijdlijn__tekst">{k.omschrijving}</p>
      <p className="utrecht-paragraph"><Link to={`/klachten/${k.id}/bijlagen`} className="utrecht-link">{t("dossier.bijlagen")}</Link></p>
      <dl className="kl-gegevens">
        <dt>{t("dossier.gedragingOp")}</dt>
        <dd>{k.gedraging_datum ? kalenderDatum(f, k.gedraging_datum) : t("dossier.onbekend")}</dd>
        <dt>{t("dossier.eenjaarstoets")}</dt>
        <dd>{eenJaar}</dd>
        {c.grond98 ? (<><dt>{t("dossier.nietInBehandeling")}</dt><dd>{t(`grond.${c.grond98}`, { defaultValue: GROND_TEKST[c.grond98] })}. {c.grondToelichting}</dd></>) : null}
        {c.informeel ? (<><dt>{t("dossier.informeel")}</dt><dd>{t("dossier.informeelTekst", { toelichting: c.informeel.toelichting, via: c.informeel.vastgelegdVia })}</dd></>) : null}
        {c.kopieBeklaagdeOp ? (<><dt>{t("dossier.afschrift")}</dt><dd>{f.datum(c.kopieBeklaagdeOp)}</dd></>) : null}
        {c.kopieNietMogelijk ? (<><dt>{t("dossier.geenAfschrift")}</dt><dd>{c.kopieNietMogelijk}</dd></>) : null}
        {c.hoorzittingGeplandOp ? (<><dt>{t("dossier.hoorgesprekGepland")}</dt><dd>{f.datumTijd(c.hoorzittingGeplandOp)}</dd></>) : null}
        {c.verslag ? (<><dt>{t("dossier.verslag")}</dt><dd>{c.verslag}</dd></>) : null}
        {c.horenOvergeslagen ? (<><dt>{t("dossier.nietGehoord")}</dt><dd>{t(`horen.${c.horenOvergeslagen.reden}`, { defaultValue: HOREN_OVERSLAAN_TEKST[c.horenOvergeslagen.reden] })}: {c.horenOvergeslagen.toelichting}</dd></>) : null}
        <dt>{t("dossier.verdagingsberichten")}</dt>
        <dd>
          {t("dossier.verdagingKlager", {
            klager: c.verdagingBerichtKlagerOp ? f.datum(c.verdagingBerichtKlagerOp) : t("dossier.nee"),
            beklaagde: c.verdagingBerichtBeklaagdeOp ? f.datum(c.verdagingBerichtBeklaagdeOp) : t("dossier.nee"),
          })}
        </dd>
        {c.conclusie ? (
          <>
            <dt>{t("dossier.oordeel")}</dt>
            <dd>{t(`oordeel.${c.conclusie.oordeel}`, { defaultValue: OORDEEL_TEKST[c.conclusie.oordeel] })}{c.conclusie.oordeelReden ? ` — ${c.conclusie.oordeelReden}` : ""}</dd>
            <dt>{t("dossier.bevindingen")}</dt>
            <dd>{c.conclusie.bevindingen}</dd>
            <dt>{t("dossier.normen")}</dt>
            <dd>{c.conclusie.normen.length ? c.conclusie.normen.map((n) => `${n}. ${t(`norm.${n}`, { defaultValue: normNaam(n) })}`).join(", ") : t("dossier.geenSchending")}</dd>
            <dt>{t("dossier.maatregelen")}</dt>
            <dd>{c.conclusie.maatregelen}</dd>
            <dt>{t("dossier.ombudsman")}</dt>
            <dd>{t("dossier.ombudsmanBinnen", { naam: c.conclusie.ombudsmanNaam, weken: c.conclusie.ombudsmanTermijnWeken })}</dd>
          </>
        ) : null}
        {c.les ? (<><dt>{t("dossier.les")}</dt><dd>{c.les}</dd></>) : null}
        {c.lesOvergeslagen ? (<><dt>{t("dossier.geenLes")}</dt><dd>{c.lesOvergeslagen}</dd></>) : null}
      </dl>
    </section>
  );
}

export function LeerlogboekBlok({ klachtId, leerlogboek }: { klachtId: string; leerlogboek: DossierPagina["leerlogboek"] }) {
  const { t } = useTranslation("klachten");
  if (!leerlogboek || !(leerlogboek.kanVastleggen || leerlogboek.lessen.length)) return null;
  return (
    <section className="kl-blok kl-niet-printen" aria-labelledby="leerlogboek-kop">
      <h2 id="leerlogboek-kop" className="utrecht-heading-2">{t("dossier.leerlogboek")}</h2>
      {leerlogboek.lessen.length ? (
        <ul className="kl-tijdlijn">
          {leerlogboek.lessen.map((l) => (
            <li key={l.id}><Link to={`/leerlogboek/${l.id}`}>{l.nummer}: {l.titel}</Link></li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("dossier.geenLessen")}</p>
      )}
      {leerlogboek.kanVastleggen ? (
        <p className="utrecht-paragraph">
          <Link to={`/leerlogboek/nieuw?klacht=${encodeURIComponent(klachtId)}`} className="utrecht-link">{t("dossier.lesVastleggen")}</Link>
        </p>
      ) : null}
    </section>
  );
}

export function Bewaartermijn({ bewaring }: { bewaring: Dossier["bewaring"] }) {
  const { t } = useTranslation("klachten");
  const f = useDatum();
  return (
    <section className="kl-blok" aria-labelledby="bewaring-kop">
      <h2 id="bewaring-kop" className="utrecht-heading-2">{t("dossier.bewaartermijn")}</h2>
      <p className="utrecht-paragraph">{t(`bewaarklasse.${bewaring.klasse}`, { defaultValue: BEWAARKLASSE_TEKST[bewaring.klasse] })}.</p>
      <p className="utrecht-paragraph">
        {bewaring.datum
          ? t(bewaring.definitief ? "dossier.vernietigingsdatum" : "dossier.vernietigingsdatumVoorlopig", { datum: kalenderDatum(f, bewaring.datum) })
          : t("dossier.vernietigingOnbekend")}
      </p>
    </section>
  );
}
