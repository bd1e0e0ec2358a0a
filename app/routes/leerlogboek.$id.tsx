/**
 * One lesson. Every member of staff reads it; linked items are described without any employee or citizen names.
 * The regieteam also sees the links to the dossiers, edits the lesson (optimistic `versie`), adds and removes
 * links ("Koppeling toevoegen": a klachtnummer or a pick from recent items — works without JavaScript) and
 * starts improvement actions with an owner and a due date.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { lesPagina, voerLesFormulierUit } from "~/features/leerlogboek/les-pagina.server";
import { useLesAntwoord } from "~/features/leerlogboek/components/antwoord";
import { LesGegevens } from "~/features/leerlogboek/components/les-gegevens";
import { LesActies } from "~/features/leerlogboek/components/les-acties";
import { LesBewerken } from "~/features/leerlogboek/components/les-bewerken";
import { LesKoppelingen } from "~/features/leerlogboek/components/les-koppelingen";
import { useDatum } from "~/platform/i18n/datum";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => paginaTitel(matches, d?.les.nummer ?? "leerlogboek:detail.les", "leerlogboek:titel");

function lesId(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id < 1) throw new Response("Niet gevonden", { status: 404 });
  return id;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const d = lesPagina(user, lesId(params), new URL(request.url).searchParams, origin(context), taalVan(request));
  if (!d) throw new Response("Niet gevonden", { status: 404 });
  return data(d, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const r = voerLesFormulierUit(user, lesId(params), await leesFormulier(request), origin(context), taalVan(request));
  return r.ok ? redirect(r.naar) : data(r.antwoord, { status: r.status });
}

export default function LesPagina() {
  const d = useLoaderData<typeof loader>();
  const ad = useLesAntwoord();
  const { t } = useTranslation("leerlogboek");
  const d2 = useDatum();
  const l = d.les;
  const gedaan = d.gedaan && ["bewerkt", "gekoppeld", "ontkoppeld"].includes(d.gedaan) ? t(`detail.gedaan.${d.gedaan}`) : t("detail.opgeslagen");
  return (
    <>
      <PageTitle intro={t("detail.intro", { stap: t(`stap.${l.processtap}`, { defaultValue: l.processtapTekst }), afdeling: l.afdeling ?? t("detail.organisatiebreed"), datum: d2.maandLabel(l.datum) })}>
        {l.nummer}: {l.titel}
      </PageTitle>
      <p className="utrecht-paragraph"><Link to="/leerlogboek" className="utrecht-link">{t("nieuwe.terug")}</Link></p>
      {d.nieuw ? <Melding soort="ok" titel={t("detail.vastgelegd")}>{t("detail.vastgelegdTekst")}</Melding> : null}
      {d.gedaan ? <Melding soort="ok">{gedaan}</Melding> : null}
      {d.klachtenVerder.length ? (
        <Melding soort="ok" titel={t("detail.dossierBijgewerkt")}>
          <p className="utrecht-paragraph">{t("detail.dossierTekst", { klachten: d.klachtenVerder.join(", ") })}</p>
        </Melding>
      ) : null}
      {ad?.melding && !["actie", "koppel", "bewerken"].includes(ad.intent) ? <Melding soort="fout">{ad.melding}</Melding> : null}
      <div className="ll-raster">
        <div>
          <LesGegevens les={l} />
          <LesActies acties={d.acties} regieteam={d.regieteam} eigenaren={d.eigenaren} vandaag={d.vandaag} />
          {d.regieteam && d.keuzes ? <LesBewerken les={l} keuzes={d.keuzes} /> : null}
        </div>
        <div>
          <LesKoppelingen koppelingen={l.koppelingen} regieteam={d.regieteam} koppelKeuzes={d.koppelKeuzes} />
        </div>
      </div>
    </>
  );
}
