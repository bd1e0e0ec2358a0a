/**
 * One warm handover: its context (question, what was already said and done, contact details — audited read),
 * deadlines, timeline, and the steps open to this user now (pick up / decline, inform the citizen, close,
 * offer again, withdraw).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { overdrachtPagina, voerOverdrachtStapUit } from "~/features/overdracht/pagina.server";
import { InwonerGeinformeerd, OverdrachtTermijnen, VraagEnContext, Weigeringen } from "~/features/overdracht/components/overdracht-gegevens";
import { OverdrachtStappen } from "~/features/overdracht/components/overdracht-stappen";
import { GedaanMelding, Tijdlijn } from "~/features/terugbellen/components/velden";
import { BerichtenAanInwoner } from "~/features/berichten/components/berichten-aan-inwoner";
import css from "~/styles/afspraken.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "afspraken:overdrachtDetail.titel");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const r = overdrachtPagina(id, user, origin(context), new URL(request.url).searchParams);
  if (r.soort === "niet_gevonden") throw new Response("Niet gevonden", { status: 404 });
  if (r.soort === "geweigerd") weiger(user, context, r.actie, id, r.melding);
  return data(r.data, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const u = voerOverdrachtStapUit(id, await leesInvoer(request), user, origin(context), taalVan(request));
  if (u.soort === "verder") return redirect(u.naar);
  if (u.soort === "geweigerd") weiger(user, context, u.actie, id);
  return data(u.antwoord, { status: u.status });
}

export default function OverdrachtDetail() {
  const { o, nieuw, gedaan, gedaanStap, collegas, teams, ingekort, nuInvoer } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["afspraken", "werk"]);
  const naam = o.burger.naam ?? t("terugbel.anoniem");
  return (
    <>
      <PageTitle>{t("overdrachtDetail.kop", { naam })}</PageTitle>
      {nieuw ? (
        <Melding soort="ok" titel={t("overdrachtDetail.aangeboden")}>
          <p className="utrecht-paragraph">{t("overdrachtDetail.aangebodenTekst", { ontvanger: o.ontvanger })}</p>
        </Melding>
      ) : null}
      <GedaanMelding tekst={gedaan && gedaanStap ? t(`overdrachtGedaan.${gedaanStap}`, { defaultValue: gedaan }) : gedaan} />
      <div className="afs-statusregel">
        <span className="afs-label">{t("terugbel.status", { status: t(`werk:overdrachtStatus.${o.status}`, { defaultValue: o.statusTekst }) })}</span>
      </div>
      <div className="afs-detail">
        <div>
          <VraagEnContext o={o} naam={naam} />
          <OverdrachtTermijnen o={o} />
          <Weigeringen o={o} />
          <InwonerGeinformeerd o={o} />
          {o.intrekReden ? <p className="utrecht-paragraph">{t("overdrachtDetail.ingetrokken", { reden: o.intrekReden })}</p> : null}
          <BerichtenAanInwoner berichten={o.berichten} terug={`/overdrachten/${o.id}`} />
          <Tijdlijn regels={o.tijdlijn} titelId="verloop-titel" statussen="werk:overdrachtStatus" />
        </div>
        <div>
          <OverdrachtStappen o={o} collegas={collegas} teams={teams} ingekort={ingekort} nuInvoer={nuInvoer} />
        </div>
      </div>
    </>
  );
}
