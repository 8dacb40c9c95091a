import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";
import { nameLexicon } from "../lexicon";
import { LOOK_ALIKE_DIGITS } from "../lexicon/letters";
import {
  COMPLAINT_PROCEDURE_WORDS,
  ANATOMY,
  PREGNANCY_SELF,
  PREGNANCY_SELF_ADVERBS,
  PREGNANCY_SELF_AFTER,
  PREGNANCY_WEEK_SCAN,
  PREGNANCY_WEEK_TERM,
  LEXICON_SOURCE,
  PHRASES_SOURCE,
  STRONG_HEADS,
  WEAK_HEADS,
  type MedicalKind,
} from "./medical-lexicon";
import { CARE_VERBS } from "../lexicon/medical-derived.generated";
import { termsSource } from "../lexicon/terms";

/**
 * Medical content in Dutch (and English) mail: diagnoses, symptoms, medication, lab values, tests,
 * procedures and referrals, care providers and settings. Dutch glues words together, so besides
 * whole words and phrases we read compounds by their medical head ("knie-operatie",
 * "long-ontsteking") or by a medical modifier before a care word ("bloeddruk-meting",
 * "diabetes-controle"). Each finding carries its kind as a tag, `weak` for generic words, and
 * `sensitive-context` for GGZ, SOA, fertility and similar settings.
 */

export interface MedicalEntry {
  kind: MedicalKind;
  weak: boolean;
  sensitive: boolean;
  /** a homograph: only medical with support in its sentence */
  ambiguous?: boolean;
  /** a value of a body in its unit ("74,5 cm"): the finding is the measurement itself */
  measure?: boolean;
}

function parseWord(raw: string): { word: string; entry: Omit<MedicalEntry, "kind"> } {
  let w = raw;
  let weak = false;
  let sensitive = false;
  let ambiguous = false;
  while (w[0] === "~" || w[0] === "!" || w[0] === "?") {
    if (w[0] === "~") weak = true;
    else if (w[0] === "!") sensitive = true;
    else ambiguous = true;
    w = w.slice(1);
  }
  return { word: fold(w), entry: ambiguous ? { weak, sensitive, ambiguous } : { weak, sensitive } };
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

const KINDS: MedicalKind[] = ["condition", "medication", "lab", "procedure", "vaccine", "provider"];

// Built on the first detectMedical call, not at load: the engine must load within the send-time budget
// and these take thousands of NFD normalisations and one large regex.
let LEXICON = new Map<string, MedicalEntry>();
let PHRASES = new Map<string, MedicalEntry>();
let PHRASE_RE = /$^/g;
let built = false;

function buildTables(): void {
  if (built) return;
  const lexicon = new Map<string, MedicalEntry>();
  const phrases = new Map<string, MedicalEntry>();
  for (const kind of KINDS) {
    for (const raw of LEXICON_SOURCE[kind].split(/\s+/)) {
      if (!raw) continue;
      const { word, entry } = parseWord(raw);
      if (!lexicon.has(word)) lexicon.set(word, { kind, ...entry });
    }
    for (const raw of PHRASES_SOURCE[kind]) {
      const { word, entry } = parseWord(raw);
      if (!phrases.has(word)) phrases.set(word, { kind, ...entry });
    }
  }
  // Verbs derived from medical nouns over the OpenTaal word list ("nabloeden"): generic, so weak.
  for (const verb of CARE_VERBS)
    if (!lexicon.has(verb)) lexicon.set(verb, { kind: "condition", weak: true, sensitive: false });
  LEXICON = lexicon;
  PHRASES = phrases;
  PHRASE_RE = new RegExp(
    "\\b(?:" +
      Array.from(phrases.keys())
        .sort((a, b) => b.length - a.length)
        .map((p) => p.split(" ").map(escapeRe).join("[\\s-]+"))
        .join("|") +
      ")\\b",
    "g"
  );
  built = true;
}

const isFoldedLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/**
 * [start, end of the first half, end] of each word broken over a line with a hyphen: letters, "-",
 * spaces, a line break, spaces or quote markers, letters. Walked by hand from each "-": a regex with a
 * letter run before the hyphen would retry that run from every letter of it.
 */
function hyphenBreaks(folded: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let dash = folded.indexOf("-"); dash >= 0; dash = folded.indexOf("-", dash + 1)) {
    // only hyphens that end a line, allowing trailing spaces
    let j = dash + 1;
    while (j < folded.length && (folded.charCodeAt(j) === 32 || folded.charCodeAt(j) === 9)) j++;
    if (folded.charCodeAt(j) !== 10) continue;
    let start = dash;
    while (start > 0 && dash - start < 40 && isFoldedLetter(folded.charCodeAt(start - 1))) start--;
    if (dash - start < 2) continue;
    j++;
    while (j < folded.length && /[ \t>]/.test(folded.charAt(j)) && j - dash < 60) j++;
    let end = j;
    while (end < folded.length && end - j < 40 && isFoldedLetter(folded.charCodeAt(end))) end++;
    if (end - j >= 2) out.push([start, dash, end]);
  }
  return out;
}

/** Three to six letters, each followed by a dot (the last dot may be missing): "s.o.a.", "a.d.h.d". */
const DOTTED = /(^|[^a-z0-9.])((?:[a-z]\.){2,5}[a-z]\.?)(?![a-z0-9])/g;

/** Abbreviations that are also ordinary words or units in lower case ("dm", "add", "gold"): only in capitals. */
const CAPITALS_ONLY = new Set(
  `dm dm1 dm2 af rr tia cva hct opt add ass pds gold ct t4 ft4 gp std poh psa crp bse inr tsh ldl hdl mri thp tkp
   cgt emdr phq mmse ediz bmi fev1 fvc nstemi stemi ecg spadi ivf icsi copd hb tos nah ctg`.split(
    /\s+/
  )
);
/** Mixed-case forms allowed for these ("Hb", "eGFR", "HbA1c"); all-lower is not them. */
const NOT_ALL_LOWER = new Set(["hb", "egfr", "copd"]);

/** Words that end in a medical head but are not medical. */
const FALSE_COMPOUND_PREFIX = /(?:co|coo)$|^(?:des|ge|ver|be|ont|her|an|on)$/;
const GENERIC_HEADS = new Set([
  "klachten",
  "klacht",
  "pijn",
  "tabletten",
  "pillen",
  "druppels",
  "zalf",
  "kuur",
]);
const NOT_AS_HEAD = new Set([
  "gebroken",
  "gehecht",
  "verwezen",
  "opgenomen",
  "ontstoken",
  "benauwd",
  "gevallen",
  "braken",
  // "beslissen", "meebeslissen": no compound of "slissen" (lisping)
  "slissen",
]);

const WEIGHT: Record<MedicalKind, number> = {
  condition: 2,
  medication: 2,
  lab: 2,
  procedure: 2,
  vaccine: 0.5,
  provider: 0,
};

/** How much a finding says about someone's health (the category uses it): 0 for care providers. */
export function medicalWeight(f: Finding): number {
  // A plain loop: called per finding on long texts, where find() with a closure showed in profiles.
  const tags = f.tags;
  if (!tags) return 0;
  for (let i = 0; i < tags.length; i++) {
    if ((KINDS as string[]).indexOf(tags[i]) < 0) continue;
    const w = WEIGHT[tags[i] as MedicalKind];
    return tags.indexOf("weak") >= 0 ? w / 2 : w;
  }
  return 0;
}

/** The entry of a stem, or of the stem with its doubled last consonant undone ("pill" -> "pil"). */
function stemEntry(base: string): MedicalEntry | undefined {
  return (
    LEXICON.get(base) ??
    (base[base.length - 1] === base[base.length - 2] ? LEXICON.get(base.slice(0, -1)) : undefined)
  );
}

function lookup(word: string): MedicalEntry | undefined {
  const e = LEXICON.get(word);
  if (e) return e;
  // Plurals and inflections: -s, -en (with a doubled consonant: "pillen" -> "pil"), -e.
  const n = word.length;
  if (n > 4 && word[n - 1] === "s") {
    const s = LEXICON.get(word.slice(0, -1));
    if (s) return s;
  }
  if (n > 5 && word.slice(-2) === "en") {
    const en = stemEntry(word.slice(0, -2));
    if (en) return en;
  }
  // A complaint as an inflected or comparative adjective: "vergeetachtige", "steeds vergeetachtiger"
  // ("dikker" -> "dik"); only complaints, where the base word names one ("pille" is no "pil").
  if (n > 6 && word[n - 1] === "e") {
    const e = LEXICON.get(word.slice(0, -1));
    if (e && e.kind === "condition") return e;
  }
  if (n > 6 && word.slice(-2) === "er") {
    const er = stemEntry(word.slice(0, -2));
    if (er && er.kind === "condition") return er;
  }
  return diminutive(word);
}

/**
 * A diminutive of a medical word ("pilletjes" -> "pil", "druppeltje" -> "druppel", "wondjes" -> "wond"):
 * Dutch forms it with -je, -tje, -pje or -etje (doubling the consonant), plural -s.
 */
function diminutive(word: string): MedicalEntry | undefined {
  const w = word[word.length - 1] === "s" ? word.slice(0, -1) : word;
  if (w.length < 6 || w.slice(-2) !== "je") return undefined;
  // -ing makes -inkje ("hechtinkje" -> "hechting")
  if (w.slice(-5) === "inkje") {
    const e = stemEntry(w.slice(0, -5) + "ing") ?? LEXICON.get(w.slice(0, -5) + "ingen");
    if (e && e.kind !== "provider") return e;
  }
  for (const suffix of ["etje", "tje", "pje", "je"]) {
    if (w.slice(-suffix.length) !== suffix || w.length - suffix.length < 3) continue;
    const base = w.slice(0, -suffix.length);
    // the lexicon may list only the plural ("druppels")
    const e = stemEntry(base) ?? LEXICON.get(base + "s");
    if (e && e.kind !== "provider") return e;
  }
  return undefined;
}

function headKind(table: Record<string, MedicalKind>, head: string): MedicalKind | undefined {
  if (Object.prototype.hasOwnProperty.call(table, head)) return table[head];
  return undefined;
}

/** A modifier before a head: a body part, or a medical word itself ("diabetes" in "diabetescontrole"). */
function modifierKind(prefix: string): MedicalKind | "anatomy" | undefined {
  const candidates = [prefix];
  if (prefix.length > 4 && prefix[prefix.length - 1] === "s") candidates.push(prefix.slice(0, -1));
  if (prefix.length > 4 && prefix.slice(-2) === "en") candidates.push(prefix.slice(0, -2));
  if (prefix.length > 4 && prefix[prefix.length - 1] === "e") candidates.push(prefix.slice(0, -1));
  for (const c of candidates) {
    if (ANATOMY.has(c)) return "anatomy";
    const e = LEXICON.get(c);
    if (e && !e.weak && e.kind !== "provider" && e.kind !== "vaccine") return e.kind;
  }
  return undefined;
}

/** Read a Dutch compound by its head and modifier. Returns the entry it amounts to, or undefined. */
function compound(word: string): MedicalEntry | undefined {
  const n = word.length;
  if (n < 7) return undefined;
  // A head word itself ("spreekuur") is no compound of a shorter one ("spree-kuur").
  if (headKind(WEAK_HEADS, word)) return undefined;
  // A generic head without a medical modifier ("pijn-klachten") still counts, weakly; not when a longer
  // head ends the word ("inloop-spreekuur", not "inloopspree-kuur").
  let fallback: MedicalEntry | undefined;
  let longerHead = false;
  for (let i = 3; i <= n - 3; i++) {
    const head = word.slice(i);
    const prefix = word.slice(0, i);
    const strong = headKind(STRONG_HEADS, head);
    if (strong && !FALSE_COMPOUND_PREFIX.test(prefix))
      return { kind: strong, weak: false, sensitive: false };
    const weakHead = headKind(WEAK_HEADS, head);
    if (weakHead) {
      const mod = modifierKind(prefix);
      if (mod) {
        const kind: MedicalKind =
          mod === "condition" ? "condition" : weakHead === "provider" ? "provider" : weakHead;
        return { kind, weak: false, sensitive: LEXICON.get(prefix)?.sensitive ?? false };
      }
    }
    if (!fallback && !longerHead && weakHead && GENERIC_HEADS.has(head))
      fallback = { kind: weakHead, weak: true, sensitive: false };
    if (weakHead) longerHead = true;
    if (head.length >= 6 && !NOT_AS_HEAD.has(head) && !FALSE_COMPOUND_PREFIX.test(prefix)) {
      const e = LEXICON.get(head);
      if (e && !e.weak && !e.ambiguous && e.kind !== "provider" && e.kind !== "vaccine") return e;
    }
  }
  // "rugklachtengroep", "COPD-training": a group or course named for a condition tells its members'
  return groupOfCondition(word) ?? fallback;
}

const GROUP_HEADS = ["groep", "groepen", "training", "trainingen", "cursus", "cursussen"];
function groupOfCondition(word: string): MedicalEntry | undefined {
  for (const head of GROUP_HEADS) {
    if (!word.endsWith(head) || word.length - head.length < 4) continue;
    const prefix = word.slice(0, -head.length).replace(/-$/, "");
    const inner = lookup(prefix) ?? (prefix.length >= 7 ? compound(prefix) : undefined);
    if (inner && inner.kind === "condition")
      return { kind: "condition", weak: inner.weak, sensitive: inner.sensitive };
  }
  return undefined;
}

// Bounded cache: words repeat, and compound analysis is the costly part on long texts.
const cache = new Map<string, MedicalEntry | null>();
/**
 * A medicine by its international name's stem (the WHO INN stems: -olol beta blockers, -pril, -sartan,
 * -statine, -prazol, -cilline, -fenidaat …): the lexicon lists the common ones, and a practice writes
 * others ("timolol", "methylphenidate"). Only stems no Dutch or English word ends in ("-azine" would
 * take "magazine", "-amine" "vitamine").
 */
const INN_STEM =
  /^[a-z]{3,}(?:olol|pril|sartan|statine|statin|prazol|prazole|tidine|floxacine|floxacin|oxacine|cycline|mycine|mycin|cilline|cillin|azepam|azolam|oxetine|triptan|dronaat|dronate|gliptine|gliptin|flozine|flozin|lukast|tinib|parine|semide|thiazide|dipine|xaban|gatran|coxib|profen|setron|tropium|fenidaat|phenidate|fenac|solon|solone|metason|metasone|conazol|conazole|nidazol|triptyline|pramine|afil|ciclovir|umab|ximab|zumab)$/;
function innMedicine(word: string): MedicalEntry | undefined {
  return word.length >= 7 && INN_STEM.test(word)
    ? { kind: "medication", weak: false, sensitive: false }
    : undefined;
}

function analyseWord(word: string): MedicalEntry | undefined {
  const hit = cache.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const e = lookup(word) ?? compound(word) ?? innMedicine(word);
  if (cache.size > 20000) cache.clear();
  cache.set(word, e ?? null);
  return e;
}

// Folded form per UTF-16 unit from U+0080 up (0 = not yet known), filled as the units occur: the same few
// accented letters recur, and NFD per occurrence was the cost.
let FOLDED: Uint16Array | undefined;
function foldCode(c: number): number {
  if (!FOLDED) FOLDED = new Uint16Array(0x10000);
  let folded = FOLDED[c];
  if (folded === 0) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    folded = (lower.length === 1 ? lower.normalize("NFD")[0] : ch).charCodeAt(0);
    FOLDED[c] = folded;
  }
  return folded;
}

/** Lower case without diacritics, one output character per input character (offsets stay valid). */
export function foldSameLength(text: string): string {
  // Per UTF-16 unit (a lone surrogate stays itself, so the length never changes), in a typed array:
  // a replace() callback per capital and accented letter was a cost on long texts.
  const n = text.length;
  const codes = new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      c += 32;
      changed = true;
    } else if (c >= 0x80) {
      const f = foldCode(c);
      if (f !== c) changed = true;
      c = f;
    }
    codes[i] = c;
  }
  if (!changed) return text;
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192)
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]));
  return parts.join("");
}

const TOKEN = /[a-z0-9\u00c0-\u024f]+(?:[-/][a-z0-9\u00c0-\u024f]+)*/g;
const PART = /[a-z0-9\u00c0-\u024f]+/g;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A capitalised name before "'s disease" or after "ziekte van" (case as written, on the normalised
 * text). Group 3 or 4 is the name: a known first name there is a person ("Noah's disease", "de ziekte
 * van Jan"), not an eponym.
 */
const EPONYMOUS_DISEASE =
  /(^|[^\w'])((?:([A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)*)'s?\s+(?:disease|syndrome|palsy|disorder|ziekte|syndroom)|(?:[Zz]iekte|[Ss]yndroom|[Dd]isease|[Ss]yndrome)\s+(?:van|of)\s+([A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)*)))(?![\w])/g;

const DISEASE_WORDS = ["disease", "syndrome", "palsy", "disorder", "ziekte", "syndroom"];

function eponymName(name: string): boolean {
  const lex = nameLexicon();
  return name.split("-").every((w) => {
    const lower = w.toLowerCase();
    return (
      lex.eponyms.has(lower) ||
      !(lex.firstNames.has(lower) || lex.interfixes.has(lower) || lex.honorifics.has(lower))
    );
  });
}

// Doses and lab values with units ("500 mg", "6,8 mmol/l", "2dd", "z.n.").
const UNIT_VALUE =
  /\b\d+(?:[.,]\d+)?\s?(?:mmol\/l|mmol\/mol|mg\/dl|mu\/l|pmol\/l|nmol\/l|µmol\/l|umol\/l|g\/dl|mmhg|mg|mcg|µg|microgram(?:s|men)?|milligram)(?![a-z])/g;
const SCHEDULE = /\b[1-6]\s?(?:dd|x\s?daags)(?![a-z])|\bz\.n\.(?![a-z])/g;
// A value of a body in its unit ("95 graden buigen", "74,5 cm", "liep 480 meter", "6,5 uur slaapt"): weak
// alone (a room is 20 graden too); told to one person about them it is their measurement. Bounded: linear.
const BODY_MEASURE =
  /\b\d{1,3}(?:[.,]\d{1,3})?\s?(?:graden|cm|centimeter|mm)(?![a-z])|\b(?:liep|loopt|gelopen|wandelde)\s+(?:\S+\s+){0,4}\d{2,4}\s?(?:meter|km)(?![a-z])|\b\d{1,2}(?:[.,]\d)?\s?uur\s+(?:slaapt|sliep|geslapen|slaap)(?![a-z])|\b(?:slaapt|sliep|geslapen)\s+(?:\S+\s+){0,3}\d{1,2}(?:[.,]\d)?\s?uur(?![a-z])/g;
// A pregnancy's scan or term by its week ("de 20 weken echo", "de 12-wekenecho", "bij 28 weken zwanger")
// or as said of oneself ("Ik ben nu 10 weken en…", "ben je dan 28 weken?"; "ik ben 3 weken met vakantie" is not)
const PREGNANCY_WEEK = new RegExp(
  `\\b\\d{1,2}[- ]?weken[- ]?(?:${termsSource(PREGNANCY_WEEK_SCAN)})(?![a-z])` +
    `|\\b\\d{1,2}\\s+weken\\s+(?:${termsSource(PREGNANCY_WEEK_TERM)})(?![a-z])` +
    `|\\b(?:${termsSource(PREGNANCY_SELF)})\\s+(?:(?:${termsSource(PREGNANCY_SELF_ADVERBS)})\\s+)?` +
    `\\d{1,2}(?:\\+\\d)?\\s+weken(?=\\s*(?:[.,!?;)]|$)|\\s+(?:${termsSource(PREGNANCY_SELF_AFTER)})(?![a-z]))`,
  "gm"
);
const DIGIT = /\d/;
// A body weighed ("woog vandaag 4620 gram", "2,1 kilo minder", "gewicht 104 kg"): a measurement of
// someone, not a product's weight ("weegt tot 150 kg" is how much a scale takes). Bounded gaps: linear.
const BODY_WEIGHT =
  /\b(?:woog|gewogen|weegschaal\s+zei|gewicht|lichaamsgewicht)\s+(?:\S+\s+){0,3}\d+(?:[.,]\d+)?\s?(?:kg|kilo|gram)(?![a-z])|\b\d+(?:[.,]\d+)?\s?(?:kg|kilo|gram)\s+(?:erbij|eraf|kwijt|aangekomen|afgevallen|minder|zwaarder|lichter|gegroeid|omhoog|omlaag|gestegen|gedaald)(?![a-z])/g;

function tagsOf(e: MedicalEntry): string[] {
  const tags: string[] = [e.kind];
  if (e.weak) tags.push("weak");
  if (e.sensitive) tags.push("sensitive-context");
  if (e.measure) tags.push("measure");
  return tags;
}

function confidenceOf(e: MedicalEntry): number {
  if (e.kind === "provider") return 0.4;
  if (e.kind === "vaccine") return 0.3;
  return e.weak ? 0.5 : 0.85;
}

export const detectMedical = (input: DetectInput): Finding[] => {
  buildTables();
  const text = input.norm.text;
  const folded = foldSameLength(text);
  const out: Finding[] = [];
  const taken: Array<[number, number]> = [];
  // Which characters a finding already covers: a constant-time overlap test on long texts.
  const covered = new Uint8Array(text.length);
  // Homographs wait until the rest is known: kept only with support in their sentence.
  const pending: Array<[number, number, MedicalEntry]> = [];
  const add = (start: number, end: number, e: MedicalEntry): void => {
    if (e.ambiguous) {
      pending.push([start, end, e]);
      return;
    }
    out.push(findingAt(input, "medical", start, end, confidenceOf(e), tagsOf(e)));
    if (taken.length < 10000) taken.push([start, end]);
    for (let i = start; i < end; i++) covered[i] = 1;
  };
  const overlaps = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };

  PHRASE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHRASE_RE.exec(folded))) {
    const key = m[0].replace(/[\s-]+/g, " ");
    const e = PHRASES.get(key);
    if (e) add(m.index, m.index + m[0].length, e);
  }

  // Eponymous diseases with any name: "Sever's disease", "ziekte van Kahler", "syndroom van Down".
  EPONYMOUS_DISEASE.lastIndex = 0;
  // Only texts that name a disease word at all: the pattern would otherwise try every capital.
  const diseaseWord = DISEASE_WORDS.some((w) => folded.indexOf(w) >= 0);
  while (diseaseWord && (m = EPONYMOUS_DISEASE.exec(text))) {
    const start = m.index + m[1].length;
    const end = start + m[2].length;
    if (!eponymName(m[3] ?? m[4])) continue;
    if (!overlaps(start, end))
      add(start, end, { kind: "condition", weak: false, sensitive: false });
  }

  // Abbreviations written with dots ("s.o.a.", "A.D.H.D.", "h.i.v."): their letters read as one word
  // when that is an unambiguous medical abbreviation ("i.v.m.", "t.a.v.", "s.v.p." are none).
  DOTTED.lastIndex = 0;
  while ((m = DOTTED.exec(folded))) {
    const start = m.index + m[1].length;
    const end = start + m[2].length;
    const letters = m[2].replace(/\./g, "");
    const e = analyseWord(letters);
    if (!e || e.weak || e.ambiguous || e.kind === "provider" || e.kind === "vaccine") continue;
    if (!caseAllows(letters, text.slice(start, end).replace(/\./g, "")) || overlaps(start, end))
      continue;
    add(start, end, e);
  }

  // A word broken over a line with a hyphen ("blaas-\nontsteking"): its halves read as one word.
  for (const [start, mid, end] of hyphenBreaks(folded)) {
    const first = folded.slice(start, mid);
    const second = folded.slice(folded.lastIndexOf("\n", end) + 1, end).replace(/^[\s>]+/, "");
    const e = analyseWord(first + second) ?? lookup(`${first}-${second}`);
    if (!e || e.weak || overlaps(start, end)) continue;
    add(start, end, e);
  }

  // Phrases are few: a sorted list of their spans keeps the overlap test cheap for the token loop.
  const phraseSpans = taken.slice().sort((a, b) => a[0] - b[0]);
  let p = 0;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(folded))) {
    const token = m[0];
    const start = m.index;
    while (p < phraseSpans.length && phraseSpans[p][1] <= start) p++;
    if (p < phraseSpans.length && phraseSpans[p][0] < start + token.length) continue;
    if (digitsOnly(token, true)) continue;
    const joined = token.indexOf("-") >= 0 || token.indexOf("/") >= 0;
    const whole = joined ? lookup(token) : undefined;
    if (whole) {
      if (acceptCase(token, text, start)) add(start, start + token.length, whole);
      continue;
    }
    // a token without "-" or "/" is one part: no regex needed to find it
    PART.lastIndex = 0;
    let q: RegExpExecArray | null = joined ? PART.exec(token) : null;
    let word = joined ? (q ? q[0] : "") : token;
    let at = joined && q ? q.index : 0;
    while (word) {
      if (word.length >= 2 && !digitsOnly(word, false)) {
        const e = analyseWord(word) ?? digitsForLetters(word);
        const s = start + at;
        if (e && acceptCase(word, text, s)) add(s, s + word.length, e);
      }
      q = joined ? PART.exec(token) : null;
      word = q ? q[0] : "";
      at = q ? q.index : 0;
    }
  }

  for (const re of [UNIT_VALUE, SCHEDULE, BODY_WEIGHT, BODY_MEASURE, PREGNANCY_WEEK]) {
    re.lastIndex = 0;
    while ((m = re.exec(folded))) {
      const end = m.index + m[0].length;
      if (re === PREGNANCY_WEEK) {
        // the whole phrase replaces the words inside it ("echo" of "de 20 weken echo")
        // (`taken` holds each finding's range in this text's own offsets, in the order of `out`)
        for (let i = Math.min(out.length, taken.length) - 1; i >= 0; i--)
          if (taken[i][0] >= m.index && taken[i][1] <= end) {
            out.splice(i, 1);
            taken.splice(i, 1);
          }
      } else if (overlaps(m.index, end)) continue;
      const kind: MedicalKind =
        re === PREGNANCY_WEEK
          ? "condition"
          : re !== BODY_WEIGHT &&
              /mg|mcg|µg|gram|dd|daags|z\.n\./.test(m[0]) &&
              !/\/(dl|l)/.test(m[0])
            ? "medication"
            : "lab";
      if (re === BODY_MEASURE)
        add(m.index, m.index + m[0].length, {
          kind: "lab",
          weak: true,
          sensitive: false,
          measure: true,
        });
      // the finding is the term itself ("10 weken"), not the "ik ben nu" that makes it a pregnancy's
      else
        add(m.index + Math.max(0, m[0].search(DIGIT)), end, {
          kind,
          weak: false,
          sensitive: false,
          // a body weighed is a measurement, whoever's it is (statements.ts asks whose)
          measure: re === BODY_WEIGHT,
        });
    }
  }
  if (pending.length) confirmHomographs(folded, pending, out, (s, e, entry) => add(s, e, entry));
  return out;
};

const COMPLAINT_PROCEDURE = new RegExp(`\\b(?:${COMPLAINT_PROCEDURE_WORDS.join("|")})\\b`, "i");
const GRIEVANCE_WORD = /^klacht(?:en)?$/i;
/**
 * In a mail about a complaints procedure ("klachtenfunctionaris", "de klacht voorleggen aan de
 * geschilleninstantie"), in any of its texts, "klacht" is a grievance about the practice, not a symptom,
 * in its subject too ("Re: uw klacht").
 */
export function withoutGrievances(findings: Finding[], texts: readonly string[]): Finding[] {
  if (!texts.some((t) => COMPLAINT_PROCEDURE.test(t))) return findings;
  return findings.filter((f) => f.type !== "medical" || !GRIEVANCE_WORD.test(f.text));
}

const SENTENCE_END = /[.!?\n]/;
const WORD = /[a-z\u00c0-\u024f]+/g;

/**
 * "Scheur in het plafond", "ontsteking van de auto", "in verband met": a homograph is medical only
 * when its sentence also names a body part ("scheur in de meniscus") or has another unambiguous
 * medical word; one homograph alone never makes a mail medical.
 */
function confirmHomographs(
  folded: string,
  pending: Array<[number, number, MedicalEntry]>,
  found: Finding[],
  add: (start: number, end: number, e: MedicalEntry) => void
): void {
  // Sorted, so each sentence is one binary search (some() over every finding was quadratic on long texts).
  const support = found
    .filter((f) => medicalWeight(f) > 0)
    .map((f) => f.start)
    .sort((a, b) => a - b);
  for (const [start, end, e] of pending) {
    let from = start;
    while (from > 0 && start - from < 300 && !SENTENCE_END.test(folded[from - 1])) from--;
    let to = end;
    while (to < folded.length && to - end < 300 && !SENTENCE_END.test(folded[to])) to++;
    let lo = 0;
    let hi = support.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (support[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    let supported = lo < support.length && support[lo] < to;
    if (!supported) {
      WORD.lastIndex = 0;
      const sentence = folded.slice(from, to);
      let w: RegExpExecArray | null;
      while (!supported && (w = WORD.exec(sentence))) supported = ANATOMY.has(w[0]);
    }
    if (supported) add(start, end, { kind: e.kind, weak: e.weak, sensitive: e.sensitive });
  }
}

/** Only digits (and with `separators`, "/" and "-"): a char loop, run for every token of the text. */
// Digits written for the letters they look like ("d1abetes", "h1v", "s0a"): read only when the word
// then is an unambiguous medical word, so codes and dosages ("a4", "b12", "2dd") stay what they are.
const MIN_LOOK_ALIKE_WORD = 3;

function digitsForLetters(word: string): MedicalEntry | undefined {
  if (word.length < MIN_LOOK_ALIKE_WORD || !/[0-9]/.test(word) || !/[a-z]/.test(word))
    return undefined;
  for (const one of LOOK_ALIKE_DIGITS["1"]) {
    const letters = word.replace(/[0-9]/g, (d) =>
      d === "1" ? one : (LOOK_ALIKE_DIGITS[d]?.[0] ?? d)
    );
    if (/[0-9]/.test(letters)) return undefined;
    const e = analyseWord(letters);
    if (e && !e.weak && !e.ambiguous && e.kind !== "provider" && e.kind !== "vaccine") return e;
  }
  return undefined;
}

function digitsOnly(token: string, separators: boolean): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (separators && (c === 47 || c === 45)))) return false;
  }
  return token.length > 0;
}

/** `word` as found at `at` in the normalised `text`: is it written in a case that makes it medical? */
function acceptCase(word: string, text: string, at: number): boolean {
  // "9405 CT Assen": the letters of a postcode, not an abbreviation.
  if (word.length === 2 && /\d{4} ?$/.test(text.slice(Math.max(0, at - 6), at))) return false;
  return caseAllows(word, text.slice(at, at + word.length));
}

/** `original` (as written) of the folded `word`: a case that makes it medical ("CT", not "ct")? */
function caseAllows(word: string, original: string): boolean {
  if (!CAPITALS_ONLY.has(word) && !NOT_ALL_LOWER.has(word)) return true;
  if (NOT_ALL_LOWER.has(word)) return original !== original.toLowerCase();
  return original === original.toUpperCase();
}
