import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { describeFailure } from "../retention/failure-code"
import { buildCustomerExportWorkflow } from "../workflows/build-customer-export"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { failCustomerExportWorkflow } from "../workflows/fail-customer-export"
import { CLAIM_EXPORT_BUILD_STEP } from "../workflows/steps/claim-export-build"

/**
 * Builds a requested export in the background. A build that fails is marked
 * failed with its reason (a code, never the error's own text) (its file, if any, was removed by the compensation);
 * a run that could not take the export (another run has it) changes nothing.
 */
export default async function exportRequestedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { errors } = await buildCustomerExportWorkflow(container).run({
    input: { export_id: event.data.id },
    throwOnError: false,
  })
  if (!errors.length || errors.every((failure) => failure.action === CLAIM_EXPORT_BUILD_STEP)) {
    return
  }
  // A code and a fixed text only: a driver's message carries the statement's values, personal data among them.
  const reason = describeFailure(errors[0].error, { code: "export_failed", message: "The export could not be built" }).message
  await failCustomerExportWorkflow(container).run({ input: { export_id: event.data.id, reason } })
}

export const config: SubscriberConfig = {
  event: PrivacyEvents.EXPORT_REQUESTED,
  context: { subscriberId: "privacy-build-export" },
}
