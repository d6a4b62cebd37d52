import type { MedusaContainer } from "@medusajs/framework/types"
import { PRIVACY_MODULE } from "../modules/privacy"
import type PrivacyModuleService from "../modules/privacy/service"
import { remindOfficers } from "../requests/reminders"

/**
 * Daily at 07:05, before the working day: requests from the public form
 * nobody confirmed are closed, then officers hear of requests due within the
 * week and of overdue ones.
 */
export default async function remindPrivacyRequestsJob(container: MedusaContainer) {
  const unconfirmed = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).closeUnverifiedRequests()
  const { due_soon, overdue, officers } = await remindOfficers(container)
  container
    .resolve("logger")
    .info(`privacy: request reminders: ${due_soon} due soon, ${overdue} overdue, ${officers} officers told; ${unconfirmed} unconfirmed requests closed`)
}

export const config = { name: "privacy-request-reminders", schedule: "5 7 * * *" }
