/**
 * One improvement action: its lesson, owner and due date (a deadline row the engine watches), its history, and
 * only the steps the workflow allows now for this user — each a small POST form carrying `versie`. When the
 * action is realised, the page measures the effect: complaints on the lesson's theme in the N months before vs
 * after realisation (N = 3, 6 or 12), and the evaluation stores those numbers.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser, weiger, type AppUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { useDatum } from "~/platform/i18n/datum";
import { verbeteractieDetail } from "~/features/verbeteracties/verbeteracties.server";
import { actiePagina, voerStapFormulierUit } from "~/features/verbeteracties/detail.server";
import { ActieGegevens, ActieGeschiedenis, ActieTermijn } from "~/features/verbeteracties/components/actie-gegevens";
import { ActieStappen } from "~/features/verbeteracties/components/actie-stappen";
import { EffectSectie } from "~/features/verbeteracties/components/effect-meting";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => paginaTitel(matches, d?.d.actie.nummer ?? "leerlogboek:actie.titel");

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
  const r = voerStapFormulierUit(user, id, await leesFormulier(request), origin(context), taalVan(request));
  return r.ok ? redirect(r.naar) : data(r.antwoord, { status: r.status });
}

export default function VerbeteractiePagina() {
  const { d, venster, meting, eigenaren, vandaag, nieuw, gedaan, effecten, vensters } = useLoaderData<typeof loader>();
  const a = d.actie;
  const { t } = useTranslation("leerlogboek");
  const f = useDatum();
  const status = t(`verbetering.toestand.${a.status}`, { defaultValue: a.statusTekst });
  const gedaanTekst = gedaan && ["STARTEN", "REALISEREN", "EVALUEREN", "AFWIJZEN", "WIJZIGEN"].includes(gedaan) ? t(`actie.gedaan.${gedaan}`) : t("actie.vastgelegd");
  return (
    <>
      <PageTitle intro={`${t("actie.intro", { status, datum: f.datum(a.termijnOp) })}${a.eigenaarNaam ? t("actie.introEigenaar", { naam: a.eigenaarNaam }) : ""}`}>
        {a.nummer}: {a.titel}
      </PageTitle>
      <p className="utrecht-paragraph"><Link to="/verbeteracties" className="utrecht-link">{t("actie.terug")}</Link></p>
      {nieuw ? <Melding soort="ok" titel={t("actie.aangemaakt")}>{t("actie.aangemaaktTekst")}</Melding> : null}
      {gedaan ? <Melding soort="ok">{gedaanTekst}</Melding> : null}
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
