import type { DataMapEntry, RetentionRule } from "../modules/privacy/data-map/types"

/** What erasure does to one table's rows of a customer, read off the data map. */
export type TableErasure = {
  table: string
  /** Every mapped column of the table is to be deleted: the rows go. */
  deleteRows: boolean
  /** Columns cleared (NULL, or an empty value where the column may not be NULL). */
  anonymize: string[]
  /** Keys removed from a JSON column (merchants' own `metadata` keys). */
  removeKeys: { column: string; key: string }[]
  /** Columns kept after the relationship ends, and until when. */
  keep: { column: string; retention: RetentionRule }[]
}

/**
 * Entries that describe the sale rather than the buyer (what was bought, the
 * discount code, the delivery method): once the buyer's details are gone they
 * are no longer personal data, and the shop's sales history keeps them.
 */
const DESCRIBES_THE_SALE = new Set(["orders", "discounts", "deliveries"])

function tableOf(plans: Map<string, TableErasure>, table: string): TableErasure {
  let plan = plans.get(table)
  if (!plan) {
    plan = { table, deleteRows: false, anonymize: [], removeKeys: [], keep: [] }
    plans.set(table, plan)
  }
  return plan
}

/**
 * The erasure at the end of the customer relationship: `delete` and
 * `anonymize` entries go now; `keep_until_retention_ends` entries stay for
 * their own period (bookkeeping, consent proof, a fixed period) unless that
 * period is the relationship itself.
 */
export function relationshipErasure(entries: readonly DataMapEntry[]): TableErasure[] {
  const plans = new Map<string, TableErasure>()
  const deletes = new Map<string, boolean>()
  for (const entry of entries) {
    const plan = tableOf(plans, entry.table)
    const kept = entry.erasure === "keep_until_retention_ends" && entry.retention !== "relationship"
    if (kept) {
      plan.keep.push({ column: entry.key ? `${entry.column}.${entry.key}` : entry.column, retention: entry.retention })
    } else if (entry.key) {
      plan.removeKeys.push({ column: entry.column, key: entry.key })
    } else if (!plan.anonymize.includes(entry.column)) {
      plan.anonymize.push(entry.column)
    }
    // A table's rows go only when every column mapped on it says `delete`.
    const key = entry.table
    deletes.set(key, (deletes.get(key) ?? true) && entry.erasure === "delete" && !entry.key)
  }
  for (const plan of plans.values()) {
    plan.deleteRows = deletes.get(plan.table) === true
    if (plan.deleteRows) {
      plan.anonymize = []
      plan.removeKeys = []
    }
  }
  return [...plans.values()]
}

/** The erasure when an order's bookkeeping period ends: the buyer's details held as vouchers go. */
export function bookkeepingRelease(entries: readonly DataMapEntry[]): TableErasure[] {
  const plans = new Map<string, TableErasure>()
  for (const entry of entries) {
    if (entry.retention !== "bookkeeping" || entry.erasure !== "keep_until_retention_ends") {
      continue
    }
    const plan = tableOf(plans, entry.table)
    if (DESCRIBES_THE_SALE.has(entry.item)) {
      plan.keep.push({ column: entry.column, retention: entry.retention })
    } else if (entry.key) {
      plan.removeKeys.push({ column: entry.column, key: entry.key })
    } else {
      plan.anonymize.push(entry.column)
    }
  }
  return [...plans.values()].filter((plan) => plan.anonymize.length || plan.removeKeys.length)
}

/** Tables whose every entry has a fixed period: their rows are deleted once older than it. */
export function fixedPeriodTables(entries: readonly DataMapEntry[]): { table: string; months?: number; days?: number }[] {
  const byTable = new Map<string, RetentionRule[]>()
  for (const entry of entries) {
    byTable.set(entry.table, [...(byTable.get(entry.table) ?? []), entry.retention])
  }
  const result: { table: string; months?: number; days?: number }[] = []
  for (const [table, rules] of byTable) {
    const periods = rules.map((rule) => (typeof rule === "object" ? rule.fixed : null))
    if (periods.some((period) => period === null)) {
      continue
    }
    // The longest period among the table's columns decides when a row can go.
    const months = periods.map((period) => ("months" in period! ? period.months : 0))
    const days = periods.map((period) => ("days" in period! ? period.days : 0))
    if (days.every((value) => value === 0)) {
      result.push({ table, months: Math.max(...months) })
    } else {
      result.push({ table, days: Math.max(...days, ...months.map((value) => value * 31)) })
    }
  }
  return result
}
