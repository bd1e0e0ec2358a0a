/** The leerlogboek list: the filter (a GET form), the table of lessons (newest first) and previous/next paging. */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, TekstVeld } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { normNaam } from "~/features/klachten/recht";
import type { lessenPagina } from "../lijst.server";

type Pagina = ReturnType<typeof lessenPagina>;

export function LessenFilter({ filter: f, afdelingen, normen, processtappen }: Pick<Pagina, "filter" | "afdelingen" | "normen" | "processtappen">) {
  const { t } = useTranslation("leerlogboek");
  const { t: tk } = useTranslation("klachten");
  const ALLE = { value: "", label: t("alle") };
  return (
    <Form method="get" className="ll-filters" role="search" aria-label={t("filteren")}>
      <TekstVeld id="zoek" label={t("zoek")} type="search" defaultValue={f.zoek ?? ""} />
      <TekstVeld id="van" label={t("van")} type="month" defaultValue={f.van ?? ""} />
      <TekstVeld id="tot" label={t("tot")} type="month" defaultValue={f.tot ?? ""} />
      <Keuzelijst id="afdeling" label={t("afdeling")} defaultValue={f.afdeling ?? ""} opties={[ALLE, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
      <Keuzelijst id="norm" label={t("norm")} defaultValue={f.norm ?? ""} opties={[ALLE, ...normen.map((n) => ({ value: String(n.nr), label: `${n.nr}. ${tk(`norm.${n.nr}`, { defaultValue: n.naam })}` }))]} />
      <Keuzelijst id="processtap" label={t("processtap")} defaultValue={f.processtap ?? ""} opties={[ALLE, ...processtappen.map((p) => ({ value: p.value, label: t(`stap.${p.value}`, { defaultValue: p.label }) }))]} />
      <Knop soort="secundair">{t("knop")}</Knop>
    </Form>
  );
}

export function LessenTabel({ rijen }: { rijen: Pagina["rijen"] }) {
  const { t } = useTranslation("leerlogboek");
  const { t: tk } = useTranslation("klachten");
  const f = useDatum();
  if (!rijen.length) return <p className="utrecht-paragraph">{t("geen")}</p>;
  return (
    <table className="ll-tabel">
      <caption className="afs-sr">{t("bijschrift")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("nummer")}</th>
          <th scope="col">{t("titelKolom")}</th>
          <th scope="col">{t("normen")}</th>
          <th scope="col">{t("processtap")}</th>
          <th scope="col">{t("afdeling")}</th>
          <th scope="col">{t("datum")}</th>
          <th scope="col" className="ll-getal">{t("koppelingen")}</th>
          <th scope="col" className="ll-getal">{t("acties")}</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((l) => (
          <tr key={l.id}>
            <td><Link to={`/leerlogboek/${l.id}`}>{l.nummer}</Link></td>
            <td>{l.titel}</td>
            <td>{l.normen.map((n) => `${n}. ${tk(`norm.${n}`, { defaultValue: normNaam(n) })}`).join(", ")}</td>
            <td>{t(`stap.${l.processtap}`, { defaultValue: l.processtapTekst })}</td>
            <td>{l.afdeling ?? "—"}</td>
            <td>{f.maandLabel(l.datum)}</td>
            <td className="ll-getal">{l.koppelingen}</td>
            <td className="ll-getal">{l.acties}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function paginaHref(zoek: string, pagina: number): string {
  const p = new URLSearchParams(zoek);
  p.set("pagina", String(pagina));
  return `?${p.toString()}`;
}

/** Previous / next page, keeping the filter in `zoek` (the page's query string). */
export function LessenPaginering({ pagina, paginas, zoek }: { pagina: number; paginas: number; zoek: string }) {
  const { t } = useTranslation("werk");
  const { t: tc } = useTranslation();
  if (paginas <= 1) return null;
  return (
    <nav className="ll-paginering" aria-label={t("pagina.label")}>
      {pagina > 1 ? <Link to={paginaHref(zoek, pagina - 1)}>{t("pagina.vorige")}</Link> : null}
      <span>{tc("ui.paginaVan", { pagina, paginas })}</span>
      {pagina < paginas ? <Link to={paginaHref(zoek, pagina + 1)}>{t("pagina.volgende")}</Link> : null}
    </nav>
  );
}
