/**
 * Uitleg in gewoon Nederlands van hoe een uiterste moment is berekend (voor medewerkers, brieven en de
 * CLI), of in het Engels voor een medewerker die Engels koos (`taal = "en"`; namen van landelijke
 * feestdagen en weekdagen vertaald, door de gemeente ingevoerde omschrijvingen zoals ze zijn). Niet in
 * het hete pad; mag alloceren.
 */
import { formatDagMiddel, formatTijd } from "./format";
import type { AtwKalender, Kalenders, OrganisatieKalender } from "./kalenders";
import { TermijnFout } from "./fout";
import { FEESTDAG_CODE_VAN_NAAM, FEESTDAG_NAMEN_EN, type FeestdagCode } from "./feestdagen";
import { berekenTermijn, dagenVoorMaanden, valideerNorm, type TermijnEenheid, type TermijnNorm } from "./termijn";
import { datumVanDag, lokaleDag, weekdagVanDag } from "./tijd";

type Taal = "nl" | "en";

const WEEKDAGEN_NL = ["", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const WEEKDAGEN_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAGEN_KORT_EN = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MAANDEN_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Tue 3 March 2026" — the English counterpart of formatDagMiddel. */
function dagMiddelEn(z: number, metJaar = true): string {
  const d = datumVanDag(z);
  return `${WEEKDAGEN_KORT_EN[weekdagVanDag(z)]} ${d.dag} ${MAANDEN_EN[d.maand]}${metJaar ? " " + d.jaar : ""}`;
}

/** The English name of a national holiday. */
export function feestdagNaamEn(code: FeestdagCode): string {
  return FEESTDAG_NAMEN_EN[code];
}

/** A calendar's reason a day is free, in English: national holidays and weekdays translated, the rest as entered. */
export function redenEn(r: string): string {
  const code = FEESTDAG_CODE_VAN_NAAM.get(r);
  if (code) return FEESTDAG_NAMEN_EN[code];
  const wd = WEEKDAGEN_NL.indexOf(r);
  if (wd > 0) return WEEKDAGEN_EN[wd]!;
  if (r === "gesloten") return "closed";
  if (r === "verkorte werkdag") return "shortened working day";
  return r;
}

/** The words of an explanation, per language. */
const W = {
  nl: {
    vormen: {
      minuten: ["minuut", "minuten"],
      werkuren: ["werkuur", "werkuren"],
      werkdagen: ["werkdag", "werkdagen"],
      kalenderdagen: ["kalenderdag", "kalenderdagen"],
      weken: ["week", "weken"],
      maanden: ["maand", "maanden"],
    } as Record<TermijnEenheid, [string, string]>,
    gelijkgesteld: "gelijkgestelde dag",
    hetWeekend: "het weekend",
    inHetWeekend: "in het weekend",
    eenZaterdag: "een zaterdag",
    eenZondag: "een zondag",
    daarna: "daarna",
    en: "en",
    nogAndere: (n: number) => `nog ${n} andere vrije dagen`,
    overgeslagen: "overgeslagen",
    na: "na",
    buiten: (moment: string) => ` (buiten kantoortijd; de telling begint bij de opening op ${moment})`,
    sluitingstijd: "(sluitingstijd)",
    verkort: (deel: string) => `(sluitingstijd; verkorte dag: ${deel})`,
    kantoortijdVanaf: "kantoortijd vanaf",
    atwWerkdagen: "(Algemene termijnenwet) na",
    startdagZelf: " (de startdag zelf als dat een werkdag is)",
    eindeDag: "einde van de dag (23:59:59)",
    zelfdeDag: " (dezelfde dag, vóór sluitingstijd)",
    volgendeWerkdag: " (na sluitingstijd of geen werkdag: de volgende werkdag)",
    naOntvangstOp: "na ontvangst op",
    grens: { maanden: "drie maanden", weken: "12 weken", dagen: "90 dagen" },
    langer: (grens: string) => `; langer dan ${grens}, dus geen verlenging (Atw art. 4), einde van de dag (23:59:59)`,
    art2: "; de termijn moet minstens twee werkdagen bevatten (Atw art. 2) →",
  },
  en: {
    vormen: {
      minuten: ["minute", "minutes"],
      werkuren: ["working hour", "working hours"],
      werkdagen: ["working day", "working days"],
      kalenderdagen: ["calendar day", "calendar days"],
      weken: ["week", "weeks"],
      maanden: ["month", "months"],
    } as Record<TermijnEenheid, [string, string]>,
    gelijkgesteld: "day treated as a public holiday",
    hetWeekend: "the weekend",
    inHetWeekend: "in the weekend",
    eenZaterdag: "a Saturday",
    eenZondag: "a Sunday",
    daarna: "then",
    en: "and",
    nogAndere: (n: number) => `${n} more days off`,
    overgeslagen: "skipped",
    na: "after",
    buiten: (moment: string) => ` (outside office hours; counting starts at the opening on ${moment})`,
    sluitingstijd: "(closing time)",
    verkort: (deel: string) => `(closing time; shortened day: ${deel})`,
    kantoortijdVanaf: "of office time from",
    atwWerkdagen: "(General Time Limits Act) after",
    startdagZelf: " (the start day itself if it is a working day)",
    eindeDag: "end of the day (23:59:59)",
    zelfdeDag: " (the same day, before closing time)",
    volgendeWerkdag: " (after closing time or not a working day: the next working day)",
    naOntvangstOp: "after receipt on",
    grens: { maanden: "three months", weken: "12 weeks", dagen: "90 days" },
    langer: (grens: string) => `; longer than ${grens}, so no extension (Atw art. 4), end of the day (23:59:59)`,
    art2: "; the term must contain at least two working days (Atw art. 2) →",
  },
} as const;
type Woorden = (typeof W)[Taal];

type Kal = OrganisatieKalender | AtwKalender;

interface Segment {
  soort: "weekend" | "zaterdag" | "zondag" | "naam";
  tekst: string;
  dag: number;
}

function woord(n: number, eenheid: TermijnEenheid, w: Woorden = W.nl): string {
  return `${n} ${w.vormen[eenheid][n === 1 ? 0 : 1]}`;
}

function reden(kal: Kal, z: number, taal: Taal): string {
  const w = W[taal];
  const ruw = kal.redenVrij(z) ?? "";
  const r = taal === "en" ? redenEn(ruw) : ruw;
  if (kal.soort === "atw" && kal.isGelijkgesteld(z)) return `${r} (${w.gelijkgesteld})`;
  return r;
}

/** Niet-werkdagen in [van, tot), gegroepeerd: gewone zaterdag+zondag samen als "weekend". */
function segmenten(kal: Kal, van: number, tot: number, taal: Taal): Segment[] {
  const uit: Segment[] = [];
  for (let z = van; z < tot; z++) {
    if (kal.isWerkdag(z)) continue;
    const ruw = kal.redenVrij(z) ?? "";
    const r = reden(kal, z, taal);
    const wd = weekdagVanDag(z);
    const vorige = uit[uit.length - 1];
    if (wd === 6 && ruw === "zaterdag") uit.push({ soort: "zaterdag", tekst: r, dag: z });
    else if (wd === 7 && ruw === "zondag") {
      if (vorige && vorige.soort === "zaterdag" && vorige.dag === z - 1) {
        vorige.soort = "weekend";
        vorige.tekst = W[taal].hetWeekend;
      } else uit.push({ soort: "zondag", tekst: r, dag: z });
    } else uit.push({ soort: "naam", tekst: r, dag: z });
  }
  return uit;
}

function opsomming(delen: string[], w: Woorden = W.nl): string {
  if (delen.length <= 1) return delen.join("");
  return `${delen.slice(0, -1).join(", ")} ${w.en} ${delen[delen.length - 1]}`;
}

/** Kettingtekst voor de verschuiving van dag e naar de eerstvolgende werkdag: ", Eerste Kerstdag; daarna …". */
function verschuiving(kal: Kal, e: number, doel: number, taal: Taal): string {
  const w = W[taal];
  const segs = segmenten(kal, e, doel, taal);
  if (segs.length === 0) return "";
  const [eerste, ...rest] = segs;
  const eersteTekst =
    eerste!.soort === "weekend"
      ? w.inHetWeekend
      : eerste!.soort === "zaterdag"
        ? w.eenZaterdag
        : eerste!.soort === "zondag"
          ? w.eenZondag
          : eerste!.tekst;
  const daarna = rest.length ? `; ${w.daarna} ${opsomming(rest.map((s) => s.tekst), w)}` : "";
  return `, ${eersteTekst}${daarna}`;
}

/** "; overgeslagen: Koningsdag (ma 27 april)" — alleen benoemde vrije dagen (geen gewone weekenden). */
function overgeslagen(kal: Kal, van: number, tot: number, startJaar: number, taal: Taal): string {
  const w = W[taal];
  const dagTekst = taal === "en" ? dagMiddelEn : formatDagMiddel;
  const genoemd = segmenten(kal, van, tot, taal).filter((s) => s.soort === "naam");
  if (genoemd.length === 0) return "";
  const max = 8;
  const delen = genoemd
    .slice(0, max)
    .map((s) => `${s.tekst} (${dagTekst(s.dag, datumVanDag(s.dag).jaar !== startJaar)})`);
  if (genoemd.length > max) delen.push(w.nogAndere(genoemd.length - max));
  return `; ${w.overgeslagen}: ${opsomming(delen, w)}`;
}

/**
 * Nederlandse uitleg van de berekening van `berekenTermijn(kalenders, startMs, norm)`, bijvoorbeeld
 * "6 weken na ontvangst op do 13 november 2025 = do 25 december, Eerste Kerstdag; daarna Tweede
 * Kerstdag en het weekend → ma 29 december, einde van de dag (23:59:59)" of "1 werkdag na vr 20
 * november 2026 16:45 → ma 23 november 2026 17:00 (sluitingstijd)". Overgeslagen feestdagen,
 * sluitingsdagen en gelijkgestelde dagen worden genoemd. Gooit `TermijnFout` bij ongeldige invoer. Met
 * `taal = "en"` dezelfde uitleg in het Engels ("6 weeks after receipt on Thu 13 November 2025 = …").
 */
export function verklaarTermijn(kalenders: Kalenders, startMs: number, norm: TermijnNorm, taal: Taal = "nl"): string {
  valideerNorm(norm);
  const w = W[taal];
  const due = berekenTermijn(kalenders, startMs, norm);
  const s = lokaleDag(startMs);
  const d = lokaleDag(due);
  const sJaar = datumVanDag(s).jaar;
  const dagTekst = taal === "en" ? dagMiddelEn : formatDagMiddel;
  const dag = (z: number, altijdJaar = false) => dagTekst(z, altijdJaar || datumVanDag(z).jaar !== sJaar);
  const startTekst = `${dag(s, true)} ${formatTijd(startMs)}`;
  const n = norm.duur;
  const org = kalenders.organisatie;
  const atw = kalenders.atw;
  const aantal = (eenheid: TermijnEenheid) => woord(n, eenheid, w);

  switch (norm.eenheid) {
    case "minuten":
      return `${aantal("minuten")} ${w.na} ${startTekst} → ${dag(d, true)} ${formatTijd(due)}`;

    case "werkuren": {
      const opening = org.volgendeOpening(startMs);
      const buiten = opening !== startMs ? w.buiten(`${dag(lokaleDag(opening), true)} ${formatTijd(opening)}`) : "";
      const slot = n > 0 && org.kantoortijden(d)?.sluit === due ? ` ${w.sluitingstijd}` : "";
      return (
        `${aantal("werkuren")} ${w.kantoortijdVanaf} ${startTekst}${buiten} → ${dag(d, true)} ${formatTijd(due)}${slot}` +
        overgeslagen(org, s + 1, d, sJaar, taal)
      );
    }

    case "werkdagen": {
      if (norm.kalender === "atw") {
        const nul = n === 0 ? w.startdagZelf : "";
        return (
          `${aantal("werkdagen")} ${w.atwWerkdagen} ${dag(s, true)}${nul} → ${dag(d, true)}, ` +
          w.eindeDag +
          overgeslagen(atw, n === 0 ? s : s + 1, d, sJaar, taal)
        );
      }
      const ruwDeel = org.deeldag(d);
      const deel = ruwDeel && taal === "en" ? redenEn(ruwDeel) : ruwDeel;
      const slot = deel ? w.verkort(deel) : w.sluitingstijd;
      let nul = "";
      if (n === 0) {
        nul = d === s ? w.zelfdeDag : w.volgendeWerkdag;
      }
      return (
        `${aantal("werkdagen")} ${w.na} ${startTekst}${nul} → ${dag(d, true)} ${formatTijd(due)} ${slot}` +
        overgeslagen(org, s + 1, d, sJaar, taal)
      );
    }

    case "kalenderdagen":
    case "weken":
    case "maanden": {
      const nDagen = norm.eenheid === "weken" ? 7 * n : norm.eenheid === "maanden" ? dagenVoorMaanden(startMs, n) : n;
      const e = s + nDagen;
      if (norm.kalender === "atw") {
        const basis = `${aantal(norm.eenheid)} ${w.naOntvangstOp} ${dag(s, true)} = ${dag(e)}`;
        const teLang = norm.eenheid === "maanden" ? n > 3 : norm.eenheid === "weken" ? nDagen > 84 : nDagen > 90;
        if (atw.artikel4 && teLang) {
          const grens = norm.eenheid === "maanden" ? w.grens.maanden : norm.eenheid === "weken" ? w.grens.weken : w.grens.dagen;
          return `${basis}${w.langer(grens)}`;
        }
        const art1 = atw.werkdagNa(e, 0);
        let tekst = basis;
        if (art1 !== e) tekst += `${verschuiving(atw, e, art1, taal)} → ${dag(art1)}`;
        if (d !== art1) {
          tekst += `${w.art2} ${dag(d)}`;
        }
        return `${tekst}, ${w.eindeDag}`;
      }
      const eerste = org.werkdagNa(e, 0);
      const ruwDeel = org.deeldag(d);
      const deel = ruwDeel && taal === "en" ? redenEn(ruwDeel) : ruwDeel;
      const slot = deel ? w.verkort(deel) : w.sluitingstijd;
      let tekst = `${aantal(norm.eenheid)} ${w.na} ${dag(s, true)} = ${dag(e)}`;
      if (eerste !== e) tekst += `${verschuiving(org, e, eerste, taal)} → ${dag(eerste)}`;
      return `${tekst}, ${formatTijd(due)} ${slot}`;
    }

    default:
      throw new TermijnFout("ONBEKENDE_EENHEID", "Onbekende eenheid.");
  }
}
