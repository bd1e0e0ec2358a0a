/**
 * Team › Ontevreden inwoners: satisfaction answers of 1 or 2 for the teamleider's teams, with follow-up
 * (call back, pick up again as a new follow-up, a signal for the learning log, or close).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer, valideer } from "~/platform/web/formulier.server";
import { origin } from "~/platform/audit/audit.server";
import { ontevredenAntwoorden, volgOp, OPVOLG_ACTIES, OPVOLGING_TEKST, SOORT_TEKST } from "~/features/kto/opvolging.server";
import { OntevredenTabel } from "~/features/kto/components/ontevreden";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "werk:kto.titel", "werk:team.titel");

const ActieSchema = z.object({
  id: z.coerce.number().int().positive({ error: "Onbekend antwoord." }),
  versie: z.coerce.number().int().positive({ error: "Onbekende versie." }),
  actie: z.enum(OPVOLG_ACTIES, { error: "Kies wat u met dit antwoord doet." }),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const gedaan = new URL(request.url).searchParams.get("gedaan");
  return data({ ...ontevredenAntwoorden(user), soortTekst: SOORT_TEKST, opvolgingTekst: OPVOLGING_TEKST, gedaan });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const v = valideer(ActieSchema, await leesInvoer(request));
  if (!v.ok) return data({ melding: Object.values(v.fouten).flat()[0] ?? "Ongeldige invoer." }, { status: 400 });
  const r = volgOp(user, v.data.id, v.data.versie, v.data.actie, origin(context));
  if (!r.ok) return data({ melding: r.melding }, { status: r.status });
  return redirect(r.nieuwId && v.data.actie === "terugbellen" ? `/terugbelafspraken/${r.nieuwId}` : `/team/kto?gedaan=${v.data.actie}`);
}

const GEDAAN: Record<string, string> = {
  heropenen: "kto.gedaanHeropenen",
  signaal: "kto.gedaanSignaal",
  afgedaan: "kto.gedaanAfgedaan",
};

export default function TeamKto() {
  const d = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const { t } = useTranslation("werk");
  return (
    <>
      <PageTitle intro={t("kto.intro")}>{t("kto.titel")}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/team" className="utrecht-link">
          {t("kto.terug")}
        </Link>
      </p>
      {actie ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{actie.melding}</p>
        </Melding>
      ) : d.gedaan && GEDAAN[d.gedaan] ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{t(GEDAAN[d.gedaan]!)}</p>
        </Melding>
      ) : null}
      <h2 className="utrecht-heading-2">{t("kto.open", { aantal: d.open.length })}</h2>
      {d.open.length ? (
        <OntevredenTabel rijen={d.open} soortTekst={d.soortTekst} opvolgingTekst={d.opvolgingTekst} metActies />
      ) : (
        <p className="utrecht-paragraph">{t("kto.leeg")}</p>
      )}
      {d.afgehandeld.length ? (
        <>
          <h2 className="utrecht-heading-2">{t("kto.opgevolgd")}</h2>
          <OntevredenTabel rijen={d.afgehandeld} soortTekst={d.soortTekst} opvolgingTekst={d.opvolgingTekst} metActies={false} />
        </>
      ) : null}
    </>
  );
}
