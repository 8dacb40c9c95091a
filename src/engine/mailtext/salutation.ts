import {
  CATEGORY_GREETINGS,
  GREETINGS,
  NAME_PARTICLES,
  SALUTATION_GENERIC_WORDS,
  SALUTATION_OWN_PEOPLE,
  SALUTATION_GROUP_WORDS,
  SALUTATION_PATIENT_GROUP,
  SALUTATION_TITLES,
} from "../lexicon/category-words";
import { exactly, termsSource } from "../lexicon/terms";

/**
 * The one salutation parser ("Beste mevrouw Prins,", "Hoi Fatima,", "Dear Dr Marsh,") for the engine,
 * the rules and the task pane. Hand-written: a salutation is one line in a fixed shape; a general name
 * recogniser would also report every name further down (patients, quoted mails).
 */
export interface Salutation {
  /** lower-cased name words without titles or particles; empty for "Beste patiënt," etc. */
  names: string[];
  /** "Beste patiënten,", "Hoi allemaal," ...: the mail is written to a group */
  group: boolean;
  /** a title (mevrouw, dhr., dr.) came before the names: they are a surname, not a first name */
  titled?: boolean;
  /** the group greeted is the practice's own people ("Lieve vrijwilligers", "Beste collega's") */
  ownPeople?: boolean;
  /** the group greeted is the practice's patients or clients ("Beste deelnemers", "Beste ouders") */
  patients?: boolean;
}

export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

const GREETING = new RegExp(`^(?:${termsSource(GREETINGS)})\\b\\s*`, "i");
const TITLES = new Set(SALUTATION_TITLES);
const PARTICLES = new Set(NAME_PARTICLES);
const GROUP_WORDS = exactly(SALUTATION_GROUP_WORDS);
const GENERIC_WORDS = exactly(SALUTATION_GENERIC_WORDS);
const OWN_PEOPLE = exactly(SALUTATION_OWN_PEOPLE);
const PATIENT_GROUP = exactly(SALUTATION_PATIENT_GROUP);
/** Where the addressee ends: "Hoi Maarten (cc Anja, casemanager)," */
const ADDRESSEE_END = /[,(:;!]/;
const MAX_SALUTATION_LINE = 200;

/** The words after a greeting on one line, or null when the line opens with no greeting. */
export function addresseeOf(line: string): string | null {
  // an addressee is a few words: read at most 200 characters, however long the line (one-line mails)
  const head = line.length > MAX_SALUTATION_LINE ? line.slice(0, MAX_SALUTATION_LINE) : line;
  const g = GREETING.exec(head);
  if (!g) return null;
  return head.slice(g[0].length).split(ADDRESSEE_END)[0].trim();
}

/** Names, group and title of an addressee ("mevrouw Prins", "allemaal", "Fatima"). */
export function readAddressee(rest: string): Salutation {
  const words = rest.split(/\s+/).filter((w) => w.length > 0);
  const bare = words.map((w) => w.replace(/[.,]/g, "").toLowerCase());
  const ownPeople = bare.some((w) => OWN_PEOPLE.test(w));
  const group = ownPeople || bare.some((w) => GROUP_WORDS.test(w));
  const names: string[] = [];
  let started = false;
  let titled = false;
  for (const raw of words) {
    const w = raw.replace(/\.$/, "");
    const lw = fold(w);
    if (!started && (TITLES.has(lw) || GENERIC_WORDS.test(lw) || lw === "de")) {
      if (TITLES.has(lw) && lw !== "collega" && lw !== "collega's") titled = true;
      continue;
    }
    // a name starts with a capital; "deelnemers van de beweeggroep" is not a name
    if (!started && !/^[A-ZÀ-Þ]/.test(w)) break;
    started = true;
    if (PARTICLES.has(lw) || lw.length < 2 || GENERIC_WORDS.test(lw) || GROUP_WORDS.test(lw))
      continue;
    if (!/^[a-z'-]+$/.test(lw)) break;
    names.push(lw);
    if (names.length >= 4) break;
  }
  const out: Salutation = titled ? { names, group, titled } : { names, group };
  if (ownPeople) out.ownPeople = true;
  if (bare.some((w) => PATIENT_GROUP.test(w))) out.patients = true;
  return out;
}

/** The salutation of the newly written part of a body: a greeting in its first three lines. */
export function parseSalutation(body: string): Salutation | null {
  // Line by line up to the third non-empty one: splitting a whole long body was a cost on 1 MB.
  // (Cut at "\n" and trimmed, as cut at /\r?\n/: the trim takes the "\r".)
  let from = 0;
  let seen = 0;
  while (seen < 3 && from <= body.length) {
    let to = body.indexOf("\n", from);
    if (to < 0) to = body.length;
    const line = body.slice(from, to).trim();
    from = to + 1;
    if (!line.length) continue;
    seen++;
    if (line.charAt(0) === ">") return null;
    const rest = addresseeOf(line);
    if (rest === null) continue;
    return readAddressee(rest);
  }
  return null;
}

// A greeting at the start of any line (quote markers allowed); the addressee runs to the comma.
// Bounded: at most 60 characters, one line start per try.
const GREETING_LINE = new RegExp(
  `^[ \\t>]*(?:${termsSource(CATEGORY_GREETINGS)})\\s+([^\\n,!:;]{1,60})`,
  "gim"
);

/** The addressee of every greeting line in a text (quoted mails included), as written. */
export function addresseesIn(text: string): string[] {
  const out: string[] = [];
  GREETING_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GREETING_LINE.exec(text))) out.push(m[1].trim());
  return out;
}
