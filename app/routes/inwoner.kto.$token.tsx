/**
 * The satisfaction check (KTO): one question (1–5) and an optional comment, through a one-time link from the
 * closing message. Works without JavaScript. An unknown, used or expired link gives the same 404.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { leesInvoer, valideer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { foutenInTaal } from "~/features/inwoner/engels";
import { Knop, Melding, TekstGebied } from "~/platform/ui/ui";
import { beantwoordKto, zoekKto } from "~/features/kto/uitnodiging.server";
import { KtoSchema, KTO_TEKST } from "~/features/kto/formulier";
import { afzenderVan, STATUS_HEADERS } from "~/features/inwoner/web.server";
import { InwonerPagina } from "~/features/inwoner/components/layout";

export const meta: MetaFunction = () => [
  { title: "Hoe tevreden bent u? – Gemeente Voorbeeld" },
  { name: "robots", content: "noindex, nofollow" },
  { name: "referrer", content: "no-referrer" },
];
export const headers = () => STATUS_HEADERS;

function nietGevonden(): never {
  throw data("Niet gevonden", { status: 404, headers: STATUS_HEADERS });
}

function tekstVoor(request: Request) {
  const t = taalVan(request);
  return { taal: t === "en" ? ("en" as const) : ("nl" as const) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!zoekKto(params.token ?? "")) nietGevonden();
  return data(tekstVoor(request), { headers: STATUS_HEADERS });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const invoer = await leesInvoer(request, { maxBytes: 64 * 1024 });
  const { taal } = tekstVoor(request);
  const waarden = { score: invoer.score ?? "", opmerking: invoer.opmerking ?? "" };
  if (!zoekKto(params.token ?? "")) nietGevonden();
  const v = valideer(KtoSchema, waarden);
  if (!v.ok) return data({ fouten: foutenInTaal(v.fouten, taal), waarden, taal }, { status: 400, headers: STATUS_HEADERS });
  const score = Number(v.data.score);
  if (!beantwoordKto(params.token ?? "", score, v.data.opmerking || null, afzenderVan(context).oorsprong)) nietGevonden();
  // a redirect, not a page: after the answer the link no longer works, so this route's loader would give the 404
  return redirect(`/inwoner/kto/bedankt${score <= 2 ? "?ontevreden=1" : ""}`, { headers: STATUS_HEADERS });
}

export default function InwonerKto() {
  const { taal } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const t = KTO_TEKST[taal];
  const fouten = ad?.fouten;
  const waarden = ad?.waarden ?? { score: "", opmerking: "" };
  const scoreFout = fouten?.score?.[0];
  return (
    <InwonerPagina titel={t.titel} intro={t.intro}>
      {fouten ? (
        <Melding soort="fout" titel={t.fout} />
      ) : null}
      <Form method="post" noValidate>
        <fieldset className={`utrecht-form-fieldset afs-veld${scoreFout ? " afs-veld--fout" : ""}`} aria-describedby={scoreFout ? "score-fout" : undefined}>
          <legend className="utrecht-form-fieldset__legend utrecht-form-label">{t.vraag}</legend>
          {scoreFout ? (
            <span id="score-fout" className="afs-veld__fout utrecht-form-field-error-message">
              {scoreFout}
            </span>
          ) : null}
          {t.schaal.map((label, i) => {
            const w = String(i + 1);
            return (
              <div key={w} className="utrecht-form-field utrecht-form-field--radio">
                <input
                  type="radio"
                  id={`score-${w}`}
                  name="score"
                  value={w}
                  defaultChecked={waarden.score === w}
                  className="utrecht-radio-button"
                  aria-invalid={scoreFout ? true : undefined}
                />{" "}
                <label htmlFor={`score-${w}`} className="utrecht-form-label utrecht-form-label--radio">
                  {label}
                </label>
              </div>
            );
          })}
        </fieldset>
        <TekstGebied id="opmerking" label={t.opmerking} hint={t.opmerkingHint} fout={fouten?.opmerking} defaultValue={waarden.opmerking} maxLength={2000} />
        <Knop>{t.knop}</Knop>
      </Form>
    </InwonerPagina>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const t = KTO_TEKST.nl;
    return (
      <InwonerPagina titel={t.nietGevondenTitel}>
        <p className="utrecht-paragraph">{t.nietGevonden}</p>
      </InwonerPagina>
    );
  }
  throw error;
}
