import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import {
  kalenderOverzicht,
  MAX_JAAR,
  MIN_JAAR,
  verwijderKalenderDag,
  voegGelijkgesteldeDagToe,
  voegOrganisatieDagToe,
  wijzigOpeningstijden,
  wijzigVrijeDagen,
  type Resultaat,
} from "~/features/kalender/beheer.server";
import { lokaleDelen } from "~/domain/kalender/tijd";
import { now } from "~/platform/clock";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Kalenders en kantoortijden – Beheer – Afspraak" }];

const OK_MELDINGEN = {
  tijden: "De kantoortijden zijn opgeslagen.",
  instellingen: "De instellingen voor vrije dagen zijn opgeslagen.",
  dag: "De dag is toegevoegd aan de werkkalender.",
  gelijk: "De gelijkgestelde dag is toegevoegd.",
  verwijderd: "De dag is verwijderd.",
} as const;
type OkCode = keyof typeof OK_MELDINGEN;

function jaarUit(w: string | null | undefined): number {
  const j = Number(w);
  return Number.isInteger(j) && j >= MIN_JAAR && j <= MAX_JAAR ? j : lokaleDelen(now()).jaar;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const url = new URL(request.url);
  const jaar = jaarUit(url.searchParams.get("jaar"));
  const ok = url.searchParams.get("ok");
  return data({
    minJaar: MIN_JAAR,
    maxJaar: MAX_JAAR,
    overzicht: kalenderOverzicht(jaar),
    ok: ok && ok in OK_MELDINGEN ? OK_MELDINGEN[ok as OkCode] : null,
  });
}

const INTENTS = ["tijden", "instellingen", "dag", "gelijk", "verwijder"] as const;
type Intent = (typeof INTENTS)[number];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const form = Object.fromEntries(await request.formData());
  const intent = String(form.intent ?? "") as Intent;
  const wie = { actor: { id: user.id, naam: user.naam }, oorsprong: origin(context) };
  let jaar = jaarUit(typeof form.jaar === "string" ? form.jaar : null);
  let r: Resultaat;
  let ok: OkCode;
  switch (intent) {
    case "tijden":
      r = wijzigOpeningstijden(form, wie);
      ok = "tijden";
      break;
    case "instellingen":
      r = wijzigVrijeDagen(form, wie);
      ok = "instellingen";
      break;
    case "dag":
      r = voegOrganisatieDagToe(form, wie);
      ok = "dag";
      if (r.ok && typeof form.datum === "string") jaar = jaarUit(form.datum.slice(0, 4));
      break;
    case "gelijk":
      r = voegGelijkgesteldeDagToe(form, wie);
      ok = "gelijk";
      if (r.ok && typeof form.datum === "string") jaar = jaarUit(form.datum.slice(0, 4));
      break;
    case "verwijder":
      r = verwijderKalenderDag(Number(form.id), wie);
      ok = "verwijderd";
      break;
    default:
      throw new Response("Onbekende actie.", { status: 400, statusText: "Ongeldig verzoek" });
  }
  if (r.ok) return redirect(`/beheer/kalender?jaar=${jaar}&ok=${ok}`);
  return data({ intent, fouten: r.fouten, melding: r.melding, invoer: r.invoer }, { status: r.status });
}

type ActieData = { intent: Intent; fouten: Record<string, string[] | undefined>; melding: string; invoer: Record<string, string> };

function FoutMelding({ actie, intent }: { actie: ActieData | undefined; intent: Intent }) {
  if (!actie || actie.intent !== intent) return null;
  return (
    <Melding soort={intent === "verwijder" ? "waarschuwing" : "fout"} role="alert">
      <p className="utrecht-paragraph">{actie.melding}</p>
    </Melding>
  );
}

export default function BeheerKalender() {
  const { overzicht: o, ok, minJaar, maxJaar } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const nav = useNavigation();
  const { t } = useTranslation("handvest");
  const bezig = nav.state === "submitting";
  const fout = (intent: Intent, veld: string) => (actionData?.intent === intent ? actionData.fouten[veld] : undefined);
  const inv = (intent: Intent, veld: string, standaard: string) =>
    actionData?.intent === intent ? (actionData.invoer[veld] ?? standaard) : standaard;

  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/handvest" className="utrecht-link">
          {t("detail.terug")}
        </Link>
      </p>
      <PageTitle intro={t("kalender.intro")}>{t("kalender.titel")}</PageTitle>
      {ok ? <Melding soort="ok">{ok}</Melding> : null}
      <FoutMelding actie={actionData} intent="verwijder" />

      <Form method="get" className="afs-rij">
        <TekstVeld id="jaar" label={t("kalender.jaar")} type="number" min={minJaar} max={maxJaar} defaultValue={String(o.jaar)} />
        <div className="afs-veld">
          <Knop soort="secundair">{t("kalender.toon")}</Knop>
        </div>
      </Form>

      <div className="afs-handvest-twee">
        <section aria-labelledby="feestdagen">
          <h2 id="feestdagen" className="utrecht-heading-2">
            {t("kalender.feestdagen", { jaar: o.jaar })}
          </h2>
          <p className="utrecht-paragraph">{t("kalender.feestdagenIntro", { jaar: o.jaar, aantal: o.aantalWerkdagen })}</p>
          <div className="afs-tabel-container">
            <table className="afs-tabel">
              <thead>
                <tr>
                  <th scope="col">{t("kalender.feestdag")}</th>
                  <th scope="col">{t("kalender.datum")}</th>
                  <th scope="col">{t("kalender.organisatie")}</th>
                  <th scope="col">{t("kalender.atw")}</th>
                </tr>
              </thead>
              <tbody>
                {o.feestdagen.map((f) => (
                  <tr key={f.datum + f.naam}>
                    <th scope="row">{f.naam}</th>
                    <td>{f.datumTekst}</td>
                    <td>
                      {f.organisatie === "werkdag"
                        ? t("kalender.orgWerkdag")
                        : f.organisatie === "vrij"
                          ? t("kalender.orgVrij")
                          : t("kalender.orgGesloten")}
                    </td>
                    <td>{f.atw ? t("kalender.atwJa") : t("kalender.atwNee")}</td>
                  </tr>
                ))}
                {o.gelijkgesteldeDagen
                  .filter((g) => g.inJaar)
                  .map((g) => (
                    <tr key={g.id}>
                      <th scope="row">{g.omschrijving}</th>
                      <td>{g.datumTekst}</td>
                      <td>{t("kalender.orgWerkdag")}</td>
                      <td>{t("kalender.atwJa")}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="orgdagen">
          <h2 id="orgdagen" className="utrecht-heading-2">
            {t("kalender.orgDagen", { jaar: o.jaar })}
          </h2>
          {o.organisatieDagen.length === 0 ? (
            <p className="utrecht-paragraph">{t("kalender.orgDagenLeeg", { jaar: o.jaar })}</p>
          ) : (
            <div className="afs-tabel-container">
              <table className="afs-tabel">
                <thead>
                  <tr>
                    <th scope="col">{t("kalender.datum")}</th>
                    <th scope="col">{t("kalender.soort")}</th>
                    <th scope="col">{t("kalender.omschrijving")}</th>
                    <th scope="col">{t("kalender.actie")}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.organisatieDagen.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.datumTekst}</th>
                      <td>
                        {d.soort === "deeldag" ? `${t("kalender.deeldagKort")}, ${t("kalender.sluitTijd").toLowerCase()} ${d.sluit}` : t("kalender.sluitingsdagKort")}
                      </td>
                      <td>{d.omschrijving}</td>
                      <td>
                        <Form method="post" className="afs-handvest-inline">
                          <input type="hidden" name="intent" value="verwijder" />
                          <input type="hidden" name="id" value={d.id} />
                          <input type="hidden" name="jaar" value={o.jaar} />
                          <Knop soort="secundair" aria-label={t("kalender.verwijderLabel", { datum: d.datumTekst })} disabled={bezig}>
                            {t("kalender.verwijder")}
                          </Knop>
                        </Form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3 id="dag-toevoegen" className="utrecht-heading-3">
            {t("kalender.dagToevoegen")}
          </h3>
          <FoutMelding actie={actionData} intent="dag" />
          <Form method="post" noValidate aria-labelledby="dag-toevoegen">
            <input type="hidden" name="intent" value="dag" />
            <input type="hidden" name="jaar" value={o.jaar} />
            <TekstVeld id="dag-datum" name="datum" label={t("kalender.datum")} type="date" required defaultValue={inv("dag", "datum", "")} fout={fout("dag", "datum")} />
            <Keuzelijst
              id="dag-soort"
              name="soort"
              label={t("kalender.soort")}
              defaultValue={inv("dag", "soort", "sluitingsdag")}
              fout={fout("dag", "soort")}
              opties={[
                { value: "sluitingsdag", label: t("kalender.sluitingsdag") },
                { value: "deeldag", label: t("kalender.deeldag") },
              ]}
            />
            <TekstVeld id="dag-sluit" name="sluit" label={t("kalender.sluitTijd")} hint={t("kalender.sluitHint")} type="time" defaultValue={inv("dag", "sluit", "")} fout={fout("dag", "sluit")} />
            <TekstVeld id="dag-omschrijving" name="omschrijving" label={t("kalender.omschrijving")} required maxLength={200} defaultValue={inv("dag", "omschrijving", "")} fout={fout("dag", "omschrijving")} />
            <Knop disabled={bezig}>{t("kalender.toevoegen")}</Knop>
          </Form>
        </section>
      </div>

      <section aria-labelledby="gelijkgesteld" className="afs-handvest-sectie">
        <h2 id="gelijkgesteld" className="utrecht-heading-2">
          {t("kalender.gelijkgesteld")}
        </h2>
        <p className="utrecht-paragraph afs-intro">{t("kalender.gelijkgesteldIntro")}</p>
        {o.gelijkgesteldeDagen.length === 0 ? (
          <p className="utrecht-paragraph">{t("kalender.gelijkgesteldLeeg")}</p>
        ) : (
          <div className="afs-tabel-container">
            <table className="afs-tabel">
              <thead>
                <tr>
                  <th scope="col">{t("kalender.datum")}</th>
                  <th scope="col">{t("kalender.omschrijving")}</th>
                  <th scope="col">{t("kalender.actie")}</th>
                </tr>
              </thead>
              <tbody>
                {o.gelijkgesteldeDagen.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">{g.datumTekst}</th>
                    <td>{g.omschrijving}</td>
                    <td>
                      <Form method="post" className="afs-handvest-inline">
                        <input type="hidden" name="intent" value="verwijder" />
                        <input type="hidden" name="id" value={g.id} />
                        <input type="hidden" name="jaar" value={o.jaar} />
                        <Knop soort="secundair" aria-label={t("kalender.verwijderLabel", { datum: g.datumTekst })} disabled={bezig}>
                          {t("kalender.verwijder")}
                        </Knop>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 id="gelijk-toevoegen" className="utrecht-heading-3">
          {t("kalender.gelijkgesteldToevoegen")}
        </h3>
        <FoutMelding actie={actionData} intent="gelijk" />
        <Form method="post" noValidate aria-labelledby="gelijk-toevoegen">
          <input type="hidden" name="intent" value="gelijk" />
          <input type="hidden" name="jaar" value={o.jaar} />
          <TekstVeld id="gelijk-datum" name="datum" label={t("kalender.datum")} type="date" required defaultValue={inv("gelijk", "datum", "")} fout={fout("gelijk", "datum")} />
          <TekstVeld id="gelijk-omschrijving" name="omschrijving" label={t("kalender.omschrijving")} required maxLength={200} defaultValue={inv("gelijk", "omschrijving", "")} fout={fout("gelijk", "omschrijving")} />
          <Knop disabled={bezig}>{t("kalender.toevoegen")}</Knop>
        </Form>
      </section>

      <section aria-labelledby="kantoortijden" className="afs-handvest-sectie">
        <h2 id="kantoortijden" className="utrecht-heading-2">
          {t("kalender.kantoortijden")}
        </h2>
        <p className="utrecht-paragraph afs-intro">{t("kalender.kantoortijdenIntro")}</p>
        <FoutMelding actie={actionData} intent="tijden" />
        <Form method="post" noValidate aria-labelledby="kantoortijden">
          <input type="hidden" name="intent" value="tijden" />
          <input type="hidden" name="jaar" value={o.jaar} />
          <input type="hidden" name="stand" value={o.openingstijdenStand} />
          <div className="afs-tabel-container">
            <table className="afs-tabel afs-handvest-tijden">
              <thead>
                <tr>
                  <th scope="col">Weekdag</th>
                  <th scope="col">Open</th>
                  <th scope="col">Sluit</th>
                  <th scope="col">Gesloten</th>
                </tr>
              </thead>
              <tbody>
                {o.openingstijden.map((d) => {
                  const wd = d.weekdag;
                  const gesloten = inv("tijden", `gesloten-${wd}`, d.open === null ? "on" : "") === "on";
                  const fOpen = fout("tijden", `open-${wd}`)?.[0];
                  const fSluit = fout("tijden", `sluit-${wd}`)?.[0];
                  const fGesloten = fout("tijden", `gesloten-${wd}`)?.[0];
                  return (
                    <tr key={wd}>
                      <th scope="row">{d.naam}</th>
                      <td>
                        <label htmlFor={`open-${wd}`} className="afs-sr">
                          {t("kalender.open", { dag: d.naam })}
                        </label>
                        {fOpen ? (
                          <span id={`open-${wd}-fout`} className="afs-veld__fout">
                            {fOpen}
                          </span>
                        ) : null}
                        <input
                          id={`open-${wd}`}
                          name={`open-${wd}`}
                          type="time"
                          className="utrecht-textbox utrecht-textbox--html-input"
                          defaultValue={inv("tijden", `open-${wd}`, d.open ?? "")}
                          aria-invalid={fOpen ? true : undefined}
                          aria-describedby={fOpen ? `open-${wd}-fout` : undefined}
                        />
                      </td>
                      <td>
                        <label htmlFor={`sluit-${wd}`} className="afs-sr">
                          {t("kalender.sluit", { dag: d.naam })}
                        </label>
                        {fSluit ? (
                          <span id={`sluit-${wd}-fout`} className="afs-veld__fout">
                            {fSluit}
                          </span>
                        ) : null}
                        <input
                          id={`sluit-${wd}`}
                          name={`sluit-${wd}`}
                          type="time"
                          className="utrecht-textbox utrecht-textbox--html-input"
                          defaultValue={inv("tijden", `sluit-${wd}`, d.sluit ?? "")}
                          aria-invalid={fSluit ? true : undefined}
                          aria-describedby={fSluit ? `sluit-${wd}-fout` : undefined}
                        />
                      </td>
                      <td>
                        <div className="afs-handvest-vink">
                          <input
                            id={`gesloten-${wd}`}
                            name={`gesloten-${wd}`}
                            type="checkbox"
                            className="utrecht-checkbox utrecht-checkbox--html-input"
                            defaultChecked={gesloten}
                            aria-invalid={fGesloten ? true : undefined}
                            aria-describedby={fGesloten ? `gesloten-${wd}-fout` : undefined}
                          />
                          <label htmlFor={`gesloten-${wd}`}>{t("kalender.gesloten", { dag: d.naam })}</label>
                        </div>
                        {fGesloten ? (
                          <span id={`gesloten-${wd}-fout`} className="afs-veld__fout">
                            {fGesloten}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Knop disabled={bezig}>{t("kalender.opslaanTijden")}</Knop>
        </Form>
      </section>

      <section aria-labelledby="vrijedagen" className="afs-handvest-sectie">
        <h2 id="vrijedagen" className="utrecht-heading-2">
          {t("kalender.vrijeDagen")}
        </h2>
        <p className="utrecht-paragraph afs-intro">{t("kalender.vrijeDagenIntro")}</p>
        <FoutMelding actie={actionData} intent="instellingen" />
        <Form method="post" aria-labelledby="vrijedagen">
          <input type="hidden" name="intent" value="instellingen" />
          <input type="hidden" name="jaar" value={o.jaar} />
          <input type="hidden" name="stand" value={o.instellingenStand} />
          <div className="afs-handvest-vink">
            <input
              id="bevrijdingsdagVrij"
              name="bevrijdingsdagVrij"
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              defaultChecked={inv("instellingen", "bevrijdingsdagVrij", o.instellingen.bevrijdingsdagVrij ? "on" : "") === "on"}
            />
            <label htmlFor="bevrijdingsdagVrij">{t("kalender.bevrijdingsdag")}</label>
          </div>
          <div className="afs-handvest-vink">
            <input
              id="goedeVrijdagVrij"
              name="goedeVrijdagVrij"
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              defaultChecked={inv("instellingen", "goedeVrijdagVrij", o.instellingen.goedeVrijdagVrij ? "on" : "") === "on"}
            />
            <label htmlFor="goedeVrijdagVrij">{t("kalender.goedeVrijdag")}</label>
          </div>
          <Knop disabled={bezig}>{t("kalender.opslaanInstellingen")}</Knop>
        </Form>
      </section>
    </>
  );
}
