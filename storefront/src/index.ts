import { consentDefault } from "./consent-mode"
import { readConsent } from "./consent-cookie"
import { current, openCookieSettings, PrivacyCookieBanner } from "./element"
import { onCookieConsent } from "./listeners"

export type { CookieCategory, CookieConsent, CookieDeclaration, CookieItem } from "./types"
export { onCookieConsent, openCookieSettings, PrivacyCookieBanner }

/** Before the declaration has confirmed the stored revision, the stored choice is all there is. */
export const getCookieConsent = () => (current?.declaration_ ? current.consent_ : readConsent())

if (typeof window < "u") {
  consentDefault()
  if (!customElements.get("privacy-cookie-banner")) customElements.define("privacy-cookie-banner", PrivacyCookieBanner)
}
