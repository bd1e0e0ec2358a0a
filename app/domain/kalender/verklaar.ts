/**
 * Uitleg in gewoon Nederlands van hoe een uiterste moment is berekend (voor medewerkers, brieven en de
 * CLI). Niet in het hete pad; mag alloceren.
 */
import { formatDagMiddel, formatTijd } from "./format";
import type { AtwKalender, Kalenders, OrganisatieKalender } from "./kalenders";
import { TermijnFout } from "./fout";
import { berekenTermijn, dagenVoorMaanden, valideerNorm, type TermijnEenheid, type TermijnNorm } from "./termijn";
import { datumVanDag, lokaleDag, weekdagVanDag } from "./tijd";

type Kal = OrganisatieKalender | AtwKalender;

interface Segment {
  soort: "weekend" | "zaterdag" | "zondag" | "naam";
  tekst: string;
  dag: number;
}

function woord(n: number, eenheid: TermijnEenheid): string {
  const vormen: Record<TermijnEenheid, [string, string]> = {
    minuten: ["minuut", "minuten"],
    werkuren: ["werkuur", "werkuren"],
    werkdagen: ["werkdag", "werkdagen"],
    kalenderdagen: ["kalenderdag", "kalenderdagen"],
    weken: ["week", "weken"],
    maanden: ["maand", "maanden"],
  };
  return `${n} ${vormen[eenheid][n === 1 ? 0 : 1]}`;
}

function reden(kal: Kal, z: number): string {
  const r = kal.redenVrij(z) ?? "";
  if (kal.soort === "atw" && kal.isGelijkgesteld(z)) return `${r} (gelijkgestelde dag)`;
  return r;
}

/** Niet-werkdagen in [van, tot), gegroepeerd: gewone zaterdag+zondag samen als "weekend". */
function segmenten(kal: Kal, van: number, tot: number): Segment[] {
  const uit: Segment[] = [];
  for (let z = van; z < tot; z++) {
    if (kal.isWerkdag(z)) continue;
    const r = reden(kal, z);
    const wd = weekdagVanDag(z);
    const vorige = uit[uit.length - 1];
    if (wd === 6 && r === "zaterdag") uit.push({ soort: "zaterdag", tekst: r, dag: z });
    else if (wd === 7 && r === "zondag") {
      if (vorige && vorige.soort === "zaterdag" && vorige.dag === z - 1) {
        vorige.soort = "weekend";
        vorige.tekst = "het weekend";
      } else uit.push({ soort: "zondag", tekst: r, dag: z });
    } else uit.push({ soort: "naam", tekst: r, dag: z });
  }
  return uit;
}

function opsomming(delen: string[]): string {
  if (delen.length <= 1) return delen.join("");
  return `${delen.slice(0, -1).join(", ")} en ${delen[delen.length - 1]}`;
}

/** Kettingtekst voor de verschuiving van dag e naar de eerstvolgende werkdag: ", Eerste Kerstdag; daarna …". */
function verschuiving(kal: Kal, e: number, doel: number): string {
  const segs = segmenten(kal, e, doel);
  if (segs.length === 0) return "";
  const [eerste, ...rest] = segs;
  const eersteTekst =
    eerste!.soort === "weekend"
      ? "in het weekend"
      : eerste!.soort === "zaterdag"
        ? "een zaterdag"
        : eerste!.soort === "zondag"
          ? "een zondag"
          : eerste!.tekst;
  const daarna = rest.length ? `; daarna ${opsomming(rest.map((s) => s.tekst))}` : "";
  return `, ${eersteTekst}${daarna}`;
}

/** "; overgeslagen: Koningsdag (ma 27 april)" — alleen benoemde vrije dagen (geen gewone weekenden). */
function overgeslagen(kal: Kal, van: number, tot: number, startJaar: number): string {
  const genoemd = segmenten(kal, van, tot).filter((s) => s.soort === "naam");
  if (genoemd.length === 0) return "";
  const max = 8;
  const delen = genoemd
    .slice(0, max)
    .map((s) => `${s.tekst} (${formatDagMiddel(s.dag, datumVanDag(s.dag).jaar !== startJaar)})`);
  if (genoemd.length > max) delen.push(`nog ${genoemd.length - max} andere vrije dagen`);
  return `; overgeslagen: ${opsomming(delen)}`;
}

/**
 * Nederlandse uitleg van de berekening van `berekenTermijn(kalenders, startMs, norm)`, bijvoorbeeld
 * "6 weken na ontvangst op do 13 november 2025 = do 25 december, Eerste Kerstdag; daarna Tweede
 * Kerstdag en het weekend → ma 29 december, einde van de dag (23:59:59)" of "1 werkdag na vr 20
 * november 2026 16:45 → ma 23 november 2026 17:00 (sluitingstijd)". Overgeslagen feestdagen,
 * sluitingsdagen en gelijkgestelde dagen worden genoemd. Gooit `TermijnFout` bij ongeldige invoer.
 */
export function verklaarTermijn(kalenders: Kalenders, startMs: number, norm: TermijnNorm): string {
  valideerNorm(norm);
  const due = berekenTermijn(kalenders, startMs, norm);
  const s = lokaleDag(startMs);
  const d = lokaleDag(due);
  const sJaar = datumVanDag(s).jaar;
  const dag = (z: number, altijdJaar = false) => formatDagMiddel(z, altijdJaar || datumVanDag(z).jaar !== sJaar);
  const startTekst = `${dag(s, true)} ${formatTijd(startMs)}`;
  const n = norm.duur;
  const org = kalenders.organisatie;
  const atw = kalenders.atw;

  switch (norm.eenheid) {
    case "minuten":
      return `${woord(n, "minuten")} na ${startTekst} → ${dag(d, true)} ${formatTijd(due)}`;

    case "werkuren": {
      const opening = org.volgendeOpening(startMs);
      const buiten =
        opening !== startMs
          ? ` (buiten kantoortijd; de telling begint bij de opening op ${dag(lokaleDag(opening), true)} ${formatTijd(opening)})`
          : "";
      const slot = n > 0 && org.kantoortijden(d)?.sluit === due ? " (sluitingstijd)" : "";
      return (
        `${woord(n, "werkuren")} kantoortijd vanaf ${startTekst}${buiten} → ${dag(d, true)} ${formatTijd(due)}${slot}` +
        overgeslagen(org, s + 1, d, sJaar)
      );
    }

    case "werkdagen": {
      if (norm.kalender === "atw") {
        const nul = n === 0 ? " (de startdag zelf als dat een werkdag is)" : "";
        return (
          `${woord(n, "werkdagen")} (Algemene termijnenwet) na ${dag(s, true)}${nul} → ${dag(d, true)}, ` +
          `einde van de dag (23:59:59)` +
          overgeslagen(atw, n === 0 ? s : s + 1, d, sJaar)
        );
      }
      const deel = org.deeldag(d);
      const slot = deel ? `(sluitingstijd; verkorte dag: ${deel})` : "(sluitingstijd)";
      let nul = "";
      if (n === 0) {
        nul = d === s ? " (dezelfde dag, vóór sluitingstijd)" : " (na sluitingstijd of geen werkdag: de volgende werkdag)";
      }
      return (
        `${woord(n, "werkdagen")} na ${startTekst}${nul} → ${dag(d, true)} ${formatTijd(due)} ${slot}` +
        overgeslagen(org, s + 1, d, sJaar)
      );
    }

    case "kalenderdagen":
    case "weken":
    case "maanden": {
      const nDagen = norm.eenheid === "weken" ? 7 * n : norm.eenheid === "maanden" ? dagenVoorMaanden(startMs, n) : n;
      const e = s + nDagen;
      if (norm.kalender === "atw") {
        const basis = `${woord(n, norm.eenheid)} na ontvangst op ${dag(s, true)} = ${dag(e)}`;
        const teLang = norm.eenheid === "maanden" ? n > 3 : norm.eenheid === "weken" ? nDagen > 84 : nDagen > 90;
        if (atw.artikel4 && teLang) {
          const grens = norm.eenheid === "maanden" ? "drie maanden" : norm.eenheid === "weken" ? "12 weken" : "90 dagen";
          return `${basis}; langer dan ${grens}, dus geen verlenging (Atw art. 4), einde van de dag (23:59:59)`;
        }
        const art1 = atw.werkdagNa(e, 0);
        let tekst = basis;
        if (art1 !== e) tekst += `${verschuiving(atw, e, art1)} → ${dag(art1)}`;
        if (d !== art1) {
          tekst += `; de termijn moet minstens twee werkdagen bevatten (Atw art. 2) → ${dag(d)}`;
        }
        return `${tekst}, einde van de dag (23:59:59)`;
      }
      const eerste = org.werkdagNa(e, 0);
      const deel = org.deeldag(d);
      const slot = deel ? `(sluitingstijd; verkorte dag: ${deel})` : "(sluitingstijd)";
      let tekst = `${woord(n, norm.eenheid)} na ${dag(s, true)} = ${dag(e)}`;
      if (eerste !== e) tekst += `${verschuiving(org, e, eerste)} → ${dag(eerste)}`;
      return `${tekst}, ${formatTijd(due)} ${slot}`;
    }

    default:
      throw new TermijnFout("ONBEKENDE_EENHEID", "Onbekende eenheid.");
  }
}
