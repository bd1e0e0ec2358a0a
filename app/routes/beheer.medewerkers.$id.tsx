import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import {
  actieveMedewerkers,
  leesMedewerkerFormulier,
  medewerker,
  ROLLEN,
  teamKeuzes,
  wijzigMedewerker,
  zetMedewerkerActief,
  type MedewerkerFormulier,
} from "~/features/organisatie/organisatie.server";
import { basisUrlVan, maakWachtwoordLink } from "~/features/inloggen/wachtwoord.server";
import { MedewerkerVelden, tijdstip } from "./beheer.medewerkers.nieuw";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Medewerker bewerken – Beheer – Afspraak" }];

function idUit(params: { id?: string }): string {
  const id = params.id ?? "";
  if (!id || id.length > 100) throw new Response("Niet gevonden", { status: 404 });
  return id;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const m = medewerker(idUit(params));
  if (!m) throw new Response("Niet gevonden", { status: 404 });
  const url = new URL(request.url);
  return data({
    medewerker: m,
    zelf: m.id === user.id,
    teams: teamKeuzes(m.teamId),
    medewerkers: actieveMedewerkers().filter((x) => x.id !== m.id),
    rollen: [...ROLLEN],
    melding: url.searchParams.get("aangemaakt") ? "aangemaakt" : url.searchParams.get("melding"),
  });
}

const Versie = z.coerce.number().int().catch(-1);

type ActieData = {
  intent: string;
  fouten: Record<string, string[]>;
  melding: string | null;
  ruw: MedewerkerFormulier | null;
  link: { url: string; verlooptOp: number } | null;
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const id = idUit(params);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const versie = Versie.parse(form.get("versie"));
  const antwoord = (d: Partial<ActieData>, status = 200) =>
    data<ActieData>({ intent, fouten: {}, melding: null, ruw: null, link: null, ...d }, { status });

  if (intent === "opslaan") {
    const { ruw, invoer } = leesMedewerkerFormulier(form);
    const r = wijzigMedewerker(user, id, versie, invoer, context);
    if (!r.ok) {
      if (r.status === 404) throw new Response("Niet gevonden", { status: 404 });
      return antwoord({ fouten: r.fouten, melding: r.melding, ruw }, r.status);
    }
    return redirect(`/beheer/medewerkers/${id}?melding=opgeslagen`);
  }
  if (intent === "deactiveren" || intent === "activeren") {
    const r = await zetMedewerkerActief(user, id, versie, intent === "activeren", context);
    if (!r.ok) {
      if (r.status === 404) throw new Response("Niet gevonden", { status: 404 });
      return antwoord({ melding: r.melding ?? Object.values(r.fouten)[0]?.[0] ?? null }, r.status);
    }
    return redirect(`/beheer/medewerkers/${id}?melding=${intent === "activeren" ? "geactiveerd" : "gedeactiveerd"}`);
  }
  if (intent === "resetlink") {
    const link = maakWachtwoordLink(id, user, { context, basisUrl: basisUrlVan(request) });
    if (!link) {
      if (!medewerker(id)) throw new Response("Niet gevonden", { status: 404 });
      return antwoord({ melding: "Een gedeactiveerde medewerker kan geen wachtwoordlink krijgen. Activeer het account eerst." }, 400);
    }
    return antwoord({ link: { url: link.url, verlooptOp: link.verlooptOp } });
  }
  return antwoord({ melding: "Onbekende opdracht." }, 400);
}

export default function MedewerkerBewerken() {
  const { medewerker: m, zelf, teams, medewerkers, rollen, melding } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const bezig = nav.state === "submitting";
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;
  const waarden: MedewerkerFormulier = actionData?.ruw ?? {
    naam: m.naam,
    email: m.email,
    teamId: m.teamId ? String(m.teamId) : "",
    rollen: m.rollen,
    leidinggevenden: m.leidinggevenden,
  };
  const vasteMeldingen: Record<string, string> = {
    aangemaakt: t("mw.aangemaakt"),
    opgeslagen: t("opgeslagen"),
    gedeactiveerd: t("mw.gedeactiveerd"),
    geactiveerd: t("mw.geactiveerd"),
  };
  const okMelding = !actionData && melding ? vasteMeldingen[melding] : undefined;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/medewerkers" className="utrecht-link">
          {t("mw.titel")}
        </Link>
      </p>
      <PageTitle>
        {m.naam}{" "}
        <span className={`afs-badge ${m.actief ? "afs-badge--actief" : "afs-badge--inactief"}`}>{m.actief ? t("actief") : t("inactief")}</span>
      </PageTitle>
      {okMelding ? <Melding soort="ok">{okMelding}</Melding> : null}
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      {actionData?.link ? (
        <Melding soort="ok" titel={t("mw.linkTitel")}>
          <p className="utrecht-paragraph">{t("mw.linkUitleg", { tot: tijdstip(actionData.link.verlooptOp) })}</p>
          <code className="afs-link-tonen" data-testid="wachtwoordlink">
            {actionData.link.url}
          </code>
        </Melding>
      ) : null}

      <section aria-labelledby="gegevens-titel" className="afs-beheer-sectie">
        <h2 id="gegevens-titel" className="utrecht-heading-2">
          {t("mw.gegevens")}
        </h2>
        <Form method="post" className="afs-beheer-formulier" noValidate>
          <input type="hidden" name="intent" value="opslaan" />
          <input type="hidden" name="versie" value={m.versie} />
          <MedewerkerVelden waarden={waarden} fouten={fouten} teams={teams} medewerkers={medewerkers} rollen={rollen} />
          <Knop disabled={bezig}>{t("opslaan")}</Knop>
        </Form>
      </section>

      <section aria-labelledby="account-titel" className="afs-beheer-sectie">
        <h2 id="account-titel" className="utrecht-heading-2">
          {t("mw.account")}
        </h2>
        {!m.heeftWachtwoord ? <p className="utrecht-paragraph">{t("mw.geenWachtwoord")}</p> : null}
        {m.actief ? (
          <>
            <Form method="post" className="afs-beheer-formulier">
              <input type="hidden" name="intent" value="resetlink" />
              <input type="hidden" name="versie" value={m.versie} />
              <p className="utrecht-paragraph">{t("mw.resetUitleg")}</p>
              <Knop soort="secundair" disabled={bezig}>
                {t("mw.resetLink")}
              </Knop>
            </Form>
            {!zelf ? (
              <Form method="post" className="afs-beheer-formulier">
                <input type="hidden" name="intent" value="deactiveren" />
                <input type="hidden" name="versie" value={m.versie} />
                <p className="utrecht-paragraph">{t("mw.deactiverenUitleg")}</p>
                <Knop soort="secundair" disabled={bezig}>
                  {t("mw.deactiveren")}
                </Knop>
              </Form>
            ) : null}
          </>
        ) : (
          <Form method="post" className="afs-beheer-formulier">
            <input type="hidden" name="intent" value="activeren" />
            <input type="hidden" name="versie" value={m.versie} />
            <p className="utrecht-paragraph">{t("mw.activerenUitleg")}</p>
            <Knop soort="secundair" disabled={bezig}>
              {t("mw.activeren")}
            </Knop>
          </Form>
        )}
      </section>
    </>
  );
}
