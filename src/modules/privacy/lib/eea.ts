/** EU member states and the EEA EFTA states (Iceland, Liechtenstein, Norway): GDPR Chapter V applies to transfers outside these. */
export const EEA_COUNTRIES = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
  "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
])

export function isInEea(country: string): boolean {
  return EEA_COUNTRIES.has(country.toUpperCase())
}
