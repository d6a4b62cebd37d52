export const GENDERS = ["female", "male", "other", "undisclosed"] as const
export type Gender = (typeof GENDERS)[number]

/** Where a customer first came from (policy clause 5, "Informasjonskilder"). */
export const CUSTOMER_SOURCES = ["storefront", "checkout", "admin", "phone", "email", "import"] as const
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number]

/** Who changed a profile, for the change log that backs rectification (GDPR Art. 16). */
export const PROFILE_CHANGE_CHANNELS = ["storefront", "admin", "system"] as const
export type ProfileChangeChannel = (typeof PROFILE_CHANGE_CHANNELS)[number]

export const PROFILE_EDITABLE_FIELDS = ["language", "gender", "homepage_url"] as const
export type ProfileEditableField = (typeof PROFILE_EDITABLE_FIELDS)[number]
