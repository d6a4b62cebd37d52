import type { CookieConsent } from "./types"

const NAME = "privacy_consent"

/** The stored choice, or null when there is none or it has expired; its revision is checked by the banner. */
export function readConsent(): CookieConsent | null {
  const raw = document.cookie.split("; ").find((pair) => pair.startsWith(NAME + "="))
  if (!raw) return null
  const [consentId, revision, expires, categories] = decodeURIComponent(raw.slice(NAME.length + 1)).split("|")
  const expiresAt = new Date(+expires * 1000)
  return categories && expiresAt > new Date() ? { consentId, revision, expiresAt, categories: categories.split(",") } : null
}

/** Compact on purpose: the cookie travels with every request to the shop. */
export function writeConsent(consent: CookieConsent) {
  const expires = Math.floor(+consent.expiresAt / 1000)
  const value = [consent.consentId, consent.revision, expires, consent.categories.join()].join("|")
  document.cookie =
    NAME + "=" + encodeURIComponent(value) + ";path=/;SameSite=Lax;max-age=" + (expires - Math.floor(Date.now() / 1000)) +
    (location.protocol == "https:" ? ";Secure" : "")
}

/** crypto.randomUUID exists only in secure contexts; a shop on plain http still gets a version 4 UUID. */
export const newConsentId = (): string =>
  crypto.randomUUID?.() ??
  "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16)
  )
