/**
 * medusa-plugin-privacy/storefront: the cookie banner for a Medusa storefront.
 *
 * Importing the module registers `<privacy-cookie-banner>` and, when the page
 * has `window.gtag` or a `window.dataLayer` array, sends Google Consent Mode v2
 * defaults (everything denied but security_storage).
 *
 * ```html
 * <privacy-cookie-banner backend-url="https://shop.example" publishable-key="pk_…" floating-link></privacy-cookie-banner>
 * <script type="text/plain" data-privacy-category="statistics" src="/stats.js"></script>
 * <script type="module">import "medusa-plugin-privacy/storefront"</script>
 * ```
 *
 * Scripts marked `type="text/plain" data-privacy-category="<category>"` run once
 * their category is granted (`data-type` gives another real type, e.g. "module"),
 * including scripts added to the page later. When a category is withdrawn, its
 * declared cookies and localStorage/sessionStorage items on the shop's site are
 * deleted; a script that already ran keeps running until the page is reloaded,
 * so a shop that must stop one at once reloads the page on `privacy:consent`.
 */

/** One cookie or storage item of the shop's declaration. */
export interface CookieItem {
  /** The name, or a pattern with `*` (e.g. `_ga_*`). */
  name: string
  kind: "cookie" | "localStorage" | "sessionStorage" | "pixel"
  /** null for the shop's own items. */
  provider: { id: string; name: string; country?: string | null } | null
  purpose: string
  /** null for an item that lasts for the session. */
  lifetime_seconds: number | null
  /** Already translated. */
  lifetime: string
}

export interface CookieCategory {
  /** One of necessary, preferences, statistics, marketing. */
  id: string
  required: boolean
  title: string
  description: string
  items: CookieItem[]
}

/** GET /store/privacy/cookies as the banner reads it. */
export interface CookieDeclaration {
  revision: string
  language: string
  consent_months: number
  categories: CookieCategory[]
  texts: Record<string, string>
}

/** The visitor's choice as the `privacy_consent` cookie keeps it. */
export interface CookieConsent {
  /** The random id the shop's consent record carries. */
  consentId: string
  /** Granted categories; always includes "necessary". */
  categories: string[]
  /** The declaration revision the choice was made on; a new revision asks again. */
  revision: string
  expiresAt: Date
}

/**
 * `<privacy-cookie-banner>`. Attributes: `backend-url`, `publishable-key`,
 * `lang` (default: the page's language, then the browser's), `notice-url`
 * (link to the privacy notice), `floating-link` (a "Cookie settings" button
 * once a choice exists).
 */
export declare class PrivacyCookieBanner extends HTMLElement {
  static observedAttributes: string[]
  /** A signed-in customer's JWT, sent as `Authorization: Bearer` so the record is linked to them. Never an attribute. */
  authToken: string | null
  connectedCallback(): void
  attributeChangedCallback(): void
}

/** Opens the settings layer (one switch per category); also before any choice. */
export declare function openCookieSettings(): void

/**
 * The stored choice, or null when there is none, it expired, or the banner
 * found that the declaration has changed since.
 */
export declare function getCookieConsent(): CookieConsent | null

/**
 * Calls the listener on every choice and once on load when a stored choice is
 * still valid; returns the function that removes it. The same moments dispatch
 * `privacy:consent` on `document`, with the CookieConsent as `detail`.
 */
export declare function onCookieConsent(listener: (consent: CookieConsent) => void): () => void

declare global {
  interface HTMLElementTagNameMap {
    "privacy-cookie-banner": PrivacyCookieBanner
  }
  interface DocumentEventMap {
    "privacy:consent": CustomEvent<CookieConsent>
  }
}
