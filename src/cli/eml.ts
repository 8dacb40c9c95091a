/** The .eml reader under its old name, for the scripts and tests that read corpus mail into a Draft. */
export { draftFromEml, MailError as EmlError, type ReadOptions as EmlOptions } from "./mail";
