import { nameLexicon } from "../lexicon";
import { fold } from "../mailtext/salutation";
import {
  DUTCH_ENGLISH_FUNCTION_WORDS,
  FOREIGN_ADDRESS_WORDS,
  FOREIGN_APPOINTMENT_WORDS,
  FOREIGN_CARE_WORDS,
  FOREIGN_FUNCTION_WORDS,
  FOREIGN_GENERAL_PHRASES,
  FOREIGN_PERSONAL_WORDS,
} from "../lexicon/patient-languages";

/** What a mail's own text says when it is in neither Dutch nor English. */
export interface ForeignReading {
  /** the text is in another language: the Dutch statement readers cannot tell general from personal */
  foreign: boolean;
  /** a care word of that language (lexicon/patient-languages.ts) */
  care: boolean;
  /** an appointment word of that language, with a time or date in the text */
  appointment: boolean;
  /**
   * general information in that language ("Gracias por su pregunta", "in den Niederlanden") with no
   * contact today or yesterday and no dose: its care words are a topic, as in a Dutch leaflet
   */
  general: boolean;
}

/** Words as exact entries and `stem*` prefixes: a word is in the set when it is an entry or starts with a stem. */
class StemSet {
  private readonly exact = new Set<string>();
  private readonly stems = new Set<string>();
  private shortest = Infinity;
  private longest = 0;

  constructor(lines: readonly string[]) {
    for (const line of lines)
      for (const w of line.split(/\s+/)) {
        if (!w) continue;
        if (w.endsWith("*")) {
          const stem = w.slice(0, -1);
          this.stems.add(stem);
          this.shortest = Math.min(this.shortest, stem.length);
          this.longest = Math.max(this.longest, stem.length);
        } else this.exact.add(w);
      }
  }

  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    const top = Math.min(word.length, this.longest);
    for (let k = this.shortest; k <= top; k++) if (this.stems.has(word.slice(0, k))) return true;
    return false;
  }
}

const CARE = new StemSet(FOREIGN_CARE_WORDS);
const GENERAL_PHRASES = FOREIGN_GENERAL_PHRASES.join("|").split("|");
const PERSONAL = new Set(FOREIGN_PERSONAL_WORDS.join(" ").split(/\s+/));
const ADDRESS = new Set(FOREIGN_ADDRESS_WORDS.join(" ").split(/\s+/));
const DOSE = /\d\s?(?:mg|ml|mcg|µg|мг|ملغ)(?![a-z])/;
const APPOINTMENT = new StemSet(FOREIGN_APPOINTMENT_WORDS);
const FUNCTION_WORDS = new Set(DUTCH_ENGLISH_FUNCTION_WORDS.join(" ").split(/\s+/));
const FOREIGN_FUNCTION = new Set(FOREIGN_FUNCTION_WORDS.join(" ").split(/\s+/));
const NON_LATIN = /[\u0400-\u04ff\u0600-\u06ff]/;
// Latin (with accents), Cyrillic and Arabic letters; digits and punctuation separate words
const WORD = /[A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff-]+/g;
// Arabic vowel signs and hamza marks (after NFD: "أ" is "ا" + hamza above)
const ARABIC_MARKS = /[\u064b-\u065f\u0670]/g;
const ARABIC_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف"];
const TIME_OR_DATE = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}[./-]\d{1,2}\b/g;
// "17:00–08:00", "8.00 - 17.00": opening hours, not one person's moment
const RANGE_BESIDE = /[-–]/;

function hasOneMoment(text: string): boolean {
  TIME_OR_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIME_OR_DATE.exec(text))) {
    const around =
      text.slice(Math.max(0, m.index - 3), m.index) +
      text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (!RANGE_BESIDE.test(around)) return true;
  }
  return false;
}
/** enough words to judge a language; and how much of a long text is read to judge it */
const MIN_WORDS = 8;
const SAMPLE = 20000;
/**
 * Below this share of frequent Dutch or English words (function words, and the lexicon's common words)
 * a text is in another language; a Dutch list of opening hours still has its "uur", "gesloten", "dag".
 */
const KNOWN_SHARE = 0.25;
/** and at least this share of words of another language's own (function words, Cyrillic or Arabic) */
const OTHER_SHARE = 0.1;

/** The salutation's fold (lower case, no accents), and without Arabic vowel and hamza marks. */
function foldWord(word: string): string {
  return fold(word).replace(ARABIC_MARKS, "");
}

function hasWord(set: StemSet, word: string): boolean {
  if (set.has(word)) return true;
  for (const p of ARABIC_PREFIXES)
    if (word.length - p.length >= 2 && word.startsWith(p) && set.has(word.slice(p.length)))
      return true;
  return false;
}

const NOT_FOREIGN: ForeignReading = {
  foreign: false,
  care: false,
  appointment: false,
  general: false,
};
// paragraphs of a Dutch or English mail, each read on its own (a bounded number: a long mail is sampled)
const PARAGRAPH_BREAK = /\n[ \t>]*\n/;
const MAX_PARAGRAPHS = 200;

/**
 * Reads the sender's own text: is it in another language, and does it speak of care there? A Dutch mail
 * that carries one paragraph in another language about care ("Kun je dit voorlezen aan mevrouw Al-Alawi:
 * «نتيجة فحص السكر …»") is read by that paragraph: its readers do not read that language either.
 */
export function readForeign(own: string): ForeignReading {
  const whole = readSample(own);
  if (whole.foreign) return whole;
  // paragraphs, and lines too: an HTML body's text (Outlook's path) keeps no blank line between them
  const sample = own.slice(0, SAMPLE);
  const paragraphs = sample.split(PARAGRAPH_BREAK);
  const lines = sample.split("\n");
  if (lines.length < 2) return NOT_FOREIGN;
  const blocks = paragraphs.length > 1 ? paragraphs.concat(lines) : lines;
  for (const p of blocks.slice(0, MAX_PARAGRAPHS)) {
    const reading = readSample(p);
    // (only a paragraph that addresses someone: a translated leaflet beside the Dutch is for anyone)
    if (reading.foreign && reading.care && !reading.general && addressesSomeone(p)) return reading;
  }
  return NOT_FOREIGN;
}

function addressesSomeone(paragraph: string): boolean {
  return (paragraph.match(WORD) ?? []).some((w) => ADDRESS.has(foldWord(w)));
}

function readSample(own: string): ForeignReading {
  const sample = own.length > SAMPLE ? own.slice(0, SAMPLE) : own;
  const words = (sample.match(WORD) ?? []).map(foldWord).filter((w) => w !== "-");
  const common = nameLexicon().common;
  let known = 0;
  let other = 0;
  // (another language's own function words first: the common-word lists hold "der", "und", "nicht")
  for (const w of words)
    if (FOREIGN_FUNCTION.has(w) || NON_LATIN.test(w)) other++;
    else if (FUNCTION_WORDS.has(w) || common.has(w)) known++;
  // few frequent Dutch or English words, and evidence of another language (its own frequent words or
  // its script): a Dutch table of abbreviations has the first and not the second
  const foreign =
    words.length >= MIN_WORDS &&
    known / words.length < KNOWN_SHARE &&
    other / words.length >= OTHER_SHARE;
  if (!foreign) return NOT_FOREIGN;
  const folded = foldWord(sample);
  return {
    foreign,
    care: words.some((w) => hasWord(CARE, w)),
    appointment: words.some((w) => hasWord(APPOINTMENT, w)) && hasOneMoment(sample),
    general:
      GENERAL_PHRASES.some((g) => folded.indexOf(g) >= 0) &&
      !words.some((w) => PERSONAL.has(w)) &&
      !DOSE.test(folded),
  };
}
