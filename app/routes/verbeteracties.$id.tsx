/**
 * One improvement action: its lesson, owner and due date (a deadline row the engine watches), its history, and
 * only the steps the workflow allows now for this user — each a small POST form carrying `versie`. When the
 * action is realised, the page measures the effect: complaints on the lesson's theme in the N months before vs
 * after realisation (N = 3, 6 or 12), and the evaluation stores those numbers.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser, weiger, type AppUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { verbeteractieDetail } from "~/features/verbeteracties/verbeteracties.server";
import { actiePagina, voerStapFormulierUit } from "~/features/verbeteracties/detail.server";
import { GEDAAN } from "~/features/verbeteracties/teksten";
import { ActieGegevens, ActieGeschiedenis, ActieTermijn } from "~/features/verbeteracties/components/actie-gegevens";
import { ActieStappen } from "~/features/verbeteracties/components/actie-stappen";
import { EffectSectie } from "~/features/verbeteracties/components/effect-meting";
import { formatDatum } from "~/domain/kalender/format";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.d.actie.nummer ?? "Verbeteractie"} – Afspraak` }];

/** The action, or 404 / 403 (with its audit line) for one this user may not see. */
function toegang(user: AppUser, context: ActionFunctionArgs["context"], id: string, actie: string) {
  const d = verbeteractieDetail(user, id);
  if (!d) throw new Response("Niet gevonden", { status: 404 });
  if (d === "geweigerd") return weiger(user, context, actie, id, "U heeft geen toegang tot deze verbeteractie.");
  return d;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const d = toegang(user, context, params.id ?? "", "verbeteractie.bekijken");
  return data(actiePagina(d, new URL(request.url).searchParams), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  toegang(user, context, id, "verbeteractie.wijzigen");
  const r = voerStapFormulierUit(user, id, await leesFormulier(request), origin(context));
  return r.ok ? redirect(r.naar) : data(r.antwoord, { status: r.status });
}

export default function VerbeteractiePagina() {
  const { d, venster, meting, eigenaren, vandaag, nieuw, gedaan, effecten, vensters } = useLoaderData<typeof loader>();
  const a = d.actie;
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
          <ActieGegevens d={d} />
          <ActieStappen d={d} venster={venster} eigenaren={eigenaren} effecten={effecten} vandaag={vandaag} />
          {meting ? <EffectSectie meting={meting} normen={d.les?.normen ?? []} venster={venster} vensters={vensters} /> : null}
        </div>
        <div>
          <ActieTermijn termijnen={d.termijnen} />
          <ActieGeschiedenis geschiedenis={d.geschiedenis} />
        </div>
      </div>
    </>
  );
}
