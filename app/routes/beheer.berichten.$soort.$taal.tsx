/** Edit one citizen message template (e-mail and SMS text) in one language. Version-checked; works without JS. */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { bewaarBerichtSjabloon, sjabloonVoorBeheer } from "~/features/berichten/beheer.server";
import { VELDEN } from "~/features/berichten/sjablonen";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:berichten.bewerkTitel");

function laad(soort: string | undefined, taal: string | undefined) {
  const s = sjabloonVoorBeheer(soort, taal);
  if (!s) throw new Response("Dit berichtsjabloon bestaat niet.", { status: 404, statusText: "Niet gevonden" });
  return s;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data({ s: laad(params.soort, params.taal), velden: [...VELDEN] });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const s = laad(params.soort, params.taal);
  const r = bewaarBerichtSjabloon({ id: user.id, naam: user.naam }, s.soort, s.taal, await leesInvoer(request), origin(context), taalVan(request));
  if (r.ok) return redirect("/beheer/berichten?opgeslagen=1");
  return data(r, { status: r.fouten._form ? 409 : 400 });
}

export default function BerichtSjabloon() {
  const { s, velden } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const f = ad && !ad.ok ? ad.fouten : {};
  const w = ad && !ad.ok ? (ad.waarden as Record<string, string>) : null;
  const { t } = useTranslation("beheer");
  return (
    <>
      <PageTitle intro={t("berichten.bewerkIntro")}>
        {t(`berichten.soort.${s.soort}`, { defaultValue: s.titel })} ({t(`berichten.taal.${s.taal}`)})
      </PageTitle>
      {f._form ? (
        <Melding soort="fout" titel={t("berichten.nietOpgeslagen")}>
          <p className="utrecht-paragraph">{f._form[0]}</p>
        </Melding>
      ) : Object.keys(f).length ? (
        <Melding soort="fout" titel={t("berichten.nogNietOpgeslagen")}>
          <p className="utrecht-paragraph">{t("berichten.verbeter")}</p>
        </Melding>
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="versie" value={s.versie} />
        <TekstVeld id="onderwerp" label={t("berichten.onderwerpVeld")} defaultValue={w?.onderwerp ?? s.onderwerp} fout={f.onderwerp} />
        <TekstGebied id="tekst" label={t("berichten.tekstVeld")} rows={14} defaultValue={w?.tekst ?? s.tekst} fout={f.tekst} />
        <TekstGebied id="sms" label={t("berichten.smsVeld")} hint={t("berichten.smsHint")} rows={4} defaultValue={w?.sms ?? s.sms} fout={f.sms} />
        <Knop>{t("berichten.opslaan")}</Knop>{" "}
        {s.aangepast ? (
          <Knop soort="secundair" name="intent" value="herstel">
            {t("berichten.herstel")}
          </Knop>
        ) : null}{" "}
        <Link to="/beheer/berichten" className="utrecht-link">
          {t("berichten.annuleren")}
        </Link>
      </Form>
      <h2 className="utrecht-heading-2">{t("berichten.velden")}</h2>
      <p className="utrecht-paragraph">{velden.map((v) => `{{${v}}}`).join(" · ")}</p>
      <p className="utrecht-paragraph">
        <code>{"{{statuslink}}"}</code> {t("berichten.en")} <code>{"{{ktolink}}"}</code> {t("berichten.linksUitleg")}
      </p>
    </>
  );
}
