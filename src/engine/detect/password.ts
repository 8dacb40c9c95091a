import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";
import { trimEndChars } from "../text/trim";
import { terms, termsSource } from "../lexicon/terms";
import {
  OPENING_CUES,
  OPENING_TOOLS,
  NATO_ALPHABET,
  SPELLING_WORDS,
  PASSWORD_BUILDING,
  PASSWORD_CUES,
  PASSWORD_IN_PIECES,
  PASSWORD_PIECE_LABELS,
  PASSWORD_PIECE_ORDINALS,
  PASSWORD_HALVES,
} from "../lexicon/password-words";

/**
 * A secret written in the mail: "wachtwoord: Maaskade!2025", "het wachtwoord is zonnebloem",
 * "Code om te openen: 4821", "ww Zomer2025", "The password to open the file is delft-knee",
 * "het wachtwoord is uw geboortedatum: 12031956". The finding covers the secret (the value).
 * Tagged `attachment-password` when the mail talks about a protected file or attachment, so the
 * rules can tell the password of an encrypted attachment (handbook: never in the same mail).
 * Sentences about a password that give none ("het wachtwoord sturen wij per sms") are not findings.
 *
 * Found by what it is: a label, a few connecting words ("om het bestand te openen", "voor de
 * bijlage", "is"), then the value. Read with a small token walk after each label instead of one
 * regex, because the connecting words make an alternation with adjacent optional spaces that
 * backtracks; the walk reads at most WINDOW characters per label.
 */

// Password labels in patients' languages (Polish, Turkish, German, French, Spanish, Portuguese,
// Ukrainian/Russian, Arabic): practices write to them in their language. The words around them are not
// read here ("we sturen het wachtwoord per sms" is only understood in Dutch and English), so only a
// value made up as a password counts after them ("Hasło: Tarczyca#2026", not "كلمة السر اليوم").
const FOREIGN_LABELS = new Set([
  "hasło",
  "haslo",
  "şifre",
  "sifre",
  "parola",
  "passwort",
  "kennwort",
  "mot de passe",
  "contraseña",
  "contrasena",
  "senha",
  "пароль",
  "كلمة المرور",
  "كلمة السر",
]);
// Labels that name a secret on their own ("wachtwoord Tulp88").
const STRONG_LABELS = new Set([
  "wachtwoord",
  "wachtwoordzin",
  "password",
  "passwd",
  "passphrase",
  "passcode",
  "ww",
  "pw",
  "toegangscode",
  "pincode",
  "openingscode",
  ...FOREIGN_LABELS,
]);
// Everyday words that name a secret only with an explicit "is" or ":" ("code: 4821").
const WEAK_LABELS = new Set(["code", "pin", "pass", "sleutel", "key"]);
// Labels as whole words; the word boundary is checked by hand (isWordChar) because the send-time
// bundle targets ES2016 runtimes, which have neither lookbehind nor \p{...} in regular expressions.
const LABEL = new RegExp(
  "(" + [...STRONG_LABELS, ...WEAK_LABELS].sort((a, b) => b.length - a.length).join("|") + ")",
  "gi"
);
const LETTER = "A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF";

function isWordChar(c: string | undefined): boolean {
  return !!c && /[A-Za-z0-9_\u00C0-\u024F\u1E00-\u1EFF]/.test(c);
}

/** The label stands alone: no letter, digit or hyphen glued before it, no letter after ("WW-uitkering"). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (isWordChar(before) || before === "-") return false;
  const after = text[end];
  if (isWordChar(after)) return false;
  return !(after === "-" && isWordChar(text[end + 1]) && !/[0-9]/.test(text[end + 1]));
}

// Words between the label and its value: "code om het bestand te openen is ...".
const CONNECTING = new Set(
  `om te het de een van voor bij bijlage bijlagen bestand bestanden document documenten pdf zip map
   openen te-openen hiervan hiervoor daarvan daarvoor this the to of for open unlock file files attachment
   attached document zip-bestand beveiligde beveiligd versleutelde versleuteld zip-map set`.split(
    /\s+/
  )
);
const EXPLICIT = new Set(["is", "luidt", "was", "wordt", "=", ":", "is:", "are", "zijn"]);

// Words after a label that show the sentence gives no secret ("het wachtwoord is per sms gestuurd").
const NOT_SECRET = new Set(
  `volgt sturen stuur stuurt krijgt ontvangt apart per via naar voor met van het een de dat die deze dit niet wel
   wordt worden zijn kunt kan moet mag heeft hebben staat gaat ongeldig vergeten kwijt wijzigen resetten opnieuw
   nieuw nieuwe tijdelijk tijdelijke zelf graag alleen altijd nooit uiterlijk binnen vandaag morgen sms telefonisch
   separately follows will sent send by via the for your this that with from expired invalid reset change forgot
   below above here ook echter toegestuurd verstuurd gestuurd gebeld opgestuurd bekend onbekend ingesteld ingevuld
   onder bestaat minimaal maximaal tekens characters sterk zwak veilig onveilig lang kort geheim makkelijk moeilijk
   hetzelfde gelijk verlopen correct fout juist onjuist goed nodig vereist verplicht required needed not sent
   being been known unknown same strong weak secure safe long short hierbij hieronder hierboven als zoals
   uw je jouw your zijn haar hun ons onze mijn my his her their our u jij hij zij wij we you they`.split(
    /\s+/
  )
);

// "het wachtwoord is uw geboortedatum: 12031956": the value of a personal fact is the secret.
const PERSONAL_FACT =
  /^(?:(?:uw|je|jouw|your|de|the)\s+)?(?:geboortedatum|geboortedag|postcode|date of birth|birth ?date|postal code|zip code)(?:\s+(?:en|plus|met|and|\+)\s+(?:uw\s+|je\s+)?(?:huisnummer|house number))?\s*(?:(?:[:=(]|is\b|,)\s*)?["'«]?(\d{4} ?[a-z]{2}(?: ?\d{1,5}[a-z]?(?![a-z0-9]))?(?![a-z])|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{6,8})/i;
// "Het wachtwoord volgt hieronder:" with the secret alone on one of the next lines
const ON_A_LINE_BELOW =
  /^[ \t]*(?:(?:volgt|staat|vindt u|vind je|follows)[ \t]+)?(?:hieronder|below)[^\n]{0,40}\n(?:[ \t]*\n){0,2}[ \t]*(\S{4,64})[ \t]*(?:\n|$)/i;

// the first colon after the label within a wrapped sentence, or else "dus", "namelijk", "i.e.", and the
// word after it ("…, aan elkaar en met hoofdletters (dus 1012BK)")
// (within the label's sentence: "Het wachtwoord stuur ik via WhatsApp. Uw kenmerk: 137135424" gives none)
const AFTER_A_COLON = /^(?:[^\n:.!?]|[.!?](?!\s)|\n(?!\s*\n)){0,160}?:[ \t\n]*["'(]?(\S{4,64})/;
const AFTER_THAT_IS =
  /^(?:[^\n]|\n(?!\s*\n)){0,160}?\b(?:dus|namelijk|i\.e\.|yani|czyli)[ \t\n]*["'(]?(\S{4,64})/i;

// a value spelled out in pieces joined by hyphens, commas or dots (each piece bounded and followed by
// a separator it cannot contain: linear)
const SPELLED_OUT =
  /^[^\n]{0,40}?(?::|\bis\b)[ \t]*((?:[a-z0-9]{1,6}[ \t]*[-,·][ \t]*){3,}[a-z0-9]{1,6})/i;
/** How many pieces of a spelled-out value are one letter or digit. */
function spelledLetters(value: string): number {
  return value.split(/[-,·]/).filter((p) => p.trim().length === 1).length;
}

const PROTECTED_FILE =
  /bijlage|bestand|zip|7z|7-zip|pdf|beveiligd|versleuteld|beschermd|openen|attachment|attached|file|protected|encrypted|document/i;

// Dutch and international phone numbers ("038-4216030", "06 12345678", "+31 38 421 6030")
const PHONE = /^(?:\+31|0031|0)[1-9][\d -]{7,13}$/;
export const isPhoneNumber = (value: string): boolean => PHONE.test(value);
// a phone number written in groups from this token on (bounded: linear)
const PHONE_AHEAD = /^(?:\+31|0031|0)[1-9]\d{1,3}(?:[ -]{1,3}\d{2,4}){2,4}(?!\w)/;

const WINDOW = 90;
const MAX_CONNECTING = 8;

const SYMBOL = new RegExp("[^" + LETTER + "0-9]");
const PARTICIPLE = new RegExp("^(?:ge|ver|be|ont|her)[" + LETTER + "]{2,}[dt]$");

/** Does this look like a secret rather than an ordinary word? */
export function looksLikeSecret(candidate: string, explicit: boolean): boolean {
  const c = trimEndChars(candidate, ".,;:!?)");
  if (c.length < 4 || c.length > 64) return false;
  if (NOT_SECRET.has(c.toLowerCase())) return false;
  // "Wachtwoord: ********" shows that there is one, not what it is
  if (/^([*•·.x_-])\1*$/i.test(c)) return false;
  // "Bel ons voor het wachtwoord: 038-4216030": a phone number says where to get it
  if (PHONE.test(c)) return false;
  const digits = /\d/.test(c);
  const symbols = SYMBOL.test(c);
  const innerCapital = c.slice(1) !== c.slice(1).toLowerCase() && c !== c.toUpperCase();
  if (digits || symbols || innerCapital) return !/^\d{1,2}[:.]\d{2}$/.test(c);
  if (!explicit) return false;
  // A plain word after an explicit "is"/":" is the secret, unless it reads as a participle
  // ("gewijzigd", "verstuurd") that says something about the password instead.
  const lower = c.toLowerCase();
  const participle = PARTICIPLE.test(lower) || lower.endsWith("en") || lower.endsWith("baar");
  return !participle || c[0] !== c[0].toLowerCase();
}

/** Upper and lower case letters and a digit, six or more characters: "Zomer!2026", "Tulp88Rood". */
function madeUpSecret(value: string): boolean {
  const v = trimEndChars(value, ".,;:!?)");
  return v.length >= 6 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v);
}

interface Token {
  word: string;
  start: number;
}

/** Split the window after a label into tokens; a colon or equals sign is a token of its own. */
function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  let lineBreaks = 0;
  while (i < to) {
    const c = text[i];
    if (c === "\n") {
      // The value may stand on the next line after "Wachtwoord:", never further.
      if (++lineBreaks > 1) break;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") i++;
    else if (c === ":" || c === "=") {
      out.push({ word: c, start: i });
      i++;
    } else {
      const start = i;
      while (i < to && !/[\s]/.test(text[i])) i++;
      let word = text.slice(start, i);
      // "is:" and "wachtwoord:" style colons glued to a word become a separate token.
      if (word.length > 1 && (word.endsWith(":") || word.endsWith("="))) {
        out.push({ word: word.slice(0, -1), start });
        word = word.slice(-1);
        out.push({ word, start: i - 1 });
      } else out.push({ word, start });
    }
  }
  return out;
}

function stripQuotes(token: Token): Token {
  let { word, start } = token;
  while (word && /^["'«“‘(]/.test(word)) ((word = word.slice(1)), start++);
  word = trimEndChars(word, "\"'»”’),;.!?");
  return { word, start };
}

const SECRET_CUE = terms([...PASSWORD_CUES, ...OPENING_CUES], "gi");
const OPENING_CUE = terms(OPENING_CUES, "gi");
const OPENING_TOOL_NAMES = new Set(OPENING_TOOLS);
// a cue ending in "met" ("openen met", "gaat open met") takes its value right after it
const WITH_END = /\bmet$/i;
const RIGHT_AFTER = /^[ \t]+["'(]?(\S{4,64})/;
const BUILDING = terms(PASSWORD_BUILDING, "gi");
const SENTENCE_END = /[.!?](?:\s|$)|\n\s*\n/g;

/**
 * A password spelled out in words next to the file it opens: "Het wachtwoord is de naam van onze
 * organisatie …, met een hoofdletter, en dan het jaartal erachter". The sentence from the cue on (at most
 * 300 characters) with three ways of building a word is the secret; none of its words is one alone.
 */
function describedPassword(text: string): { start: number; end: number } | null {
  SECRET_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // the first cues only: a text made of cues would otherwise read 300 characters per cue
  for (let tries = 0; tries < 50 && (m = SECRET_CUE.exec(text)); tries++) {
    const span = text.slice(m.index, m.index + 300);
    SENTENCE_END.lastIndex = m[0].length;
    const stop = SENTENCE_END.exec(span);
    const sentence = stop ? span.slice(0, stop.index + 1) : span;
    const kinds = new Set<string>();
    BUILDING.lastIndex = 0;
    let b: RegExpExecArray | null;
    while ((b = BUILDING.exec(sentence))) kinds.add(b[0].toLowerCase().replace(/\s+/g, " "));
    if (kinds.size >= 3) return { start: m.index, end: m.index + sentence.length };
  }
  return null;
}

/** A description of how a secret is built ("je geboortejaar", "gevolgd door"). */
function buildsFromFacts(text: string): boolean {
  BUILDING.lastIndex = 0;
  return BUILDING.test(text);
}

/**
 * A value after what it opens, with no password label: "PS voor het openen heeft u nodig: Kastanje-714",
 * "Om het te openen: uw geboortejaar … dus 1967smulders". Only a value made like a secret (a digit, a
 * symbol or an inner capital), and not a phone number ("Om het te openen belt u: 038-4216030").
 */
function secretAfterOpeningCue(text: string): { start: number; end: number } | null {
  OPENING_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let tries = 0; tries < 50 && (m = OPENING_CUE.exec(text)); tries++) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 200);
    let later = AFTER_A_COLON.exec(rest);
    if (!later || !looksLikeSecret(later[1], false)) later = AFTER_THAT_IS.exec(rest);
    // "het bestand gaat open met Zwaluw-4418": the value right after "met"
    if ((!later || !looksLikeSecret(later[1], false)) && WITH_END.test(m[0]))
      later = RIGHT_AFTER.exec(rest);
    if (!later || !looksLikeSecret(later[1], false)) continue;
    const value = stripQuotes({
      word: later[1],
      start: from + later.index + later[0].length - later[1].length,
    });
    if (PHONE_AHEAD.test(text.slice(value.start, value.start + 20))) continue;
    if (OPENING_TOOL_NAMES.has(trimEndChars(value.word, ".,;:!?)").toLowerCase())) continue;
    return { start: value.start, end: value.start + value.word.length };
  }
  return null;
}

const IN_PIECES = terms(PASSWORD_IN_PIECES, "i");
const OPENING_CUE_ONLY = terms(OPENING_CUES, "i", "start");
const PIECE_NEXT_LINE = new RegExp(
  `^[^\\n]{0,40}\\n[ \\t>*•·-]*(?:${termsSource(PASSWORD_PIECE_LABELS)})[ \\t]*(?:\\d|een|één|one)\\b`,
  "i"
);
// "stukje 2: #2026", "- stukje 1 is de boom in ons logo, met een hoofdletter: Kastanje", "deel 1 = Tulp": a
// piece's label at a line start, its value after the first colon or equals sign on that line (bounded: linear)
const PIECE = new RegExp(
  `^[ \\t>*•·-]*(?:${termsSource(PASSWORD_PIECE_LABELS)})[ \\t]*(?:\\d|een|één|twee|drie|one|two|three)\\b[^\\n:=]{0,120}[:=][ \\t]*["'(]?(\\S{3,64})`,
  "gim"
);

/**
 * A password said to be in pieces, each piece's value on its own labelled line (anywhere in the mail: one
 * piece may hide at the bottom). Every value found is a finding.
 */
function passwordPieces(text: string): { start: number; end: number }[] {
  SECRET_CUE.lastIndex = 0;
  const cue = SECRET_CUE.exec(text);
  if (!cue) return [];
  // in the password's own sentence ("Het wachtwoord bestaat uit twee stukjes")
  const span = text.slice(cue.index, cue.index + 120);
  SENTENCE_END.lastIndex = cue[0].length;
  const stop = SENTENCE_END.exec(span);
  // or an opening cue whose next line is already a piece ("Voor het openen:\ndeel 1 = Tulp")
  if (
    !IN_PIECES.test(stop ? span.slice(0, stop.index) : span) &&
    !(OPENING_CUE_ONLY.test(cue[0]) && PIECE_NEXT_LINE.test(span.slice(cue[0].length)))
  )
    return [];
  const out: { start: number; end: number }[] = [];
  PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIECE.exec(text))) {
    const value = stripQuotes({ word: m[1], start: m.index + m[0].length - m[1].length });
    if (looksLikeSecret(value.word, true))
      out.push({
        start: value.start,
        end: value.start + trimEndChars(value.word, ".,;:!?)").length,
      });
  }
  return out;
}

// "het eerste deel is Molen", "the first half: Tulp88": a piece named by its place, its value right after
// "is", a colon or an equals sign (bounded: linear)
const ORDINAL_PIECE = new RegExp(
  `\\b(?:${termsSource(PASSWORD_PIECE_ORDINALS)})[ \\t]+(?:${termsSource(PASSWORD_PIECE_LABELS)}|${termsSource(PASSWORD_HALVES)})[ \\t]*(?:is|=|:)[ \\t]*["'(]?(\\S{3,64})`,
  "gi"
);
const PIECES_WINDOW = 300;

/**
 * A password described piece by piece after its cue ("Voor het openen heb je een code nodig … het eerste
 * deel is Molen, het tweede deel is het jaartal van vandaag"): a piece whose value reads as a secret
 * (capitalised, or with a digit or symbol; "het eerste deel is makkelijk" is no secret).
 */
function ordinalPieces(text: string): { start: number; end: number }[] {
  SECRET_CUE.lastIndex = 0;
  const cue = SECRET_CUE.exec(text);
  if (!cue) return [];
  const window = text.slice(cue.index, cue.index + PIECES_WINDOW);
  const out: { start: number; end: number }[] = [];
  ORDINAL_PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORDINAL_PIECE.exec(window))) {
    const value = stripQuotes({ word: m[1], start: m.index + m[0].length - m[1].length });
    const word = trimEndChars(value.word, ".,;:!?)");
    if (word.charAt(0) === word.charAt(0).toLowerCase() && !/[\d\W]/.test(word)) continue;
    if (looksLikeSecret(word, true))
      out.push({ start: cue.index + value.start, end: cue.index + value.start + word.length });
  }
  return out;
}

// "kilo - romeo - oscar - kilo - zeven - drie": four or more words of the spelling alphabet or digit words
// in a row. One word per repetition and separators that are no letters: each step consumes a word, linear.
const SPELLED_RUN = new RegExp(
  `\\b(?:(?:${SPELLING_WORDS.join("|")})[\\s,;.\\-–/]+){3,}(?:${SPELLING_WORDS.join("|")})\\b`,
  "gi"
);
const NATO_WORD = new RegExp(`\\b(?:${NATO_ALPHABET.join("|")})\\b`, "i");
/** A password spelled out letter by letter after its cue ("Het wachtwoord spel ik: kilo - romeo - …"). */
function spelledPassword(text: string): { start: number; end: number } | null {
  SECRET_CUE.lastIndex = 0;
  const cue = SECRET_CUE.exec(text);
  if (!cue) return null;
  SPELLED_RUN.lastIndex = cue.index;
  const m = SPELLED_RUN.exec(text);
  if (!m || m.index - (cue.index + cue[0].length) > 120) return null;
  // a run of digit words alone is a number (a BSN or phone number read out), not a spelled secret
  if (!NATO_WORD.test(m[0])) return null;
  return { start: m.index, end: m.index + m[0].length };
}

export const detectPassword = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  const seen = new Set<number>();
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text))) {
    if (!standsAlone(text, m.index, m.index + m[0].length)) continue;
    const label = m[1].toLowerCase();
    const strong = STRONG_LABELS.has(label);
    if (!strong && !WEAK_LABELS.has(label)) continue;
    // "WW-uitkering", "ww." abbreviations in other senses need the label to stand alone in capitals or lower case.
    const labelEnd = m.index + m[0].length;
    const windowEnd = Math.min(text.length, labelEnd + WINDOW);
    const toks = tokens(text, labelEnd, windowEnd);
    let explicit = false;
    let connecting = 0;
    let valueToken: Token | null = null;
    for (let k = 0; k < toks.length; k++) {
      const raw = toks[k];
      const lower = raw.word.toLowerCase();
      if (EXPLICIT.has(lower)) {
        explicit = true;
        continue;
      }
      const personal = PERSONAL_FACT.exec(text.slice(raw.start, windowEnd));
      if (personal && explicit) {
        const offset = personal[0].length - personal[1].length;
        valueToken = { word: personal[1], start: raw.start + offset };
        explicit = true;
        break;
      }
      if (CONNECTING.has(lower) && !explicit && connecting < MAX_CONNECTING) {
        connecting++;
        continue;
      }
      // "wachtwoord voor het portaal: X": a few words qualify the label before the colon.
      if (!explicit) {
        const marker = toks.slice(k + 1, k + 4).findIndex((t) => t.word === ":" || t.word === "=");
        if (marker >= 0 && connecting < MAX_CONNECTING) {
          connecting++;
          k += marker;
          continue;
        }
      }
      valueToken = stripQuotes(raw);
      break;
    }
    // (an everyday label qualifies once it is said how the value is built: "de sleutel is je
    // geboortejaar + voornaam, dus 1991marit")
    if (
      (!valueToken || !looksLikeSecret(valueToken.word, explicit)) &&
      (strong || (explicit && buildsFromFacts(text.slice(labelEnd, windowEnd))))
    ) {
      // "Het wachtwoord is uw postcode met hoofdletters, direct gevolgd door uw huisnummer: 1314AB27":
      // a description, then the secret after a colon in the same line
      const rest = text.slice(labelEnd, windowEnd + 80);
      let later = AFTER_A_COLON.exec(rest);
      if (!later || !looksLikeSecret(later[1], false)) later = AFTER_THAT_IS.exec(rest);
      if (later && looksLikeSecret(later[1], false)) {
        valueToken = stripQuotes({
          word: later[1],
          start: labelEnd + later.index + later[0].length - later[1].length,
        });
        explicit = true;
        connecting = 0;
      }
    }
    if (!valueToken || !looksLikeSecret(valueToken.word, explicit)) {
      const below = strong ? ON_A_LINE_BELOW.exec(text.slice(labelEnd, windowEnd + 80)) : null;
      // a word alone on a line ("Groetjes,") is no secret: it needs a digit, symbol or inner capital
      if (below && looksLikeSecret(below[1], false)) {
        valueToken = stripQuotes({ word: below[1], start: labelEnd + below[0].indexOf(below[1]) });
        explicit = true;
        connecting = 0;
      }
    }
    if ((!valueToken || !looksLikeSecret(valueToken.word, explicit)) && strong) {
      // spelled out letter by letter ("Het wachtwoord is: k - a - s - t - a - n - j - e - vier - een")
      const spelled = SPELLED_OUT.exec(text.slice(labelEnd, windowEnd + 80));
      if (spelled && spelledLetters(spelled[1]) >= 3) {
        const start = labelEnd + spelled.index + spelled[0].length - spelled[1].length;
        if (!seen.has(start)) {
          seen.add(start);
          out.push(
            findingAt(input, "password", start, start + spelled[1].length, 0.9, [
              "attachment-password",
            ])
          );
        }
        continue;
      }
    }
    if (!valueToken || !valueToken.word) continue;
    // "Verslag (code Zomer!2026)": right after an everyday label, only a value made up as a password
    if (!strong && !explicit && !(connecting === 0 && madeUpSecret(valueToken.word))) continue;
    // Without "is"/":" only directly after the label: "ww Zomer2025", not "wachtwoord voor het portaal kiezen".
    if (!explicit && connecting > 0) continue;
    if (!looksLikeSecret(valueToken.word, explicit)) continue;
    if (FOREIGN_LABELS.has(label) && !madeUpSecret(valueToken.word)) continue;
    const start = valueToken.start;
    // "belt u dan met ons secretariaat: 0528 - 37 41 00": the first group of a phone number
    if (PHONE_AHEAD.test(text.slice(start, start + 20))) continue;
    if (seen.has(start)) continue;
    seen.add(start);
    const around = text.slice(Math.max(0, start - 400), Math.min(text.length, start + 400));
    const tags = PROTECTED_FILE.test(around) ? ["attachment-password"] : undefined;
    const confidence = strong ? (explicit ? 0.9 : 0.85) : 0.6;
    out.push(findingAt(input, "password", start, start + valueToken.word.length, confidence, tags));
  }
  if (!out.length) {
    const pieces = passwordPieces(text).concat(ordinalPieces(text));
    if (pieces.length) {
      for (const p of pieces)
        out.push(findingAt(input, "password", p.start, p.end, 0.85, ["attachment-password"]));
      return out;
    }
    const opening = secretAfterOpeningCue(text);
    if (opening) {
      out.push(
        findingAt(input, "password", opening.start, opening.end, 0.6, ["attachment-password"])
      );
      return out;
    }
    const spelled = spelledPassword(text);
    if (spelled) {
      out.push(
        findingAt(input, "password", spelled.start, spelled.end, 0.85, ["attachment-password"])
      );
      return out;
    }
    const described = describedPassword(text);
    if (described)
      out.push(
        findingAt(input, "password", described.start, described.end, 0.6, ["attachment-password"])
      );
  }
  return out;
};
