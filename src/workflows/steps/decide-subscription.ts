import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type { ConsentChannel } from "../../modules/privacy/lib/constants"
import type PrivacyModuleService from "../../modules/privacy/service"

type Input = { email: string; customer_id: string | null; purpose: string; channel: ConsentChannel }

/**
 * Whether a sign-up without an account must be confirmed by e-mail: always
 * with double opt-in, and otherwise when the address objected before, since
 * only a confirmed opt-in undoes an objection (GDPR Art. 21(3)).
 */
export const decideSubscriptionStep = createStep("decide-subscription", async (input: Input, { container }) => {
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { doubleOptIn } = privacy.getOptions().consent
  const objected = await privacy.hasObjected(
    input.customer_id ? { customer_id: input.customer_id } : { email: input.email },
    input.purpose,
    input.channel
  )
  return new StepResponse({ confirm: doubleOptIn || objected, double_opt_in: doubleOptIn })
})
