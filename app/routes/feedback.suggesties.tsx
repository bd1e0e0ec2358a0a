/**
 * The regieteam's triage list of suggestions: nieuw → in behandeling → overgenomen | niet overgenomen, with a
 * note. One plain form per suggestion (works without JavaScript), version-checked, audited.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, PageTitle, TekstGebied } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { SUGGESTIE_STATUS_TEKST, VOLGENDE_STATUS, suggesties, triageerSuggestie, type Fouten } from "~/features/feedback/feedback.server";
import { KANAAL_TEKST } from "~/features/klachten/recht";
import { formatDatumTijd } from "~/domain/kalender/format";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Suggesties – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  // labels are computed here: *.server modules are not in the browser bundle
  const lijst = suggesties({ id: user.id, naam: user.naam }, origin(context)).map((sg) => ({
    ...sg,
    statusTekst: SUGGESTIE_STATUS_TEKST[sg.status],
    volgende: VOLGENDE_STATUS[sg.status].map((st) => ({ value: st, label: SUGGESTIE_STATUS_TEKST[st] })),
  }));
  return data({ suggesties: lijst });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const form = await request.formData();
  const id = Number(form.get("id"));
  const versie = Number(form.get("versie"));
  const invoer = { status: String(form.get("status") ?? ""), notitie: String(form.get("notitie") ?? "") };
  if (!Number.isInteger(id) || id <= 0 || !Number.isInteger(versie))
    return data({ ok: false as const, id: 0, fouten: { _form: ["Deze suggestie bestaat niet (meer)."] } as Fouten, invoer }, { status: 400 });
  const r = triageerSuggestie({ id: user.id, naam: user.naam }, id, versie, invoer, origin(context));
  if (!r.ok) return data({ ok: false as const, id, fouten: r.fouten, invoer }, { status: r.status ?? 400 });
  return data({ ok: true as const, id, fouten: {} as Fouten, invoer });
}

export default function Suggesties() {
  const { suggesties: lijst } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  return (
    <>
      <PageTitle intro="Suggesties van inwoners. Neem elke suggestie in behandeling en besluit of u haar overneemt; licht het besluit toe.">
        Suggesties
      </PageTitle>
      <nav aria-label="Suggesties" className="afs-acties">
        <Link to="/regieteam" className="utrecht-link">
          Terug naar het regieteam
        </Link>
      </nav>
      {lijst.length ? <ExportKnoppen pad="/feedback/suggesties/export" label="Suggesties downloaden" /> : null}
      {ad?.ok ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">De suggestie is bijgewerkt.</p>
        </Melding>
      ) : null}
      {ad && !ad.ok && ad.fouten._form ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{ad.fouten._form[0]}</p>
        </Melding>
      ) : null}
      {lijst.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen suggesties.</p>
      ) : (
        <ul className="kl-tijdlijn">
          {lijst.map((sg) => {
            const volgende = sg.volgende;
            const eigen = ad && !ad.ok && ad.id === sg.id ? ad : null;
            const f: Fouten = eigen?.fouten ?? {};
            return (
              <li key={sg.id}>
                <article aria-labelledby={`sg-${sg.id}`} className="kl-blok">
                  <h2 className="utrecht-heading-3" id={`sg-${sg.id}`}>
                    Suggestie {sg.id} — status: {sg.statusTekst}
                  </h2>
                  <p className="kl-tijdlijn__tekst">{sg.tekst}</p>
                  <dl className="kl-gegevens">
                    <dt>Binnengekomen</dt>
                    <dd>
                      {formatDatumTijd(sg.aangemaaktOp)} via {KANAAL_TEKST[sg.kanaal as keyof typeof KANAAL_TEKST] ?? sg.kanaal}
                      {sg.doorNaam ? `, doorgegeven door ${sg.doorNaam}` : ""}
                    </dd>
                    {sg.vanNaam || sg.vanContact ? (
                      <>
                        <dt>Inwoner</dt>
                        <dd>{[sg.vanNaam, sg.vanContact].filter(Boolean).join(" — ")}</dd>
                      </>
                    ) : null}
                    {sg.triageNotitie ? (
                      <>
                        <dt>Notitie</dt>
                        <dd>{sg.triageNotitie}</dd>
                      </>
                    ) : null}
                  </dl>
                  {volgende.length ? (
                    <Form method="post" noValidate className="kl-acties">
                      <input type="hidden" name="id" value={sg.id} />
                      <input type="hidden" name="versie" value={sg.versie} />
                      <Keuzelijst
                        id={`status-${sg.id}`}
                        name="status"
                        label="Volgende stap"
                        defaultValue={eigen?.invoer.status ?? volgende[0]?.value}
                        fout={f.status}
                        opties={volgende}
                      />
                      <TekstGebied
                        id={`notitie-${sg.id}`}
                        name="notitie"
                        label="Notitie"
                        hint={sg.status === "in_behandeling" ? "Verplicht: licht het besluit toe." : "Optioneel."}
                        defaultValue={eigen?.invoer.notitie ?? ""}
                        fout={f.notitie}
                        rows={3}
                      />
                      <Knop soort="secundair">Opslaan (suggestie {sg.id})</Knop>
                    </Form>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
