import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { PrivacyEvents } from "../../modules/privacy/lib/events"
import { failCustomerExportWorkflow } from "../../workflows/fail-customer-export"

export const STALLED_BUILD_REASON = "The build was interrupted before it finished (the server may have restarted); retry it."

/**
 * Exports that stopped moving: a request whose build never started (its event
 * was lost, e.g. with a restart of a server on the in-memory event bus) is
 * announced again; a build that never finished is failed, so staff can retry
 * it and it no longer counts against the customer's daily limit.
 */
export async function recoverStalledExports(
  container: MedusaContainer,
  { pendingMinutes = 15, buildingMinutes = 60 } = {}
): Promise<{ restarted: number; failed: number }> {
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const stalled = await privacy.listStalledExports({ pendingMinutes, buildingMinutes, limit: 500 })
  const pending = stalled.filter((request) => request.status === "pending")
  if (pending.length) {
    await container
      .resolve(Modules.EVENT_BUS)
      .emit(pending.map((request) => ({ name: PrivacyEvents.EXPORT_REQUESTED, data: { id: request.id } })))
  }
  let failed = 0
  for (const request of stalled.filter((request) => request.status === "building")) {
    const { result } = await failCustomerExportWorkflow(container).run({ input: { export_id: request.id, reason: STALLED_BUILD_REASON } })
    failed += result ? 1 : 0
  }
  return { restarted: pending.length, failed }
}
