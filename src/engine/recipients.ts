import type { Address, Draft } from "./draft";
import type { ClassifiedRecipient, RecipientClass } from "./types";
import type { Policy } from "./policy";
import { looksLikeOrganisation, personInDisplayName } from "./rules/salutation";
// The common consumer mailbox providers of a maintained list (npm `email-providers`, ISC): its
// common.json (~350 domains, 2 KB gzipped). Its all.json (8 800 domains) would add 44 KB gzipped to the
// send-time bundle, over its 300 KB budget, for providers Dutch patients hardly use; the Dutch ISP list
// below and the personal-domain test cover the rest.
import PROVIDER_DOMAINS from "email-providers/common.json";

/** Secure healthcare mail networks (DESIGN.md): ZorgMail and KPN SecureMail. */
export const SECURE_NETWORK_DOMAINS: readonly string[] = ["lms.lifeline.nl", "ezorg.nl"];

/**
 * The public mailbox providers Dutch patients use most: the targets a typo domain imitates
 * (lookalike-domain). Classification as `private` uses the much longer PRIVATE_PROVIDERS below.
 */
export const PRIVATE_MAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "googlemail.com",
  "hotmail.com",
  "hotmail.nl",
  "outlook.com",
  "outlook.nl",
  "live.nl",
  "live.com",
  "msn.com",
  "ziggo.nl",
  "kpnmail.nl",
  "kpnplanet.nl",
  "home.nl",
  "planet.nl",
  "xs4all.nl",
  "icloud.com",
  "me.com",
  "mac.com",
  "hetnet.nl",
  "yahoo.com",
  "yahoo.nl",
  "upcmail.nl",
  "chello.nl",
  "casema.nl",
  "quicknet.nl",
  "zeelandnet.nl",
  "telfort.nl",
  "tele2.nl",
  "online.nl",
  "caiway.nl",
  "solcon.nl",
  "zonnet.nl",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.net",
  "aol.com",
  "t-online.de",
  "telenet.be",
  "skynet.be",
];

/**
 * Dutch and Belgian ISPs (current and former, whose addresses patients still use) that the
 * `email-providers` list lacks; from the ISPs' own sites and the Dutch ISP history (Ziggo/UPC/Casema,
 * KPN/Planet/XS4ALL/Telfort, Tele2/Versatel, regional cable companies). Checked against that list.
 */
const DUTCH_ISP_DOMAINS: readonly string[] = [
  "ziggo.nl",
  "upcmail.nl",
  "casema.nl",
  "chello.nl",
  "quicknet.nl",
  "xs4all.nl",
  "kpnplanet.nl",
  "kpnmail.nl",
  "telfort.nl",
  "tele2.nl",
  "versatel.nl",
  "online.nl",
  "zeelandnet.nl",
  "caiway.nl",
  "solcon.nl",
  "hccnet.nl",
  "wxs.nl",
  "tiscali.nl",
  "12move.nl",
  "onsbrabantnet.nl",
  "delta.nl",
  "kabelfoon.nl",
  "filternet.nl",
  "dds.nl",
  "introweb.nl",
  "worldonline.nl",
  "zonnet.nl",
  "freeler.nl",
  "kliksafe.nl",
  "signet.nl",
  "scarlet.be",
  "telenet.be",
  "skynet.be",
  "proximus.be",
];

const PRIVATE_PROVIDERS: ReadonlySet<string> = new Set([
  ...(PROVIDER_DOMAINS as string[]),
  ...DUTCH_ISP_DOMAINS,
  ...PRIVATE_MAIL_DOMAINS,
]);

/**
 * Consumer mailbox brands that serve many countries under their own names ("hotmail.fr",
 * "yahoo.com.tr", "outlook.de", "freemail.hu"): email-providers/common.json lists only some of each
 * brand's country domains, and its all.json (137 KB) is too large for the send-time bundle. Migrant
 * patients keep the mailbox of their first country.
 */
const CONSUMER_BRANDS: ReadonlySet<string> = new Set([
  "hotmail",
  "outlook",
  "live",
  "msn",
  "windowslive",
  "yahoo",
  "ymail",
  "rocketmail",
  "gmail",
  "googlemail",
  "gmx",
  "aol",
  "icloud",
  "yandex",
  "freemail",
  "citromail",
  "indamail",
  "rediffmail",
  "seznam",
  "abv",
  "mynet",
  "menara",
  "libero",
  "laposte",
  "wanadoo",
]);

/** Is this domain a consumer mailbox provider (the address is then a private person's)? */
export function isProviderDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return PRIVATE_PROVIDERS.has(d) || CONSUMER_BRANDS.has(registrableLabel(d));
}

// Local parts that are a role or department (also plural: "assistentes@"), never one private person.
const ROLE_LOCAL_PART =
  /^(?:info|admin|administratie|balie|secretariaat|receptie|post|mail|contact|office|kantoor|praktijk|assistent|assistente|triage|spoed|recepten|herhaalrecepten|facturen|facturatie|factuur|boekhouding|debiteuren|crediteuren|inkoop|verkoop|order|orders|bestelling|levering|delivery|deliveries|dispatch|shipping|expeditie|opdracht|opdrachten|retour|retouren|returns|magazijn|logistiek|klachten|offerte|verhuur|onderhoud|storing|storingen|schade|sales|support|helpdesk|service|klantenservice|noreply|no-reply|redactie|kopij|advertentie|advertenties|adverteren|marketing|communicatie|pers|persvoorlichting|vacature|vacatures|copy|editor|editors|nieuws|news|hr|personeelszaken|planning|afspraken|zorg|team|directie|bestuur|fg|privacy|ict|it|beheer|webmaster|postmaster|hostmaster|abuse|nieuwsbrief|newsletter|doktersassistent|doktersassistente|huisarts|arts|tandarts|verloskundige|medewerker|collega|wijkteam|kraamzorg|clubblad|blad|bulletin|magazine|krant|secretaris|voorzitter|penningmeester|ledenadministratie|jeugdcommissie|activiteiten|evenementen|agenda|programma|bhv|ehbo|ib|intern|internbegeleider|zorgcoordinator|mentor|mentoraat|leerlingzaken|verzuim|leiding|groep|trainer|trainers|coach|jeugd|scholing|nascholing|cursus|cursussen|opleiding|opleidingen|training|trainingen|inschrijving|inschrijvingen|aanmelding|aanmeldingen|congres|events|event)(?:s|en)?(?:[._\d-].*)?$/;

/** A shared role mailbox ("redactie@", "info@", "secretariaat@"), whatever its display name. */
export function isRoleAddress(address: string): boolean {
  const at = address.lastIndexOf("@");
  return at > 0 && ROLE_LOCAL_PART.test(address.slice(0, at).toLowerCase());
}

// Words in a domain that name an organisation rather than a family.
const ORGANISATION_WORD =
  /praktijk|huisarts|arts|zorg|apotheek|tandarts|fysio|therap|ggz|kliniek|ziekenhuis|gemeente|school|college|academie|universiteit|stichting|centrum|center|centre|dienst|groep|group|holding|bv|nv|vof|consult|advies|advocat|notaris|makelaar|bouw|installatie|techniek|service|shop|winkel|bakkerij|garage|verzeker|bank|media|design|ict|software|systems|solutions|partners|office|kinderopvang|opvang|lab|diagnost|thuiszorg|verpleeg|vereniging|club|sport|hockey|voetbal|tennis|atletiek|korfbal|zwemmen|bibliotheek|museum|theater|buurthuis|wijkcentrum|parochie|omroep|krant|distributie|logistiek|groothandel|leverancier|vastgoed|pharma|farma|medical|scholing|opleiding|academy|training|instituut|institute/;

const NAME_PART = /^[a-z]{4,}$/;

/**
 * A private person at a domain that is not a mailbox provider: a family domain ("familie-jansen.nl",
 * "fam-devries.nl") or a personal domain carrying the person's own surname ("piet@jansen-online.nl",
 * "Anna de Groot <anna@degroot.net>"), with a personal local part. Organisations' domains (words
 * like praktijk, zorg, bv, school) never count, so colleagues at another practice stay `external`.
 */
export function looksLikePersonalDomain(address: string, displayName?: string): boolean {
  const at = address.lastIndexOf("@");
  if (at <= 0) return false;
  const local = address.slice(0, at).toLowerCase();
  const label = registrableLabel(domainOf(address));
  if (!label || ORGANISATION_WORD.test(label)) return false;
  if (/^(?:fam|familie|family)(?:[-.]|[a-z]{3,})/.test(label)) return true;
  if (ROLE_LOCAL_PART.test(local)) return false;
  const squashedLabel = label.replace(/[^a-z]/g, "");
  // "P&O Scheldehaven Logistiek <po@scheldehavenlogistiek.nl>": a company's entry names its domain too;
  // only a person's name in the entry ("Anna de Groot <anna@degroot.net>") says the domain is theirs
  const personName = displayName ? personalDisplayName(displayName) : "";
  const parts = [
    ...local.split(/[._+-]/),
    ...personName
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .split(/[^a-z]+/),
  ];
  const joinedName = personName.toLowerCase().replace(/[^a-z]/g, "");
  return (
    parts.some((p) => NAME_PART.test(p) && squashedLabel.includes(p)) ||
    (joinedName.length >= 6 && squashedLabel.includes(joinedName.slice(-6)))
  );
}

/** The display name when it reads as a person's ("Anna de Groot", "A. de Groot", "Degroot"), else "". */
function personalDisplayName(displayName: string): string {
  const person = personInDisplayName(displayName);
  if (person) return person;
  const plain = displayName.replace(/["']/g, "").trim();
  return plain.split(/\s+/).length <= 3 && !/[&@]/.test(plain) && !looksLikeOrganisation(plain)
    ? plain
    : "";
}

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

export function classifyAddress(
  address: string,
  practice: readonly string[],
  policy: Policy,
  displayName?: string
): RecipientClass {
  const d = domainOf(address);
  if (matchesDomain(d, practice)) return "internal";
  if (matchesDomain(d, SECURE_NETWORK_DOMAINS) || matchesDomain(d, policy.secureDomains))
    return "secure-network";
  // a club or studio on a free mailbox ("Yoga Studio Ommoord <yogastudio.ommoord@gmail.com>") is no
  // private person, though its address is as unsecured
  if (isProviderDomain(d))
    return displayName && looksLikeOrganisation(displayName) ? "external" : "private";
  if (matchesDomain(d, policy.knownDomains)) return "external";
  // a slip of a mailbox provider ("gmaill.com") was meant for a private person's mailbox
  if (lookalikeOf(d, PRIVATE_MAIL_DOMAINS)) return "private";
  if (looksLikePersonalDomain(address, displayName)) return "private";
  return "external";
}

export function classifyRecipients(draft: Draft, policy: Policy): ClassifiedRecipient[] {
  const practice = practiceDomains(draft, policy);
  const one = (a: Address, field: ClassifiedRecipient["field"]): ClassifiedRecipient => {
    const r: ClassifiedRecipient = {
      address: a.address,
      field,
      domain: domainOf(a.address),
      class: classifyAddress(a.address, practice, policy, a.name),
    };
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

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours: "gmial" is one slip from
 * "gmail"). Hand-written: twenty lines, and the engine bundle must stay small and ES2016.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) rows[i].push(i === 0 ? j : 0);
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charAt(i - 1) === b.charAt(j - 2) &&
        a.charAt(i - 2) === b.charAt(j - 1)
      )
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

/** Characters that look alike in a mail client's font: Cyrillic/Greek letters, digits, letter pairs. */
const HOMOGLYPHS: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ɡ: "g",
  ο: "o",
  α: "a",
  ν: "v",
  κ: "k",
  ι: "i",
  ρ: "p",
  τ: "t",
  "0": "o",
  "1": "l",
  "|": "l",
  "5": "s",
  "3": "e",
};

function skeleton(domain: string): string {
  let s = "";
  for (const ch of domain
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase())
    s += HOMOGLYPHS[ch] ?? ch;
  return s.replace(/rn/g, "m").replace(/vv/g, "w").replace(/i/g, "l");
}

/** Domains a typo of which is worth a second look: the public providers, the secure networks, the practice's own and known ones. */
export function wellKnownDomains(draft: Pick<Draft, "from">, policy: Policy): string[] {
  const all = [
    ...PRIVATE_MAIL_DOMAINS,
    ...SECURE_NETWORK_DOMAINS,
    ...practiceDomains(draft, policy),
    ...policy.secureDomains,
    ...policy.knownDomains,
  ];
  return all.filter((d, i) => all.indexOf(d) === i);
}

/**
 * Labels of the big international providers, which run mail under many country TLDs (hotmail.be, yahoo.fr,
 * outlook.de): a slip in one of these labels is a typo whatever the TLD ("gmial.nl"). The regional ISPs'
 * labels (planet, online, home, chello) are ordinary words that unrelated businesses use under other TLDs,
 * so those only count as a whole domain.
 */
const INTERNATIONAL_PROVIDER_LABELS: readonly string[] = [
  "gmail",
  "googlemail",
  "hotmail",
  "outlook",
  "yahoo",
  "icloud",
  "protonmail",
];

/** Second-level labels that form a public suffix with a country TLD: "co.uk", "com.au". */
const SECOND_LEVEL_SUFFIX = /^(?:co|com|net|org|ac|gov|edu|ltd|plc)$/;

/**
 * The registrable label: the part just before the public suffix ("gmail" in "mail.gmail.co.uk").
 * Hand-written: the full Public Suffix List (psl) is too big for the send-time bundle, and a provider
 * lookalike only needs the common country shapes.
 */
export function registrableLabel(domain: string): string {
  const labels = domain.toLowerCase().split(".");
  if (labels.length < 2) return labels[0] ?? "";
  const last = labels[labels.length - 1];
  const suffixLength =
    labels.length >= 3 && last.length === 2 && SECOND_LEVEL_SUFFIX.test(labels[labels.length - 2])
      ? 2
      : 1;
  return labels[labels.length - 1 - suffixLength];
}

/** One slip counts when the known name is at least 5 characters, two slips from 7. */
const MAIL_PROVIDERS: ReadonlySet<string> = new Set([
  ...PRIVATE_MAIL_DOMAINS,
  ...SECURE_NETWORK_DOMAINS,
]);

function allowedSlips(label: string): number {
  return label.length >= 7 ? 2 : label.length >= 5 ? 1 : 0;
}

/**
 * The well-known domain this domain imitates, or null. Handbook 000 "Dubbelcheck altijd de geadresseerde".
 * One slip counts when the known name is at least 5 characters before its TLD, two slips from 7:
 * short names (me.com, aol.com) sit one letter from real, unrelated companies. The label of an international
 * provider is also compared on its own, so "gmial.nl" is caught; a correctly spelled label under another
 * TLD ("hotmail.be") is no typo.
 */
export function lookalikeOf(domain: string, known: readonly string[]): string | null {
  const d = domain.toLowerCase();
  if (!d || known.some((k) => d === k || d.endsWith("." + k))) return null;
  const sk = skeleton(d);
  for (const k of known) if (skeleton(k) === sk) return k;
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const label = k.slice(0, k.lastIndexOf("."));
    // Two slips only for the big mail providers: a practice's or partner's long name two letters away
    // ("jgzlimburgnoord.nl" and "ggdlimburgnoord.nl") is a related organisation, not a typo.
    const allowed = Math.min(allowedSlips(label), MAIL_PROVIDERS.has(k) ? 2 : 1);
    if (!allowed || Math.abs(k.length - d.length) > allowed || isCountryVariant(d, k)) continue;
    const dist = editDistance(d, k);
    if (dist > 0 && dist <= allowed && dist < bestDistance) {
      best = k;
      bestDistance = dist;
    }
  }
  return best ?? providerLabelLookalike(d, known);
}

/**
 * "hotmail.be" next to "hotmail.nl": an international provider under another country's TLD is its own
 * mailbox, not a slip. A slip of ".com" (".co", ".cm", ".om") still is.
 */
function isCountryVariant(domain: string, knownDomain: string): boolean {
  const label = registrableLabel(domain);
  if (label !== registrableLabel(knownDomain) || INTERNATIONAL_PROVIDER_LABELS.indexOf(label) < 0)
    return false;
  const tld = domain.slice(domain.lastIndexOf(".") + 1);
  return tld.length === 2 && !(knownDomain.endsWith(".com") && /^(?:co|cm|om)$/.test(tld));
}

/** A slip in an international provider's label under any TLD: the known domain it imitates, or null. */
function providerLabelLookalike(domain: string, known: readonly string[]): string | null {
  const label = registrableLabel(domain);
  if (!label || INTERNATIONAL_PROVIDER_LABELS.indexOf(label) >= 0) return null;
  const tld = domain.slice(domain.lastIndexOf(".") + 1);
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const providerLabel = registrableLabel(k);
    if (INTERNATIONAL_PROVIDER_LABELS.indexOf(providerLabel) < 0) continue;
    const dist =
      skeleton(label) === skeleton(providerLabel) ? 1 : editDistance(label, providerLabel);
    const allowed = allowedSlips(providerLabel);
    // prefer the provider's domain under the same TLD ("hotmial.nl" -> hotmail.nl)
    const closer = dist < bestDistance || (dist === bestDistance && k.endsWith("." + tld));
    if (dist > 0 && dist <= allowed && closer) {
      best = k;
      bestDistance = dist;
    }
  }
  return best;
}
