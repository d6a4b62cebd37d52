import type { MedusaContainer } from "@medusajs/framework/types"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { retireExport } from "./expire-privacy-exports"
import { failCustomerExportWorkflow } from "../../workflows/fail-customer-export"

/**
 * When a customer is deleted, their copies go too: a ready file is deleted
 * (its link stops working) and a waiting request is failed with the reason.
 */
export async function withdrawCustomerExports(container: MedusaContainer, customerId: string): Promise<{ withdrawn: number }> {
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const open = await privacy.listPrivacyExports({ customer_id: customerId, status: ["pending", "ready"] }, { select: ["id", "status", "file_key"] })
  for (const request of open) {
    if (request.status === "ready") {
      await retireExport(container, request)
    } else {
      await failCustomerExportWorkflow(container).run({
        input: { export_id: request.id, reason: "The customer's account was deleted", from: ["pending"] },
      })
    }
  }
  return { withdrawn: open.length }
}
