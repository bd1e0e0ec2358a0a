/**
 * One improvement action: its lesson, owner and due date (a deadline row the engine watches), its history, and
 * only the steps the workflow allows now for this user — each a small POST form carrying `versie`. When the
 * action is realised, the page measures the effect: complaints on the lesson's theme in the N months before vs
 * after realisation (N = 3, 6 or 12), and the evaluation stores those numbers.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { Keuzelijst, Knop, Melding, PageTitle, StatusLabel, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import {
  EFFECTEN,
  EFFECT_TEKST,
  EVALUATIE_VENSTERS,
  STAP_INTENTS,
  effectVoorActie,
  eigenaarKeuzes,
  leesStap,
  verbeteractieDetail,
  voerActieStapUit,
  type EffectMeting,
  type Fouten,
  type StapIntent,
} from "~/features/verbeteracties/verbeteracties.server";
import { normNaam } from "~/features/klachten/recht";
import { formatDatum, formatDatumTijd, MAANDEN_KORT } from "~/domain/kalender/format";
import { isoDatum } from "~/domain/kalender/tijd";
import { now } from "~/platform/clock";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.d.actie.nummer ?? "Verbeteractie"} – Afspraak` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const d = verbeteractieDetail(user, id);
  if (!d) throw new Response("Niet gevonden", { status: 404 });
  if (d === "geweigerd") weiger(user, context, "verbeteractie.bekijken", id, "U heeft geen toegang tot deze verbeteractie.");
  const u = new URL(request.url).searchParams;
  const gevraagd = Number(u.get("venster"));
  const venster = (EVALUATIE_VENSTERS as readonly number[]).includes(gevraagd) ? gevraagd : (d.actie.vensterMaanden ?? 6);
  const meting = d.actie.gerealiseerdOp !== null ? effectVoorActie(id, venster) : null;
  return data(
    {
      d,
      venster,
      meting,
      eigenaren: d.stappen.includes("WIJZIGEN") ? eigenaarKeuzes() : [],
      // Constants travel with the data: *.server modules are not in the browser bundle.
      effecten: EFFECTEN.map((e) => ({ value: e, label: EFFECT_TEKST[e] })),
      vensters: [...EVALUATIE_VENSTERS] as number[],
      vandaag: isoDatum(now()),
      nieuw: u.has("nieuw"),
      gedaan: u.get("gedaan"),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

type Antwoord = { intent: string; fouten: Fouten; melding: string | null; invoer: Record<string, string> };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const d = verbeteractieDetail(user, id);
  if (!d) throw new Response("Niet gevonden", { status: 404 });
  if (d === "geweigerd") weiger(user, context, "verbeteractie.wijzigen", id, "U heeft geen toegang tot deze verbeteractie.");
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const versie = Number(form.get("versie"));
  const invoer = Object.fromEntries([...form.keys()].map((k) => [k, String(form.get(k))]));
  if (!Number.isInteger(versie) || !(STAP_INTENTS as readonly string[]).includes(intent)) {
    return data({ intent, fouten: {}, melding: "Dit formulier is onvolledig. Laad de pagina opnieuw.", invoer } as Antwoord, { status: 400 });
  }
  const stap = leesStap(id, intent as StapIntent, form);
  if (!stap.ok) return data({ intent, fouten: stap.fouten, melding: null, invoer } as Antwoord, { status: 400 });
  const r = voerActieStapUit(user, id, versie, stap.event, origin(context));
  if (r.ok) return redirect(`/verbeteracties/${id}?gedaan=${intent}`);
  const status = r.reden === "verouderd" ? 409 : r.reden === "geweigerd" ? 403 : 422;
  return data({ intent, fouten: r.fouten ?? {}, melding: r.melding, invoer } as Antwoord, { status });
}

const TITEL: Record<StapIntent, string> = {
  STARTEN: "Verbeteractie starten",
  REALISEREN: "Vastleggen dat de actie is gerealiseerd",
  EVALUEREN: "Effect evalueren",
  AFWIJZEN: "Verbeteractie afwijzen",
  WIJZIGEN: "Eigenaar of deadline wijzigen",
};
const GEDAAN: Record<string, string> = {
  STARTEN: "De verbeteractie is gestart en staat nu op ‘In uitvoering’.",
  REALISEREN: "Vastgelegd: de verbeteractie is gerealiseerd.",
  EVALUEREN: "De evaluatie is vastgelegd, met de gemeten aantallen.",
  AFWIJZEN: "De verbeteractie is afgewezen; de termijn is gestopt.",
  WIJZIGEN: "Eigenaar en deadline zijn bijgewerkt.",
};
const EVENT_TEKST: Record<string, string> = {
  AANGEMAAKT: "Voorgesteld",
  STARTEN: "Gestart",
  REALISEREN: "Gerealiseerd",
  EVALUEREN: "Geëvalueerd",
  AFWIJZEN: "Afgewezen",
  WIJZIGEN: "Eigenaar/deadline gewijzigd",
  "TERMIJN.WAARSCHUWING": "Termijn bijna verlopen: eigenaar gewaarschuwd",
  "TERMIJN.VERLOPEN": "Termijn verlopen: teamleider geïnformeerd",
  "TERMIJN.ESCALATIE": "Geëscaleerd naar het regieteam",
};

function maandTekst(yyyymm: number): string {
  return `${MAANDEN_KORT[yyyymm % 100]} ${Math.floor(yyyymm / 100)}`;
}
function getal(n: number): string {
  return n.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
}

function Meting({ m, normen }: { m: EffectMeting; normen: number[] }) {
  const thema = `${normen.length ? normen.map((n) => `${n}. ${normNaam(n)}`).join(", ") : "(de les heeft geen normen)"}`;
  return (
    <>
      <p className="utrecht-paragraph">
        Klachten met {normen.length === 1 ? "de norm" : "een van de normen"} {thema}
        {m.afdelingId !== null ? " binnen de afdeling van de les" : ""}, naar maand van ontvangst. De maand van realisatie ({maandTekst(m.realisatieMaand)}) telt niet mee.
      </p>
      <dl className="ll-gegevens">
        <dt>Vóór ({maandTekst(m.voor.van)} – {maandTekst(m.voor.tot)})</dt>
        <dd>{m.voor.aantal} ({getal(m.perMaandVoor)} per maand)</dd>
        <dt>Na ({maandTekst(m.na.van)} – {maandTekst(m.na.tot)})</dt>
        <dd>
          {m.na.maandenCompleet === 0
            ? "Nog geen volledige maand na de realisatie."
            : `${m.na.aantal}${m.compleet ? "" : ` in ${m.na.maandenCompleet} ${m.na.maandenCompleet === 1 ? "maand" : "maanden"}`} (${getal(m.perMaandNa ?? 0)} per maand)`}
        </dd>
        <dt>Verandering</dt>
        <dd>
          {m.verandering === null
            ? "Niet te berekenen (geen klachten vóór de realisatie of nog geen volledige maand erna)."
            : `${m.verandering > 0 ? "+" : m.verandering < 0 ? "−" : ""}${getal(Math.abs(m.verandering))}% ${m.verandering < 0 ? "minder" : m.verandering > 0 ? "meer" : "gelijk"}${m.compleet ? "" : " (per maand vergeleken)"}`}
        </dd>
      </dl>
      {!m.compleet ? (
        <Melding soort="waarschuwing" titel="Het meetvenster na de realisatie is nog niet compleet">
          <p className="utrecht-paragraph">
            {m.na.maandenCompleet} van de {m.vensterMaanden} maanden na de realisatie zijn voorbij; daarom worden de gemiddelden per maand vergeleken.
          </p>
        </Melding>
      ) : null}
      <table className="ll-tabel">
        <caption className="afs-sr">Klachten per maand vóór en na de realisatie</caption>
        <thead>
          <tr>
            <th scope="col">Maand</th>
            <th scope="col">Venster</th>
            <th scope="col" className="ll-getal">Klachten</th>
          </tr>
        </thead>
        <tbody>
          {m.maanden.map((r) => (
            <tr key={r.maand}>
              <th scope="row">{maandTekst(r.maand)}</th>
              <td>{r.venster === "voor" ? "vóór" : "na"}</td>
              <td className="ll-getal">{r.aantal}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ll-zacht">Bron: de maandtelling van klachten per behoorlijkheidsnorm; een klacht met twee van deze normen telt twee keer.</p>
    </>
  );
}

export default function VerbeteractiePagina() {
  const { d, venster, meting, eigenaren, vandaag, nieuw, gedaan, effecten, vensters } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>() as Antwoord | undefined;
  const a = d.actie;
  const lopend = d.termijnen.find((t) => t.status === "lopend");
  const s = (intent: string, k: string, standaard = "") => (ad?.intent === intent && typeof ad.invoer[k] === "string" ? ad.invoer[k]! : standaard);
  const f = (intent: string): Fouten => (ad?.intent === intent ? ad.fouten : {});
  const velden = (intent: StapIntent): ReactNode => {
    switch (intent) {
      case "STARTEN":
        return <p className="utrecht-paragraph">De eigenaar gaat aan de slag; de deadline blijft {formatDatumTijd(a.termijnOp)}.</p>;
      case "REALISEREN":
        return <TekstGebied id="realiseren-toelichting" name="toelichting" label="Wat is er gerealiseerd?" rows={3} defaultValue={s(intent, "toelichting")} fout={f(intent).toelichting} />;
      case "AFWIJZEN":
        return <TekstGebied id="afwijzen-reden" name="reden" label="Reden van afwijzing" rows={2} defaultValue={s(intent, "reden")} fout={f(intent).reden} />;
      case "WIJZIGEN":
        return (
          <>
            <Keuzelijst id="wijzigen-eigenaar" name="eigenaarId" label="Eigenaar" defaultValue={s(intent, "eigenaarId", a.eigenaarId ?? "")} fout={f(intent).eigenaarId} opties={eigenaren.map((m) => ({ value: m.id, label: m.naam }))} />
            <TekstVeld id="wijzigen-deadline" name="deadline" type="date" min={vandaag} label="Gerealiseerd uiterlijk op" hint="Een nieuwe datum verzet de termijn." defaultValue={s(intent, "deadline", a.deadline)} fout={f(intent).deadline} />
          </>
        );
      case "EVALUEREN":
        return (
          <>
            <p className="utrecht-paragraph">De evaluatie slaat de hierboven getoonde aantallen op (meetvenster {venster} maanden).</p>
            <input type="hidden" name="venster" value={venster} />
            <Keuzelijst id="evalueren-effect" name="effect" label="Was de verbeteractie effectief?" defaultValue={s(intent, "effect")} fout={f(intent).effect ?? f(intent).venster} opties={[{ value: "", label: "Kies" }, ...effecten]} />
            <TekstGebied id="evalueren-toelichting" name="toelichting" label="Toelichting op het oordeel" rows={3} defaultValue={s(intent, "toelichting")} fout={f(intent).toelichting} />
          </>
        );
    }
  };
  return (
    <>
      <PageTitle intro={`${a.statusTekst} · uiterlijk ${formatDatum(a.termijnOp)}${a.eigenaarNaam ? ` · eigenaar ${a.eigenaarNaam}` : ""}`}>
        {a.nummer}: {a.titel}
      </PageTitle>
      <p className="utrecht-paragraph"><Link to="/verbeteracties" className="utrecht-link">Terug naar de verbeteracties</Link></p>
      {nieuw ? <Melding soort="ok" titel="De verbeteractie is aangemaakt">De termijn loopt; de eigenaar krijgt een waarschuwing vóór de deadline.</Melding> : null}
      {gedaan ? <Melding soort="ok">{GEDAAN[gedaan] ?? "De stap is vastgelegd."}</Melding> : null}
      <div className="ll-raster">
        <div>
          <section className="ll-blok" aria-labelledby="actie-kop">
            <h2 id="actie-kop" className="utrecht-heading-2">De verbeteractie</h2>
            <dl className="ll-gegevens">
              <dt>Omschrijving</dt>
              <dd>{a.omschrijving}</dd>
              <dt>Les</dt>
              <dd>{d.les ? <Link to={`/leerlogboek/${d.les.id}`}>{d.les.nummer}: {d.les.titel}</Link> : "—"}</dd>
              <dt>Status</dt>
              <dd>{a.statusTekst}</dd>
              <dt>Eigenaar</dt>
              <dd>{a.eigenaarNaam ?? "—"}</dd>
              <dt>Afdeling</dt>
              <dd>{a.afdeling ?? "Organisatiebreed"}</dd>
              <dt>Deadline</dt>
              <dd>{formatDatumTijd(a.termijnOp)} <StatusLabel status={a.termijnStatus} /></dd>
              {a.gestartOp ? (<><dt>Gestart</dt><dd>{formatDatum(a.gestartOp)}</dd></>) : null}
              {a.gerealiseerdOp ? (<><dt>Gerealiseerd</dt><dd>{formatDatum(a.gerealiseerdOp)} — {a.opTijd ? "op tijd" : "te laat"}{a.realisatieToelichting ? `. ${a.realisatieToelichting}` : ""}</dd></>) : null}
              {a.afwijsreden ? (<><dt>Afgewezen</dt><dd>{a.afwijsreden}</dd></>) : null}
              {a.effect ? (
                <>
                  <dt>Effect</dt>
                  <dd>
                    {a.effect}. {a.evaluatieToelichting}
                    {a.vensterMaanden ? ` (gemeten: ${a.herhaalVoor ?? "—"} klachten in ${a.vensterMaanden} maanden vóór, ${a.herhaalNa ?? "—"} in ${a.naMaanden ?? a.vensterMaanden} ${a.naMaanden === 1 ? "maand" : "maanden"} na de realisatie)` : ""}
                  </dd>
                </>
              ) : null}
            </dl>
          </section>

          {d.stappen.length ? (
            <section className="ll-blok ll-acties" aria-labelledby="stappen-kop">
              <h2 id="stappen-kop" className="utrecht-heading-2">Wat kan nu</h2>
              {d.stappen.map((intent) => (
                <details key={intent} open={ad?.intent === intent || undefined}>
                  <summary>{TITEL[intent]}</summary>
                  <Form method="post" noValidate>
                    <input type="hidden" name="intent" value={intent} />
                    <input type="hidden" name="versie" value={a.versie} />
                    {ad?.intent === intent && ad.melding ? (
                      <Melding soort="fout" titel="Dit kan (nog) niet">
                        <p className="utrecht-paragraph">{ad.melding}</p>
                      </Melding>
                    ) : null}
                    {velden(intent)}
                    <Knop>{TITEL[intent]}</Knop>
                  </Form>
                </details>
              ))}
            </section>
          ) : null}

          {meting ? (
            <section className="ll-blok" aria-labelledby="effect-kop">
              <h2 id="effect-kop" className="utrecht-heading-2">Effect: zijn de herhaalklachten gedaald?</h2>
              <Form method="get" className="ll-filters" aria-label="Meetvenster kiezen">
                <Keuzelijst id="venster" label="Meetvenster" defaultValue={String(venster)} opties={vensters.map((n) => ({ value: String(n), label: `${n} maanden vóór en na` }))} />
                <Knop soort="secundair">Tonen</Knop>
              </Form>
              <Meting m={meting} normen={d.les?.normen ?? []} />
            </section>
          ) : null}
        </div>

        <div>
          <section className="ll-blok" aria-labelledby="termijn-kop">
            <h2 id="termijn-kop" className="utrecht-heading-2">Termijn</h2>
            {lopend ? (
              <p className="utrecht-paragraph">
                Loopt tot {lopend.tekst}
                {lopend.verzet ? " (verzet)" : ""}. De eigenaar krijgt een waarschuwing bij 80% van de tijd; op de deadline gaat een melding naar de teamleider, enkele werkdagen later naar het regieteam.
              </p>
            ) : d.termijnen[0] ? (
              <p className="utrecht-paragraph">
                {d.termijnen[0].status === "gehaald" ? (d.termijnen[0].opTijd ? "Op tijd gehaald." : "Te laat gehaald.") : "De termijn is gestopt."}
              </p>
            ) : (
              <p className="utrecht-paragraph">Er loopt geen termijn.</p>
            )}
          </section>
          <section className="ll-blok" aria-labelledby="geschiedenis-kop">
            <h2 id="geschiedenis-kop" className="utrecht-heading-2">Geschiedenis</h2>
            <ol className="ll-lijst">
              {d.geschiedenis.map((g, i) => (
                <li key={i}>
                  <span className="ll-zacht">{formatDatumTijd(g.op)} · {g.door ?? "systeem"}</span>
                  <p className="utrecht-paragraph">{EVENT_TEKST[g.type] ?? g.type}</p>
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </>
  );
}
