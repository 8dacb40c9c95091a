import { nl } from "./nl";
import { en } from "./en";
import type { Language } from "../engine/types";

export type Messages = typeof nl;
export type MessageKey = keyof Messages;

const CATALOGUES: Record<Language, Messages> = { nl, en };

/** Message in the given language with {placeholders} filled in. */
export function t(
  lang: Language,
  key: MessageKey,
  params: Record<string, string | number> = {}
): string {
  const template = CATALOGUES[lang][key] ?? nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{${name}}`
  );
}

/** Outlook's display language ("nl-NL", "en-US", ...) -> our language; Dutch unless English. */
export function languageFrom(
  displayLanguage: string | undefined,
  fallback: Language = "nl"
): Language {
  if (!displayLanguage) return fallback;
  return displayLanguage.toLowerCase().startsWith("en")
    ? "en"
    : displayLanguage.toLowerCase().startsWith("nl")
      ? "nl"
      : fallback;
}
