/**
 * A compliment or a suggestion from a citizen. Works without JavaScript: a plain form, server-side validation,
 * errors at the field, the typed input kept. A compliment reaches the colleague (or team) and their manager via
 * the inbox; a suggestion goes to the regieteam's triage list (/feedback/suggesties).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { FoutSamenvatting } from "~/platform/ui/foutsamenvatting";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { feedbackPagina, geefFeedbackDoor } from "~/features/feedback/pagina.server";
import { FeedbackFormulier } from "~/features/feedback/components/feedback-formulier";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "werk:feedback.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  return data(feedbackPagina(new URL(request.url).searchParams));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const r = geefFeedbackDoor(await leesFormulier(request), user, origin(context), taalVan(request));
  return r.ok ? redirect(`/feedback/nieuw?klaar=${r.soort}`) : data(r.antwoord, { status: 400 });
}

export default function FeedbackNieuw() {
  const { medewerkers, teams, klaar } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("werk");
  return (
    <>
      <PageTitle intro={t("feedback.intro")}>{t("feedback.titel")}</PageTitle>
      {klaar && !ad ? (
        <Melding soort="ok" titel={klaar === "compliment" ? t("feedback.complimentKlaar") : t("feedback.suggestieKlaar")}>
          <p className="utrecht-paragraph">{klaar === "compliment" ? t("feedback.complimentKlaarTekst") : t("feedback.suggestieKlaarTekst")}</p>
        </Melding>
      ) : null}
      <FoutSamenvatting fouten={ad?.fouten ?? {}} titel={t("feedback.nietDoorgegeven")} />
      <FeedbackFormulier medewerkers={medewerkers} teams={teams} antwoord={ad} />
    </>
  );
}
