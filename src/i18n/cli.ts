/**
 * Texts of the command-line tool and the FG report (issue 15), Dutch and English. Kept apart from nl.ts/en.ts
 * so the add-in bundles do not carry them.
 */
import type { Action, Category, Language, RuleId } from "../engine/types";

const nl = {
  // errors: one sentence each, naming the file it concerns
  "err.noSuchPath": "{file}: fout: dit bestand of deze map bestaat niet.",
  "err.cannotRead": "{file}: fout: het bestand kan niet worden gelezen ({code}).",
  "err.empty": "{file}: fout: het bestand is leeg (empty file), dus geen e-mailbericht.",
  "err.notMail": "{file}: fout: dit is geen leesbaar e-mailbericht ({reason}).",
  "err.notMsg": "{file}: fout: dit is geen leesbaar Outlook-bericht (.msg) ({reason}).",
  "err.checkFailed": "{file}: fout: de controle is mislukt ({reason}); meld dit aan de beheerder.",
  "err.nothing":
    "Niets gecontroleerd: in {paths} staan geen .eml-, .msg- of mbox-bestanden die gelezen konden worden.",
  "err.noneReadable": "Niets gecontroleerd: geen van de {n} bestanden kon worden gelezen.",
  "err.reportWrite": "{file}: fout: het rapport kan hier niet worden geschreven ({code}).",
  "err.policyRead": "{file}: fout: het beleidsbestand kan niet worden gelezen ({code}).",
  "err.policyJson": "{file}: fout: het beleidsbestand is geen geldige JSON ({reason}).",
  "err.policy": "{file}: fout in het beleid: {reason}.",
  "err.internal":
    "Interne fout ({name}) in zorgvuldig; er is niets verstuurd of gewijzigd. Meld dit aan de beheerder.",
  "err.usage": "Verkeerd gebruik: {reason}.",
  "note.skipped":
    "Let op: {n} bestand(en) overgeslagen die geen e-mail zijn (alleen .eml, .msg en mbox worden gelezen).",
  "note.report": "Rapport geschreven naar {file}.",
  // report
  "report.title": "Zorgvuldig: proefcontrole",
  "report.intro":
    "{mails} mails gecontroleerd{errors}; gemaakt op {when} met {policy}. Dit rapport noemt per mail de regel en de uitleg, nooit de inhoud van een mail.",
  "report.intro.errors": ", {n} konden niet worden gelezen",
  "report.policy.default": "het standaardbeleid",
  "report.policy.file": "beleid {file}",
  "report.paths":
    "Het rapport bevat bestandsnamen en -paden; die bevatten vaak een onderwerp. Verwijder het rapport na gebruik, of maak het met --no-paths.",
  "report.noPaths": "Bestandsnamen zijn weggelaten (--no-paths): mails zijn genummerd.",
  "report.chart.rule": "Mails per regel",
  "report.chart.action": "Mails per uitkomst",
  "report.chart.category": "Mails per soort bericht",
  "report.stopped": "Mails die zouden worden tegengehouden (beveiligd of geblokkeerd): {n}",
  "report.confirm": "Mails waarbij de gebruiker moet bevestigen (waarschuwing): {n}",
  "report.none": "Geen.",
  "report.unreadable": "Bestanden die niet konden worden gelezen",
  "report.col.file": "mail",
  "report.col.action": "uitkomst",
  "report.col.rule": "regel",
  "report.col.explanation": "uitleg",
  "report.col.source": "bron in het handboek",
  "report.rules": "De regels en hun bron",
  "report.policy": "Het beleid",
  "report.mail": "mail {n}",
  "report.sourcePrefix": "Handboek Veilig mailen: ",
  // policy summary (shared by `policy check` and the report)
  "policy.practiceDomains": "praktijkdomeinen",
  "policy.practiceDomains.sender": "(het domein van de afzender)",
  "policy.secureNetworks": "beveiligde netwerken",
  "policy.careType": "soort zorg",
  "policy.appointment.sensitive":
    "een afspraakbericht aan een patiënt gaat altijd beveiligd; in deze zorg ook een algemeen praktijkbericht aan één patiënt",
  "policy.appointment.notSensitive":
    "een afspraakbericht aan een patiënt gaat altijd beveiligd; een algemeen praktijkbericht aan één patiënt (bijv. openingstijden) mag gewoon weg",
  "policy.secureChannel": "beveiligde mail",
  "policy.trigger.header": "header {name}: {value}",
  "policy.trigger.subjectTag": "onderwerp-label {tag}",
  "policy.trigger.label": "vertrouwelijkheidslabel {label}",
  "policy.routing": "doorsturen {routing}",
  "policy.rulesOff": "uitgeschakelde regels",
  "policy.actionOverrides": "aangepaste uitkomsten",
  "policy.overrides": "toch verzenden mag door",
  "policy.reasons": "redenen",
  "policy.onError": "bij een interne fout",
  "policy.language": "taal",
  "policy.audit": "auditadres",
  "policy.none": "geen",
  "policy.nobody": "niemand",
  // policy check warnings
  "warn.publicPractice":
    "{file}: waarschuwing: {domain} is een publieke maildienst; als praktijkdomein telt dan iedereen met een {domain}-adres als collega.",
  "warn.publicSecure":
    "{file}: waarschuwing: {domain} is een publieke maildienst en geen beveiligd netwerk; mail daarheen zou als beveiligd gelden.",
  "warn.broadRole":
    "{file}: waarschuwing: het patroon {pattern} van rol {role} past op bijna iedereen; noem de adressen precies (bijv. j.devries@praktijk.nl).",
};

type CliMessages = typeof nl;

const en: CliMessages = {
  "err.noSuchPath": "{file}: error: no such file or folder.",
  "err.cannotRead": "{file}: error: the file cannot be read ({code}).",
  "err.empty": "{file}: error: empty file, so not an e-mail message.",
  "err.notMail": "{file}: error: this is not a readable e-mail message ({reason}).",
  "err.notMsg": "{file}: error: this is not a readable Outlook message (.msg) ({reason}).",
  "err.checkFailed": "{file}: error: the check failed ({reason}); please tell the administrator.",
  "err.nothing": "Nothing checked: {paths} holds no .eml, .msg or mbox files that could be read.",
  "err.noneReadable": "Nothing checked: none of the {n} files could be read.",
  "err.reportWrite": "{file}: error: the report cannot be written here ({code}).",
  "err.policyRead": "{file}: error: the policy file cannot be read ({code}).",
  "err.policyJson": "{file}: error: the policy file is not valid JSON ({reason}).",
  "err.policy": "{file}: policy error: {reason}.",
  "err.internal":
    "Internal error ({name}) in zorgvuldig; nothing was sent or changed. Please report this to the administrator.",
  "err.usage": "Wrong usage: {reason}.",
  "note.skipped":
    "Note: skipped {n} file(s) that are not mail (only .eml, .msg and mbox files are read).",
  "note.report": "Report written to {file}.",
  "report.title": "Zorgvuldig: dry run",
  "report.intro":
    "{mails} mails checked{errors}; made on {when} with {policy}. This report names the rule and its explanation per mail, never the content of a mail.",
  "report.intro.errors": ", {n} could not be read",
  "report.policy.default": "the default policy",
  "report.policy.file": "policy {file}",
  "report.paths":
    "The report contains file names and paths, which often carry a subject. Delete the report after use, or make it with --no-paths.",
  "report.noPaths": "File names are left out (--no-paths): mails are numbered.",
  "report.chart.rule": "Mails per rule",
  "report.chart.action": "Mails per action",
  "report.chart.category": "Mails per kind of message",
  "report.stopped": "Mails that would be stopped (secure or block): {n}",
  "report.confirm": "Mails that would ask the user to confirm (warn): {n}",
  "report.none": "None.",
  "report.unreadable": "Files that could not be read",
  "report.col.file": "mail",
  "report.col.action": "action",
  "report.col.rule": "rule",
  "report.col.explanation": "explanation",
  "report.col.source": "source in the handbook",
  "report.rules": "The rules and their source",
  "report.policy": "The policy",
  "report.mail": "mail {n}",
  "report.sourcePrefix": "Handbook Veilig mailen: ",
  "policy.practiceDomains": "practice domains",
  "policy.practiceDomains.sender": "(the sender's domain)",
  "policy.secureNetworks": "secure networks",
  "policy.careType": "care type",
  "policy.appointment.sensitive":
    "appointment mail to a patient always goes securely; in this field of care so does a general practice mail to one patient",
  "policy.appointment.notSensitive":
    "appointment mail to a patient always goes securely; a general practice mail to one patient (e.g. opening hours) may go as usual",
  "policy.secureChannel": "secure channel",
  "policy.trigger.header": "header {name}: {value}",
  "policy.trigger.subjectTag": "subject tag {tag}",
  "policy.trigger.label": "sensitivity label {label}",
  "policy.routing": "routing {routing}",
  "policy.rulesOff": "rules switched off",
  "policy.actionOverrides": "action overrides",
  "policy.overrides": "may send anyway",
  "policy.reasons": "override reasons",
  "policy.onError": "on internal error",
  "policy.language": "language",
  "policy.audit": "audit endpoint",
  "policy.none": "none",
  "policy.nobody": "nobody",
  "warn.publicPractice":
    "{file}: warning: {domain} is a public mail service; as a practice domain everyone with a {domain} address counts as a colleague.",
  "warn.publicSecure":
    "{file}: warning: {domain} is a public mail service, not a secure network; mail to it would count as secure.",
  "warn.broadRole":
    "{file}: warning: the pattern {pattern} of role {role} matches almost anyone; list the addresses exactly (e.g. j.devries@praktijk.nl).",
};

export type CliKey = keyof CliMessages;

/** A CLI or report text in the given language with {placeholders} filled in. */
export function tc(
  lang: Language,
  key: CliKey,
  params: Record<string, string | number> = {}
): string {
  const template = (lang === "en" ? en : nl)[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{${name}}`
  );
}

/** The language for terminal messages: --language, else the environment's locale, else English. */
export function terminalLanguage(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): Language {
  if (explicit === "nl" || explicit === "en") return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("nl") ? "nl" : "en";
}

/** Rule names in words, for the report (the pane has its own short titles in nl.ts/en.ts). */
export const RULE_NAMES: Record<Language, Record<RuleId, string>> = {
  nl: {
    "secure-channel-required": "Beveiligde mail nodig",
    "unencrypted-attachment": "Onversleutelde bijlage met gezondheidsgegevens",
    "password-in-mail": "Wachtwoord van de bijlage in de mail",
    "visible-group-recipients": "Patiënten zien elkaars adres",
    "lookalike-domain": "Domein lijkt op een bekend domein (tikfout)",
    "recipient-mismatch": "Aanhef past niet bij de ontvanger",
    "internal-attachment": "Gezondheidsgegevens als bijlage binnen de praktijk",
    "new-recipient": "Nieuwe ontvanger buiten de praktijk",
  },
  en: {
    "secure-channel-required": "Secure mail required",
    "unencrypted-attachment": "Unencrypted attachment with health data",
    "password-in-mail": "Attachment password in the mail",
    "visible-group-recipients": "Patients see each other's address",
    "lookalike-domain": "Domain looks like a known domain (typo)",
    "recipient-mismatch": "Salutation does not match the recipient",
    "internal-attachment": "Health data as an attachment inside the practice",
    "new-recipient": "New recipient outside the practice",
  },
};

export const ACTION_NAMES: Record<Language, Record<Action, string>> = {
  nl: {
    allow: "mag weg",
    warn: "waarschuwing",
    secure: "alleen beveiligd",
    block: "geblokkeerd",
  },
  en: { allow: "allow", warn: "warn", secure: "secure", block: "block" },
};

export const CATEGORY_NAMES: Record<Language, Record<Category, string>> = {
  nl: {
    medical: "medisch",
    logistic: "afspraak of logistiek",
    general: "algemene praktijkinformatie",
    none: "niet over zorg",
  },
  en: {
    medical: "medical",
    logistic: "appointment or logistics",
    general: "general practice information",
    none: "not about care",
  },
};
