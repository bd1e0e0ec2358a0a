/**
 * One callback promise: the citizen's data (audited read), the question, the deadline with its status, the
 * attempts and the timeline, and only the steps that are possible now. Every form carries the version it was
 * loaded with; a stale form gets a clear message and keeps what was typed.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { PageTitle } from "~/platform/ui/ui";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { terugbelPagina, voerTerugbelStapUit } from "~/features/terugbellen/pagina.server";
import { Belpogingen, InwonerEnVraag, TerugbelTermijn, VastgelegdMelding } from "~/features/terugbellen/components/terugbel-gegevens";
import { TerugbelStappen } from "~/features/terugbellen/components/terugbel-stappen";
import { GedaanMelding, Tijdlijn } from "~/features/terugbellen/components/velden";
import { BerichtenAanInwoner } from "~/features/berichten/components/berichten-aan-inwoner";
import css from "~/styles/afspraken.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "afspraken:terugbel.titel");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const r = terugbelPagina(id, user, origin(context), new URL(request.url).searchParams);
  if (r.soort === "niet_gevonden") throw new Response("Niet gevonden", { status: 404 });
  if (r.soort === "geweigerd") weiger(user, context, r.actie, id, r.melding);
  return data(r.data, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const u = voerTerugbelStapUit(id, await leesInvoer(request), user, origin(context), taalVan(request));
  if (u.soort === "verder") return redirect(u.naar);
  if (u.soort === "geweigerd") weiger(user, context, u.actie, id);
  return data(u.antwoord, { status: u.status });
}

export default function TerugbelafspraakDetail() {
  const { a, nieuw, gedaan, gedaanStap, collegas, teams, ingekort } = useLoaderData<typeof loader>();
  const { t } = useTranslation("afspraken");
  const naam = a.burger.naam ?? t("terugbel.anoniem");
  return (
    <>
      <PageTitle>{t("terugbel.kop", { naam })}</PageTitle>
      {nieuw ? <VastgelegdMelding a={a} /> : null}
      <GedaanMelding tekst={gedaan && gedaanStap ? t(`gedaan.${gedaanStap}`, { defaultValue: gedaan }) : gedaan} />
      <div className="afs-statusregel">
        <span className="afs-label">{t("terugbel.status", { status: t(`terugbelStatus.${a.status}`, { defaultValue: a.statusTekst }) })}</span>
        {a.open ? null : <span>{t("terugbel.afgesloten")}</span>}
      </div>
      <div className="afs-detail">
        <div>
          <InwonerEnVraag a={a} naam={naam} />
          <TerugbelTermijn a={a} />
          <Belpogingen a={a} />
          <BerichtenAanInwoner berichten={a.berichten} terug={`/terugbelafspraken/${a.id}`} />
          <Tijdlijn regels={a.tijdlijn} titelId="verloop-titel" statussen="afspraken:terugbelStatus" />
        </div>
        <div>
          <TerugbelStappen a={a} collegas={collegas} teams={teams} ingekort={ingekort} />
        </div>
      </div>
    </>
  );
}
