import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";

/**
 * Patient identifiers: a label (patiëntnummer, dossiernummer, pt.nr., cliëntnummer, HIS-nummer,
 * MRN, hospital number ...) followed by a number, e.g. "pt.nr. 204.118", "dossiernummer: ZH-88213".
 * The finding covers the number, which is what identifies the person.
 */
const LABEL =
  "pati[eë]nt(?:en)?[- ]?(?:nummer|nr\\.?|id)|pat\\.? ?nr\\.?|pt\\.? ?nr\\.?|pt\\.? ?nummer|dossier[- ]?(?:nummer|nr\\.?)|" +
  "cli[eë]nt[- ]?(?:nummer|nr\\.?)|his[- ]?(?:nummer|nr\\.?)|zis[- ]?(?:nummer|nr\\.?)|ziekenhuisnummer|registratienummer pati[eë]nt|" +
  "patient (?:number|no\\.?|id)|hospital (?:number|no\\.?)|mrn|nhs (?:number|no\\.?)";
const PATIENT_ID = new RegExp(
  // \b, not (?:^|[^\w]): every label starts with a word character, and a leading class that matches
  // almost any character made the first (interpreted) run over a mail cost 15 ms
  "\\b(" +
    LABEL +
    ")(?:\\s*(?:is|:|#|=))?(?:\\s*:)?\\s*([A-Z]{0,4}[-/]?\\d(?:[\\d./-]|\\s(?=\\d)){1,16}\\d|\\d{3,})",
  "gi"
);

export const detectPatientId = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  PATIENT_ID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATIENT_ID.exec(text))) {
    const id = m[2];
    const start = m.index + m[0].length - id.length;
    out.push(findingAt(input, "patient-id", start, start + id.length, 0.9));
  }
  return out;
};
