import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../modules/privacy/service"
import { nextBookkeepingReleases, nextEligible, nextInactiveSubjects, nextToWarn } from "../../../../../retention/eligibility"
import { findLegalHolds } from "../../../../../retention/legal-holds"
import { database, erasureSettings } from "../../../../../retention/settings"
import type { AdminRetentionPreviewQueryType } from "../validators"

/**
 * Who and what the next retention run would erase, and why, by customer id
 * and number only: customers whose relationship ended (with any hold that
 * will keep them), customers due a warning, orders whose bookkeeping
 * period has ended, and consent subjects without an account that are inactive. Reads only.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminRetentionPreviewQueryType>, res: MedusaResponse) => {
  const { limit } = req.validatedQuery
  const db = database(req.scope)
  const rules = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).getOptions().retention
  const now = new Date()
  const customers = await nextEligible(db, rules, now, "", limit)
  const holds = await findLegalHolds(db, customers.map((row) => row.customer_id), erasureSettings(req.scope).emailKey)
  const warnings = rules.warningDays > 0 ? await nextToWarn(db, rules, now, "", limit) : []
  const releases = await nextBookkeepingReleases(db, now, limit)
  const subjects = await nextInactiveSubjects(db, rules, now, "", limit, erasureSettings(req.scope).emailKey)
  res.json({
    as_of: now.toISOString(),
    limit,
    customers: customers.map((row) => ({ ...row, holds: holds.get(row.customer_id) ?? [] })),
    warnings: warnings.map((row) => ({ customer_id: row.customer_id, erase_on: row.erase_on })),
    bookkeeping_releases: releases,
    // Consent subjects of subscribers without an account, by id only.
    inactive_subjects: subjects.map((subject) => subject.id),
  })
}
