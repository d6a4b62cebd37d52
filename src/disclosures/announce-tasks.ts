import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import type PrivacyModuleService from "../modules/privacy/service"

/**
 * Emits `privacy.recipient.notify` once for each task opened for these
 * customers that has not been announced: the task, the recipient and the kind
 * of change, never who it is about (an integration reads the task through
 * the admin API). Claiming and emitting are one step, so each goes out once.
 */
export async function announceRecipientTasks(container: MedusaContainer, customerIds: string[]): Promise<number> {
  if (!customerIds.length) {
    return 0
  }
  const tasks = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).claimRecipientNotifications(customerIds)
  if (tasks.length) {
    await container.resolve(Modules.EVENT_BUS).emit(
      tasks.map((task) => ({
        name: PrivacyEvents.RECIPIENT_NOTIFY,
        data: { task_id: task.id, recipient_id: task.recipient_id, change: task.change },
      }))
    )
  }
  return tasks.length
}

/** A rectification or restriction made for a request: open the tasks for the customer's recipients and announce them. */
export async function openRecipientTasksFor(
  container: MedusaContainer,
  input: { customer_id: string | null; change: "rectification" | "restriction"; request_id: string }
): Promise<void> {
  if (!input.customer_id) {
    return
  }
  await container
    .resolve<PrivacyModuleService>(PRIVACY_MODULE)
    .openRecipientTasks({ customer_id: input.customer_id, change: input.change, request_id: input.request_id })
  await announceRecipientTasks(container, [input.customer_id])
}
