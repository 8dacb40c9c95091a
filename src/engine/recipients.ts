import type { Address, Draft } from "./draft";
import type { ClassifiedRecipient, RecipientClass } from "./types";
import type { Policy } from "./policy";

/** Secure healthcare mail networks (DESIGN.md): ZorgMail and KPN SecureMail. */
export const SECURE_NETWORK_DOMAINS: readonly string[] = ["lms.lifeline.nl", "ezorg.nl"];

/** Public mailbox providers: in practice a patient or another private person. */
export const PRIVATE_MAIL_DOMAINS: readonly string[] = [
  "gmail.com", "googlemail.com", "hotmail.com", "hotmail.nl", "outlook.com", "outlook.nl", "live.nl",
  "live.com", "msn.com", "ziggo.nl", "kpnmail.nl", "kpnplanet.nl", "home.nl", "planet.nl", "xs4all.nl",
  "icloud.com", "me.com", "mac.com", "hetnet.nl", "yahoo.com", "yahoo.nl", "upcmail.nl", "chello.nl",
  "casema.nl", "quicknet.nl", "zeelandnet.nl", "telfort.nl", "tele2.nl", "online.nl", "caiway.nl",
  "solcon.nl", "zonnet.nl", "proton.me", "protonmail.com", "gmx.com", "gmx.net", "aol.com", "t-online.de",
  "telenet.be", "skynet.be",
];

export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return (at >= 0 ? address.slice(at + 1) : "").trim().toLowerCase().replace(/\.$/, "");
}

function matchesDomain(domain: string, list: readonly string[]): boolean {
  return list.some((d) => domain === d || domain.endsWith("." + d));
}

export function practiceDomains(draft: Pick<Draft, "from">, policy: Policy): string[] {
  if (policy.practiceDomains.length) return policy.practiceDomains;
  const own = domainOf(draft.from.address);
  return own ? [own] : [];
}

export function classifyAddress(address: string, practice: readonly string[], policy: Policy): RecipientClass {
  const d = domainOf(address);
  if (matchesDomain(d, practice)) return "internal";
  if (matchesDomain(d, SECURE_NETWORK_DOMAINS) || matchesDomain(d, policy.secureDomains)) return "secure-network";
  if (PRIVATE_MAIL_DOMAINS.includes(d)) return "private";
  return "external";
}

export function classifyRecipients(draft: Draft, policy: Policy): ClassifiedRecipient[] {
  const practice = practiceDomains(draft, policy);
  const one = (a: Address, field: ClassifiedRecipient["field"]): ClassifiedRecipient => {
    const r: ClassifiedRecipient = { address: a.address, field, domain: domainOf(a.address), class: classifyAddress(a.address, practice, policy) };
    if (a.name) r.name = a.name;
    return r;
  };
  return [
    ...draft.to.map((a) => one(a, "to")),
    ...draft.cc.map((a) => one(a, "cc")),
    ...draft.bcc.map((a) => one(a, "bcc")),
  ];
}

/** Outside the practice and not on a secure network: plain e-mail is not safe for PHI. */
export function isUnsecured(r: ClassifiedRecipient): boolean {
  return r.class === "private" || r.class === "external";
}
