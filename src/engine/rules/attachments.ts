import type { Analysis } from "../classify";
import type { Attachment, Draft } from "../draft";
import type { Finding, Where } from "../types";
import { medicalWeight } from "../detect/medical";
import { sanitizeSegment } from "../../extract/names";
import { isAttachmentWhere, PHI_CONTENT_TYPES } from "./content";
import type { ImagesPolicy } from "../policy";

/** What the rules need to know about one attachment. */
export interface AttachmentAssessment {
  attachment: Attachment;
  encrypted: boolean;
  /** holds (or must be presumed to hold) personal health information */
  phi: boolean;
  /** the findings or facts that show it */
  evidence: Finding[];
  /** a picture the policy (`extraction.images: "warn"`) asks the user to confirm when it goes outside */
  imageToConfirm: boolean;
}

/**
 * The `where` of an attachment's findings. src/extract names its parts with the sanitised name (no
 * slashes, controls, bidi marks or `..`), so every producer and the rules go through the same sanitiser:
 * a raw name would miss the facts of exactly the names that need a second look.
 */
export function attachmentWhere(name: string): Where {
  return `attachment:${sanitizeSegment(name)}`;
}

function belongsTo(f: Finding, name: string): boolean {
  const w = attachmentWhere(name);
  return f.where === w || f.where.indexOf(w + "/") === 0;
}

/**
 * Attachment names that say what is inside (handbook scenarios: uitslag, verwijsbrief, ontslagbrief,
 * dossier, scan, lab, DICOM). Strong stems count anywhere in the name; weak ones only as a word start
 * and only when the mail is about care.
 */
const STRONG_NAME =
  /uitslag|verwijsbrief|ontslagbrief|dossier|r[oö]ntgen|medicatie|behandelplan|labresult|bloedonderzoek|specialistenbrief|discharge|referral|medical|journaal|decursus|\.dcm$|\.dicom$/i;
const WEAK_NAME_WORD =
  /^(?:lab|scan|brief|verslag|overdracht|verwijzing|recept|foto|patient|patiënt|client|cliënt|result|report|letter|record)|^(?:ct|mri|ecg|ekg|echo|img)$/i;
const ARCHIVE = /\.(?:7z|zip|rar)$/i;
const IMAGE = /^image\//i;

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-zÀ-ÿ0-9]+/)
    .filter((w) => w.length > 0);
}

function nameSaysPHI(name: string, aboutCare: boolean): boolean {
  if (STRONG_NAME.test(name)) return true;
  return aboutCare && nameWords(name.replace(/\.[^.]+$/, "")).some((w) => WEAK_NAME_WORD.test(w));
}

/**
 * PHI in an attachment's own text: a BSN or patient number identifies a person by itself; health content
 * (diagnoses, medication, results; not care-provider words like "huisarts" or "POH") counts when the
 * attachment or the mail identifies the person. A staff rota with names and "POH" is not PHI.
 * A date of birth marks the document as a record about one person (a lab report, a letter, an appointment
 * card carries it under the name); such a record is PHI when the mail is about care or the record itself
 * names something about health or a sensitive care setting (fertility, GGZ), even if the lexicon does not
 * know its specialist result words. A contract or staff list with birthdates in a non-care mail is not.
 * The mail's care context here comes from its own text: the category also counts attachment birthdates,
 * which would make every birthday list "about care".
 */
function contentEvidence(
  mine: Finding[],
  aboutCare: boolean,
  mailSpeaksOfCare: boolean
): Finding[] {
  const ids = mine.filter((f) => f.type === "bsn" || f.type === "patient-id");
  const health = mine.filter((f) => f.type === "medical" && medicalWeight(f) > 0);
  const words = new Map<string, number>();
  for (const f of health)
    words.set(
      f.text.toLowerCase(),
      Math.max(words.get(f.text.toLowerCase()) ?? 0, medicalWeight(f))
    );
  let score = 0;
  words.forEach((w) => (score += w));
  const person = mine.filter((f) => f.type === "name" || f.type === "birthdate");
  if (score >= 2 && (aboutCare || person.length > 0 || ids.length > 0))
    return [...ids, ...health, ...person];
  const birthdates = mine.filter((f) => f.type === "birthdate");
  const sensitiveSetting = mine.filter(
    (f) => f.type === "medical" && (f.tags ?? []).indexOf("sensitive-context") >= 0
  );
  if (birthdates.length && (mailSpeaksOfCare || score > 0 || sensitiveSetting.length > 0))
    return [...ids, ...health, ...sensitiveSetting, ...person];
  return ids;
}

/** A readable text came out of the attachment, so its content (not its name) decides. */
function contentKnown(a: Attachment, facts: Finding[]): boolean {
  if (!a.extraction) return false;
  if (facts.some((f) => f.type === "unreadable")) return false;
  return a.extraction.texts.some((t) => !t.fromName && t.text.trim().length >= 20);
}

const hasTag = (f: Finding, tag: string): boolean => (f.tags ?? []).indexOf(tag) >= 0;

/** The picture fact of an image part (extract tags it ["image", kind, ...]). */
function imageFact(facts: Finding[]): Finding | undefined {
  return facts.find((f) => f.type === "unencrypted" && (f.tags ?? [])[0] === "image");
}

/**
 * Judge every attachment of content (cloud links are not; an inline picture is, once it has been
 * extracted, unless it is small enough to be a logo). Until extraction facts arrive, name and type
 * decide; a mail about care with an attachment whose content cannot be read (a photo, a scan, an
 * unreadable file) is presumed to carry PHI (fail closed). Encryption is a fact from the extractor,
 * never read from a name. `images` is the policy for pictures going outside (callers for outside
 * recipients pass `policy.extraction.images`).
 */
export function assessAttachments(
  draft: Draft,
  analysis: Analysis,
  passwordInMail: boolean,
  images: ImagesPolicy = "allow"
): AttachmentAssessment[] {
  const aboutCare = analysis.category === "medical" || analysis.category === "logistic";
  const mailSpeaksOfCare =
    aboutCare &&
    analysis.findings.some(
      (f) =>
        !isAttachmentWhere(f) &&
        ((f.type === "medical" && medicalWeight(f) > 0) || PHI_CONTENT_TYPES.indexOf(f.type) >= 0)
    );
  const out: AttachmentAssessment[] = [];
  for (const a of draft.attachments) {
    if (a.kind === "cloud" || (a.inline && !a.extraction)) continue;
    const mine = analysis.findings.filter((f) => belongsTo(f, a.name));
    const facts = mine.filter(
      (f) =>
        f.type === "encrypted" ||
        f.type === "unencrypted" ||
        f.type === "medical-document" ||
        f.type === "unreadable"
    );
    const picture = imageFact(facts);
    if (a.inline && picture && hasTag(picture, "small")) continue;
    const saysEncrypted = facts.some(
      (f) =>
        f.type === "encrypted" ||
        (f.type === "unreadable" &&
          (f.tags ?? []).some((t) => /encrypt|password|wachtwoord/i.test(t)))
    );
    const saysUnencrypted = facts.some((f) => f.type === "unencrypted");
    // Without facts (not extracted yet), an archive with its password in the mail is taken at its word.
    const encrypted = saysEncrypted || (!saysUnencrypted && ARCHIVE.test(a.name) && passwordInMail);

    const evidence: Finding[] = [
      ...facts.filter((f) => f.type === "medical-document"),
      ...contentEvidence(mine, aboutCare, mailSpeaksOfCare),
    ];
    let phi = evidence.length > 0;
    if (!phi && !encrypted && !contentKnown(a, facts)) {
      const unreadable = facts.some((f) => f.type === "unreadable");
      const opaque = IMAGE.test(a.contentType) || unreadable || !a.extraction;
      phi =
        nameSaysPHI(a.name, aboutCare) ||
        (aboutCare && opaque) ||
        (unreadable && !IMAGE.test(a.contentType));
      if (phi)
        evidence.push(...facts.filter((f) => f.type === "unreadable" || f.type === "unencrypted"));
    }
    // Content that contradicts the name or declared type is kept back like an unreadable file.
    const mismatch = facts.filter((f) => f.type === "unreadable" && hasTag(f, "type-mismatch"));
    if (!phi && !encrypted && mismatch.length) {
      phi = true;
      evidence.push(...mismatch);
    }
    let imageToConfirm = false;
    if (!phi && !encrypted && picture && !hasTag(picture, "small")) {
      if (images === "secure") {
        phi = true;
        evidence.push(picture);
      } else if (images === "warn") {
        imageToConfirm = hasTag(picture, "camera") || hasTag(picture, "page-shaped");
        if (imageToConfirm) evidence.push(picture);
      }
    }
    out.push({ attachment: a, encrypted, phi, evidence, imageToConfirm });
  }
  return out;
}
