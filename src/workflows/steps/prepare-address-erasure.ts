import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import { entityIds } from "../../modules/privacy/lib/entity-ids"
import type PrivacyModuleService from "../../modules/privacy/service"
import { addressErasureDryRun } from "../../retention/dry-run"
import { database, erasureSettings } from "../../retention/settings"

export type PrepareAddressErasureInput = {
  email: string
  held: boolean
  dry_run: boolean
  actor: { type: "user" | "api-key"; id: string }
  now: string
}

/**
 * What erasing the address now does (the same plan and row sets as the
 * erasure itself, counted and rolled back), and, unless it is a dry run or
 * nothing is held, the erasure's record: pending, or blocked with the holds
 * that stop it. Compensation marks a pending record failed.
 */
export const prepareAddressErasureStep = createStep(
  "prepare-privacy-address-erasure",
  async (input: PrepareAddressErasureInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const plan = await addressErasureDryRun(
      database(container),
      input.email,
      erasureSettings(container, new Date(input.now)),
      privacy.getOptions().retention.consentProofYears
    )
    if (input.dry_run || !input.held) {
      return new StepResponse({ plan, erasure_id: null as string | null, erasing: false }, null)
    }
    const [id] = entityIds("perase", 1)
    await privacy.recordAddressErasure({
      id,
      email: input.email,
      status: plan.erasable ? "pending" : "blocked",
      holds: plan.erasable ? null : plan.blocked,
      actor: input.actor,
    })
    return new StepResponse({ plan, erasure_id: id, erasing: plan.erasable }, plan.erasable ? id : null)
  },
  async (erasureId, { container }) => {
    if (!erasureId) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).failPendingErasures([erasureId])
  }
)
