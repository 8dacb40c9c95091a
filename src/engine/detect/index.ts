import type { Recognizer } from "./context";
import { detectBsn } from "./bsn";

/** Every recogniser the engine runs over subject, body and attachment texts. */
export const RECOGNIZERS: readonly Recognizer[] = [detectBsn];
