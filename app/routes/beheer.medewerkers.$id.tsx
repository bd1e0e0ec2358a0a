import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { medewerkerIdUitUrl, medewerkerPagina, voerMedewerkerActieUit } from "~/features/organisatie/medewerkers-pagina.server";
import type { MedewerkerFormulier } from "~/features/organisatie/organisatie.server";
import { MedewerkerVelden } from "~/features/organisatie/components/medewerker-velden";
import { WachtwoordLink } from "~/features/organisatie/components/wachtwoord-link";
import { AccountSectie } from "~/features/organisatie/components/account";
import { MedewerkerBeveiligingSectie } from "~/features/tweestaps/components/tweestaps";
import { medewerkerBeveiliging } from "~/features/tweestaps/pagina.server";
import { StatusBadge } from "~/features/organisatie/components/status";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:mw.bewerken", "beheer:titel");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const id = medewerkerIdUitUrl(params.id);
  return data({ ...medewerkerPagina(user, id, new URL(request.url)), beveiliging: medewerkerBeveiliging(id) });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const id = medewerkerIdUitUrl(params.id);
  const r = await voerMedewerkerActieUit(user, id, await leesFormulier(request), { context, request, taal: taalVan(request) });
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

const VASTE_MELDINGEN: Record<string, string> = { aangemaakt: "mw.aangemaakt", opgeslagen: "opgeslagen", gedeactiveerd: "mw.gedeactiveerd", geactiveerd: "mw.geactiveerd" };

export default function MedewerkerBewerken() {
  const { medewerker: m, zelf, teams, medewerkers, rollen, melding, beveiliging } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;
  const waarden: MedewerkerFormulier = actionData?.ruw ?? {
    naam: m.naam,
    email: m.email,
    teamId: m.teamId ? String(m.teamId) : "",
    rollen: m.rollen,
    leidinggevenden: m.leidinggevenden,
  };
  const okSleutel = !actionData && melding ? VASTE_MELDINGEN[melding] : undefined;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/medewerkers" className="utrecht-link">
          {t("mw.titel")}
        </Link>
      </p>
      <PageTitle>
        {m.naam} <StatusBadge actief={m.actief} />
      </PageTitle>
      {okSleutel ? <Melding soort="ok">{t(okSleutel)}</Melding> : null}
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      {actionData?.link ? <WachtwoordLink link={actionData.link} /> : null}

      <section aria-labelledby="gegevens-titel" className="afs-beheer-sectie">
        <h2 id="gegevens-titel" className="utrecht-heading-2">
          {t("mw.gegevens")}
        </h2>
        <Form method="post" className="afs-beheer-formulier" noValidate>
          <input type="hidden" name="intent" value="opslaan" />
          <input type="hidden" name="versie" value={m.versie} />
          <MedewerkerVelden waarden={waarden} fouten={fouten} teams={teams} medewerkers={medewerkers} rollen={rollen} />
          <Knop disabled={nav.state === "submitting"}>{t("opslaan")}</Knop>
        </Form>
      </section>
      <AccountSectie m={m} zelf={zelf} />
      <MedewerkerBeveiligingSectie id={m.id} b={beveiliging} melding={melding} />
    </>
  );
}
