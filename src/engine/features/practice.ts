import {
  APPLY_START,
  BUSINESS_TERMS,
  CARE_TERMS,
  CV,
  HR_TERMS,
  VACANCY,
  VACANCY_AD,
  VACANCY_APPLY,
} from "../lexicon/category-words";
import { terms, termsSource } from "../lexicon/terms";
import { countDistinct } from "./moment";

const CARE = terms(CARE_TERMS.concat(VACANCY), "gi");
/** Distinct practice-information words (opening hours, patients, registration, ...). */
export function careTerms(content: string): number {
  return countDistinct(CARE, content);
}

const BUSINESS = terms(BUSINESS_TERMS.concat(VACANCY), "gi");
/** Distinct supplier, IT, finance, facility and HR words. */
export function businessTerms(content: string): number {
  return countDistinct(BUSINESS, content);
}

const HR = terms(HR_TERMS, "gi");
/** Distinct HR and partnership words of the practice's own people. */
export function hrTerms(content: string): number {
  return countDistinct(HR, content);
}

const APPLY = new RegExp(
  `\\b(?:${termsSource(APPLY_START)})|\\b(?:${termsSource(VACANCY_APPLY.concat(CV))})\\b(?!-)`,
  "i"
);
const VACANCY_WORD = terms(VACANCY);
const AD = new RegExp(
  `\\b(?:${termsSource(APPLY_START)})|\\b(?:${termsSource(VACANCY_AD)})\\b|\\b(?:${termsSource(CV)})\\b(?!-)`,
  "gi"
);
/**
 * "Solliciteren kan tot ...": a vacancy advertised, not HR work on it. Returns how many distinct
 * advertisement words to take off the business count, or -1 when no vacancy is advertised.
 */
export function vacancyAdWords(content: string): number {
  if (!(APPLY.test(content) && VACANCY_WORD.test(content))) return -1;
  return countDistinct(AD, content);
}

/**
 * A job application ("Bedankt voor je sollicitatie", "sollicitatiegesprek"): its meeting is an interview
 * with a candidate, not a care appointment of a patient.
 */
export function application(content: string): boolean {
  return APPLY.test(content);
}
