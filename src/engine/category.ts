import type { Address } from "./draft";
import type { Category, Finding, Where } from "./types";
import { medicalWeight } from "./detect/medical";
import { PRIVATE_MAIL_DOMAINS, domainOf } from "./recipients";
import { quoteHeaderStart, splitLines, type Range } from "./text/quotes";

/**
 * The message category (handbook 002, Toolkit "Moet ik veilige e-mail gebruiken?") from general
 * signals, quoted text included:
 * - medical: health content (diagnosis, symptom, medication, results, referral, ...) with an
 *   identifiable person (a named addressee, "dhr./mw. X", a name, birth date or BSN), or a group
 *   addressed by its diagnosis ("deelnemers van de beweeggroep COPD");
 * - logistic: an appointment (noun near a day, date or time; reschedule, no-show) for a person,
 *   without medical content;
 * - general: practice information for patients or colleagues (opening hours, closure, newsletter,
 *   flu-shot dates, how to register or get there);
 * - none: business mail (suppliers, IT, HR, invoices, facilities).
 * Signatures do not count: job titles ("praktijkverpleegkundige diabetes") and practice names
 * ("Fertiliteitscentrum ...") say who writes, not what about.
 */

export interface CategoryText {
  where: Where;
  /** the text as given (finding offsets refer to it) */
  original: string;
  /** its normalised form (see text/normalize.ts); same lines as the original */
  text: string;
}

export interface CategoryInput {
  texts: CategoryText[];
  findings: Finding[];
  from: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
}

export interface CategorySignals {
  /** sum of the distinct medical words' weights outside signatures */
  medicalScore: number;
  /** a diagnosis, medicine or result, not only generic words */
  strongMedical: boolean;
  /** an identifiable person: named addressee, title + name, name/birthdate/BSN/patient-id finding */
  aboutPerson: boolean;
  /** addressed to a group ("Beste patiënten", newsletter, all recipients in Bcc) */
  broadcast: boolean;
  newsletter: boolean;
  /** an appointment, reschedule or no-show with a day, date or time */
  appointment: boolean;
  /** practice information words (opening hours, closure, patients, ...) */
  careScore: number;
  /** supplier, IT, HR and finance words */
  businessScore: number;
  /** GGZ, SOA, fertility, youth care, ... anywhere in the mail (signature included) */
  sensitiveContext: boolean;
}

export interface CategoryResult {
  category: Category;
  signals: CategorySignals;
}

const CLOSING =
  /^\s*(?:met\s+)?(?:vriendelijke|hartelijke|collegiale|sportieve|warme|lieve|beste|zonnige)?\s*(?:groet(?:en|jes)?|groet,)\s*[,!.]?\s*$|^\s*(?:groet(?:en|jes)?|gr\.?|mvg|m\.v\.g\.|kind regards|best regards|warm regards|regards|best wishes|best|sincerely|yours sincerely|cheers|thanks|bedankt|dank je wel|tot (?:dan|snel|ziens|de \S+))\s*[,!.]?\s*$/i;
const SIGNATURE_LINES = 9;

/** Ranges of signature blocks: the short lines after a closing ("Met vriendelijke groet,"). */
export function signatureRanges(text: string): Range[] {
  const lines = splitLines(text);
  const out: Range[] = [];
  for (let k = 0; k < lines.length; k++) {
    // Only quoted lines need the marker stripped: no new string per line on long texts.
    const line = lines[k].line;
    if (!CLOSING.test(line.charCodeAt(0) === 62 ? line.replace(/^>+\s?/, "") : line)) continue;
    let end = lines[k].start + lines[k].line.length;
    let taken = 0;
    for (let j = k + 1; j < lines.length && taken < SIGNATURE_LINES; j++) {
      const l = lines[j].line.replace(/^>+\s?/, "");
      if (!l.trim()) {
        // A blank line followed by a reply header ends the signature.
        if (
          quoteHeaderStart(
            lines
              .slice(j + 1, j + 3)
              .map((x) => x.line)
              .join("\n")
          ) === 0
        )
          break;
        continue;
      }
      if (
        l.length > 90 ||
        quoteHeaderStart(l) === 0 ||
        /^\s*(van|from)\s*:/i.test(l) ||
        /^\s*_{8,}/.test(l)
      )
        break;
      end = lines[j].start + lines[j].line.length;
      taken++;
    }
    out.push({ start: lines[k].start, end });
  }
  return out;
}

/** Sorted, non-overlapping ranges (a closing inside a signature gives a nested range): a binary search per finding. */
function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.slice().sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    if (r.end <= r.start) continue;
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** `ranges` from mergeRanges. */
function inRanges(ranges: Range[], start: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start < ranges[mid].start) hi = mid - 1;
    else if (start >= ranges[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

function stripRanges(text: string, ranges: Range[]): string {
  if (!ranges.length) return text;
  let out = "";
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + "\n";
    at = r.end;
  }
  return out + text.slice(at);
}

// Salutation at the start of a line; the addressee is what follows up to the comma.
const SALUTATION =
  /^[ \t>]*(?:beste|geachte|hoi|hallo|hey|lieve|dag|goedemorgen|goedemiddag|goedenavond|dear|hi|hello)\s+([^\n,!:;]{1,60})/gim;
const GROUP_ADDRESSEE =
  /^(?:alle\s+)?(?:pati[eë]nt(?:en)?|patients?|lezers?|deelnemers?|allen|allemaal|iedereen|leden|bewoners|ouders|ouders\/verzorgers|cli[eë]nten|all|everyone|readers|members|participants|abonnees)\b/i;
const NEUTRAL_ADDRESSEE =
  /^(?:heer|mevrouw|meneer)\s*(?:[,/]|of|en)\s*(?:heer|mevrouw|meneer)|^(?:dames en heren|sir|madam|sir\/madam|collega'?s|colleagues|team|wijkteam|wijkverpleegkundigen|zorgverleners?|klantenservice|servicedesk|support)\b/i;

const TITLE_NAME =
  /(?:^|[^\w])(?:dhr|mw|mevr|mevrouw|meneer|de heer|mr|mrs|ms|miss|pati[eë]nte?|cli[eë]nte?|pt)\.?\s+(?:[A-Z]\.\s?){0,4}(?:(?:van der|van den|van de|van|de|der|den|ter|te|el|in 't)\s)?[A-Z][a-z\u00e0-\u00ff'-]+/g;
const FAMILY =
  /\b(?:uw|je|jouw|haar|zijn|mijn|your|her|his|my)\s+(?:vader|moeder|zoon|dochter|man|vrouw|partner|kind|kinderen|echtgeno(?:ot|te)|baby|father|mother|son|daughter|husband|wife|child)\b/i;
const PATIENT_SINGULAR =
  /\b(?:de |deze |onze |uw |the |this )?(?:pati[eë]nte?|cli[eë]nte?|patient|client)(?![\w-])/i;

const NEWSLETTER =
  /nieuwsbrief|newsletter|\bverwijzers\b|referring (?:physicians|professionals|colleagues)|afmelden|uitschrijven|unsubscribe|u ontvangt deze (?:e-?mail|mail|nieuwsbrief|brief|berichten)|you (?:are )?receiv(?:e|ing) this/i;

const WEEKDAY =
  "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morgen|overmorgen|vandaag|vanmiddag|vanavond|tomorrow|today";
const MONTH =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october";
// A moment: a day with a date or time, a date, a clock time, "morgen". Ranges ("maandag t/m vrijdag",
// "van 8.00 tot 17.00 uur", "tussen 10.00 en 12.00 uur") are opening or phone hours, not a moment.
const WHEN = new RegExp(
  "\\b(?:" +
    WEEKDAY +
    ")\\b|\\b\\d{1,2}\\s+(?:" +
    MONTH +
    ")\\b|\\b(?:[01]?\\d|2[0-3])[.:][0-5]\\d(?:\\s*(?:uur|u\\b|am|pm|h\\b))?|\\bom\\s+(?:[01]?\\d|2[0-3])(?:[.:][0-5]\\d)?\\b|\\b\\d{1,2}-\\d{1,2}(?:-\\d{2,4})?\\b",
  "gi"
);
// "van" alone is no range ("de afspraak van donderdag"); "van 8.00 tot 17.00" is one by what follows.
const RANGE_BEFORE =
  /(?:\bt\/m|\btot(?: en met)?|\btussen|-|–|\btussen\s+(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*uur)?\s+en)\s*$/i;
const RANGE_AFTER = /^\s*(?:t\/m|tot(?: en met)?|-|–|en\s+(?:[01]?\d|2[0-3])[.:]\d{2})/i;
const OPENING =
  /\b(?:open|geopend|openingstijden|opening hours|bereikbaar|gesloten|dicht|spreekuren|werkdagen|telefonisch spreekuur)\b/i;

/** A moment (not a range) in this piece of text. */
function hasMoment(text: string): boolean {
  WHEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WHEN.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) continue;
    return true;
  }
  return false;
}

const APPOINTMENT =
  /\b(?:afspra(?:ak|ken)|afspraakherinnering|afspraakbevestiging|herinnering|intake(?:gesprek)?|kennismakingsgesprek|vervolgafspraak|consult|visite|huisbezoek|controleafspraak|appointment|appointments|consultation|home visit|home visits|visites|visiteroute|visiteronde|huisbezoeken|check-up|behandelafspraak|behandeling|gesprek|vervolggesprek|sessie|session|gehoortest|oogtest|hielprik|screening|bevolkingsonderzoek|uitstrijkje|ogtt|gehooronderzoek|oogonderzoek)\b/gi;
const RESCHEDULE =
  /\b(?:verzet|verzetten|verplaatst|verplaatsen|verschoven|verschuiven|omboeken|omgeboekt|omzetten|gemiste afspraak|niet verschenen|niet afgemeld|no-show|rescheduled|missed (?:your )?appointment|afgezegd|geannuleerd)\b/i;

const REGISTRATION =
  /\b(?:inschrijven|inschrijving|inschrijfformulier|aanmelden als (?:nieuwe )?pati[eë]nt|registreren|register|registration)\b/i;
const CONCRETE_APPOINTMENT =
  /\b(?:uw|je|jouw|your)\s+(?:\S+\s+)?(?:afspraak|appointment|consult|intake(?:gesprek)?|kennismakingsgesprek)\b|\b(?:staat|is)\s+(?:\S+\s+)?(?:ingepland|gepland)\b|\bingepland\b|\bscheduled\b/i;

const CARE_TERMS =
  /\b(?:pati[eë]nt(?:en)?|patients?|cli[eë]nt(?:en)?|openingstijden|opening hours|geopend|gesloten|sluiting|zomersluiting|vakantiesluiting|spreekuur|griepprik|griepprikken|vaccinatie|nieuwsbrief|newsletter|spoed|spoedlijn|spoedgevallen|huisartsenpost|dienstapotheek|waarneming|waarnemer|herhaalrecept(?:en)?|wachtlijst|pati[eë]ntenstop|inschrijven|inschrijving|registreren|register|registration|parkeren|parkeerplaats|route|routebeschrijving|bereikbaar|bereiken|telefoonnummer|verhuizing|verhuist|verhuizen|locatie|nieuw adres|nieuwe adres|new patients|legitimatiebewijs|zorgverzekeraar|workshop|informatieavond|voorlichtingsavond|voorlichting|gastles|gastlessen|lezing|webinar|campagne|vaccinatiecampagne|flyer|folder|toestemmingsformulier(?:en)?|verwijsformulier|aanvraagformulier|aanmeldformulier|werkwijze|werkafspraken|samenwerkingsafspraken|protocol|zorgpad|ketenpartners|zorgpartners|afwezig|solliciteren|vacature|tarie(?:f|ven)|nieuwe (?:huisarts|collega|praktijkondersteuner|assistente?|fysiotherapeut)|team (?:komt )?versterken|agb-code|voorschrijver|handtekening)\b/gi;
const BUSINESS_TERMS =
  /\b(?:factu(?:ur|ren|urnummer|uradres)|facturen|invoice|invoices|bestelling|bestellen|besteld|bestelnummer|order|ordernummer|levering|leveren|geleverd|leverancier|afleveradres|offerte|quotation|quote|klantnummer|pakbon|retour|retourlabel|ticket|ticketnummer|servicedesk|helpdesk|storing|printer|monteur|serienummer|servicecontract|contract|contractnummer|arbeidsovereenkomst|vacature|vacaturetekst|salaris|salarisadministratie|salarisbureau|loon|loonadministratie|loonheffing(?:skorting)?|personeelsnummer|rooster|werkrooster|btw|vat|boekhouding|accountant|kwartaal|lease|leasecontract|bankafschriften|kvk|inkoopfacturen|verkoopfacturen|schoonmaak|schoonmaakbedrijf|warranty|delivery|installation|software|licentie|account|inloggen|authenticator|autoclaaf|apparaat|device|brochure|crediteren|debiteuren|klantenservice|garantie|onderhoud|monteur|budget|begroting praktijk|bezetting|avonddienst|diensten|ruilen|verlofaanvraag|vakantiedagen|personeel|personeelszaken|sollicitatie|sollicitant|teamoverleg|teamuitje|borrel|payroll|salary|reclamebord|reclame-uiting|gevel|gevelbord|welstand|welstandscommissie|omgevingsvergunning|bouwvergunning|bestemmingsplan|uithangbord|naambord)\b/gi;

/**
 * Practice information about care services ("een verwijzing is niet nodig", "de wachttijd is 6
 * weken", "wordt vergoed"): the referral, intake or therapy named there is a service, not someone's
 * treatment.
 */
const SERVICE_SENTENCE =
  /\b(?:niet nodig|geen verwijzing|zonder verwijzing|vergoed(?:t|ing)?|wachtlijst|wachttijd|wachttijden|aanmeld(?:en|ing)|meld(?:t|en) (?:u|je|zich) aan|wij behandelen|we behandelen|wij bieden|we bieden|ons aanbod|zorgverzekeraar|basisverzekering|aanvullende verzekering|no referral|waiting (?:list|time)|covered by|we treat|we offer|(?:do not|don't|no) need|not needed|tarie(?:f|ven)|per behandeling|eigen risico|ligg?(?:t|en) (?:\S+\s+){0,6}klaar|klaarliggen|afhaalkluis|afhaalpunt|ophaalcode|afhaalcode|(?:op|af)halen|bezorg(?:en|d|ing)|online aanvragen|online bestellen|kunt u (?:\S+\s+){0,3}(?:aanvragen|bestellen)|(?:pati[eë]nten)?portaal|log (?:in|dan in)|inloggen|digid|via (?:de|onze) (?:website|app)|how to (?:order|request)|can (?:be )?(?:order|request)(?:ed)?|(?:patient )?portal)\b/i;
const SERVICE_WORD =
  /^(?:verwij|doorverwij|intake|behandel|therap|logoped|podotherap|ergotherap|fysiotherap|oefentherap|dieet|voedings|sessie|consult|revalidatie|referral|therapy|treatment)|therapie$|^(?:herhaalrecept|recept|medicatie|medicijn|prescription|repeat)/;
/**
 * Sentences about a topic or a mail rule, not a person: an information evening, guest lesson or
 * campaign ("gastles over SOA en anticonceptie"), or "stuur geen medische gegevens per mail".
 */
const TOPIC_SENTENCE =
  /\b(?:informatieavond|voorlichtingsavond|voorlichting|gastles(?:sen)?|lezing|webinar|thema-?avond|campagne|vaccinatiecampagne|flyer|onderwerpen|stuur\s+(?:ons\s+)?geen|nooit\s+\S+\s+per|niet\s+per\s+(?:e-?)?mail|geen\s+(?:\S+\s+){0,3}per\s+(?:e-?)?mail|automatisch antwoord|out of office)\b/i;
/**
 * A whole mail that informs about a topic (information evening, guest lesson, campaign, flyer) and
 * says nothing about someone's own health: its medical words are the topic.
 */
const TOPIC_MAIL =
  /\b(?:informatieavond|voorlichtingsavond|voorlichting|gastles(?:sen)?|lezing|webinar|thema-?avond|campagne|vaccinatiecampagne)\b/i;
/** "Oefeningen uit de folder": a flyer or folder makes the mail a topic only when it is the subject. */
const TOPIC_SUBJECT = /\b(?:flyer|folder|poster)s?\b/i;
const OWN_HEALTH =
  /\b(?:uw|je|jouw|zijn|haar|your)\s+(?:\S+\s+)?(?:uitslag(?:en)?|diagnose|behandeling|medicatie|klachten|dossier|onderzoek|test|zwangerschap|verwijzing|results?|treatment)\b/i;
/** Screening tests: an appointment for one says nothing about a condition, so together they weigh at most 1. */
const SCREENING =
  /^(?:gehoortest(?:en)?|oogtest(?:en)?|hielprik|screenings?|screeningen|ogtt|bevolkingsonderzoek(?:en)?|uitstrijkjes?|gehooronderzoek|oogonderzoek|ogenonderzoek)$/i;
/**
 * Staff training and professional registration ("nascholing diabeteszorg", "certificaat ... PE-punten
 * in je BIG-registratie"): the medical words name the course topic, not anyone's health.
 */
const STAFF_TRAINING =
  /\b(?:nascholing(?:en)?|bijscholing|scholingsavond|accreditatie(?:punten)?|geaccrediteerd|pe-punten|accreditation|cpd|cme-punten|big-regist(?:ratie|er)|herregistratie|kwaliteitsregister|(?:cursus|deelname)certificaat|(?:certificaat|certificate) (?:van|voor|of|for) (?:de |het |the |a |this )?(?:cursus|training|course|nascholing|module|scholing))\b/gi;
/** A cancellation of someone's visit without the word "afspraak" ("Afzegging: X kan morgen niet komen"). */
/** What a visit can be moved to: a day, a date or a time. */
const MOMENT_AFTER_NAAR =
  "(?:ma|di|wo|do|vr|za|zo)\\w*dag|morgen|overmorgen|volgende week|\\d{1,2}[.:]\\d{2}|\\d{1,2}[-/ ](?:\\d{1,2}|[a-z]+)";
const CANCELLATION = new RegExp(
  "\\b(?:afzegging|afgezegd|afgemeld|kan (?:\\S+\\s+){0,2}niet komen|komt (?:\\S+\\s+){0,2}niet|" +
    // moved to another moment, not to another place ("de balie is verplaatst naar de zij-ingang")
    "(?:verzet(?:ten)?|verplaats(?:t|en)|verschoven) (?:\\S+\\s+){0,2}naar (?:" +
    MOMENT_AFTER_NAAR +
    ")|cancel(?:l?ed)?|can(?:not|'t) (?:\\S+\\s+)?come)\\b",
  "i"
);
/**
 * A pharmacy's pickup or delivery notice to one person ("uw bestelling ligt vanaf 14.00 uur klaar
 * in de afhaalkluis", "uw herhaalrecept kunt u vanaf morgen ophalen"): that person's care logistics.
 * Concrete forms only: "kunnen ophalen" in general information is not one person's pickup.
 */
const PICKUP =
  /\b(?:ligg?(?:t|en) (?:\S+\s+){0,6}klaar|klaarliggen|afhaalkluis|afhaalpunt|ophaalcode|afhaalcode|vanaf (?:\S+\s+){0,4}(?:op|af)halen|(?:komen|wordt|worden) (?:\S+\s+){0,3}bezorgd)\b/i;
/** The addressee's own items ("uw bestelling", "je medicijnen"), not "een herhaalrecept" in general. */
const OWN_ITEMS =
  /\b(?:uw|je|jouw|your)\s+(?:\S+\s+)?(?:bestelling|medicijn(?:en)?|medicatie|herhaalrecept(?:en)?|recept(?:en)?|geneesmiddel(?:en)?|pakket|hulpmiddel(?:en)?|order|medication|prescription)\b/i;
const PHARMACY =
  /\b(?:apothe(?:ek|ker)|medicijn(?:en)?|medicatie|geneesmiddel(?:en)?|herhaalrecept(?:en)?|recept(?:en)?|hulpmiddel(?:en)?|pharmacy|prescription)\b/i;
/** Identifiers (BSN, birth date) are patient data only in a patient or care context, not HR or business. */
const PATIENT_CONTEXT =
  /\b(?:pati[eë]nt(?:e|en)?|patient|cli[eë]nt(?:e|en)?|client|dossier|verwijz\w*|zorgverzekeraar|verzekerde|behandel\w*|consult|afspraak|medisch\w*|medical|huisarts|zorg)\b/i;
/** HR and partnership matters of the practice's own people. */
const HR_TERMS =
  /\b(?:maatschap|maatschapsakte|nieuwe maat|vennoot|toetreding|verjaardag(?:en|slijst)?|jarig|personeelsdossier|parkeervergunning(?:en)?|vergunning(?:en)?)\b/gi;
/** A published vacancy is practice information; HR work on it (contract, salary) stays business. */
const VACANCY_AD = /\bsollicit|\bcv\b(?!-)|\bmotivatie(?:brief)?\b|\bvacature\b/gi;
/** Diagnoses as target groups ("voor patiënten met hersenletsel of CVA"): categories of people, not one person. */
const TARGET_GROUP =
  /\b(?:pati[eë]nten|mensen|kinderen|volwassenen|ouderen|jongeren|cli[eë]nten|vrouwen|mannen|gezinnen|patients|people|children|adults|families)\s+(?:met|with)\b|\bdoelgroep|\bbij (?:klachten|problemen) (?:als|zoals)\b|\bin (?:groep|klas) \d|\bin (?:de|uw|jullie|your) (?:klas|groep|class)\b|\bop (?:de )?school\b|\bat school\b/i;

// Global forms for marking every sentence, built once.
const TARGET_GROUP_ALL = new RegExp(TARGET_GROUP.source, "gi");
const SERVICE_SENTENCE_ALL = new RegExp(SERVICE_SENTENCE.source, "gi");
const TOPIC_SENTENCE_ALL = new RegExp(TOPIC_SENTENCE.source, "gi");

/** Offsets of sentence ends (full stop, question or exclamation mark, line end) in a text. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  // A character loop: a regex exec per end was a measurable part of a 1 MB body.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) ends.push(i);
  }
  return ends;
}

/** The index of the first sentence end at or after `at` (binary search). */
function firstEndFrom(ends: number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Which medical findings name a service or a target group, not a person's health. Sentences with a
 * service or target-group phrase are marked in two scans per text, then one binary search per finding.
 */
function serviceMentions(findings: Finding[], texts: CategoryText[]): Set<Finding> {
  const out = new Set<Finding>();
  const originals = new Map<string, string>();
  for (const t of texts) originals.set(t.where, t.original);
  // Per text: its sentence ends, and which sentences (by index) hold a target group or service phrase.
  const perText = new Map<
    string,
    { ends: number[]; group: Set<number>; service: Set<number>; topic: Set<number> }
  >();
  const mark = (g: RegExp, text: string, ends: number[]): Set<number> => {
    const out = new Set<number>();
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(text))) out.add(firstEndFrom(ends, m.index));
    return out;
  };
  for (const f of findings) {
    const original = f.type === "medical" ? originals.get(f.where) : undefined;
    if (original === undefined) continue;
    let t = perText.get(f.where);
    if (!t) {
      const ends = sentenceEnds(original);
      t = {
        ends,
        group: mark(TARGET_GROUP_ALL, original, ends),
        service: mark(SERVICE_SENTENCE_ALL, original, ends),
        topic: mark(TOPIC_SENTENCE_ALL, original, ends),
      };
      perText.set(f.where, t);
    }
    const k = firstEndFrom(t.ends, f.start);
    if (
      t.group.has(k) ||
      t.topic.has(k) ||
      (t.service.has(k) && SERVICE_WORD.test(f.text.toLowerCase()))
    )
      out.add(f);
  }
  // The subject repeats the body's topic ("Hoofdluis" above "hoofdluis in groep 5"): same reading.
  const marked = new Set<string>();
  out.forEach((f) => marked.add(f.text.toLowerCase()));
  for (const f of findings)
    if (f.type === "medical" && f.where === "subject" && marked.has(f.text.toLowerCase()))
      out.add(f);
  return out;
}

/** A session these recipients take part in ("de groepstraining van dinsdag om 19.00 uur in zaal 2"). */
const GROUP_SESSION =
  /\b(?:groepstraining|groepsbehandeling|groepssessie|groepsbijeenkomst|groepsles|beweeggroep|training|trainingen|bijeenkomst|sessie|cursus(?:avond)?|les|group session|session|class)\b/gi;
const OWN_SESSION =
  /\b(?:uw|je|jouw|jullie|your)\s+(?:volgende\s+|eerste\s+|laatste\s+)?(?:groep|groepstraining|training|sessie|bijeenkomst|cursus|les|session|class)\b/i;

/** A session of this group with a moment near it (not opening hours). */
function hasGroupSession(text: string, participants: boolean): boolean {
  if (!participants && !OWN_SESSION.test(text)) return false;
  GROUP_SESSION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GROUP_SESSION.exec(text))) {
    const around = text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120);
    if (!OPENING.test(around) && hasMoment(around)) return true;
  }
  return false;
}

function countDistinct(re: RegExp, text: string): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) seen.add(m[0].toLowerCase());
  return seen.size;
}

/** An appointment word with a moment in the same sentence or the next (not opening hours). */
function hasAppointment(text: string): boolean {
  if (RESCHEDULE.test(text) && /\bafspra(?:ak|ken)|appointment/i.test(text)) return true;
  APPOINTMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = APPOINTMENT.exec(text))) {
    const from = Math.max(0, m.index - 120);
    const to = Math.min(text.length, m.index + m[0].length + 120);
    const around = text.slice(from, to);
    // "zonder afspraak", "een afspraak maken", "you can book an intake": no particular appointment.
    const near = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12).toLowerCase();
    if (
      /zonder\s+\S*$|niet nodig|maken|inplannen|aanvragen|\bbook|\bschedule|\bmake an/.test(
        near.replace(/\s+/g, " ")
      ) &&
      !/uw|je|your/.test(near)
    )
      continue;
    if (OPENING.test(around)) continue;
    if (hasMoment(around)) return true;
  }
  return false;
}

export function categorize(input: CategoryInput): CategoryResult {
  // Per text: signature ranges (in original offsets, lines are kept by normalisation) and the
  // text without signatures for the word signals.
  const signatures = new Map<string, Range[]>();
  const plain: string[] = [];
  for (const t of input.texts) {
    const sigOriginal = t.where === "body" ? mergeRanges(signatureRanges(t.original)) : [];
    signatures.set(t.where, sigOriginal);
    const sigNorm = t.where === "body" ? signatureRanges(t.text) : [];
    plain.push(stripRanges(t.text, sigNorm));
  }
  const content = plain.join("\n\n");
  const bodyAndSubject = input.texts
    .map((t, i) => (t.where === "body" || t.where === "subject" ? plain[i] : ""))
    .join("\n\n");

  // Medical score: distinct words, provider words weigh nothing, vaccination words at most 1.
  const best = new Map<string, number>();
  let vaccine = 0;
  let screening = 0;
  let strongMedical = false;
  let sensitiveContext = false;
  const services = serviceMentions(input.findings, input.texts);
  const subject = input.texts
    .filter((t) => t.where === "subject")
    .map((t) => t.text)
    .join(" ");
  const trainingWords = countDistinct(STAFF_TRAINING, bodyAndSubject);
  const topicMail =
    (TOPIC_MAIL.test(bodyAndSubject) || TOPIC_SUBJECT.test(subject) || trainingWords > 0) &&
    !OWN_HEALTH.test(bodyAndSubject);
  for (const f of input.findings) {
    if (f.type !== "medical") continue;
    if (f.tags && f.tags.indexOf("sensitive-context") >= 0) sensitiveContext = true;
    if (inRanges(signatures.get(f.where) ?? [], f.start)) continue;
    if (services.has(f) || topicMail) continue;
    const w = medicalWeight(f);
    if (!w) continue;
    if (f.tags && f.tags.indexOf("vaccine") >= 0) {
      vaccine += w;
      continue;
    }
    if (SCREENING.test(f.text)) {
      screening = Math.max(screening, w);
      continue;
    }
    if (w >= 2) strongMedical = true;
    const key = f.text.toLowerCase();
    best.set(key, Math.max(best.get(key) ?? 0, w));
  }
  let medicalScore = Math.min(vaccine, 1) + Math.min(screening, 1);
  best.forEach((w) => (medicalScore += w));

  // Who is it about / addressed to.
  let namedAddressee = false;
  let groupAddressee = false;
  let participants = false;
  SALUTATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SALUTATION.exec(content))) {
    const who = m[1].trim();
    // "Beste ouders van Sem": the parents of one child.
    if (/^(?:ouders|ouders\/verzorgers|verzorgers|familie|parents)\s+(?:van|of)\s+[A-Z]/.test(who))
      namedAddressee = true;
    else if (GROUP_ADDRESSEE.test(who)) {
      groupAddressee = true;
      if (/^(?:alle\s+)?(?:deelnemers?|participants)\b/i.test(who)) participants = true;
    } else if (NEUTRAL_ADDRESSEE.test(who)) continue;
    else if (
      /^(?:collega|dr\.?|dokter|doctor)\b/i.test(who) &&
      !/^(?:collega|dr\.?|dokter|doctor)\s+[A-Z]/.test(who)
    )
      continue;
    else if (/^[A-Z\u00c0-\u00de]|^(?:mevrouw|meneer|heer|mw|dhr|mr|mrs|ms)\b/i.test(who))
      namedAddressee = true;
  }
  TITLE_NAME.lastIndex = 0;
  const titled = TITLE_NAME.test(content);
  const identifying = input.findings.some(
    (f) =>
      (f.type === "name" ||
        f.type === "birthdate" ||
        f.type === "bsn" ||
        f.type === "patient-id") &&
      !inRanges(signatures.get(f.where) ?? [], f.start)
  );
  const visible = input.to.concat(input.cc);
  const privateVisible = visible.filter(
    (a) => PRIVATE_MAIL_DOMAINS.indexOf(domainOf(a.address)) >= 0
  ).length;
  const ownDomain = domainOf(input.from.address);
  const bccOnly = input.bcc.length > 0 && visible.every((a) => domainOf(a.address) === ownDomain);
  const everyone = visible.concat(input.bcc);
  const internalOnly =
    everyone.length > 0 && everyone.every((a) => domainOf(a.address) === ownDomain);
  const newsletter = NEWSLETTER.test(content);
  // "Hoi allemaal" to the practice's own team is staff mail, not a mail to a group of patients.
  const broadcast =
    (groupAddressee && !internalOnly) || newsletter || bccOnly || privateVisible > 1;
  // A group named by its diagnosis ("beweeggroep COPD") or visible to each other shares health facts.
  const groupMedical =
    broadcast &&
    !newsletter &&
    !topicMail &&
    input.findings.some(
      (f) =>
        f.type === "medical" &&
        medicalWeight(f) >= 2 &&
        (f.where === "subject" ||
          (privateVisible > 1 && !inRanges(signatures.get(f.where) ?? [], f.start)))
    );
  const aboutPerson =
    identifying ||
    titled ||
    FAMILY.test(content) ||
    (namedAddressee && !groupAddressee) ||
    PATIENT_SINGULAR.test(bodyAndSubject);

  // How to register (inschrijven) at the practice is general information, even where it mentions
  // making an appointment, unless an appointment of this person is fixed ("uw afspraak", "ingepland").
  // Counted once: both the cancellation test and the business score need it.
  let businessTerms: number | undefined;
  const businessTermCount = (): number =>
    businessTerms === undefined
      ? (businessTerms = countDistinct(BUSINESS_TERMS, content))
      : businessTerms;
  const registration =
    REGISTRATION.test(bodyAndSubject) && !CONCRETE_APPOINTMENT.test(bodyAndSubject);
  const appointment =
    !registration &&
    (hasAppointment(bodyAndSubject) ||
      (CANCELLATION.test(bodyAndSubject) &&
        hasMoment(bodyAndSubject) &&
        businessTermCount() === 0));
  const allText = input.texts.map((t) => t.text).join("\n\n");
  // When or where to collect it: a pickup time, the locker, a code or the pharmacy's address.
  const pickup =
    PICKUP.test(bodyAndSubject) &&
    OWN_ITEMS.test(bodyAndSubject) &&
    PHARMACY.test(allText) &&
    (hasMoment(bodyAndSubject) ||
      /\b(?:afhaalkluis|afhaalpunt|ophaalcode|afhaalcode|bij (?:de |onze |uw )?apotheek)\b/i.test(
        bodyAndSubject
      ));
  // Several patients' shared session (day, time, room, care provider): their care logistics.
  const groupSession =
    broadcast && !newsletter && !internalOnly && hasGroupSession(bodyAndSubject, participants);
  // A BSN, patient number or birth date of someone outside the signature: data about one patient.
  const patientData =
    (medicalScore > 0 || PATIENT_CONTEXT.test(bodyAndSubject)) &&
    input.findings.some(
      (f) =>
        (f.type === "bsn" || f.type === "patient-id" || f.type === "birthdate") &&
        !inRanges(signatures.get(f.where) ?? [], f.start)
    );
  let careScore = countDistinct(CARE_TERMS, content);
  if (privateVisible === 1 && visible.length === 1) careScore += 2;
  // Health words read as a service or a group's topic ("hoofdluis in groep 5"): care information.
  if (services.size > 0 && !topicMail) careScore += 1;
  // Course, accreditation and HR words are business of the practice (training, staff, facilities).
  let businessScore =
    businessTermCount() +
    countDistinct(HR_TERMS, content) +
    (trainingWords > 0 ? Math.max(2, trainingWords) : 0);
  // "Solliciteren kan tot ...": a vacancy advertised, not HR work on it.
  if (/\bsollicit|\bcv\b(?!-)|\bmotivatiebrief\b/i.test(content) && /\bvacature\b/i.test(content)) {
    businessScore = Math.max(0, businessScore - countDistinct(VACANCY_AD, content));
    careScore += 1;
  }

  const signals: CategorySignals = {
    medicalScore,
    strongMedical,
    aboutPerson,
    broadcast,
    newsletter,
    appointment,
    careScore,
    businessScore,
    sensitiveContext,
  };

  let category: Category;
  const business = businessScore >= 2 && businessScore > careScore;
  if (
    medicalScore >= 2 &&
    strongMedical &&
    ((aboutPerson && !broadcast) || groupMedical) &&
    !(business && medicalScore < 4)
  )
    category = "medical";
  else if (medicalScore >= 2 && aboutPerson && !broadcast && !business) category = "medical";
  else if (appointment && aboutPerson && !broadcast && businessScore < 3) category = "logistic";
  else if (groupSession && businessScore < 3) category = "logistic";
  else if (pickup && aboutPerson && !broadcast && businessScore < 3) category = "logistic";
  // "Hierbij de gegevens van de patiënt, BSN ...": one identified patient's data is not practice news
  else if (patientData && !broadcast && !business) category = "medical";
  else if (business || (businessScore > 0 && careScore === 0)) category = "none";
  else if (careScore > 0 || (broadcast && !internalOnly)) category = "general";
  else category = "none";
  return { category, signals };
}
