import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { datumTijdInvoer, LEGE_INVOER, maakNieuweNorm, normFormOpties } from "~/features/handvest/beheer.server";
import { now } from "~/platform/clock";
import css from "~/styles/handvest.css";
import { NormVelden } from "../features/handvest/components/norm-velden";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Nieuwe norm – Kwaliteitshandvest – Beheer – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data({ invoer: { ...LEGE_INVOER, geldigVanaf: datumTijdInvoer(now()) }, opties: normFormOpties() });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const form = Object.fromEntries(await request.formData());
  const r = maakNieuweNorm(form, { actor: { id: user.id, naam: user.naam }, oorsprong: origin(context) });
  if (r.ok) return redirect(`/beheer/handvest?aangemaakt=${encodeURIComponent(r.code)}`);
  return data({ fouten: r.fouten, melding: r.melding, invoer: r.invoer }, { status: r.status === 404 ? 400 : r.status });
}

export default function NieuweNorm() {
  const { invoer, opties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("handvest");
  return (
    <div className="afs-handvest-formulier">
      <p className="utrecht-paragraph">
        <Link to="/beheer/handvest" className="utrecht-link">
          {t("detail.terug")}
        </Link>
      </p>
      <PageTitle intro={t("nieuw.intro")}>{t("nieuw.titel")}</PageTitle>
      {actionData?.melding ? (
        <Melding soort="fout" role="alert">
          <p className="utrecht-paragraph">{actionData.melding}</p>
        </Melding>
      ) : null}
      <Form method="post" noValidate>
        <NormVelden invoer={actionData?.invoer ?? invoer} fouten={actionData?.fouten ?? {}} opties={opties} metCode />
        <Knop disabled={nav.state === "submitting"}>{t("nieuw.knop")}</Knop>
      </Form>
    </div>
  );
}
