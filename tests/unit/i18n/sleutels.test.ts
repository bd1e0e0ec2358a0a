/**
 * Issue 17 part 4: the Dutch and English dictionaries hold the same keys. A key in one locale and not in the
 * other fails here (with its full path), as does a namespace in only one of them, a value that is not a
 * string, an empty text, or an interpolation ({{naam}}) present in only one of the two texts.
 */
import { describe, expect, it } from "vitest";
import { nl } from "../../../app/locales/nl";
import { en } from "../../../app/locales/en";

type Boom = { [k: string]: unknown };

/** Every leaf as "namespace.pad.sleutel" → value. */
export function bladeren(boom: Boom, voorvoegsel = ""): Map<string, unknown> {
  const uit = new Map<string, unknown>();
  for (const [k, v] of Object.entries(boom)) {
    const pad = voorvoegsel ? `${voorvoegsel}.${k}` : k;
    if (v && typeof v === "object" && !Array.isArray(v)) for (const [p, w] of bladeren(v as Boom, pad)) uit.set(p, w);
    else uit.set(pad, v);
  }
  return uit;
}

export function verschil(a: Boom, b: Boom): { alleenA: string[]; alleenB: string[] } {
  const x = bladeren(a);
  const y = bladeren(b);
  return { alleenA: [...x.keys()].filter((k) => !y.has(k)), alleenB: [...y.keys()].filter((k) => !x.has(k)) };
}

const variabelen = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("locale dictionaries", () => {
  it("have the same namespaces", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("have the same keys in every namespace (nothing only in Dutch, nothing only in English)", () => {
    const { alleenA, alleenB } = verschil(nl as Boom, en as Boom);
    expect({ alleenInNl: alleenA, alleenInEn: alleenB }).toEqual({ alleenInNl: [], alleenInEn: [] });
  });

  it("hold a non-empty string at every key, with the same interpolations", () => {
    const x = bladeren(nl as Boom);
    const y = bladeren(en as Boom);
    const fout: string[] = [];
    for (const [k, v] of x) {
      const w = y.get(k);
      if (typeof v !== "string" || typeof w !== "string" || !v.trim() || !w.trim()) fout.push(`${k}: not a text`);
      else if (JSON.stringify(variabelen(v)) !== JSON.stringify(variabelen(w))) fout.push(`${k}: {{…}} differ (${variabelen(v)} / ${variabelen(w)})`);
    }
    expect(fout).toEqual([]);
  });

  it("the check itself finds a key missing on either side", () => {
    expect(verschil({ a: { b: "x", c: "y" } }, { a: { b: "x" }, d: "z" })).toEqual({ alleenA: ["a.c"], alleenB: ["d"] });
  });
});

describe("letter merge fields", () => {
  it("every merge field a template may use has its explanation in the dictionaries (beheer:brieven.veld.<field>)", async () => {
    const { SAMENVOEGVELDEN } = await import("../../../app/features/klachten/brieven.server");
    const bladen = bladeren(nl as unknown as Boom);
    expect(SAMENVOEGVELDEN.filter((v) => !bladen.has(`beheer.brieven.veld.${v}`))).toEqual([]);
  });
});
