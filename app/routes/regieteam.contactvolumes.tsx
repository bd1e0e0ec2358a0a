/**
 * Regieteam: contact volumes per month and channel (department optional) — the denominator of "klachten over
 * bejegening per 1.000 contacten". Plain POST form (works without JavaScript), upsert with a stale-version check
 * and an audit line; list of the last 24 months with a "Wijzigen" link per row (?maand=…&kanaal=…&afdeling=…).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { bewaarContactvolumeFormulier, type ContactvolumeFouten } from "~/features/statistiek/contactvolumes.server";
import { contactvolumesPagina } from "~/features/statistiek/pagina.server";
import { ContactvolumeFormulier, ContactvolumesLijst } from "~/features/statistiek/components/contactvolumes";
import dashboardCss from "~/styles/dashboard.css";
import grafiekCss from "~/styles/grafiek.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: grafiekCss },
  { rel: "stylesheet", href: dashboardCss },
];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "werk:contactvolumes.titel", "nav.regieteam");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  return data(contactvolumesPagina(new URL(request.url).searchParams), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const r = bewaarContactvolumeFormulier(await leesInvoer(request), user, origin(context));
  return data(r.antwoord, { status: r.status });
}

export default function Contactvolumes() {
  const { lijst, afdelingen, bewerken, vorigeMaand } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const fouten: ContactvolumeFouten = ad && !ad.ok ? ad.fouten : {};
  const w = (ad && !ad.ok ? ad.invoer : null) ?? bewerken ?? { maand: vorigeMaand, kanaal: "telefoon", afdeling: "", aantal: "", bekend: "" };
  const { t } = useTranslation("werk");
  return (
    <>
      <PageTitle intro={t("contactvolumes.intro")}>{t("contactvolumes.titel")}</PageTitle>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/regieteam/dashboard">{t("contactvolumes.naarDashboard")}</a>
      </p>
      {ad?.ok ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{ad.melding}</p>
        </Melding>
      ) : null}
      {fouten.formulier ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{fouten.formulier}</p>
        </Melding>
      ) : null}
      <ContactvolumeFormulier w={w} fouten={fouten} afdelingen={afdelingen} />
      <ContactvolumesLijst lijst={lijst} />
    </>
  );
}
