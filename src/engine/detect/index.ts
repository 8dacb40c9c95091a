import type { Recognizer } from "./context";
import { detectBsn } from "./bsn";
import { detectMedical } from "./medical";
import { detectAddress, detectEmail, detectPhone, detectPostcode } from "./contact";
import { detectIban } from "./iban";
import { detectPatientId } from "./patientId";
import { detectPassword } from "./password";
import { detectName } from "./name";
import { detectDate } from "./date";

/** Every recogniser the engine runs over subject, body and attachment texts. */
export const RECOGNIZERS: readonly Recognizer[] = [
  detectBsn,
  detectMedical,
  detectPhone,
  detectEmail,
  detectPostcode,
  detectAddress,
  detectIban,
  detectPatientId,
  detectPassword,
  detectName,
  detectDate,
];
