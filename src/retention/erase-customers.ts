import type { DataMapEntry } from "../modules/privacy/data-map/types"
import { gatherPerson } from "../processors/person"
import { processorsFor } from "../processors/registry"
import type { Sql, Transactional } from "../processors/types"
import { applyErasure, countErasure, type TableCount } from "./apply-erasure"
import { bookkeepingPeriod, type BookkeepingRule } from "./bookkeeping-period"
import { bookkeepingRelease, relationshipErasure } from "./erasure-plan"

export type { Transactional }

export type ErasureSettings = {
  entries: readonly DataMapEntry[]
  bookkeeping: BookkeepingRule
  now: Date
  /** The key of the address hashes (lib/email-key.ts). */
  emailKey: string
}

export type KeptOrder = { order_id: string; customer_id: string | null; display_id: number | null; kept_until: string; release_at: string }

/** The customers' orders and the day each one's buyer details may go (bookkeeping law). */
async function keptOrders(sql: Sql, settings: ErasureSettings): Promise<KeptOrder[]> {
  const { rows } = await sql.raw(
    `SELECT o.id, o.customer_id, o.display_id, o.created_at FROM "order" o
      WHERE o.id IN (SELECT id FROM privacy_person_order) AND o.is_draft_order = false ORDER BY o.created_at`
  )
  // The period depends on the sale's day alone; a batch's thousands of orders fall on few days.
  const byDay = new Map<number, { kept_until: string; release_at: string }>()
  return rows.map((row) => {
    const saleAt = new Date(row.created_at)
    const day = Math.floor(saleAt.getTime() / 86_400_000)
    let period = byDay.get(day)
    if (!period) {
      const computed = bookkeepingPeriod(saleAt, settings.bookkeeping)
      period = { kept_until: computed.kept_until, release_at: computed.release_at.toISOString() }
      byDay.set(day, period)
    }
    return { order_id: row.id, customer_id: row.customer_id, display_id: row.display_id, kept_until: period.kept_until, release_at: period.release_at }
  })
}

export type ErasedRecords = {
  counts: TableCount[]
  kept: KeptOrder[]
  /** Every customer row of the people erased: the accounts and their guest rows. */
  customer_ids: string[]
  /** The customer rows this erasure marked deleted (the others were deleted before). */
  deleted_ids: string[]
}

/**
 * Erases a batch of people in one transaction, as the data map says, on every
 * table their processors find rows in: register data anonymised or deleted,
 * sign-ins removed, the profile reduced to its number, the ledger
 * pseudonymised, order details kept only where bookkeeping needs them. Either
 * all of it happens or none; run again, it changes nothing more. The
 * privacy module records the outcome afterwards (holds, erasure records).
 */
export async function eraseCustomers(db: Transactional, customerIds: string[], settings: ErasureSettings): Promise<ErasedRecords> {
  return erasePeople(db, { customerIds }, settings)
}

/** The people erased: accounts, or verified addresses without one (person.ts). */
export type People = { customerIds?: string[]; emails?: string[]; subjectIds?: string[] }

/** `eraseCustomers` for accounts, verified addresses without one, or both. */
export async function erasePeople(db: Transactional, people: People, settings: ErasureSettings): Promise<ErasedRecords> {
  return db.transaction(async (sql) => {
    // The consent ledger refuses changes except from retention's own maintenance.
    await sql.raw(`SET LOCAL privacy.ledger_maintenance = 'on'`)
    const sets = await gatherPerson(sql, { ...people, emailKey: settings.emailKey })
    const kept = await keptOrders(sql, settings)
    // The customer rows are marked deleted by their processor's anonymising statement, not through the
    // Customer Module's softDeleteCustomers, which loads and updates each customer with its relations
    // (about 5 ms a customer here, 25 s for a batch of 5,000).
    const counts = await applyErasure(sql, relationshipErasure(settings.entries), processorsFor(settings.entries), sets, {
      relationshipEnds: { now: settings.now },
    })
    const { rows: customers } = await sql.raw(`SELECT id, live FROM privacy_person_customer ORDER BY id`)
    return {
      counts,
      kept,
      customer_ids: customers.map((row) => row.id),
      deleted_ids: customers.filter((row) => row.live).map((row) => row.id),
    }
  })
}

/** What `eraseCustomers` would do for these customers; changes nothing. */
export async function previewErasure(
  db: Transactional,
  customerIds: string[] | People,
  settings: ErasureSettings
): Promise<{ counts: TableCount[]; kept: KeptOrder[] }> {
  const people = Array.isArray(customerIds) ? { customerIds } : customerIds
  let preview: { counts: TableCount[]; kept: KeptOrder[] } | undefined
  await db
    .transaction(async (sql) => {
      // Rolled back at the end: the temporary sets need a writable transaction.
      const sets = await gatherPerson(sql, { ...people, emailKey: settings.emailKey })
      preview = {
        counts: await countErasure(sql, relationshipErasure(settings.entries), processorsFor(settings.entries), sets),
        kept: await keptOrders(sql, settings),
      }
      throw ROLLBACK
    })
    .catch((error) => {
      if (error !== ROLLBACK) {
        throw error
      }
    })
  return preview!
}

const ROLLBACK = Symbol("rollback")

/**
 * Anonymises the buyer details held on orders whose bookkeeping period has
 * ended; the privacy module then marks their holds released.
 */
export async function releaseBookkeeping(db: Transactional, orderIds: string[], settings: ErasureSettings): Promise<TableCount[]> {
  return db.transaction(async (sql) => {
    const sets = await gatherPerson(sql, { orderIds, emailKey: settings.emailKey })
    return applyErasure(sql, bookkeepingRelease(settings.entries), processorsFor(settings.entries), sets, { relationshipEnds: false })
  })
}
