import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";
import { matchesInChunks } from "../text/chunks";
import { findQuotedRanges } from "../text/quotes";
import {
  nameLexicon,
  ORGANISATION_SUFFIXES,
  DEPARTMENT_SUFFIXES,
  STREET_ONLY_SUFFIXES,
  STREET_SUFFIXES,
  isNameLetter,
  nameLower,
  startsUpper,
  type NameLexicon,
} from "../lexicon";

/**
 * Person names in Dutch (and English) e-mail, in the manner of DEDUCE (Menger et al. 2018): lookup
 * lists of first names and surnames plus context patterns (forms of address, roles, salutations,
 * closings, quoted-reply headers, initials, interfixes). Hand-written because no library does
 * Dutch name recognition; compromise's English NER does not know Dutch names or interfixes.
 *
 * A name is reported as written, without the form of address ("mevrouw De Boer" -> "De Boer"),
 * as the longest span ("Ans de Boer", not also "Ans"). Names that are ordinary words (Bakker,
 * Visser, Roos) count only in a name context. The sender's own name is never reported.
 */

interface Token {
  s: number;
  e: number;
  /** lower case; the written form is text.slice(s, e) (not kept: fewer strings live per token) */
  lower: string;
  /** starts with a capital and is not written in capitals throughout (BSN, COPD) */
  cap: boolean;
  /** a single capital followed by a dot: "P." */
  initial: boolean;
  /** the text between the previous token and this one */
  gap: string;
  /** first token of its line */
  lineStart: boolean;
  /** written with a possessive 's ("Noah's"), which is left out of the token */
  possessive: boolean;
  /** memo of NameScanner.excluded: 0 not yet known, 1 no, 2 yes */
  ex: number;
}

type Reason =
  | "honorific"
  | "role"
  | "salutation"
  | "closing"
  | "header"
  | "initials"
  | "firstname"
  | "propagated"
  | "bare";

interface Span {
  first: number;
  last: number;
  /** offset of the end in the normalised text (may include the dot of a final initial) */
  end: number;
  reason: Reason;
  /** the trigger was a patient form of address (dhr., mevrouw): keep even a sender's surname */
  patientAddress: boolean;
  /** the same words were also found as the name under a closing ("Met vriendelijke groet,") */
  signature?: boolean;
  /** the name is the one greeted: "Beste mevrouw De Boer," (the recipient-mismatch rule uses it) */
  salutation?: boolean;
}

const CONFIDENCE: Record<Reason, number> = {
  honorific: 0.92,
  header: 0.9,
  initials: 0.9,
  role: 0.85,
  salutation: 0.85,
  closing: 0.75,
  firstname: 0.8,
  propagated: 0.7,
  bare: 0.55,
};

/** Abbreviated given names written as initials: "Th. de Vries", "Chr. Bakker", "IJ. Visser". */
const LONG_INITIALS = new Set(["Th", "Ch", "Chr", "Ph", "Joh", "Jac", "Wm", "Fr", "IJ", "Ij"]);

const isLetter = isNameLetter;
// "Laan van", "Plein van de", "Weg der": the words before a street's name (bounded: linear)
const STREET_NAMED_AFTER =
  /(?:^|[^\w])(?:Laan|Plein|Weg|Kade|Singel|Dreef|Straat|Hof|Park|Pad|Gracht)[ \t]+(?:van|der|de|den|ten|ter|naar)(?:[ \t]+(?:de|der|den|het))?[ \t]+$/;

/** Words with inner apostrophes and hyphens ("O'Connor", "Visser-Bakker"). A char loop: the hot path. */
/** E-mail addresses and links: words inside them are not names in running text. */
const ADDRESS_OR_LINK =
  /[^\s<>()[\]"',;:]{1,64}@[^\s<>()[\]"',;:]{1,255}|\b(?:https?:\/\/|www\.)[^\s<>()[\]"]+/gi;

const ADDRESS_OR_LINK_TRIGGER = /@|https?:\/\/|www\./gi;

function addressRanges(text: string): number[] {
  const ranges: number[] = [];
  // Only the whitespace-free chunks that hold an "@" or a link start: same matches, linear on long bodies.
  for (const [at, found] of matchesInChunks(ADDRESS_OR_LINK, text, ADDRESS_OR_LINK_TRIGGER))
    ranges.push(at, at + found.length);
  return ranges;
}

// A Dutch postcode; the words after it on its line, up to a comma or bracket, are the place.
const POSTCODE_BEFORE_PLACE =
  /(^|[^\w])[1-9]\d{3} ?[A-Z]{2}[ \t]+(?=[A-Za-z\u00c0-\u024f\u1e00-\u1eff'])/g;

const PLACE_NAME =
  /^(?:(?:[Dd]en|[Dd]e|[Hh]et|'s|'t)[ -])?[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff'-]*(?:(?: (?:aan|op|bij|in|onder|over|ter|en|de|den|der|het|'t))+ [A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff'-]*)?/;

/** Ranges [start, end) of place names after postcodes ("1781 AB Den Helder"): never a person's name. */
function placeRanges(text: string): number[] {
  const ranges: number[] = [];
  POSTCODE_BEFORE_PLACE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTCODE_BEFORE_PLACE.exec(text))) {
    const start = m.index + m[0].length;
    // One place name only ("Den Helder", "Alphen aan den Rijn"): on a flattened line a name may follow it.
    const place = PLACE_NAME.exec(text.slice(start, start + 60));
    if (place) ranges.push(start, start + place[0].length);
  }
  return ranges;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// asciiCase results: the word's shape when it is plain ASCII letters (and ' -), else NOT_ASCII
const LOWER = 0;
const CAPITALISED = 1;
const OTHER_ASCII = 2;
const NOT_ASCII = 3;

/** LOWER "bloed", CAPITALISED "Jansen" (one capital, first), OTHER_ASCII "COPD", "McKenzie"; NOT_ASCII "Doğan". */
function asciiCase(text: string, s: number, e: number): number {
  let capitals = 0;
  let firstCapital = false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) {
      capitals++;
      if (k === s) firstCapital = true;
    } else if (c > 127) return NOT_ASCII;
  }
  if (capitals === 0) return LOWER;
  return capitals === 1 && firstCapital ? CAPITALISED : OTHER_ASCII;
}

function hasAsciiLower(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  const ranges = addressRanges(text);
  let r = 0;
  // null when lowering changes the length ("İ" -> "i" + dot): then each word is lowered on its own
  const lowerText = text.toLowerCase();
  const lowered = lowerText.length === n ? lowerText : null;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    i++;
    let possessive = false;
    for (;;) {
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (!(
        (c === 39 || c === 45 || c === 0x2019) &&
        i + 1 < n &&
        isLetter(text.charCodeAt(i + 1))
      ))
        break;
      // a final 's is a possessive ("Noah's", "Anna's"): the name is the word before it
      if (
        c !== 45 &&
        i - s > 1 &&
        (text.charCodeAt(i + 1) | 32) === 115 &&
        !isLetter(text.charCodeAt(i + 2))
      ) {
        possessive = true;
        break;
      }
      i++;
    }
    const e = i;
    // the 's falls in the next token's gap, so a name never runs on past it
    if (possessive) i += 2;
    const gap = text.slice(prevEnd, s);
    while (r < ranges.length && ranges[r + 1] <= s) r += 2;
    if (r < ranges.length && ranges[r] <= s) {
      // inside an address or link: keep the token (it separates names) but make it inert
      out.push({
        s,
        e,
        lower: "",
        cap: false,
        initial: false,
        gap,
        lineStart: out.length === 0 || gap.indexOf("\n") >= 0,
        possessive,
        ex: 2,
      });
      prevEnd = e;
      continue;
    }
    // One string per token, its lower case: from the text lowered once (lower case maps each letter of
    // a Latin word to one letter, so offsets agree whenever the lengths do). toLowerCase per word, and a
    // slice of the word as written, were most of this loop's cost and garbage on a 1 MB body.
    const ascii = asciiCase(text, s, e);
    let lower =
      ascii === LOWER
        ? text.slice(s, e)
        : lowered !== null
          ? lowered.slice(s, e)
          : nameLower(text.slice(s, e));
    if (ascii === NOT_ASCII && lowered !== null && lower.indexOf("\u0307") >= 0)
      lower = nameLower(text.slice(s, e));
    // "'t" as in "in 't Veld": the apostrophe falls in the gap.
    if (lower === "t" && gap.charAt(gap.length - 1) === "'") lower = "'t";
    const length = e - s;
    const c0 = text.charCodeAt(s);
    const isUpper =
      (c0 >= 65 && c0 <= 90) ||
      (c0 >= 0xc0 && c0 <= 0xde && c0 !== 0xd7) ||
      (c0 > 0xff && startsUpper(text.charAt(s)));
    const allCaps =
      isUpper &&
      length > 1 &&
      (ascii === CAPITALISED
        ? false
        : ascii === OTHER_ASCII
          ? !hasAsciiLower(text, s, e)
          : text.slice(s, e) === text.slice(s, e).toUpperCase());
    // Lab and product notation is never part of a name: a word glued to a digit ("HbA1c", "B12",
    // "COVID19") or with a capital run after a lowercase letter ("proBNP"); "McKenzie" stays a name.
    const notation =
      isDigit(text.charCodeAt(s - 1)) ||
      isDigit(text.charCodeAt(e)) ||
      (ascii !== LOWER && ascii !== CAPITALISED && /[a-z][A-Z]{2}/.test(text.slice(s, e))) ||
      // an abbreviation before a hyphen ("POH-somatiek", "GGD-kamer"): a role or a place, no name
      /^[A-Z]{2,5}-[a-z]/.test(text.slice(s, e));
    out.push({
      s,
      e,
      lower,
      cap: isUpper && !allCaps,
      initial:
        isUpper &&
        text.charCodeAt(e) === 46 &&
        (length === 1 || LONG_INITIALS.has(text.slice(s, e))),
      gap,
      lineStart: out.length === 0 || gap.indexOf("\n") >= 0,
      possessive,
      // a lone capital without a dot is a placeholder or a label ("patiënt X", "vitamine D"), no name
      ex: notation || (length === 1 && text.charCodeAt(e) !== 46) ? 2 : 0,
    });
    prevEnd = e;
  }
  return out;
}

/** Only spaces (and for initials a dot) between two tokens of one name. */
function joins(prev: Token, next: Token): boolean {
  const g = next.gap;
  if (prev.initial) return g === "." || g === ". ";
  return g === " " || g === "  " || (g === " '" && next.lower === "'t");
}

/** A class after a name: "uit 5 vwo", "uit groep 7", "(klas 2b)". */
// ("Mees groep 6 - afspraken": the class right after the name too)
const PUPIL_AFTER = /^ {1,2}(?:(?:uit |van |in |\()(?:groep|klas|\d)|(?:groep|klas) ?\d)/i;

/** Abbreviations whose dot does not end a sentence ("i.v.m." is single letters, see below). */
const ABBREVIATIONS = new Set(
  "dhr hr mw mevr mej dr drs prof ir ing mr mrs ms zr br fam st sr jr ca nr tel geb pt bijv evt resp vs zgn mbt ivm tav dd zn".split(
    " "
  )
);

/**
 * A sentence, line or list item ends between token i-1 and token i. Context (an organisation, a
 * place preposition, a role) never reaches across it: "... met het ziekenhuis. Lotte belt je."
 */
function boundaryBefore(tokens: Token[], i: number): boolean {
  if (i === 0 || tokens[i].lineStart) return true;
  const g = tokens[i].gap;
  if (g === " ") return false; // the common case, on the hot path
  if (/[!?\n•]/.test(g)) return true;
  // A dot ends a sentence, except after an abbreviation or an initial ("dhr.", "P.J.", "i.v.m.").
  if (g.indexOf(".") >= 0) {
    const prev = tokens[i - 1];
    return !(
      prev.initial ||
      ABBREVIATIONS.has(prev.lower) ||
      (prev.e - prev.s === 1 && g.charAt(0) === ".")
    );
  }
  return false;
}

/** A new sentence starts at token i; a colon or semicolon also starts one (but keeps a label's context). */
function sentenceStart(tokens: Token[], i: number): boolean {
  return boundaryBefore(tokens, i) || (tokens[i].gap !== " " && /[:;]/.test(tokens[i].gap));
}

function hasSuffix(word: string, suffixes: readonly string[]): boolean {
  for (const suf of suffixes) if (word.length > suf.length + 2 && word.endsWith(suf)) return true;
  return false;
}

/** Position of the next `ch` at or after `from`; Infinity when there is none (so cursors only move forward). */
/** Past the text when absent: a small integer, not Infinity (a double in the scanner's state). */
function nextIndexOf(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length + 1000 : at;
}

class NameScanner {
  private readonly lex: NameLexicon;
  /** Next "<" and "[" at or after the current word. Kept in a typed array, not in fields: a field written
   * after construction loses its "constant" status in V8, which throws away the scanner's optimised
   * methods once per process (about a tenth of a cold scan of a large draft). */
  private readonly nextBracket = Int32Array.of(-1, -1);
  readonly spans: Span[] = [];
  constructor(
    private readonly text: string,
    readonly tokens: Token[]
  ) {
    this.lex = nameLexicon();
  }

  /** The token as written. */
  private written(t: Token): string {
    return this.text.slice(t.s, t.e);
  }

  isNameWord(lower: string): boolean {
    return this.lex.firstNames.has(lower) || this.lex.surnames.has(lower) || this.partsKnown(lower);
  }

  /** "Sanne", and double first names "Jan-Peter", "Anne-Fleur" */
  isFirstName(lower: string): boolean {
    if (this.lex.firstNames.has(lower)) return true;
    return lower.indexOf("-") > 0 && lower.split("-").every((p) => this.lex.firstNames.has(p));
  }

  /** "Visser-Bakker", "Anne-Marie": every part a known name */
  private partsKnown(lower: string): boolean {
    if (lower.indexOf("-") < 0) return false;
    return lower.split("-").every((p) => this.lex.firstNames.has(p) || this.lex.surnames.has(p));
  }

  isOrganisation(t: Token): boolean {
    return this.lex.organisations.has(t.lower) || hasSuffix(t.lower, ORGANISATION_SUFFIXES);
  }

  /** Never part of a name whatever the context. */
  private excluded(t: Token): boolean {
    if (t.ex === 0) t.ex = this.computeExcluded(t) ? 2 : 1;
    return t.ex === 2;
  }

  private computeExcluded(t: Token): boolean {
    const x = this.lex;
    return (
      x.neverNames.has(t.lower) ||
      x.calendar.has(t.lower) ||
      x.honorifics.has(t.lower) ||
      x.roles.has(t.lower) ||
      x.salutations.has(t.lower) ||
      this.isOrganisation(t)
    );
  }

  /** A capitalised word that may be part of a name at this point. */
  private nameWord(t: Token, lenient: boolean): boolean {
    if (!t.cap || t.initial || this.excluded(t)) return false;
    if (lenient) return true;
    return this.isNameWord(t.lower) || !this.lex.common.has(t.lower);
  }

  /**
   * Parse a name starting at token i: [initials] [given names] [interfix] surname.
   * `lenientFirst`: the first word may be an ordinary word (after "mevrouw", "dhr.", "Dr").
   */
  parse(i: number, lenientFirst: boolean): { last: number; end: number } | null {
    const t = this.tokens;
    const n = t.length;
    let j = i;
    let last = -1;
    let end = -1;
    // initials: "P.J.", "J. W."
    while (j < n && t[j].initial && (j === i || joins(t[j - 1], t[j]))) {
      last = j;
      end = t[j].e + 1;
      j++;
    }
    const hadInitials = last >= 0;
    let words = 0;
    while (j < n && words < 4) {
      if (last >= 0 && !joins(t[last], t[j])) break;
      const tok = t[j];
      if (this.lex.interfixes.has(tok.lower) && !(tok.cap && words > 0 && !this.isInterfixRun(j))) {
        // interfix run then a capitalised surname: "van der Hoek", "De Boer", "in 't Veld"
        let k = j;
        while (
          k < n &&
          k - j < 3 &&
          this.lex.interfixes.has(t[k].lower) &&
          (k === j || joins(t[k - 1], t[k]))
        )
          k++;
        // "in", "op", "bij" alone are prepositions, not interfixes: "huisartsen in Amersfoort"
        if (k - j === 1 && this.lex.interfixPrepositions.has(tok.lower)) break;
        // after a first name and a surname a further "van de X" is an organisation or a place ("Wim
        // Bakker van Reanimatie Noord", "Mila Jacobs van de Egeltjes"), unless X is a known surname
        if (words >= 2 && k < n && !this.lex.surnames.has(t[k].lower)) break;
        // "Esther op de Leusderweg": a preposition before a street is where someone is
        if (
          this.lex.interfixPrepositions.has(tok.lower) &&
          k < n &&
          hasSuffix(t[k].lower, STREET_SUFFIXES)
        )
          break;
        if (
          k < n &&
          k > j &&
          joins(t[k - 1], t[k]) &&
          this.surnameAfterInterfix(
            t[k],
            (words === 0 && (lenientFirst || hadInitials)) || this.surnameAfterFirstName(j, last, k)
          )
        ) {
          last = k;
          end = t[k].e;
          // "de Jong-van Beek": a double surname whose second part has its own interfix
          if (
            /-(van|de|der|den|ter|ten|te|in)$/.test(t[k].lower) &&
            k + 1 < n &&
            joins(t[k], t[k + 1])
          ) {
            let q = k + 1;
            while (
              q < n &&
              q - k <= 2 &&
              this.lex.interfixes.has(t[q].lower) &&
              joins(t[q - 1], t[q])
            )
              q++;
            if (q < n && joins(t[q - 1], t[q]) && this.surnameAfterInterfix(t[q], true)) {
              last = q;
              end = t[q].e;
            }
          }
        }
        break;
      }
      // first word after "mevrouw"/initials, or a surname right after a known first name ("Jane Doe",
      // "Sanne Bakker"): ordinary words are accepted there
      const afterFirstName = words > 0 && last >= 0 && this.isFirstName(t[last].lower);
      const lenient = (words === 0 && (lenientFirst || hadInitials)) || afterFirstName;
      if (!this.nameWord(tok, lenient)) break;
      // after initials an ordinary word must be a known surname ("N.B. Graag" is no name)
      if (
        words === 0 &&
        hadInitials &&
        !lenientFirst &&
        this.lex.common.has(tok.lower) &&
        !this.isNameWord(tok.lower)
      )
        break;
      last = j;
      end = tok.e;
      words++;
      j++;
    }
    if (last < 0 || (!hadInitials && words === 0 && last < i) || t[last].initial) return null;
    // a street: "Roosstraat 4", "Anna Paulownalaan 12"
    if (hasSuffix(t[last].lower, STREET_ONLY_SUFFIXES)) return null;
    // the house number on the same line ("Hoogendijk\n010 ..." is a signature with a phone number)
    if (
      hasSuffix(t[last].lower, STREET_SUFFIXES) &&
      /^[ \t]+\d/.test(this.text.slice(end, end + 3))
    )
      return null;
    // a street named after someone or something, with its house number ("Laan van Nova 3")
    if (
      STREET_NAMED_AFTER.test(this.text.slice(Math.max(0, t[i].s - 24), t[i].s)) &&
      /^[ \t]+\d/.test(this.text.slice(end, end + 3))
    )
      return null;
    return { last, end };
  }

  /**
   * "Kim van Dalen", "Lotte van Beek": a known first name, a lower-case interfix, then a capital. Dutch
   * writes a common noun there in lower case, so the capitalised word is the surname even when it is
   * also an ordinary word ("dalen", "beek"); not a department ("Kim van Planning").
   */
  private surnameAfterFirstName(interfix: number, last: number, surname: number): boolean {
    const t = this.tokens;
    return (
      last >= 0 &&
      interfix === last + 1 &&
      !t[interfix].cap &&
      this.isFirstName(t[last].lower) &&
      !this.lex.mailboxWords.has(t[surname].lower) &&
      // "Sanne van Zorg en Welzijn": the name of an organisation follows
      !/^ (?:en|&) [A-Z]/.test(this.text.slice(t[surname].e, t[surname].e + 6))
    );
  }

  private isInterfixRun(j: number): boolean {
    const t = this.tokens;
    return j + 1 < t.length && joins(t[j], t[j + 1]) && t[j + 1].cap;
  }

  private surnameAfterInterfix(tok: Token, lenient: boolean): boolean {
    if (!tok.cap || tok.initial || this.excluded(tok) || this.lex.interfixes.has(tok.lower))
      return false;
    return (
      lenient ||
      this.lex.surnames.has(tok.lower) ||
      this.partsKnown(tok.lower) ||
      !this.lex.common.has(tok.lower)
    );
  }

  add(
    first: number,
    parsed: { last: number; end: number },
    reason: Reason,
    patientAddress = false
  ): void {
    this.spans.push({ first, last: parsed.last, end: parsed.end, reason, patientAddress });
  }

  // ---- rules -------------------------------------------------------------------------------

  /** "mevrouw De Boer", "dhr. P.J. de Vries", "Dr Marsh", "collega Schuurman", "haar zoon Erik" */
  byAddressOrRole(i: number): void {
    const t = this.tokens;
    const tok = t[i];
    const written = this.written(tok);
    const isHonorific =
      this.lex.honorifics.has(tok.lower) &&
      !(written.length > 1 && written === written.toUpperCase());
    const isRole = !isHonorific && this.lex.roles.has(tok.lower);
    if (!isHonorific && !isRole) return;
    const next = i + 1;
    if (next >= t.length) return;
    const gap = t[next].gap;
    // "Mijn moeder (Trees Koster) is ...": a relation's name in brackets; the closing bracket must follow
    const bracketed = isRole && /^ ?\($/.test(gap);
    // "mevr. Jansen", "mevr.de Vries", "Naam: Fleur de Boer"; not "... de dokter. Misschien ..."
    if (!/^(\.? {1,2}|\.)$/.test(gap) && !(isRole && /^: ?$/.test(gap)) && !bracketed) return;
    if (boundaryBefore(t, next)) return;
    const patient = isHonorific && this.lex.patientHonorifics.has(tok.lower);
    // "mevrouw Arts", "meneer Koster": a capitalised role word alone after a patient's form of address
    // is their surname (not "mevrouw Dokter Jansen", a role before a name)
    const roleSurname =
      patient &&
      t[next].cap &&
      this.lex.roles.has(t[next].lower) &&
      !(next + 1 < t.length && t[next + 1].cap && /^ {1,2}$/.test(t[next + 1].gap));
    // "dhr. mevr." or "Geachte heer, mevrouw": another form of address follows
    if (
      this.lex.honorifics.has(t[next].lower) ||
      (this.lex.roles.has(t[next].lower) && !roleSurname)
    )
      return;
    const parsed =
      this.parse(next, isHonorific) ??
      (roleSurname ? { last: next, end: t[next].e } : null) ??
      (patient ? this.lowerCaseSurname(next) : null);
    if (!parsed) return;
    if (bracketed && this.text.charAt(parsed.end) !== ")") return;
    // after a role the first word must look like a name, not like an organisation or a sentence
    if (isRole && !t[next].initial && !this.looksLikeName(next, parsed.last)) return;
    // "de zus van Tessa", "psychiater van David": a relation, not the surname "van David"
    if (
      isRole &&
      !t[next].cap &&
      this.lex.interfixes.has(t[next].lower) &&
      this.isFirstName(t[parsed.last].lower)
    )
      return;
    this.add(next, parsed, isHonorific ? "honorific" : "role", patient);
    const greeting =
      i > 0 &&
      t[i - 1].lineStart &&
      t[i - 1].cap &&
      this.lex.salutations.has(t[i - 1].lower) &&
      /^ {1,2}$/.test(tok.gap);
    if (greeting) this.spans[this.spans.length - 1].salutation = true;
  }

  /**
   * "mevrouw kasanwirjo", "dhr. de vries": after a patient form of address a lower-case word that is
   * no ordinary word is still the surname (reported as written). "Mevrouw is ziek" stays no name.
   */
  private lowerCaseSurname(i: number): { last: number; end: number } | null {
    const t = this.tokens;
    let k = i;
    while (
      k < t.length &&
      k - i < 3 &&
      this.written(t[k]) === t[k].lower &&
      this.lex.interfixes.has(t[k].lower) &&
      (k === i || joins(t[k - 1], t[k]))
    )
      k++;
    if (k >= t.length || (k > i && !joins(t[k - 1], t[k]))) return null;
    // "in", "op" alone are prepositions: "mevrouw in bed"
    if (k - i === 1 && this.lex.interfixPrepositions.has(t[i].lower)) return null;
    const w = t[k];
    if (this.written(w) !== w.lower || w.lower.length < 3 || w.ex === 2) return null;
    if (this.excluded(w) || this.lex.common.has(w.lower) || this.lex.interfixes.has(w.lower))
      return null;
    if (
      ABBREVIATIONS.has(w.lower) ||
      this.lex.personVerbs.has(w.lower) ||
      this.lex.finiteVerbs.has(w.lower)
    )
      return null;
    return { last: k, end: w.e };
  }

  /** All words known names, or not ordinary words. */
  looksLikeName(first: number, last: number): boolean {
    const t = this.tokens;
    let known = false;
    let words = 0;
    for (let k = first; k <= last; k++) {
      const tok = t[k];
      if (tok.initial || this.lex.interfixes.has(tok.lower)) {
        known = known || tok.initial;
        continue;
      }
      words++;
      if (this.isNameWord(tok.lower)) known = true;
      else if (this.lex.common.has(tok.lower)) return false;
    }
    // an unknown single word after an interfix ("Dag van de Mantelzorg") is too weak
    return known || words >= 2 || (words === 1 && !this.lex.interfixes.has(t[first].lower));
  }

  /** "Beste Sanne,", "Hoi Roos", "Dear Emily" (a form of address after the greeting is handled above). */
  bySalutation(i: number): void {
    const t = this.tokens;
    const tok = t[i];
    if (!tok.lineStart || !this.lex.salutations.has(tok.lower)) return;
    const next = i + 1;
    if (!tok.cap) {
      this.lowerCaseSalutation(i);
      return;
    }
    if (next >= t.length || !/^ {1,2}$/.test(t[next].gap)) return;
    if (this.lex.honorifics.has(t[next].lower) || this.lex.roles.has(t[next].lower)) return;
    // "Beste Wmo-consulent,": a role made specific by a word before its hyphen
    const lastPart = t[next].lower.slice(t[next].lower.lastIndexOf("-") + 1);
    if (lastPart !== t[next].lower && this.lex.roles.has(lastPart)) return;
    // "Beste Van Dalen,": a capitalised interfix after a greeting starts a surname
    const capInterfix = t[next].cap && this.lex.interfixes.has(t[next].lower);
    const parsed = this.parse(next, capInterfix);
    if (!parsed || !(this.looksLikeName(next, parsed.last) || (capInterfix && parsed.last > next)))
      return;
    // the greeting ends at a comma or the line end: "Beste Tim Groen," / "Hoi Maarten (cc ...)"
    const after = this.text.slice(parsed.end, parsed.end + 2);
    if (after !== "" && !/^[,!\n (:-]/.test(after)) return;
    this.add(next, parsed, "salutation");
    this.spans[this.spans.length - 1].salutation = true;
  }

  /** "hoi sander," / "beste anne!": written in lower case throughout, a known first name is still a name. */
  private lowerCaseSalutation(i: number): void {
    const t = this.tokens;
    if (this.written(t[i]) !== t[i].lower) return;
    const next = i + 1;
    if (next >= t.length || !/^ {1,2}$/.test(t[next].gap)) return;
    const name = t[next];
    if (
      this.written(name) !== name.lower ||
      !this.isFirstName(name.lower) ||
      this.excluded(name) ||
      this.lex.common.has(name.lower)
    )
      return;
    const after = this.text.slice(name.e, name.e + 2);
    if (after !== "" && !/^\s*(?:[,!]|\n|$)/.test(after)) return;
    this.spans.push({
      first: next,
      last: next,
      end: name.e,
      reason: "salutation",
      patientAddress: false,
      salutation: true,
    });
  }

  /** "Met vriendelijke groet,\n\nJolanda Koster" and "Groet, Henk Mulder" */
  byClosing(at: number): void {
    const t = this.tokens;
    if (!this.lex.closings.has(t[at].lower)) return;
    // "Dank je wel,", "Dank u wel,": the closing ends at "wel"
    const thanks =
      at + 2 < t.length &&
      /^(?:je|u)$/.test(t[at + 1].lower) &&
      t[at + 2].lower === "wel" &&
      !t[at + 1].lineStart &&
      !t[at + 2].lineStart;
    const i = thanks ? at + 2 : at;
    const tok = t[i];
    // the closing itself ends its line ("Met vriendelijke groet,"), or the name follows on the line
    const nextIdx = i + 1;
    if (nextIdx >= t.length) return;
    const next = t[nextIdx];
    const lineRest = this.text.slice(tok.e, next.s);
    if (next.lineStart) {
      if (!/^[,!.]?\s*$/.test(lineRest.split("\n")[0])) return;
    } else if (!/^,? {1,2}$/.test(lineRest)) return;
    if (!next.cap && !next.initial) return;
    // "Dank je wel!\n\nGroet,": another closing follows, the name comes after that one
    if (this.lex.closings.has(next.lower)) return;
    // titles before the signing name ("Hr. dr. R. Postma"): the name starts after them
    let first = nextIdx;
    while (
      first + 1 < t.length &&
      first - nextIdx < 3 &&
      this.lex.honorifics.has(t[first].lower) &&
      !t[first + 1].lineStart
    )
      first++;
    const parsed = this.parse(first, first > nextIdx);
    if (!parsed) return;
    // the name stands alone (then a line end, a comma + role, a bar)
    const after = parsed.last + 1 < t.length ? t[parsed.last + 1] : null;
    if (after && !after.lineStart && !/^\s*[,|(–-]/.test(this.text.slice(parsed.end, after.s)))
      return;
    // a single unknown word alone on its line under a closing is a signature's first name ("Groet,\nYfke")
    const aloneOnLine = !after || after.lineStart;
    const single =
      parsed.last === first &&
      !t[first].initial &&
      !this.lex.common.has(t[first].lower) &&
      !this.isOrganisation(t[first]);
    if (!this.plausibleStandaloneName(first, parsed.last) && !(aloneOnLine && single)) return;
    this.add(first, parsed, "closing");
  }

  /** A run of capitalised words that reads as a person's name without further context. */
  plausibleStandaloneName(first: number, last: number): boolean {
    const t = this.tokens;
    for (let k = first; k <= last; k++) if (this.isOrganisation(t[k])) return false;
    if (t[first].initial) return true;
    if (this.isFirstName(t[first].lower)) return true;
    if (!this.looksLikeName(first, last)) return false;
    // a single unknown word is too weak (a signature's practice or department)
    return last > first && (this.isNameWord(t[last].lower) || !this.lex.common.has(t[last].lower));
  }

  /** "Van: Naomi Smeets <...>", "schreef Ans de Boer <...>:", "Emily Carter <...> wrote:", "Van: Oosterhuis, M. <...>" */
  byHeader(i: number): void {
    const t = this.tokens;
    const tok = t[i];
    const isField =
      tok.lineStart && /^(van|from|aan|to|cc)$/.test(tok.lower) && this.text.charAt(tok.e) === ":";
    const isSchreef = tok.lower === "schreef";
    if (!isField && !isSchreef) return;
    let k = i + 1;
    // a header line holds a few display names; bound the walk so one huge line stays linear
    const stop = Math.min(t.length, i + 40);
    // "schreef" also occurs in running text: its display name stays in the same sentence
    // the token after which the current display name ends, when it names a department
    let orgUntil = -1;
    while (k < stop && !t[k].lineStart && !(isSchreef && k > i + 1 && boundaryBefore(t, k))) {
      const seg = k;
      if (isField && seg > orgUntil && (seg === i + 1 || /[;>\]]/.test(t[seg].gap)))
        orgUntil = this.departmentDisplayName(seg, stop);
      if (seg <= orgUntil) {
        k++;
        continue;
      }
      if (t[seg].cap || t[seg].initial) {
        const surnameFirst = this.surnameCommaInitials(seg);
        if (surnameFirst) {
          this.spans.push({
            first: seg,
            last: surnameFirst.last,
            end: surnameFirst.end,
            reason: "header",
            patientAddress: false,
          });
          k = surnameFirst.last + 1;
          continue;
        }
        const parsed = this.parse(seg, false);
        if (parsed) {
          const after = this.text.slice(parsed.end, parsed.end + 3);
          // the display name is followed by its address, a separator or the line end
          if (
            /^(\s*[<[;]|\s*$|:\s*$|\s*\n)/.test(after) &&
            this.plausibleStandaloneName(seg, parsed.last)
          ) {
            this.add(seg, parsed, "header");
          }
          k = parsed.last + 1;
          continue;
        }
      }
      // skip the rest of this display name / address
      k++;
    }
  }

  /**
   * "Secretariaat Radiologie Kennemer <...>", "Afdeling Cardiologie Noord": a display name holding a
   * department or organisation word is no person. Returns its last token, or -1.
   */
  private departmentDisplayName(first: number, stop: number): number {
    const t = this.tokens;
    let dept = false;
    let k = first;
    for (; k < stop; k++) {
      if (k > first && (t[k].lineStart || /[<[;@]/.test(t[k].gap))) break;
      const w = t[k].lower;
      if (this.lex.departments.has(w) || hasSuffix(w, DEPARTMENT_SUFFIXES)) dept = true;
    }
    return dept ? k - 1 : -1;
  }

  /** Any display name before an address: "Emily Carter <emily@...> wrote:" */
  byAddressBook(i: number): void {
    const t = this.tokens;
    const tok = t[i];
    if (
      !(tok.cap || tok.initial) ||
      (i > 0 && joins(t[i - 1], tok) && (t[i - 1].cap || t[i - 1].initial))
    )
      return;
    // cheap pre-check: an address bracket soon after this word
    const next = this.nextBracket;
    if (next[0] < tok.e) next[0] = nextIndexOf(this.text, "<", tok.e);
    if (next[1] < tok.e) next[1] = nextIndexOf(this.text, "[", tok.e);
    if (Math.min(next[0], next[1]) - tok.e > 80) return;
    const parsed = this.parse(i, false);
    if (
      !parsed ||
      !/^\s?[<[](mailto:)?[^\s<>@]+@/.test(this.text.slice(parsed.end, parsed.end + 80))
    )
      return;
    if (this.plausibleStandaloneName(i, parsed.last)) this.add(i, parsed, "header");
  }

  /** "Oosterhuis, M." as written in address books. */
  surnameCommaInitials(i: number): { last: number; end: number } | null {
    const t = this.tokens;
    const tok = t[i];
    let j = i + 1;
    if (j >= t.length || !t[j].initial || !(t[j].gap === ", " || t[j].gap === ",")) return null;
    if (!tok.cap || tok.initial || this.excluded(tok)) return null;
    if (this.lex.common.has(tok.lower) && !this.isNameWord(tok.lower)) return null;
    let last = j;
    while (j + 1 < t.length && t[j + 1].initial && joins(t[j], t[j + 1])) last = ++j;
    const end = t[last].e + 1;
    if (!/^(\s*[<[;)]|\s*$|\s*\n)/.test(this.text.slice(end, end + 2))) return null;
    return { last, end };
  }

  /** "Jansen, P." at a line end or before an address */
  byCommaInitials(i: number): void {
    const t = this.tokens;
    if (i > 0 && joins(t[i - 1], t[i]) && (t[i - 1].cap || t[i - 1].initial)) return;
    const parsed = this.surnameCommaInitials(i);
    if (parsed)
      this.spans.push({
        first: i,
        last: parsed.last,
        end: parsed.end,
        reason: "header",
        patientAddress: false,
      });
  }

  /** "P.J. de Vries", "A.M. Kok", "C. Visser-Bakker" anywhere */
  byInitials(i: number): void {
    const t = this.tokens;
    if (!t[i].initial || (i > 0 && t[i - 1].initial && joins(t[i - 1], t[i]))) return;
    let letters = t[i].lower;
    for (let k = i + 1; k < t.length && t[k].initial && joins(t[k - 1], t[k]); k++)
      letters += t[k].lower;
    if (this.lex.notInitials.has(letters)) return;
    const parsed = this.parse(i, false);
    if (!parsed) return;
    // at least one real name word after the initials
    let words = 0;
    for (let k = i; k <= parsed.last; k++)
      if (!t[k].initial && !this.lex.interfixes.has(t[k].lower)) words++;
    if (words === 0) return;
    this.add(i, parsed, "initials");
  }

  /** A known first name ("Sara Lindqvist", "Niels", "Anja, kun jij ..."). */
  byFirstName(i: number): void {
    const t = this.tokens;
    const tok = t[i];
    if (!tok.cap || !this.isFirstName(tok.lower) || this.excluded(tok)) return;
    if (!boundaryBefore(t, i)) {
      const prev = t[i - 1];
      // "Apotheek Anna", "Sint Anna", "het Anker", "ziekte van X"
      // "woont in Lisse", "te Axel": a place
      if (
        this.isOrganisation(prev) ||
        /^(de|het|een|the|a|sint|st|santa|san|in|te)$/.test(prev.lower)
      )
        return;
      // "ziekte van Parkinson"
      if (
        prev.lower === "van" &&
        !boundaryBefore(t, i - 1) &&
        this.lex.eponymCues.has(t[i - 2].lower)
      )
        return;
    }
    const parsed = this.parse(i, false);
    if (!parsed) return;
    if (this.lex.ambiguous.has(tok.lower) && parsed.last === i) {
      // "Roos", "Mark", "Merel" alone: a name mid-sentence, an ordinary word at the start of one
      const verbAfter = i + 1 < t.length && !t[i + 1].cap && /^ {1,2}$/.test(t[i + 1].gap);
      // "Eva belt je morgen": a verb that takes a person as subject makes it a name there too
      const personVerbAfter = verbAfter && this.lex.personVerbs.has(t[i + 1].lower);
      // "Thomas uit 5 vwo", "Mark (groep 7)": a pupil by their class
      const pupil = PUPIL_AFTER.test(this.text.slice(tok.e, tok.e + 16));
      // "Mark's results", "Eva's uitslag": a possessive belongs to a person
      if (
        sentenceStart(t, i) &&
        !(this.lex.sentenceStartNames.has(tok.lower) && verbAfter) &&
        !personVerbAfter &&
        !pupil &&
        !tok.possessive
      )
        return;
    }
    this.add(i, parsed, "firstname");
  }

  /**
   * "- Van Leeuwen: LDL te hoog", "De Vries belde", "Ter Horst: controle": at the start of a line (or
   * a list item) a capitalised interfix starts the surname, reported as written. The surname must be
   * a known one, and a colon, comma, bracket, line end or a verb taking a person must follow
   * ("Van de week komt hij", "De Kok kookt" stay no name).
   */
  byLineStartInterfix(i: number): void {
    const t = this.tokens;
    const tok = t[i];
    if (!tok.lineStart || !this.lex.interfixes.has(tok.lower)) return;
    const parsed = this.parse(i, false);
    if (!parsed || parsed.last === i) return;
    const surname = t[parsed.last];
    if (!this.lex.surnames.has(surname.lower) || this.lex.common.has(surname.lower)) return;
    const next = parsed.last + 1 < t.length ? t[parsed.last + 1] : null;
    const after = this.text.slice(parsed.end, parsed.end + 2);
    const personVerb =
      !!next && /^ {1,2}$/.test(next.gap) && !next.cap && this.lex.personVerbs.has(next.lower);
    if (!personVerb && !/^(?:[:,(]| [(-]|\s*\n|$)/.test(after)) return;
    this.add(i, parsed, "role");
  }

  /**
   * "Bas,\n\nkun je ..." : a first name alone on the opening line, before a comma or "!", greets
   * that person, also when the name is an ordinary word ("Roos,"). Only the first line of the text.
   */
  byOpeningName(i: number): void {
    const t = this.tokens;
    const tok = t[i];
    if (i !== 0 || !tok.cap || !this.isFirstName(tok.lower) || this.excluded(tok)) return;
    const parsed = this.parse(i, false);
    if (!parsed) return;
    if (!/^[,!][ \t]*(?:\n|$)/.test(this.text.slice(parsed.end, parsed.end + 4))) return;
    this.add(i, parsed, "salutation");
    this.spans[this.spans.length - 1].salutation = true;
  }

  /**
   * "your appointment with Wessel on Thursday", "you will see Femke", "ask for Joost": in English
   * appointment wording a capitalised word that is no ordinary word after with/see/ask for/contact/call
   * is the person met, even when the lexicon does not know the name.
   */
  byAppointmentPerson(i: number): void {
    const t = this.tokens;
    const tok = t[i];
    const next = i + 1;
    if (next >= t.length || !/^ {1,2}$/.test(t[next].gap)) return;
    const cue =
      tok.lower === "with" ||
      tok.lower === "see" ||
      tok.lower === "contact" ||
      tok.lower === "call" ||
      (tok.lower === "for" && i > 0 && t[i - 1].lower === "ask" && /^ {1,2}$/.test(tok.gap));
    if (!cue || this.written(tok) !== tok.lower) return;
    const name = t[next];
    if (!name.cap || name.initial || this.excluded(name) || this.isOrganisation(name)) return;
    // "with Radiology", "contact Reception": a department
    if (this.lex.departments.has(name.lower) || hasSuffix(name.lower, DEPARTMENT_SUFFIXES)) return;
    if (this.lex.common.has(name.lower) && !this.isFirstName(name.lower)) return;
    const from = Math.max(0, tok.s - 120);
    if (!/appointment|consultation|booked|visit/i.test(this.text.slice(from, name.e + 120))) return;
    const parsed = this.parse(next, true);
    if (!parsed || !this.looksLikeName(next, parsed.last)) return;
    this.add(next, parsed, "role");
  }

  /**
   * In a subject line, a known surname that is no ordinary word and not the first word ("Uitslag
   * Jansen", "Verwijzing Pietersen"). Only there: in running text place names that are also
   * (Belgian) surnames would cost more precision than the few bare surnames gain.
   */
  byBareSurname(i: number): void {
    const t = this.tokens;
    const tok = t[i];
    if (!tok.cap || tok.initial || !this.lex.surnames.has(tok.lower) || this.isFirstName(tok.lower))
      return;
    if (this.lex.ambiguous.has(tok.lower) || this.lex.common.has(tok.lower) || this.excluded(tok))
      return;
    if (sentenceStart(t, i)) return;
    const prev = t[i - 1];
    // "Uitslag Jansen" yes; "Leuven Hasselt" or "De Jansen" (part of something longer) no
    if (
      joins(prev, tok) &&
      (prev.initial ||
        this.lex.interfixes.has(prev.lower) ||
        (prev.cap && !this.lex.common.has(prev.lower)))
    )
      return;
    if (
      /^(in|te|uit|naar|bij|nabij|via|richting|de|het|een|the|a|to|from|at|sint|st)$/.test(
        prev.lower
      ) ||
      this.isOrganisation(prev)
    )
      return;
    const next = t[i + 1];
    if (next && joins(tok, next) && (next.cap || this.isOrganisation(next))) return;
    if (/^\s*\d/.test(this.text.slice(tok.e, tok.e + 3))) return;
    this.add(i, { last: i, end: tok.e }, "bare");
  }

  /** A word already found as a name elsewhere in this text is a name here too ("Sara werkte ..."). */
  propagate(known: ReadonlySet<string>, covered: Uint8Array): void {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      const tok = t[i];
      if (covered[i] || !tok.cap || !known.has(tok.lower) || this.excluded(tok)) continue;
      if (!boundaryBefore(t, i) && this.isOrganisation(t[i - 1])) continue;
      const parsed = this.parse(i, false);
      if (parsed) this.add(i, parsed, "propagated");
    }
  }

  /** "Catharina Ziekenhuis", "Maxima Medisch Centrum": the name of an organisation */
  followedByOrganisation(span: Span): boolean {
    if (span.reason === "honorific") return false;
    const last = this.tokens[span.last];
    const next = this.tokens[span.last + 1];
    // also with a possessive: "Emma's Kliniek"
    const adjacent =
      !!next && (joins(last, next) || (last.possessive && /^['\u2019]s {1,2}$/i.test(next.gap)));
    return adjacent && this.isOrganisation(next);
  }

  /** "Albert Heijn", "Jeroen Bosch Ziekenhuis", "Wendy's", "Tony's Chocolonely" */
  isBrand(span: Span): boolean {
    const t = this.tokens;
    const possessive = t[span.last].possessive;
    if (span.reason === "honorific" || (span.last === span.first && !possessive)) return false;
    const words: string[] = [];
    for (let k = span.first; k <= span.last; k++) words.push(t[k].lower);
    const name = words.join(" ");
    if (!possessive) return this.lex.brands.has(name);
    // a shop named with a possessive, also with the word before or after it in the same sentence
    const key = name + "'s";
    if (this.lex.brands.has(key)) return true;
    const prev = t[span.first - 1];
    const next = t[span.last + 1];
    if (prev && /^ {1,2}$/.test(t[span.first].gap) && this.lex.brands.has(prev.lower + " " + key))
      return true;
    return (
      !!next && /^['\u2019]s {1,2}$/i.test(next.gap) && this.lex.brands.has(key + " " + next.lower)
    );
  }

  /** The address written right after a name ("Naam <a@b.nl>", "Naam [mailto:a@b.nl]"), lower case. */
  addressAfter(span: Span): string | undefined {
    const m = /^\s?[<[](?:mailto:)?([^\s<>[\]@]+@[^\s<>[\]]+)[>\]]/.exec(
      this.text.slice(span.end, span.end + 120)
    );
    return m ? m[1].toLowerCase() : undefined;
  }

  private places: number[] | undefined;
  /** The span lies in the place after a postcode ("2012 PJ Haarlem"). */
  inPlace(span: Span): boolean {
    if (!this.places) this.places = placeRanges(this.text);
    const s = this.tokens[span.first].s;
    // Ranges are sorted by start and at most 60 long: look back from the last one starting at or before s.
    const p = this.places;
    let lo = 0;
    let hi = p.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid * 2] <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && p[k * 2] > s - 64; k--) if (s < p[k * 2 + 1]) return true;
    return false;
  }

  /** "Sever's disease", "ziekte van Kahler": a disease named after someone, whoever (not a first name: "Noah's disease"). */
  inEponymousDisease(span: Span): boolean {
    const t = this.tokens;
    if (span.reason === "honorific" || this.isFirstName(t[span.first].lower)) return false;
    // the possessive 's is not part of the span: "Sever's disease", "Hodgkins' disease"
    // whitespace may wrap a line, but not cross a blank line into the next paragraph
    const after = this.text.slice(span.end, span.end + 14);
    if (
      /^['\u2019]s?(?:[ \t]|\n(?![ \t]*\n))+(?:disease|syndrome|palsy|disorder|ziekte|syndroom)\b/i.test(
        after
      )
    )
      return true;
    const before = this.text.slice(Math.max(0, t[span.first].s - 16), t[span.first].s);
    return /\b(?:ziekte|syndroom|disease|syndrome)(?:[ \t]|\n(?![ \t]*\n))+(?:van|of)(?:[ \t]|\n(?![ \t]*\n))+$/i.test(
      before
    );
  }

  /** "ziekte van Parkinson", "Osgood-Schlatter", "M. Crohn" */
  isEponym(span: Span): boolean {
    const t = this.tokens;
    let any = false;
    for (let k = span.first; k <= span.last && !any; k++)
      any = this.lex.eponyms.has(t[k].lower) || t[k].lower.indexOf("-") > 0;
    if (!any) return false;
    const words: string[] = [];
    for (let k = span.first; k <= span.last; k++) {
      if (t[k].initial || this.lex.interfixes.has(t[k].lower)) continue;
      for (const p of t[k].lower.split("-")) words.push(p);
    }
    if (!words.length || !words.every((w) => this.lex.eponyms.has(w))) return false;
    if (span.reason === "honorific") return false;
    return true;
  }
}

interface SenderParts {
  parts: Set<string>;
  initials: Set<string>;
  last: string;
}

/** "w.sluiter@..." -> ["sluiter"]: the address's words beside a display name that lacks them ("Willemijn"). */
function addressWords(address: string | undefined): string[] {
  if (!address) return [];
  const local = address.split("@")[0];
  return local
    .split(/[._-]+/)
    .filter((w) => w.length > 2 && /^[a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff]+$/.test(w));
}

/**
 * The sender's name words: the display name; the words of the name written next to the sender's own
 * address in a quoted header (`learned`, "Aan: Willemijn Sluiter <w.sluiter@...>"); and, when the
 * display name has no surname ("Willemijn", or none), the address's words ("w.sluiter" -> "sluiter").
 */
function senderParts(
  display: readonly string[],
  address?: string,
  learned: readonly string[] = [],
  mailbox = false,
  displayInitials: readonly string[] = []
): SenderParts | null {
  const lexicon = nameLexicon();
  // a role in the display name ("Jeugdverpleegkundige Hanneke") is no surname: the address may give it
  const hasSurname = display.some(
    (w) =>
      !lexicon.firstNames.has(w) &&
      !lexicon.interfixes.has(w) &&
      !lexicon.roles.has(w) &&
      !lexicon.honorifics.has(w)
  );
  // a practice's mailbox ("Huisartsenpraktijk De Linde <dr.postma@…>"): its address may name the person
  const fromAddress =
    (hasSurname || learned.length) && !mailbox
      ? []
      : addressWords(address).filter((w) => display.indexOf(w) < 0);
  // Order matters: the surname is taken from the end.
  const sender = display.concat(
    fromAddress,
    learned.filter((w) => display.indexOf(w) < 0)
  );
  if (!sender.length) return null;
  const parts = new Set<string>();
  for (const p of sender) {
    parts.add(p);
    for (const q of p.split("-")) parts.add(q);
  }
  // Initials from the display name only ("P. Smit"); the address's words add no initials.
  // ("dr. P. Lammers" signs "P. Lammers")
  const initials = new Set<string>(displayInitials);
  for (const p of display.length && !mailbox ? display : sender)
    for (const q of p.split("-")) initials.add(q.charAt(0));
  // the surname: the last word that is not a first name ("Dijkman, Kim" gives ["dijkman", "kim"])
  const lex = nameLexicon();
  let last = sender[sender.length - 1];
  for (let k = sender.length - 1; k >= 0; k--) {
    if (!lex.firstNames.has(sender[k]) && !lex.interfixes.has(sender[k])) {
      last = sender[k];
      break;
    }
  }
  return { parts, initials, last };
}

function isSender(
  scanner: NameScanner,
  span: Span,
  sender: SenderParts | null,
  senderAddress: string | undefined,
  quoteStart: number
): boolean {
  // "Aan: Willemijn Sluiter <w.sluiter@...>" in a quoted header, with the From address: the sender
  if (senderAddress && scanner.addressAfter(span) === senderAddress) return true;
  if (!sender) return false;
  const t = scanner.tokens;
  const { parts, initials } = sender;
  let words = 0;
  let surnameOnly = true;
  const senderLast = sender.last;
  // the sender's own signature, written with another first name than the display name
  // ("Thijs van Aalst" under mail from "T. van Aalst"); not in quoted text
  if (
    (span.reason === "closing" || span.signature) &&
    t[span.last].lower === senderLast &&
    t[span.first].gap.indexOf(">") < 0
  )
    return true;
  for (let k = span.first; k <= span.last; k++) {
    const tok = t[k];
    if (tok.initial) {
      if (!initials.has(tok.lower.charAt(0))) return false;
      surnameOnly = false;
      continue;
    }
    if (scanner.isOrganisation(tok)) continue;
    for (const w of tok.lower.split("-")) {
      if (w === "'t") continue;
      if (!parts.has(w)) return false;
    }
    if (!(tok.lower === senderLast || /^(van|de|der|den|ter|ten|te|het|'t|in)$/.test(tok.lower)))
      surnameOnly = false;
    words++;
  }
  if (!words) return false;
  // "dhr. Kok" while the sender is Anne-Marie Kok: another person with that surname; but a quoted
  // message greeting "Beste mevrouw Kok," addresses the sender, who is replying to it
  if (surnameOnly && span.patientAddress && !(span.salutation && t[span.first].s >= quoteStart))
    return false;
  return true;
}

/** The From display name is a department or practice, not a person (or there is none). */
function isMailboxName(display: readonly string[]): boolean {
  const lex = nameLexicon();
  if (!display.some((w) => lex.firstNames.has(w))) return true;
  return display.some(
    (w) =>
      lex.mailboxWords.has(w) || lex.organisations.has(w) || hasSuffix(w, ORGANISATION_SUFFIXES)
  );
}

/**
 * Words of the names that sign the new (unquoted) message: under a closing ("Groet,\nBas"), or a
 * name alone on its line above a role ("Marco Pauwels\nPlanner").
 */
function signerWords(scanner: NameScanner, quoteStart: number): string[] {
  const t = scanner.tokens;
  const lex = nameLexicon();
  const out: string[] = [];
  for (const sp of scanner.spans) {
    if (t[sp.first].s >= quoteStart || t[sp.first].gap.indexOf(">") >= 0) continue;
    let signs = sp.reason === "closing";
    if (!signs && t[sp.first].lineStart && sp.last + 1 < t.length) {
      const next = t[sp.last + 1];
      signs = next.lineStart && lex.roles.has(next.lower) && next.s < quoteStart;
    }
    // a name alone on the new message's last line ("…liefst vrijdag.\nAnouk"), or above the
    // practice's name ("Marloes Dijkstra\nTandartspraktijk Het Molenhuis")
    if (!signs && sp.last - sp.first <= 3 && t[sp.first].lineStart) {
      const next = sp.last + 1 < t.length ? t[sp.last + 1] : undefined;
      signs =
        !next ||
        next.s >= quoteStart ||
        (next.lineStart &&
          (lex.mailboxWords.has(next.lower) ||
            lex.organisations.has(next.lower) ||
            hasSuffix(next.lower, ORGANISATION_SUFFIXES)));
    }
    if (!signs) continue;
    for (let k = sp.first; k <= sp.last; k++) if (!t[k].initial) out.push(t[k].lower);
  }
  return out;
}

/** English words before the person an appointment is with: "with", "see", "ask for", "contact", "call". */
const APPOINTMENT_CUES: ReadonlySet<string> = new Set(["with", "see", "for", "contact", "call"]);

let triggerSet: Set<string> | undefined;
/** Words that start a context rule: forms of address, roles, greetings, closings, header fields. */
function triggerWords(): Set<string> {
  if (triggerSet) return triggerSet;
  const x = nameLexicon();
  triggerSet = new Set<string>(["van", "from", "aan", "to", "cc", "schreef"]);
  for (const group of [x.honorifics, x.roles, x.salutations, x.closings])
    group.forEach((w) => triggerSet!.add(w));
  return triggerSet;
}

export const detectName = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const tokens = tokenize(text);
  if (!tokens.length) return [];
  const scanner = new NameScanner(text, tokens);
  const triggers = triggerWords();
  const appointmentCues = APPOINTMENT_CUES;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // one lookup decides which context rules can apply to this token
    if (triggers.has(tok.lower)) {
      scanner.byAddressOrRole(i);
      scanner.bySalutation(i);
      scanner.byClosing(i);
      scanner.byHeader(i);
    }
    if (tok.cap) scanner.byLineStartInterfix(i);
    if (i === 0) scanner.byOpeningName(i);
    if (appointmentCues.has(tok.lower)) scanner.byAppointmentPerson(i);
    if (tok.cap || tok.initial) {
      scanner.byAddressBook(i);
      scanner.byCommaInitials(i);
      scanner.byInitials(i);
      scanner.byFirstName(i);
      if (input.where === "subject") scanner.byBareSurname(i);
    }
  }
  // The name beside the sender's own address in a quoted header tells how the sender writes it.
  const learned: string[] = [];
  if (input.senderAddress) {
    for (const sp of scanner.spans) {
      if (scanner.addressAfter(sp) !== input.senderAddress) continue;
      for (let k = sp.first; k <= sp.last; k++)
        if (!tokens[k].initial) learned.push(tokens[k].lower);
      break;
    }
  }
  // A shared mailbox ("Planning Thuiszorg X"): the person signing the new message is the sender.
  const displayWords = input.senderNameParts.filter((w) => w.length > 1);
  const displayInitials = input.senderNameParts.filter((w) => w.length === 1);
  const mailbox = input.where === "body" && isMailboxName(displayWords);
  // Where the first quoted message starts: names there belong to others (only the body has quotes).
  // Found only when a rule needs it: it is a second pass over the text.
  let quoteStart = Infinity;
  if (
    input.where === "body" &&
    scanner.spans.some(
      // (a name alone on a line can sign too: "…tot het regio-overleg,\nLoes" above the quote)
      (sp) =>
        (mailbox && (sp.reason === "closing" || sp.reason === "firstname")) ||
        (sp.salutation && sp.patientAddress)
    )
  ) {
    const quoted = findQuotedRanges(text);
    if (quoted.length) quoteStart = quoted[0].start;
  }
  if (mailbox) for (const w of signerWords(scanner, quoteStart)) learned.push(w);
  const sender = senderParts(displayWords, input.senderAddress, learned, mailbox, displayInitials);
  const accepted = resolve(scanner, scanner.spans, sender, input.senderAddress, quoteStart);
  // second pass: words found as names elsewhere in the text
  const known = new Set<string>();
  const covered = new Uint8Array(tokens.length);
  const lex = nameLexicon();
  for (const s of accepted) {
    for (let k = s.first; k <= s.last; k++) {
      covered[k] = 1;
      const tok = tokens[k];
      if (!tok.initial && tok.cap && !lex.interfixes.has(tok.lower)) known.add(tok.lower);
    }
  }
  // covered must include spans dropped as the sender's, so their words are not re-found
  for (const s of scanner.spans) for (let k = s.first; k <= s.last; k++) covered[k] = 1;
  const before = scanner.spans.length;
  scanner.propagate(known, covered);
  const extra = resolve(
    scanner,
    scanner.spans.slice(before),
    sender,
    input.senderAddress,
    quoteStart
  );
  const out: Finding[] = [];
  for (const s of [...accepted, ...extra].sort((a, b) => a.first - b.first)) {
    out.push(
      findingAt(
        input,
        "name",
        tokens[s.first].s,
        s.end,
        CONFIDENCE[s.reason],
        s.salutation ? ["salutation"] : undefined
      )
    );
  }
  return out;
};

/** Keep the longest span where spans overlap; drop eponyms and the sender's own name. */
function resolve(
  scanner: NameScanner,
  spans: Span[],
  sender: SenderParts | null,
  senderAddress: string | undefined,
  quoteStart: number
): Span[] {
  const sorted = spans
    .filter(
      (s) =>
        !scanner.isEponym(s) &&
        !scanner.inEponymousDisease(s) &&
        !scanner.inPlace(s) &&
        !scanner.isBrand(s) &&
        !scanner.followedByOrganisation(s)
    )
    .sort(
      (a, b) => b.last - b.first - (a.last - a.first) || CONFIDENCE[b.reason] - CONFIDENCE[a.reason]
    );
  // numeric keys (first * stride + last, exact below 2^53): no string built per span
  const stride = scanner.tokens.length + 1;
  const signatures = new Set<number>();
  const greeted = new Set<number>();
  for (const s of spans) {
    if (s.reason === "closing") signatures.add(s.first * stride + s.last);
    if (s.salutation) greeted.add(s.first * stride + s.last);
  }
  const taken: Span[] = [];
  const used = new Uint8Array(scanner.tokens.length);
  for (const s of sorted) {
    let free = true;
    for (let k = s.first; k <= s.last && free; k++) if (used[k]) free = false;
    if (!free) continue;
    for (let k = s.first; k <= s.last; k++) used[k] = 1;
    const key = s.first * stride + s.last;
    if (signatures.has(key)) s.signature = true;
    if (greeted.has(key)) s.salutation = true;
    taken.push(s);
  }
  return taken.filter((s) => !isSender(scanner, s, sender, senderAddress, quoteStart));
}
