import { parsePhoneNumberFromString } from "libphonenumber-js";
import { toAsciiDigits } from "./ascii-digits";

// Cambodian mobile numbers: country code 855, then an 8- or 9-digit national
// number (a two-digit operator prefix such as 12, 97 or 88 and 6 or 7 digits).
// Written locally with a leading 0 (012 345 678), internationally as +855 or 855.

export const COUNTRY_CODE = "855";
const NATIONAL_NUMBER = /^[1-9]\d{7,8}$/;
const LONGEST_NATIONAL = 9;
// Any dash: a Chinese keyboard gives "－" or "—" where an English one gives "-".
const ALLOWED_CHARACTERS = /^\+?[\d\s\p{Pd}.()]+$/u;

/** `error` is a key of the "errors" messages: the number's problem, in no particular language. */
export type PhoneParseResult = { ok: true; e164: string } | { ok: false; error: PhoneError };

export type PhoneError =
  | "cases.enterPhone"
  | "cases.phoneDigitsOnly"
  | "cases.phoneNotCambodian"
  | "cases.phoneIncomplete"
  | "cases.phoneTooManyDigits"
  | "cases.phoneInternationalInvalid";

// A number copied from a contact card or a chat comes wrapped in invisible
// direction marks (U+202A…U+202C, U+2066…U+2069) or zero-width spaces: the
// field shows "+855 12 345 678" and nothing the user could delete by sight.
const INVISIBLE = /\p{Cf}/gu;

/** The number as typed or pasted, digits in ASCII, invisible characters gone. */
function readable(input: string): string {
  return toAsciiDigits(input.replace(INVISIBLE, "")).trim();
}

/**
 * Accepts +855 / 855 / 0 prefixes with spaces, dashes, dots or
 * brackets, in full-width characters or Khmer digits too; returns E.164 (+85512345678).
 */
export function parseCambodianPhone(input: string): PhoneParseResult {
  // A Chinese keyboard in full-width mode types "０９７ ５５５ １２３４", "＋" and "－"; a Khmer one "០៩៧".
  const trimmed = readable(input);
  if (trimmed === "") return { ok: false, error: "cases.enterPhone" };
  if (!ALLOWED_CHARACTERS.test(trimmed)) {
    return { ok: false, error: "cases.phoneDigitsOnly" };
  }
  const international = trimmed.startsWith("+");
  let digits = trimmed.replace(/\D/g, "");
  if (international && !digits.startsWith(COUNTRY_CODE)) {
    return { ok: false, error: "cases.phoneNotCambodian" };
  }
  if (international || (digits.startsWith(COUNTRY_CODE) && digits.length >= 11)) {
    digits = digits.slice(COUNTRY_CODE.length);
    // "+855 012 345 678": the local trunk 0 kept after the country code.
    if (digits.startsWith("0")) digits = digits.slice(1);
  } else if (digits.startsWith("0")) {
    digits = digits.slice(1);
  }
  // Told apart from "incomplete": a digit too many is a slip to look for, not a number cut short.
  // "855 123 4567" may be the country code and 7 digits, too few: that stays "incomplete".
  if (digits.length > LONGEST_NATIONAL && !digits.startsWith(COUNTRY_CODE)) return { ok: false, error: "cases.phoneTooManyDigits" };
  if (!NATIONAL_NUMBER.test(digits)) {
    return { ok: false, error: "cases.phoneIncomplete" };
  }
  return { ok: true, e164: `+${COUNTRY_CODE}${digits}` };
}


/**
 * A number as a case may hold it: Cambodian as `parseCambodianPhone` reads
 * it, or, written with "+" and another country code, any international
 * number (an international eSIM's may be British or Chinese). Only "+" marks
 * one: "0012 345 678" is a Cambodian number with a zero too many, not a call
 * abroad. Which operators may hold a foreign number is the form's rule
 * (schemas.ts).
 */
export function parsePhone(input: string): PhoneParseResult {
  const trimmed = readable(input);
  if (!trimmed.startsWith("+") || !ALLOWED_CHARACTERS.test(trimmed)) return parseCambodianPhone(input);
  const digits = trimmed.replace(/\D/g, "");
  if (digits.startsWith(COUNTRY_CODE)) return parseCambodianPhone(input);
  // The country's own lengths (libphonenumber's metadata): a digit dropped or doubled in a
  // British or Chinese number is caught here, as is a country code that does not exist.
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  if (!parsed?.isPossible()) return { ok: false, error: "cases.phoneInternationalInvalid" };
  return { ok: true, e164: parsed.number };
}

export function isCambodianPhone(e164: string): boolean {
  return e164.startsWith(`+${COUNTRY_CODE}`);
}

function nationalDigits(e164: string): string {
  return e164.startsWith(`+${COUNTRY_CODE}`) ? e164.slice(COUNTRY_CODE.length + 1) : e164.replace(/\D/g, "");
}

/**
 * +85512345678 -> "+855 12 345 678"; +855971234567 -> "+855 97 123 4567". A
 * foreign number as its country writes it (+44 7700 900123), from
 * libphonenumber's numbering plans.
 */
export function formatPhone(e164: string): string {
  if (!isCambodianPhone(e164)) return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
  const n = nationalDigits(e164);
  return `+${COUNTRY_CODE} ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`;
}

/** For lists: only the last four digits show. */
export function maskPhone(e164: string): string {
  if (!isCambodianPhone(e164)) {
    const country = parsePhoneNumberFromString(e164)?.countryCallingCode ?? "••";
    return `+${country} ••• ${e164.slice(-4)}`;
  }
  return `+${COUNTRY_CODE} •• ••• ${nationalDigits(e164).slice(-4)}`;
}
