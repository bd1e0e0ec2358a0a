/**
 * One warm handover: its context (question, what was already said and done, contact details — audited read),
 * deadlines, timeline, and the steps open to this user now (pick up / decline, inform the citizen, close,
 * offer again, withdraw).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useRef } from "react";
import { Keuzelijst, Knop, Melding, PageTitle, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { toewijzingsKeuzes } from "~/features/terugbellen/terugbel.server";
import { afspraken } from "~/locales/nl/afspraken";
import { overdrachtDetail, overdrachtStap, type OverdrachtActie } from "~/features/overdracht/overdracht.server";
import { datumTijdInvoer } from "~/features/handvest/beheer.server";
import { now } from "~/platform/clock";
import css from "~/styles/afspraken.css";
import { CollegaTeamSelect, Termijnen, Tijdlijn, Typeahead } from "../features/terugbellen/components/velden";
import { StapSectie, useStapFormulier } from "~/platform/ui/stapformulier";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Warme overdracht – Afspraak" }];

const ACTIES: readonly OverdrachtActie[] = ["oppakken", "weigeren", "intrekken", "opnieuw", "geinformeerd", "afronden"];
const GEDAAN: Record<OverdrachtActie, string> = {
  oppakken: "U heeft de overdracht opgepakt. Informeer nu de inwoner over wie de vraag behandelt en wat er gebeurt.",
  weigeren: "U heeft de overdracht geweigerd; hij is terug bij de afzender.",
  intrekken: "De overdracht is ingetrokken.",
  opnieuw: "De overdracht is opnieuw aangeboden.",
  geinformeerd: "Vastgelegd dat de inwoner is geïnformeerd.",
  afronden: "De overdracht is afgerond.",
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const r = overdrachtDetail(id, user, origin(context));
  if (r.soort === "niet_gevonden") throw new Response("Niet gevonden", { status: 404 });
  if (r.soort === "geweigerd") {
    weiger(user, context, "overdracht.bekijken", id, "U heeft geen toegang tot deze overdracht: u bent geen afzender of ontvanger en hij hoort niet bij uw team.");
  }
  const url = new URL(request.url);
  const gedaan = url.searchParams.get("gedaan") as OverdrachtActie | null;
  const { collegas, teams } = toewijzingsKeuzes();
  return data(
    {
      o: r.data,
      nieuw: url.searchParams.has("nieuw"),
      gedaan: gedaan && GEDAAN[gedaan] ? GEDAAN[gedaan] : null,
      collegas: collegas.filter((c) => c.value !== `m:${user.id}`),
      teams,
      nuInvoer: datumTijdInvoer(now()),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const form = Object.fromEntries(await request.formData());
  const invoer = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)]));
  const actie = invoer.intent as OverdrachtActie;
  const versie = Number(invoer.versie);
  if (!ACTIES.includes(actie) || !Number.isInteger(versie)) {
    return data({ intent: actie, fouten: {}, melding: "Dit formulier is onvolledig. Laad de pagina opnieuw.", invoer }, { status: 400 });
  }
  const r = overdrachtStap(id, versie, actie, invoer, user, origin(context));
  if (r.ok) return redirect(`/overdrachten/${id}?gedaan=${actie}`);
  if (r.status === 403 && r.melding?.startsWith("U heeft geen toegang")) weiger(user, context, `overdracht.${actie}`, id);
  return data({ intent: actie, fouten: r.fouten, melding: r.melding, invoer }, { status: r.status });
}

export default function OverdrachtDetail() {
  const { o, nieuw, gedaan, collegas, teams, nuInvoer } = useLoaderData<typeof loader>();
  const nav = useNavigation();
  const bezig = nav.state === "submitting";
  const oppakken = useStapFormulier("oppakken");
  const weigeren = useStapFormulier("weigeren");
  const intrekken = useStapFormulier("intrekken");
  const opnieuw = useStapFormulier("opnieuw");
  const geinformeerd = useStapFormulier("geinformeerd");
  const afronden = useStapFormulier("afronden");
  const ontvangerRef = useRef<HTMLSelectElement>(null);
  const naam = o.burger.naam ?? "Anonieme inwoner";
  return (
    <>
      <PageTitle>Warme overdracht: {naam}</PageTitle>
      {nieuw ? (
        <Melding soort="ok" titel="Overdracht aangeboden">
          <p className="utrecht-paragraph">
            {o.ontvanger} krijgt bericht. U blijft verantwoordelijk tot de overdracht is afgerond; hij staat op uw lijst ‘Nog niet losgelaten’.
          </p>
        </Melding>
      ) : null}
      {gedaan ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gedaan}</p>
        </Melding>
      ) : null}
      <div className="afs-statusregel">
        <span className="afs-label">Status: {o.statusTekst}</span>
      </div>
      <div className="afs-detail">
        <div>
          <section className="afs-blok" aria-labelledby="context-titel">
            <h2 id="context-titel" className="utrecht-heading-2">
              Vraag en context
            </h2>
            <dl className="afs-gegevens">
              <dt>Vraag</dt>
              <dd>{o.vraag}</dd>
              <dt>Al gezegd en gedaan</dt>
              <dd>{o.alGedaan}</dd>
              <dt>Inwoner</dt>
              <dd>{naam}</dd>
              <dt>Telefoon</dt>
              <dd>
                {o.burger.telefoon && o.burger.telefoonE164 ? (
                  <a className="utrecht-link" href={`tel:${o.burger.telefoonE164}`}>
                    {o.burger.telefoon}
                  </a>
                ) : (
                  "niet opgegeven"
                )}
              </dd>
              <dt>E-mail</dt>
              <dd>{o.burger.email ?? "niet opgegeven"}</dd>
              <dt>Afzender</dt>
              <dd>{o.afzender}</dd>
              <dt>Aangeboden aan</dt>
              <dd>{o.ontvanger}</dd>
              <dt>Behandelaar</dt>
              <dd>{o.behandelaar ?? "nog niet opgepakt"}</dd>
            </dl>
            {o.bronId ? (
              <p className="utrecht-paragraph">
                <Link className="utrecht-link" to={`/terugbelafspraken/${o.bronId}`}>
                  Oorspronkelijke terugbelafspraak
                </Link>
              </p>
            ) : null}
            {o.burger.burgerId ? (
              <p className="utrecht-paragraph">
                <Link className="utrecht-link" to={`/klantbeeld/${o.burger.burgerId}`}>
                  Klantbeeld van {naam}
                </Link>
              </p>
            ) : null}
          </section>
          <section className="afs-blok" aria-labelledby="termijnen-titel">
            <h2 id="termijnen-titel" className="utrecht-heading-2">
              Termijnen
            </h2>
            <Termijnen termijnen={o.termijnen} />
          </section>
          {o.weigeringen.length ? (
            <section className="afs-blok" aria-labelledby="weigeringen-titel">
              <h2 id="weigeringen-titel" className="utrecht-heading-2">
                Geweigerd
              </h2>
              <ul>
                {o.weigeringen.map((w, i) => (
                  <li key={i}>
                    {w.door}
                    {w.aan !== w.door ? ` (namens ${w.aan})` : ""}: {w.reden}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {o.informatie ? (
            <section className="afs-blok" aria-labelledby="info-titel">
              <h2 id="info-titel" className="utrecht-heading-2">
                Inwoner geïnformeerd
              </h2>
              <dl className="afs-gegevens">
                <dt>Hoe</dt>
                <dd>{o.informatie.hoe}</dd>
                <dt>Wanneer</dt>
                <dd>{o.informatie.op}</dd>
                <dt>Contactpersoon</dt>
                <dd>{o.informatie.contactpersoon}</dd>
                <dt>Vervolgstap</dt>
                <dd>{o.informatie.vervolgstap}</dd>
              </dl>
            </section>
          ) : null}
          {o.intrekReden ? <p className="utrecht-paragraph">Ingetrokken. Reden: {o.intrekReden}</p> : null}
          <Tijdlijn regels={o.tijdlijn} titelId="verloop-titel" />
        </div>
        <div>
          {o.acties.length ? (
            <h2 className="utrecht-heading-2" id="acties-titel">
              Wat kunt u nu doen?
            </h2>
          ) : (
            <p className="utrecht-paragraph">{o.open ? "Er is nu geen stap voor u te zetten." : "Deze overdracht is afgesloten."}</p>
          )}
          {o.acties.includes("oppakken") ? (
            <StapSectie id="oppakken" titel="Oppakken" intent="oppakken" versie={o.versie} melding={oppakken.melding} uitleg={<p className="utrecht-paragraph">U wordt de behandelaar en informeert de inwoner.</p>}>
                <Knop disabled={bezig}>Overdracht oppakken</Knop>
            </StapSectie>
          ) : null}
          {o.acties.includes("weigeren") ? (
            <StapSectie id="weigeren" titel="Weigeren" intent="weigeren" versie={o.versie} melding={weigeren.melding} noValidate>
                <TekstVeld id="weigeren-reden" name="reden" label="Reden van weigeren" hint="Bijvoorbeeld: hoort bij een ander team." defaultValue={weigeren.invoer.reden ?? ""} fout={weigeren.fouten.reden} />
                <Knop soort="secundair" disabled={bezig}>
                  Overdracht weigeren
                </Knop>
            </StapSectie>
          ) : null}
          {o.acties.includes("opnieuw") ? (
            <StapSectie id="opnieuw" titel="Opnieuw aanbieden" intent="opnieuw" versie={o.versie} melding={opnieuw.melding} noValidate>
                <Typeahead doel={ontvangerRef} id="opnieuw-zoek" label="Zoek een collega of team" />
                <CollegaTeamSelect id="opnieuw-ontvanger" name="ontvanger" label="Aanbieden aan" collegas={collegas} teams={teams} selectRef={ontvangerRef} defaultValue={opnieuw.invoer.ontvanger} fout={opnieuw.fouten.ontvanger} />
                <TekstGebied id="opnieuw-toelichting" name="toelichting" label="Aanvulling op wat al is gezegd en gedaan (niet verplicht)" rows={2} defaultValue={opnieuw.invoer.toelichting ?? ""} />
                <Knop disabled={bezig}>Opnieuw aanbieden</Knop>
            </StapSectie>
          ) : null}
          {o.acties.includes("geinformeerd") ? (
            <StapSectie id="geinformeerd" titel="Inwoner geïnformeerd" intent="geinformeerd" versie={o.versie} melding={geinformeerd.melding} noValidate uitleg={<p className="utrecht-paragraph">Leg vast hoe en wanneer de inwoner hoorde wie de vraag behandelt en wat de vervolgstap is.</p>}>
                <Keuzelijst id="geinformeerd-hoe" name="hoe" label="Hoe" defaultValue={geinformeerd.invoer.hoe ?? "telefoon"} fout={geinformeerd.fouten.hoe} opties={Object.entries(afspraken.hoe).map(([value, label]) => ({ value, label }))} />
                <TekstVeld id="geinformeerd-op" name="op" type="datetime-local" label="Wanneer" defaultValue={geinformeerd.invoer.op ?? nuInvoer} fout={geinformeerd.fouten.op} />
                <TekstVeld id="geinformeerd-contactpersoon" name="contactpersoon" label="Contactpersoon van de inwoner" defaultValue={geinformeerd.invoer.contactpersoon ?? o.behandelaar ?? ""} fout={geinformeerd.fouten.contactpersoon} />
                <TekstGebied id="geinformeerd-vervolgstap" name="vervolgstap" label="Vervolgstap" rows={2} defaultValue={geinformeerd.invoer.vervolgstap ?? ""} fout={geinformeerd.fouten.vervolgstap} />
                <Knop disabled={bezig}>Vastleggen</Knop>
            </StapSectie>
          ) : null}
          {o.acties.includes("afronden") ? (
            <StapSectie id="afronden" titel="Afronden" intent="afronden" versie={o.versie} melding={afronden.melding} uitleg={<p className="utrecht-paragraph">De inwoner weet wie de vraag behandelt en wat er gebeurt. Rond de overdracht af om hem los te laten.</p>}>
                <Knop disabled={bezig}>Overdracht afronden</Knop>
            </StapSectie>
          ) : null}
          {o.acties.includes("intrekken") ? (
            <StapSectie id="intrekken" titel="Intrekken" intent="intrekken" versie={o.versie} melding={intrekken.melding} noValidate>
                <TekstVeld id="intrekken-reden" name="reden" label="Reden van intrekken" defaultValue={intrekken.invoer.reden ?? ""} fout={intrekken.fouten.reden} />
                <Knop soort="subtiel" disabled={bezig}>
                  Overdracht intrekken
                </Knop>
            </StapSectie>
          ) : null}
        </div>
      </div>
    </>
  );
}
