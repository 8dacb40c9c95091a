/**
 * Name lexicons as Sets, built once on first use from the compact generated strings
 * (names.generated.ts) and the curated context words (name-context.ts).
 */
import { AMBIGUOUS_NAMES, COMMON_WORDS, FIRST_NAMES, SURNAMES } from "./names.generated";
import {
  CLOSINGS,
  EPONYM_CUES,
  EPONYMS,
  HONORIFICS,
  INTERFIXES,
  INTERFIX_PREPOSITIONS,
  NEVER_NAMES,
  NOT_INITIALS,
  ORGANISATION_WORDS,
  PATIENT_HONORIFICS,
  ROLE_NOUNS,
  SALUTATIONS,
  WEEKDAYS,
  MONTHS,
  NAMES_AT_SENTENCE_START,
  PERSON_VERBS,
  FINITE_VERBS,
  BRAND_NAMES,
  MAILBOX_WORDS,
  DEPARTMENT_WORDS,
} from "./name-context";

export interface NameLexicon {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** names that are also ordinary words: only names in a name context */
  ambiguous: ReadonlySet<string>;
  /** ordinary frequent words that are not names */
  common: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  patientHonorifics: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  salutations: ReadonlySet<string>;
  closings: ReadonlySet<string>;
  interfixes: ReadonlySet<string>;
  /** interfixes that need a second one after them: "in 't", "op de" */
  interfixPrepositions: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  eponyms: ReadonlySet<string>;
  eponymCues: ReadonlySet<string>;
  neverNames: ReadonlySet<string>;
  notInitials: ReadonlySet<string>;
  /** ambiguous names that are still names at the start of a sentence */
  sentenceStartNames: ReadonlySet<string>;
  /** finite verbs with a person as subject: "Eva belt", "Mark has" */
  personVerbs: ReadonlySet<string>;
  finiteVerbs: ReadonlySet<string>;
  /** shops, insurers, hospitals named like a person */
  brands: ReadonlySet<string>;
  /** department and trade words of a shared mailbox's display name */
  mailboxWords: ReadonlySet<string>;
  /** department and organisation words of a quoted header's display name */
  departments: ReadonlySet<string>;
  /** month names and weekdays: never names */
  calendar: ReadonlySet<string>;
}

let cached: NameLexicon | undefined;

const set = (items: readonly string[]): ReadonlySet<string> => new Set(items);
/** Decodes a front-coded word list (scripts/lexicon/build-names.mjs, `pack`). */
export function unpackWords(packed: string): ReadonlySet<string> {
  const words = new Set<string>();
  let previous = "";
  let start = 0;
  while (start < packed.length) {
    const shared = prefixLength(packed.charCodeAt(start));
    let end = start + 1;
    while (end < packed.length && prefixLength(packed.charCodeAt(end)) < 0) end++;
    previous = previous.slice(0, shared) + packed.slice(start + 1, end);
    words.add(previous);
    start = end;
  }
  return words;
}

/** The shared-prefix length a packing character stands for ("0"–"9", "A"–"Z"), or -1 for a letter. */
function prefixLength(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

const split = unpackWords;

export function nameLexicon(): NameLexicon {
  if (!cached) cached = buildNameLexicon();
  return cached;
}

/** Uncached build (the bench measures it); use nameLexicon(). */
export function buildNameLexicon(): NameLexicon {
  return {
    firstNames: split(FIRST_NAMES),
    surnames: split(SURNAMES),
    ambiguous: split(AMBIGUOUS_NAMES),
    common: split(COMMON_WORDS),
    honorifics: set(HONORIFICS.map((w) => w.replace(/\.$/, ""))),
    patientHonorifics: set(PATIENT_HONORIFICS),
    roles: set(ROLE_NOUNS),
    salutations: set(SALUTATIONS),
    closings: set(CLOSINGS),
    interfixes: set(INTERFIXES),
    interfixPrepositions: set(INTERFIX_PREPOSITIONS),
    organisations: set(ORGANISATION_WORDS),
    eponyms: set(EPONYMS),
    eponymCues: set(EPONYM_CUES.map((w) => w.replace(/\.$/, ""))),
    neverNames: set(NEVER_NAMES),
    notInitials: set(NOT_INITIALS),
    sentenceStartNames: set(NAMES_AT_SENTENCE_START),
    personVerbs: set(PERSON_VERBS),
    finiteVerbs: set(FINITE_VERBS),
    brands: set(BRAND_NAMES),
    mailboxWords: set(MAILBOX_WORDS),
    departments: set(DEPARTMENT_WORDS),
    // abbreviations like "jan", "mar" are also names (Jan), so only full month names count here
    calendar: set([...Object.keys(MONTHS).filter((m) => m.length > 3 || m === "mei"), ...WEEKDAYS]),
  };
}

export {
  MONTHS,
  WEEKDAYS,
  STREET_SUFFIXES,
  STREET_ONLY_SUFFIXES,
  ORGANISATION_SUFFIXES,
  DEPARTMENT_SUFFIXES,
} from "./name-context";
export { isNameLetter, startsUpper, nameLower, NOT_NAME_CHARS } from "./letters";
