/**
 * The service re-checks an override or false-alarm explanation before it stores it, with exactly the
 * check the pane runs (src/engine/reason.ts): a reason the pane accepts is never refused here (the
 * client would keep it queued for ever), and one the pane refuses never reaches storage by another way.
 */
import {
  checkReason,
  MAX_REASON_LENGTH,
  reasonProblemMessage,
  type ReasonCheck,
} from "../engine/reason";

export { checkReason, MAX_REASON_LENGTH, type ReasonCheck };

/** The Dutch message the service returns with a refused reason (the pane shows the same one). */
export function reasonMessage(check: ReasonCheck): string {
  return reasonProblemMessage(check, "nl");
}
