/**
 * A compliment or a suggestion from a citizen. Works without JavaScript: a plain form, server-side validation,
 * errors at the field, the typed input kept. A compliment reaches the colleague (or team) and their manager via
 * the inbox; a suggestion goes to the regieteam's triage list (/feedback/suggesties).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { FoutSamenvatting } from "~/platform/ui/foutsamenvatting";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { feedbackPagina, geefFeedbackDoor } from "~/features/feedback/pagina.server";
import { FeedbackFormulier } from "~/features/feedback/components/feedback-formulier";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Compliment of suggestie – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  return data(feedbackPagina(new URL(request.url).searchParams));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const r = geefFeedbackDoor(await leesFormulier(request), user, origin(context));
  return r.ok ? redirect(`/feedback/nieuw?klaar=${r.soort}`) : data(r.antwoord, { status: 400 });
}

export default function FeedbackNieuw() {
  const { medewerkers, teams, klaar } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  return (
    <>
      <PageTitle intro="Geef een compliment of een suggestie van een inwoner door. Een compliment komt bij de collega of het team en hun leidinggevende; een suggestie komt bij het regieteam.">
        Compliment of suggestie
      </PageTitle>
      {klaar && !ad ? (
        <Melding soort="ok" titel={klaar === "compliment" ? "Het compliment is doorgegeven" : "De suggestie is doorgegeven aan het regieteam"}>
          <p className="utrecht-paragraph">
            {klaar === "compliment"
              ? "De collega of het team en de leidinggevende hebben een bericht in hun inbox."
              : "Het regieteam beoordeelt de suggestie."}
          </p>
        </Melding>
      ) : null}
      <FoutSamenvatting fouten={ad?.fouten ?? {}} titel="Nog niet doorgegeven" />
      <FeedbackFormulier medewerkers={medewerkers} teams={teams} antwoord={ad} />
    </>
  );
}
