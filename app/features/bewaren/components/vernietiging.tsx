/**
 * The parts of the destruction pages: the lists, one list's items with the hold-back forms, the approval form, the
 * declaration and the retention terms form. Browser-safe (types only from the server modules).
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { Keuzelijst, Knop, Melding, TekstVeld } from "~/platform/ui/ui";
import type { Fouten } from "~/platform/web/formulier.server";
import type { overzichtPagina, lijstPagina, verklaringPagina, termijnenPagina, LijstAntwoord } from "../pagina.server";
import { AANHOUD_REDENEN } from "../formulieren";

type Overzicht = ReturnType<typeof overzichtPagina>;
type LijstData = NonNullable<ReturnType<typeof lijstPagina>>;
type VerklaringData = Extract<NonNullable<ReturnType<typeof verklaringPagina>>, { uitgevoerd: true }>;
type TermijnenData = ReturnType<typeof termijnenPagina>;

function fout(f: Fouten | undefined, veld: string): string | undefined {
  return f?.[veld]?.[0];
}

/** "Maandelijks (2025-09)" / "Op verzoek" */
export function useAanleiding(): (maand: string | null) => string {
  const { t } = useTranslation("bewaren");
  return (maand) => (maand ? t("aanleiding.maandelijks", { maand }) : t("aanleiding.opVerzoek"));
}

export function LijstenTabel({ lijsten }: { lijsten: Overzicht["lijsten"] }) {
  const { t } = useTranslation("bewaren");
  const d = useDatum();
  const aanleiding = useAanleiding();
  if (!lijsten.length) return <p className="utrecht-paragraph">{t("overzicht.geen")}</p>;
  const k = (s: string) => t(`overzicht.kolom.${s}`);
  return (
    <table className="utrecht-table">
      <caption className="afs-sr-only">{t("overzicht.lijsten")}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {["lijst", "aanleiding", "peildatum", "status", "voorgesteld", "aangehouden", "vernietigd", "goedgekeurd"].map((c) => (
            <th key={c} className="utrecht-table__header-cell" scope="col">
              {k(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {lijsten.map((l) => (
          <tr key={l.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">
              <Link to={`/vernietiging/${l.id}`} className="utrecht-link">
                {l.nummer}
              </Link>
            </td>
            <td className="utrecht-table__cell">{aanleiding(l.maand)}</td>
            <td className="utrecht-table__cell">{d.dagLang(l.peildatum)}</td>
            <td className="utrecht-table__cell">{t(`lijststatus.${l.status}`)}</td>
            <td className="utrecht-table__cell">{l.voorgesteld}</td>
            <td className="utrecht-table__cell">{l.aangehouden}</td>
            <td className="utrecht-table__cell">{l.vernietigd}</td>
            <td className="utrecht-table__cell">
              {l.uitgevoerd ? (
                <>
                  {t("overzicht.goedgekeurdDoor", { op: d.datumTijd(l.goedgekeurd ?? 0), naam: l.goedgekeurdDoor ?? "" })} ·{" "}
                  <Link to={`/vernietiging/${l.id}/verklaring`} className="utrecht-link">
                    {t("overzicht.verklaring")}
                  </Link>
                </>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AanhoudFormulier({ itemId, versie, antwoord }: { itemId: number; versie: number; antwoord?: LijstAntwoord }) {
  const { t } = useTranslation("bewaren");
  const eigen = antwoord && antwoord.intent === "aanhouden" && antwoord.item === itemId ? antwoord : undefined;
  return (
    <details open={!!eigen}>
      <summary className="utrecht-link">{t("aanhouden.knop")}</summary>
      <Form method="post" className="afs-beheer-formulier" aria-label={t("aanhouden.formulier", { id: itemId })}>
        <input type="hidden" name="intent" value="aanhouden" />
        <input type="hidden" name="item" value={itemId} />
        <input type="hidden" name="versie" value={versie} />
        <Keuzelijst
          id={`reden-${itemId}`}
          name="reden"
          label={t("aanhouden.reden")}
          fout={fout(eigen?.fouten, "reden")}
          defaultValue={eigen?.invoer.reden ?? ""}
          opties={[{ value: "", label: t("aanhouden.kies") }, ...AANHOUD_REDENEN.map((r) => ({ value: r, label: t(`reden.${r}`) }))]}
        />
        <TekstVeld
          id={`toelichting-${itemId}`}
          name="toelichting"
          label={t("aanhouden.toelichting")}
          hint={t("aanhouden.toelichtingHint")}
          fout={fout(eigen?.fouten, "toelichting")}
          defaultValue={eigen?.invoer.toelichting ?? ""}
          maxLength={500}
        />
        <Knop soort="secundair">{t("aanhouden.knop")}</Knop>
      </Form>
    </details>
  );
}

export function ItemsTabel({ data, antwoord }: { data: LijstData; antwoord?: LijstAntwoord }) {
  const { t } = useTranslation("bewaren");
  const d = useDatum();
  const open = data.lijst.status === "ter_beoordeling";
  return (
    <table className="utrecht-table">
      <caption className="afs-sr-only">{t("lijst.onderdelen", { nummer: data.lijst.nummer })}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {["soort", "kenmerk", "grondslag", "vanaf", "status"].map((c) => (
            <th key={c} className="utrecht-table__header-cell" scope="col">
              {t(`lijst.kolom.${c}`)}
            </th>
          ))}
          {open ? (
            <th className="utrecht-table__header-cell" scope="col">
              <span className="afs-sr-only">{t("lijst.kolom.actie")}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {data.items.map((i) => (
          <tr key={i.id} className="utrecht-table__row" data-item={i.kenmerk}>
            <td className="utrecht-table__cell">{t(`soort.${i.soort}`)}</td>
            <td className="utrecht-table__cell">{i.kenmerk}</td>
            <td className="utrecht-table__cell">{i.grondslag}</td>
            <td className="utrecht-table__cell">{d.dagLang(i.vernietigingsdatum)}</td>
            <td className="utrecht-table__cell">
              {i.status === "aangehouden" ? t("status.aangehouden", { reden: t(`reden.${i.reden ?? "anders"}`) }) : t(`status.${i.status}`)}
              {i.status === "aangehouden" && i.toelichting ? ` (${i.toelichting})` : null}
              {i.eerder ? (
                <>
                  <br />
                  <small>{t("lijst.eerder", { nummer: i.eerder.nummer, reden: t(`reden.${i.eerder.reden}`) })}</small>
                </>
              ) : null}
            </td>
            {open ? (
              <td className="utrecht-table__cell">
                {i.status === "voorgesteld" ? (
                  <AanhoudFormulier itemId={i.id} versie={data.lijst.versie} antwoord={antwoord} />
                ) : i.status === "aangehouden" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="weer_voorstellen" />
                    <input type="hidden" name="item" value={i.id} />
                    <input type="hidden" name="versie" value={data.lijst.versie} />
                    <Knop soort="subtiel">{t("aanhouden.weerVoorstellen")}</Knop>
                  </Form>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GoedkeurFormulier({ data, antwoord }: { data: LijstData; antwoord?: LijstAntwoord }) {
  const { t } = useTranslation("bewaren");
  const eigen = antwoord?.intent === "goedkeuren" ? antwoord : undefined;
  const f = fout(eigen?.fouten, "bevestigd");
  return (
    <section aria-labelledby="goedkeuren" className="afs-beheer-sectie">
      <h2 id="goedkeuren" className="utrecht-heading-2">
        {t("goedkeuren.titel")}
      </h2>
      <p className="utrecht-paragraph">{t("goedkeuren.uitleg", { voorgesteld: data.totalen.voorgesteld, aangehouden: data.totalen.aangehouden })}</p>
      <Form method="post" className="afs-beheer-formulier">
        <input type="hidden" name="intent" value="goedkeuren" />
        <input type="hidden" name="versie" value={data.lijst.versie} />
        <fieldset className={`afs-keuzes${f ? " afs-keuzes--fout" : ""}`} aria-describedby={f ? "bevestigd-fout" : undefined}>
          <legend>{t("goedkeuren.beoordeling")}</legend>
          {f ? (
            <p id="bevestigd-fout" className="afs-veld__fout utrecht-form-field-error-message">
              {f}
            </p>
          ) : null}
          <label className="afs-keuzes__optie">
            <input type="checkbox" name="bevestigd" value="ja" aria-invalid={f ? true : undefined} />
            <span>{t("goedkeuren.bevestig")}</span>
          </label>
        </fieldset>
        <Knop>{t("goedkeuren.knop")}</Knop>
      </Form>
    </section>
  );
}

export function VerklaringWeergave({ data }: { data: VerklaringData }) {
  const { t } = useTranslation("bewaren");
  const d = useDatum();
  const v = data.verklaring;
  return (
    <article className="afs-verklaring" aria-labelledby="verklaring-titel">
      <h2 id="verklaring-titel" className="utrecht-heading-2">
        {t("verklaring.kop", { lijst: v.lijst })}
      </h2>
      {data.controle.geldig ? (
        <Melding soort="ok" titel={t("verklaring.geldig")}>
          <p className="utrecht-paragraph">{t("verklaring.geldigTekst")}</p>
        </Melding>
      ) : (
        <Melding soort="fout" titel={t("verklaring.ongeldig")}>
          <p className="utrecht-paragraph">{data.controle.reden}</p>
        </Melding>
      )}
      <p className="utrecht-paragraph">
        {t("verklaring.tekst", {
          op: d.datumTijd(v.goedgekeurd),
          naam: v.goedgekeurdDoor.naam,
          lijst: v.lijst,
          peildatum: d.dagLang(v.peildatum),
          bestanden: v.bijlagebestanden,
        })}
      </p>
      <h3 className="utrecht-heading-3">{t("verklaring.vernietigd", { aantal: v.vernietigd.length })}</h3>
      <table className="utrecht-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {["soort", "kenmerk", "grondslag", "vanaf"].map((c) => (
              <th key={c} className="utrecht-table__header-cell" scope="col">
                {t(`verklaring.kolom.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {v.vernietigd.map((i, n) => (
            <tr key={n} className="utrecht-table__row">
              <td className="utrecht-table__cell">{t(`soort.${i.soort}`)}</td>
              <td className="utrecht-table__cell">{i.kenmerk}</td>
              <td className="utrecht-table__cell">{i.grondslag}</td>
              <td className="utrecht-table__cell">{d.dagLang(i.vernietigingsdatum)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="utrecht-heading-3">{t("verklaring.aangehouden", { aantal: v.aangehouden.length })}</h3>
      {v.aangehouden.length ? (
        <ul className="utrecht-unordered-list">
          {v.aangehouden.map((i, n) => (
            <li key={n}>
              {t(`soort.${i.soort}`)} {i.kenmerk}: {i.reden}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("verklaring.geen")}</p>
      )}
      <h3 className="utrecht-heading-3">{t("verklaring.ondertekening")}</h3>
      <dl className="afs-verklaring__handtekening">
        <dt>{t("verklaring.algoritme")}</dt>
        <dd>{t("verklaring.algoritmeTekst")}</dd>
        <dt>{t("verklaring.vingerafdruk")}</dt>
        <dd>
          <code>{data.vingerafdruk}</code>
        </dd>
        <dt>{t("verklaring.handtekening")}</dt>
        <dd>
          <code className="afs-link-tonen">{data.handtekening}</code>
        </dd>
      </dl>
      <p className="utrecht-paragraph">
        <a href={`/vernietiging/${data.id}/verklaring.json`} className="utrecht-link" download>
          {t("verklaring.download")}
        </a>
      </p>
    </article>
  );
}

const GRONDSLAG_SLEUTELS: Record<string, string[]> = {
  terugbelafspraak: ["grondslag.avg", "grondslag.eenJaar"],
  overdracht: ["grondslag.avg", "grondslag.eenJaar"],
  bericht: ["grondslag.avg", "grondslag.bericht"],
  kto: ["grondslag.avg", "grondslag.kto"],
  bijlage: ["grondslag.bijlage"],
};

export function TermijnenFormulier({ data, antwoord }: { data: TermijnenData; antwoord?: { fouten: Fouten; melding: string | null; invoer: Record<string, string> } }) {
  const { t } = useTranslation("bewaren");
  return (
    <Form method="post" className="afs-beheer-formulier">
      {antwoord?.melding ? <Melding soort="fout">{antwoord.melding}</Melding> : null}
      {data.termijnen.map((x) => (
        <fieldset key={x.soort} className="afs-keuzes">
          <legend>{t(`termijn.${x.soort}.naam`)}</legend>
          <input type="hidden" name={`versie_${x.soort}`} value={x.versie} />
          <TekstVeld
            id={`maanden_${x.soort}`}
            label={t("termijnen.veld", { vanaf: t(`termijn.${x.soort}.vanaf`) })}
            hint={`${x.standaard == null ? t("termijnen.standaardDossier") : t("termijnen.standaard", { maanden: x.standaard })} ${t("termijnen.grondslag", {
              tekst: (GRONDSLAG_SLEUTELS[x.soort] ?? []).map((k) => t(k)).join(". "),
            })}`}
            inputMode="numeric"
            fout={fout(antwoord?.fouten, `maanden_${x.soort}`)}
            defaultValue={antwoord?.invoer[`maanden_${x.soort}`] ?? (x.maanden == null ? "" : String(x.maanden))}
          />
        </fieldset>
      ))}
      <Knop>{t("termijnen.knop")}</Knop>
    </Form>
  );
}

export function KlachtTermijnen({ klachten }: { klachten: TermijnenData["klachten"] }) {
  const { t } = useTranslation("bewaren");
  return (
    <section aria-labelledby="klachttermijnen" className="afs-beheer-sectie">
      <h2 id="klachttermijnen" className="utrecht-heading-2">
        {t("termijnen.klachten")}
      </h2>
      <p className="utrecht-paragraph">{t("termijnen.klachtenUitleg")}</p>
      <ul className="utrecht-unordered-list">
        {klachten.map((k) => (
          <li key={k.klasse}>{t(`klasse.${k.klasse}`)}</li>
        ))}
      </ul>
    </section>
  );
}
