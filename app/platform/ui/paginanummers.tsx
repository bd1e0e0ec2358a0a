import { useTranslation } from "react-i18next";

/** Numbered pages for lists with a known total: first, last and two on either side of the current page. */
export function paginaLinks(huidig: number, totaal: number): number[] {
  const s = new Set<number>([1, totaal, huidig - 2, huidig - 1, huidig, huidig + 1, huidig + 2]);
  return [...s].filter((p) => p >= 1 && p <= totaal).sort((a, b) => a - b);
}

/** Plain links (work without JavaScript); styled by .db-paginering in app/styles/dashboard.css. */
export function PaginaNummers({ pagina, paginas, href, label }: { pagina: number; paginas: number; href: (p: number) => string; label: string }) {
  const { t } = useTranslation();
  if (paginas <= 1) return null;
  return (
    <nav aria-label={label}>
      <ul className="db-paginering">
        {pagina > 1 ? <li><a className="utrecht-link" href={href(pagina - 1)}>{t("ui.vorige")}</a></li> : null}
        {paginaLinks(pagina, paginas).map((p) => (
          <li key={p}>
            <a className="utrecht-link" href={href(p)} aria-current={p === pagina ? "page" : undefined} aria-label={t("ui.pagina", { pagina: p })}>{p}</a>
          </li>
        ))}
        {pagina < paginas ? <li><a className="utrecht-link" href={href(pagina + 1)}>{t("ui.volgende")}</a></li> : null}
      </ul>
    </nav>
  );
}
