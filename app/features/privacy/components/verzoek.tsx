/** One privacy request: its data and term, what was done, and the steps allowed now (each a small POST form). */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import type { DetailData, StapAntwoord } from "../pagina.server";

type D = DetailData["d"];

export function VerzoekGegevens({ d }: { d: D }) {
  const { t } = useTranslation("privacy");
  return (
    <section aria-labelledby="gegevens-kop">
      <h2 id="gegevens-kop" className="utrecht-heading-2">{t("detail.verzoek")}</h2>
      <dl className="afs-gegevens">
        <dt>{t("detail.inwoner")}</dt>
        <dd>
          {d.burger ? (
            <Link to={`/klantbeeld/${d.burger.id}`} className="utrecht-link">
              {d.burger.naam}
            </Link>
          ) : (
            t("detail.onbekend")
          )}
          {d.burger?.telefoon ? ` · ${d.burger.telefoon}` : ""}
          {d.burger?.email ? ` · ${d.burger.email}` : ""}
        </dd>
        <dt>{t("detail.soort")}</dt>
        <dd>{d.soortTekst}</dd>
        <dt>{t("detail.status")}</dt>
        <dd>{d.statusTekst}</dd>
        <dt>{t("detail.ontvangen")}</dt>
        <dd>{t("detail.ontvangenVia", { op: d.ontvangen, kanaal: d.kanaal })}</dd>
        <dt>{t("detail.uiterlijk")}</dt>
        <dd data-testid="uiterlijk">
          {d.uiterlijk}
          {d.uiterlijkRelatief ? ` (${d.uiterlijkRelatief})` : ""}
        </dd>
        <dt>{t("detail.berekening")}</dt>
        <dd>{d.termijnUitleg}</dd>
        {d.verlenging ? (
          <>
            <dt>{t("detail.verlengd")}</dt>
            <dd>
              {t("detail.verlengdTekst", {
                nieuw: d.verlenging.nieuwTekst,
                eerst: d.eersteTermijn,
                op: d.verlenging.kennisgevingTekst,
                kennisgeving: d.verlenging.kennisgeving,
                reden: d.verlenging.reden,
              })}
            </dd>
          </>
        ) : null}
        <dt>{t("detail.vraag")}</dt>
        <dd className="afs-witruimte">{d.omschrijving}</dd>
        {d.besluitTekst ? (
          <>
            <dt>{t("detail.besluit")}</dt>
            <dd>
              {d.besluitTekst} ({d.afgehandeld}): {d.toelichting}
            </dd>
          </>
        ) : null}
        {d.intrekReden ? (
          <>
            <dt>{t("detail.vervallen")}</dt>
            <dd>{d.intrekReden}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Fout({ a, intent }: { a: StapAntwoord | null; intent: string }) {
  return a && a.intent === intent && a.melding ? <Melding soort="fout">{a.melding}</Melding> : null;
}

function waarde(a: StapAntwoord | null, intent: string, veld: string, anders = ""): string {
  return a && a.intent === intent ? (a.invoer[veld] ?? anders) : anders;
}

function fout(a: StapAntwoord | null, intent: string, veld: string) {
  return a && a.intent === intent ? a.fouten[veld] : undefined;
}

export function VerzoekStappen({ d, a, vandaag, besluiten, velden }: { d: D; a: StapAntwoord | null; vandaag: string; besluiten: { value: string; label: string }[]; velden: { value: string; label: string }[] }) {
  const { t } = useTranslation("privacy");
  const open = d.status === "in_behandeling";
  const actief = d.beperkingen.some((b) => !b.opgeheven);
  return (
    <section aria-labelledby="stappen-kop">
      <h2 id="stappen-kop" className="utrecht-heading-2">{t("detail.behandelen")}</h2>
      {!open ? <p className="utrecht-paragraph">{t("detail.nietOpen", { status: d.statusTekst.toLowerCase() })}</p> : null}

      {open && d.soort === "inzage" ? (
        <div className="afs-stap">
          <h3 className="utrecht-heading-3">{t("detail.pakket")}</h3>
          <p className="utrecht-paragraph">{t("detail.pakketUitleg")}</p>
          <p className="utrecht-paragraph">
            <Link to={`/privacy/${d.id}/pakket`} className="utrecht-link">
              {t("detail.pakketHtml")}
            </Link>{" "}
            ·{" "}
            <a href={`/privacy/${d.id}/pakket.json`} className="utrecht-link" download>
              {t("detail.pakketJson")}
            </a>
          </p>
        </div>
      ) : null}

      {open && d.soort === "rectificatie" ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">{t("detail.rectificeren")}</h3>
          <Fout a={a} intent="rectificeren" />
          <input type="hidden" name="intent" value="rectificeren" />
          <input type="hidden" name="versie" value={d.versie} />
          <Keuzelijst id="veld" label={t("detail.welkGegeven")} opties={velden} defaultValue={waarde(a, "rectificeren", "veld", "naam")} fout={fout(a, "rectificeren", "veld")} />
          <TekstVeld id="nieuweWaarde" label={t("detail.juisteWaarde")} hint={t("detail.juisteWaardeHint")} defaultValue={waarde(a, "rectificeren", "nieuweWaarde")} fout={fout(a, "rectificeren", "nieuweWaarde")} />
          <TekstGebied id="reden-rect" name="reden" label={t("detail.reden")} rows={2} defaultValue={waarde(a, "rectificeren", "reden")} fout={fout(a, "rectificeren", "reden")} />
          <Knop soort="secundair">{t("detail.rectKnop")}</Knop>
        </Form>
      ) : null}

      {open && d.soort === "beperking" && !actief ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">{t("detail.beperken")}</h3>
          <p className="utrecht-paragraph">{t("detail.beperkenUitleg")}</p>
          <Fout a={a} intent="beperken" />
          <input type="hidden" name="intent" value="beperken" />
          <input type="hidden" name="versie" value={d.versie} />
          <TekstGebied id="reden-beperk" name="reden" label={t("detail.grond")} rows={2} defaultValue={waarde(a, "beperken", "reden")} fout={fout(a, "beperken", "reden")} />
          <Knop soort="secundair">{t("detail.beperkKnop")}</Knop>
        </Form>
      ) : null}

      {actief ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">{t("detail.opheffen")}</h3>
          <Fout a={a} intent="opheffen" />
          <input type="hidden" name="intent" value="opheffen" />
          <TekstGebied id="reden-ophef" name="reden" label={t("detail.ophefReden")} rows={2} defaultValue={waarde(a, "opheffen", "reden")} fout={fout(a, "opheffen", "reden")} />
          <Knop soort="secundair">{t("detail.opheffen")}</Knop>
        </Form>
      ) : null}

      {open && !d.verlenging ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">{t("detail.verlengen")}</h3>
          <p className="utrecht-paragraph">{t("detail.verlengenUitleg", { tot: d.verlengdTotTekst })}</p>
          <Fout a={a} intent="verlengen" />
          <input type="hidden" name="intent" value="verlengen" />
          <input type="hidden" name="versie" value={d.versie} />
          <TekstGebied id="reden-verleng" name="reden" label={t("detail.verlengReden")} rows={2} defaultValue={waarde(a, "verlengen", "reden")} fout={fout(a, "verlengen", "reden")} />
          <TekstGebied id="kennisgeving" label={t("detail.kennisgeving")} rows={4} defaultValue={waarde(a, "verlengen", "kennisgeving")} fout={fout(a, "verlengen", "kennisgeving")} />
          <TekstVeld id="kennisgevingDatum" label={t("detail.verstuurdOp")} type="date" max={vandaag} defaultValue={waarde(a, "verlengen", "kennisgevingDatum", vandaag)} fout={fout(a, "verlengen", "kennisgevingDatum")} />
          <Knop soort="secundair">{t("detail.verlengKnop")}</Knop>
        </Form>
      ) : null}

      {open ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">{t("detail.afhandelen")}</h3>
          <Fout a={a} intent="afhandelen" />
          <input type="hidden" name="intent" value="afhandelen" />
          <input type="hidden" name="versie" value={d.versie} />
          <Keuzelijst id="besluit" label={t("detail.besluit")} opties={besluiten} defaultValue={waarde(a, "afhandelen", "besluit", "toegewezen")} fout={fout(a, "afhandelen", "besluit")} />
          <TekstGebied id="toelichting" label={t("detail.toelichting")} rows={3} defaultValue={waarde(a, "afhandelen", "toelichting")} fout={fout(a, "afhandelen", "toelichting")} />
          <Knop>{t("detail.afhandelKnop")}</Knop>
        </Form>
      ) : null}

      {open ? (
        <Form method="post" className="afs-stap" noValidate>
          <h3 className="utrecht-heading-3">{t("detail.laatVervallen")}</h3>
          <Fout a={a} intent="intrekken" />
          <input type="hidden" name="intent" value="intrekken" />
          <input type="hidden" name="versie" value={d.versie} />
          <TekstGebied id="reden-intrek" name="reden" label={t("detail.intrekReden")} rows={2} defaultValue={waarde(a, "intrekken", "reden")} fout={fout(a, "intrekken", "reden")} />
          <Knop soort="subtiel">{t("detail.intrekKnop")}</Knop>
        </Form>
      ) : null}
    </section>
  );
}

export function VerzoekHistorie({ d }: { d: D }) {
  const { t } = useTranslation("privacy");
  return (
    <section aria-labelledby="historie-kop">
      <h2 id="historie-kop" className="utrecht-heading-2">{t("detail.gedaan")}</h2>
      {d.pakketten.length ? (
        <>
          <h3 className="utrecht-heading-3">{t("detail.pakketten")}</h3>
          <ul className="utrecht-unordered-list">
            {d.pakketten.map((p, i) => (
              <li key={i}>
                {t("detail.pakketRegel", { wanneer: p.wanneer, aantal: p.aantalRecords })} <code>{p.sha256.slice(0, 16)}…</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.rectificaties.length ? (
        <table className="utrecht-table afs-tabel">
          <caption className="utrecht-table__caption">{t("detail.verbeteringen")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t("detail.wanneer")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("detail.gegeven")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("detail.oud")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("detail.nieuw")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("detail.reden")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("detail.door")}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {d.rectificaties.map((r, i) => (
              <tr className="utrecht-table__row" key={i}>
                <td className="utrecht-table__cell">{r.wanneer}</td>
                <td className="utrecht-table__cell">{r.veldTekst}</td>
                <td className="utrecht-table__cell">{r.oudeWaarde ?? "–"}</td>
                <td className="utrecht-table__cell">{r.nieuweWaarde ?? "–"}</td>
                <td className="utrecht-table__cell">{r.reden}</td>
                <td className="utrecht-table__cell">{r.door}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {d.beperkingen.length ? (
        <>
          <h3 className="utrecht-heading-3">{t("detail.beperkingen")}</h3>
          <ul className="utrecht-unordered-list">
            {d.beperkingen.map((b) => (
              <li key={b.id}>
                {t("detail.sinds", { op: b.sinds, reden: b.reden })}
                {b.opgeheven ? t("detail.opgeheven", { op: b.opgeheven, reden: b.opheffingReden ?? "" }) : t("detail.vanKracht")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="utrecht-heading-3">{t("detail.stappen")}</h3>
      <ol className="utrecht-ordered-list">
        {d.geschiedenis.map((g, i) => (
          <li key={i}>
            {g.wanneer}: {g.type} ({g.door ?? t("detail.systeem")})
          </li>
        ))}
      </ol>
    </section>
  );
}
