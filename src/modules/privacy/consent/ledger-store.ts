import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { mayGrantAfterWithdrawal } from "./rules"
import type { ConsentAction, ConsentActorType, ConsentChannel, ConsentSource } from "../lib/constants"

/**
 * The consent ledger's SQL. Every function runs inside the caller's
 * transaction. Lists travel as JSON (`jsonb_array_elements_text`), since the
 * query builder would expand a bound array into separate parameters.
 */

export type SubjectRow = {
  id: string
  customer_id: string | null
  email: string | null
  language: string | null
  merged_into_id: string | null
  closed_at: Date | null
}

export type ConsentEventRow = {
  id: string
  seq: number
  subject_id: string
  purpose: string
  channel: ConsentChannel
  action: ConsentAction
  source: ConsentSource
  notice_version: string | null
  notice_language: string | null
  actor_type: ConsentActorType
  actor_id: string | null
  note: string | null
  ip_prefix: string | null
  user_agent: string | null
  occurred_at: Date
}

export type ConsentStateRow = {
  subject_id: string
  purpose: string
  channel: ConsentChannel
  granted: boolean
  source: ConsentSource
  last_event_id: string
  last_event_seq: number
  changed_at: Date
}

export type NewConsentEvent = Omit<ConsentEventRow, "id" | "seq" | "occurred_at"> & { occurred_at?: Date }

const SUBJECT = `id, customer_id, email, language, merged_into_id, closed_at`

async function one<T>(manager: SqlEntityManager, sql: string, params: unknown[]): Promise<T | undefined> {
  const rows: T[] = await manager.execute(sql, params as never[])
  return rows[0]
}

async function subjectById(manager: SqlEntityManager, id: string, lock = false): Promise<SubjectRow | undefined> {
  return one<SubjectRow>(
    manager,
    `SELECT ${SUBJECT} FROM privacy_consent_subject WHERE id = ? AND deleted_at IS NULL${lock ? " FOR UPDATE" : ""}`,
    [id]
  )
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
  const subject = await one<SubjectRow>(
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

/** A subscriber without an account; one subject per address, however many sign-ups race. */
/** The subscriber subject of an e-mail without an account, if there is one. */
export async function emailSubject(manager: SqlEntityManager, email: string): Promise<SubjectRow | undefined> {
  return one<SubjectRow>(
    manager,
    `SELECT ${SUBJECT} FROM privacy_consent_subject
      WHERE email = ? AND customer_id IS NULL AND merged_into_id IS NULL AND deleted_at IS NULL
      ORDER BY created_at LIMIT 1`,
    [email]
  )
}

export async function findOrCreateEmailSubject(
  manager: SqlEntityManager,
  { email, language }: { email: string; language?: string | null }
): Promise<SubjectRow> {
  await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`privacy-consent-subject:${email}`])
  const existing = await one<SubjectRow>(
    manager,
    `SELECT ${SUBJECT} FROM privacy_consent_subject
      WHERE email = ? AND customer_id IS NULL AND merged_into_id IS NULL AND deleted_at IS NULL
      ORDER BY created_at LIMIT 1`,
    [email]
  )
  if (existing) {
    return existing
  }
  const [created]: SubjectRow[] = await manager.execute(
    `INSERT INTO privacy_consent_subject (id, email, language) VALUES (?, ?, ?) RETURNING ${SUBJECT}`,
    [generateEntityId(undefined, "csub"), email, language ?? null]
  )
  return created
}

export async function currentState(
  manager: SqlEntityManager,
  subjectId: string,
  purpose: string,
  channel: ConsentChannel
): Promise<ConsentStateRow | undefined> {
  return one<ConsentStateRow>(
    manager,
    `SELECT * FROM privacy_consent_state WHERE subject_id = ? AND purpose = ? AND channel = ? AND deleted_at IS NULL`,
    [subjectId, purpose, channel]
  )
}

export async function insertEvent(manager: SqlEntityManager, event: NewConsentEvent): Promise<ConsentEventRow> {
  const [row]: ConsentEventRow[] = await manager.execute(
    `INSERT INTO privacy_consent_event
       (id, subject_id, purpose, channel, action, source, notice_version, notice_language,
        actor_type, actor_id, note, ip_prefix, user_agent, occurred_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     RETURNING *`,
    [
      generateEntityId(undefined, "cev"),
      event.subject_id,
      event.purpose,
      event.channel,
      event.action,
      event.source,
      event.notice_version,
      event.notice_language,
      event.actor_type,
      event.actor_id,
      event.note,
      event.ip_prefix,
      event.user_agent,
      event.occurred_at ?? new Date(),
    ]
  )
  return row
}

/** Moves the projection to the event, unless a later event is already there. */
export async function applyEventToState(manager: SqlEntityManager, subjectId: string, event: ConsentEventRow) {
  await manager.execute(
    `INSERT INTO privacy_consent_state
       (id, subject_id, purpose, channel, granted, source, last_event_id, last_event_seq, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (subject_id, purpose, channel) WHERE deleted_at IS NULL DO UPDATE
        SET granted = EXCLUDED.granted, source = EXCLUDED.source, last_event_id = EXCLUDED.last_event_id,
            last_event_seq = EXCLUDED.last_event_seq, changed_at = EXCLUDED.changed_at, updated_at = now()
      WHERE privacy_consent_state.last_event_seq < EXCLUDED.last_event_seq`,
    [
      generateEntityId(undefined, "cst"),
      subjectId,
      event.purpose,
      event.channel,
      event.action === "granted",
      event.source,
      event.id,
      event.seq,
      event.occurred_at,
    ]
  )
  return (await currentState(manager, subjectId, event.purpose, event.channel))!
}

/** The subject and every subject whose history joined it. */
const MEMBERS = `SELECT id FROM privacy_consent_subject WHERE (id = ? OR merged_into_id = ?) AND deleted_at IS NULL`

export async function statesOf(manager: SqlEntityManager, subjectId: string): Promise<ConsentStateRow[]> {
  return manager.execute(
    `SELECT * FROM privacy_consent_state WHERE subject_id = ? AND deleted_at IS NULL ORDER BY purpose, channel`,
    [subjectId]
  )
}

export async function confirmationsOf(manager: SqlEntityManager, subjectId: string) {
  return manager.execute(
    `SELECT purpose, channel, source, notice_version, notice_language, ip_prefix, user_agent, created_at, expires_at, confirmed_at
       FROM privacy_consent_confirmation
      WHERE subject_id IN (${MEMBERS}) AND deleted_at IS NULL
      ORDER BY created_at`,
    [subjectId, subjectId]
  )
}

/** One page of a subject's ledger (and of the histories joined to it), oldest first, after ledger position `afterSeq`. */
export async function historyPage(
  manager: SqlEntityManager,
  subjectId: string,
  afterSeq: number,
  limit: number
): Promise<ConsentEventRow[]> {
  return manager.execute(
    `SELECT * FROM privacy_consent_event WHERE subject_id IN (${MEMBERS}) AND seq > ? ORDER BY seq LIMIT ?`,
    [subjectId, subjectId, afterSeq, limit]
  )
}

/** One page of a subject's double opt-ins, by id. */
export async function confirmationsPage(manager: SqlEntityManager, subjectId: string, afterId: string, limit: number) {
  return manager.execute(
    `SELECT id, purpose, channel, source, notice_version, notice_language, ip_prefix, user_agent, created_at, expires_at, confirmed_at
       FROM privacy_consent_confirmation
      WHERE subject_id IN (${MEMBERS}) AND deleted_at IS NULL AND id > ?
      ORDER BY id LIMIT ?`,
    [subjectId, subjectId, afterId, limit]
  )
}

export async function historyOf(manager: SqlEntityManager, subjectId: string, limit: number): Promise<ConsentEventRow[]> {
  return manager.execute(
    `SELECT * FROM privacy_consent_event WHERE subject_id IN (${MEMBERS}) ORDER BY seq DESC LIMIT ?`,
    [subjectId, subjectId, limit]
  )
}

/**
 * Joins the histories of `fromIds` to `intoId` (both locked by the caller):
 * the subjects point at their new owner, events stay untouched, and the
 * projection of `intoId` is rebuilt by replaying all their events in ledger
 * order under the rule of Art. 21(3), so a grant recorded on another subject
 * (by staff, say) cannot undo an objection made on this one.
 */
export async function mergeSubjects(manager: SqlEntityManager, fromIds: string[], intoId: string): Promise<void> {
  if (!fromIds.length) {
    return
  }
  const from = JSON.stringify(fromIds)
  await manager.execute(
    `UPDATE privacy_consent_subject SET merged_into_id = ?, updated_at = now()
      WHERE (id IN (SELECT jsonb_array_elements_text(?::jsonb))
             OR merged_into_id IN (SELECT jsonb_array_elements_text(?::jsonb)))
        AND id <> ?`,
    [intoId, from, from, intoId]
  )
  const events: ConsentEventRow[] = await manager.execute(
    `SELECT * FROM privacy_consent_event WHERE subject_id IN (${MEMBERS}) ORDER BY seq`,
    [intoId, intoId]
  )
  const decided = new Map<string, ConsentEventRow>()
  for (const event of events) {
    const key = `${event.purpose} ${event.channel}`
    const current = decided.get(key)
    const objected = current?.action === "withdrawn"
    if (event.action === "granted" && objected && !mayGrantAfterWithdrawal(event.source, event.actor_type)) {
      continue
    }
    decided.set(key, event)
  }
  await manager.execute(
    `DELETE FROM privacy_consent_state
      WHERE subject_id = ? OR subject_id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    [intoId, from]
  )
  const rows = [...decided.values()].map((event) => ({
    id: generateEntityId(undefined, "cst"),
    purpose: event.purpose,
    channel: event.channel,
    granted: event.action === "granted",
    source: event.source,
    last_event_id: event.id,
    last_event_seq: event.seq,
    changed_at: event.occurred_at,
  }))
  if (rows.length) {
    await manager.execute(
      `INSERT INTO privacy_consent_state
         (id, subject_id, purpose, channel, granted, source, last_event_id, last_event_seq, changed_at)
       SELECT row.id, ?, row.purpose, row.channel, row.granted, row.source, row.last_event_id, row.last_event_seq, row.changed_at
         FROM jsonb_to_recordset(?::jsonb) AS row(id text, purpose text, channel text, granted boolean, source text,
              last_event_id text, last_event_seq int, changed_at timestamptz)`,
      [intoId, JSON.stringify(rows)]
    )
  }
}

/** Pending double opt-ins for a consent that just changed can no longer be used: an old link never re-grants. */
export async function cancelPendingConfirmations(
  manager: SqlEntityManager,
  subjectId: string,
  purpose: string,
  channel: ConsentChannel
): Promise<void> {
  await manager.execute(
    `UPDATE privacy_consent_confirmation SET deleted_at = now(), updated_at = now()
      WHERE subject_id IN (${MEMBERS}) AND purpose = ? AND channel = ?
        AND confirmed_at IS NULL AND deleted_at IS NULL`,
    [subjectId, subjectId, purpose, channel]
  )
}

/** Other subjects with this e-mail: subscribers without an account, and guest-checkout customers. */
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

export type AudienceRow = {
  subject_id: string
  customer_id: string | null
  email: string | null
  language: string | null
  consented_at: Date
}

/**
 * One page of the people currently opted in to a purpose on a channel, in
 * subject order, with the address each consent is for. Keyset paging
 * (`subject_id > after`, on both sides of the join) stays fast at any depth.
 */
export async function audiencePage(
  manager: SqlEntityManager,
  { purpose, channel, after, limit }: { purpose: string; channel: ConsentChannel; after: string; limit: number }
): Promise<AudienceRow[]> {
  return manager.execute(
    `SELECT state.subject_id, subject.customer_id, subject.email,
            coalesce(profile.language, subject.language) AS language, state.changed_at AS consented_at
       FROM privacy_consent_state state
       JOIN privacy_consent_subject subject
         ON subject.id = state.subject_id AND subject.deleted_at IS NULL AND subject.merged_into_id IS NULL
        AND subject.closed_at IS NULL AND subject.id > ?
        AND (? <> 'email' OR subject.email IS NOT NULL)
       LEFT JOIN privacy_profile profile
         ON profile.customer_id = subject.customer_id AND profile.deleted_at IS NULL
      WHERE state.purpose = ? AND state.channel = ? AND state.granted AND state.deleted_at IS NULL
        AND state.subject_id > ?
      ORDER BY state.subject_id
      LIMIT ?`,
    [after, channel, purpose, channel, after, limit]
  )
}

/** A deleted customer gets no more marketing; their ledger stays as proof. */
export async function closeCustomerSubject(manager: SqlEntityManager, customerId: string): Promise<number> {
  const rows: unknown[] = await manager.execute(
    `UPDATE privacy_consent_subject SET closed_at = now(), updated_at = now()
      WHERE customer_id = ? AND closed_at IS NULL AND deleted_at IS NULL RETURNING id`,
    [customerId]
  )
  return rows.length
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
