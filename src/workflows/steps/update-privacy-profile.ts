import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { PrivacyProfileDTO } from "../../modules/privacy/service"
import type { PrivacyProfileUpdate } from "../update-privacy-profile"

type Input = { customer_id: string; update: PrivacyProfileUpdate }
type Previous = { id: string } & PrivacyProfileUpdate

export type UpdatedProfile = { profile: PrivacyProfileDTO; changed_fields: string[] }

/** Applies the fields that really change; compensation puts back their old values. */
export const updatePrivacyProfileStep = createStep(
  "update-privacy-profile",
  async ({ customer_id, update }: Input, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const [current] = await privacy.listPrivacyProfiles({ customer_id })
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer '${customer_id}' has no privacy profile`)
    }

    const changes: PrivacyProfileUpdate = {}
    const previous: Previous = { id: current.id }
    for (const [field, value] of Object.entries(update) as [keyof PrivacyProfileUpdate, never][]) {
      if (value !== undefined && current[field] !== value) {
        changes[field] = value
        previous[field] = current[field] as never
      }
    }
    const changed_fields = Object.keys(changes)
    if (!changed_fields.length) {
      return new StepResponse<UpdatedProfile, Previous>({ profile: current, changed_fields }, previous)
    }

    const profile = await privacy.updatePrivacyProfiles({ id: current.id, ...changes })
    return new StepResponse<UpdatedProfile, Previous>({ profile, changed_fields }, previous)
  },
  async (previous, { container }) => {
    // Only the id means nothing was changed, so there is nothing to put back.
    if (!previous || Object.keys(previous).length === 1) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).updatePrivacyProfiles(previous)
  }
)
