import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { invoerUitVersie, maakNieuweVersie, normFormOpties, normMetGeschiedenis } from "~/features/handvest/beheer.server";
import { now } from "~/platform/clock";
import css from "~/styles/handvest.css";
import { NormVelden } from "../features/handvest/components/norm-velden";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `Nieuwe versie van ${d?.code ?? "norm"} – Beheer – Afspraak` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const nu = now();
  const norm = normMetGeschiedenis(params.code ?? "", nu);
  if (!norm) throw new Response("Deze norm bestaat niet.", { status: 404, statusText: "Niet gevonden" });
  return data({
    code: norm.code,
    verwachteVersie: norm.laatste.versie,
    invoer: invoerUitVersie(norm.laatste, nu),
    opties: normFormOpties(),
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const form = Object.fromEntries(await request.formData());
  const r = maakNieuweVersie(params.code ?? "", form, { actor: { id: user.id, naam: user.naam }, oorsprong: origin(context) });
  if (r.ok) return redirect(`/beheer/handvest/${r.code}?opgeslagen=${r.versie}`);
  if (r.status === 404) throw new Response(r.melding ?? "Deze norm bestaat niet.", { status: 404, statusText: "Niet gevonden" });
  return data(
    { fouten: r.fouten, melding: r.melding, invoer: r.invoer, conflict: r.status === 409, laatsteVersie: r.laatsteVersie ?? null },
    { status: r.status },
  );
}

export default function NieuweVersie() {
  const { code, verwachteVersie, invoer, opties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("handvest");
  const basis = actionData?.laatsteVersie ?? verwachteVersie;
  return (
    <div className="afs-handvest-formulier">
      <p className="utrecht-paragraph">
        <Link to={`/beheer/handvest/${code}`} className="utrecht-link">
          {t("bewerken.annuleren")}
        </Link>
      </p>
      <PageTitle intro={t("bewerken.intro", { versie: basis + 1 })}>{t("bewerken.titel", { code })}</PageTitle>
      {actionData?.melding ? (
        <Melding soort={actionData.conflict ? "waarschuwing" : "fout"} role="alert" titel={actionData.conflict ? "Gewijzigd door een ander" : undefined}>
          <p className="utrecht-paragraph">{actionData.melding}</p>
          {actionData.conflict ? (
            <p className="utrecht-paragraph">
              <Link to={`/beheer/handvest/${code}`} className="utrecht-link" target="_blank" rel="noreferrer">
                Bekijk de versies van {code} (opent in een nieuw venster)
              </Link>
            </p>
          ) : null}
        </Melding>
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="verwachteVersie" value={basis} />
        <NormVelden invoer={actionData?.invoer ?? invoer} fouten={actionData?.fouten ?? {}} opties={opties} metCode={false} />
        <Knop disabled={nav.state === "submitting"}>{t("bewerken.knop")}</Knop>
      </Form>
    </div>
  );
}
