import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { inboxPagina, markeerBerichten } from "~/features/werklijsten/inbox.server";
import { GelezenBerichten, OngelezenBerichten } from "~/features/werklijsten/components/inbox";
import css from "~/styles/engine.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "engine:inbox.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "inbox");
  return data(inboxPagina(user, new URL(request.url)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "inbox");
  const r = markeerBerichten(user, await leesInvoer(request), origin(context));
  if (!r.ok) return data({ fout: r.fout }, { status: r.status });
  return redirect(r.naar);
}

export default function Inbox() {
  const { berichten, klaar } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const { t } = useTranslation("engine");
  return (
    <>
      <PageTitle intro={t("inbox.intro")}>{t("inbox.titel")}</PageTitle>
      {actie && "fout" in actie ? <Melding soort="fout">{t(`inbox.${actie.fout}`)}</Melding> : null}
      {klaar ? <Melding soort="ok">{t(klaar === "alle" ? "inbox.alleGemarkeerd" : "inbox.gemarkeerd")}</Melding> : null}
      {berichten.length === 0 ? (
        <Melding titel={t("inbox.leeg")}>
          <p className="utrecht-paragraph">{t("inbox.leegUitleg")}</p>
        </Melding>
      ) : (
        <>
          <OngelezenBerichten berichten={berichten.filter((b) => !b.gelezen)} />
          <GelezenBerichten berichten={berichten.filter((b) => b.gelezen)} />
        </>
      )}
    </>
  );
}
