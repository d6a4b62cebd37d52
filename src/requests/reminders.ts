import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { requestTextsFor } from "../modules/privacy/requests/texts"
import type PrivacyModuleService from "../modules/privacy/service"

export const OFFICER_REMINDER_TEMPLATE = "privacy-request-reminder"

export type ReminderResult = { due_soon: number; overdue: number; officers: number }

/**
 * Reminds privacy officers of the requests due within
 * `requests.reminderDays` and of overdue ones: `privacy.request.due_soon` and
 * `.overdue` per request, one message in the dashboard's notification feed,
 * and one e-mail to each officer. Each request is claimed for the day in the
 * statement that finds it, so a second run (another instance) reminds of
 * nothing twice. A request waiting for identity with the clock stopped is
 * neither due soon nor overdue.
 */
export async function remindOfficers(container: MedusaContainer, now = new Date()): Promise<ReminderResult> {
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const options = privacy.getOptions()
  const today = privacy.requestToday(now)
  const claimed = await privacy.claimRequestReminders(now)
  const running = claimed.filter((request) => !(options.requests.pauseWhileVerifying && request.paused_since))
  const overdue = running.filter((request) => request.due_on < today)
  const dueSoon = running.filter((request) => request.due_on >= today)
  if (!running.length) return { due_soon: 0, overdue: 0, officers: 0 }
  await container.resolve(Modules.EVENT_BUS).emit([
    ...dueSoon.map((request) => ({ name: PrivacyEvents.REQUEST_DUE_SOON, data: { id: request.id, due_on: request.due_on } })),
    ...overdue.map((request) => ({ name: PrivacyEvents.REQUEST_OVERDUE, data: { id: request.id, due_on: request.due_on } })),
  ])
  const list = (rows: typeof running) => rows.map((row) => ({ reference: row.reference, due: row.due_on }))
  const mail = requestTextsFor(options.defaultLanguage).officerReminder({ shop: options.controller.name, days: options.requests.reminderDays, dueSoon: list(dueSoon), overdue: list(overdue) })
  const officers = (await privacy.listStaffRoles()).filter((row) => row.role === "privacy_officer").map((row) => row.user_id)
  const users = officers.length ? await container.resolve(Modules.USER).listUsers({ id: officers }, { select: ["id", "email"] }) : []
  const notifications = container.resolve(Modules.NOTIFICATION)
  // The feed is the dashboard's bell: no addresses, only references and dates.
  await notifications.createNotifications([
    { to: "", channel: "feed", template: "admin-ui", data: { title: mail.subject, description: mail.text } },
    ...users.map((user) => ({ to: user.email, channel: "email", template: OFFICER_REMINDER_TEMPLATE, receiver_id: user.id, data: { subject: mail.subject, text: mail.text } })),
  ]).catch((error: Error) => container.resolve(ContainerRegistrationKeys.LOGGER).warn(`privacy: the request reminders could not be sent (${error.name})`))
  for (const request of running) {
    await privacy.recordRequestEvent(request.id, { kind: "reminded", data: { overdue: request.due_on < today }, actor: { type: "system", id: null } })
  }
  return { due_soon: dueSoon.length, overdue: overdue.length, officers: users.length }
}
