import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { alleWaarden, invoerVan, leesFormulier } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { beleidPagina, verwerkBeleid } from "~/features/tweestaps/pagina.server";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "tweestaps:beheer.titel", "beheer:titel");

/** Beheer → Inloggen en sessies: roles that must use two-step verification, idle and absolute session lifetime. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(beleidPagina());
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const form = await leesFormulier(request);
  const r = verwerkBeleid(user, context, invoerVan(form), alleWaarden(form, "rol"), taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function BeheerBeveiliging() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const [zoek] = useSearchParams();
  const bezig = useNavigation().state === "submitting";
  const { t } = useTranslation("tweestaps");
  const fouten = (a?.fouten ?? {}) as Record<string, string[] | undefined>;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          ← {t("beheer:titel")}
        </Link>
      </p>
      <PageTitle intro={t("beheer.intro")}>{t("beheer.titel")}</PageTitle>
      {zoek.has("opgeslagen") && !a ? <Melding soort="ok">{t("beheer.opgeslagen")}</Melding> : null}
      <Form method="post" className="afs-beheer-formulier" noValidate>
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t("beheer.rollen")}</legend>
          <p className="utrecht-paragraph">{t("beheer.rollenUitleg")}</p>
          {d.rollen.map((r) => (
            <div key={r.rol} className="utrecht-form-field utrecht-form-field--checkbox">
              <input type="checkbox" id={`rol-${r.rol}`} name="rol" value={r.rol} defaultChecked={r.verplicht} className="utrecht-checkbox" />
              <label htmlFor={`rol-${r.rol}`} className="utrecht-form-label utrecht-form-label--checkbox">
                {t(`rol.${r.rol}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <TekstVeld id="inactiefMinuten" label={t("beheer.inactief")} hint={t("beheer.inactiefHint")} inputMode="numeric" defaultValue={a?.ruw?.inactiefMinuten ?? String(d.inactiefMinuten)} fout={fouten.inactiefMinuten} />
        <TekstVeld id="maxUren" label={t("beheer.max")} hint={t("beheer.maxHint")} inputMode="numeric" defaultValue={a?.ruw?.maxUren ?? String(d.maxUren)} fout={fouten.maxUren} />
        <Knop disabled={bezig}>{t("beheer.opslaan")}</Knop>
      </Form>
    </>
  );
}
