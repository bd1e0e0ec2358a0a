/**
 * One callback promise: the citizen's data (audited read), the question, the deadline with its status, the
 * attempts and the timeline, and only the steps that are possible now. Every form carries the version it was
 * loaded with; a stale form gets a clear message and keeps what was typed.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useRef } from "react";
import { Keuzelijst, Knop, Melding, PageTitle, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { afspraken } from "~/locales/nl/afspraken";
import {
  STAP_INTENTS,
  terugbelDetail,
  terugbelStap,
  toewijzingsKeuzes,
  type StapIntent,
} from "~/features/terugbellen/terugbel.server";
import { zetTerugbelOmNaarOverdracht } from "~/features/overdracht/overdracht.server";
import css from "~/styles/afspraken.css";
import { CollegaTeamSelect, Termijnen, Tijdlijn, Typeahead } from "../features/terugbellen/components/velden";
import { StapSectie, useStapFormulier } from "~/platform/ui/stapformulier";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Terugbelafspraak – Afspraak" }];

const GEDAAN: Record<string, string> = {
  poging: "De poging is vastgelegd.",
  tijdstip: "Het nieuwe tijdstip is vastgelegd. Dit telt niet als overschrijding van de termijn.",
  toewijzen: "De terugbelafspraak is toegewezen.",
  nummer: "Het telefoonnummer is gecorrigeerd.",
  niet_bereikbaar: "Vastgelegd dat de inwoner niet bereikbaar is.",
  annuleren: "De terugbelafspraak is geannuleerd.",
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const r = terugbelDetail(id, user, origin(context));
  if (r.soort === "niet_gevonden") throw new Response("Niet gevonden", { status: 404 });
  if (r.soort === "geweigerd") {
    weiger(user, context, "terugbelafspraak.bekijken", id, "U heeft geen toegang tot deze terugbelafspraak: hij hoort niet bij uw werk of dat van uw team.");
  }
  const url = new URL(request.url);
  const gedaan = url.searchParams.get("gedaan");
  const { collegas, teams } = toewijzingsKeuzes();
  return data(
    {
      a: r.data,
      nieuw: url.searchParams.has("nieuw"),
      gedaan: gedaan && GEDAAN[gedaan] ? GEDAAN[gedaan] : null,
      collegas,
      teams,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

type Intent = StapIntent | "overdracht";

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const form = Object.fromEntries(await request.formData());
  const invoer = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)]));
  const intent = invoer.intent as Intent;
  const versie = Number(invoer.versie);
  if (!Number.isInteger(versie) || (!(STAP_INTENTS as readonly string[]).includes(intent) && intent !== "overdracht")) {
    return data({ intent, fouten: {}, melding: "Dit formulier is onvolledig. Laad de pagina opnieuw.", invoer }, { status: 400 });
  }
  if (intent === "overdracht") {
    const r = zetTerugbelOmNaarOverdracht(id, versie, invoer, user, origin(context));
    if (r.ok) return redirect(`/overdrachten/${r.id}?nieuw=1`);
    if (r.status === 403) weiger(user, context, "terugbelafspraak.overdracht", id);
    return data({ intent, fouten: r.fouten, melding: r.melding ?? null, invoer }, { status: r.status ?? 400 });
  }
  const r = terugbelStap(id, versie, intent, invoer, user, origin(context));
  if (r.ok) return redirect(`/terugbelafspraken/${id}?gedaan=${intent}`);
  if (r.status === 403) weiger(user, context, `terugbelafspraak.${intent}`, id);
  return data({ intent, fouten: r.fouten, melding: r.melding, invoer }, { status: r.status });
}

export default function TerugbelafspraakDetail() {
  const { a, nieuw, gedaan, collegas, teams } = useLoaderData<typeof loader>();
  const nav = useNavigation();
  const bezig = nav.state === "submitting";
  const poging = useStapFormulier("poging");
  const tijdstip = useStapFormulier("tijdstip");
  const toewijzen = useStapFormulier("toewijzen");
  const nummer = useStapFormulier("nummer");
  const nietBereikbaar = useStapFormulier("niet_bereikbaar");
  const annuleren = useStapFormulier("annuleren");
  const overdracht = useStapFormulier("overdracht");
  const aanRef = useRef<HTMLSelectElement>(null);
  const ontvangerRef = useRef<HTMLSelectElement>(null);
  const naam = a.burger.naam ?? "Anonieme inwoner";
  const termijn = a.termijnen[0];

  return (
    <>
      <PageTitle>Terugbelafspraak: {naam}</PageTitle>
      {nieuw ? (
        <Melding soort="ok" titel="Terugbelafspraak vastgelegd">
          <p className="utrecht-paragraph">
            {termijn ? (
              <>
                De inwoner wordt <strong>{termijn.tekst}</strong> teruggebeld
                {a.eigenaar ? ` door ${a.eigenaar}` : a.team ? ` door team ${a.team}` : ""}.
              </>
            ) : (
              "De terugbelafspraak is vastgelegd."
            )}
          </p>
        </Melding>
      ) : null}
      {gedaan ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gedaan}</p>
        </Melding>
      ) : null}
      <div className="afs-statusregel">
        <span className="afs-label">Status: {a.statusTekst}</span>
        {a.open ? null : <span>Deze terugbelafspraak is afgesloten.</span>}
      </div>
      <div className="afs-detail">
        <div>
          <section className="afs-blok" aria-labelledby="gegevens-titel">
            <h2 id="gegevens-titel" className="utrecht-heading-2">
              Inwoner en vraag
            </h2>
            <dl className="afs-gegevens">
              <dt>Naam</dt>
              <dd>{naam}</dd>
              <dt>Telefoon</dt>
              <dd>
                <a className="utrecht-link" href={`tel:${a.burger.telefoonE164}`}>
                  {a.burger.telefoon}
                </a>
                {a.oudeNummers.length ? <> (eerder onjuist: {a.oudeNummers.join(", ")})</> : null}
              </dd>
              <dt>E-mail</dt>
              <dd>{a.burger.email ?? "niet opgegeven"}</dd>
              <dt>Vraag</dt>
              <dd>{a.vraag}</dd>
              <dt>Kanaal</dt>
              <dd>{a.kanaal}</dd>
              <dt>Belt terug</dt>
              <dd>{a.eigenaar ?? (a.team ? `Team ${a.team}` : "niemand")}</dd>
              <dt>Vastgelegd</dt>
              <dd>
                {a.aangemaaktOp}
                {a.aangemaaktDoor ? ` door ${a.aangemaaktDoor}` : ""}
              </dd>
            </dl>
            {a.burger.burgerId ? (
              <p className="utrecht-paragraph">
                <Link className="utrecht-link" to={`/klantbeeld/${a.burger.burgerId}`}>
                  Klantbeeld van {naam}
                </Link>
              </p>
            ) : null}
          </section>

          <section className="afs-blok" aria-labelledby="termijn-titel">
            <h2 id="termijn-titel" className="utrecht-heading-2">
              Termijn
            </h2>
            <Termijnen termijnen={a.termijnen} />
            {a.afgesproken ? (
              <p className="utrecht-paragraph">
                Op verzoek van de inwoner: bellen op {a.afgesproken.op}
                {a.afgesproken.reden ? ` (${a.afgesproken.reden})` : ""}.
              </p>
            ) : null}
          </section>

          <section className="afs-blok" aria-labelledby="pogingen-titel">
            <h2 id="pogingen-titel" className="utrecht-heading-2">
              Belpogingen ({a.mislukt} van {a.maxPogingen} zonder gehoor)
            </h2>
            {a.pogingen.length ? (
              <table className="afs-tabel">
                <caption className="afs-sr">Belpogingen</caption>
                <thead>
                  <tr>
                    <th scope="col">Wanneer</th>
                    <th scope="col">Wie</th>
                    <th scope="col">Uitkomst</th>
                    <th scope="col">Notitie</th>
                  </tr>
                </thead>
                <tbody>
                  {a.pogingen.map((p, i) => (
                    <tr key={i}>
                      <td>{p.op}</td>
                      <td>{p.door}</td>
                      <td>{p.uitkomst}</td>
                      <td>{p.notitie}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="utrecht-paragraph">Nog geen pogingen.</p>
            )}
            {a.status === "niet_bereikbaar" ? (
              <>
                <h3 className="utrecht-heading-3">Terugvalbericht aan de inwoner</h3>
                <p className="utrecht-paragraph">Reden: {a.nietBereikbaarReden}</p>
                <p className="utrecht-paragraph afs-pre">{a.terugvalBericht}</p>
              </>
            ) : null}
            {a.annuleerReden ? <p className="utrecht-paragraph">Geannuleerd. Reden: {a.annuleerReden}</p> : null}
            {a.overdrachtId ? (
              <p className="utrecht-paragraph">
                <Link className="utrecht-link" to={`/overdrachten/${a.overdrachtId}`}>
                  Bekijk de warme overdracht
                </Link>
              </p>
            ) : null}
          </section>
          <Tijdlijn regels={a.tijdlijn} titelId="verloop-titel" />
        </div>

        <div>
          {a.acties.length ? (
            <h2 className="utrecht-heading-2" id="acties-titel">
              Wat kunt u nu doen?
            </h2>
          ) : null}
          {a.acties.includes("poging") ? (
            <StapSectie id="poging" titel="Belpoging vastleggen" intent="poging" versie={a.versie} melding={poging.melding} noValidate>
                <Keuzelijst
                  id="uitkomst"
                  name="uitkomst"
                  label="Uitkomst"
                  defaultValue={poging.invoer.uitkomst ?? ""}
                  fout={poging.fouten.uitkomst}
                  opties={[{ value: "", label: "— kies de uitkomst —" }, ...Object.entries(afspraken.uitkomst).map(([value, label]) => ({ value, label }))]}
                />
                <TekstGebied id="poging-notitie" name="notitie" label="Notitie (niet verplicht)" rows={2} defaultValue={poging.invoer.notitie ?? ""} fout={poging.fouten.notitie} />
                <Knop disabled={bezig}>Poging vastleggen</Knop>
            </StapSectie>
          ) : null}
          {a.acties.includes("nummer") ? (
            <StapSectie id="nummer" titel="Telefoonnummer corrigeren" intent="nummer" versie={a.versie} melding={nummer.melding} noValidate uitleg={<p className="utrecht-paragraph">Het nummer bleek onjuist. Een verkeerd nummer telt niet als poging zonder gehoor.</p>}>
                <TekstVeld id="nummer-telefoon" name="telefoon" type="tel" label="Juiste telefoonnummer" defaultValue={nummer.invoer.telefoon ?? ""} fout={nummer.fouten.telefoon} />
                <Knop disabled={bezig}>Nummer opslaan</Knop>
            </StapSectie>
          ) : null}
          {a.acties.includes("niet_bereikbaar") ? (
            <StapSectie
              id="nb"
              titel="Inwoner niet bereikbaar"
              intent="niet_bereikbaar"
              versie={a.versie}
              melding={nietBereikbaar.melding}
              noValidate
              uitleg={<p className="utrecht-paragraph">Is er geen juist nummer te vinden? Leg dat vast; de inwoner krijgt het terugvalbericht.</p>}
            >
              <TekstVeld id="nb-reden" name="reden" label="Reden" defaultValue={nietBereikbaar.invoer.reden ?? ""} fout={nietBereikbaar.fouten.reden} />
              <Knop soort="secundair" disabled={bezig}>
                Niet bereikbaar vastleggen
              </Knop>
            </StapSectie>
          ) : null}
          {a.acties.includes("tijdstip") ? (
            <StapSectie id="tijdstip" titel="Ander tijdstip op verzoek van de inwoner" intent="tijdstip" versie={a.versie} melding={tijdstip.melding} noValidate>
                <TekstVeld id="tijdstip-op" name="op" type="datetime-local" label="Nieuw tijdstip" hint="Datum en tijd, bijvoorbeeld 2026-11-24 10:00." defaultValue={tijdstip.invoer.op ?? ""} fout={tijdstip.fouten.op} />
                <TekstVeld id="tijdstip-reden" name="reden" label="Waarom vraagt de inwoner dit?" defaultValue={tijdstip.invoer.reden ?? ""} fout={tijdstip.fouten.reden} />
                <Knop soort="secundair" disabled={bezig}>
                  Tijdstip vastleggen
                </Knop>
            </StapSectie>
          ) : null}
          {a.acties.includes("toewijzen") ? (
            <StapSectie id="toewijzen" titel="Toewijzen aan een ander" intent="toewijzen" versie={a.versie} melding={toewijzen.melding} noValidate>
                <Typeahead doel={aanRef} id="toewijzen-zoek" label="Zoek een collega of team" />
                <CollegaTeamSelect id="toewijzen-aan" name="aan" label="Collega of team" collegas={collegas} teams={teams} selectRef={aanRef} defaultValue={toewijzen.invoer.aan} fout={toewijzen.fouten.aan} />
                <Knop soort="secundair" disabled={bezig}>
                  Toewijzen
                </Knop>
            </StapSectie>
          ) : null}
          {a.acties.includes("overdracht") ? (
            <StapSectie id="overdracht" titel="Omzetten in een warme overdracht" intent="overdracht" versie={a.versie} melding={overdracht.melding} noValidate uitleg={<p className="utrecht-paragraph">Kan een collega de vraag beter beantwoorden? Draag hem warm over; de gegevens en de vraag gaan mee.</p>}>
                <Typeahead doel={ontvangerRef} id="overdracht-zoek" label="Zoek een collega of team" />
                <CollegaTeamSelect id="overdracht-ontvanger" name="ontvanger" label="Overdragen aan" collegas={collegas} teams={teams} selectRef={ontvangerRef} defaultValue={overdracht.invoer.ontvanger} fout={overdracht.fouten.ontvanger} />
                <TekstGebied id="overdracht-algedaan" name="alGedaan" label="Wat is al gezegd en gedaan?" rows={3} defaultValue={overdracht.invoer.alGedaan ?? ""} fout={overdracht.fouten.alGedaan} />
                <Knop soort="secundair" disabled={bezig}>
                  Warm overdragen
                </Knop>
            </StapSectie>
          ) : null}
          {a.acties.includes("annuleren") ? (
            <StapSectie id="annuleren" titel="Annuleren" intent="annuleren" versie={a.versie} melding={annuleren.melding} noValidate>
                <TekstVeld id="annuleren-reden" name="reden" label="Reden van annuleren" defaultValue={annuleren.invoer.reden ?? ""} fout={annuleren.fouten.reden} />
                <Knop soort="subtiel" disabled={bezig}>
                  Terugbelafspraak annuleren
                </Knop>
            </StapSectie>
          ) : null}
        </div>
      </div>
    </>
  );
}
