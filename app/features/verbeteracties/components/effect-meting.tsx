/**
 * The measured effect of a realised improvement action: complaints on the lesson's theme in the N months before
 * and after realisation, with the window picker (a GET form) and a month-by-month table.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum, type DatumFormat } from "~/platform/i18n/datum";
import { Keuzelijst, Knop, Melding } from "~/platform/ui/ui";
import { normNaam } from "~/features/klachten/recht";
import type { EffectMeting } from "../verbeteracties.server";

function maandTekst(f: DatumFormat, yyyymm: number): string {
  return `${f.maandenKort[yyyymm % 100]} ${Math.floor(yyyymm / 100)}`;
}
function getal(f: DatumFormat, n: number): string {
  return n.toLocaleString(f.taal === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 1 });
}

export function EffectSectie({ meting, normen, venster, vensters }: { meting: EffectMeting; normen: number[]; venster: number; vensters: number[] }) {
  const { t } = useTranslation("leerlogboek");
  return (
    <section className="ll-blok" aria-labelledby="effect-kop">
      <h2 id="effect-kop" className="utrecht-heading-2">{t("effect.kop")}</h2>
      <Form method="get" className="ll-filters" aria-label={t("effect.vensterKiezen")}>
        <Keuzelijst id="venster" label={t("effect.venster")} defaultValue={String(venster)} opties={vensters.map((n) => ({ value: String(n), label: t("effect.vensterOptie", { aantal: n }) }))} />
        <Knop soort="secundair">{t("effect.tonen")}</Knop>
      </Form>
      <Meting m={meting} normen={normen} />
    </section>
  );
}

function Meting({ m, normen }: { m: EffectMeting; normen: number[] }) {
  const { t } = useTranslation("leerlogboek");
  const { t: tk } = useTranslation("klachten");
  const f = useDatum();
  const maand = (x: number) => maandTekst(f, x);
  const thema = normen.length ? normen.map((n) => `${n}. ${tk(`norm.${n}`, { defaultValue: normNaam(n) })}`).join(", ") : t("effect.geenNormen");
  const maanden = (n: number) => t(n === 1 ? "actie.maand" : "actie.maanden", { aantal: n });
  const v = m.verandering;
  return (
    <>
      <p className="utrecht-paragraph">
        {t(normen.length === 1 ? "effect.uitlegEen" : "effect.uitlegMeer", {
          thema,
          afdeling: m.afdelingId !== null ? t("effect.binnenAfdeling") : "",
          maand: maand(m.realisatieMaand),
        })}
      </p>
      <dl className="ll-gegevens">
        <dt>{t("effect.voor", { van: maand(m.voor.van), tot: maand(m.voor.tot) })}</dt>
        <dd>{t("effect.perMaand", { aantal: m.voor.aantal, gemiddeld: getal(f, m.perMaandVoor) })}</dd>
        <dt>{t("effect.na", { van: maand(m.na.van), tot: maand(m.na.tot) })}</dt>
        <dd>
          {m.na.maandenCompleet === 0
            ? t("effect.nogGeenMaand")
            : m.compleet
              ? t("effect.perMaand", { aantal: m.na.aantal, gemiddeld: getal(f, m.perMaandNa ?? 0) })
              : t("effect.inMaanden", { aantal: m.na.aantal, maanden: maanden(m.na.maandenCompleet), gemiddeld: getal(f, m.perMaandNa ?? 0) })}
        </dd>
        <dt>{t("effect.verandering")}</dt>
        <dd>
          {v === null
            ? t("effect.nietTeBerekenen")
            : `${t(v < 0 ? "effect.minder" : v > 0 ? "effect.meer" : "effect.gelijk", { teken: v > 0 ? "+" : v < 0 ? "−" : "", procent: getal(f, Math.abs(v)) })}${m.compleet ? "" : t("effect.perMaandVergeleken")}`}
        </dd>
      </dl>
      {!m.compleet ? (
        <Melding soort="waarschuwing" titel={t("effect.onvolledig")}>
          <p className="utrecht-paragraph">{t("effect.onvolledigTekst", { klaar: m.na.maandenCompleet, venster: m.vensterMaanden })}</p>
        </Melding>
      ) : null}
      <table className="ll-tabel">
        <caption className="afs-sr">{t("effect.bijschrift")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("effect.maand")}</th>
            <th scope="col">{t("effect.vensterKolom")}</th>
            <th scope="col" className="ll-getal">{t("effect.klachten")}</th>
          </tr>
        </thead>
        <tbody>
          {m.maanden.map((r) => (
            <tr key={r.maand}>
              <th scope="row">{maand(r.maand)}</th>
              <td>{r.venster === "voor" ? t("effect.vensterVoor") : t("effect.vensterNa")}</td>
              <td className="ll-getal">{r.aantal}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ll-zacht">{t("effect.bron")}</p>
    </>
  );
}
