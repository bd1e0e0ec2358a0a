import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { EscalatieTabel } from "~/features/werklijsten/components/escalaties";
import { requireUser } from "~/platform/auth/permissions.server";
import { bevestigEscalatie, escalatieRegels, escalaties } from "~/features/werklijsten/werklijsten.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { now } from "~/platform/clock";

export const meta: MetaFunction = () => [{ title: "Regieteam – Afspraak" }];

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
  ["/regieteam/dashboard", "Dashboard klachten en leren"],
  ["/regieteam/nakoming", "Nakoming handvest"],
  ["/leerlogboek", "Leerlogboek"],
  ["/verbeteracties", "Verbeteracties"],
  ["/regieteam/jaarverslag", "Jaarverslag klachten"],
  ["/klachten", "Klachten"],
  ["/feedback/suggesties", "Suggesties"],
  ["/regieteam/contactvolumes", "Contactvolumes"],
  ["/handvest", "Ons kwaliteitshandvest"],
];

export default function Regieteam() {
  const d = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  return (
    <>
      <PageTitle intro="Afspraken die ook na de escalatie naar de teamleider niet zijn nagekomen, komen hier bij het regieteam. Zorg samen met de teamleider dat de inwoner alsnog krijgt wat is beloofd, en leer ervan.">
        Regieteam
      </PageTitle>
      <nav aria-label="Regieteam" className="afs-acties">
        {MENU.map(([to, tekst], i) => (
          <Link key={to} to={to} className={`utrecht-button-link utrecht-button-link--${i === 0 ? "primary" : "secondary"}-action`}>
            {tekst}
          </Link>
        ))}
      </nav>
      <h2 className="utrecht-heading-2">Escalaties naar het regieteam</h2>
      {actie ? (
        <Melding soort={actie.ok ? "ok" : "fout"}>
          <p className="utrecht-paragraph">{actie.ok ? "Vastgelegd dat u de escalatie heeft gezien." : actie.melding}</p>
        </Melding>
      ) : null}
      <EscalatieTabel
        escalaties={d.escalaties}
        extraLink={(e) => ({ to: `/leerlogboek/nieuw?afspraak=${encodeURIComponent(e.afspraakId)}`, tekst: "Les vastleggen" })}
      />
    </>
  );
}
