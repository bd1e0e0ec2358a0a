import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Keuzelijst, Knop, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { actieOmschrijving, bekijkAudit, RESULTAAT_TEKST, RESULTATEN } from "~/features/audit/zoeken.server";
import { alleMedewerkers } from "~/features/organisatie/organisatie.server";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Auditlog – Beheer – Afspraak" }];

const Datum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
// Built inside the loader: RESULTATEN comes from a server module, which does not exist in the browser bundle.
const filterSchema = () => z.object({
  van: Datum,
  tot: Datum,
  actor: z.string().max(100).optional().catch(undefined),
  actie: z.string().max(100).optional().catch(undefined),
  objectType: z.string().max(100).optional().catch(undefined),
  objectId: z.string().max(200).optional().catch(undefined),
  resultaat: z.enum(RESULTATEN).optional().catch(undefined),
  na: z
    .string()
    .regex(/^\d+:\d+$/)
    .optional()
    .catch(undefined),
});

/** The audit filter from the URL, as the page and its export (beheer.audit_.export.ts) read it. */
export function leesAuditFilter(url: URL) {
  const q = Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ""));
  const f = filterSchema().parse(q);
  return {
    f,
    filter: { van: f.van, tot: f.tot, actorId: f.actor, actie: f.actie, objectType: f.objectType, objectId: f.objectId, resultaat: f.resultaat },
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "audit");
  const { f, filter: auditFilter } = leesAuditFilter(new URL(request.url));
  const r = bekijkAudit(user, { ...auditFilter, na: f.na }, context);
  return data({
    filter: {
      van: f.van ?? "",
      tot: f.tot ?? "",
      actor: f.actor ?? "",
      actie: f.actie ?? "",
      objectType: f.objectType ?? "",
      objectId: f.objectId ?? "",
      resultaat: f.resultaat ?? "",
    },
    vervolg: !!f.na,
    rijen: r.rijen.map((x) => ({
      ...x,
      actieTekst: actieOmschrijving(x.actie),
      resultaatTekst: RESULTAAT_TEKST[x.resultaat],
      tijd: new Date(x.op).toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "medium", timeStyle: "medium" }),
      details: x.details ? Object.entries(x.details).map(([k, v]) => ({ k, v: typeof v === "string" ? v : JSON.stringify(v) })) : [],
    })),
    volgende: r.volgende,
    medewerkers: alleMedewerkers(),
  });
}

export default function Auditlog() {
  const { filter, rijen, volgende, medewerkers, vervolg } = useLoaderData<typeof loader>();
  const { t } = useTranslation("beheer");
  const link = (na: string | null) => {
    const s = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
    if (na) s.set("na", na);
    const q = s.toString();
    return q ? `?${q}` : "/beheer/audit";
  };
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("audit.intro")}>{t("audit.titel")}</PageTitle>
      <Form method="get" role="search" aria-label={t("audit.filters")}>
        <fieldset className="afs-beheer-filters">
          <legend>{t("audit.filters")}</legend>
          <TekstVeld id="van" type="date" label={t("audit.van")} defaultValue={filter.van} />
          <TekstVeld id="tot" type="date" label={t("audit.tot")} defaultValue={filter.tot} />
          <Keuzelijst
            id="actor"
            label={t("audit.actor")}
            defaultValue={filter.actor}
            opties={[
              { value: "", label: t("audit.iedereen") },
              { value: "-", label: t("audit.systeem") },
              ...medewerkers.map((m) => ({ value: m.id, label: m.actief ? m.naam : `${m.naam} (${t("inactief")})` })),
            ]}
          />
          <TekstVeld id="actie" label={t("audit.actie")} hint={t("audit.actieHint")} defaultValue={filter.actie} maxLength={100} />
          <TekstVeld id="objectType" label={t("audit.objectType")} defaultValue={filter.objectType} maxLength={100} />
          <TekstVeld id="objectId" label={t("audit.objectId")} defaultValue={filter.objectId} maxLength={200} />
          <Keuzelijst
            id="resultaat"
            label={t("audit.resultaat")}
            defaultValue={filter.resultaat}
            opties={[{ value: "", label: t("audit.alleResultaten") }, ...(["ok", "geweigerd", "fout"] as const).map((r) => ({ value: r, label: { ok: "Gelukt", geweigerd: "Geweigerd", fout: "Fout" }[r] }))]}
          />
          <div className="afs-beheer-filters__knoppen">
            <Knop soort="secundair">{t("audit.zoek")}</Knop>
            <Link to="/beheer/audit" className="utrecht-link">
              {t("audit.wis")}
            </Link>
          </div>
        </fieldset>
      </Form>
      <ExportKnoppen
        pad="/beheer/audit/export"
        zoek={new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString()}
        label="Auditlog downloaden"
      />
      {rijen.length ? (
        <div className="afs-tabel-container">
          <table className="afs-tabel">
            <caption>{t("audit.tabel")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.tijdstip")}</th>
                <th scope="col">{t("audit.actor")}</th>
                <th scope="col">{t("audit.actie")}</th>
                <th scope="col">{t("audit.object")}</th>
                <th scope="col">{t("audit.resultaat")}</th>
                <th scope="col">{t("audit.details")}</th>
                <th scope="col">{t("audit.oorsprong")}</th>
              </tr>
            </thead>
            <tbody>
              {rijen.map((r) => (
                <tr key={r.id}>
                  <td className="afs-audit-tijd">{r.tijd}</td>
                  <td>{r.actorNaam ?? t("audit.systeem")}</td>
                  <td>
                    {r.actieTekst}
                    {r.actieTekst !== r.actie ? <span className="afs-sr"> ({r.actie})</span> : null}
                  </td>
                  <td>
                    {r.objectType}
                    {r.objectId ? ` ${r.objectId}` : ""}
                  </td>
                  <td>
                    <span className={`afs-badge afs-badge--${r.resultaat === "ok" ? "actief" : r.resultaat}`}>{r.resultaatTekst}</span>
                  </td>
                  <td>
                    {r.details.length ? (
                      <ul className="afs-audit-details">
                        {r.details.map((d) => (
                          <li key={d.k}>
                            <strong>{d.k}</strong>: {d.v}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                  <td>{r.oorsprong ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">{t("audit.geen")}</p>
      )}
      <nav className="afs-paginering" aria-label="Paginering">
        {vervolg ? (
          <Link to={link(null)} className="utrecht-link">
            {t("audit.eerste")}
          </Link>
        ) : null}
        {volgende ? (
          <Link to={link(volgende)} className="utrecht-link">
            {t("audit.volgende")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
