import {
  APPLY_START,
  BUSINESS_TERMS,
  CARE_TERMS,
  CV,
  HR_TERMS,
  VACANCY,
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
/**
 * A job application ("Bedankt voor je sollicitatie", "sollicitatiegesprek"): its meeting is an interview
 * with a candidate, not a care appointment of a patient.
 */
export function application(content: string): boolean {
  return APPLY.test(content);
}
