import type { ClassifiedRecipient } from "../types";
import { nameLexicon } from "../lexicon";

// The salutation parser lives with the mail text (one parser for the engine, the rules and the pane).
export { parseSalutation, fold, type Salutation } from "../mailtext/salutation";
import { fold } from "../mailtext/salutation";
import { NAME_PARTICLES, STAFF_ROLES } from "../lexicon/category-words";
import { termsSource } from "../lexicon/terms";
import { isRoleAddress } from "../recipients";

const PARTICLES = new Set(NAME_PARTICLES);

/** Mailboxes of an organisation or a team, not of one person: a salutation cannot be checked against them. */
const ORGANISATION_STEM =
  /praktijk|ziekenhuis|bureau|administratie|centrum|kliniek|service|zorg|polikliniek|secretariaat|apotheek|groothandel|afdeling|gemeente|loket|helpdesk|debiteuren|salaris|instelling|verzeker|assistent|huisartsen|maatschap|vereniging|stichting|laboratori|diagnostiek|spoedpost|kinderdagverblijf|kinderopvang|opvang|locatie|vestiging|filiaal|casemanage|arbo|bedrijfsarts|personeelszaken|redactie|commissie|voetbalclub|tennisclub|sportclub|wijkkrant|distributie|logistiek|retour|vastgoed|leverancier|studio|sportschool|dansschool|zwemschool/;
const ORGANISATION_START =
  /^(?:huisarts|tandarts|fysio|team|trainer|coach|coordinat|bestel|levering|magazijn|inkoop|verkoop|klantenservice|reparatie|wijkteam|wijkverpl|info|aanmelding|order|planning|sales|clinic|surgery|hospital|support|balie|receptie|noreply|kantoor|office|ggz|praktijk|afspra|contact|postbus|postmaster|admin|secretar|triage|recept|herhaal|uitslag|verwijz|intake|department|reception|pharmacy|practice|directie|directeur|bestuur|mentor)/;
// whole words only: "lab" must not catch "Labee"
const ORGANISATION_WORD =
  /^(?:mc|bv|zkh|wmo|umc|ggd|vof|nv|hap|hagro|vvt|lab|nhs|poli|kdv|bso|unit)$/;

export function looksLikeOrganisation(text: string): boolean {
  const words = fold(text).split(/[^a-z0-9]+/);
  return words.some(
    (w, i) =>
      w.length > 1 &&
      (ORGANISATION_STEM.test(w) ||
        ORGANISATION_START.test(w) ||
        ORGANISATION_WORD.test(w) ||
        // "post Noord" is a branch; "Marijke Post" is a surname
        (w === "post" && i < words.length - 1 && words[i + 1] !== ""))
  );
}

function personPart(displayName: string): string {
  // "Marloes van Wijk - HR Advies Rijnmond", "E. Smit, orthopedisch chirurg": the person comes first
  const dash = displayName.split(/\s[-–|]\s/)[0];
  const parts = dash.split(",").map((p) => p.trim());
  // "Oosterhuis, M." is surname, initials
  if (parts.length > 1 && /^([A-Z]\.?\s*)+$/.test(parts[1])) return parts[1] + " " + parts[0];
  return parts[0];
}

export function isPersonMailbox(r: ClassifiedRecipient): boolean {
  const local = r.address.split("@")[0];
  // a role address (balie@, assistentes@) is shared, whatever its display name says
  if (looksLikeOrganisation(local) || isRoleAddress(r.address)) return false;
  if (r.name) {
    const name = r.name.replace(/["']/g, "");
    // "Kinderdagverblijf De Kikker, locatie Vianen": a branch or organisation anywhere in the entry makes it
    // the organisation's; a person it names is found by personInDisplayName, not assumed from the first part
    if (looksLikeOrganisation(name)) return false;
    const person = personPart(name);
    return /[A-Za-zÀ-ÿ]{2,}/.test(person);
  }
  return /[a-z]{3,}/i.test(local);
}

/** "M. Veldman", "P.J. de Vries", "M Veldman": initials, particles, a capitalised surname. */
// (initials without dots are one or two letters: "JP Balkenende"; "CJG Lansingerland" is an acronym)
const INITIALS_SURNAME =
  /^(?:[A-Z]{1,2}|(?:[A-Z]\.\s?){1,4}|(?:[A-Z]\s){1,3}[A-Z])\s(?:(?:van|de|der|den|ter|ten|te|het|op|in|'t)\s+)*[A-Z][A-Za-zÀ-ÿ'-]+$|^(?:[A-Z]\.){1,4}\s*(?:(?:van|de|der|den|ter|ten|te|het|op|in|'t)\s+)*[A-Z][A-Za-zÀ-ÿ'-]+$/;
const TITLE_PREFIX = /^(?:(?:dr|drs|prof|mr|ir|dhr|mw|mevr|mevrouw|meneer|de heer)\.?\s+)+/i;

/** "Karin de Wit": a known first name, then capitalised words or particles, ending in a surname. */
function isFirstAndSurname(segment: string): boolean {
  const words = segment.split(/\s+/);
  if (words.length < 2) return false;
  if (!nameLexicon().firstNames.has(fold(words[0])) || !/^[A-ZÀ-Þ]/.test(words[0])) return false;
  const rest = words.slice(1);
  if (!/^[A-ZÀ-Þ][a-zà-ÿ'-]+$/.test(rest[rest.length - 1])) return false;
  return rest.every((w) => PARTICLES.has(fold(w)) || /^[A-ZÀ-Þ][a-zà-ÿ'-]+$/.test(w));
}

/**
 * The one person an address-book entry of an organisation names: "Apotheek Winschoten-Noord, M. Veldman",
 * "Karin de Wit - Fysio Oost", "Polikliniek Cardiologie (dr. P.J. de Vries)". Only initials + surname or a
 * known first name + surname count: a bare surname or first name could be anyone at that mailbox.
 */
const ROLE_AFTER = new RegExp(`\\s+(?:${termsSource(STAFF_ROLES)})$`, "i");
const ROLE_BEFORE = new RegExp(`^(?:${termsSource(STAFF_ROLES)})\\s+`, "i");

export function personInDisplayName(displayName: string | undefined): string | null {
  if (!displayName) return null;
  const segments = displayName
    .replace(/["']/g, "")
    .split(/\s[-–|]\s|[,()/]/)
    .map((p) => p.trim().replace(TITLE_PREFIX, "").trim())
    // "H. Verbeek huisarts", "tandarts M. de Wit": the person beside their role
    .map((p) => p.replace(ROLE_AFTER, "").replace(ROLE_BEFORE, "").trim())
    .filter((p) => p.length > 0 && !looksLikeOrganisation(p));
  for (const seg of segments) if (INITIALS_SURNAME.test(seg) || isFirstAndSurname(seg)) return seg;
  return null;
}

/**
 * A recipient whose salutation can be checked: a person's own mailbox, or an organisation's entry that
 * names one person (the user picked that person from the address book).
 */
export function isCheckableRecipient(r: ClassifiedRecipient): boolean {
  return isPersonMailbox(r) || personInDisplayName(r.name) !== null;
}

/** The first first-name word of a display name ("rick" of "Rick Vermeulen"), if it has one. */
export function displayFirstName(displayWords: string[]): string | null {
  const first = nameLexicon().firstNames;
  for (const w of displayWords) if (w.length > 1 && first.has(w)) return w;
  return null;
}

/**
 * The initial an address gives its person: "j.hoekstra@", "j_hoekstra@", or "jhoekstra@" where
 * "hoekstra" is a word of the display name. Null when the address does not look like that.
 */
export function initialOfAddress(r: ClassifiedRecipient, displayWords: string[]): string | null {
  const local = fold(r.address.split("@")[0]);
  const parts = local.split(/[._-]+/).filter((p) => p.length > 0);
  if (parts.length >= 2 && /^[a-z]$/.test(parts[0]) && parts[parts.length - 1].length >= 3)
    return parts[0];
  if (parts.length === 1 && /^[a-z]{4,}$/.test(local)) {
    const rest = local.slice(1);
    if (displayWords.some((w) => w.length >= 3 && w.replace(/-/g, "") === rest)) return local[0];
  }
  return null;
}

/**
 * Does the salutation fit this recipient? A name word appears in the display name or the address, or an
 * initial in the display name fits ("Oosterhuis, M." greeted as "Marjolein").
 */
export function salutationFits(
  names: readonly string[],
  r: ClassifiedRecipient,
  titled = false
): boolean {
  const display = fold(r.name ?? "").replace(/["']/g, "");
  const displayWords = display.split(/[^a-z-]+/).filter((w) => w.length > 0);
  const local = fold(r.address.split("@")[0]).replace(/[^a-z]/g, "");
  const initials = displayWords.filter((w) => w.length === 1);
  for (const n of names) {
    const plain = n.replace(/[^a-z]/g, "");
    if (displayWords.some((w) => w === n || w.replace(/-/g, "") === plain)) return true;
    if (plain.length >= 3 && local.indexOf(plain) >= 0) return true;
    // only a first name can be checked against an initial: "mevrouw Mulder" is not "M. Veldman"
    if (!titled && initials.indexOf(plain.charAt(0)) >= 0) return true;
    // "Hoi Jeroen" to "Dokter Hoekstra <j.hoekstra@…>": the first name's initial is the address's
    // (only when the display name shows no first name: "Jelle Postma" greeted as "Joyce" is someone else)
    if (
      !titled &&
      names.length === 1 &&
      !displayFirstName(displayWords) &&
      initialOfAddress(r, displayWords) === plain.charAt(0)
    )
      return true;
    // a first name's parts: "Anne-Marie" greeted as "Anne"
    if (displayWords.some((w) => w.split("-").indexOf(plain) >= 0)) return true;
  }
  return false;
}
