import type { MedusaContainer } from "@medusajs/framework/types"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { PrivacyProfileDTO } from "../../modules/privacy/service"
import { ensurePrivacyProfilesWorkflow } from "../../workflows/ensure-privacy-profiles"

export const PROFILE_FIELDS = [
  "id",
  "customer_id",
  "customer_number",
  "language",
  "gender",
  "homepage_url",
  "source",
  "last_activity_at",
  "created_at",
  "updated_at",
] as const

export type PrivacyProfileResponse = Pick<PrivacyProfileDTO, (typeof PROFILE_FIELDS)[number]>

/**
 * Reads a customer's profile, creating it first if the customer has none yet
 * (a sign-up event still on its way, or a store that has not run the backfill).
 */
export async function loadPrivacyProfile(
  scope: MedusaContainer,
  customerId: string
): Promise<PrivacyProfileResponse | undefined> {
  const privacy = scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const select = [...PROFILE_FIELDS]
  const [profile] = await privacy.listPrivacyProfiles({ customer_id: customerId }, { select })
  if (profile) {
    return profile
  }
  await ensurePrivacyProfilesWorkflow(scope).run({ input: { customer_ids: [customerId] } })
  const [created] = await privacy.listPrivacyProfiles({ customer_id: customerId }, { select })
  return created
}

export function toProfileResponse(profile: PrivacyProfileDTO): PrivacyProfileResponse {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, profile[field]])) as PrivacyProfileResponse
}

export function availableLanguages(scope: MedusaContainer): string[] {
  return scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).getOptions().languages
}
