/**
 * Just enough HTML reading for the hostile-input tests: the links on a page and its POST forms with the fields
 * a browser would send (one variant per named submit button, since `intent` buttons choose what an action does).
 * React renders attributes in double quotes with entities escaped, which keeps the regular expressions simple.
 */

export interface Veld {
  naam: string;
  waarde: string;
  type: string;
}

export interface PaginaFormulier {
  /** Absolute URL the form posts to. */
  actie: string;
  enctype: "application/x-www-form-urlencoded" | "multipart/form-data";
  velden: Veld[];
}

function ontsnap(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attribuut(tag: string, naam: string): string | null {
  const m = new RegExp(`\\s${naam}="([^"]*)"`, "i").exec(tag);
  return m ? ontsnap(m[1]!) : null;
}

/** Same-origin links (href) on a page, as absolute URLs without fragment. */
export function links(html: string, basis: string): string[] {
  const uit = new Set<string>();
  for (const m of html.matchAll(/<a\s[^>]*href="([^"#]*)[^"]*"/gi)) {
    try {
      const u = new URL(ontsnap(m[1]!), basis);
      if (u.origin === new URL(basis).origin) uit.add(u.pathname + u.search);
    } catch {
      // not a URL
    }
  }
  return [...uit];
}

/** The POST forms of a page; a form with several named submit buttons gives one variant per button. */
export function formulieren(html: string, basis: string): PaginaFormulier[] {
  const uit: PaginaFormulier[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const tag = m[1]!;
    const binnen = m[2]!;
    if ((attribuut(tag, "method") ?? "get").toLowerCase() !== "post") continue;
    const actie = new URL(attribuut(tag, "action") ?? basis, basis).href;
    const enctype = (attribuut(tag, "enctype") ?? attribuut(tag, "encType")) === "multipart/form-data" ? "multipart/form-data" : "application/x-www-form-urlencoded";
    const velden: Veld[] = [];
    const knoppen: Veld[] = [];
    const radios = new Set<string>();
    for (const v of binnen.matchAll(/<(input|select|textarea|button)\b([^>]*)>([\s\S]*?<\/\1>)?/gi)) {
      const soort = v[1]!.toLowerCase();
      const attrs = v[2]!;
      const naam = attribuut(attrs, "name");
      if (!naam) continue;
      if (soort === "button") {
        const type = attribuut(attrs, "type") ?? "submit";
        if (type === "submit") knoppen.push({ naam, waarde: attribuut(attrs, "value") ?? "", type: "submit" });
        continue;
      }
      if (soort === "select") {
        const optie = /<option\b[^>]*value="([^"]*)"/i.exec(v[3] ?? "");
        velden.push({ naam, waarde: optie ? ontsnap(optie[1]!) : "", type: "select" });
        continue;
      }
      if (soort === "textarea") {
        velden.push({ naam, waarde: ontsnap((v[3] ?? "").replace(/<\/textarea>$/i, "")), type: "textarea" });
        continue;
      }
      const type = (attribuut(attrs, "type") ?? "text").toLowerCase();
      if (type === "submit") {
        knoppen.push({ naam, waarde: attribuut(attrs, "value") ?? "", type });
        continue;
      }
      if (type === "file") {
        velden.push({ naam, waarde: "", type });
        continue;
      }
      if (type === "radio") {
        if (radios.has(naam)) continue;
        radios.add(naam);
      }
      velden.push({ naam, waarde: attribuut(attrs, "value") ?? (type === "checkbox" ? "on" : ""), type });
    }
    if (knoppen.length === 0) uit.push({ actie, enctype, velden });
    for (const k of knoppen) uit.push({ actie, enctype, velden: [...velden, k] });
  }
  return uit;
}
