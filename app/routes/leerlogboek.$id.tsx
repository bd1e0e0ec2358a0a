/**
 * One lesson. Every member of staff reads it; linked items are described without any employee or citizen names.
 * The regieteam also sees the links to the dossiers, edits the lesson (optimistic `versie`), adds and removes
 * links ("Koppeling toevoegen": a klachtnummer or a pick from recent items — works without JavaScript) and
 * starts improvement actions with an owner and a due date.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, PageTitle, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { LesVelden } from "~/features/leerlogboek/components/leerlogboek";
import { heeft, requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import {
  keuzes,
  klachtOpNummer,
  koppelKeuzes,
  korteDatum,
  leesKoppeling,
  leesLes,
  lesDetail,
  lesWaarden,
  verwijderKoppeling,
  voegKoppelingToe,
  wijzigLes,
  type Fouten,
} from "~/features/leerlogboek/leerlogboek.server";
import { actiesVanLes, eigenaarKeuzes, leesNieuweActie, maakVerbeteractie, magActieZien } from "~/features/verbeteracties/verbeteracties.server";
import { normNaam } from "~/features/klachten/recht";
import { formatDatum } from "~/domain/kalender/format";
import { isoDatum } from "~/domain/kalender/tijd";
import { now } from "~/platform/clock";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.les.nummer ?? "Les"} – Leerlogboek – Afspraak` }];

function lesId(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id < 1) throw new Response("Niet gevonden", { status: 404 });
  return id;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = lesId(params);
  const les = lesDetail(user, id, origin(context));
  if (!les) throw new Response("Niet gevonden", { status: 404 });
  const regieteam = heeft(user, "regieteam");
  const acties = actiesVanLes(id).map((a) => ({
    id: a.id,
    nummer: a.nummer,
    titel: a.titel,
    statusTekst: a.statusTekst,
    deadline: a.termijnOp,
    teLaat: a.teLaat,
    // The owner is named only to those who may open the action (blameless: the log names processes).
    eigenaarNaam: regieteam ? a.eigenaarNaam : null,
    magOpenen: magActieZien(user, a.eigenaarId),
  }));
  const u = new URL(request.url).searchParams;
  return data(
    {
      les: { ...les, datum: korteDatum(les.aangemaaktOp) },
      acties,
      regieteam,
      keuzes: regieteam ? keuzes() : null,
      koppelKeuzes: regieteam ? koppelKeuzes() : null,
      eigenaren: regieteam ? eigenaarKeuzes() : [],
      vandaag: isoDatum(now()),
      nieuw: u.has("nieuw"),
      klachtenVerder: u.get("klachten")?.split(",").filter(Boolean) ?? [],
      gedaan: u.get("gedaan"),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

type Antwoord = { intent: string; fouten: Fouten; melding: string | null; invoer: Record<string, string | string[]> };

function fout(a: Antwoord, status: number) {
  return data(a, { status });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const id = lesId(params);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const invoer: Record<string, string | string[]> = Object.fromEntries(
    [...new Set(form.keys())].map((k) => [k, k === "normen" ? form.getAll(k).map(String) : String(form.get(k))]),
  );
  const oorsprong = origin(context);
  switch (intent) {
    case "bewerken": {
      const versie = Number(form.get("versie"));
      const p = leesLes(lesWaarden(form));
      if (!p.ok) return fout({ intent, fouten: p.fouten, melding: null, invoer }, 400);
      const r = wijzigLes(user, id, versie, p.invoer, oorsprong);
      if (!r.ok) return fout({ intent, fouten: r.fouten ?? {}, melding: r.melding, invoer }, r.reden === "verouderd" ? 409 : r.reden === "niet_gevonden" ? 404 : 400);
      const q = new URLSearchParams({ gedaan: "bewerkt" });
      if (r.klachtenVerder.length) q.set("klachten", r.klachtenVerder.join(","));
      return redirect(`/leerlogboek/${id}?${q.toString()}`);
    }
    case "koppel": {
      const nummer = String(form.get("klachtnummer") ?? "").trim();
      const keuze = String(form.get("keuze") ?? "");
      let k = keuze ? leesKoppeling(keuze) : null;
      if (nummer) {
        const kl = klachtOpNummer(nummer);
        if (!kl) return fout({ intent, fouten: { klachtnummer: ["Er is geen klacht met dit nummer (bijvoorbeeld KL-2026-0012)."] }, melding: null, invoer }, 400);
        k = { soort: "klacht", ref: kl.id };
      }
      if (!k) return fout({ intent, fouten: { keuze: ["Kies een item of vul een klachtnummer in."] }, melding: null, invoer }, 400);
      const r = voegKoppelingToe(user, id, k, oorsprong);
      if (!r.ok) return fout({ intent, fouten: r.fouten ?? {}, melding: r.fouten ? null : r.melding, invoer }, 400);
      const q = new URLSearchParams({ gedaan: "gekoppeld" });
      if (r.klachtenVerder.length) q.set("klachten", r.klachtenVerder.join(","));
      return redirect(`/leerlogboek/${id}?${q.toString()}`);
    }
    case "ontkoppel": {
      const k = leesKoppeling(String(form.get("koppeling") ?? ""));
      if (!k) return fout({ intent, fouten: {}, melding: "Deze koppeling bestaat niet.", invoer }, 400);
      const r = verwijderKoppeling(user, id, k, oorsprong);
      if (!r.ok) return fout({ intent, fouten: {}, melding: r.melding, invoer }, 400);
      return redirect(`/leerlogboek/${id}?gedaan=ontkoppeld`);
    }
    case "actie": {
      const p = leesNieuweActie(form);
      if (!p.ok) return fout({ intent, fouten: p.fouten, melding: null, invoer }, 400);
      const r = maakVerbeteractie(user, id, p.invoer, oorsprong);
      if (!r.ok) return fout({ intent, fouten: r.fouten ?? {}, melding: r.melding, invoer }, 400);
      return redirect(`/verbeteracties/${r.id}?nieuw=1`);
    }
    default:
      return fout({ intent, fouten: {}, melding: "Dit formulier is onvolledig. Laad de pagina opnieuw.", invoer }, 400);
  }
}

const GEDAAN: Record<string, string> = {
  bewerkt: "De les is bijgewerkt.",
  gekoppeld: "De koppeling is toegevoegd.",
  ontkoppeld: "De koppeling is verwijderd.",
};

export default function LesPagina() {
  const d = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>() as Antwoord | undefined;
  const l = d.les;
  const hier = (intent: string) => (ad?.intent === intent ? ad : null);
  const s = (a: Antwoord | null, k: string, standaard = "") => (a && typeof a.invoer[k] === "string" ? (a.invoer[k] as string) : standaard);
  const bewerken = hier("bewerken");
  const koppel = hier("koppel");
  const actie = hier("actie");
  return (
    <>
      <PageTitle intro={`${l.processtapTekst} · ${l.afdeling ?? "organisatiebreed"} · vastgelegd ${l.datum}`}>
        {l.nummer}: {l.titel}
      </PageTitle>
      <p className="utrecht-paragraph"><Link to="/leerlogboek" className="utrecht-link">Terug naar het leerlogboek</Link></p>
      {d.nieuw ? <Melding soort="ok" titel="De les is vastgelegd">Maak zo nodig een verbeteractie aan met een eigenaar en een datum.</Melding> : null}
      {d.gedaan ? <Melding soort="ok">{GEDAAN[d.gedaan] ?? "Opgeslagen."}</Melding> : null}
      {d.klachtenVerder.length ? (
        <Melding soort="ok" titel="Klachtdossier bijgewerkt">
          <p className="utrecht-paragraph">De les is ook in het dossier van {d.klachtenVerder.join(", ")} vastgelegd; het dossier kan nu worden gesloten.</p>
        </Melding>
      ) : null}
      {ad?.melding && !["actie", "koppel", "bewerken"].includes(ad.intent) ? <Melding soort="fout">{ad.melding}</Melding> : null}
      <div className="ll-raster">
        <div>
          <section className="ll-blok" aria-labelledby="les-kop">
            <h2 id="les-kop" className="utrecht-heading-2">De les</h2>
            <dl className="ll-gegevens">
              <dt>Wat gebeurde er</dt>
              <dd>{l.watGebeurde}</dd>
              <dt>Oorzaak</dt>
              <dd>{l.oorzaak}</dd>
              <dt>Normen</dt>
              <dd>{l.normen.map((n) => `${n}. ${normNaam(n)}`).join(", ")}</dd>
              <dt>Processtap</dt>
              <dd>{l.processtapTekst}</dd>
              <dt>Afdeling</dt>
              <dd>{l.afdeling ?? "Organisatiebreed"}</dd>
              <dt>Les</dt>
              <dd>{l.les}</dd>
            </dl>
          </section>

          <section className="ll-blok" aria-labelledby="acties-kop">
            <h2 id="acties-kop" className="utrecht-heading-2">Verbeteracties</h2>
            {d.acties.length ? (
              <ul className="ll-lijst">
                {d.acties.map((a) => (
                  <li key={a.id}>
                    {a.magOpenen ? <Link to={`/verbeteracties/${a.id}`}>{a.nummer}</Link> : a.nummer}: {a.titel} — {a.statusTekst}
                    {a.teLaat ? <span className="ll-status"> te laat</span> : null}
                    <span className="ll-zacht"> · uiterlijk {formatDatum(a.deadline)}{a.eigenaarNaam ? ` · eigenaar ${a.eigenaarNaam}` : ""}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">Er zijn nog geen verbeteracties bij deze les.</p>
            )}
            {d.regieteam ? (
              <details className="ll-acties" open={actie ? true : undefined}>
                <summary>Verbeteractie aanmaken</summary>
                <Form method="post" noValidate>
                  <input type="hidden" name="intent" value="actie" />
                  {actie?.melding ? <Melding soort="fout" titel="De verbeteractie is niet aangemaakt"><p className="utrecht-paragraph">{actie.melding}</p></Melding> : null}
                  <TekstVeld id="actie-titel" name="titel" label="Titel van de verbeteractie" defaultValue={s(actie, "titel")} fout={actie?.fouten.titel} />
                  <TekstGebied id="actie-omschrijving" name="omschrijving" label="Wat gaat er veranderen?" defaultValue={s(actie, "omschrijving")} fout={actie?.fouten.omschrijving} rows={3} />
                  <Keuzelijst
                    id="actie-eigenaar"
                    name="eigenaarId"
                    label="Eigenaar"
                    defaultValue={s(actie, "eigenaarId")}
                    fout={actie?.fouten.eigenaarId}
                    opties={[{ value: "", label: "Kies de eigenaar" }, ...d.eigenaren.map((m) => ({ value: m.id, label: m.naam }))]}
                  />
                  <TekstVeld
                    id="actie-deadline"
                    name="deadline"
                    type="date"
                    label="Gerealiseerd uiterlijk op"
                    hint="Een datum in de toekomst; de termijn loopt tot de sluitingstijd van die dag."
                    min={d.vandaag}
                    defaultValue={s(actie, "deadline")}
                    fout={actie?.fouten.deadline}
                  />
                  <Knop>Verbeteractie aanmaken</Knop>
                </Form>
              </details>
            ) : null}
          </section>

          {d.regieteam && d.keuzes ? (
            <section className="ll-blok ll-acties" aria-labelledby="bewerken-kop">
              <h2 id="bewerken-kop" className="utrecht-heading-2">Les bewerken</h2>
              <details open={bewerken ? true : undefined}>
                <summary>Tekst, normen en processtap wijzigen</summary>
                <Form method="post" noValidate>
                  <input type="hidden" name="intent" value="bewerken" />
                  <input type="hidden" name="versie" value={bewerken ? s(bewerken, "versie", String(l.versie)) : l.versie} />
                  {bewerken?.melding ? <Melding soort="fout" titel="Niet opgeslagen"><p className="utrecht-paragraph">{bewerken.melding}</p></Melding> : null}
                  <LesVelden
                    waarden={
                      bewerken
                        ? (bewerken.invoer as Record<string, string> & { normen?: string[] })
                        : {
                            titel: l.titel,
                            watGebeurde: l.watGebeurde,
                            oorzaak: l.oorzaak,
                            les: l.les,
                            normen: l.normen.map(String),
                            processtap: l.processtap,
                            afdelingId: l.afdelingId ? String(l.afdelingId) : "",
                          }
                    }
                    fouten={bewerken?.fouten ?? {}}
                    afdelingen={d.keuzes.afdelingen}
                    normen={d.keuzes.normen}
                    processtappen={d.keuzes.processtappen}
                  />
                  <Knop>Wijzigingen opslaan</Knop>
                </Form>
              </details>
            </section>
          ) : null}
        </div>

        <div>
          <section className="ll-blok" aria-labelledby="koppelingen-kop">
            <h2 id="koppelingen-kop" className="utrecht-heading-2">Waar gaat deze les over?</h2>
            {l.koppelingen.length ? (
              <ul className="ll-lijst">
                {l.koppelingen.map((k) => (
                  <li key={`${k.soort}:${k.ref}`}>
                    {k.href ? <Link to={k.href}>{k.omschrijving}</Link> : k.omschrijving}
                    {k.detail ? <p className="ll-zacht">{k.detail}</p> : null}
                    {d.regieteam ? (
                      <Form method="post" className="ll-inline">
                        <input type="hidden" name="intent" value="ontkoppel" />
                        <input type="hidden" name="koppeling" value={`${k.soort}:${k.ref}`} />
                        <Knop soort="subtiel" aria-label={`Koppeling verwijderen: ${k.omschrijving}`}>Verwijderen</Knop>
                      </Form>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">Deze les is (nog) niet gekoppeld aan een klacht, afspraak of compliment.</p>
            )}
            {!d.regieteam ? (
              <p className="ll-zacht">Namen van medewerkers en inwoners worden in het leerlogboek niet getoond.</p>
            ) : null}
            {d.regieteam && d.koppelKeuzes ? (
              <details className="ll-acties" open={koppel ? true : undefined}>
                <summary>Koppeling toevoegen</summary>
                <Form method="post" noValidate>
                  <input type="hidden" name="intent" value="koppel" />
                  {koppel?.melding ? <Melding soort="fout"><p className="utrecht-paragraph">{koppel.melding}</p></Melding> : null}
                  <TekstVeld id="klachtnummer" label="Klachtnummer" hint="Bijvoorbeeld KL-2026-0012" defaultValue={s(koppel, "klachtnummer")} fout={koppel?.fouten.klachtnummer ?? koppel?.fouten.koppeling} />
                  <div className="afs-veld utrecht-form-field">
                    <label htmlFor="keuze" className="utrecht-form-label">Of kies een recent item</label>
                    {koppel?.fouten.keuze ? <span id="keuze-fout" className="afs-veld__fout utrecht-form-field-error-message">{koppel.fouten.keuze[0]}</span> : null}
                    <select id="keuze" name="keuze" className="utrecht-select utrecht-select--html-select" defaultValue={s(koppel, "keuze")} aria-describedby={koppel?.fouten.keuze ? "keuze-fout" : undefined} aria-invalid={koppel?.fouten.keuze ? true : undefined}>
                      <option value="">Kies een item</option>
                      <optgroup label="Afgehandelde klachten">
                        {d.koppelKeuzes.klachten.map((o) => <option key={o.waarde} value={o.waarde}>{o.label}</option>)}
                      </optgroup>
                      <optgroup label="Te late afspraken">
                        {d.koppelKeuzes.afspraken.map((o) => <option key={o.waarde} value={o.waarde}>{o.label}</option>)}
                      </optgroup>
                      <optgroup label="Complimenten">
                        {d.koppelKeuzes.complimenten.map((o) => <option key={o.waarde} value={o.waarde}>{o.label}</option>)}
                      </optgroup>
                    </select>
                  </div>
                  <Knop soort="secundair">Koppeling toevoegen</Knop>
                </Form>
              </details>
            ) : null}
          </section>
        </div>
      </div>
    </>
  );
}
