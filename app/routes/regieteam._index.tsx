import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { EscalatieTabel } from "~/features/werklijsten/components/escalaties";
import { requireUser } from "~/platform/auth/permissions.server";
import { bevestigEscalatie, escalatieRegels, escalaties } from "~/features/werklijsten/werklijsten.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { now } from "~/platform/clock";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "nav.regieteam");

/**
 * The regieteam's starting point: every commitment that escalated past the teamleider to the regieteam
 * (the last step of the escalation chain), with the way into complaints.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  return data({ escalaties: escalatieRegels(escalaties(user.id, "regieteam"), now()) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const termijnId = Number((await leesInvoer(request)).termijn);
  if (!Number.isInteger(termijnId) || termijnId <= 0) {
    return data({ ok: false as const, melding: "Deze escalatie bestaat niet (meer)." }, { status: 400 });
  }
  const r = bevestigEscalatie(user, "regieteam", termijnId, null, origin(context));
  if (!r.ok) return data({ ok: false as const, melding: r.melding }, { status: 400 });
  return data({ ok: true as const, melding: null });
}

/** The regieteam's pages, the dashboard first (the primary button). */
const MENU: [string, string][] = [
  ["/regieteam/dashboard", "dashboard"],
  ["/regieteam/nakoming", "nakoming"],
  ["/leerlogboek", "leerlogboek"],
  ["/verbeteracties", "verbeteracties"],
  ["/regieteam/jaarverslag", "jaarverslag"],
  ["/klachten", "klachten"],
  ["/feedback/suggesties", "suggesties"],
  ["/regieteam/contactvolumes", "contactvolumes"],
  ["/handvest", "handvest"],
];

export default function Regieteam() {
  const d = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const { t } = useTranslation("werk");
  const { t: tc } = useTranslation();
  return (
    <>
      <PageTitle intro={t("regieteam.intro")}>{tc("nav.regieteam")}</PageTitle>
      <nav aria-label={tc("nav.regieteam")} className="afs-acties">
        {MENU.map(([to, sleutel], i) => (
          <Link key={to} to={to} className={`utrecht-button-link utrecht-button-link--${i === 0 ? "primary" : "secondary"}-action`}>
            {t(`regieteam.${sleutel}`)}
          </Link>
        ))}
      </nav>
      <h2 className="utrecht-heading-2">{t("regieteam.escalaties")}</h2>
      {actie ? (
        <Melding soort={actie.ok ? "ok" : "fout"}>
          <p className="utrecht-paragraph">{actie.ok ? t("escalaties.bevestigd") : actie.melding}</p>
        </Melding>
      ) : null}
      <EscalatieTabel
        escalaties={d.escalaties}
        extraLink={(e) => ({ to: `/leerlogboek/nieuw?afspraak=${encodeURIComponent(e.afspraakId)}`, tekst: t("regieteam.lesVastleggen") })}
      />
    </>
  );
}
