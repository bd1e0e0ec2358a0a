import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { useDatum } from "~/platform/i18n/datum";
import { lijstActie, lijstPagina } from "~/features/bewaren/pagina.server";
import { GoedkeurFormulier, ItemsTabel, useAanleiding } from "~/features/bewaren/components/vernietiging";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => paginaTitel(matches, d?.lijst.nummer ?? "", "bewaren:overzicht.titel");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "archief");
  const d = lijstPagina(params.id ?? "", new URL(request.url));
  if (!d) throw new Response("Deze vernietigingslijst bestaat niet.", { status: 404 });
  return data(d);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "archief");
  const r = lijstActie(params.id ?? "", user, await leesInvoer(request), context, taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function VernietigingsLijst() {
  const d = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  const { t } = useTranslation("bewaren");
  const f = useDatum();
  const aanleiding = useAanleiding();
  const l = d.lijst;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/vernietiging" className="utrecht-link">
          {t("nav.terug")}
        </Link>
      </p>
      <PageTitle intro={t("lijst.intro", { aanleiding: aanleiding(l.maand), opgesteld: f.datumTijd(l.opgesteld), peildatum: f.dagLang(l.peildatum) })}>
        {t("lijst.titel", { nummer: l.nummer })}
      </PageTitle>
      {d.ok ? <Melding soort="ok">{t(`ok.${d.ok}`)}</Melding> : null}
      {d.wachtend ? <Melding soort="info">{t("lijst.wachtend", d.wachtend)}</Melding> : null}
      {antwoord?.melding ? <Melding soort="fout">{antwoord.melding}</Melding> : null}
      <p className="utrecht-paragraph">
        {t("lijst.totalen", d.totalen)}
        {l.status === "uitgevoerd" ? (
          <>
            {" "}
            {t("lijst.uitgevoerd", { op: f.datumTijd(l.goedgekeurd ?? 0), naam: l.goedgekeurdDoor ?? "" })}{" "}
            <Link to={`/vernietiging/${l.id}/verklaring`} className="utrecht-link">
              {t("lijst.verklaring")}
            </Link>
          </>
        ) : null}
      </p>
      <ItemsTabel data={d} antwoord={antwoord} />
      {l.status === "ter_beoordeling" ? <GoedkeurFormulier data={d} antwoord={antwoord} /> : null}
    </>
  );
}
