/**
 * The citizen pages' server messages have English (app/features/inwoner/engels.ts): every Dutch message written in
 * the files that decide the public pages' validation and refusals must translate, so a new message without
 * English fails here instead of showing Dutch on an English page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { foutenInTaal, inTaal, naarEngels } from "../../../app/features/inwoner/engels";
import { KTO_TEKST } from "../../../app/features/kto/formulier";

const root = process.env.AFSPRAAK_ROOT ?? process.cwd();
const BRONNEN = [
  "app/features/inwoner/intake.server.ts",
  "app/features/inwoner/status.server.ts",
  "app/features/inwoner/beveiliging.server.ts",
  "app/features/kto/formulier.ts",
  "app/domain/telefoon.ts",
  "app/features/klachten/bijlagen.server.ts",
];

/** Already bilingual: the KTO page's own texts, chosen per language by the page. */
const TWEETALIG = new Set(Object.values(KTO_TEKST).flatMap((t) => Object.values(t).filter((v): v is string => typeof v === "string")));

function meldingenIn(bestand: string): string[] {
  const bron = readFileSync(path.join(root, bestand), "utf8");
  const uit: string[] = [];
  for (const m of bron.matchAll(/"([A-Z][^"\n]{6,}[.!?])"|`([A-Z][^`\n]{6,}[.!?])`/g)) {
    const s = (m[1] ?? m[2])!;
    if (/^(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH)\b/.test(s) || !s.includes(" ") || TWEETALIG.has(s)) continue;
    uit.push(s.replace(/\$\{[^}]*\}/g, "9"));
  }
  return uit;
}

describe("English for the citizen pages' server messages", () => {
  it("finds the messages it checks (the scan itself works)", () => {
    expect(meldingenIn("app/features/inwoner/intake.server.ts")).toContain("Vul uw naam in.");
    expect(meldingenIn("app/features/inwoner/beveiliging.server.ts").length).toBeGreaterThan(3);
  });

  for (const bestand of BRONNEN) {
    it(`every message in ${bestand} has English`, () => {
      const zonder = meldingenIn(bestand).filter((s) => naarEngels(s) === s);
      expect(zonder).toEqual([]);
    });
  }

  it("patterns keep the numbers and moments they carry", () => {
    expect(naarEngels("Gebruik hoogstens 200 tekens.")).toBe("Use at most 200 characters.");
    expect(naarEngels("Er zijn vanaf dit adres of met deze contactgegevens kort na elkaar veel berichten verstuurd. Probeer het over 12 minuten opnieuw, of bel ons via 14 020. Uw tekst staat nog in het formulier.")).toMatch(
      /try again in 12 minutes/,
    );
    expect(naarEngels("Op dat moment zijn wij gesloten. Kies een werkdag tijdens kantoortijd, bijvoorbeeld di 8 dec. 09:00.")).toMatch(/for example di 8 dec\. 09:00\.$/);
  });

  it("Dutch stays Dutch; an unknown text is kept rather than lost", () => {
    expect(inTaal("Vul uw naam in.", "nl")).toBe("Vul uw naam in.");
    expect(inTaal("Vul uw naam in.", "en")).toBe("Enter your name.");
    expect(inTaal(null, "en")).toBeNull();
    expect(naarEngels("Een gloednieuwe melding.")).toBe("Een gloednieuwe melding.");
    expect(foutenInTaal({ naam: ["Vul uw naam in."], email: undefined }, "en")).toEqual({ naam: ["Enter your name."], email: undefined });
  });
});
