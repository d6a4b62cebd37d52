import type { MedusaContainer } from "@medusajs/framework/types"
import { remindOfficers } from "../requests/reminders"

/** Daily at 07:05, before the working day: officers hear of requests due within the week and of overdue ones. */
export default async function remindPrivacyRequestsJob(container: MedusaContainer) {
  const { due_soon, overdue, officers } = await remindOfficers(container)
  container.resolve("logger").info(`privacy: request reminders: ${due_soon} due soon, ${overdue} overdue, ${officers} officers told`)
}

export const config = { name: "privacy-request-reminders", schedule: "5 7 * * *" }
