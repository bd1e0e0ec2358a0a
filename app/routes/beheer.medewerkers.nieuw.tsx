import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { actieveMedewerkers, leesMedewerkerFormulier, maakMedewerker, ROLLEN, teamKeuzes, type MedewerkerFormulier } from "~/features/organisatie/organisatie.server";
import { basisUrlVan } from "~/features/inloggen/wachtwoord.server";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Nieuwe medewerker – Beheer – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data({ teams: teamKeuzes(), medewerkers: actieveMedewerkers(), rollen: [...ROLLEN] });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const form = await request.formData();
  const { ruw, invoer } = leesMedewerkerFormulier(form);
  const keuze = form.get("wachtwoordKeuze") === "wachtwoord" ? "wachtwoord" : "link";
  const wachtwoord = typeof form.get("wachtwoord") === "string" ? String(form.get("wachtwoord")).slice(0, 300) : "";
  const r = await maakMedewerker(user, invoer, keuze === "wachtwoord" ? { soort: "wachtwoord", wachtwoord } : { soort: "link" }, {
    context,
    basisUrl: basisUrlVan(request),
  });
  if (!r.ok) {
    // The password is never sent back; everything else the beheerder typed is.
    return data({ fouten: r.fouten, melding: r.melding, ruw, keuze, link: null, id: null }, { status: r.status });
  }
  if (r.link) {
    // Shown exactly once, in this response; never put in a URL or stored.
    return data({ fouten: {}, melding: null, ruw, keuze, link: { url: r.link.url, verlooptOp: r.link.verlooptOp }, id: r.id });
  }
  return redirect(`/beheer/medewerkers/${r.id}?aangemaakt=1`);
}

export function tijdstip(ms: number): string {
  return new Date(ms).toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "full", timeStyle: "short" });
}

/** The fields shared by "nieuw" and "bewerken": naam, e-mail, team, rollen, leidinggevenden. */
export function MedewerkerVelden({
  waarden,
  fouten,
  teams,
  medewerkers,
  rollen,
}: {
  waarden: MedewerkerFormulier;
  fouten: Record<string, string[] | undefined>;
  teams: { id: number; naam: string; afdelingNaam: string; actief: boolean }[];
  medewerkers: { id: string; naam: string }[];
  rollen: string[];
}) {
  const { t } = useTranslation("beheer");
  const { t: tc } = useTranslation();
  const rolFout = fouten.rollen?.[0];
  return (
    <>
      <TekstVeld id="naam" label={t("mw.naam")} required maxLength={120} autoComplete="off" defaultValue={waarden.naam} fout={fouten.naam} />
      <TekstVeld id="email" label={t("mw.email")} type="email" required maxLength={200} autoComplete="off" defaultValue={waarden.email} fout={fouten.email} />
      <Keuzelijst
        id="teamId"
        label={t("mw.team")}
        required
        defaultValue={waarden.teamId}
        fout={fouten.teamId}
        opties={[
          { value: "", label: "—" },
          ...teams.map((tm) => ({ value: String(tm.id), label: `${tm.naam} (${tm.afdelingNaam})${tm.actief ? "" : ` – ${t("inactief")}`}` })),
        ]}
      />
      <fieldset
        className={`afs-keuzes${rolFout ? " afs-keuzes--fout" : ""}`}
        aria-describedby={rolFout ? "rollen-hint rollen-fout" : "rollen-hint"}
      >
        <legend>{t("mw.rollen")}</legend>
        <span id="rollen-hint" className="afs-veld__hint">
          {t("mw.rollenHint")}
        </span>
        {rolFout ? (
          <span id="rollen-fout" className="afs-veld__fout">
            {rolFout}
          </span>
        ) : null}
        {rollen.map((r) => (
          <div className="afs-keuzes__optie" key={r}>
            <input type="checkbox" id={`rol-${r}`} name="rollen" value={r} defaultChecked={waarden.rollen.includes(r)} />
            <label htmlFor={`rol-${r}`}>{tc(`rol.${r}`)}</label>
          </div>
        ))}
      </fieldset>
      <Keuzelijst
        id="leidinggevenden"
        label={t("mw.leidinggevenden")}
        hint={t("mw.leidinggevendenHint")}
        multiple
        size={8}
        defaultValue={waarden.leidinggevenden}
        fout={fouten.leidinggevenden}
        opties={medewerkers.map((m) => ({ value: m.id, label: m.naam }))}
      />
    </>
  );
}

const LEEG: MedewerkerFormulier = { naam: "", email: "", teamId: "", rollen: ["medewerker"], leidinggevenden: [] };

export default function NieuweMedewerker() {
  const { teams, medewerkers, rollen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;
  const keuze = actionData?.keuze ?? "link";

  if (actionData?.link && actionData.id) {
    return (
      <>
        <PageTitle>{t("mw.aangemaakt")}</PageTitle>
        <Melding soort="ok" titel={t("mw.linkTitel")}>
          <p className="utrecht-paragraph">{t("mw.linkUitleg", { tot: tijdstip(actionData.link.verlooptOp) })}</p>
          <code className="afs-link-tonen" data-testid="wachtwoordlink">
            {actionData.link.url}
          </code>
        </Melding>
        <p className="utrecht-paragraph">
          <Link to={`/beheer/medewerkers/${actionData.id}`} className="utrecht-link">
            {t("mw.bewerken")}: {actionData.ruw.naam}
          </Link>
        </p>
        <p className="utrecht-paragraph">
          <Link to="/beheer/medewerkers" className="utrecht-link">
            {t("mw.titel")}
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/medewerkers" className="utrecht-link">
          {t("mw.titel")}
        </Link>
      </p>
      <PageTitle>{t("mw.nieuw")}</PageTitle>
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      <Form method="post" className="afs-beheer-formulier" noValidate>
        <MedewerkerVelden waarden={actionData?.ruw ?? LEEG} fouten={fouten} teams={teams} medewerkers={medewerkers} rollen={rollen} />
        <fieldset className="afs-keuzes">
          <legend>{t("mw.wachtwoordKeuze")}</legend>
          <div className="afs-keuzes__optie">
            <input type="radio" id="keuze-link" name="wachtwoordKeuze" value="link" defaultChecked={keuze === "link"} />
            <label htmlFor="keuze-link">{t("mw.keuzeLink")}</label>
          </div>
          <div className="afs-keuzes__optie">
            <input type="radio" id="keuze-wachtwoord" name="wachtwoordKeuze" value="wachtwoord" defaultChecked={keuze === "wachtwoord"} />
            <label htmlFor="keuze-wachtwoord">{t("mw.keuzeWachtwoord")}</label>
          </div>
        </fieldset>
        <TekstVeld
          id="wachtwoord"
          label={t("mw.wachtwoord")}
          hint={t("mw.wachtwoordHint")}
          type="password"
          autoComplete="new-password"
          maxLength={200}
          fout={fouten.wachtwoord}
        />
        <Knop disabled={nav.state === "submitting"}>{t("aanmaken")}</Knop>
      </Form>
    </>
  );
}
