/**
 * The klacht dossier: who is involved, every deadline with how it was computed, the timeline of events, notes
 * and letters, and ONLY the steps the workflow allows now — each a small form carrying `versie`. A refused
 * step shows the law's reason at the form; what was typed stays.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { Keuzelijst, Knop, Melding, PageTitle, StatusLabel, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { heeft, requireUser, weiger } from "~/platform/auth/permissions.server";
import { lessenVoorKlacht } from "~/features/leerlogboek/leerlogboek.server";
import { origin } from "~/platform/audit/audit.server";
import { klachtDossier, keuzelijsten, notitieToevoegen, ombudsmanInstelling, toegangVoorId, voerStapUit } from "~/features/klachten/klachten.server";
import { leesStap, STAP_INTENTS, type Fouten, type StapIntent } from "~/features/klachten/formulieren.server";
import {
  BEHOORLIJKHEIDSNORMEN,
  BEWAARKLASSE_TEKST,
  GROND_TEKST,
  GRONDEN_9_8,
  HOREN_OVERSLAAN_REDENEN,
  HOREN_OVERSLAAN_TEKST,
  NORM_GROEPEN,
  OORDEEL_TEKST,
  OORDELEN,
  nlDatum,
  normNaam,
} from "~/features/klachten/recht";
import { formatDatum, formatDatumTijd } from "~/domain/kalender/format";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Klachtdossier – Afspraak" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const d = klachtDossier(id, user, origin(context));
  if (!d) throw new Response("Niet gevonden", { status: 404 });
  if (!d.toegang) weiger(user, context, "klacht.bekijken", id, "U heeft geen toegang tot dit klachtdossier.");
  const url = new URL(request.url);
  const k = keuzelijsten();
  return data(
    {
      d,
      nieuw: url.searchParams.has("nieuw"),
      gedaan: url.searchParams.get("gedaan"),
      medewerkers: k.medewerkers,
      ombudsman: ombudsmanInstelling(),
      // Leerlogboek (issue 6): the regieteam records a lesson once the complaint is decided.
      leerlogboek: heeft(user, "regieteam") ? { lessen: lessenVoorKlacht(id), kanVastleggen: ["afgehandeld", "informeel_opgelost", "les", "gesloten"].includes(d.status) } : null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const toegang = toegangVoorId(user, id);
  if (toegang === undefined) throw new Response("Niet gevonden", { status: 404 });
  if (toegang !== "beheer" && toegang !== "behandelaar") weiger(user, context, "klacht.wijzigen", id, "U mag dit klachtdossier niet wijzigen.");
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const versie = Number(form.get("versie"));
  const invoer = Object.fromEntries([...form.keys()].map((key) => [key, key === "normen" ? form.getAll(key).map(String) : String(form.get(key))]));
  const actor = { id: user.id, naam: user.naam };
  if (intent === "notitie") {
    const tekst = String(form.get("tekst") ?? "").trim();
    if (!tekst) return data({ intent, fouten: { notitie: ["Schrijf de notitie."] } as Fouten, melding: null, invoer }, { status: 400 });
    notitieToevoegen(id, tekst, actor, origin(context));
    return redirect(`/klachten/${id}?gedaan=notitie`);
  }
  if (!Number.isInteger(versie) || !(STAP_INTENTS as readonly string[]).includes(intent))
    return data({ intent, fouten: {} as Fouten, melding: "Dit formulier is onvolledig. Laad de pagina opnieuw.", invoer }, { status: 400 });
  const stap = leesStap(id, intent as StapIntent, form);
  if (!stap.ok) return data({ intent, fouten: stap.fouten, melding: null, invoer }, { status: 400 });
  const r = voerStapUit(id, versie, stap.event, actor, origin(context));
  if (r.ok) return redirect(`/klachten/${id}?gedaan=${intent}`);
  return data({ intent, fouten: {} as Fouten, melding: r.melding, invoer }, { status: r.reden === "verouderd" ? 409 : 422 });
}

const ACTIE_TITEL: Record<StapIntent, string> = {
  ONTVANGST_BEVESTIGEN: "Ontvangst bevestigen (Awb 9:6)",
  BEHANDELAAR_TOEWIJZEN: "Klachtbehandelaar toewijzen (Awb 9:7)",
  INFORMEEL_OPGELOST: "Informeel opgelost (Awb 9:5)",
  NIET_IN_BEHANDELING: "Niet in behandeling nemen (Awb 9:8)",
  BERICHT_9_8_VERSTUURD: "Bericht aan de klager versturen (Awb 9:8 lid 3)",
  KOPIE_BEKLAAGDE: "Afschrift aan de beklaagde (Awb 9:9)",
  HOORZITTING_PLANNEN: "Hoorgesprek plannen (Awb 9:10)",
  HOORZITTING_GEHOUDEN: "Hoorgesprek gehouden: verslag (Awb 9:10)",
  HOREN_OVERSLAAN: "Horen achterwege laten (Awb 9:10 lid 2)",
  VERDAGINGSBERICHT: "Verdagingsbericht vastleggen (Awb 9:11 lid 2)",
  VERDAGEN: "Afhandeling verdagen (Awb 9:11 lid 2)",
  UITSTEL_MET_INSTEMMING: "Verder uitstel met instemming (Awb 9:11 lid 3)",
  AFHANDELEN: "Klacht afhandelen (Awb 9:12)",
  LES_VASTLEGGEN: "Les vastleggen",
  LES_OVERSLAAN: "Bewust geen les vastleggen",
  SLUITEN: "Dossier sluiten",
  OMBUDSMAN_INGESCHAKELD: "Klager heeft de ombudsman ingeschakeld",
};

const GEDAAN: Record<string, string> = {
  notitie: "De notitie is toegevoegd.",
  ONTVANGST_BEVESTIGEN: "De ontvangst is bevestigd; de ontvangstbevestiging staat in het dossier.",
  BERICHT_9_8_VERSTUURD: "Het bericht is vastgelegd en staat in het dossier.",
  VERDAGINGSBERICHT: "Het verdagingsbericht is vastgelegd en staat in het dossier.",
  AFHANDELEN: "De klacht is afgehandeld; de conclusiebrief staat in het dossier.",
};

type Dossier = ReturnType<typeof useLoaderData<typeof loader>>["d"];

export default function KlachtDossierPagina() {
  const { d, nieuw, gedaan, medewerkers, ombudsman, leerlogboek } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  if (!d.toegang) return null;
  const k = d.klacht;
  const c = d.context;
  const lopend = d.termijnen.find((t) => t.status === "lopend" && t.mijlpaal !== "klacht_ontvangst_bevestigd") ?? d.termijnen.find((t) => t.status === "lopend");
  return (
    <>
      <PageTitle intro={`${k.statusTekst} · ontvangen ${formatDatum(k.ontvangen_op)} via ${k.kanaalTekst.toLowerCase()} (${k.schriftelijk ? "schriftelijk" : "mondeling"})`}>
        Klacht {k.nummer}
      </PageTitle>
      {nieuw ? <Melding soort="ok" titel="De klacht is geregistreerd">De termijnen lopen vanaf de ontvangst. Bevestig de ontvangst binnen de norm.</Melding> : null}
      {gedaan ? <Melding soort="ok">{GEDAAN[gedaan] ?? "De stap is vastgelegd."}</Melding> : null}
      <div className="kl-raster">
        <div>
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
            {c.verlopen && lopend ? (
              <Melding soort="waarschuwing" titel="De termijn is verstreken">
                <p className="utrecht-paragraph">De teamleider en het regieteam zijn gewaarschuwd. Handel de klacht zo snel mogelijk af of vraag de klager schriftelijk om instemming met verder uitstel.</p>
              </Melding>
            ) : null}
          </section>

          {d.acties.length ? (
            <section className="kl-blok kl-acties kl-niet-printen" aria-labelledby="acties-kop">
              <h2 id="acties-kop" className="utrecht-heading-2">Wat kan nu</h2>
              {d.acties.map((a) => (
                <Actie key={a} intent={a as StapIntent} d={d} ad={ad} medewerkers={medewerkers} ombudsman={ombudsman} />
              ))}
            </section>
          ) : d.toegang === "lezen" ? (
            <p className="utrecht-paragraph">U kunt dit dossier lezen als teamleider van de afdeling; wijzigen doen het regieteam en de klachtbehandelaar.</p>
          ) : null}

          <section className="kl-blok" aria-labelledby="tijdlijn-kop">
            <h2 id="tijdlijn-kop" className="utrecht-heading-2">Tijdlijn</h2>
            <ol className="kl-tijdlijn">
              {d.tijdlijn.map((t, i) => (
                <li key={i}>
                  <span className="kl-tijdlijn__soort">{formatDatumTijd(t.op)} · {t.door ?? "systeem"}</span>
                  <p className="utrecht-paragraph kl-vet">
                    {t.briefId ? <Link to={`/klachten/${k.id}/brieven/${t.briefId}`}>{t.titel}</Link> : t.titel}
                  </p>
                  {t.tekst ? <p className="kl-tijdlijn__tekst">{t.tekst}</p> : null}
                </li>
              ))}
            </ol>
            {d.toegang !== "lezen" ? (
              <Form method="post" className="kl-niet-printen">
                <input type="hidden" name="intent" value="notitie" />
                <input type="hidden" name="versie" value={d.versie} />
                <TekstGebied id="notitie" name="tekst" label="Notitie toevoegen" rows={3} fout={ad?.intent === "notitie" ? ad.fouten.notitie : undefined} />
                <Knop soort="secundair">Notitie opslaan</Knop>
              </Form>
            ) : null}
          </section>
        </div>

        <div>
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
          {leerlogboek && (leerlogboek.kanVastleggen || leerlogboek.lessen.length) ? (
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
                  <Link to={`/leerlogboek/nieuw?klacht=${encodeURIComponent(k.id)}`} className="utrecht-link">Les vastleggen in het leerlogboek</Link>
                </p>
              ) : null}
            </section>
          ) : null}
          <section className="kl-blok" aria-labelledby="bewaring-kop">
            <h2 id="bewaring-kop" className="utrecht-heading-2">Bewaartermijn</h2>
            <p className="utrecht-paragraph">{BEWAARKLASSE_TEKST[d.bewaring.klasse]}.</p>
            <p className="utrecht-paragraph">
              {d.bewaring.datum
                ? `Vernietigingsdatum: ${nlDatum(d.bewaring.datum)}${d.bewaring.definitief ? "" : " (wordt definitief bij het sluiten)"}.`
                : "De vernietigingsdatum wordt berekend zodra de klacht is afgehandeld."}
            </p>
          </section>
        </div>
      </div>
    </>
  );
}

function Actie({
  intent,
  d,
  ad,
  medewerkers,
  ombudsman,
}: {
  intent: StapIntent;
  d: Dossier;
  ad: ReturnType<typeof useActionData<typeof action>>;
  medewerkers: { id: string; naam: string }[];
  ombudsman: { naam: string; termijnWeken: number };
}) {
  const hier = ad?.intent === intent;
  const f: Fouten = hier ? ad!.fouten : {};
  const v = (hier ? ad!.invoer : {}) as Record<string, string | string[]>;
  const s = (key: string, standaard = "") => (typeof v[key] === "string" ? (v[key] as string) : standaard);
  const c = d.context;
  const id = `actie-${intent.toLowerCase()}`;
  let velden: ReactNode = null;
  let knop = ACTIE_TITEL[intent];
  switch (intent) {
    case "ONTVANGST_BEVESTIGEN":
      velden = <p className="utrecht-paragraph">De ontvangstbevestiging wordt gemaakt uit het sjabloon en met de exacte tekst in het dossier bewaard.</p>;
      knop = "Ontvangst bevestigen en brief vastleggen";
      break;
    case "BEHANDELAAR_TOEWIJZEN":
      velden = (
        <>
          <Keuzelijst id={`${id}-behandelaar`} name="behandelaarId" label="Klachtbehandelaar" defaultValue={s("behandelaarId")} fout={f.behandelaarId}
            opties={[{ value: "", label: "Kies een collega" }, ...medewerkers.map((m) => ({ value: m.id, label: m.naam }))]} />
          {d.klacht.betreft_bestuursorgaan ? (
            <TekstVeld id={`${id}-uitzondering`} name="uitzondering" label="Uitzondering Awb 9:7 lid 2 (alleen als de behandelaar betrokken is)" defaultValue={s("uitzondering")} />
          ) : null}
        </>
      );
      knop = "Toewijzen";
      break;
    case "INFORMEEL_OPGELOST":
      velden = (
        <>
          <TekstGebied id={`${id}-toelichting`} name="toelichting" label="Hoe is de klacht opgelost?" defaultValue={s("toelichting")} fout={f.informeelToelichting} rows={3} />
          <label className="kl-keuzes"><input type="checkbox" name="klagerTevreden" value="ja" defaultChecked={s("klagerTevreden") === "ja"} /> De klager heeft laten weten tevreden te zijn</label>
          <TekstVeld id={`${id}-via`} name="vastgelegdVia" label="Hoe en wanneer liet de klager dat weten?" defaultValue={s("vastgelegdVia")} />
        </>
      );
      knop = "Informeel afsluiten";
      break;
    case "NIET_IN_BEHANDELING":
      velden = (
        <>
          <p className="utrecht-paragraph">{d.eenJaar ? d.eenJaar.uitleg : "De datum van de gedraging is onbekend: grond b is niet te toetsen."}</p>
          <Keuzelijst id={`${id}-grond`} name="grond" label="Grond" defaultValue={s("grond")} fout={f.grond}
            opties={[{ value: "", label: "Kies een grond" }, ...GRONDEN_9_8.map((g) => ({ value: g, label: GROND_TEKST[g] }))]} />
          <TekstGebied id={`${id}-toelichting`} name="toelichting" label="Motivering (komt in de brief aan de klager)" defaultValue={s("toelichting")} fout={f.grondToelichting} rows={3} />
        </>
      );
      knop = "Niet in behandeling nemen";
      break;
    case "BERICHT_9_8_VERSTUURD":
      velden = <p className="utrecht-paragraph">De brief met de grond en de motivering wordt gemaakt en met de exacte tekst bewaard (binnen 4 weken na ontvangst, Awb 9:8 lid 3).</p>;
      knop = "Brief vastleggen als verstuurd";
      break;
    case "KOPIE_BEKLAAGDE":
      velden = d.klacht.beklaagdenLijst.length ? (
        <p className="utrecht-paragraph">Leg vast dat {d.klacht.beklaagdenLijst.map((b) => b.naam).join(", ")} vandaag een afschrift van de klacht en de bijlagen kreeg.</p>
      ) : (
        <TekstVeld id={`${id}-reden`} name="nietMogelijkReden" label="Er is geen beklaagde bekend: waarom kan er geen afschrift?" defaultValue={s("nietMogelijkReden")} />
      );
      knop = "Afschrift vastleggen";
      break;
    case "HOORZITTING_PLANNEN":
      velden = <TekstVeld id={`${id}-moment`} name="moment" type="datetime-local" label="Datum en tijd van het hoorgesprek" defaultValue={s("moment")} fout={f.hoorMoment} />;
      knop = "Hoorgesprek plannen";
      break;
    case "HOORZITTING_GEHOUDEN":
      velden = <TekstGebied id={`${id}-verslag`} name="verslag" label="Verslag van het hoorgesprek" defaultValue={s("verslag")} fout={f.verslag} rows={4} />;
      knop = "Verslag vastleggen";
      break;
    case "HOREN_OVERSLAAN":
      velden = (
        <>
          <Keuzelijst id={`${id}-reden`} name="reden" label="Wettelijke reden" defaultValue={s("reden")} fout={f.horenReden}
            opties={[{ value: "", label: "Kies een reden" }, ...HOREN_OVERSLAAN_REDENEN.map((r) => ({ value: r, label: HOREN_OVERSLAAN_TEKST[r] }))]} />
          <TekstGebied id={`${id}-toelichting`} name="toelichting" label="Toelichting" defaultValue={s("toelichting")} fout={f.horenToelichting} rows={2} />
        </>
      );
      knop = "Horen achterwege laten";
      break;
    case "VERDAGINGSBERICHT":
      velden = (
        <Keuzelijst id={`${id}-aan`} name="aan" label="Aan wie ging het schriftelijke bericht?" defaultValue={s("aan")} fout={f.aan}
          opties={[{ value: "", label: "Kies" }, { value: "klager", label: "De klager" }, { value: "beklaagde", label: "De beklaagde" }]} />
      );
      knop = "Bericht vastleggen";
      break;
    case "VERDAGEN":
      velden = (
        <>
          <p className="utrecht-paragraph">
            Eerst beide berichten: klager {c.verdagingBerichtKlagerOp ? "✓ vastgelegd" : "nog niet"}, beklaagde {c.verdagingBerichtBeklaagdeOp ? "✓ vastgelegd" : "nog niet"}.
            {d.verdaging ? ` Uiterlijk mogelijk: ${formatDatumTijd(d.verdaging.maxOp)}.` : ""}
          </p>
          <Keuzelijst id={`${id}-weken`} name="weken" label="Aantal weken (ten hoogste 4)" defaultValue={s("weken", "4")} fout={f.weken}
            opties={[1, 2, 3, 4].map((n) => ({ value: String(n), label: `${n} ${n === 1 ? "week" : "weken"}` }))} />
        </>
      );
      knop = "Verdagen";
      break;
    case "UITSTEL_MET_INSTEMMING":
      velden = (
        <>
          <TekstVeld id={`${id}-datum`} name="nieuweDatum" type="date" label="Nieuwe uiterste datum" defaultValue={s("nieuweDatum")} fout={f.nieuweDatum} />
          <TekstVeld id={`${id}-instemming`} name="instemmingDatum" type="date" label="Datum van de schriftelijke instemming van de klager" defaultValue={s("instemmingDatum")} />
          <TekstVeld id={`${id}-toelichting`} name="toelichting" label="Welk stuk (brief, e-mail)?" defaultValue={s("toelichting")} />
        </>
      );
      knop = "Uitstel vastleggen";
      break;
    case "AFHANDELEN": {
      const gekozen = new Set(Array.isArray(v.normen) ? v.normen : []);
      velden = (
        <>
          <TekstGebied id={`${id}-bevindingen`} name="bevindingen" label="Bevindingen" defaultValue={s("bevindingen")} fout={f.bevindingen} rows={4} />
          <Keuzelijst id={`${id}-oordeel`} name="oordeel" label="Oordeel" defaultValue={s("oordeel")} fout={f.oordeel}
            opties={[{ value: "", label: "Kies het oordeel" }, ...OORDELEN.map((o) => ({ value: o, label: OORDEEL_TEKST[o] }))]} />
          <TekstVeld id={`${id}-reden`} name="oordeelReden" label="Reden (verplicht bij geen oordeel)" defaultValue={s("oordeelReden")} fout={f.oordeelReden} />
          <fieldset className="kl-keuzes kl-keuzes--kolommen" aria-describedby={f.normen ? `${id}-normen-fout` : undefined}>
            <legend>Geschonden behoorlijkheidsnormen</legend>
            {f.normen ? <span id={`${id}-normen-fout`} className="afs-veld__fout">{f.normen[0]}</span> : null}
            {NORM_GROEPEN.map((g) =>
              BEHOORLIJKHEIDSNORMEN.filter((n) => n.groep === g).map((n) => (
                <label key={n.nr}>
                  <input type="checkbox" name="normen" value={n.nr} defaultChecked={gekozen.has(String(n.nr))} /> {n.nr}. {n.naam} <span className="kl-tijdlijn__soort">({g})</span>
                </label>
              )),
            )}
          </fieldset>
          <TekstGebied id={`${id}-maatregelen`} name="maatregelen" label="Genomen maatregelen" defaultValue={s("maatregelen")} fout={f.maatregelen} rows={3} />
          <TekstVeld id={`${id}-ombudsman`} name="ombudsmanNaam" label="Ombudsman (Awb 9:12 lid 2)" defaultValue={s("ombudsmanNaam", ombudsman.naam)} fout={f.ombudsmanNaam} />
          <TekstVeld id={`${id}-ombudsmantermijn`} name="ombudsmanTermijnWeken" type="number" min={1} label="Termijn voor de ombudsman (weken)" defaultValue={s("ombudsmanTermijnWeken", String(ombudsman.termijnWeken))} fout={f.ombudsmanTermijnWeken} />
        </>
      );
      knop = "Afhandelen en conclusiebrief vastleggen";
      break;
    }
    case "LES_VASTLEGGEN":
      velden = <TekstGebied id={`${id}-les`} name="les" label="Les (concept voor het leerlogboek)" defaultValue={s("les")} fout={f.les} rows={3} />;
      knop = "Les vastleggen";
      break;
    case "LES_OVERSLAAN":
      velden = <TekstVeld id={`${id}-reden`} name="reden" label="Waarom geen les?" defaultValue={s("reden")} fout={f.lesReden} />;
      knop = "Bewust geen les";
      break;
    case "SLUITEN":
      knop = "Dossier sluiten";
      break;
    case "OMBUDSMAN_INGESCHAKELD":
      velden = <p className="utrecht-paragraph">De bewaartermijn wordt dan 10 jaar (Selectielijst).</p>;
      knop = "Vastleggen";
      break;
  }
  return (
    <details open={hier || undefined}>
      <summary>{ACTIE_TITEL[intent]}</summary>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="versie" value={d.versie} />
        {hier && ad?.melding ? (
          <Melding soort="fout" titel="Dit kan (nog) niet">
            <p className="utrecht-paragraph">{ad.melding}</p>
          </Melding>
        ) : null}
        {velden}
        <Knop>{knop}</Knop>
      </Form>
    </details>
  );
}

