/**
 * Beheer › Berichten aan inwoners: the SMS gateway ("niet ingesteld" visible), e-mail (SMTP) state, quiet hours,
 * the queue and the templates (B1 Dutch and English). Works without JavaScript.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { berichtenBeheer, bewaarGateway, bewaarStilleUren, type BeheerResultaat } from "~/features/berichten/beheer.server";

export const meta: MetaFunction = () => [{ title: "Berichten aan inwoners – Beheer – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data({ ...berichtenBeheer(), opgeslagen: new URL(request.url).searchParams.get("opgeslagen") });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const invoer = await leesInvoer(request);
  const actor = { id: user.id, naam: user.naam };
  const r =
    invoer.intent === "gateway"
      ? bewaarGateway(actor, invoer, origin(context))
      : invoer.intent === "stille_uren"
        ? bewaarStilleUren(actor, invoer, origin(context))
        : ({ ok: false, fouten: { _form: ["Onbekende actie. Laad de pagina opnieuw."] }, waarden: {} } as BeheerResultaat);
  return data({ intent: invoer.intent ?? "", ...r }, { status: r.ok ? 200 : 400 });
}

const STATUS: Record<string, string> = { wachtend: "Wacht", bezig: "Wordt verstuurd", verzonden: "Verstuurd", onzeker: "Onzeker (onderbroken)", opgegeven: "Niet bezorgd" };

export default function BerichtenBeheer() {
  const d = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const fout = (intent: string, veld: string) => (ad && !ad.ok && ad.intent === intent ? (ad.fouten as Record<string, string[] | undefined>)[veld] : undefined);
  const waarde = (intent: string, veld: string, standaard: string) => (ad && !ad.ok && ad.intent === intent ? (ad.waarden as Record<string, string>)[veld] ?? standaard : standaard);
  return (
    <>
      <PageTitle intro="Berichten die inwoners krijgen: per e-mail en per sms. Gewone berichten gaan nooit 's nachts weg.">Berichten aan inwoners</PageTitle>
      {ad?.ok ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{ad.melding}</p>
        </Melding>
      ) : ad && !ad.ok && ad.fouten._form ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{ad.fouten._form[0]}</p>
        </Melding>
      ) : null}

      <h2 className="utrecht-heading-2" id="sms">Sms-gateway</h2>
      {d.sms.ingesteld ? (
        <Melding soort="ok" titel="Ingesteld">
          <p className="utrecht-paragraph">
            Sms-berichten gaan naar <code>{d.sms.url}</code> ({d.sms.bron === "beheer" ? "ingesteld in beheer" : "uit de omgeving: AFSPRAAK_SMS_URL"}
            {d.sms.tokenIngesteld ? ", met token" : ", zonder token"}).
          </p>
        </Melding>
      ) : (
        <Melding soort="waarschuwing" titel="Niet ingesteld">
          <p className="utrecht-paragraph">Er is geen sms-gateway ingesteld. Sms-berichten aan inwoners blijven wachten tot er een gateway is.</p>
        </Melding>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="gateway" />
        <TekstVeld id="url" label="Adres van de gateway (URL)" hint="Afspraak stuurt een POST met JSON {to, text} en een Bearer-token. Laat leeg om de instelling in beheer te wissen." defaultValue={waarde("gateway", "url", d.sms.ingesteld && d.sms.bron === "beheer" ? d.sms.url : "")} fout={fout("gateway", "url")} />
        <TekstVeld id="token" label="Token" type="password" autoComplete="off" hint="Laat leeg om het huidige token te houden." fout={fout("gateway", "token")} />
        <Knop>Gateway opslaan</Knop>
      </Form>

      <h2 className="utrecht-heading-2">E-mail</h2>
      <p className="utrecht-paragraph">
        {d.email.ingesteld ? "E-mail gaat via de SMTP-server uit AFSPRAAK_SMTP_URL." : "Niet ingesteld: AFSPRAAK_SMTP_URL ontbreekt. E-mails blijven wachten."}
      </p>

      <h2 className="utrecht-heading-2" id="stille-uren">Stille uren</h2>
      <p className="utrecht-paragraph">Gewone berichten gaan niet weg tussen deze tijden (Nederlandse tijd); ze gaan daarna. Dringende berichten mogen wel.</p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="stille_uren" />
        <TekstVeld id="van" label="Vanaf" inputMode="numeric" defaultValue={waarde("stille_uren", "van", d.stilleUren.van)} fout={fout("stille_uren", "van")} />
        <TekstVeld id="tot" label="Tot" inputMode="numeric" defaultValue={waarde("stille_uren", "tot", d.stilleUren.tot)} fout={fout("stille_uren", "tot")} />
        <Knop>Stille uren opslaan</Knop>
      </Form>

      <h2 className="utrecht-heading-2">Wachtrij</h2>
      {d.telling.length ? (
        <ul className="utrecht-unordered-list">
          {d.telling.map((t) => (
            <li key={`${t.status}-${t.kanaal}`}>
              {STATUS[t.status] ?? t.status} ({t.kanaal === "sms" ? "sms" : "e-mail"}): {t.n}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">Nog geen berichten.</p>
      )}

      <h2 className="utrecht-heading-2">Sjablonen</h2>
      {d.opgeslagen ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">Het sjabloon is opgeslagen.</p>
        </Melding>
      ) : null}
      <table className="utrecht-table afs-tabel">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Bericht</th>
            <th className="utrecht-table__header-cell" scope="col">Taal</th>
            <th className="utrecht-table__header-cell" scope="col">Onderwerp</th>
            <th className="utrecht-table__header-cell" scope="col">Tekst</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {d.sjablonen.map((s) => (
            <tr key={`${s.soort}-${s.taal}`} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                <Link to={`/beheer/berichten/${s.soort}/${s.taal}`} className="utrecht-link">
                  {s.titel}
                </Link>
              </td>
              <td className="utrecht-table__cell">{s.taal === "nl" ? "Nederlands" : "Engels"}</td>
              <td className="utrecht-table__cell">{s.onderwerp}</td>
              <td className="utrecht-table__cell">{s.aangepast ? `Aangepast (versie ${s.versie})` : "Standaardtekst"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
