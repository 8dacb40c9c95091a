import type { Address } from "./draft";
import type { Category, Finding, Where } from "./types";
import { buildMailText, type MailText } from "./mailtext";
import { extractFeatures, type Features } from "./features";
import { WEIGHTS, type Weights } from "./features/weights";

/**
 * The message category (handbook 002, Toolkit "Moet ik veilige e-mail gebruiken?"):
 * - medical: health content about an identifiable person, or a group addressed by its diagnosis;
 * - logistic: one person's (or one group's) appointment, session or pickup, without medical content;
 * - general: practice information for patients or colleagues;
 * - none: business mail (suppliers, IT, HR, invoices, facilities).
 * Features (features/) say what the mail holds; the weights (features/weights.ts) and the ordered
 * ladder below turn them into a category and the branch that decided it (`because`).
 */

export interface CategorySignals {
  /** sum of the distinct medical words' weights outside signatures */
  medicalScore: number;
  /** a diagnosis, medicine or result, not only generic words */
  strongMedical: boolean;
  /** an identifiable person: name/birthdate/BSN/patient-id finding, a statement about the addressee */
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

/** The rung of the ladder that decided the category. */
export const BECAUSE = [
  "medical-about-person",
  "medical-group-diagnosis",
  "medical-words-about-person",
  "logistic-appointment",
  "logistic-group-session",
  "logistic-pickup",
  "logistic-patient-id",
  "logistic-person-visit",
  "logistic-schedule-table",
  "medical-addressee-care",
  "medical-foreign-care",
  "medical-shared-with-consent",
  "medical-addressee-body",
  "medical-person-body",
  "medical-named-care",
  "medical-person-report",
  "medical-progress-remark",
  "medical-encrypted-readable",
  "medical-quoted-complaint",
  "medical-patient-data",
  "general-encrypted-cover",
  "none-business",
  "general-care-information",
  "none-nothing",
] as const;
export type Because = (typeof BECAUSE)[number];

export interface CategoryResult {
  category: Category;
  because: Because;
  signals: CategorySignals;
}

/** The signals and the category from the features, with the given weights. */
export function judge(x: Features, w: Weights = WEIGHTS): CategoryResult {
  // Medical score: distinct words at their highest weight; vaccination and screening words capped.
  const best = new Map<string, number>();
  let vaccine = 0;
  let screening = 0;
  let activity = 0;
  let strongMedical = false;
  // some word about a body, complaint, result or treatment, not only how care is delivered
  let aboutCare = false;
  for (const m of x.medicalWords) {
    if (m.kind !== "process") aboutCare = true;
    if (m.kind === "vaccine") vaccine += m.weight;
    else if (m.kind === "screening") screening = Math.max(screening, m.weight);
    else if (m.kind === "activity") activity = Math.max(activity, m.weight);
    else {
      if (m.weight >= w.strongWord) strongMedical = true;
      best.set(m.key, Math.max(best.get(m.key) ?? 0, m.weight));
    }
  }
  let medicalScore =
    Math.min(vaccine, w.vaccineCap) +
    Math.min(screening, w.screeningCap) +
    Math.min(activity, w.activityCap);
  best.forEach((v) => (medicalScore += v));

  // "Hoi allemaal" to the practice's own team is staff mail, not a mail to a group of patients; "Hallo
  // collega's" to one other practice's mailbox greets its team, not a group of patients.
  // (a patient in Bcc of "Hallo allemaal" is among those greeted: an announcement, not staff mail)
  const teamOfOne = x.visible === 1 && !x.bccOnly && x.privateVisible === 0 && !x.oneToOnePrivate;
  // "Hoi allen" to the practice's own mailbox with one patient alone in Bcc ("Ik heb meneer zelf in de Bcc
  // gezet"): the team is greeted, the patient reads along with his own case
  const soleBccPatient = x.oneToOnePrivate && x.privateVisible === 0 && x.visible > 0;
  const broadcast =
    (x.groupAddressee && !x.internalOnly && !teamOfOne && !soleBccPatient) ||
    x.newsletter ||
    x.bccOnly ||
    // two private people may be a daughter and her father (visible-group-recipients waits for three too)
    x.privateVisible >= w.privateGroupMin ||
    (x.privateVisible > 1 && x.groupAddressee);
  // A group named by its diagnosis ("beweeggroep COPD") or visible to each other shares health facts.
  // (an invitation to join such a group tells no reader's diagnosis: "Wilt u stoppen met roken? …
  // Aanmelden kan tot 1 maart")
  const groupMedical =
    broadcast &&
    !x.newsletter &&
    !x.topicMail &&
    !(x.invitation && x.privateVisible === 0) &&
    x.groupMedicalWeight >= w.strongWord;
  // Who the mail is about follows from its sentences, not from its greeting.
  // The addressee-based signals ("uw", one private recipient) count only where the
  // care text speaks of a concrete event of this person; generic care text is about how care works.
  // One private person among the recipients, with an appointment: "uw afspraak" is theirs, whoever is
  // in Cc (a hospital's planning desk).
  // One private person visible beside others (a partner, a relative at work): their appointment or
  // their own body or result ("De uitslag van de echo is goed") is theirs.
  // Two private people visible to each other without a group greeting are one household (a couple, a
  // parent and child): written to as one addressee.
  const household =
    x.privateVisible > 1 && x.privateVisible < w.privateGroupMin && !x.groupAddressee;
  const addressee =
    !x.genericCare &&
    (x.statementAboutPerson ||
      x.oneToOnePrivate ||
      household ||
      (x.privateVisible === 1 && (x.appointment || x.addresseeBody)));
  const aboutPerson = x.identifying || x.family || x.onePatient || addressee;
  // a campaign's or information evening's moment is for everyone, not this person's appointment
  // a job interview is no care appointment
  const appointment =
    !x.registration && !x.topicMail && !x.application && (x.appointment || x.cancellation);
  const groupSession = broadcast && !x.newsletter && !x.internalOnly && x.groupSessionText;
  // a topic mail's identifiers belong to no one (a software ticket's test record)
  const patientData = (medicalScore > 0 || x.patientContext) && x.patientIds && !x.topicMail;

  let careScore = x.careTerms;
  // a job candidate is written to about work, not care
  if (x.privateVisible === 1 && x.visible === 1 && !x.application)
    careScore += w.carePrivateOneToOne;
  if (x.serviceMention && !x.topicMail) careScore += w.careServiceMention;
  let businessScore =
    x.businessTerms +
    x.hrTerms +
    (x.trainingWords > 0 ? Math.max(w.trainingMin, x.trainingWords) : 0);

  const signals: CategorySignals = {
    medicalScore,
    strongMedical,
    aboutPerson,
    broadcast,
    newsletter: x.newsletter,
    appointment,
    careScore,
    businessScore,
    sensitiveContext: x.sensitiveContext,
  };

  // to a supplier's or school's service mailbox a tie between business and care words is business
  const business =
    businessScore >= w.businessMin &&
    (businessScore > careScore || (x.supplierOnly && businessScore === careScore));
  const logisticOk = businessScore < w.businessLogisticMax;
  // a job applicant is told what every employee needs ("je hepatitis B-vaccinatiebewijs, verplicht voor
  // iedereen die aan de stoel werkt"), not of their own health, unless their body is named
  const applicant = x.application && !x.addresseeBody && !x.personBody;
  const one = aboutPerson && !broadcast && !applicant;
  const rung = ((): [Category, Because] => {
    if (
      medicalScore >= w.medicalMin &&
      strongMedical &&
      (one || groupMedical) &&
      // an order for a named client ("voor mevrouw A. Groenewegen … de grotere incontinentiebroekjes")
      // is that client's health, however much of the mail is business
      !(business && medicalScore < w.businessMedicalOverride && !x.namedCare)
    )
      return one ? ["medical", "medical-about-person"] : ["medical", "medical-group-diagnosis"];
    if (medicalScore >= w.medicalMin && one && !business && aboutCare)
      return ["medical", "medical-words-about-person"];
    // Written to one person in their own language (Polish, Turkish, Arabic …) about a result, medicine
    // or tooth: the readers of general text do not read that language, so a care word there is theirs.
    if (x.foreignCare && one && !business) return ["medical", "medical-foreign-care"];
    // A named person's knee or back ("Tim kan niet gymmen vanwege zijn knie"): their health, in any words.
    // (the body's owner is the person: a name or a relative in the phrase)
    // (also in business mail, where a named person's own body is told beside their care: "voor meneer
    // Visser: zijn wond aan het onderbeen lekt", in an order to the supplier)
    if (x.personBody && !broadcast && (!business || x.namedCare))
      return ["medical", "medical-person-body"];
    // The addressee's own body or result beside their appointment ("Hoe gaat het met je rug? Bel
    // anders voor een afspraak"): the appointment is for that complaint.
    if (
      x.oneToOnePrivate &&
      x.addresseeBody &&
      !x.genericCare &&
      !business &&
      !broadcast &&
      appointment
    )
      return ["medical", "medical-addressee-body"];
    // A quoted or forwarded writer's own body ("een blaar op mijn voet"): their health, passed on,
    // also when the reply only gives them an appointment.
    if (x.quotedComplaint && !business && !broadcast)
      return ["medical", "medical-quoted-complaint"];
    // An encrypted file whose password is in the mail: its content counts (the corpus convention), also
    // beside an appointment, though it cannot be read here; in a mail about care a practice encrypts a
    // file because it holds health data (a salary slip or a lease rider is encrypted too, and says
    // nothing of care).
    if (
      x.encryptedReadable &&
      !business &&
      (careScore > 0 || medicalScore > 0 || x.patientContext || x.sensitiveContext)
    )
      return ["medical", "medical-encrypted-readable"];
    // A care provider to one private person, remarking on how they or their child did ("Goed dat hij
    // weer wat meer drinkt", "Knap dat je die week volgehouden hebt"): a report on their care in
    // everyday words, also beside the next appointment.
    if (x.progressRemark && x.oneToOnePrivate && !business && !broadcast && !x.internalOnly)
      return ["medical", "medical-progress-remark"];
    // several named people's appointments in one mail to all of them ("- meneer Haverkamp, 8.30 uur"):
    // each is identified with their own appointment, whoever else reads along
    const namedInGroup = broadcast && x.identifying && !x.newsletter && !x.bccOnly;
    if (appointment && (one || namedInGroup) && logisticOk)
      return ["logistic", "logistic-appointment"];
    // A table of the people cared for, each row with its moment ("Cliënt | Adres | Bezoek
    // verloskundige", to a maternity-care planning desk): their visits, told to whoever reads it.
    if (
      x.scheduleTable &&
      x.identifying &&
      !business &&
      !x.internalOnly &&
      !x.newsletter &&
      logisticOk
    )
      return ["logistic", "logistic-schedule-table"];
    // A named person comes to the sender, a care provider ("Daan was vanmiddag weer bij mij", to his
    // school): that they come for care, told to whoever reads it.
    if (x.personVisit && businessScore === 0 && !broadcast && !x.internalOnly)
      return ["logistic", "logistic-person-visit"];
    // A care provider passes on, with the person's or parents' consent, how an identified person is
    // doing ("Ellen heeft me gevraagd je kort te antwoorden. Ze zit op dit moment in een zware periode"):
    // that person's care, in whatever words.
    if (x.sharedWithConsent && x.identifying && !broadcast && !business && !x.internalOnly)
      return ["medical", "medical-shared-with-consent"];
    if (groupSession && logisticOk) return ["logistic", "logistic-group-session"];
    if (x.pickup && one && logisticOk) return ["logistic", "logistic-pickup"];
    // A named person's care in any words, one health word being enough ("Daan … durft in de therapie
    // weer zelf te beginnen"): that they receive care is their health. Inside the team a weak word
    // beside a colleague's name is their work ("tussen de behandelingen door").
    if (x.namedCare && one && !business && !x.internalOnly && medicalScore >= w.namedCareMin)
      return ["medical", "medical-named-care"];
    // a group told of one member's care ("Trees doet niet mee: zij is vorige week gevallen en heeft een
    // nieuwe heup gekregen"): that person's health, whoever else reads it
    if (
      broadcast &&
      !x.newsletter &&
      !x.internalOnly &&
      x.personEvent &&
      x.identifying &&
      !business &&
      medicalScore >= w.namedCareMin
    )
      return ["medical", "medical-named-care"];
    // a group mail that calls one reader by name about their own care ("Henk Dijk, jij mag je oefenband
    // meenemen na je hernia-operatie"): that reader's health, told to all
    if (
      broadcast &&
      !x.newsletter &&
      !x.internalOnly &&
      x.namedAddressedCare &&
      !business &&
      medicalScore >= w.namedCareMin
    )
      return ["medical", "medical-named-care"];
    // A care provider tells one private person (or a household) what happened to their relative or a
    // named child ("Uw vader heeft deze week weer goed gegeten", "Kleine Mees heeft vannacht goed
    // gedronken"): that person's care, in whatever words.
    if (
      x.personReport &&
      (x.oneToOnePrivate || household) &&
      // a roster's "scholing van Yvonne" on Friday is work
      businessScore === 0 &&
      !broadcast &&
      !x.internalOnly
    )
      return ["medical", "medical-person-report"];
    // A care provider one-to-one to a patient about the addressee's body or care ("je schouder", "uw
    // wond"): care, even where the vocabulary is unsure.
    // (an intern's or applicant's "die opdracht" is work; "je rugoperatie" is not)
    if (
      x.oneToOnePrivate &&
      x.addresseeCare &&
      !x.genericCare &&
      !business &&
      !broadcast &&
      !(applicant && medicalScore === 0)
    )
      return ["medical", "medical-addressee-care"];
    // "Hierbij de gegevens van de patiënt, BSN ...": one identified patient's data is not practice news
    // (in business mail too when the text reports on that person: a treatment note left below an order)
    if (
      patientData &&
      !broadcast &&
      (!business || ((x.personReport || x.namedCare) && medicalScore >= w.medicalMin))
    )
      return ["medical", "medical-patient-data"];
    // One identified person's BSN or patient number with no health content ("Uw BSN staat er ook bij",
    // "BSN … ingeschreven?"): care logistics about that person, not practice information.
    if (x.patientIds && one && !business && !broadcast && !x.topicMail)
      return ["logistic", "logistic-patient-id"];
    // The corpus convention: an encrypted file's cover note (how to open it, when to call) is
    // practice information.
    if (x.encryptedCover) return ["general", "general-encrypted-cover"];
    // a vacancy, an interview or a reference is about work, however many care words the job has
    // ("doktersassistente", "triage"): HR mail (a newsletter's vacancy is one item of practice news)
    if (
      business ||
      (x.application && !broadcast) ||
      (businessScore > 0 && careScore === 0 && medicalScore < w.medicalMin)
    )
      return ["none", "none-business"];
    // health words about no one (a leaflet text, a column for the local paper, a tooth-brushing lesson
    // arranged with a school) are care information
    if (careScore > 0 || medicalScore > 0 || x.careWordsAnywhere || (broadcast && !x.internalOnly))
      return ["general", "general-care-information"];
    return ["none", "none-nothing"];
  })();
  return { category: rung[0], because: rung[1], signals };
}

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

/** The category of a mail read into a MailText. */
export function categorizeMail(mail: MailText, findings: Finding[]): CategoryResult {
  return judge(extractFeatures(mail, findings));
}

/** The category from texts and findings (builds the MailText; `analyse` passes its own). */
export function categorize(input: CategoryInput): CategoryResult {
  return categorizeMail(buildMailText(input.texts, input), input.findings);
}
