import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { firstRow } from "../lib/first-row"

/**
 * Consent subjects in SQL, inside the caller's transaction. Raw because the
 * data-model services offer no row or advisory locks, no insert against a
 * partial unique index (ON CONFLICT ... WHERE) and no set-based update from a
 * list; the plain reads stay here so the lock sequence reads what it locks.
 * Lists travel as JSON (`jsonb_array_elements_text`), since the query builder
 * would expand a bound array into separate parameters.
 */

export type SubjectRow = {
  id: string
  customer_id: string | null
  email: string | null
  language: string | null
  merged_into_id: string | null
  closed_at: Date | null
}

const SUBJECT = `id, customer_id, email, language, merged_into_id, closed_at`

/** The subject and every subject whose history joined it (two parameters: the subject's id twice). */
export const MEMBERS = `SELECT id FROM privacy_consent_subject WHERE (id = ? OR merged_into_id = ?) AND deleted_at IS NULL`

async function subjectById(manager: SqlEntityManager, id: string, lock = false): Promise<SubjectRow | undefined> {
  return firstRow<SubjectRow>(
    manager,
    `SELECT ${SUBJECT} FROM privacy_consent_subject WHERE id = ? AND deleted_at IS NULL${lock ? " FOR UPDATE" : ""}`,
    [id]
  )
}

/** Serialises work on one address for the rest of the transaction (sign-ups racing, a registration joining them). */
export async function lockEmail(manager: SqlEntityManager, email: string): Promise<void> {
  await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`privacy-consent-subject:${email}`])
}

/** The subject whose history this one joined, or itself. */
export async function canonicalSubject(manager: SqlEntityManager, id: string): Promise<SubjectRow | undefined> {
  const subject = await subjectById(manager, id)
  return subject?.merged_into_id ? subjectById(manager, subject.merged_into_id) : subject
}

/**
 * Locks the canonical subject for the rest of the transaction: consents of
 * one person are recorded one after the other, so the ledger's order (seq)
 * is also the order in which the state changed.
 */
export async function lockCanonicalSubject(manager: SqlEntityManager, id: string): Promise<SubjectRow> {
  for (;;) {
    const canonical = await canonicalSubject(manager, id)
    if (!canonical) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Consent subject not found")
    }
    const locked = await subjectById(manager, canonical.id, true)
    // A merge may have happened between reading and locking: follow it.
    if (locked && !locked.merged_into_id) {
      return locked
    }
  }
}

export async function customerSubject(manager: SqlEntityManager, customerId: string): Promise<SubjectRow | undefined> {
  const subject = await firstRow<SubjectRow>(
    manager,
    `SELECT ${SUBJECT} FROM privacy_consent_subject WHERE customer_id = ? AND deleted_at IS NULL`,
    [customerId]
  )
  return subject?.merged_into_id ? subjectById(manager, subject.merged_into_id) : subject
}

export async function findOrCreateCustomerSubject(
  manager: SqlEntityManager,
  { customer_id, email, language }: { customer_id: string; email?: string | null; language?: string | null }
): Promise<SubjectRow> {
  const existing = await customerSubject(manager, customer_id)
  if (existing && (existing.email || !email)) {
    return existing
  }
  if (existing) {
    // First seen without an address (an unsubscribe link names only the customer).
    await manager.execute(`UPDATE privacy_consent_subject SET email = ?, updated_at = now() WHERE id = ?`, [email, existing.id])
    return { ...existing, email: email ?? null }
  }
  await manager.execute(
    `INSERT INTO privacy_consent_subject (id, customer_id, email, language)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (customer_id) WHERE deleted_at IS NULL AND customer_id IS NOT NULL DO NOTHING`,
    [generateEntityId(undefined, "csub"), customer_id, email ?? null, language ?? null]
  )
  return (await customerSubject(manager, customer_id))!
}

/** The subscriber subject of an e-mail without an account, if there is one. */
export async function emailSubject(manager: SqlEntityManager, email: string): Promise<SubjectRow | undefined> {
  return firstRow<SubjectRow>(
    manager,
    `SELECT ${SUBJECT} FROM privacy_consent_subject
      WHERE email = ? AND customer_id IS NULL AND merged_into_id IS NULL AND deleted_at IS NULL
      ORDER BY created_at LIMIT 1`,
    [email]
  )
}

/** A subscriber without an account; one subject per address, however many sign-ups race. */
export async function findOrCreateEmailSubject(
  manager: SqlEntityManager,
  { email, language }: { email: string; language?: string | null }
): Promise<SubjectRow> {
  await lockEmail(manager, email)
  const existing = await emailSubject(manager, email)
  if (existing) {
    return existing
  }
  const [created]: SubjectRow[] = await manager.execute(
    `INSERT INTO privacy_consent_subject (id, email, language) VALUES (?, ?, ?) RETURNING ${SUBJECT}`,
    [generateEntityId(undefined, "csub"), email, language ?? null]
  )
  return created
}

/** Other subjects with this e-mail, locked: subscribers without an account, and guest-checkout customers. */
/** Whether histories of this address other than the customer's own exist, not yet joined to it. */
export async function hasOtherHistories(manager: SqlEntityManager, email: string, customerId: string): Promise<boolean> {
  const [row] = await manager.execute(
    `SELECT EXISTS (
       SELECT 1 FROM privacy_consent_subject s
        WHERE s.email = ? AND s.merged_into_id IS NULL AND s.deleted_at IS NULL
          AND s.customer_id IS DISTINCT FROM ?
          AND s.id NOT IN (SELECT id FROM privacy_consent_subject WHERE customer_id = ? AND deleted_at IS NULL)
     ) AS found`,
    [email, customerId, customerId]
  )
  return !!row?.found
}

export async function otherSubjectsWithEmail(
  manager: SqlEntityManager,
  email: string,
  exceptId: string
): Promise<SubjectRow[]> {
  return manager.execute(
    `SELECT ${SUBJECT} FROM privacy_consent_subject
      WHERE email = ? AND id <> ? AND merged_into_id IS NULL AND deleted_at IS NULL
      ORDER BY created_at FOR UPDATE`,
    [email, exceptId]
  )
}

/** Points `fromIds` (and the subjects already joined to them) at `intoId`. */
export async function pointSubjectsAt(manager: SqlEntityManager, fromIds: string[], intoId: string): Promise<void> {
  const from = JSON.stringify(fromIds)
  await manager.execute(
    `UPDATE privacy_consent_subject SET merged_into_id = ?, updated_at = now()
      WHERE (id IN (SELECT jsonb_array_elements_text(?::jsonb))
             OR merged_into_id IN (SELECT jsonb_array_elements_text(?::jsonb)))
        AND id <> ?`,
    [intoId, from, from, intoId]
  )
}

/**
 * Keeps the address on customers' consent subjects equal to the customer's
 * e-mail, for those whose e-mail changed. Returns how many were out of date.
 */
export async function syncCustomerEmails(
  manager: SqlEntityManager,
  customers: { customer_id: string; email: string }[]
): Promise<number> {
  if (!customers.length) {
    return 0
  }
  const rows: unknown[] = await manager.execute(
    `UPDATE privacy_consent_subject subject SET email = current.email, updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS current(customer_id text, email text)
      WHERE subject.customer_id = current.customer_id AND subject.deleted_at IS NULL
        AND subject.email IS DISTINCT FROM current.email
     RETURNING subject.id`,
    [JSON.stringify(customers)]
  )
  return rows.length
}
