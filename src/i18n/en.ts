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
};
