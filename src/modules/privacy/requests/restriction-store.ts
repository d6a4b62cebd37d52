import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"

export type RestrictionRow = {
  id: string
  customer_id: string | null
  email_hash: string | null
  request_id: string | null
  reason: string
  started_at: Date
  started_by: string | null
  lifted_at: Date | null
  lifted_by: string | null
}

export type RestrictedPerson = { customer_id?: string | null; email?: string | null }

/** The keyed hash of an address, as the processors compute it (processors/sets.ts). */
const HASH = `encode(sha256(convert_to(?::text || lower(trim(?::text)), 'UTF8')), 'hex')`

function personCondition(person: RestrictedPerson, emailKey: string): { sql: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  if (person.customer_id) {
    parts.push(`customer_id = ?`)
    params.push(person.customer_id)
  }
  if (person.email) {
    parts.push(`email_hash = ${HASH}`)
    params.push(emailKey, person.email)
  }
  return { sql: parts.length ? `(${parts.join(" OR ")})` : "false", params }
}

/** Starts a restriction, or answers the one already standing for the person (restricting twice changes nothing). */
export async function startRestriction(
  manager: SqlEntityManager,
  emailKey: string,
  input: RestrictedPerson & { request_id?: string | null; reason: string; actor_id: string | null }
): Promise<{ restriction: RestrictionRow; created: boolean }> {
  const [standing] = await activeRestrictions(manager, emailKey, input)
  if (standing) {
    return { restriction: standing, created: false }
  }
  const [row] = await manager.execute(
    `INSERT INTO privacy_restriction (id, customer_id, email_hash, request_id, reason, started_at, started_by)
     VALUES (?, ?, CASE WHEN ?::text IS NULL THEN NULL ELSE ${HASH} END, ?, ?, now(), ?) RETURNING *`,
    [
      generateEntityId(undefined, "prst"),
      input.customer_id ?? null,
      input.email ?? null,
      emailKey,
      input.email ?? null,
      input.request_id ?? null,
      input.reason.slice(0, 2000),
      input.actor_id,
    ] as never[]
  )
  return { restriction: row as RestrictionRow, created: true }
}

export async function liftRestrictions(manager: SqlEntityManager, emailKey: string, person: RestrictedPerson, actorId: string | null): Promise<RestrictionRow[]> {
  const where = personCondition(person, emailKey)
  return (await manager.execute(
    `UPDATE privacy_restriction SET lifted_at = now(), lifted_by = ?, updated_at = now()
      WHERE deleted_at IS NULL AND lifted_at IS NULL AND ${where.sql} RETURNING *`,
    [actorId, ...where.params] as never[]
  )) as RestrictionRow[]
}

export async function activeRestrictions(manager: SqlEntityManager, emailKey: string, person: RestrictedPerson): Promise<RestrictionRow[]> {
  const where = personCondition(person, emailKey)
  return (await manager.execute(
    `SELECT * FROM privacy_restriction WHERE deleted_at IS NULL AND lifted_at IS NULL AND ${where.sql} ORDER BY started_at`,
    where.params as never[]
  )) as RestrictionRow[]
}

/** Lifted restrictions go after the request record period, like the requests that started them. */
export async function deleteLiftedRestrictions(manager: SqlEntityManager, months: number, now: Date): Promise<number> {
  const [row] = await manager.execute(
    `WITH gone AS (DELETE FROM privacy_restriction WHERE lifted_at IS NOT NULL AND lifted_at < ?::timestamptz - make_interval(months => ${Math.trunc(months)}) RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [now.toISOString()]
  )
  return row.n
}
