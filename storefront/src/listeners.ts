import type { CookieConsent } from "./types"

const listeners = new Set<(consent: CookieConsent) => void>()

export function onCookieConsent(listener: (consent: CookieConsent) => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export function announce(consent: CookieConsent) {
  listeners.forEach((listener) => listener(consent))
  document.dispatchEvent(new CustomEvent("privacy:consent", { detail: consent }))
}
