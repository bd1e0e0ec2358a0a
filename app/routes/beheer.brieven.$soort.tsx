/**
 * Edit one letter template (beheer). Only known merge fields are accepted (the message is at the field); the
 * conclusion letter must keep the Awb 9:12 fields. Version-checked: a concurrent change is never overwritten
 * silently. Works without JavaScript.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel, vertaal } from "~/platform/i18n/vertaal";
import { BRIEF_SOORTEN, SAMENVOEGVELDEN, sjabloon, wijzigSjabloon, type BriefSoort } from "~/features/klachten/brieven.server";
import { Fragment } from "react";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:brieven.bewerkTitel");

function soortVan(p: string | undefined): BriefSoort {
  if (!p || !(BRIEF_SOORTEN as readonly string[]).includes(p))
    throw new Response("Dit briefsjabloon bestaat niet.", { status: 404, statusText: "Niet gevonden" });
  return p as BriefSoort;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const s = sjabloon(soortVan(params.soort));
  return data({ sjabloon: s, velden: SAMENVOEGVELDEN });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const soort = soortVan(params.soort);
  const form = await leesInvoer(request);
  const taal = taalVan(request);
  const invoer = { onderwerp: form.onderwerp ?? "", tekst: form.tekst ?? "" };
  // A missing version is an incomplete form (never a save without the concurrency check).
  const versie = form.versie === undefined ? Number.NaN : Number(form.versie);
  if (!Number.isInteger(versie) || versie < 0)
    return data({ fouten: { _form: [vertaal(taal, "beheer:brieven.fout.onvolledig")] } as Record<string, string[]>, invoer }, { status: 400 });
  const r = wijzigSjabloon({ id: user.id, naam: user.naam }, soort, versie, invoer, origin(context), taal);
  if (!r.ok) return data({ fouten: r.fouten, invoer }, { status: r.fouten._form ? 409 : 400 });
  return redirect(`/beheer/brieven?opgeslagen=${soort}`);
}

export default function SjabloonBewerken() {
  const { sjabloon: s, velden } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const f = ad?.fouten ?? {};
  const veldFouten = Object.keys(f).filter((k) => k !== "_form").length;
  const { t } = useTranslation("beheer");
  return (
    <>
      <PageTitle intro={t("brieven.bewerkIntro")}>{t(`brieven.soort.${s.soort}`, { defaultValue: s.titel })}</PageTitle>
      {f._form ? (
        <Melding soort="fout" titel={t("brieven.nietOpgeslagen")}>
          <p className="utrecht-paragraph">{f._form[0]}</p>
        </Melding>
      ) : null}
      {veldFouten ? (
        <Melding soort="fout" titel={t("brieven.nogNietOpgeslagen")}>
          <p className="utrecht-paragraph">{veldFouten === 1 ? t("common:ui.verbeterEen") : t("common:ui.verbeterMeer", { aantal: veldFouten })}</p>
        </Melding>
      ) : null}
      <div className="kl-raster">
        <Form method="post" noValidate>
          <input type="hidden" name="versie" value={s.versie} />
          <TekstVeld id="onderwerp" label={t("brieven.onderwerp")} defaultValue={ad?.invoer.onderwerp ?? s.onderwerp} fout={f.onderwerp} />
          <TekstGebied id="tekst" label={t("brieven.tekst")} defaultValue={ad?.invoer.tekst ?? s.tekst} fout={f.tekst} rows={22} />
          <div className="kl-knoppen">
            <Knop>{t("brieven.opslaan")}</Knop>
            <Link to="/beheer/brieven" className="utrecht-link">
              {t("brieven.annuleren")}
            </Link>
          </div>
        </Form>
        <aside aria-labelledby="velden-kop" className="kl-blok">
          <h2 id="velden-kop" className="utrecht-heading-2">
            {t("brieven.velden")}
          </h2>
          <dl className="kl-gegevens">
            {velden.map((v) => (
              <Fragment key={v}>
                <dt>
                  <code>{`{{${v}}}`}</code>
                </dt>
                <dd>{t(`brieven.veld.${v}`)}</dd>
              </Fragment>
            ))}
          </dl>
          {f._form ? (
            <>
              <h2 className="utrecht-heading-2">{t("brieven.huidig", { versie: s.versie })}</h2>
              <p className="kl-brief">{s.onderwerp}</p>
              <p className="kl-brief">{s.tekst}</p>
            </>
          ) : null}
        </aside>
      </div>
    </>
  );
}
