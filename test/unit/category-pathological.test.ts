/**
 * Long runs of white space through the whole analysis. The former signature regex backtracked
 * quadratically on a line of spaces (100 000 `&nbsp;` took 18 s): a super-linear regex anywhere in
 * analyse would hang these tests. No timing is asserted (speed lives in `npm run bench`).
 */
import { analyse } from "../../src/engine/classify";
import { emptyDraft } from "../../src/engine/draft";
import { CATEGORIES } from "../../src/engine/types";

const MB = 1 << 20;

const cases: [string, string][] = [
  ["1 MB of spaces on one line", " ".repeat(MB)],
  ["1 MB of no-break spaces on one line", "\u00a0".repeat(MB)],
  [
    "a greeting, then 1 MB of mixed spaces and a closing",
    "Beste Jan,\n" + " \u00a0\t".repeat(MB / 3) + "groet",
  ],
  ["1 MB of quote markers and spaces", "> ".repeat(MB / 2)],
  ["a closing line of 1 MB", "Met vriendelijke" + " ".repeat(MB) + "groet,"],
  ["a possessive before a 1 MB word", "Hoe gaat het met uw " + "a".repeat(MB) + "knie?"],
  ["1 MB of possessives", "uw je ".repeat(MB / 6)],
  ["1 MB of password cues", "wachtwoord met een hoofdletter ".repeat(MB / 31)],
  ["1 MB of colons and dots (blank form fields)", "Naam: .... ".repeat(MB / 11)],
  ["1 MB of verb-first clauses before ', dan'", "Liggen ze klaar, dan ".repeat(MB / 21)],
  ["1 MB of list items on one line", "- uw pas ".repeat(MB / 9)],
];

test.each(cases)("%s completes", (_name, body) => {
  const a = analyse(
    emptyDraft({
      body,
      subject: " ".repeat(1000),
      from: { address: "a@praktijk.nl" },
      to: [{ address: "b@gmail.com" }],
    })
  );
  // white space says nothing medical about anyone
  expect(CATEGORIES).toContain(a.category);
  expect(a.category).not.toBe("medical");
  expect(a.findings.filter((f) => f.type === "medical")).toEqual([]);
});

/** Half a megabyte dense with care words for the sentence recognisers (results, check-ins, "die …"). */
const dense: [string, string][] = [
  ["stated results", "uw kweek was "],
  ["check-ins on a complaint", "hoe gaat het met de hoest "],
  ["known complaints", "met die zalf die pillen "],
  ["perfect tenses without their participle", "ik heb het recept "],
  ["list items whose lead-in is far back", "- het wordt steeds erger\n"],
];

test.each(dense)("half a megabyte of %s completes", (_name, unit) => {
  const a = analyse(
    emptyDraft({
      body: unit.repeat(Math.floor(MB / 2 / unit.length)),
      subject: "",
      from: { address: "a@praktijk.nl" },
      to: [{ address: "b@gmail.com" }],
    })
  );
  expect(CATEGORIES).toContain(a.category);
});
