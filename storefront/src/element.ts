import { fetchDeclaration, postConsent, type StoreClient } from "./api"
import { newConsentId, readConsent, writeConsent } from "./consent-cookie"
import { consentUpdate } from "./consent-mode"
import { bannerHtml, floatingHtml, settingsHtml } from "./dialog"
import { announce } from "./listeners"
import { gateScripts } from "./script-gating"
import { removeRefused } from "./storage-cleanup"
import css from "./styles.css"
import type { ConsentAction, CookieConsent, CookieDeclaration } from "./types"

/** The declaration has no text for a failed request; these cover the shop's languages, English the rest. */
const SAVE_FAILED: Record<string, string> = {
  en: "Your choice could not be saved. Please try again.",
  nb: "Valget ditt ble ikke lagret. Prøv igjen.",
  fi: "Valintaasi ei voitu tallentaa. Yritä uudelleen.",
  sv: "Ditt val kunde inte sparas. Försök igen.",
}

const NONE = 0
const BANNER = 1
const SETTINGS = 2

// Importing the module where there is no DOM (server rendering) must not throw.
const Base = (typeof HTMLElement < "u" ? HTMLElement : class {}) as typeof HTMLElement

export let current: PrivacyCookieBanner | undefined
let settingsWanted = false

export function openCookieSettings() {
  if (current?.declaration_) current.show_(SETTINGS)
  else settingsWanted = true
}

export class PrivacyCookieBanner extends Base {
  static observedAttributes = ["lang"]
  /**
   * A customer's JWT; a property only, so that it never shows in the page's markup.
   * Declared, not initialised: a value set before the element was upgraded must survive the upgrade.
   */
  declare authToken: string | null
  declaration_?: CookieDeclaration
  /** The stored choice once the declaration confirmed its revision. */
  consent_: CookieConsent | null = null
  view_ = NONE
  returnTo_?: HTMLElement | null
  busy_?: boolean

  connectedCallback() {
    current = this
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: "open" })
      root.addEventListener("click", (event) => this.click_(event))
      root.addEventListener("keydown", (event) => this.key_(event as KeyboardEvent))
    }
    this.load_()
  }

  attributeChangedCallback() {
    if (this.declaration_) this.load_()
  }

  client_(): StoreClient {
    return { backendUrl: this.getAttribute("backend-url") || "", publishableKey: this.getAttribute("publishable-key") || "", authToken: this.authToken }
  }

  async load_(askAgain?: boolean) {
    const stored = readConsent()
    const lang = this.getAttribute("lang") || document.documentElement.lang || navigator.language
    try {
      this.declaration_ = await fetchDeclaration(this.client_(), lang.split("-")[0].toLowerCase())
    } catch {
      // Without the declaration the shop cannot ask; a choice the visitor made still holds.
      if (stored) this.apply_(stored)
      return
    }
    this.consent_ = stored?.revision == this.declaration_.revision ? stored : null
    if (this.consent_) this.apply_(this.consent_)
    this.show_(settingsWanted ? SETTINGS : this.consent_ && !askAgain ? NONE : BANNER)
    settingsWanted = false
  }

  show_(view: number) {
    const root = this.shadowRoot!
    const d = this.declaration_!
    const notice = this.getAttribute("notice-url")
    if (view && !this.view_) this.returnTo_ = document.activeElement as HTMLElement | null
    this.view_ = view
    root.innerHTML =
      `<style>${css}</style>` +
      (view == BANNER
        ? bannerHtml(d, notice)
        : view == SETTINGS
          ? settingsHtml(d, this.consent_?.categories ?? [], !!this.consent_, notice)
          : this.consent_ && this.hasAttribute("floating-link")
            ? floatingHtml(d.texts)
            : "")
    if (view) return root.querySelector<HTMLElement>(".box")!.focus()
    // Opened from the floating button, focus goes back to the new one.
    ;(this.returnTo_ == this ? root.querySelector("button") : this.returnTo_)?.focus()
    this.returnTo_ = null
  }

  click_(event: Event) {
    const action = (event.target as Element).closest("[data-action]")?.getAttribute("data-action")
    if (action == "choose") this.show_(SETTINGS)
    else if (action == "close") this.show_(NONE)
    else if (action) this.choose_(action == "save" ? "custom" : (action as ConsentAction))
    // A click on the backdrop must not leave the keyboard outside the dialog.
    else if (this.view_ == SETTINGS && !this.shadowRoot!.activeElement) this.shadowRoot!.querySelector<HTMLElement>(".box")!.focus()
  }

  key_(event: KeyboardEvent) {
    if (this.view_ != SETTINGS) return
    // A first visit has to choose; only a visitor who has chosen may leave without saving.
    if (event.key == "Escape" && this.consent_) this.show_(NONE)
    if (event.key != "Tab") return
    const root = this.shadowRoot!
    const focusable = [...root.querySelectorAll<HTMLElement>(".settings button, .settings input:not(:disabled), .settings a")]
    const at = focusable.indexOf(root.activeElement as HTMLElement)
    const last = focusable.length - 1
    if (event.shiftKey ? at <= 0 : at == last) {
      event.preventDefault()
      focusable[event.shiftKey ? last : 0].focus()
    }
  }

  async choose_(action: ConsentAction) {
    const d = this.declaration_!
    const root = this.shadowRoot!
    if (this.busy_) return
    this.busy_ = true
    const categories =
      action == "accept_all"
        ? d.categories.map((category) => category.id)
        : action == "reject_all"
          ? d.categories.filter((category) => category.required).map((category) => category.id)
          : [...root.querySelectorAll<HTMLInputElement>("input:checked")].map((input) => input.value)
    let response: Response | undefined
    try {
      response = await postConsent(this.client_(), {
        consent_id: readConsent()?.consentId ?? newConsentId(),
        action,
        categories,
        revision: d.revision,
        language: d.language,
      })
      if (response.status == 400 && /revision/i.test((await response.clone().json()).message)) return this.load_(true)
      if (response.ok) {
        const { cookie_consent: saved } = await response.json()
        const consent = { consentId: saved.consent_id, categories: saved.categories, revision: saved.revision, expiresAt: new Date(saved.expires_at) }
        writeConsent(consent)
        this.consent_ = consent
        this.apply_(consent)
        return this.show_(NONE)
      }
    } catch {
      // Nothing reached the shop, so nothing can be proven: the choice is not stored.
    } finally {
      this.busy_ = false
    }
    root.querySelector(".error")!.textContent = d.texts.error || SAVE_FAILED[d.language] || SAVE_FAILED.en
  }

  apply_(consent: CookieConsent) {
    consentUpdate(consent.categories)
    gateScripts(consent.categories)
    if (this.declaration_) removeRefused(this.declaration_.categories, consent.categories)
    announce(consent)
  }
}
