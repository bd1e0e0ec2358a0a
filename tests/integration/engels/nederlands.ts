/**
 * Finding Dutch interface text in a rendered page (issue 17 part 4). The visible text of the HTML (text nodes,
 * the <title>, and the attributes a screen reader or a user sees: aria-label, title, alt, placeholder, the
 * value of buttons) minus the data stored in the database (names, teams, subjects, descriptions: municipal
 * data stays as entered), then searched for common Dutch interface words, each as a whole word.
 */
export const NEDERLANDSE_WOORDEN = [
  // buttons, links, headings
  "Opslaan", "Annuleren", "Terug", "Zoeken", "Zoek", "Nieuwe", "Nieuw", "Toevoegen", "Wijzigen", "Verwijderen", "Bekijk",
  "Bewerken", "Versturen", "Verstuur", "Toewijzen", "Vastleggen", "Markeer", "Uitloggen", "Inloggen", "Volgende", "Vorige",
  // roles and things
  "Teamleider", "Medewerker", "Medewerkers", "Inwoner", "Inwoners", "Klacht", "Klachten", "Klachtdossier", "Termijn", "Termijnen",
  "Eigenaar", "Onderwerp", "Soort", "Kanaal", "Afspraken", "Overdracht", "Overdrachten", "Terugbelafspraak", "Terugbelafspraken",
  "Berichten", "Bericht", "Beheer", "Regieteam", "Leerlogboek", "Handvest", "Klantbeeld", "Werkvoorraad", "Notitie", "Notities",
  "Afdeling", "Afdelingen", "Datum", "Tijdstip", "Naam", "Telefoon", "Toelichting", "Omschrijving", "Verloop", "Totaal", "Aantal",
  "Gesloten", "Verlopen", "Geëscaleerd", "Nagekomen", "Ontvangen", "Afgehandeld", "Escalatie", "Escalaties", "Profiel", "Profielen",
  "Periode", "Maand", "Jaar", "Toon", "Kies", "Filteren", "Wissen", "Downloaden", "Opgepakt", "Afgerond", "Ingetrokken", "Gezien",
  "Oordeel", "Gegrond", "Ongegrond", "Verbeteractie", "Verbeteracties", "Tevredenheid", "Nakoming", "Kantoortijden", "Feestdag",
  "Werkdag", "Sluitingsdag", "Gegevens", "Vraag", "Antwoord", "Stap", "Uitleg", "Reden", "Bijlagen", "Brief", "Brieven",
  "Ontvangst", "Behandelaar", "Klager", "Beklaagde", "Gelezen", "Ongelezen", "Leidinggevende", "Rollen", "Wachtwoord",
  "Teamwachtrij", "Gemiddeld",
  // little words that never occur in English text
  "Geen", "geen", "Alle", "alle", "het", "een", "van", "voor", "niet", "naar", "wordt", "zijn", "uw", "bij", "nog", "ook", "deze",
  "dit", "wat", "wie", "hoe", "waar", "of de", "tot", "en", "met", "vandaag", "morgen", "gisteren", "uiterlijk",
  // dates as Dutch formatting writes them
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "mei", "juni",
  "juli", "augustus", "oktober", "mrt", "okt",
];

const ENTITEITEN: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'", "#x27": "'" };

function ontsnap(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (ENTITEITEN[e]) return ENTITEITEN[e]!;
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return m;
  });
}

/** The text a person sees or hears on the page, one fragment per line. */
export function zichtbareTekst(html: string): string[] {
  const uit: string[] = [];
  const titel = /<title>([\s\S]*?)<\/title>/i.exec(html);
  if (titel) uit.push(ontsnap(titel[1]!));
  const body = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html)
    .replace(/<script\b[\s\S]*?<\/script>/gi, " ")
    .replace(/<style\b[\s\S]*?<\/style>/gi, " ")
    .replace(/<template\b[\s\S]*?<\/template>/gi, " ");
  for (const m of body.matchAll(/<[a-z][^>]*>/gi)) {
    const tag = m[0];
    for (const a of tag.matchAll(/\s(aria-label|title|alt|placeholder)="([^"]*)"/gi)) uit.push(ontsnap(a[2]!));
    if (/^<(input)\b/i.test(tag) && /type="(submit|button)"/i.test(tag)) {
      const v = /\svalue="([^"]*)"/i.exec(tag);
      if (v) uit.push(ontsnap(v[1]!));
    }
  }
  for (const stuk of body.replace(/<[^>]+>/g, "\n").split("\n")) {
    const t = ontsnap(stuk).replace(/\s+/g, " ").trim();
    if (t) uit.push(t);
  }
  return uit;
}

/**
 * The Dutch interface words in `tekst` after removing every stored data value (longest first), with the
 * fragment each was found in.
 */
export function nederlandseWoorden(fragmenten: string[], data: readonly string[]): { woord: string; in: string }[] {
  const gevonden: { woord: string; in: string }[] = [];
  const patronen = NEDERLANDSE_WOORDEN.map((w) => ({ w, re: new RegExp(`(^|[^\\p{L}\\p{N}_-])${w.replace(/ /g, "\\s+")}(?=$|[^\\p{L}\\p{N}_-])`, "u") }));
  for (const f of fragmenten) {
    let rest = f;
    for (const d of data) if (rest.includes(d)) rest = rest.split(d).join(" · ");
    for (const { w, re } of patronen) if (re.test(rest)) gevonden.push({ woord: w, in: f.slice(0, 160) });
  }
  return gevonden;
}
