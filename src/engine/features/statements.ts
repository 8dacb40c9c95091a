import type { Finding, Where } from "../types";
import type { MailText } from "../mailtext";
import { sentenceIndex, sentenceText } from "../mailtext/sentences";
import { ANATOMY } from "../detect/medical-lexicon";
import { medicalWeight } from "../detect/medical";
import { WEIGHTS } from "./weights";
import {
  AID_SIDES,
  AID_SIDE_VERBS,
  CARE_AIDS,
  CARE_PROCESS,
  CHECK_IN,
  CONCRETE_CARE,
  ENGLISH_BODY,
  CONDITIONAL_OPENERS,
  CONTACT_PAST,
  DATA_HEADS,
  DATA_WORDS,
  DEFINITE_CARE,
  FIRST_COMPLAINTS,
  FIRST_PERSON,
  FIRST_POSSESSIVE,
  FIRST_PERSON_HAS,
  MORE_BODY_PARTS,
  FORM_MARKS,
  GREETINGS,
  GENERIC_SUBJECTS,
  INSTRUCTION_VERBS,
  MODAL_INSTRUCTIONS,
  NOT_BODY_PARTS,
  RANGE_UNITS,
  MONTHS,
  TOOTH_NUMBER_AFTER,
  DOSE_AMOUNTS,
  DOSE_VERBS,
  PERSONAL_TURN,
  ADDRESSEE_PRONOUNS,
  AGGREGATE_BEFORE,
  NOT_COMPOUND_HEADS,
  OWN,
  OWN_CARE_NOUNS,
  OWN_PLURAL,
  POSSESSIVES,
  RELATIVES,
  RELATIVES_GENITIVE,
  THIRD_POSSESSIVES,
  TOPIC_MAIL,
  ADDRESSEE_HAS,
  ADDRESSEE_HAS_AFTER,
  ADDRESSEE_STATES,
  SYMPATHY_OPENERS,
  CHECK_IN_ON,
  KNOWN_BEFORE,
  KNOWN_SIGN_BEFORE,
  OWN_DOSE_CHANGE,
  RELATIVES_AS_NAMES,
  ACTIVITY_ALLOWED,
  BODY_TREATED,
  EVERYDAY_SIGNS,
  GENERIC_AID_HOLDERS,
  PLAIN_FINDINGS,
  STAFF_ROLES,
  RESULT_ARRIVED,
  RESULT_BETWEEN,
  RESULT_QUALITIES,
  RESULT_QUALITY_NOT_AFTER,
  RESULT_VALUE_NOT_AFTER,
  OWN_VALUE_NOUNS,
  KNOWN_TREATMENT,
  ADDRESSEE_PAST_VISIT,
  RESULT_VALUES,
  RESULT_SHOWS,
  TEST_OUTCOMES,
  RESULT_VERBS,
  REPORTED_OWN_HEALTH,
  REPORTED_QUESTION,
  REPORTED_QUESTION_QUOTED,
  ONE_BY_ROLE,
  PATIENT_BEFORE_NAME,
  THIRD_PERSON_CHANGE,
  RANGE_WORDS,
  VISIT_TO_SENDER,
  COLLEAGUE_WORDS,
  VOCATIVE_AFTER,
  VOCATIVE_POSSESSIVES,
  AT_SENDER_FOR_WORK,
} from "../lexicon/category-words";
import { exactly, terms, termsSource } from "../lexicon/terms";
import { AnchoredWord, FirstOf, WordSet, type Matcher } from "../lexicon/word-set";
import { addresseeOf } from "../mailtext/salutation";
import { isNameLetter, lettersForDigits } from "../lexicon/letters";
import {
  LIST_ITEM,
  OWN_BEFORE,
  concreteEvent,
  genericCare,
  inConditional,
  quotedAuthorName,
} from "./generic";
import { hasMoment } from "./moment";

/**
 * Statements about a person, per sentence (issue 11). A sentence is about a specific person when its
 * care content is tied to a referent: a name, the addressee as the specific subject ("uw uitslag",
 * "je schouder"), a family relation, contact about a complaint ("u belde met klachten") or a quoted
 * first-person complaint. Generic and conditional text ("Als u…", "U kunt…", "Neem…"), text about data
 * and privacy, and blank form fields are topic text: their medical words are the topic.
 */

/** "meldt dat mevrouw sinds vorige week…": a form of address without a name stands for the one named before. */
const BARE_HONORIFIC = new RegExp(
  `\\b(?:${termsSource(PATIENT_BEFORE_NAME.slice(0, 1))})\\s+[a-zà-ÿ]`
);
/** A third person's possessive right before a word ("haar medicijnen"). */
const THIRD_POSSESSIVE_END = new RegExp(`\\b(?:${termsSource(THIRD_POSSESSIVES)})\\s+$`, "i");
/** A patient's form of address right before a name (the text up to the name ends with it). */
const PATIENT_NAME_AFTER = new RegExp(`\\b(?:${termsSource(PATIENT_BEFORE_NAME)})\\s+$`, "i");
const PLAIN_BODY = [...Array.from(ANATOMY), ...MORE_BODY_PARTS].filter(
  (w) => NOT_BODY_PARTS.indexOf(w) < 0
);
// "zijn rechterarm", "haar linkerhand": a side glued to any body part, short ones included
const BODY = [
  ...PLAIN_BODY,
  ...PLAIN_BODY.filter((w) => !/^(?:rechter|linker)/.test(w)).map((w) => `rechter${w}`),
  ...PLAIN_BODY.filter((w) => !/^(?:rechter|linker)/.test(w)).map((w) => `linker${w}`),
];
const HEADS = BODY.filter((w) => w.length >= 4 && NOT_COMPOUND_HEADS.indexOf(w) < 0);
// The addressee's body: "je schouder", and compounds by their body-part head ("uw verstandskies",
// "je schouderblad" is not one: the head must end the word). The possessive anchors it: linear.
const BODY_WORDS = new WordSet(BODY);
const HEAD_WORDS = new WordSet(HEADS);
const ENGLISH_BODY_WORDS = new WordSet(ENGLISH_BODY);
// a unit after a two-digit number ("uw 46 jaar"): an amount, no tooth
const UNIT_AFTER = new RegExp(
  `^\\s*(?:${termsSource(RANGE_UNITS)}|${termsSource(MONTHS)}|euro|%)(?![a-z])`,
  "i"
);
const TOOTH_BEFORE = new RegExp(`\\b(?:${termsSource(TOOTH_NUMBER_AFTER)})\\s+$`, "i");
/**
 * A tooth by its FDI number after a possessive ("uw 46", "je 36"): 11-48, milk teeth 51-85. Checked by
 * hand on two characters, so no regex runs at every possessive.
 */
const toothEnd = (text: string, at: number): number => {
  const q = text.charCodeAt(at) - 48;
  const u = text.charCodeAt(at + 1) - 48;
  if (!(q >= 1 && q <= 8 && u >= 1 && (q <= 4 ? u <= 8 : u <= 5))) return -1;
  const next = text.charAt(at + 2);
  const c = text.charCodeAt(at + 2);
  // a letter or digit glued on ("46e", "467"); code point ranges: the send-time bundle is ES2016
  if (
    isNameLetter(c) ||
    (c >= 48 && c <= 57) ||
    ((next === "," || next === ".") && /\d/.test(text.charAt(at + 3)))
  )
    return -1;
  if (UNIT_AFTER.test(text.slice(at + 2, at + 14))) return -1;
  // the number right after the possessive or a tooth word ("Kan je dinsdag 16 …" is a date)
  return TOOTH_BEFORE.test(text.slice(Math.max(0, at - 16), at)) ? at + 2 : -1;
};
const bodyEnd = (text: string, at: number): number => {
  const end = BODY_WORDS.endAt(text, at);
  if (end >= 0) return end;
  const tooth = toothEnd(text, at);
  return tooth >= 0 ? tooth : HEAD_WORDS.compoundEndAt(text, at, 4, 30);
};
const anyBodyEnd = (text: string, at: number): number => {
  const end = BODY_WORDS.endAt(text, at);
  if (end >= 0) return end;
  const tooth = toothEnd(text, at);
  if (tooth >= 0) return tooth;
  const english = ENGLISH_BODY_WORDS.endAt(text, at);
  return english >= 0 ? english : HEAD_WORDS.compoundEndAt(text, at, 4, 30);
};
const plainBodyEnd = (text: string, at: number): number => {
  const end = BODY_WORDS.endAt(text, at);
  return end >= 0 ? end : ENGLISH_BODY_WORDS.endAt(text, at);
};
/** A body part (or a compound on one, Dutch or English) starts at `at`. */
export function bodyWordAt(text: string, at: number): boolean {
  return anyBodyEnd(text, at) >= 0;
}
// (by code: ES2016 runtimes of the send-time bundle lack \p{L})
function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code >= 0xc0
  );
}
/** Some word of the sentence is a body part ("Die plekjes in zijn nek"); read once per word start. */
function hasBodyWord(sentence: string): boolean {
  for (let i = 0; i < sentence.length; i++) {
    const starts = i === 0 || !isWordChar(sentence.charCodeAt(i - 1));
    if (starts && isWordChar(sentence.charCodeAt(i)) && anyBodyEnd(sentence, i) >= 0) return true;
  }
  return false;
}
/** "uw", "zijn" + one optional word + a body part or a compound on one. */
const possessedBody = (possessives: readonly string[], english: boolean): AnchoredWord =>
  new AnchoredWord(
    new RegExp(`\\b(?:${termsSource(possessives)})\\s+`, "gi"),
    true,
    english ? anyBodyEnd : bodyEnd
  );
const OWN_BODY = possessedBody(OWN, true);
// "How's the ankle doing?": a check-in names the addressee's body without a possessive.
// "Dat die nagel weer mooi aangroeit": a body part both know, at a clause start or after a preposition
const KNOWN_BODY = new AnchoredWord(
  new RegExp(`(?:^|[,;:.!?]\\s*|\\b(?:dat|of|met|van|aan|op|in)\\s+)die\\s+`, "gi"),
  false,
  plainBodyEnd
);
// "Die rode kringen om zijn mond", "met die plekjes": a sign both know, in the same places as KNOWN_BODY
// (bounded: one optional word before the sign)
const KNOWN_SIGN = new RegExp(
  `(?:^|[,;:.!?]\\s*|\\b(?:dat|of|met|van|aan|op|in)\\s+)(?:${termsSource(KNOWN_SIGN_BEFORE)})\\s+(?:\\S+\\s+)?(?:${EVERYDAY_SIGNS})\\b`,
  "gi"
);
// also after a greeting on the same line ("Hoi Mark, fijn dat de knie minder dik is")
// (the salutation's own greeting words: one list for the engine, the rules and the pane)
const GREETING_PREFIX = `(?:(?:${termsSource(GREETINGS)})(?:\\s+[^\\s,]{1,20}){0,3}\\s*,\\s*)?`;
// "Fijn dat de knie minder dik is": sympathy with a body part, which "de" makes the addressee's
const SYMPATHY_BODY = new AnchoredWord(
  new RegExp(
    // at a line start: "[ \\t…]", not "\\s", which would run over every blank line after it (quadratic)
    `^[ \\t>*•·-]*${GREETING_PREFIX}(?:${termsSource(SYMPATHY_OPENERS)})\\s+(?:de|het|die|je|uw)\\s+`,
    "gim"
  ),
  true,
  plainBodyEnd
);
const CHECK_IN_BODY = new AnchoredWord(
  new RegExp(`\\b(?:${termsSource(CHECK_IN)})\\s+`, "gi"),
  false,
  plainBodyEnd
);
// "een blaar op mijn linker voet" in a quoted or forwarded mail: its writer's own body
const FIRST_BODY = possessedBody(FIRST_POSSESSIVE, true);
const FIRST_COMPLAINT_ALL = terms(FIRST_COMPLAINTS, "gi");
/** A quoted writer's own body or complaint, outside a condition ("als ik koorts heb, moet ik dan komen?"). */
function quotedComplaintIn(quote: string): boolean {
  // ("wat moet ik doen als ik dan iets heb met mijn gebit?" asks about any day, not a complaint)
  FIRST_BODY.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = FIRST_BODY.exec(quote))) if (!inConditional(quote, b.index)) return true;
  FIRST_BODY.lastIndex = 0;
  FIRST_COMPLAINT_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIRST_COMPLAINT_ALL.exec(quote))) if (!inConditional(quote, m.index)) return true;
  return false;
}
/**
 * A quoted writer naming their own diagnosis or medicine in a first-person sentence ("Ik heb suikerziekte
 * en COPD", "ik gebruik metformine"): a strong medical word (not a weak or provider word) in a quoted
 * sentence with "ik", "mijn" or "me", outside a condition.
 */
function quotedOwnDiagnosis(findings: Finding[], mail: MailText, body: string): boolean {
  if (!mail.quoted.length) return false;
  const ends = mail.sentenceEnds("body");
  for (const f of findings) {
    if (f.type !== "medical" || f.where !== "body" || !f.tags) continue;
    if (f.tags.indexOf("weak") >= 0) continue;
    if (f.tags.indexOf("condition") < 0 && f.tags.indexOf("medication") < 0) continue;
    if (!mail.quoted.some((q) => f.start >= q.start && f.end <= q.end)) continue;
    const k = sentenceIndex(ends, f.start);
    let from = k > 0 ? ends[k - 1] + 1 : 0;
    // a quoted line wrapped mid-sentence ("> … heb ik bijna elke dag\n> paniekaanvallen, …") goes on
    // from the line before
    if (k > 0 && body.charCodeAt(from - 1) === 10 && WRAPPED_LINE.test(body.slice(from, from + 12)))
      from = k > 1 ? ends[k - 2] + 1 : 0;
    const sentence = body.slice(from, k < ends.length ? ends[k] : undefined);
    const owned =
      FIRST_HAS.test(sentence) ||
      FIRST_OWNS_BEFORE.test(body.slice(Math.max(from, f.start - 30), f.start));
    // a condition before the word asks about a case ("als ik diabetes heb, …"); one after it says when
    // ("paniekaanvallen, vooral als ze huilt")
    if (owned && !CONDITION_WORD.test(body.slice(from, f.start))) return true;
  }
  return false;
}
const WRAPPED_LINE = /^[ \t>]*[a-z\u00df-\u00ff]/;
// "ik heb", "ik gebruik", "ik slik": the writer's own; "mijn" or "m'n" right before the word
const FIRST_HAS = terms(FIRST_PERSON_HAS);
const FIRST_OWNS_BEFORE = new RegExp(
  `\\b(?:${termsSource(FIRST_POSSESSIVE)})\\s+(?:\\S+\\s+)?$`,
  "i"
);

// "zijn knie", "haar verstandskies": a third person's body
const THIRD_BODY_ALL = possessedBody(THIRD_POSSESSIVES, true);
// "het been van je moeder", "de knie van Tim": a body part of a relative or a named person
const BODY_OF = new RegExp(
  `\\b(?:${termsSource(BODY)})\\s+van\\s+(?:(?:${termsSource(POSSESSIVES)})\\s+(?:${termsSource(RELATIVES)})\\b|[A-Z])`,
  "g"
);
// "de knie van Tim": BODY_OF's owner is a name
const NAME_AFTER_VAN = /\svan\s+[A-Z]\S*$/;
// "je moeders linker onderbeen", "your mother's knee"
const RELATIVE_BODY = new AnchoredWord(
  new RegExp(
    // "mams onderbeen", "oma's heup" need no possessive
    `\\b(?:(?:${termsSource(POSSESSIVES)})\\s+(?:${termsSource(RELATIVES_GENITIVE)})|mams|paps|mama's|papa's|oma's|opa's)\\s+`,
    "gi"
  ),
  true,
  anyBodyEnd
);
const CARE_AID_ALL = terms(CARE_AIDS, "gi");
const GENERIC_HOLDER = new RegExp(
  `\\b(?:${termsSource(GENERIC_AID_HOLDERS)})\\s+(?:(?:een|a|an)\\s+)?$`,
  "i"
);
// "je" is also "you" ("waar je een rollator kunt lenen"): a word between only when it describes the aid
const OWN_BEFORE_AID = terms([
  `${[...OWN.filter((w) => w !== "je"), ...THIRD_POSSESSIVES].join("|")} ~1 ${CARE_AIDS.join("|")}`,
  `je ${CARE_AIDS.join("|")}`,
  `je nieuwe|oude|eigen|linker|rechter ${CARE_AIDS.join("|")}`,
  // an aid worn on one side is someone's ("het linker toestel iets zachter gezet")
  `${AID_SIDES.join("|")} ${CARE_AIDS.join("|")}`,
]);
const OWN_CARE = terms([
  `${OWN.join("|")} ~a ${OWN_CARE_NOUNS.join("|")}`,
  ...DEFINITE_CARE,
  ...ADDRESSEE_PAST_VISIT,
  // the side alone stands for the addressee's aid in a hearing-aid shop's reply ("Uw rechter is weer
  // terug van de reparatie"): a side word as the subject of a verb
  `uw|jouw|je ${AID_SIDES.join("|")} ${AID_SIDE_VERBS.join("|")}`,
]);
const FAMILY_WITH_POSSESSIVE = terms([
  `${POSSESSIVES.join("|")} ${RELATIVES.join("|")}`,
  `${POSSESSIVES.join("|")} ${RELATIVES_GENITIVE.join("|")}`,
]);
// (case-sensitive: "Mama" called so is one person; "mama" and "opa" in advice are anyone's, and so are
// "Opa's en oma's")
const relativeAsName = (): RegExp =>
  new RegExp(`${terms(RELATIVES_AS_NAMES, "g").source}(?!['\u2019]s)`, "g");
const FAMILY = new FirstOf([new RegExp(FAMILY_WITH_POSSESSIVE.source, "gi"), relativeAsName()]);
const CONTACT = terms(CONTACT_PAST);
const FIRST = terms(FIRST_PERSON);
const OWN_BODY_ALL = new FirstOf([OWN_BODY, CHECK_IN_BODY]);
const OWN_CARE_ALL = new RegExp(OWN_CARE.source, "gi");
const KNOWN_TREATMENT_ALL = terms(KNOWN_TREATMENT, "gi");
const OWN_DOSE_ALL = terms(OWN_DOSE_CHANGE, "gi");
const ACTIVITY_ALLOWED_ALL = terms(ACTIVITY_ALLOWED.concat(BODY_TREATED), "gi");
const FAMILY_ALL = new FirstOf([new RegExp(FAMILY_WITH_POSSESSIVE.source, "gi"), relativeAsName()]);

// a question of three or more words ("Re: uitslag?" asks for one's own result, not how care works)
// (the quoted form ends in a colon, after which no word boundary follows: edge "start")
const REPORTED = new RegExp(
  `${terms(REPORTED_QUESTION).source}|${terms(REPORTED_QUESTION_QUOTED, "i", "start").source}`,
  "i"
);
const REPORTED_OWN = terms(REPORTED_OWN_HEALTH);
const REPLY_QUESTION = /^\s*(?:(?:re|antw|aw|sv)\s*:\s*)+\S+\s+\S+\s+(?:\S[^\n]*)?\?\s*$/i;
/**
 * "hij", "ze", "hem" as a word: who a sentence is about when a name came just before. Not "zijn" and
 * "haar", which are as often "to be" and hair.
 */
// (explicit letter ranges: the send-time bundle is ES2016, without \p{L} or lookbehind)
// ("haar" alone may be hair; after a preposition it is her: "komen wij elke ochtend bij haar")
const THIRD_PRONOUN =
  /(?:^|[^A-Za-z\u00c0-\u024f'])(?:hij|zij|ze|hem|z'n|zn|(?:bij|voor|met|naar|aan|over) haar)(?![A-Za-z\u00c0-\u024f'])/i;
/**
 * One particular person by their role ("de leerling uit groep 6", "de medewerker die we bespraken",
 * "jullie keeper"): a third person as much as "hij", for `thirdPersonEvent`.
 */
const ROLE_PERSON = terms(ONE_BY_ROLE);
/** A body part or organ named in the sentence ("Buik 32 cm"). */
function bodyWordIn(sentence: string): boolean {
  const words = sentence.toLowerCase().match(/[a-z\u00c0-\u024f]+/g);
  return !!words && words.some((w) => ANATOMY.has(w));
}

/** A condition word anywhere in the sentence ("als", "wanneer", "zodra", "before"). */
export function conditionIn(sentence: string): boolean {
  return CONDITION_WORD.test(sentence);
}

/** A third person in the sentence: "hij", "ze", "de leerling". */
export function thirdPersonIn(sentence: string): boolean {
  return THIRD_PRONOUN.test(sentence) || ROLE_PERSON.test(sentence);
}
const CONDITION_WORD = new RegExp(
  `\\b(?:${termsSource(CONDITIONAL_OPENERS)}|as soon as|zo gauw|voordat|before)\\b`,
  "i"
);
const CONDITIONAL = new RegExp(
  `^[\\s>*•·-]*(?:${termsSource(CONDITIONAL_OPENERS)})\\s+(?:${termsSource(GENERIC_SUBJECTS)})\\b`,
  "i"
);
const MODAL = terms(MODAL_INSTRUCTIONS);
const IMPERATIVE = new RegExp(`^[\\s>*•·\\d.)-]*(?:${termsSource(INSTRUCTION_VERBS)})\\b`, "i");
// "huisartsgegevens", "medicatiedossier": compounds on a data head are data words too (the head at a
// word's end, found without a leading boundary so no start position is retried)
const DATA = new RegExp(`${terms(DATA_WORDS).source}|(?:${termsSource(DATA_HEADS)})\\b`, "i");
const MARK = new RegExp(termsSource(FORM_MARKS));
// "Geboortedatum:", "BSN: ____": a label with nothing (or only an answer line) after its colon.
const BLANK_FIELD = /^[\s>*•·-]*[^\s:][^:\n]{0,40}:[\s_.]*$/;
const ANSWER_LINE = /^[\s_.…]*/;
// what follows a questionnaire's question: "ja / nee", "☐ ja ☐ nee", "yes/no", or an answer line
const ANSWER_OPTIONS = new RegExp(
  `^[ \\t]*(?:(?:${termsSource(FORM_MARKS)})[ \\t]*)?(?:ja|nee|yes|no)[ \\t]*(?:/|of|or|${termsSource(FORM_MARKS)})[ \\t]*(?:ja|nee|yes|no)(?![a-z])|^[ \\t]*_{3}`,
  "i"
);
/**
 * A row of blank fields: "Naam: ........ Geboortedatum: ....... BSN: ....". Each colon is followed by
 * an answer line (dots, underscores) before the next short label; none is filled in. Read by splitting
 * on colons rather than one regex, whose repeated label-and-dots groups would backtrack.
 */
function blankFields(sentence: string): boolean {
  const parts = sentence.split(":");
  if (parts.length < 3 || parts.length > 40) return false;
  for (let i = 1; i < parts.length; i++) {
    const line = ANSWER_LINE.exec(parts[i])![0];
    const rest = parts[i].slice(line.length);
    if (i === parts.length - 1) {
      if (rest.trim()) return false;
    } else if (line.replace(/\s/g, "").length < 2 || rest.length > 40) return false;
  }
  return parts[0].trim().length <= 60;
}

// The text right after a test or complaint: a verb within four words, then its value ("bloed prikken was
// goed", "kweek was positief"). Bounded repetitions over a short window: linear.
const resultAfter = (values: readonly string[], notAfter: readonly string[]): RegExp =>
  new RegExp(
    `^(?:\\s+[^\\s.!?]+){0,4}?\\s+(?:${termsSource(RESULT_VERBS)})\\s+(?:(?:${termsSource(RESULT_BETWEEN)})\\s+){0,2}(?:${termsSource(values)})\\b(?!\\s+(?:${termsSource(notAfter)})\\b)`,
    "i"
  );
const RESULT_VALUE_AFTER = resultAfter(RESULT_VALUES, RESULT_VALUE_NOT_AFTER);
const RESULT_IN = new RegExp(`^\\s+(?:${termsSource(RESULT_ARRIVED)})\\s*(?:[.,;:!?]|$)`, "i");
const RESULT_QUALITY_AFTER = resultAfter(RESULT_QUALITIES, RESULT_QUALITY_NOT_AFTER);
const SHOWS_WHAT =
  /^\s+(?:laat|liet|toont|toonde|shows|showed)\s+(?:zien\s+)?(?:welke|of|wat|hoe|waar|which|whether|what|how|if)\b/i;
const INDEFINITE_BEFORE = /\b(?:een|a|an)\s+$/i;
const RESULT_SHOWN = new RegExp(`^\\s+(?:${termsSource(RESULT_SHOWS)})\\b`, "i");
const RESULT_KINDS = ["condition", "lab", "procedure", "medication"];
const AGGREGATE = new RegExp(`\\b(?:${termsSource(AGGREGATE_BEFORE)})\\b[^.!?\\n]*$`, "i");
const LAB_NUMBER_AFTER = /^\s*(?:[:=]\s*)?\d{1,4}(?:[.,]\d{1,2})?(?![\d.,/-]?\d)/;
const LAB_NUMBER_UNIT = new RegExp(
  `^\\s*(?:[:=]\\s*)?\\d{1,4}(?:[.,]\\d{1,2})?\\s*(?:${termsSource(RANGE_UNITS)})\\b`,
  "i"
);
// "HIV-test: positief", "Kweek (12 maart): negatief": a labelled result, as in a lab report
const RESULT_LABELLED = new RegExp(
  `^(?:\\s*\\([^)\\n]{0,30}\\))?\\s*[:=]\\s*(?:${termsSource(RESULT_VALUES)}|${termsSource(RESULT_QUALITIES)})\\b(?!\\s*[/|]|\\s+(?:of|or|${termsSource(RESULT_VALUE_NOT_AFTER)})\\b)`,
  "i"
);
// a test's outcome after it ("de kweek was positief", "kweek: negatief"), not "bloed … is normaal"
const OUTCOME_AFTER = resultAfter(TEST_OUTCOMES, RESULT_VALUE_NOT_AFTER);
const OUTCOME_LABELLED = new RegExp(
  `^(?:\\s*\\([^)\\n]{0,30}\\))?\\s*[:=]\\s*(?:${termsSource(TEST_OUTCOMES)})\\b(?!\\s*[/|]|\\s+(?:of|or)\\b)`,
  "i"
);
/**
 * A test's result stated with its outcome (the caller knows resultStated holds): a test word, and a
 * strong one or an outcome only a test has. A leaflet's "wat bloed in uw speeksel is normaal" is none.
 */
function testResult(f: Finding, text: string): boolean {
  if (!f.tags || f.tags.indexOf("lab") < 0) return false;
  if (f.tags.indexOf("weak") < 0) return true;
  const after = lettersForDigits(text.slice(f.end, f.end + 100));
  return OUTCOME_AFTER.test(after) || OUTCOME_LABELLED.test(after);
}
// "Je suiker was vanochtend te hoog": the addressee's own value, whatever its noun
const OWN_RESULT = new RegExp(
  `\\b(?:${termsSource(OWN)})\\s+(?:\\S+\\s+)?\\S+\\s+(?:${termsSource(RESULT_VERBS)})\\s+(?:(?:${termsSource(RESULT_BETWEEN)})\\s+){0,2}(?:${termsSource(RESULT_VALUES)})\\b(?!\\s+(?:${termsSource(RESULT_VALUE_NOT_AFTER)})\\b)`,
  "gi"
);
// "Uw waarden van vorige week: 8,9 / 61": the addressee's own measured value, stated with its number
const OWN_VALUE = new RegExp(
  `\\b(?:${termsSource(OWN)})\\s+(?:${termsSource(OWN_VALUE_NOUNS)})\\b[^.:?!\\n]{0,30}:[ \\t]*\\d`,
  "gi"
);
const STATES_ALL = terms(ADDRESSEE_STATES, "gi");
const PLAIN_FINDING_ALL = terms(PLAIN_FINDINGS, "gi");
const CARE_ROLE = terms(STAFF_ROLES);
const OWN_VALUE_NOUN = terms(OWN_VALUE_NOUNS);
const PLAIN_NOT_AFTER = new RegExp(`^\\s*(?:${termsSource(RESULT_VALUE_NOT_AFTER)})\\b`, "i");
const SIGN_WORD = new RegExp(`\\b(?:${EVERYDAY_SIGNS})\\b`, "i");
// right before a complaint: "Die duizeligheid", "met die zalf", "hoe gaat het nu met de hoest"
const KNOWN = new RegExp(
  `(?:^[\\s>*•·-]*(?:die|that|those)|\\b(?:${termsSource(KNOWN_BEFORE)}))\\s+(?:\\S+\\s+)?$`,
  "i"
);
const CHECK_IN_BEFORE = new RegExp(`\\b(?:${termsSource(CHECK_IN_ON)})\\s+$`, "i");
const COMPLAINT_KINDS = ["condition", "medication", "lab"];

/**
 * A complaint or medicine of this addressee spoken of as known ("Die duizeligheid komt…", "hoe gaat het
 * met de hoest?"): the sentence up to the finding ends in "die …" or a check-in.
 */
export function knownComplaint(f: Finding, sentenceBefore: () => string): boolean {
  if (!f.tags || !f.tags.some((t) => COMPLAINT_KINDS.indexOf(t) >= 0)) return false;
  const before = sentenceBefore();
  return KNOWN.test(before) || CHECK_IN_BEFORE.test(before);
}

/**
 * A result stated for the finding ("Het bloed was prima", "uw kweek was positief"), outside a condition
 * and not asked: a test or complaint of a concrete person, however few textbook words the mail has.
 */
export function resultStated(f: Finding, text: string, asked: boolean): boolean {
  if (!f.tags || !f.tags.some((t) => RESULT_KINDS.indexOf(t) >= 0)) return false;
  if (asked) return false;
  // "was p0sitief": digits written for letters read as the letters
  const after = lettersForDigits(text.slice(f.end, f.end + 100));
  return (
    (RESULT_VALUE_AFTER.test(after) ||
      RESULT_LABELLED.test(after) ||
      // a named test with its number ("TSH 7.9", "Hb 8,1"), not an amount of time ("TSH 2 weken na")
      (f.tags.indexOf("lab") >= 0 &&
        f.tags.indexOf("weak") < 0 &&
        LAB_NUMBER_AFTER.test(after) &&
        !LAB_NUMBER_UNIT.test(after) &&
        !AGGREGATE.test(text.slice(Math.max(0, f.start - 30), f.start))) ||
      RESULT_QUALITY_AFTER.test(after) ||
      (f.tags.indexOf("lab") >= 0 && RESULT_IN.test(after)) ||
      (f.tags.indexOf("lab") >= 0 &&
        RESULT_SHOWN.test(after) &&
        // "Een kweek laat zien welke bacterie …" is how a test works
        !SHOWS_WHAT.test(after) &&
        !INDEFINITE_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start)))) &&
    !inConditional(text, f.start)
  );
}

// The pronoun up to three words before the condition; the verb, in a subordinate clause, right after.
// Bounded gaps over a short window: linear.
// (an opening bracket or quote may stand right before the condition: "U heeft een soa (chlamydia)")
const HAS_BEFORE = new RegExp(
  `\\b(?:${termsSource(ADDRESSEE_HAS)})\\s+(?:\\S+\\s+){0,3}[("'\u201c\u2018]?$`,
  "i"
);
const CLAUSE_PRONOUN_BEFORE = new RegExp(`\\b(?:je|jij|u)\\s+(?:\\S+\\s+){0,2}$`, "i");
const HAS_AFTER = new RegExp(`^\\s+(?:${termsSource(ADDRESSEE_HAS_AFTER)})\\b`, "i");

/**
 * The addressee has the condition ("U heeft een blaasontsteking", "omdat je diabetes hebt"), stated,
 * not asked ("Bent u zwanger?") and not as a condition ("Als je zwanger bent": the caller checks).
 */
const SECOND_PERSON = terms(OWN_PLURAL.concat(ADDRESSEE_PRONOUNS));
const CARE_STEP_KINDS = ["medication", "lab", "procedure"];
// "de informatieavond over insuline op 12 maart": an event for everyone, not a step in someone's care
const TOPIC_EVENT = terms(TOPIC_MAIL);
/**
 * Care with a moment for the addressee in one sentence ("De pillen mag je vanaf vandaag halveren",
 * "Vergeet niet nuchter te komen morgen, dan prikken we bloed"): a step in their own care, in any words
 * (issue 11: where the vocabulary is unsure, care one to one about the addressee counts). Medicines,
 * tests and treatments only; how care is delivered, providers and vaccination campaigns are no step.
 */
export function careMoment(f: Finding, sentence: Sentence): boolean {
  if (!f.tags || !f.tags.some((t) => CARE_STEP_KINDS.indexOf(t) >= 0)) return false;
  if (f.tags.indexOf("vaccine") >= 0 || isProcessWord(f.text)) return false;
  // once per sentence: a one-line body is one long sentence with many words in it
  return (sentence.careStep ??=
    (sentence.topic === "instruction" || SECOND_PERSON.test(sentence.text)) &&
    !TOPIC_EVENT.test(sentence.text) &&
    hasMoment(sentence.text));
}

const PERSONAL_TURN_ALL = terms(PERSONAL_TURN, "gi");
const DOSE_VERB = terms(DOSE_VERBS);
const DOSE_AMOUNT = terms(DOSE_AMOUNTS);
/**
 * A medicine with its dose for the addressee in one sentence ("De nieuwe pilletjes zitten erbij, daarvan
 * neemt u voorlopig een halve"): their own medication, in any words.
 */
export function doseFor(f: Finding, sentence: Sentence): boolean {
  if (!f.tags || f.tags.indexOf("medication") < 0) return false;
  return (sentence.dose ??=
    SECOND_PERSON.test(sentence.text) &&
    DOSE_VERB.test(sentence.text) &&
    DOSE_AMOUNT.test(sentence.text));
}

// the sentence up to the complaint starts with sympathy (a list dash or quote mark may come first)
const SYMPATHY_START = new RegExp(
  `^[\\s>*•·-]*${GREETING_PREFIX}(?:${termsSource(SYMPATHY_OPENERS)})\\b`,
  "i"
);
/** "Vervelend dat het nog nabloedt": the complaint after sympathy is the addressee's. */
export function sympathyFor(f: Finding, sentence: string): boolean {
  return !!f.tags && f.tags.indexOf("condition") >= 0 && SYMPATHY_START.test(sentence);
}

// between a name and its condition: the verb and at most three words ("Anouk is sinds kort zwanger")
const NAME_HAS_BETWEEN = new RegExp(
  `^\\s+(?:${termsSource(ADDRESSEE_HAS_AFTER)}|lijdt\\s+aan|has|is)\\s+(?:\\S+\\s+){0,3}$`,
  "i"
);
/** A named person has the condition ("Anouk is zwanger", "Lotte heeft een hersenschudding"). */
export function nameHas(
  f: Finding,
  text: string,
  nameEndsInSentence: number[] | undefined
): boolean {
  if (!nameEndsInSentence || !f.tags || f.tags.indexOf("condition") < 0) return false;
  // the names ending in the 60 characters before it (ends are in text order): a binary search, so a
  // long sentence full of names and conditions stays linear
  let lo = 0;
  let hi = nameEndsInSentence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nameEndsInSentence[mid] < f.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && f.start - nameEndsInSentence[i] <= 60; i--)
    if (NAME_HAS_BETWEEN.test(text.slice(nameEndsInSentence[i], f.start))) return true;
  return false;
}

export function addresseeHas(
  f: Finding,
  text: string,
  sentenceBefore: () => string,
  asked: boolean
): boolean {
  if (asked || !f.tags) return false;
  const before = sentenceBefore();
  // "omdat u oxazepam gebruikt": the addressee takes the medicine
  if (f.tags.indexOf("medication") >= 0)
    return CLAUSE_PRONOUN_BEFORE.test(before) && USES_AFTER.test(text.slice(f.end, f.end + 20));
  if (f.tags.indexOf("condition") < 0) return false;
  return (
    HAS_BEFORE.test(before) ||
    (CLAUSE_PRONOUN_BEFORE.test(before) && HAS_AFTER.test(text.slice(f.end, f.end + 20)))
  );
}
const USES_AFTER = /^\s+(?:gebruikt|gebruik|slikt|slik|neemt|neem|krijgt|krijg)\b/i;

const PROCESS_WORD = exactly(CARE_PROCESS);
/** A word for how care is delivered ("recept", "medicijnen", "spreekuur"), not what it is about. */
export function isProcessWord(word: string): boolean {
  return PROCESS_WORD.test(word);
}
function isCareProcess(f: Finding): boolean {
  return isProcessWord(f.text) || (!!f.tags && f.tags.indexOf("provider") >= 0);
}

const OWN_BODY_OR_CARE_ALL = new FirstOf([OWN_BODY, OWN_CARE_ALL]);

/**
 * The addressee's own body or care ("je schouder", "uw uitslag"): the addressee is the subject; not
 * inside a condition ("zinvol als je tandvlees bloedt").
 */
export function addresseeSubject(sentence: string): boolean {
  if (CHECK_IN_BODY.test(sentence)) return true;
  OWN_BODY_OR_CARE_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OWN_BODY_OR_CARE_ALL.exec(sentence)))
    if (!inConditional(sentence, m.index)) return true;
  return false;
}

/** The addressee's body named ("je schouder", "uw kies"). */
export function addresseeBody(sentence: string): boolean {
  return OWN_BODY.test(sentence);
}

/**
 * Topic text: "general" for conditional text, text about data and blank form fields (never a statement
 * about someone); "instruction" for modal advice and imperatives, which in a mail to one patient about
 * their own care are that patient's instructions; "" for anything else.
 */
export function topicSentence(sentence: string, after = ""): "general" | "instruction" | "" {
  if (
    // a questionnaire's question with its answer boxes after it ("Bent u allergisch? ja / nee")
    ANSWER_OPTIONS.test(after) ||
    CONDITIONAL.test(sentence) ||
    DATA.test(sentence) ||
    MARK.test(sentence) ||
    BLANK_FIELD.test(sentence) ||
    blankFields(sentence)
  )
    return "general";
  if (MODAL.test(sentence) || IMPERATIVE.test(sentence)) return "instruction";
  return "";
}

/**
 * A referent in the sentence itself (not the name findings, which the caller knows by offset). The
 * addressee as subject ("uw uitslag") counts only outside topic text: "Als uw uitslag afwijkt…",
 * "kies uw medicatie" are general; a relative or contact about a complaint always name someone, and a
 * quoted first-person complaint does outside general topic text.
 */
export function referentSentence(sentence: string, quoted: boolean, topic: string): boolean {
  return (
    (!topic && addresseeSubject(sentence)) ||
    FAMILY.test(sentence) ||
    CONTACT.test(sentence) ||
    // a quoted "wie kan in mijn dossier kijken?" asks how data works: topic text, not a complaint
    (quoted && topic !== "general" && FIRST.test(sentence))
  );
}

/** A relative, contact about a complaint or a quoted first-person complaint in the sentence. */
export function otherSubject(sentence: string, quoted: boolean): boolean {
  return FAMILY.test(sentence) || CONTACT.test(sentence) || (quoted && FIRST.test(sentence));
}

export interface Statements {
  /** medical findings in general topic sentences without a referent: their words are the topic */
  topic: Set<Finding>;
  /** medical findings in instruction sentences without a referent */
  instruction: Set<Finding>;
  /** some sentence with care content is tied to a referent */
  aboutPerson: boolean;
  /** ... to a referent other than the addressee's own body or care (a name, relative, contact, quote) */
  otherReferent: boolean;
  /** ... to a person named in the same sentence */
  namedReferent: boolean;
  /** ... to a person named just before and taken up by "hij", "ze", "haar" (a narrative about them) */
  carriedReferent: boolean;
  /**
   * a named person's diagnosis or complaint, a strong word in their sentence ("Noah … komt bij ons vanwege
   * angstklachten en paniekaanvallen"): theirs, even inside a mail about a topic (a guest lesson)
   */
  namedCondition: boolean;
  /** ... to a named (or carried) person, by a word of care itself, not a provider or how care goes */
  namedCare: boolean;
  /**
   * a third person ("hij", "zij", "zijn schouder") with care content and an event or moment in one
   * sentence ("Het klopt dat zij sinds vorige week een puffer heeft gekregen voor astma"): someone
   * particular, also in a mail to readers, where a leaflet says "u" or "uw kind"
   */
  thirdPersonEvent: boolean;
  /** the addressee's body or own care is named outside topic text */
  addresseeCare: boolean;
  /** ... and it is their body or a stated result ("je rug", "het bloed was prima"), not only "uw behandeling" */
  addresseeBody: boolean;
  /**
   * a test's result stated with its value ("uw kweek was positief", "HIV-test: positief"): a concrete
   * person's result, also in a mail to readers, where "u" is otherwise anyone
   */
  statedResult: boolean;
  /**
   * the addressee is told of their own complaint: sympathy ("Vervelend dat het nog nabloedt"), a complaint
   * both know ("die duizeligheid") or "u heeft een blaasontsteking", outside conditions
   */
  personalCue: boolean;
  /** ... of the sender's own text, to a patient by form of address ("cliënt mevrouw Pauwels: … gestopt") */
  patientCare: boolean;
  /** a family relation outside topic text */
  family: boolean;
  /** a named person's body ("Tim … vanwege zijn knie", "meneer Visser. Zijn been is dik"), outside topic text */
  personBody: boolean;
  /** a quoted or forwarded writer speaks of their own body ("een blaar op mijn voet") */
  quotedComplaint: boolean;
  /** the mail answers a quoted question ("Hoe vraag je wijkverpleging aan?") */
  quotedQuestion: boolean;
  /** a named person visits the sender, a care provider ("Luuk is gisteren bij mij geweest") */
  personVisit: boolean;
  /**
   * a person called by name and then spoken to about their own care ("Henk Dijk, jij mag je oefenband
   * meenemen na je hernia-operatie"): one reader's care, in a mail that others may read too
   */
  namedAddressedCare: boolean;
  /**
   * the sender's own text tells what happened to a named person or a relative, in any words ("Uw vader
   * heeft deze week weer goed gegeten", "Kleine Mees heeft vannacht goed gedronken"): an event or moment
   * of theirs, outside conditions and topic text
   */
  personReport: boolean;
  /**
   * the addressee's tooth by its number and a complaint, medicine or result in one sentence of the
   * sender's own text ("de wortelkanaalbehandeling van uw 46 met de ontsteking op de foto"): their care,
   * also in an answer to a general question, outside conditions and topic text
   */
  ownBodyComplaint: boolean;
  /**
   * the addressee's own test, medicine or treatment with a moment in one sentence ("Bij jouw termijnecho
   * kwamen we op 9+3 weken uit, dus je uitgerekende datum wordt 6 juli"), outside conditions and topic text
   */
  ownCareMoment: boolean;
  /**
   * general text turns to the addressee ("Voor u betekent dat: uw knie valt onder die regeling", "Maar jij
   * bent verwezen binnen de ketenzorg diabetes") in a sentence with care or their body
   */
  personalTurn: boolean;
}

interface Sentence {
  text: string;
  /** it names a relative of one person ("je moeder"): asked once per sentence, a sentence may be long */
  family?: boolean;
  /** it tells an event or moment of a third person (personReported) */
  reported?: boolean;
  /** it tells a person's visit to the sender (personVisited) */
  visit?: boolean;
  /** it holds an event or moment of a person it names (thirdPersonEvent, owned) */
  ownedEvent?: boolean;
  topic: "general" | "instruction" | "";
  referent: boolean;
  /** addresseeSubject(text), once per sentence rather than once per medical word in it */
  addressee?: boolean;
  /** every medical word in it is a care process or provider ("u vraagt uw medicijnen aan via het portaal") */
  processOnly?: boolean;
  /** a question: a value in it is asked, not stated */
  asked?: boolean;
  /** its referent is only a quoted "ik"/"mijn" ("moet ik een verwijzing van mijn huisarts hebben?") */
  quotedFirstOnly?: boolean;
  /** a third-person pronoun in it stands for a name just before (see `carried`) */
  carried?: boolean;
  /** a third person's care with an event or moment in it (see `thirdPersonEvent`) */
  thirdEvent?: boolean;
  /** careMoment's part about the sentence: the addressee or an instruction, and a moment */
  careStep?: boolean;
  /** doseFor's part about the sentence: the addressee, a verb of taking and an amount */
  dose?: boolean;
  /** addresseeBody(text), once per sentence */
  ownBody?: boolean;
  /** otherSubject(text, quoted), once per sentence */
  otherPlain?: boolean;
  otherQuoted?: boolean;
}

/** otherSubject once per sentence (and quotedness): a long sentence holds many medical words */
function otherSubjectOnce(s: Sentence, quoted: boolean): boolean {
  if (quoted) return (s.otherQuoted ??= otherSubject(s.text, true));
  return (s.otherPlain ??= otherSubject(s.text, false));
}

function addresseeOnce(s: Sentence): boolean {
  if (s.addressee === undefined) s.addressee = addresseeSubject(s.text);
  return s.addressee;
}

/**
 * `handsOnText`: the mail hands a text on to readers who are no private person ("een stukje voor de
 * ouderbrief", to a school): its "uw kind" and "je moeder" are any reader's, only a name is someone.
 */
export function statements(findings: Finding[], mail: MailText, handsOnText = false): Statements {
  const out: Statements = {
    topic: new Set(),
    instruction: new Set(),
    aboutPerson: false,
    otherReferent: false,
    namedReferent: false,
    namedCondition: false,
    carriedReferent: false,
    namedCare: false,
    thirdPersonEvent: false,
    addresseeCare: false,
    addresseeBody: false,
    statedResult: false,
    personalCue: false,
    patientCare: false,
    family: false,
    personBody: false,
    quotedComplaint: false,
    quotedQuestion: false,
    personReport: false,
    personVisit: false,
    namedAddressedCare: false,
    ownBodyComplaint: false,
    ownCareMoment: false,
    personalTurn: false,
  };
  const parts = new Map<string, string>();
  // a sentence is known by its part and index as one number: a long mail asks millions of times
  const partIndex = new Map<string, number>();
  for (const p of mail.parts) {
    parts.set(p.where, p.original);
    partIndex.set(p.where, partIndex.size);
  }
  const sentenceKey = (where: Where, k: number): number =>
    (partIndex.get(where) ?? partIndex.size) * 0x4000000 + k;
  const sentenceStart = (where: Where, k: number): number =>
    k > 0 ? mail.sentenceEnds(where)[k - 1] + 1 : 0;
  const cache = new Map<string, Map<number, Sentence>>();
  // quoted blocks by start, with the furthest end so far: a binary search instead of a scan per word
  // (a long thread holds hundreds of blocks)
  const blocks = mail.quoted.slice().sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const b of blocks)
    furthestEnd.push(Math.max(b.end, furthestEnd.length ? furthestEnd[furthestEnd.length - 1] : 0));
  const quotedAt = (where: Where, at: number): boolean => {
    if (where !== "body" || !blocks.length || blocks[0].start > at) return false;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    // some block starting at or before `at` ends after it
    return furthestEnd[lo] > at;
  };
  const sentenceAt = (where: Where, at: number): { k: number; s: Sentence } => {
    const ends = mail.sentenceEnds(where);
    const k = sentenceIndex(ends, at);
    let perPart = cache.get(where);
    if (!perPart) cache.set(where, (perPart = new Map()));
    let s = perPart.get(k);
    if (!s) {
      const text = sentenceText(parts.get(where) ?? "", ends, k);
      const partText = parts.get(where) ?? "";
      const topic = topicSentence(
        text,
        k < ends.length ? partText.slice(ends[k] + 1, ends[k] + 24) : ""
      );
      s = { text, topic, referent: referentSentence(text, quotedAt(where, at), topic) };
      perPart.set(k, s);
    }
    return { k, s };
  };
  const body = parts.get("body");
  if (body !== undefined) {
    out.quotedComplaint =
      mail.quoted.some((q) => quotedComplaintIn(body.slice(q.start, q.end))) ||
      quotedOwnDiagnosis(findings, mail, body);
    out.quotedQuestion = mail.quoted.some((q) => body.slice(q.start, q.end).indexOf("?") >= 0);
  }
  // "Je vroeg of je een verwijzing nodig hebt": the question restated, when it names no one's own care
  if (body !== undefined && !out.quotedQuestion) {
    const asked = REPORTED.exec(body.slice(0, 1500));
    if (asked) {
      const k = sentenceIndex(mail.sentenceEnds("body"), asked.index);
      const ends = mail.sentenceEnds("body");
      const sentence = sentenceText(body, ends, k);
      if (!REPORTED_OWN.test(sentence) && !OWN_BODY.test(sentence)) out.quotedQuestion = true;
    }
  }
  // "Re: moet ik eerst naar de huisarts?": a reply's subject carries the question it answers
  const subject = parts.get("subject");
  if (subject !== undefined && REPLY_QUESTION.test(subject)) {
    out.quotedQuestion = true;
    if (quotedComplaintIn(subject)) out.quotedComplaint = true;
  }
  // An answer to a general question advises anyone's child: "ga met je kind naar de tandarts".
  const answer = out.quotedQuestion && !out.quotedComplaint;
  // Sentences holding a name (outside the salutation and signatures) have a referent.
  const named = new Set<number>();
  // a name finding in each named sentence (to find the sentence again)
  const namedAt = new Map<number, Finding>();
  // where each name ends, by sentence: "Anouk is zwanger" ties the condition to her
  const nameEnds = new Map<number, number[]>();
  // sentences naming a patient by form of address ("mevrouw Pauwels", "cliënt Jansen")
  const patientNamed = new Set<number>();
  for (const f of findings)
    if (
      f.type === "name" &&
      !mail.inSignature(f.where, f.start) &&
      !inSalutation(mail, f) &&
      // the quoted message's author ("> Van: Anna Smit") is the addressee, not someone it tells of
      !quotedAuthorName(f, mail)
    ) {
      const key = sentenceKey(f.where, sentenceIndex(mail.sentenceEnds(f.where), f.start));
      named.add(key);
      if (!namedAt.has(key)) namedAt.set(key, f);
      if (
        PATIENT_NAME_AFTER.test(
          (parts.get(f.where) ?? "").slice(Math.max(0, f.start - 16), f.start)
        )
      )
        patientNamed.add(key);
      const ends = nameEnds.get(key);
      if (ends) ends.push(f.end);
      else nameEnds.set(key, [f.end]);
    }
  nameEnds.forEach((ends) => ends.sort((a, b) => a - b));
  const medicalSentences = new Set<number>();
  // sentences with a medical word about the care itself, not only how it is delivered; and those with
  // a complaint, medicine or result (a quoted "ik" asking about a referral states no health)
  // sentences with any care word, how care is given and who gives it included ("bij de dokter")
  const anyCareSentences = new Set<number>();
  for (const f of findings)
    if (f.type === "medical")
      anyCareSentences.add(
        sentenceKey(f.where, sentenceIndex(mail.sentenceEnds(f.where), f.start))
      );
  const careSentences = new Set<number>();
  const complaintSentences = new Set<number>();
  for (const f of findings) {
    if (f.type !== "medical" || isCareProcess(f)) continue;
    const key = sentenceKey(f.where, sentenceIndex(mail.sentenceEnds(f.where), f.start));
    careSentences.add(key);
    if (f.tags && f.tags.some((t) => COMPLAINT_KINDS.indexOf(t) >= 0)) complaintSentences.add(key);
  }
  // the sentence or the one before; further back while the sentences run on in one line ("meneer K.
  // Terpstra (geb. 14-02-1979). Hij komt voor zijn schouder": abbreviations end no sentence)
  const namedNear = (where: Where, k: number): boolean => {
    if (named.has(sentenceKey(where, k))) return true;
    const text = parts.get(where) ?? "";
    const ends = mail.sentenceEnds(where);
    // "…bij mevrouw Ouali.\nZe komt de trap niet meer op": the line break right after a full stop
    // ends an empty sentence of its own; the sentence before is the one before that
    let before = k - 1;
    if (before > 0 && text.slice(ends[before - 1] + 1, ends[before]).trim() === "") before--;
    if (named.has(sentenceKey(where, before))) return true;
    for (let j = before - 1; j >= Math.max(0, before - 3); j--) {
      if (text.charCodeAt(ends[j + 1]) === 10) return false;
      if (named.has(sentenceKey(where, j))) return true;
    }
    return false;
  };
  // "Korte terugkoppeling over Daan. Het gaat beter, hij durft in de therapie weer…": a third-person
  // pronoun carries the name of the sentence before into a sentence with care content
  // (the name in one of the two sentences before, across a paragraph break)
  const carried = (where: Where, k: number, sentence: string): boolean => {
    if (!THIRD_PRONOUN.test(sentence) && !BARE_HONORIFIC.test(sentence)) return false;
    const text = parts.get(where) ?? "";
    const ends = mail.sentenceEnds(where);
    let seen = 0;
    let j = k - 1;
    for (; j >= 0 && seen < 3 && k - j <= 6; j--) {
      const from = j > 0 ? ends[j - 1] + 1 : 0;
      if (!/\S/.test(text.slice(from, Math.min(ends[j], from + 200)))) continue;
      if (seen < 2 && named.has(sentenceKey(where, j))) return true;
      seen++;
    }
    // "Subject: Lotte de Graaf (groep 5) - gym" / "Hallo, ... mag ze weer alles meedoen": a subject that
    // names the person carries into the body's first three sentences (a greeting and "Ja, dat klopt.")
    return where === "body" && j < 0 && seen < 3 && subjectNamed;
  };
  // (a subject's sentences are its ends plus the text after the last)
  const subjectNamed = mail
    .sentenceEnds("subject")
    .concat(-1)
    .some((_, j) => named.has(sentenceKey("subject", j)));
  // "Slikken ging vandaag moeilijker bij je moeder": care told as an event of one person's relative,
  // counted as a named person's care once the relation itself is no advice for anyone (out.family)
  let relativeCare = false;
  for (const f of findings) {
    if (f.type !== "medical" || mail.inSignature(f.where, f.start)) continue;
    // a quoted question's "langs mijn tandarts": a care provider says nothing about the writer's health
    if (f.tags && f.tags.indexOf("provider") >= 0 && quotedAt(f.where, f.start)) continue;
    const { k, s } = sentenceAt(f.where, f.start);
    medicalSentences.add(sentenceKey(f.where, k));
    const isCarried =
      !named.has(sentenceKey(f.where, k)) &&
      (s.carried ??= !quotedAt(f.where, f.start) && carried(f.where, k, s.text));
    if (isCarried) out.carriedReferent = true;
    const isNamed = isCarried || named.has(sentenceKey(f.where, k));
    if (answer && s.topic === "instruction" && !isNamed) {
      out.instruction.add(f);
      continue;
    }
    // "u vraagt uw vaste medicijnen aan": the addressee's process words describe a service, not their care
    if (s.processOnly === undefined)
      s.processOnly =
        !careSentences.has(sentenceKey(f.where, k)) &&
        !addresseeBody(s.text) &&
        !otherSubjectOnce(s, quotedAt(f.where, f.start));
    if (s.quotedFirstOnly === undefined)
      s.quotedFirstOnly =
        s.referent &&
        quotedAt(f.where, f.start) &&
        !referentSentence(s.text, false, s.topic) &&
        !quotedComplaintIn(s.text) &&
        !complaintSentences.has(sentenceKey(f.where, k));
    const referent = (s.referent && !s.processOnly && !s.quotedFirstOnly) || isNamed;
    if (referent) out.aboutPerson = true;
    // once the addressee's body, a stated result and a personal cue are known, nothing below adds to them
    if (
      !(out.addresseeBody && out.statedResult && out.personalCue) &&
      s.topic !== "general" &&
      !quotedAt(f.where, f.start) &&
      (f.where === "body" || f.where === "subject")
    ) {
      const text = parts.get(f.where) ?? "";
      const ends = mail.sentenceEnds(f.where);
      const sentenceBefore = (): string =>
        text.slice(Math.max(k > 0 ? ends[k - 1] + 1 : 0, f.start - 80), f.start);
      const asked = (s.asked ??= s.text.indexOf("?") >= 0);
      const result = resultStated(f, text, asked);
      // a test's result ("de kweek was positief"), not a leaflet's "wat bloed in uw speeksel is normaal"
      if (result && testResult(f, text)) out.statedResult = true;
      if (!out.addresseeBody || !out.personalCue) {
        const known = knownComplaint(f, sentenceBefore) || sympathyFor(f, s.text);
        const has = !known && addresseeHas(f, text, sentenceBefore, asked);
        // "als die drukplek weer gaat zeuren": "die" points at the addressee's own complaint, also in a
        // condition; a leaflet says "als de klachten..."
        const cue = known || (has && !inConditional(text, f.start));
        // "U heeft een blaasontsteking." said plainly; a list item or a sentence with a condition word
        // anywhere ("Bel direct als:\n- je bloedverlies hebt", "as soon as you know you are pregnant") is
        // leaflet text
        if (cue && (known || (!s.topic && !LIST_ITEM.test(s.text) && !CONDITION_WORD.test(s.text))))
          out.personalCue = true;
        // a body's value is someone's when the sentence says whose or of what ("je", "u", "Noor was
        // 71 cm", "Buik 32 cm"); a room is 21 graden too
        const whose = (): boolean =>
          !f.tags ||
          f.tags.indexOf("measure") < 0 ||
          SECOND_PERSON.test(s.text) ||
          s.referent ||
          named.has(sentenceKey(f.where, k)) ||
          bodyWordIn(s.text);
        if (result || cue || (measured(f, text) && whose()))
          out.addresseeCare = out.addresseeBody = true;
        else if (
          !out.addresseeCare &&
          (careMoment(f, s) || doseFor(f, s)) &&
          !inConditional(text, f.start)
        )
          out.addresseeCare = true;
      }
      if (
        !out.ownCareMoment &&
        !s.topic &&
        OWN_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start)) &&
        careMoment(f, s) &&
        !inConditional(text, f.start)
      )
        out.ownCareMoment = true;
    }
    if (
      !out.thirdPersonEvent &&
      !isCareProcess(f) &&
      s.topic !== "general" &&
      !quotedAt(f.where, f.start) &&
      ((s.thirdEvent ??= thirdPersonEvent(s.text, false)) ||
        (thirdOwns(parts.get(f.where) ?? "", f.start) && ownedEvent(s))) &&
      // "Als de pijn niet minder wordt, als hij uitstraalt…": a condition for anyone ("hij" is the pain)
      !CONDITION_BEFORE.test(s.text.slice(0, Math.max(0, f.start - sentenceStart(f.where, k))))
    )
      out.thirdPersonEvent = true;
    if (
      !isNamed &&
      !relativeCare &&
      !isCareProcess(f) &&
      !s.topic &&
      !quotedAt(f.where, f.start) &&
      familyIn(s) &&
      !inConditional(parts.get(f.where) ?? "", f.start) &&
      // told as an event or moment of theirs, not advice for anyone's child ("Laat uw kind zelf oefenen")
      ownedEvent(s)
    )
      relativeCare = true;
    if (isNamed) {
      out.namedReferent = true;
      if (
        f.tags !== undefined &&
        f.tags.indexOf("condition") >= 0 &&
        // (a strong word, not "klachten" or "ziek")
        medicalWeight(f) >= WEIGHTS.strongWord &&
        s.topic !== "general" &&
        !quotedAt(f.where, f.start) &&
        !inConditional(parts.get(f.where) ?? "", f.start)
      )
        out.namedCondition = true;
      const patient = patientNamed.has(sentenceKey(f.where, k));
      // "mevrouw De Graaf … weigert haar medicijnen": a patient's own medicines are her care
      const theirs =
        (patient || isCarried) &&
        THIRD_POSSESSIVE_END.test(
          (parts.get(f.where) ?? "").slice(Math.max(0, f.start - 8), f.start)
        );
      if ((theirs || !isCareProcess(f)) && s.topic !== "general") {
        out.namedCare = true;
        if (patient && !quotedAt(f.where, f.start)) out.patientCare = true;
      }
      if (
        !out.personBody &&
        named.has(sentenceKey(f.where, k)) &&
        s.topic !== "general" &&
        !inConditional(parts.get(f.where) ?? "", f.start)
      )
        out.personBody = nameHas(
          f,
          parts.get(f.where) ?? "",
          nameEnds.get(sentenceKey(f.where, k))
        );
    }
    if (
      isNamed ||
      (referent &&
        !(s.topic === "" && addresseeOnce(s) && !otherSubjectOnce(s, quotedAt(f.where, f.start))))
    )
      out.otherReferent = true;
    else if (s.topic === "general") out.topic.add(f);
    else if (s.topic === "instruction") out.instruction.add(f);
  }
  // A named person's or relative's body or care aid: the first match outside signatures, conditions and
  // general topic text whose sentence has its referent.
  const personIn = (
    re: Matcher,
    text: string,
    where: Where,
    hasReferent: (k: number, sentence: Sentence, at: number) => boolean
  ): boolean => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (mail.inSignature(where, m.index) || inConditional(text, m.index)) continue;
      const { k, s } = sentenceAt(where, m.index);
      if (s.topic === "general" || !hasReferent(k, s, m.index)) continue;
      // text for readers: "het tandvlees van uw kind" is any reader's child; a name is someone
      if (handsOnText && !namedNear(where, k) && !NAME_AFTER_VAN.test(m[0])) continue;
      return true;
    }
    return false;
  };
  const subjectText = parts.get("subject");
  const subjectFamily = subjectText !== undefined && FAMILY.test(subjectText);
  for (const p of mail.parts) {
    if (out.personBody) break;
    if (p.where !== "body" && p.where !== "subject") continue;
    out.personBody =
      // "het been van je moeder", "de knie van Tim": the referent is in the phrase itself
      personIn(BODY_OF, p.original, p.where, () => true) ||
      personIn(RELATIVE_BODY, p.original, p.where, () => true) ||
      // "Mevrouw Jansen mag van ons weer sporten", "Noor heeft een tandje laten trekken": what a named
      // person or relative may do again, or what was done to their body
      personIn(
        ACTIVITY_ALLOWED_ALL,
        p.original,
        p.where,
        (k, sentence) => namedNear(p.where, k) || familyIn(sentence)
      ) ||
      // "de douchestoel voor je vader is besteld"
      personIn(
        CARE_AID_ALL,
        p.original,
        p.where,
        (k, sentence, at) =>
          // "mensen met rollator naar de zijdeur": anyone's aid, whoever is named beside it
          !GENERIC_HOLDER.test(p.original.slice(Math.max(0, at - 30), at)) &&
          (named.has(sentenceKey(p.where, k)) ||
            familyIn(sentence) ||
            OWN_BEFORE_AID.test(sentence.text))
      ) ||
      // "Kun je bij meneer Visser langs? Zijn been is weer dik."; "Je vader wilde de kousen niet aan, zijn
      // benen zijn dikker"
      personIn(
        THIRD_BODY_ALL,
        p.original,
        p.where,
        (k, sentence) =>
          namedNear(p.where, k) ||
          familyIn(sentence) ||
          // the subject names the relative the body speaks of ("je moeder": "Die plek op haar hiel …")
          (p.where === "body" && subjectFamily)
      ) ||
      // "Lotte van der Linden was vandaag bij mij. Die enkel is nog niet stabiel."
      personIn(KNOWN_BODY, p.original, p.where, (k) => namedNear(p.where, k));
    if (out.personBody) break;
  }
  let generic: boolean | undefined;
  // The addressee's own body or care, and family relations, where the text is no topic text.
  for (const p of mail.parts) {
    if (p.where !== "body" && p.where !== "subject") continue;
    for (const g of [
      OWN_BODY_ALL,
      OWN_CARE_ALL,
      KNOWN_TREATMENT_ALL,
      OWN_DOSE_ALL,
      FAMILY_ALL,
      OWN_RESULT,
      STATES_ALL,
      KNOWN_BODY,
      KNOWN_SIGN,
      SYMPATHY_BODY,
    ]) {
      // a match could only set what is already set: skip the pass over the text
      if (
        g === FAMILY_ALL
          ? out.family
          : g === OWN_CARE_ALL || g === KNOWN_TREATMENT_ALL || g === OWN_DOSE_ALL
            ? out.addresseeCare
            : out.addresseeBody
      )
        continue;
      g.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = g.exec(p.original))) {
        // "als je tandvlees bloedt": a condition for anyone, not the addressee's own care
        if (mail.inSignature(p.where, m.index) || inConditional(p.original, m.index)) continue;
        const at = sentenceAt(p.where, m.index);
        const topic = at.s.topic;
        // an instruction for the addressee's own body in prose ("blijf die oefening voor je knie doen") is
        // theirs, unless the mail answers a general question; a list of instructions is leaflet text
        const ownInstruction =
          topic === "instruction" &&
          (g === OWN_BODY_ALL || g === KNOWN_TREATMENT_ALL || g === OWN_DOSE_ALL) &&
          !answer &&
          !LIST_ITEM.test(at.s.text);
        if (topic === "general" || (topic && !ownInstruction && (g !== FAMILY_ALL || answer)))
          continue;
        // "U vroeg naar melkkorst. Die plekjes zijn onschuldig": the sign of the general question; "die
        // vlekken op de muur" are on no one: a known sign counts where its sentence names a body part
        // (the anchor may start at the comma ending the line before: the sign's own sentence)
        if (
          g === KNOWN_SIGN &&
          (answer || !hasBodyWord(sentenceAt(p.where, m.index + m[0].length - 1).s.text))
        )
          continue;
        // "Neem uw kind gerust mee": advice names a relative of anyone, unless the mail tells of an event;
        // so does an answer to a general question ("Uw schoonmoeder had vroeger gelijk, maar …")
        if (
          g === FAMILY_ALL &&
          (topic || (answer && !careSentences.has(sentenceKey(p.where, at.k)))) &&
          (generic ??= genericCare(mail))
        )
          continue;
        // "uw vaste medicijnen aanvragen": a process word of the addressee, in a sentence about no care
        if (
          g === OWN_CARE_ALL &&
          isProcessWord(m[0].slice(m[0].lastIndexOf(" ") + 1)) &&
          !careSentences.has(sentenceKey(p.where, at.k))
        )
          continue;
        // a quoted question's "my husband and I are moving here" names a relative, not their health
        if (
          g === FAMILY_ALL &&
          quotedAt(p.where, m.index) &&
          !medicalSentences.has(sentenceKey(p.where, sentenceAt(p.where, m.index).k))
        )
          continue;
        if (g === FAMILY_ALL) out.family = true;
        else out.addresseeCare = true;
        if (
          g === OWN_BODY_ALL ||
          g === OWN_RESULT ||
          g === STATES_ALL ||
          g === KNOWN_BODY ||
          g === KNOWN_SIGN ||
          g === SYMPATHY_BODY
        )
          out.addresseeBody = true;
        break;
      }
    }
  }
  // "Ik heb het nagevraagd bij de dokter: alles was in orde", "Het ziet er goed uit: de roodheid is
  // weg": a check's outcome in everyday words, where its sentence names care, a sign or a body part
  for (const p of mail.parts) {
    if (out.addresseeBody || (p.where !== "body" && p.where !== "subject")) continue;
    PLAIN_FINDING_ALL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLAIN_FINDING_ALL.exec(p.original))) {
      if (quotedAt(p.where, m.index) || mail.inSignature(p.where, m.index)) continue;
      if (inConditional(p.original, m.index)) continue;
      const at = sentenceAt(p.where, m.index);
      if (at.s.topic === "general") continue;
      // "De waarden zijn normaal als ze onder de grens blijven": a rule, not a result
      if (PLAIN_NOT_AFTER.test(p.original.slice(m.index + m[0].length, m.index + m[0].length + 12)))
        continue;
      // (the phrase's own "back" of "came back fine" is no body part)
      const rest = at.s.text.replace(m[0], " ");
      if (
        // a result word in the phrase itself ("de waarden zijn net als vorig jaar") is care
        OWN_VALUE_NOUN.test(m[0]) ||
        anyCareSentences.has(sentenceKey(p.where, at.k)) ||
        SIGN_WORD.test(rest) ||
        OWN_CARE.test(rest) ||
        // "Good news from Dr. Koster: the numbers are back to normal"
        CARE_ROLE.test(rest) ||
        hasBodyWord(rest)
      ) {
        out.addresseeCare = out.addresseeBody = true;
        break;
      }
    }
  }
  for (const p of mail.parts) {
    if (out.statedResult || (p.where !== "body" && p.where !== "subject")) continue;
    OWN_VALUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OWN_VALUE.exec(p.original))) {
      if (quotedAt(p.where, m.index) || mail.inSignature(p.where, m.index)) continue;
      if (sentenceAt(p.where, m.index).s.topic === "general") continue;
      out.statedResult = out.addresseeCare = out.addresseeBody = true;
      break;
    }
  }
  if (out.family && relativeCare) out.namedCare = true;
  // (in an answer to a general question, and in general text without one: "Omdat u via dokter
  // Haverkamp in de ketenzorg diabetes zit, betaalt u geen eigen risico")
  for (const p of mail.parts) {
    if (p.where !== "body" || out.personalTurn) continue;
    PERSONAL_TURN_ALL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (!out.personalTurn && (m = PERSONAL_TURN_ALL.exec(p.original))) {
      if (quotedAt(p.where, m.index) || mail.inSignature(p.where, m.index)) continue;
      const at = sentenceAt(p.where, m.index);
      if (
        at.s.topic !== "general" &&
        (careSentences.has(sentenceKey(p.where, at.k)) ||
          (at.s.ownBody ??= addresseeBody(at.s.text)))
      )
        out.personalTurn = true;
    }
  }
  if (answer && complaintSentences.size)
    for (const p of mail.parts) {
      if (p.where !== "body" && p.where !== "subject") continue;
      OWN_BODY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (!out.ownBodyComplaint && (m = OWN_BODY.exec(p.original))) {
        // only a tooth by its number is this person's beyond doubt: an answer's "uw bloed" or "een ongeluk
        // met uw tanden" is anyone's
        if (!/\d$/.test(m[0]) || quotedAt(p.where, m.index) || mail.inSignature(p.where, m.index))
          continue;
        const at = sentenceAt(p.where, m.index);
        if (
          !at.s.topic &&
          complaintSentences.has(sentenceKey(p.where, at.k)) &&
          !inConditional(p.original, m.index)
        )
          out.ownBodyComplaint = true;
      }
    }
  const reader: SentenceReader = { mail, sentenceAt, quotedAt };
  out.personReport = personReported(reader, namedAt.values());
  out.personVisit = personVisited(reader, namedAt.values());
  // sentences whose name is called and spoken to ("Henk Dijk, jij …"), with a care word of their own
  // (true: called with a possessive, "Joost, jouw …": every care word of the sentence is theirs)
  const called = new Map<number, boolean>();
  namedAt.forEach((f, key) => {
    if (quotedAt(f.where, f.start)) return;
    const after = (parts.get(f.where) ?? "").slice(f.end, f.end + 12);
    if (VOCATIVE.test(after)) called.set(key, called.get(key) || VOCATIVE_OWNS.test(after));
  });
  if (called.size)
    out.namedAddressedCare = findings.some((f) => {
      if (f.type !== "medical" || isCareProcess(f)) return false;
      const owns = called.get(
        sentenceKey(f.where, sentenceIndex(mail.sentenceEnds(f.where), f.start))
      );
      return (
        owns === true ||
        (owns === false &&
          ADDRESSEE_OWNS_BEFORE.test(
            (parts.get(f.where) ?? "").slice(Math.max(0, f.start - 8), f.start)
          ))
      );
    });
  return out;
}

function familyIn(s: Sentence): boolean {
  return (s.family ??= FAMILY.test(s.text));
}
/** An event or moment in the sentence, its person already known (asked once per sentence). */
function ownedEvent(s: Sentence): boolean {
  return (s.ownedEvent ??= thirdPersonEvent(s.text, true));
}
const ADDRESSEE_OWNS_BEFORE = new RegExp(`\\b(?:${termsSource(OWN)})\\s+$`, "i");
const VOCATIVE = new RegExp(`^\\s*,\\s*(?:${termsSource(VOCATIVE_AFTER)})\\b`, "i");
const VOCATIVE_OWNS = new RegExp(`^\\s*,\\s*(?:${termsSource(VOCATIVE_POSSESSIVES)})\\b`, "i");
const COLLEAGUE_BEFORE = new RegExp(`\\b(?:${termsSource(COLLEAGUE_WORDS)})\\s+$`, "i");
const VISIT = terms(VISIT_TO_SENDER);
const FOR_WORK = terms(AT_SENDER_FOR_WORK);
/** What the person-sentence readers below need of statements(). */
interface SentenceReader {
  mail: MailText;
  sentenceAt: (where: Where, at: number) => { k: number; s: Sentence };
  quotedAt: (where: Where, at: number) => boolean;
}

/** The names in the sender's own text (no quote, no signature) that are no colleague of theirs. */
function* ownNames(
  r: SentenceReader,
  names: Iterable<Finding>,
  withSubject: boolean
): Generator<[Finding, string]> {
  for (const f of names) {
    if (f.where !== "body" && !(withSubject && f.where === "subject")) continue;
    if (r.mail.inSignature(f.where, f.start) || r.quotedAt(f.where, f.start)) continue;
    const text = r.mail.parts.find((q) => q.where === f.where)?.original ?? "";
    if (!COLLEAGUE_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start))) yield [f, text];
  }
}

/** A sentence of the sender's own that names a person and their visit to the sender. */
function personVisited(r: SentenceReader, names: Iterable<Finding>): boolean {
  for (const [f] of ownNames(r, names, false)) {
    const { s } = r.sentenceAt(f.where, f.start);
    if (
      (s.visit ??=
        !s.topic && !CONDITION_WORD.test(s.text) && VISIT.test(s.text) && !FOR_WORK.test(s.text))
    )
      return true;
  }
  return false;
}

/**
 * A sentence of the sender's own (no quote, no signature, no topic text, no condition) with a named
 * person or a relative ("je moeder") and an event or moment of theirs.
 */
function personReported(r: SentenceReader, names: Iterable<Finding>): boolean {
  const told = (where: Where, at: number, text: string): boolean => {
    if (r.mail.inSignature(where, at) || r.quotedAt(where, at) || inConditional(text, at))
      return false;
    const { s } = r.sentenceAt(where, at);
    return (s.reported ??= !s.topic && !CONDITION_WORD.test(s.text) && ownedEvent(s));
  };
  for (const [f, text] of ownNames(r, names, true)) if (told(f.where, f.start, text)) return true;
  for (const p of r.mail.parts) {
    if (p.where !== "body") continue;
    FAMILY_ALL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FAMILY_ALL.exec(p.original))) if (told(p.where, m.index, p.original)) return true;
  }
  return false;
}

// "zijn methylfenidaat", "haar astma": a third person's own medicine or condition ("er zijn antibiotica"
// is the verb)
const THIRD_OWNS_BEFORE =
  /(?:^|[^A-Za-z\u00c0-\u024f'])(?:zijn|haar|z'n|zn|his|her)\s+(?:\S+\s+)?$/i;
const ER_ZIJN_BEFORE = /\ber\s+zijn\s+(?:\S+\s+)?$/i;
function thirdOwns(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return THIRD_OWNS_BEFORE.test(before) && !ER_ZIJN_BEFORE.test(before);
}

/**
 * A third person in the sentence ("hij", "zij", "zijn schouder", the finding as "zijn methylfenidaat")
 * and an event or moment of theirs.
 */
function thirdPersonEvent(sentence: string, owned: boolean): boolean {
  if (
    !owned &&
    !THIRD_PRONOUN.test(sentence) &&
    !THIRD_BODY_ALL.test(sentence) &&
    !ROLE_PERSON.test(sentence)
  )
    return false;
  return (
    concreteEvent(sentence) ||
    hasMoment(sentence) ||
    AGAIN.test(sentence) ||
    THIRD_EVENT.test(sentence) ||
    TIME_DEIXIS.test(sentence)
  );
}
// "Hij is vorige week twee keer flauwgevallen": a moment of this person's past
const TIME_DEIXIS = terms(CONCRETE_CARE);
const THIRD_EVENT = terms(THIRD_PERSON_CHANGE);
/** A conditional clause opened before the word in its sentence. */
const CONDITION_BEFORE =
  /(?:^|[^A-Za-z\u00c0-\u024f])(?:als|wanneer|indien|zodra|mocht|if|when)(?![A-Za-z\u00c0-\u024f])/i;
/**
 * A lab word with its measured value right after it ("HbA1c 68 mmol/mol", "ferritin 8", "Hb: 7,2"):
 * someone's result; a leaflet's target says "onder 53", "53 of lager" or puts it in a condition.
 */
const RANGE_BEFORE = new RegExp(
  `\\d\\s*(?:\\b(?:${termsSource(RANGE_WORDS)})\\b|[-\u2013])\\s*$`,
  "i"
);
function measured(f: Finding, text: string): boolean {
  if (!f.tags || f.tags.indexOf("lab") < 0) return false;
  // the finding is the value itself ("95 graden", "74,5 cm"), outside a condition ("Als de koorts boven
  // de 38,5 graden komt")
  if (f.tags.indexOf("measure") >= 0)
    return (
      !inConditional(text, f.start) &&
      // "9 tot 11 uur slaap", "20-30 cm": a range is a norm, not someone's value
      !RANGE_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start)) &&
      !CONDITION_BEFORE.test(
        text
          .slice(Math.max(0, f.start - 80), f.start)
          .split(/[.!?\n]/)
          .pop() ?? ""
      )
    );
  return MEASURED_AFTER.test(text.slice(f.end, f.end + 30)) && !inConditional(text, f.start);
}
const MEASURED_AFTER =
  /^\s?[:=]?\s?\d{1,3}(?:[.,]\d{1,2})?(?:\s?(?:mmol\/mol|mmol\/l|g\/dl|ug\/l|µg\/l|%))?(?!\s*(?:of|en|tot|-|à)\s)(?![\d/.,])/;
/** "hij heeft weer van die aanvallen", "zij is weer gevallen": this person's complaint, again. */
const AGAIN = /\b(?:heeft|had|hebben|is|was|zijn|krijgt|kreeg)\s+(?:\S+\s+)?weer\b/i;

/** Is the finding in the body's salutation line? A greeting says whom the mail is to, not about. */
export function inSalutation(mail: MailText, f: Finding): boolean {
  // the salutation is in the first lines: most findings are decided without looking at the text
  if (f.where !== "body" || !mail.salutation || f.start > 1000) return false;
  const body = mail.parts.find((p) => p.where === "body");
  if (!body) return false;
  const lineEnd = body.original.indexOf("\n", f.start);
  const lineStart = body.original.lastIndexOf("\n", f.start) + 1;
  // a salutation line is short: never copy more than its start out of a long line
  const line = body.original.slice(
    lineStart,
    Math.min(lineEnd < 0 ? Infinity : lineEnd, lineStart + 200)
  );
  if (lineStart >= 400) return false;
  const who = addresseeOf(line.trim());
  if (who === null) return false;
  // a greeting line of its own ("Beste redactie, beste Henk,") is all salutation; in a one-line note
  // ("Hoi, Fleur Jacobs is vannacht bevallen van een zoon.") only the greeted words are
  if (line.length <= 80 && !/[.?]\s*$/.test(line)) return true;
  if (!who) return false;
  const at = line.indexOf(who);
  const offset = f.start - lineStart;
  return at >= 0 && offset >= at && offset < at + who.length;
}
