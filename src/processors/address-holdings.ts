import type { DataMapEntry } from "../modules/privacy/data-map/types"
import { gatherPerson } from "./person"
import { processorsFor } from "./registry"
import type { Transactional } from "./types"

/**
 * The records of answering requests themselves: a request, its timeline and
 * restrictions, earlier exports and erasures, and the messages that answered
 * them. They exist because someone asked, so they say nothing about whether
 * the shop holds data about the person.
 */
const REQUEST_RECORDS = new Set(["privacy_request", "privacy_request_event", "privacy_restriction", "privacy_export", "privacy_erasure"])
const NOT_ABOUT_REQUESTS: Record<string, string> = {
  notification: `coalesce(t.resource_type, '') NOT IN ('privacy_request', 'privacy_export')`,
}

/**
 * Whether the shop holds anything about a verified address without an
 * account: any row a processor of the data map finds for its person
 * (person.ts), request records aside. Read in a transaction that is rolled
 * back: the sets are temporary tables.
 */
export async function addressHoldsData(db: Transactional, email: string, entries: readonly DataMapEntry[], emailKey: string): Promise<boolean> {
  let held = false
  await db
    .transaction(async (sql) => {
      const sets = await gatherPerson(sql, { emails: [email], emailKey })
      for (const processor of processorsFor(entries)) {
        const finds = processor.finds(sets)
        if (!finds || REQUEST_RECORDS.has(processor.table)) {
          continue
        }
        const narrowed = NOT_ABOUT_REQUESTS[processor.table] ? `(${finds}) AND ${NOT_ABOUT_REQUESTS[processor.table]}` : finds
        const { rows } = await sql.raw(`SELECT EXISTS (SELECT 1 FROM "${processor.table}" t WHERE ${narrowed}) AS found`)
        if (rows[0]?.found) {
          held = true
          break
        }
      }
      throw ROLLBACK
    })
    .catch((error) => {
      if (error !== ROLLBACK) {
        throw error
      }
    })
  return held
}

const ROLLBACK = Symbol("rollback")
