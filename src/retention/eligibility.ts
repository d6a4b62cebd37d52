import type { Sql } from "../processors/types"

export type RetentionRules = { inactivityMonths: number; warningDays: number; consentProofYears: number }

export type EligibleCustomer = { customer_id: string; customer_number: string | null; reason: "account_closed" | "account_deleted" | "inactive" }

/**
 * Customers whose relationship has ended and who are not erased yet: the
 * account was closed (or deleted in the dashboard), or nobody signed in,
 * ordered or acted on a consent for `inactivityMonths`. With warnings on, an
 * inactive customer who has an e-mail is erased only `warningDays` after a
 * warning sent since their last activity.
 */
export async function nextEligible(sql: Sql, rules: RetentionRules, now: Date, after: string, limit: number): Promise<EligibleCustomer[]> {
  const { rows } = await sql.raw(
    `SELECT p.customer_id, p.customer_number,
            CASE WHEN p.relationship_ended_at IS NOT NULL THEN 'account_closed'
                 WHEN c.deleted_at IS NOT NULL THEN 'account_deleted' ELSE 'inactive' END AS reason
       FROM privacy_profile p JOIN customer c ON c.id = p.customer_id
      WHERE p.deleted_at IS NULL AND p.erased_at IS NULL AND p.customer_id > :after
        AND (p.relationship_ended_at <= :now
             OR c.deleted_at IS NOT NULL
             OR (coalesce(p.last_activity_at, p.created_at) < :now::timestamptz - make_interval(months => :months)
                 AND (:warningDays = 0 OR c.email IS NULL OR c.email = ''
                      OR (p.erasure_warning_sent_at >= coalesce(p.last_activity_at, p.created_at)
                          AND p.erasure_warning_sent_at <= :now::timestamptz - make_interval(days => :warningDays)))))
      ORDER BY p.customer_id LIMIT :limit`,
    { after, now: now.toISOString(), months: rules.inactivityMonths, warningDays: rules.warningDays, limit }
  )
  return rows
}

export type WarningCandidate = { customer_id: string; email: string; language: string; erase_on: Date }

/** Inactive customers within `warningDays` of erasure who have not been warned since their last activity. */
export async function nextToWarn(sql: Sql, rules: RetentionRules, now: Date, after: string, limit: number): Promise<WarningCandidate[]> {
  const { rows } = await sql.raw(
    `SELECT p.customer_id, c.email, p.language,
            greatest(coalesce(p.last_activity_at, p.created_at) + make_interval(months => :months),
                     :now::timestamptz + make_interval(days => :warningDays)) AS erase_on
       FROM privacy_profile p JOIN customer c ON c.id = p.customer_id
      WHERE p.deleted_at IS NULL AND p.erased_at IS NULL AND p.relationship_ended_at IS NULL
        AND c.deleted_at IS NULL AND c.email IS NOT NULL AND c.email <> '' AND p.customer_id > :after
        AND coalesce(p.last_activity_at, p.created_at) < :now::timestamptz - make_interval(months => :months) + make_interval(days => :warningDays)
        AND (p.erasure_warning_sent_at IS NULL OR p.erasure_warning_sent_at < coalesce(p.last_activity_at, p.created_at))
      ORDER BY p.customer_id LIMIT :limit`,
    { after, now: now.toISOString(), months: rules.inactivityMonths, warningDays: rules.warningDays, limit }
  )
  return rows.map((row) => ({ ...row, erase_on: new Date(row.erase_on) }))
}

/** Orders of erased customers whose bookkeeping period has ended. */
export async function nextBookkeepingReleases(sql: Sql, now: Date, limit: number): Promise<{ order_id: string; release_at: Date }[]> {
  const { rows } = await sql.raw(
    `SELECT order_id, release_at FROM privacy_bookkeeping_hold
      WHERE released_at IS NULL AND deleted_at IS NULL AND release_at <= :now ORDER BY release_at, order_id LIMIT :limit`,
    { now: now.toISOString(), limit }
  )
  return rows
}

/**
 * Consent subjects of customers erased more than `consentProofYears` ago, and of people without an
 * account erased (closed) that long ago: their proof may go.
 */
export async function nextExpiredConsentProofs(sql: Sql, rules: RetentionRules, now: Date, limit: number): Promise<string[]> {
  const { rows } = await sql.raw(
    // Subjects merged into an expired one go with it; one whose subject is already gone goes too, so
    // a chain split across batches never leaves a dangling merged_into_id.
    `WITH RECURSIVE expired AS (
       SELECT s.id FROM privacy_consent_subject s JOIN privacy_profile p ON p.customer_id = s.customer_id
        WHERE p.erased_at IS NOT NULL AND p.erased_at <= :now::timestamptz - make_interval(years => :years)
       UNION SELECT s.id FROM privacy_consent_subject s
        WHERE s.customer_id IS NULL AND s.merged_into_id IS NULL AND s.closed_at IS NOT NULL
          AND s.closed_at <= :now::timestamptz - make_interval(years => :years)
       UNION SELECT m.id FROM privacy_consent_subject m
        WHERE m.merged_into_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM privacy_consent_subject s WHERE s.id = m.merged_into_id)
       UNION SELECT m.id FROM privacy_consent_subject m JOIN expired e ON m.merged_into_id = e.id
     )
     SELECT id FROM expired ORDER BY id LIMIT :limit`,
    { now: now.toISOString(), years: rules.consentProofYears, limit }
  )
  return rows.map((row) => row.id)
}

export type InactiveSubject = { id: string; email: string | null; alone: boolean }

/**
 * Consent subjects of people without an account (newsletter subscribers)
 * who have not acted on a consent, nor been asked to confirm one, for
 * `inactivityMonths`: the relationship ended as a customer's does. Not
 * erased yet (erasure closes the subject), and no restriction of processing
 * stands for the address. Subjects merged into another go with it. `alone`:
 * no customer row (account or guest) has the address, so the subscriber is
 * the whole person of the address and the messages sent to it go too.
 */
export async function nextInactiveSubjects(
  sql: Sql,
  rules: RetentionRules,
  now: Date,
  after: string,
  limit: number,
  emailKey: string
): Promise<InactiveSubject[]> {
  const { rows } = await sql.raw(
    `SELECT s.id, s.email,
            s.email IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM customer c WHERE c.email IS NOT NULL AND lower(trim(c.email)) = lower(trim(s.email))) AS alone
       FROM privacy_consent_subject s
      WHERE s.deleted_at IS NULL AND s.customer_id IS NULL AND s.merged_into_id IS NULL AND s.closed_at IS NULL AND s.id > :after
        AND s.created_at < :now::timestamptz - make_interval(months => :months)
        AND NOT EXISTS (
          SELECT 1 FROM privacy_consent_event e
           WHERE e.subject_id IN (SELECT m.id FROM privacy_consent_subject m WHERE m.id = s.id OR m.merged_into_id = s.id)
             AND e.occurred_at >= :now::timestamptz - make_interval(months => :months))
        AND NOT EXISTS (
          SELECT 1 FROM privacy_consent_confirmation c
           WHERE c.subject_id = s.id AND c.created_at >= :now::timestamptz - make_interval(months => :months))
        AND (s.email IS NULL OR NOT EXISTS (
          SELECT 1 FROM privacy_restriction r
           WHERE r.deleted_at IS NULL AND r.lifted_at IS NULL
             AND r.email_hash = encode(sha256(convert_to(:key || lower(trim(s.email)), 'UTF8')), 'hex')))
      ORDER BY s.id LIMIT :limit`,
    { after, now: now.toISOString(), months: rules.inactivityMonths, limit, key: emailKey }
  )
  return rows
}
