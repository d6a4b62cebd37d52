import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type PrivacyModuleService from "../modules/privacy/service"
import { nextToWarn, type RetentionRules } from "./eligibility"
import { describeFailure, RunFailureCodes } from "./failure-code"
import type { RunReport } from "./run-report"
import { database } from "./settings"
import { warningTextsFor } from "./warning-texts"

export const ERASURE_WARNING_TEMPLATE = "privacy-erasure-warning"

/** After this many failures in a row with none sent, the provider is taken as down for this run. */
const FAILURES_BEFORE_GIVING_UP = 20

/**
 * E-mails the warning before an inactivity erasure. A customer whose warning
 * fails is not marked as warned: the next run tries again, and their erasure
 * waits for a warning that was sent. Failures are counted by code in the report.
 */
export async function sendWarnings(container: MedusaContainer, rules: RetentionRules, now: Date, batchSize: number, shop: string, report: RunReport) {
  const db = database(container)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  let failedInARow = 0
  let after = ""
  for (;;) {
    const batch = await nextToWarn(db, rules, now, after, batchSize)
    if (!batch.length) {
      return
    }
    after = batch[batch.length - 1].customer_id
    for (const customer of batch) {
      const texts = warningTextsFor(customer.language || "en")
      const date = customer.erase_on.toLocaleDateString(customer.language || "en", { dateStyle: "long" })
      try {
        await notifications.createNotifications([
          {
            to: customer.email,
            channel: "email",
            template: ERASURE_WARNING_TEMPLATE,
            receiver_id: customer.customer_id,
            resource_type: "customer",
            resource_id: customer.customer_id,
            data: { language: customer.language, shop, erase_on: customer.erase_on.toISOString(), subject: texts.subject(shop), text: texts.body(shop, date) },
          },
        ])
      } catch (error) {
        report.counts.warnings_failed += 1
        report.fail({ stage: "warning", ...describeFailure(error, RunFailureCodes.WARNING_FAILED) })
        failedInARow += 1
        if (failedInARow >= FAILURES_BEFORE_GIVING_UP && report.counts.warned === 0) {
          report.fail({ stage: "run", ...RunFailureCodes.WARNINGS_STOPPED })
          return
        }
        continue
      }
      failedInARow = 0
      await privacy.markErasureWarningSent(customer.customer_id, now)
      report.counts.warned += 1
    }
  }
}
