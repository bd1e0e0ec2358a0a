import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Keuzelijst, Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { actieveMedewerkers, lijstAfdelingen, team, wijzigTeam } from "~/features/organisatie/organisatie.server";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Team bewerken – Beheer – Afspraak" }];

function idUit(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response("Niet gevonden", { status: 404 });
  return id;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const tm = team(idUit(params));
  if (!tm) throw new Response("Niet gevonden", { status: 404 });
  const medewerkers = actieveMedewerkers();
  // The current teamleider stays choosable even if no longer active, so nothing changes unnoticed.
  return data({
    team: { id: tm.id, naam: tm.naam, afdelingId: tm.afdelingId, teamleiderId: tm.teamleiderId, actief: tm.actief, versie: tm.versie },
    afdelingen: lijstAfdelingen(),
    medewerkers,
    opgeslagen: new URL(request.url).searchParams.has("opgeslagen"),
  });
}

const Schema = z.object({
  naam: z.string().max(500).catch(""),
  afdelingId: z.coerce.number().int().nonnegative().catch(0),
  teamleiderId: z.string().max(100).catch(""),
  actief: z.enum(["ja", "nee"]).catch("ja"),
  versie: z.coerce.number().int().catch(-1),
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const id = idUit(params);
  const invoer = Schema.parse(Object.fromEntries(await request.formData()));
  const r = wijzigTeam(
    user,
    id,
    invoer.versie,
    { naam: invoer.naam, afdelingId: invoer.afdelingId, teamleiderId: invoer.teamleiderId || null, actief: invoer.actief === "ja" },
    context,
  );
  if (!r.ok) {
    if (r.status === 404) throw new Response("Niet gevonden", { status: 404 });
    return data({ fouten: r.fouten, melding: r.melding, invoer: { ...invoer, afdelingId: String(invoer.afdelingId) } }, { status: r.status });
  }
  return redirect(`/beheer/organisatie/teams/${id}?opgeslagen=1`);
}

export default function TeamBewerken() {
  const { team: tm, afdelingen, medewerkers, opgeslagen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;
  const invoer = actionData?.invoer;
  const tlOpties = medewerkers.map((m) => ({ value: m.id, label: m.naam }));
  if (tm.teamleiderId && !tlOpties.some((o) => o.value === tm.teamleiderId)) tlOpties.unshift({ value: tm.teamleiderId, label: `${tm.teamleiderId} (${t("inactief")})` });
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/organisatie" className="utrecht-link">
          {t("org.titel")}
        </Link>
      </p>
      <PageTitle>
        {t("org.teamBewerken")}: {tm.naam}
      </PageTitle>
      {opgeslagen && !actionData ? <Melding soort="ok">{t("opgeslagen")}</Melding> : null}
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      <Form method="post" className="afs-beheer-formulier" noValidate>
        <input type="hidden" name="versie" value={tm.versie} />
        <TekstVeld id="naam" label={t("org.naam")} required maxLength={120} defaultValue={invoer?.naam ?? tm.naam} fout={fouten.naam} />
        <Keuzelijst
          id="afdelingId"
          label={t("org.afdeling")}
          required
          defaultValue={invoer?.afdelingId ?? String(tm.afdelingId)}
          fout={fouten.afdelingId}
          opties={afdelingen.map((a) => ({ value: String(a.id), label: a.actief ? a.naam : `${a.naam} (${t("inactief")})` }))}
        />
        <Keuzelijst
          id="teamleiderId"
          label={t("org.teamleider")}
          hint={t("org.teamleiderHint")}
          defaultValue={invoer?.teamleiderId ?? tm.teamleiderId ?? ""}
          fout={fouten.teamleiderId}
          opties={[{ value: "", label: t("geen") }, ...tlOpties]}
        />
        <Keuzelijst
          id="actief"
          label={t("org.statusVeld")}
          hint={t("org.statusHint")}
          defaultValue={invoer?.actief ?? (tm.actief ? "ja" : "nee")}
          fout={fouten.actief}
          opties={[
            { value: "ja", label: t("actief") },
            { value: "nee", label: t("inactief") },
          ]}
        />
        <Knop disabled={nav.state === "submitting"}>{t("opslaan")}</Knop>
      </Form>
    </>
  );
}
