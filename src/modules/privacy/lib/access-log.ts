import { createHash } from "node:crypto"

export const ACCESS_ACTOR_TYPES = ["user", "api-key", "link"] as const
export type AccessActorType = (typeof ACCESS_ACTOR_TYPES)[number]

/** What staff did with customers' data; a dry run of an erasure is a read. */
export const ACCESS_ACTIONS = ["read", "list", "export", "download", "rectify", "erase", "record_consent"] as const
export type AccessAction = (typeof ACCESS_ACTIONS)[number]

/** `refused`: 401/403/429, the data was not reached; `failed`: any other error status. */
export const ACCESS_OUTCOMES = ["ok", "refused", "failed"] as const
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number]

/** A list names at most this many customers; the count has them all. */
export const ACCESS_LOG_CUSTOMER_CAP = 100

/** The hash before the first row. */
export const GENESIS_HASH = "0".repeat(64)

/**
 * An access as it is recorded. `role: undefined` means "not decided by the
 * request" (core routes have no role guard unless restricted): the writer
 * reads the user's role when it writes, within a second of the access.
 */
export type AccessLogInput = {
  occurred_at: Date
  actor_type: AccessActorType
  actor_id: string | null
  role?: string | null
  action: AccessAction
  method: string
  route: string
  status: number
  customer_ids: string[]
  customer_count: number
  purpose: string | null
  ip_prefix: string | null
}

export type AccessLogRow = Omit<AccessLogInput, "role"> & { id: string; seq: number; role: string | null; outcome: AccessOutcome; prev_hash: string; hash: string }

export function outcomeOf(status: number): AccessOutcome {
  if (status < 400) {
    return "ok"
  }
  return status === 401 || status === 403 || status === 429 ? "refused" : "failed"
}

/**
 * The row's hash: SHA-256 over the previous hash and the row's fields in a
 * fixed order. Everything a reader relies on is covered, the id and number
 * included, so moving, editing or removing a row breaks the chain there.
 */
export function accessLogHash(prevHash: string, row: Omit<AccessLogRow, "hash" | "prev_hash">): string {
  const fields = [
    row.id,
    row.seq,
    new Date(row.occurred_at).toISOString(),
    row.actor_type,
    row.actor_id,
    row.role,
    row.action,
    row.method,
    row.route,
    row.status,
    row.outcome,
    row.customer_ids,
    row.customer_count,
    row.purpose,
    row.ip_prefix,
  ]
  return createHash("sha256").update(`${prevHash}\n${JSON.stringify(fields)}`).digest("hex")
}
