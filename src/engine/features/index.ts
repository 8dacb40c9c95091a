import type { Finding, Where } from "../types";
import type { MailText } from "../mailtext";
import { sentenceIndex, sentenceText } from "../mailtext/sentences";
import { medicalWeight } from "../detect/medical";
import {
  CARE_ACTIVITIES,
  ENROLLED_IN,
  INVITATION_TO_JOIN,
  SCREENING,
  SENDER_CARE_ACTS,
  SHARED_WITH_CONSENT,
  INVENTED_CASES,
  VOLUNTEER_SIGNUP,
} from "../lexicon/category-words";
import { exactly, terms } from "../lexicon/terms";
import { audience, isNewsletter } from "./audience";
import {
  hasAppointment,
  hasOwnAppointment,
  hasAddresseeAppointment,
  hasThirdPersonAppointment,
  hasCancellation,
  hasMeeting,
  hasGroupSession,
  hasPickup,
  isRegistration,
  personTable,
  scheduleTable,
} from "./logistics";
import {
  addressees,
  colleaguesMeeting,
  identifyingFinding,
  onePatient,
  patientContext,
  patientIdentifiers,
  recipientName,
  staffNames,
} from "./person";
import { application, businessTerms, careTerms, hrTerms } from "./practice";
import { isTopicMail, serviceMentions, trainingWords } from "./topic";
import { inSalutation, isProcessWord, statements } from "./statements";
import { genericCare, ownMedical, ownText, quotedAuthorName } from "./generic";
import { readForeign } from "./language";
import { hasMoment } from "./moment";
import { progressRemark } from "./remark";
import { handedOnScope } from "./handed-on";
import { personalShorthand } from "./shorthand";
import { WEIGHTS } from "./weights";

/**
 * The features of one mail: what the text and the findings say, before any weight is applied
 * (features/weights.ts and the ladder in category.ts do that). Each is computed by one small named
 * function; this record is what the weight fit and the switch-off test work on.
 */
export interface Features {
  /** medical words outside signatures, services and topics: weight, and vaccine or screening kind */
  medicalWords: {
    key: string;
    weight: number;
    kind: "vaccine" | "screening" | "activity" | "process" | "other";
  }[];
  /** strongest medical word in the subject (or body, with several private recipients visible) */
  groupMedicalWeight: number;
  /** the readers are invited to join ("Aanmelden voor de groep kan tot 1 maart"), not told as members */
  invitation: boolean;
  /** GGZ, SOA, fertility, youth care, ... anywhere in the mail (signature included) */
  sensitiveContext: boolean;
  /** a medical word names a service or target group */
  serviceMention: boolean;
  /** the whole mail is about a topic (information evening, campaign, course) */
  topicMail: boolean;
  /** a person is identified: name, birth date, BSN or patient number finding */
  identifying: boolean;
  /** a family relation of one person, outside topic text */
  family: boolean;
  /** a sentence with care content tied to a referent (name, "uw uitslag", relative, quoted complaint) */
  statementAboutPerson: boolean;
  /**
   * the sender passes on, with consent, what concerns an identified person ("Ellen heeft me gevraagd je
   * kort te antwoorden"), outside topic mail
   */
  sharedWithConsent: boolean;
  /** the addressee's own body or care named outside topic text ("je schouder", "uw wond") */
  addresseeCare: boolean;
  /** ... and it is their body or a stated result ("je rug", "het bloed was prima") */
  addresseeBody: boolean;
  /** a named person's body ("Tim … vanwege zijn knie") or care aid ("de douchestoel voor je vader") */
  personBody: boolean;
  /**
   * a third person's care with an event or moment ("zij is vorige week gevallen en heeft een nieuwe heup
   * gekregen"), outside topic mail
   */
  personEvent: boolean;
  /**
   * the sender tells what happened to a named person or a relative ("Uw vader heeft deze week weer goed
   * gegeten"), outside topic mail: care news about them in any words
   */
  personReport: boolean;
  /** the writer remarks on how someone did ("Goed dat hij weer wat meer drinkt"), in their own text */
  progressRemark: boolean;
  /**
   * a care word outside signatures, topic and service text included ("een poetsles in groep 4", "een
   * reanimatiecursus voor de trainers"): the mail is about care, if about no one's
   */
  careWordsAnywhere: boolean;
  /** a named person visits the sender ("Luuk is gisteren bij mij geweest"), outside topic mail */
  personVisit: boolean;
  /** a table whose rows are people cared for, each with a moment ("Cliënt | Adres | Bezoek") */
  scheduleTable: boolean;
  /** a reader called by name and told of their own care ("Henk Dijk, jij mag na je hernia-operatie …") */
  namedAddressedCare: boolean;
  /**
   * care content in a sentence about a named person, outside topic mail: the name in it, or taken up
   * by "hij"/"ze" from the sentences before ("Daan … hij durft in de therapie weer te vertellen")
   */
  namedCare: boolean;
  /** a quoted or forwarded writer speaks of their own body ("een blaar op mijn voet") */
  quotedComplaint: boolean;
  /** no concrete event in time about this person: care text describes how care works (generic.ts) */
  genericCare: boolean;
  /**
   * the sender's own text is in neither Dutch nor English and names care in its language (a result,
   * medicine, pregnancy, tooth: lexicon/patient-languages.ts)
   */
  foreignCare: boolean;
  /** one recipient outside the practice, a private person */
  oneToOnePrivate: boolean;
  /** "de patiënt" */
  onePatient: boolean;
  /** a group is greeted */
  groupAddressee: boolean;
  privateVisible: number;
  visible: number;
  bccOnly: boolean;
  internalOnly: boolean;
  /** every visible recipient is a service mailbox outside care (a supplier's support, a school's stagebureau) */
  supplierOnly: boolean;
  newsletter: boolean;
  registration: boolean;
  /** a job application: its meeting is an interview, not a care appointment */
  application: boolean;
  appointment: boolean;
  /** a cancellation with a moment and no business words */
  cancellation: boolean;
  pickup: boolean;
  /** a session of the addressed group (participants greeted, or "jullie training") with a moment */
  groupSessionText: boolean;
  /** BSN, patient number or birth date outside the signature */
  patientIds: boolean;
  /** patient or care words (identifiers are patient data only there) */
  patientContext: boolean;
  careTerms: number;
  businessTerms: number;
  hrTerms: number;
  trainingWords: number;
  /** an encrypted attachment whose password is not in the mail: the readable text is a cover note */
  encryptedCover: boolean;
  /** an encrypted attachment whose password is in the mail: its content counts, unread */
  encryptedReadable: boolean;
}

const ABOUT_NO_ONE: Partial<Features> = {
  identifying: false,
  family: false,
  statementAboutPerson: false,
  addresseeCare: false,
  addresseeBody: false,
  personBody: false,
  personEvent: false,
  personReport: false,
  namedCare: false,
  namedAddressedCare: false,
  personVisit: false,
  scheduleTable: false,
};

const SCREENING_WORD = exactly(SCREENING);
const ACTIVITY_WORD = exactly(CARE_ACTIVITIES);
const SENDER_CARE_ACT = terms(SENDER_CARE_ACTS);
const SHARED = terms(SHARED_WITH_CONSENT);

const GROUP_WORD =
  /groep|groepen|training|cursus|deelnemers|leden|lotgenoten|patiënten|patienten|cliënten|clienten|ouders van/i;
const ENROLLED = terms(ENROLLED_IN);
const INVENTED = terms(INVENTED_CASES);
const VOLUNTEER = terms(VOLUNTEER_SIGNUP);
const INVITATION = terms(INVITATION_TO_JOIN);
/** The words around a finding in the subject name a group ("Beweeggroep COPD", "COPD-training"). */
function namesGroup(subject: string, f: Finding): boolean {
  return GROUP_WORD.test(subject.slice(Math.max(0, f.start - 25), f.end + 25));
}

/**
 * A name that is the greeted addressee's, wherever it stands ("Beste Yvonne," … "> Groet, Yvonne" under
 * the quoted question): the addressee, not someone the mail is about.
 */
function greetedName(f: Finding, mail: MailText): boolean {
  const greeted = mail.salutation?.names;
  if (f.type !== "name" || !greeted || !greeted.length) return false;
  const words = f.text
    .toLowerCase()
    .split(/[\s.,]+/)
    .filter((w) => w.length >= 2);
  return words.length > 0 && words.every((w) => greeted.indexOf(w) >= 0);
}

/**
 * One key per word whatever its number ("uitslag", "uitslagen"; "klacht", "klachten"): the medical score
 * counts distinct words, and a plural is the same word.
 */
export function wordKey(text: string): string {
  const lower = text.toLowerCase();
  const stem = lower.replace(/(?:en|s)$/, "");
  return stem.length >= 4 ? stem : lower;
}

export function extractFeatures(mail: MailText, findings: Finding[]): Features {
  const training = trainingWords(mail.bodyAndSubject);
  const services = serviceMentions(findings, mail);
  const aud = audience(mail);
  // Mail to no private person (an editor, another practice): "uw"-form text speaks to its readers.
  const toReaders =
    aud.privateVisible === 0 &&
    !aud.oneToOnePrivate &&
    !aud.bccOnly &&
    !aud.internalOnly &&
    aud.visible > 0;
  // names of the care staff ("huisarts Sjoerd de Vries") say nothing about a patient
  const staff = staffNames(findings, mail, toReaders);
  // names in teaching cases declared invented are placeholders, unless a real identifier comes with them
  const invented = INVENTED.test(ownText(mail)) && !patientIdentifiers(findings, mail);
  const people = findings.filter((f) => !staff.has(f) && !(invented && f.type === "name"));
  // a covering note that hands on a text ("Hier het stukje voor het clubblad"), to a patient or to readers
  const readersScope = toReaders ? handedOnScope(mail, people) : undefined;
  const said = statements(people, mail, readersScope !== undefined);
  // a mail about a topic (a talk, a campaign, a pupil's "spreekbeurt") says nothing about someone's own
  // health, unless it tells of a named person's care ("Over Daan: … hij durft in de therapie weer …")
  // (a quoted writer's own diagnosis too: "Ik heb suikerziekte en COPD" under a flu-shot day)
  const topicMail =
    isTopicMail(mail, training) &&
    // (a table of pupils or patients is about them: "Leerling | Groep | Geboortedatum" under an
    // "inhaalmoment")
    !personTable(ownText(mail)) &&
    !said.carriedReferent &&
    !said.namedCondition &&
    !said.thirdPersonEvent &&
    !said.patientCare &&
    !said.quotedComplaint;
  // a care sentence about the addressee's own body or care ("uw knie is ontstoken") is concrete
  const business = businessTerms(mail.content);
  // The sender meets this private addressee at a moment ("Tot dinsdag!", "zie ik jullie vrijdag om
  // 9.15"): the mail is about their own visit, an event in time, not how care works in general.
  const meeting =
    aud.oneToOnePrivate && business < WEIGHTS.businessMin && hasMeeting(ownText(mail));
  // Text for readers (an editor, another practice, the FG): its "u", "uw kind" and "je schouder" are
  // the readers'; only a person named beside care content makes it about someone.
  // An answer to the addressee's question about how care works ("Heb je een verwijzing nodig?") speaks
  // of "uw"/"je" as the question did, unless the question named their own health (otherReferent).
  const answer = said.quotedQuestion && !said.quotedComplaint;
  // Published text handed on to one patient ("Hieronder de informatie van onze website:") reads as
  // text for readers: only a named person, a concrete event or the addressee's own diagnosis counts.
  const handedOnText = aud.oneToOnePrivate ? handedOnScope(mail, people) : undefined;
  const handedOn = handedOnText !== undefined;
  const handsOver = handedOn || readersScope !== undefined;
  // To readers only a named person or a result stated with its value ("Uw kweek was positief: een
  // blaasontsteking", to a patient's work address) is about someone: leaflets state no results.
  // One person's own mailbox at an organisation (a patient at work, or an editor, a teacher): what a
  // leaflet never says to its readers tells of this person's own care: sympathy for their complaint, a
  // complaint both know, their own appointment with its moment.
  const jobApplication = application(mail.content);
  const atWork = aud.onePersonAtWork && business === 0 && !topicMail && !jobApplication;
  // "hij kan elke donderdag om 14.00 uur bij mij terecht", told to a school: that pupil's appointment
  const thirdAppointment = !topicMail && hasThirdPersonAppointment(mail.bodyAndSubject);
  const readersPerson =
    thirdAppointment ||
    said.namedReferent ||
    said.thirdPersonEvent ||
    said.statedResult ||
    (atWork &&
      (said.personalCue ||
        // "Je vader is vanmiddag bij mij geweest. Hij slaapt slecht": a relative's care, told to them
        (said.personReport && said.family) ||
        hasOwnAppointment(mail.bodyAndSubject) ||
        hasAddresseeAppointment(ownText(mail)) ||
        // "Bij jouw termijnecho kwamen we op 9+3 weken uit": their own test with its moment
        said.ownCareMoment ||
        // "Ik verwijs je naar de fysio": the sender's care for this person
        SENDER_CARE_ACT.test(ownText(mail))));
  // In another language the readers of general text ("Als u…", leaflets) cannot tell it from personal
  // text: no text there counts as general.
  const foreign = readForeign(ownText(mail));
  // a care provider's shorthand to one person ("hechtingen li onderarm eruit over 10 dgn") is a note
  // about their own treatment: leaflets and general answers do not write it
  const shorthandNote = aud.oneToOnePrivate && !topicMail && personalShorthand(ownText(mail));
  const generic =
    (!foreign.foreign || foreign.general) &&
    !meeting &&
    !shorthandNote &&
    (toReaders || handedOn
      ? !readersPerson
      : !said.otherReferent &&
        !said.ownBodyComplaint &&
        !said.personalTurn &&
        (answer || (!said.aboutPerson && !said.addresseeCare))) &&
    // (a text handed on to readers: its "op dinsdag na de training" is the text's, not this mail's)
    genericCare(mail, toReaders, handedOnText ?? readersScope) &&
    // (handed-on text: its "uw nierfunctie" is the readers'; a line of the writer's own after it names a
    // moment: "Je hechtingen gaan er vrijdag uit")
    !ownMedical(
      findings.filter(
        (f) => !said.topic.has(f) && (!handedOn || momentInSentence(mail, f.where, f.start))
      ),
      mail,
      WEIGHTS.strongWord
    );
  // a colleagues' meeting (FTO, HAGRO) has a date, and its "afspraken" are agreements: no care visit
  // (nor has a volunteer's sign-up: its training evenings and introductory talk are no care visit)
  const appointment =
    !colleaguesMeeting(mail) &&
    !VOLUNTEER.test(ownText(mail)) &&
    (hasAppointment(mail.bodyAndSubject) || meeting || foreign.appointment);

  // A mail to one patient about their own care or appointment: its instructions are theirs.
  // So is a mail to one person at work that speaks of their own complaint ("als die drukplek weer gaat
  // zeuren"): its "bel maar als…" is advice for them.
  const personal =
    (aud.oneToOnePrivate && (appointment || said.aboutPerson || said.addresseeCare)) ||
    (atWork && said.personalCue);

  const medicalWords: Features["medicalWords"] = [];
  let sensitiveContext = false;
  let groupMedicalWeight = 0;
  // "U staat bij ons ingeschreven in het diabetesprogramma": a mailing tells each reader their condition
  const enrolled = ENROLLED.test(ownText(mail));
  for (const f of findings) {
    if (f.type !== "medical") continue;
    if (f.tags && f.tags.indexOf("sensitive-context") >= 0) sensitiveContext = true;
    const inSignature = mail.inSignature(f.where, f.start);
    const w = medicalWeight(f);
    // what a service treats ("spreekuur voor diabetes en COPD") names no recipient's condition
    // a subject names the group by its diagnosis ("Beweeggroep COPD"); "Tips bij eczeem" is a topic
    if (
      !services.has(f) &&
      ((f.where === "subject" && namesGroup(mail.subject, f)) ||
        (aud.privateVisible > 1 && !inSignature) ||
        (f.tags !== undefined &&
          f.tags.indexOf("condition") >= 0 &&
          !inSignature &&
          !said.topic.has(f) &&
          enrolled))
    )
      groupMedicalWeight = Math.max(groupMedicalWeight, w);
    // (general information in another language: its care words are the topic, as in a leaflet)
    if (inSignature || services.has(f) || said.topic.has(f) || topicMail || foreign.general || !w)
      continue;
    if (!personal && said.instruction.has(f)) continue;
    const kind =
      f.tags && f.tags.indexOf("vaccine") >= 0
        ? "vaccine"
        : ACTIVITY_WORD.test(f.text)
          ? "activity"
          : SCREENING_WORD.test(f.text)
            ? "screening"
            : isProcessWord(f.text)
              ? "process"
              : "other";
    medicalWords.push({ key: wordKey(f.text), weight: w, kind });
  }

  const who = addressees(mail);
  const features: Features = {
    medicalWords,
    groupMedicalWeight,
    invitation: INVITATION.test(ownText(mail)),
    sensitiveContext,
    serviceMention: services.size > 0,
    topicMail,
    // a greeting says whom the mail is to, not whom it is about
    // generic care text: the quoted question's author is the addressee, not someone it is about
    // text handed on to readers that states nothing of a person: a colleague named in the covering
    // lines ("Jij doet toch de opmaak sinds Petra gestopt is?") is no one the text is about
    identifying:
      !(handsOver && generic && !readersPerson) &&
      identifyingFinding(
        people.filter(
          (f) =>
            !inSalutation(mail, f) &&
            !greetedName(f, mail) &&
            !recipientName(f, mail) &&
            !((generic || toReaders) && quotedAuthorName(f, mail))
        ),
        mail
      ),
    // to readers, "de patiënt" belongs to the text, not to someone it is about
    family: said.family && !toReaders && !handedOn,
    statementAboutPerson:
      toReaders || handedOn ? readersPerson : said.aboutPerson || thirdAppointment,
    addresseeCare: said.addresseeCare && ((!toReaders && !handedOn) || said.statedResult),
    addresseeBody: said.addresseeBody && ((!toReaders && !handedOn) || said.statedResult),
    personBody: said.personBody,
    namedCare: said.namedCare && !topicMail,
    personEvent: said.thirdPersonEvent && !topicMail,
    personReport: said.personReport && !topicMail && !jobApplication,
    progressRemark: !topicMail && !jobApplication && progressRemark(ownText(mail)),
    careWordsAnywhere: findings.some(
      (f) => f.type === "medical" && !mail.inSignature(f.where, f.start)
    ),
    personVisit: said.personVisit && !topicMail && !jobApplication,
    scheduleTable: !topicMail && scheduleTable(ownText(mail)),
    namedAddressedCare: said.namedAddressedCare && !topicMail,
    quotedComplaint: said.quotedComplaint,
    genericCare: generic,
    sharedWithConsent: !topicMail && !jobApplication && SHARED.test(ownText(mail)),
    foreignCare: foreign.care && !foreign.general && !topicMail,
    oneToOnePrivate: aud.oneToOnePrivate,
    onePatient: !toReaders && !handedOn && onePatient(mail),
    groupAddressee: who.group,
    privateVisible: aud.privateVisible,
    visible: aud.visible,
    bccOnly: aud.bccOnly,
    internalOnly: aud.internalOnly,
    supplierOnly: aud.supplierOnly,
    newsletter: isNewsletter(mail.content),
    registration: isRegistration(mail.bodyAndSubject),
    application: jobApplication,
    appointment,
    cancellation: business === 0 && hasCancellation(mail.bodyAndSubject),
    pickup: hasPickup(mail.bodyAndSubject, () => mail.allText),
    groupSessionText: hasGroupSession(mail.bodyAndSubject, who.participants),
    patientIds: patientIdentifiers(findings, mail),
    patientContext: patientContext(mail.bodyAndSubject),
    // (general care text in another language counts as one care term: a leaflet text is care information)
    careTerms: careTerms(mail.content) + (foreign.general && foreign.care ? 1 : 0),
    businessTerms: business,
    hrTerms: hrTerms(mail.content),
    trainingWords: training,
    encryptedReadable:
      findings.some((f) => f.type === "encrypted") && findings.some((f) => f.type === "password"),
    encryptedCover:
      findings.some((f) => f.type === "encrypted") && !findings.some((f) => f.type === "password"),
  };
  // a teaching case declared invented is about no one: what it tells of "mevrouw X" is the case's
  return invented ? { ...features, ...ABOUT_NO_ONE } : features;
}

/** The sentence around `at` names a moment ("vrijdag", "om 10 uur"). */
function momentInSentence(mail: MailText, where: Where, at: number): boolean {
  const text = mail.parts.find((p) => p.where === where)?.original ?? "";
  const ends = mail.sentenceEnds(where);
  return hasMoment(sentenceText(text, ends, sentenceIndex(ends, at)));
}
