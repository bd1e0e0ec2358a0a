import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Keuzelijst, Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { afdeling, wijzigAfdeling } from "~/features/organisatie/organisatie.server";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Afdeling bewerken – Beheer – Afspraak" }];

function idUit(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response("Niet gevonden", { status: 404 });
  return id;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const a = afdeling(idUit(params));
  if (!a) throw new Response("Niet gevonden", { status: 404 });
  return data({ afdeling: { id: a.id, naam: a.naam, actief: a.actief, versie: a.versie }, opgeslagen: new URL(request.url).searchParams.has("opgeslagen") });
}

const Schema = z.object({
  naam: z.string().max(500).catch(""),
  actief: z.enum(["ja", "nee"]).catch("ja"),
  versie: z.coerce.number().int().catch(-1),
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const id = idUit(params);
  const invoer = Schema.parse(Object.fromEntries(await request.formData()));
  const r = wijzigAfdeling(user, id, invoer.versie, { naam: invoer.naam, actief: invoer.actief === "ja" }, context);
  if (!r.ok) {
    if (r.status === 404) throw new Response("Niet gevonden", { status: 404 });
    return data({ fouten: r.fouten, melding: r.melding, invoer }, { status: r.status });
  }
  return redirect(`/beheer/organisatie/afdelingen/${id}?opgeslagen=1`);
}

export default function AfdelingBewerken() {
  const { afdeling: a, opgeslagen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;
  const invoer = actionData?.invoer;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/organisatie" className="utrecht-link">
          {t("org.titel")}
        </Link>
      </p>
      <PageTitle>
        {t("org.afdelingBewerken")}: {a.naam}
      </PageTitle>
      {opgeslagen && !actionData ? <Melding soort="ok">{t("opgeslagen")}</Melding> : null}
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      <Form method="post" className="afs-beheer-formulier" noValidate>
        <input type="hidden" name="versie" value={a.versie} />
        <TekstVeld id="naam" label={t("org.naam")} required maxLength={120} defaultValue={invoer?.naam ?? a.naam} fout={fouten.naam} key={`n${a.versie}`} />
        <Keuzelijst
          id="actief"
          label={t("org.statusVeld")}
          hint={t("org.statusHint")}
          defaultValue={invoer?.actief ?? (a.actief ? "ja" : "nee")}
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
