import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type PrivacyModuleService from "../modules/privacy/service"
import { buildCustomerExportWorkflow } from "../workflows/build-customer-export"
import { PrivacyEvents } from "../workflows/events"

/**
 * Builds a requested export in the background. A failed build is marked
 * failed with its reason (and can be retried); its file, if any, was removed
 * by the workflow's compensation.
 */
export default async function exportRequestedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { errors } = await buildCustomerExportWorkflow(container).run({
    input: { export_id: event.data.id },
    throwOnError: false,
  })
  if (!errors.length) {
    return
  }
  const reason = (errors[0].error as Error)?.message?.slice(0, 500) ?? "unknown error"
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const request = await privacy.retrievePrivacyExport(event.data.id).catch(() => undefined)
  if (request && request.status !== "ready") {
    await privacy.updatePrivacyExports({ id: event.data.id, status: "failed", failure_reason: reason })
    await container
      .resolve(Modules.EVENT_BUS)
      .emit({ name: PrivacyEvents.EXPORT_FAILED, data: { id: event.data.id, customer_id: request.customer_id } })
  }
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(`privacy: export ${event.data.id} failed to build`)
}

export const config: SubscriberConfig = {
  event: PrivacyEvents.EXPORT_REQUESTED,
  context: { subscriberId: "privacy-build-export" },
}
