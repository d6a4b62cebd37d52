/** The store's cookie declaration, as GET /store/privacy/cookies answers it. */
export interface CookieItem {
  name: string
  kind: "cookie" | "localStorage" | "sessionStorage" | "pixel"
  provider: { id: string; name: string; country?: string | null } | null
  purpose: string
  lifetime_seconds: number | null
  lifetime: string
}

export interface CookieCategory {
  id: string
  required: boolean
  title: string
  description: string
  items: CookieItem[]
}

export interface CookieDeclaration {
  revision: string
  language: string
  consent_months: number
  categories: CookieCategory[]
  texts: Record<string, string>
}

export interface CookieConsent {
  consentId: string
  categories: string[]
  revision: string
  expiresAt: Date
}

export type ConsentAction = "accept_all" | "reject_all" | "custom"
