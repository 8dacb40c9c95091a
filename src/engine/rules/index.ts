import type { Rule } from "./rule";
import { secureChannelRequired } from "./secureChannelRequired";
import { unencryptedAttachment } from "./unencryptedAttachment";
import { passwordInMail } from "./passwordInMail";
import { visibleGroupRecipients } from "./visibleGroupRecipients";
import { lookalikeDomain } from "./lookalikeDomain";
import { recipientMismatch } from "./recipientMismatch";
import { internalAttachment } from "./internalAttachment";
import { newRecipient } from "./newRecipient";

/** Every handbook rule, in the order their hits are shown (what stops the mail first). */
export const RULES: readonly Rule[] = [
  passwordInMail,
  visibleGroupRecipients,
  secureChannelRequired,
  unencryptedAttachment,
  lookalikeDomain,
  recipientMismatch,
  internalAttachment,
  newRecipient,
];
