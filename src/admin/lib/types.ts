export type Gender = "female" | "male" | "other" | "undisclosed"
export type CustomerSource = "storefront" | "checkout" | "admin" | "phone" | "email" | "import"

export type PrivacyProfile = {
  id: string
  customer_id: string
  customer_number: string
  language: string
  gender: Gender | null
  homepage_url: string | null
  source: CustomerSource
  last_activity_at: string | null
  created_at: string
  updated_at: string
}

export type PrivacyProfileResponse = {
  privacy_profile: PrivacyProfile
  available_languages: string[]
}

export type PrivacyProfileUpdate = {
  language?: string
  gender?: Gender | null
  homepage_url?: string | null
  source?: CustomerSource
}

export const GENDERS: Gender[] = ["female", "male", "other", "undisclosed"]
export const CUSTOMER_SOURCES: CustomerSource[] = ["storefront", "checkout", "admin", "phone", "email", "import"]
