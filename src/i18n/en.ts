import type { nl } from "./nl";

export const en: Record<keyof typeof nl, string> = {
  "finding.bsn": "a BSN (citizen service number)",
  "rule.secure-channel-required":
    "This mail contains {what} and goes to {recipients} outside the practice, not on a secure network. Send it through secure mail (NTA 7516), even if the patient agrees.",
  "alert.title.secure": "Zorgvuldig: send this mail securely",
  "alert.title.block": "Zorgvuldig: this mail cannot be sent like this",
  "alert.title.warn": "Zorgvuldig: check this mail",
  "alert.error":
    "Zorgvuldig could not check this mail. Try sending again; if that fails, contact your administrator.",
  "recipients.one": "1 recipient",
  "recipients.many": "{n} recipients",
  "what.medical": "medical information about a person",
  "what.logistic": "a person's appointment details",
  "what.attachment": "an attachment with health information",
  "rule.secure-channel-required.context":
    "In this practice ({care}) even an appointment or practice message to one patient is sensitive. Send this mail through secure mail (NTA 7516).",
  "rule.unencrypted-attachment":
    "The attachment holds health information and leaves the practice unencrypted. Send the mail securely, or encrypt the file (e.g. with 7-Zip) and give the password by text message or phone.",
  "rule.unencrypted-attachment.many":
    "Attachments with health information leave the practice unencrypted. Send the mail securely, or encrypt the files (e.g. with 7-Zip) and give the password by text message or phone.",
  "rule.password-in-mail":
    "The password of the encrypted attachment is in this mail. Remove it and give it through another channel, such as a text message or phone; never by e-mail.",
  "rule.visible-group-recipients":
    "Several patients can see each other's e-mail address in To or Cc. Put the recipients in Bcc so nobody sees who else receives the mail.",
  "rule.lookalike-domain":
    "The domain {domain} looks like {known} but is not: probably a typo. Check the recipient before sending.",
  "rule.recipient-mismatch":
    "The salutation names someone other than the recipient, and the mail contains health information. Check that you picked the right recipient.",
  "rule.internal-attachment":
    "You are sending health information inside the practice as an attachment. Put a link to the file (HIS or shared folder) in the mail instead of the file itself.",
  "rule.new-recipient":
    "You are mailing health information to an outside address you have not written to before. Check that the address is right.",
  "rule.error":
    "This check could not be completed. By the practice's policy the mail does not go out unchecked; try again or contact your administrator.",
  "alert.action.secure": "Send securely",
  "alert.action.block": "Review and fix",
  "alert.action.error": "View details",
  "alert.do.secure": "Choose \u2018Send securely\u2019: Zorgvuldig prepares the mail for secure mail.",
  "alert.do.block": "Change the mail and send again, or choose \u2018Review and fix\u2019.",
  "alert.do.warn": "Is everything right? Then choose \u2018Send Anyway\u2019.",
  "alert.more": "And {n} more points: see the Zorgvuldig pane.",
  "alert.error.warn":
    "Zorgvuldig could not check this mail. Only send it if you are sure it contains no patient information.",
  "alert.title.error": "Zorgvuldig: check not completed",
  "outlook.pane.title": "Zorgvuldig",
  "outlook.pane.checking": "Checking…",
  "outlook.pane.allow": "No objections found: this mail may go as it is.",
  "outlook.pane.findings": "Found: {list}",
  "outlook.pane.recheck": "Check again",
  "outlook.pane.error": "This mail could not be checked.",
};
