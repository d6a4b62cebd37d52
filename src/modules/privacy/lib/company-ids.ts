/**
 * Company identifiers the notice states (GDPR Art. 13(1)(a): the controller's
 * identity). Business IDs are checked for the countries whose registers the
 * plugin knows; the VAT number in the EU format (Council Directive
 * 2006/112/EC Art. 215: a country prefix and the national number).
 */

/** Countries whose business ID format and check digit the plugin checks. */
export const CHECKED_BUSINESS_ID_COUNTRIES = ["FI", "NO", "SE", "DK"] as const
export type CheckedBusinessIdCountry = (typeof CHECKED_BUSINESS_ID_COUNTRIES)[number]

const digitsOf = (value: string) => value.split("").map(Number)
const weighted = (digits: number[], weights: number[]) => weights.reduce((sum, weight, i) => sum + weight * digits[i], 0)

/** Y-tunnus check digit: weights 7, 9, 10, 5, 8, 4, 2; remainder 0 gives 0, 1 is never issued, else 11 − remainder. */
function finnishCheckDigit(sevenDigits: string): number | undefined {
  const remainder = weighted(digitsOf(sevenDigits), [7, 9, 10, 5, 8, 4, 2]) % 11
  return remainder === 0 ? 0 : remainder === 1 ? undefined : 11 - remainder
}

/** Norwegian organisasjonsnummer: nine digits, modulus 11 with weights 3, 2, 7, 6, 5, 4, 3, 2. */
function norwegianValid(nine: string): boolean {
  const remainder = weighted(digitsOf(nine), [3, 2, 7, 6, 5, 4, 3, 2]) % 11
  const check = remainder === 0 ? 0 : 11 - remainder
  return check !== 10 && check === Number(nine[8])
}

/** Swedish organisationsnummer: ten digits with a Luhn check digit. */
function luhnValid(digits: string): boolean {
  const sum = digitsOf(digits)
    .reverse()
    .reduce((total, digit, i) => total + (i % 2 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0)
  return sum % 10 === 0
}

/** Danish CVR number: eight digits, weights 2, 7, 6, 5, 4, 3, 2, 1, sum divisible by 11. */
function danishValid(eight: string): boolean {
  return weighted(digitsOf(eight), [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0
}

const compact = (value: string) => value.replace(/[\s.]/g, "").toUpperCase()

/** The digits a business ID stands for, when it is a valid ID of that country. */
export function businessIdDigits(country: string, value: string): string | undefined {
  const id = compact(value)
  switch (country) {
    case "FI": {
      const match = /^(\d{7})-(\d)$/.exec(id)
      return match && finnishCheckDigit(match[1]) === Number(match[2]) ? `${match[1]}${match[2]}` : undefined
    }
    case "NO":
      return /^\d{9}$/.test(id) && norwegianValid(id) ? id : undefined
    case "SE": {
      const digits = id.replace(/^(\d{6})-(\d{4})$/, "$1$2")
      return /^\d{10}$/.test(digits) && luhnValid(digits) ? digits : undefined
    }
    case "DK": {
      const digits = id.replace(/^DK/, "")
      return /^\d{8}$/.test(digits) && danishValid(digits) ? digits : undefined
    }
    default:
      return undefined
  }
}

/** How each checked country writes its business ID, for start-up messages. */
export const BUSINESS_ID_FORMATS: Record<CheckedBusinessIdCountry, string> = {
  FI: "a Finnish business ID (Y-tunnus): seven digits, a hyphen and a valid check digit, such as 2925634-1",
  NO: "a Norwegian organisasjonsnummer: nine digits with a valid check digit, such as 923609016",
  SE: "a Swedish organisationsnummer: ten digits with a valid check digit, such as 556036-0793",
  DK: "a Danish CVR number: eight digits with a valid check digit, such as 25313763",
}

/** The national part of an EU VAT number per prefix (the VIES formats; Greece is EL, Northern Ireland XI). */
const VAT_FORMATS: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^\d[A-Z0-9+*]\d{5}[A-W][A-I]?$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
}

export type VatProblem = "format" | "greece_prefix" | "not_eu" | "check_digit"

/** The VAT number without spaces, dots or hyphens, upper-case: the form the notice shows. */
export function normalizeVatId(value: string): string {
  return value.replace(/[\s.-]/g, "").toUpperCase()
}

/** Why a VAT number is not a valid EU VAT number, or undefined when it is. */
export function vatIdProblem(value: string): VatProblem | undefined {
  const vat = normalizeVatId(value)
  const prefix = vat.slice(0, 2)
  const national = vat.slice(2)
  if (prefix === "GR") {
    return "greece_prefix"
  }
  const format = VAT_FORMATS[prefix]
  if (!format) {
    return /^[A-Z]{2}/.test(vat) ? "not_eu" : "format"
  }
  if (!format.test(national)) {
    return "format"
  }
  // The Finnish VAT number is the Y-tunnus without its hyphen: its last digit is the same check digit.
  if (prefix === "FI" && finnishCheckDigit(national.slice(0, 7)) !== Number(national[7])) {
    return "check_digit"
  }
  if (prefix === "DK" && !danishValid(national)) {
    return "check_digit"
  }
  if (prefix === "SE" && !luhnValid(national.slice(0, 10))) {
    return "check_digit"
  }
  return undefined
}

/**
 * The VAT number a business ID gives in its own country, where the law
 * derives one from the other (FI: FI + the eight digits; SE: SE + the ten
 * digits + 01; DK: DK + the CVR number).
 */
export function vatIdFor(country: string, businessIdDigitsValue: string): string | undefined {
  switch (country) {
    case "FI":
      return `FI${businessIdDigitsValue}`
    case "SE":
      return `SE${businessIdDigitsValue}01`
    case "DK":
      return `DK${businessIdDigitsValue}`
    default:
      return undefined
  }
}
