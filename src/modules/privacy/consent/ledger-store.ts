import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { ConsentAction, ConsentActorType, ConsentChannel, ConsentSource } from "../lib/constants"
import { firstRow } from "../lib/first-row"
import { replayConsents } from "./replay"
import { MEMBERS, pointSubjectsAt } from "./subject-store"

/**
 * The consent ledger and its state projection, inside the caller's
 * transaction. Raw because an event's `seq` comes from the database in the
 * inserting statement, the projection only moves forward by a conditional
 * upsert (`WHERE last_event_seq < EXCLUDED.last_event_seq`), histories are
 * read across joined subjects with a subquery, and a join rebuilds the
 * projection set-based: none of this is expressible through the data-model
 * services, which also refuse every write to the append-only events.
 */

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

export async function currentState(
  manager: SqlEntityManager,
  subjectId: string,
  purpose: string,
  channel: ConsentChannel
): Promise<ConsentStateRow | undefined> {
  return firstRow<ConsentStateRow>(
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

export async function eventById(manager: SqlEntityManager, id: string): Promise<ConsentEventRow | undefined> {
  return firstRow<ConsentEventRow>(manager, `SELECT * FROM privacy_consent_event WHERE id = ?`, [id])
}

export async function statesOf(manager: SqlEntityManager, subjectId: string): Promise<ConsentStateRow[]> {
  return manager.execute(
    `SELECT * FROM privacy_consent_state WHERE subject_id = ? AND deleted_at IS NULL ORDER BY purpose, channel`,
    [subjectId]
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
 * order (see `replayConsents`), so a grant recorded on another subject (by
 * staff, say) cannot undo an objection made on this one.
 */
export async function mergeSubjects(manager: SqlEntityManager, fromIds: string[], intoId: string): Promise<void> {
  if (!fromIds.length) {
    return
  }
  await pointSubjectsAt(manager, fromIds, intoId)
  const events: ConsentEventRow[] = await manager.execute(
    `SELECT * FROM privacy_consent_event WHERE subject_id IN (${MEMBERS}) ORDER BY seq`,
    [intoId, intoId]
  )
  await manager.execute(
    `DELETE FROM privacy_consent_state
      WHERE subject_id = ? OR subject_id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    [intoId, JSON.stringify(fromIds)]
  )
  const rows = replayConsents(events).map((event) => ({
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

/**
 * Deletes consent subjects with their ledger, states and confirmations, once
 * their proof has outlived its period. The ledger's append-only trigger lets
 * the events go only inside a transaction that declares this maintenance.
 * Answers the events deleted.
 */
export async function deleteConsentProofs(manager: SqlEntityManager, subjectIds: string[]): Promise<number> {
  const ids = JSON.stringify(subjectIds)
  await manager.execute(`SET LOCAL privacy.ledger_maintenance = 'on'`)
  const [events] = await manager.execute(
    `WITH gone AS (DELETE FROM privacy_consent_event WHERE subject_id IN (SELECT jsonb_array_elements_text(?::jsonb)) RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [ids]
  )
  await manager.execute(`DELETE FROM privacy_consent_state WHERE subject_id IN (SELECT jsonb_array_elements_text(?::jsonb))`, [ids])
  await manager.execute(`DELETE FROM privacy_consent_confirmation WHERE subject_id IN (SELECT jsonb_array_elements_text(?::jsonb))`, [ids])
  await manager.execute(`DELETE FROM privacy_consent_subject WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))`, [ids])
  return events.n
}
