import type { RetentionRule } from "../modules/privacy/data-map/types"
import { previewErasure, type ErasureSettings, type KeptOrder, type People, type Transactional } from "./erase-customers"
import { relationshipErasure } from "./erasure-plan"
import { findLegalHolds, type HoldReason } from "./legal-holds"

export type ErasureDryRun = {
  customer_id: string
  /** True when nothing blocks the erasure now. */
  erasable: boolean
  blocked: HoldReason[]
  erase: { table: string; action: "delete" | "anonymize"; columns: string[]; rows: number }[]
  keep: { table: string; columns: { column: string; retention: RetentionRule; until: string | null }[]; rows: number }[]
  /** Orders whose buyer details are kept as accounting material, each with the day they go. */
  bookkeeping: KeptOrder[]
}

/**
 * Exactly what erasing this customer now would do: the same plan and the
 * same row sets the erasure uses, counted in a transaction that is rolled
 * back. `until` is when a kept column goes: per order for bookkeeping, a
 * date for consent proof, a period from each row's creation otherwise.
 */
export async function erasureDryRun(
  db: Transactional,
  customerId: string,
  settings: ErasureSettings,
  consentProofYears: number
): Promise<ErasureDryRun> {
  const holds = (await findLegalHolds(db, [customerId], settings.emailKey)).get(customerId) ?? []
  return { customer_id: customerId, ...(await peopleDryRun(db, { customerIds: [customerId] }, holds, settings, consentProofYears)) }
}

/** The dry run of a verified address without an account (person.ts): every hold of its guest rows counts. */
export async function addressErasureDryRun(
  db: Transactional,
  email: string,
  settings: ErasureSettings,
  consentProofYears: number
): Promise<Omit<ErasureDryRun, "customer_id">> {
  const holds = [...(await findLegalHolds(db, [], settings.emailKey, [email])).values()].flat()
  return peopleDryRun(db, { emails: [email] }, holds, settings, consentProofYears)
}

async function peopleDryRun(
  db: Transactional,
  people: People,
  holds: HoldReason[],
  settings: ErasureSettings,
  consentProofYears: number
): Promise<Omit<ErasureDryRun, "customer_id">> {
  const { counts, kept } = await previewErasure(db, people, settings)
  const plans = new Map(relationshipErasure(settings.entries).map((plan) => [plan.table, plan]))
  const proofUntil = new Date(settings.now)
  proofUntil.setUTCFullYear(proofUntil.getUTCFullYear() + consentProofYears)
  const until = (rule: RetentionRule): string | null => {
    if (rule === "consent_proof") {
      return proofUntil.toISOString().slice(0, 10)
    }
    if (rule === "bookkeeping") {
      return kept.length ? kept[kept.length - 1].kept_until : null
    }
    return null
  }
  return {
    erasable: holds.length === 0,
    blocked: holds,
    erase: counts
      .filter((count) => count.action !== "keep")
      .map((count) => ({ table: count.table, action: count.action as "delete" | "anonymize", columns: count.columns, rows: count.rows })),
    keep: counts
      .filter((count) => count.action === "keep")
      .map((count) => ({
        table: count.table,
        rows: count.rows,
        columns: (plans.get(count.table)?.keep ?? []).map((entry) => ({ column: entry.column, retention: entry.retention, until: until(entry.retention) })),
      })),
    bookkeeping: kept,
  }
}
