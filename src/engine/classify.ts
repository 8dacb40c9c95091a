import type { Draft } from "./draft";
import { CATEGORIES, type Category, type Finding, type Where } from "./types";
import { normalizeText, type NormalizedText } from "./text/normalize";
import { findQuotedRanges, type Range } from "./text/quotes";
import { RECOGNIZERS } from "./detect";
import { withoutGrievances } from "./detect/medical";
import type { DetectInput } from "./detect/context";
import { nameLexicon, nameLower, NOT_NAME_CHARS } from "./lexicon";
import { categorizeMail, type Because, type CategorySignals } from "./category";
import { buildMailText, type MailText, type PartInput } from "./mailtext";
import { classifyRecipients } from "./recipients";
import type { Policy } from "./policy";

/** Findings and the message category of a whole draft (quoted replies included). The optional fields are always set by `analyse`; optional so that hand-made analyses (tests) stay valid. */
export interface Analysis {
  findings: Finding[];
  category: Category;
  /** the signals the category was decided on (for rules and explanations) */
  signals?: CategorySignals;
  /** which rung of the category ladder decided (category.ts BECAUSE) */
  because?: Because;
  /** the draft read once: parts, signatures, sentences, salutation, quoted blocks, recipients */
  mail?: MailText;
  /** health information of a sensitive field (GGZ, SOA, fertility, youth care, ...) is involved */
  sensitiveContext?: boolean;
  /** the mail is about or addressed to an identifiable person */
  aboutPerson?: boolean;
  /** quoted earlier messages in the body (offsets into draft.body); they count for the category */
  quoted?: Range[];
}

/**
 * Lower-cased words of the sender's display name: the sender is not "someone else's" name. Initials stay
 * as one-letter words ("dr. P. Lammers" signs "P. Lammers").
 */
export function senderNameParts(draft: Pick<Draft, "from">): string[] {
  // NFC and the lexicon's lower case, as the body text gets them: "Doğan", "Łukasz", "İbrahim" stay one word
  return nameLower((draft.from.name ?? "").normalize("NFC").replace(/\u2019/g, "'"))
    .split(NOT_NAME_CHARS)
    .filter((w) => w.length > 0);
}

function detectNormalized(
  norm: NormalizedText,
  where: Where,
  sender: string[],
  senderAddress?: string
): Finding[] {
  const input: DetectInput = { norm, where, senderNameParts: sender, senderAddress };
  const out: Finding[] = [];
  // A loop, not push(...found): tens of thousands of findings on a long body would strain the call stack.
  for (const recognize of RECOGNIZERS) for (const f of recognize(input)) out.push(f);
  return out;
}

export function detectText(text: string, where: Where, sender: string[]): Finding[] {
  return detectNormalized(normalizeText(text), where, sender);
}

/** Map ranges in the normalised text back to the original. */
function rangesToOriginal(norm: NormalizedText, ranges: Range[]): Range[] {
  return ranges.map((r) => ({
    start: norm.map[r.start],
    end: r.end >= norm.text.length ? norm.original.length : norm.map[r.end],
  }));
}

/**
 * Letters disguised so that words slip past a reader (red team): full-width or mathematical letters,
 * combining accents, Cyrillic or Greek look-alikes glued to Latin letters, an invisible character or soft
 * hyphen inside a word, a right-to-left override (and, below, a text in capitals). The recognisers read the normalised text, but the
 * category's statements read the text as written ("úw úítslág" is no "uw uitslag" there).
 * (Single characters and pairs, no quantifiers: linear.)
 */
const DISGUISED =
  /[\uFF01-\uFF5E\u202E]|[A-Za-z][\u0370-\u03FF\u0400-\u04FF]|[\u0370-\u03FF\u0400-\u04FF][A-Za-z]|[A-Za-z][\u200B-\u200D\u2060\u00AD][A-Za-z]/;
const COMBINING_MARK = /[\u0300-\u036F]/;
// the high half of a mathematical letter ("𝐮𝐢𝐭𝐬𝐥𝐚𝐠")
const MATH_LETTER_HIGH = "\uD835";

/** Shouting: at least 20 letters, of which at least 70% are capitals ("UITSLAG VAN JAN: DIABETES"). */
function shouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper + lower >= 20 && upper >= 0.7 * (upper + lower);
}

const WORD = /[A-Za-z\u00c0-\u024f]+/g;

/**
 * Capitals as a writer would put them ("JAN HEEFT DIABETES" -> "Jan heeft diabetes"): a known name
 * that is no ordinary word, and a sentence's first word, get a capital; every other word none. The name
 * recogniser reads capitals; in a text all in capitals it would find no one. A word that is also a name
 * ("MARK", "FLEUR", "SMIT") counts when a surname follows it or an initial or form of address ("W. SMIT",
 * "MEVROUW JACOBS") precedes it.
 */
function writtenCase(text: string): string {
  const lex = nameLexicon();
  const words: { at: number; length: number; lower: string }[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)))
    words.push({ at: m.index, length: m[0].length, lower: m[0].toLowerCase() });
  const plainName = (w: string): boolean => !lex.common.has(w) && !lex.neverNames.has(w);
  const firstName = (w: string): boolean => lex.firstNames.has(w) && plainName(w);
  const surname = (w: string): boolean => lex.surnames.has(w) && plainName(w);
  // (same line, a space or an initial's dot between: "W. SMIT", "MARK HENDRIKS")
  const joined = (k: number): boolean =>
    k > 0 && /^\.? {1,2}$/.test(text.slice(words[k - 1].at + words[k - 1].length, words[k].at));
  const cap = new Uint8Array(words.length);
  for (let k = 0; k < words.length; k++) {
    const w = words[k].lower;
    if (firstName(w) && !lex.ambiguous.has(w)) cap[k] = 1;
    else if (
      surname(w) &&
      joined(k) &&
      (cap[k - 1] === 1 ||
        firstName(words[k - 1].lower) ||
        words[k - 1].lower.length === 1 ||
        lex.honorifics.has(words[k - 1].lower))
    ) {
      cap[k] = 1;
      if (firstName(words[k - 1].lower) || words[k - 1].lower.length === 1) cap[k - 1] = 1;
    }
  }
  let out = "";
  let last = 0;
  for (let k = 0; k < words.length; k++) {
    const { at, length, lower } = words[k];
    const before = text.slice(Math.max(0, at - 3), at);
    const start = before.trim() === "" || /[.!?:]\s*$/.test(before);
    // (a word whose lower case has another length, "İ", stays as written: offsets must not move)
    const word = text.slice(at, at + length);
    const cased = cap[k] || start ? text.charAt(at) + lower.slice(1) : lower;
    out += text.slice(last, at) + (cased.length === length ? cased : word);
    last = at + length;
  }
  return out + text.slice(last);
}

/** The text in plain letters: normalised (text/normalize.ts), without any accent, in written case. */
function plainLetters(text: string): string {
  const plain = normalizeText(text)
    .text.normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  return shouting(plain) ? writtenCase(plain) : plain;
}

/**
 * A second reading doubles the work: not for texts beyond a mail anyone writes (the 1 MB inputs of
 * test/fuzz/shapes.ts stay within their time budget), and not when the first reading is already medical
 * (unless the mail only passes on a quote, whose unquoted reading decides).
 */
const PLAIN_READING_MAX = 256 * 1024;

const disguised = (text: string): boolean =>
  DISGUISED.test(text) ||
  COMBINING_MARK.test(text) ||
  text.indexOf(MATH_LETTER_HIGH) >= 0 ||
  shouting(text);

/** At most this many words of its own around a quoted message: a forward with a note, not a reply. */
const FORWARD_NOTE_WORDS = 20;
const WORDS = /[A-Za-z\u00c0-\u024f0-9]+/g;

function wordCount(text: string): number {
  WORDS.lastIndex = 0;
  let n = 0;
  while (WORDS.exec(text)) n++;
  return n;
}

/** Only a short note above quoted text ("Zie hieronder.", or nothing): the quote is what it passes on. */
function passesOnQuote(body: string, quoted: Range[]): boolean {
  if (!quoted.length) return false;
  let own = "";
  let inQuote = 0;
  let last = 0;
  for (const r of quoted) {
    own += body.slice(last, r.start);
    inQuote += wordCount(body.slice(r.start, r.end));
    last = r.end;
  }
  own += body.slice(last);
  return inQuote > FORWARD_NOTE_WORDS && wordCount(own) <= FORWARD_NOTE_WORDS;
}

/** The quote markers taken off ("> Beste dokter," -> "Beste dokter,"). (No overlapping repetitions: linear.) */
function unquoted(body: string): string {
  return body.replace(/^[ \t]*(?:>[ \t]?)+/gm, "");
}

/**
 * A text hard-wrapped at a fixed width (plain-text mail at 30 to 80 columns), or broken after every word
 * or two: its sentences run over the line ends, which the statements read as ends. The lines filled up to
 * the width are joined to the next (all lines, when each holds a word or two).
 * Null when the text is not wrapped so.
 */
function unwrapped(text: string): string | null {
  const lines = text.split("\n");
  let width = 0;
  let filled = 0;
  let nonEmpty = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    nonEmpty++;
    if (l.length > width) width = l.length;
  }
  // a word or two per line (a text broken at every space): the lines are one text
  if (nonEmpty >= 10 && width < 30) {
    let short = 0;
    for (const l of lines) if (l.trim() && wordCount(l) <= 2) short++;
    if (short >= nonEmpty * 0.7) return text.replace(/([^\n])\n(?=[^\n])/g, "$1 ");
  }
  if (nonEmpty < 4 || width < 30 || width > 80) return null;
  for (const l of lines) if (l.length >= width - 15) filled++;
  if (filled < 3 || filled < nonEmpty * 0.4) return null;
  let out = lines[0];
  for (let k = 1; k < lines.length; k++) {
    // (a filled line that ends a sentence may end a paragraph too: only a sentence broken off is joined)
    const full = lines[k - 1].length >= width - 15 && !/[.?!:]\s*$/.test(lines[k - 1]);
    // (a list item or a separator line such as "---" starts a line of its own)
    const item = /^\s*(?:[-*\u2022>_=]|\d{1,2}[.)])/.test(lines[k]);
    out += (full && lines[k].trim() && !item ? " " : "\n") + lines[k];
  }
  return out;
}

/**
 * A second reading of a mail whose words a first reading may miss: disguised letters (plain letters and
 * written case), a forward that passes on only quoted text (the quote markers off), a hard-wrapped text
 * (the lines joined). Null when none applies.
 */
function secondReading(
  draft: Draft,
  written: Analysis,
  forward = passesOnQuote(draft.body, written.quoted ?? [])
): Draft | null {
  const disguise = disguised(draft.subject) || disguised(draft.body);
  let body = disguise ? plainLetters(draft.body) : draft.body;
  if (forward) body = unquoted(body);
  const joined = unwrapped(body);
  if (!disguise && !forward && joined === null) return null;
  return {
    ...draft,
    subject: disguise ? plainLetters(draft.subject) : draft.subject,
    body: joined ?? body,
  };
}

/** `policy` classifies the recipients in the MailText (check passes its own); without it they are left out. */
export function analyse(draft: Draft, policy?: Policy): Analysis {
  const written = analyseAsWritten(draft, policy);
  if (draft.subject.length + draft.body.length > PLAIN_READING_MAX) return written;
  const forward = passesOnQuote(draft.body, written.quoted ?? []);
  if (written.category === "medical" && !forward) return written;
  const again = secondReading(draft, written, forward);
  if (!again) return written;
  // Keep the more serious category of the two readings: disguise, quoting and line ends hide words,
  // they never add any. Findings stay those of the text as written (the pane marks them there).
  // A forward that only passes on a quoted mail says what that mail says: its reading without the quote
  // markers decides, either way (as quoted text, a practice's leaflet reads as someone's words), unless
  // the quoted writer tells of their own complaint, which is theirs however it is passed on.
  const plain = analyseAsWritten(again, policy);
  const passedOn = forward && written.because !== "medical-quoted-complaint";
  if (!passedOn && CATEGORIES.indexOf(plain.category) >= CATEGORIES.indexOf(written.category))
    return written;
  return {
    ...written,
    category: plain.category,
    because: plain.because,
    signals: plain.signals,
    sensitiveContext: plain.sensitiveContext,
    aboutPerson: plain.aboutPerson,
  };
}

function analyseAsWritten(draft: Draft, policy?: Policy): Analysis {
  const sender = senderNameParts(draft);
  const senderAddress = draft.from.address ? draft.from.address.toLowerCase() : undefined;
  const found: Finding[] = [];
  const texts: PartInput[] = [];
  const run = (original: string, where: Where): NormalizedText => {
    const norm = normalizeText(original);
    for (const f of detectNormalized(norm, where, sender, senderAddress)) found.push(f);
    texts.push({ where, original, text: norm.text });
    return norm;
  };
  run(draft.subject, "subject");
  const body = run(draft.body, "body");
  for (const a of draft.attachments) {
    if (!a.extraction) continue;
    found.push(...a.extraction.facts);
    // One text per source: a file's name and its content share a `where`, and MailText reads the
    // sentences of a finding by its `where`, so two texts under one `where` gave findings the wrong
    // sentences.
    const bySource = new Map<string, string[]>();
    for (const t of a.extraction.texts) {
      const list = bySource.get(t.source);
      if (list) list.push(t.text);
      else bySource.set(t.source, [t.text]);
    }
    bySource.forEach((parts, source) => run(parts.join("\n\n"), `attachment:${source}`));
  }
  // (a word's sense read from the whole mail: the recognisers see one text at a time)
  const kept = withoutGrievances(
    found,
    texts.map((t) => t.text)
  );
  const quoted = rangesToOriginal(body, findQuotedRanges(body.text));
  const mail = buildMailText(texts, draft, {
    quoted,
    recipients: policy ? classifyRecipients(draft, policy) : undefined,
  });
  const { category, because, signals } = categorizeMail(mail, kept);
  return {
    findings: kept,
    category,
    signals,
    because,
    mail,
    sensitiveContext: signals.sensitiveContext,
    aboutPerson: signals.aboutPerson,
    quoted,
  };
}
