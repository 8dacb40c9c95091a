import fc from "fast-check";
import { termsSource } from "../../src/engine/lexicon/terms";
import { AnchoredWord, FirstOf, WordSet, type Matcher } from "../../src/engine/lexicon/word-set";

// The matchers stand in for regexes of the form `anchor(?:\S+\s+)?(?:words|[a-zà-ÿ]{4,30}(?:heads))\b`
// (statements.ts): they must find exactly what that regex finds, at the same places.
const WORDS = ["knie", "knieën", "schouder", "kies", "been", "voet", "oog"];
const HEADS = ["schouder", "kies", "voet"];
const POSSESSIVES = ["uw", "je", "jouw", "z'n"];

const words = new WordSet(WORDS);
const heads = new WordSet(HEADS);
const wordOrCompound = (text: string, at: number): number => {
  const end = words.endAt(text, at);
  return end >= 0 ? end : heads.compoundEndAt(text, at, 4, 30);
};
const matcher = (): AnchoredWord =>
  new AnchoredWord(
    new RegExp(`\\b(?:${termsSource(POSSESSIVES)})\\s+`, "gi"),
    true,
    wordOrCompound
  );
const regex = (): RegExp =>
  new RegExp(
    `\\b(?:${termsSource(POSSESSIVES)})\\s+(?:\\S+\\s+)?(?:${termsSource(WORDS)}|[a-zà-ÿ]{4,30}(?:${termsSource(HEADS)}))\\b`,
    "gi"
  );

function matches(m: Matcher, text: string): string[] {
  m.lastIndex = 0;
  const out: string[] = [];
  let x: RegExpExecArray | null;
  while ((x = m.exec(text))) out.push(`${x.index}:${x[0]}`);
  return out;
}

describe("WordSet", () => {
  test("finds the longest entry that ends at a word boundary, in any case", () => {
    expect(words.endAt("de Knieën doen pijn", 3)).toBe(9);
    expect(words.endAt("de knieschijf", 3)).toBe(-1);
    expect(words.endAt("OOG", 0)).toBe(3);
  });

  test("finds a compound by its head, the longest first part first", () => {
    expect(heads.compoundEndAt("verstandskies", 0, 4, 30)).toBe(13);
    expect(heads.compoundEndAt("kies", 0, 4, 30)).toBe(-1); // no first part
    expect(heads.compoundEndAt("schouderbladen", 0, 4, 30)).toBe(-1); // the head must end the word
  });

  test("takes only single words", () => {
    expect(() => new WordSet(["linker knie"])).toThrow(/single words/);
    expect(() => new WordSet(["verwijz*"])).toThrow(/single words/);
  });
});

describe("AnchoredWord", () => {
  test.each([
    "Hoe gaat het met uw knie?",
    "Je linker schouder en jouw verstandskies.",
    "z'n  voet, uw\u00a0oog, UW Knieën",
    "je schouderbladen en je oogarts",
    "jeje knie en uwknie",
    "uw heel erge knie",
  ])("finds what the regex finds: %s", (text) => {
    expect(matches(matcher(), text)).toEqual(matches(regex(), text));
  });

  test("finds what the regex finds, on generated text", () => {
    const token = fc.constantFrom(
      "uw",
      "je",
      "Jouw",
      "z'n",
      "knie",
      "knieën",
      "verstands",
      "kies",
      "verstandskies",
      "schouder",
      "linker",
      "oog",
      "x",
      "é",
      " ",
      "  ",
      "\u00a0",
      "\n",
      ",",
      "-"
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const text = tokens.join("");
        expect(matches(matcher(), text)).toEqual(matches(regex(), text));
      }),
      { numRuns: 2000 }
    );
  });

  test("test() leaves no state behind", () => {
    const m = matcher();
    expect(m.test("uw knie")).toBe(true);
    expect(m.test("uw knie")).toBe(true);
    expect(m.lastIndex).toBe(0);
  });

  test("stays linear on a long run of anchors and letters", () => {
    const text = "uw ".repeat(50_000) + "a".repeat(100_000);
    // each anchor looks at most two words ahead and 30 letters of a compound
    expect(matches(matcher(), text)).toEqual([]);
  });
});

describe("FirstOf", () => {
  test("finds what the alternation finds, on generated text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("ab", "cd", "ab cd", " ", "x", "abcd", "\n"), { maxLength: 25 }),
        (tokens) => {
          const text = tokens.join("");
          const either = new FirstOf([/\bab\b/g, /\bab\s+cd\b|\bcd\b/g]);
          expect(matches(either, text)).toEqual(matches(/\bab\b|\bab\s+cd\b|\bcd\b/g, text));
        }
      ),
      { numRuns: 1000 }
    );
  });

  test("stays linear when one part never matches", () => {
    // each part's next match is kept: the part that never matches scans the text once, not per match
    const text = "a ".repeat(200_000);
    let scans = 0;
    const never: Matcher = {
      lastIndex: 0,
      exec(t: string) {
        scans++;
        return /zzz/g.exec(t);
      },
    };
    expect(matches(new FirstOf([/a/g, never]), text)).toHaveLength(200_000);
    expect(scans).toBe(1);
  });

  test("takes the earliest match, the first part on a tie, as an alternation does", () => {
    const a = /\bab\b/g;
    const b = /\bab\s+cd\b|\bcd\b/g;
    const either = new FirstOf([a, b]);
    expect(matches(either, "cd ab cd")).toEqual(matches(/\bab\b|\bab\s+cd\b|\bcd\b/g, "cd ab cd"));
  });
});
