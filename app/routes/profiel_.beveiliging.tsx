import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { sessionFromRequest } from "~/platform/auth/sessies.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { beveiligingPagina, verwerkBeveiliging } from "~/features/tweestaps/pagina.server";
import { Herstelcodes, SessieTabel, TweestapsStatus } from "~/features/tweestaps/components/tweestaps";
import css from "~/styles/tweestaps.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "tweestaps:profiel.titel", "coaching:profiel.eigenTitel");

/** Profiel → Beveiliging: one's own sessions (log out here / everywhere else) and two-step verification. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const { sessionId } = await sessionFromRequest(request, context);
  return data(beveiligingPagina(user, sessionId));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const r = await verwerkBeveiliging(user, request, context, await leesInvoer(request));
  if ("naar" in r) return redirect(r.naar, r.setCookie ? { headers: { "Set-Cookie": r.setCookie } } : undefined);
  return data(r.antwoord, { status: r.status });
}

export default function ProfielBeveiliging() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const [zoek] = useSearchParams();
  const { t } = useTranslation("tweestaps");
  const herstel = zoek.get("herstelcode");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/profiel" className="utrecht-link">
          ← {t("coaching:profiel.eigenTitel")}
        </Link>
      </p>
      <PageTitle intro={t("profiel.intro")}>{t("profiel.titel")}</PageTitle>
      {herstel !== null ? <Melding soort="waarschuwing">{t("profiel.herstelGebruikt", { aantal: Number(herstel) || 0 })}</Melding> : null}
      {zoek.has("uitgezet") ? <Melding soort="ok">{t("profiel.uitgezet")}</Melding> : null}
      {a?.melding ? <Melding soort="ok">{a.melding}</Melding> : null}
      {a?.fout ? <Melding soort="fout">{a.fout}</Melding> : null}
      {a?.herstelcodes ? <Herstelcodes codes={a.herstelcodes} /> : null}
      <TweestapsStatus d={d} />
      <SessieTabel d={d} />
    </>
  );
}
