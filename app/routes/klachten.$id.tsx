/**
 * The klacht dossier: who is involved, every deadline with how it was computed, the timeline of events, notes
 * and letters, and ONLY the steps the workflow allows now — each a small form carrying `versie`. A refused
 * step shows the law's reason at the form; what was typed stays.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { useDatum } from "~/platform/i18n/datum";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { dossierPagina, verwerkDossierFormulier } from "~/features/klachten/dossier.server";
import { eisKlachtToegang, GEEN_TOEGANG } from "~/features/klachten/toegang.server";
import { Bewaartermijn, Betrokkenen, KlachtGegevens, LeerlogboekBlok, TermijnenBlok, TijdlijnBlok } from "~/features/klachten/components/dossier";
import { StapFormulieren } from "~/features/klachten/components/stap-formulieren";
import { BerichtenAanInwoner } from "~/features/berichten/components/berichten-aan-inwoner";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "klachten:dossier.titel");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const pagina = dossierPagina(id, user, new URL(request.url).searchParams, origin(context), taalVan(request));
  if (pagina === undefined) throw new Response("Niet gevonden", { status: 404 });
  if (pagina === null) weiger(user, context, "klacht.bekijken", id, GEEN_TOEGANG);
  return data(pagina, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  eisKlachtToegang(user, context, id, "klacht.wijzigen", "wijzigen");
  const r = verwerkDossierFormulier(id, await leesFormulier(request), user, origin(context), taalVan(request));
  return r.ok ? redirect(`/klachten/${id}?gedaan=${r.gedaan}`) : data(r.antwoord, { status: r.status });
}

export default function KlachtDossierPagina() {
  const { d, nieuw, gedaan, medewerkers, ombudsman, leerlogboek, berichten } = useLoaderData<typeof loader>();
  const { t } = useTranslation("klachten");
  const { t: ta } = useTranslation("afspraken");
  const f = useDatum();
  const k = d.klacht;
  const intro = t("dossier.intro", {
    status: t(`status.${d.status}`, { defaultValue: k.statusTekst }),
    datum: f.datum(k.ontvangen_op),
    kanaal: ta(`kanaal.${k.kanaal}`, { defaultValue: k.kanaalTekst }).toLowerCase(),
    vorm: k.schriftelijk ? t("dossier.schriftelijk") : t("dossier.mondeling"),
  });
  return (
    <>
      <PageTitle intro={intro}>{t("dossier.kop", { nummer: k.nummer })}</PageTitle>
      {nieuw ? <Melding soort="ok" titel={t("dossier.nieuwTitel")}>{t("dossier.nieuw")}</Melding> : null}
      {gedaan ? <Melding soort="ok">{gedaan}</Melding> : null}
      <div className="kl-raster">
        <div>
          <TermijnenBlok d={d} />
          {d.acties.length ? (
            <StapFormulieren d={d} medewerkers={medewerkers} ombudsman={ombudsman} />
          ) : d.toegang === "lezen" ? (
            <p className="utrecht-paragraph">{t("dossier.lezen")}</p>
          ) : null}
          <TijdlijnBlok d={d} />
          <BerichtenAanInwoner berichten={berichten} terug={`/klachten/${k.id}`} />
        </div>
        <div>
          <Betrokkenen d={d} />
          <KlachtGegevens d={d} />
          <LeerlogboekBlok klachtId={k.id} leerlogboek={leerlogboek} />
          <Bewaartermijn bewaring={d.bewaring} />
        </div>
      </div>
    </>
  );
}
