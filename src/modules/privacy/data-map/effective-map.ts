import { processorProblem, processorsFor } from "../../../processors/registry"
import type { DataMapEntryInput } from "../lib/options/data-map"
import { defaultPurposes, softOptInPurpose } from "./defaults"
import { medusaEntries } from "./medusa-entries"
import { notPersonal as defaultNotPersonal } from "./not-personal"
import { pluginEntries } from "./plugin-entries"
import {
  DATA_ITEMS,
  DEFAULT_PURPOSES,
  type DataMapEntry,
  type EffectiveDataMap,
  type NotPersonalDeclaration,
  type PurposeDeclaration,
} from "./types"

/** Purposes whose legitimate interest the notice states in its own words. */
const BUILT_IN_LEGITIMATE_INTERESTS = new Set(["security", "existing_customer_marketing"])

/** The address a soft opt-in writes to: the customer's own (917/2014 § 200: given in connection with a sale). */
const SOFT_OPT_IN_ENTRIES = new Set(["customer.email"])

const REQUIRED_FOR_NEW_ENTRY = ["table", "column", "item", "category", "purposes", "source", "retention", "erasure"] as const

export type DataMapInput = {
  purposes: Record<string, PurposeDeclaration>
  dataMap: { entries: DataMapEntryInput[]; notPersonal: NotPersonalDeclaration[] }
  /** `consent.softOptIn`: adds the existing-customer marketing purpose to the customer's e-mail. */
  softOptIn?: boolean
  /**
   * Periods set by retention options (`accessLogMonths`, `requestRecordYears`), by table, in months:
   * they replace the built-in entries' periods unless an entry of the map gives its own.
   */
  periodMonths?: Record<string, number>
}

export type Report = (path: (string | number)[], message: string) => void

/**
 * The map the plugin works from: Medusa's and the plugin's entries, changed
 * and extended by the merchant's options. Every reference is checked, so a
 * purpose that does not add up stops start-up. Entries name recipient
 * categories (checked by the options schema); who the recipients are, by name,
 * is the register's (`recipients` in the options).
 */
export function buildEffectiveDataMap(input: DataMapInput, report: Report): EffectiveDataMap {
  const purposes: Record<string, PurposeDeclaration> = {
    ...defaultPurposes,
    ...(input.softOptIn ? { existing_customer_marketing: softOptInPurpose } : {}),
    ...input.purposes,
  }
  for (const [key, purpose] of Object.entries(input.purposes)) {
    const isDefault = (DEFAULT_PURPOSES as readonly string[]).includes(key)
    if (!isDefault && !purpose.label) {
      report(["purposes", key, "label"], `expected a label for the custom purpose "${key}"`)
    }
  }
  for (const [key, purpose] of Object.entries(purposes)) {
    if (
      purpose.legalBasis === "legitimate_interests" &&
      !purpose.legitimateInterest &&
      !BUILT_IN_LEGITIMATE_INTERESTS.has(key)
    ) {
      report(["purposes", key, "legitimateInterest"], "expected the legitimate interest pursued (GDPR Art. 13(1)(d))")
    }
  }

  const given = new Set(input.dataMap.entries.map(entryId))
  const entries = mergeEntries(input.dataMap.entries, report)
    .map((entry) =>
      input.softOptIn && SOFT_OPT_IN_ENTRIES.has(entry.id) && !entry.purposes.includes("existing_customer_marketing")
        ? { ...entry, purposes: [...entry.purposes, "existing_customer_marketing"] }
        : entry
    )
    .map((entry) =>
      input.periodMonths?.[entry.table] && !given.has(entry.id)
        ? { ...entry, retention: { fixed: { months: input.periodMonths[entry.table] } } }
        : entry
    )
  entries.forEach((entry) => {
    const index = input.dataMap.entries.findIndex((given) => entryId(given) === entry.id)
    const path = index >= 0 ? ["dataMap", "entries", index] : ["dataMap", "entries"]
    for (const purpose of entry.purposes) {
      if (!purposes[purpose]) {
        report([...path, "purposes"], `unknown purpose "${purpose}" in entry "${entry.id}": declare it under "purposes"`)
      }
    }
    if (!(DATA_ITEMS as readonly string[]).includes(entry.item) && !entry.itemLabel) {
      report([...path, "itemLabel"], `expected an itemLabel for the custom item "${entry.item}" in entry "${entry.id}"`)
    }
    const conflict = retentionConflict(entry)
    if (conflict) {
      report(path, `entry "${entry.id}": ${conflict}`)
    }
  })

  return {
    purposes,
    entries,
    notPersonal: [...defaultNotPersonal, ...input.dataMap.notPersonal],
  }
}

/** Retention and erasure must agree: what the law makes the shop keep is not deleted early, and vice versa. */
function retentionConflict(entry: DataMapEntry): string | undefined {
  if (entry.erasure === "keep_until_retention_ends" && entry.retention === "relationship") {
    return 'erasure "keep_until_retention_ends" needs a retention rule that outlasts the relationship (bookkeeping, consent_proof or a fixed period)'
  }
  if (entry.retention === "bookkeeping" && entry.erasure !== "keep_until_retention_ends") {
    return 'bookkeeping data is kept until its period ends: use erasure "keep_until_retention_ends"'
  }
  return undefined
}

function entryId(entry: DataMapEntryInput): string | undefined {
  return entry.id ?? (entry.table && entry.column ? [entry.table, entry.column, entry.key].filter(Boolean).join(".") : undefined)
}

function mergeEntries(given: DataMapEntryInput[], report: Report): DataMapEntry[] {
  const entries = new Map([...medusaEntries, ...pluginEntries].map((entry) => [entry.id, entry]))
  const builtInTables = new Set([...medusaEntries, ...pluginEntries].map((entry) => entry.table))
  given.forEach((input, index) => {
    const id = entryId(input)
    const existing = id ? entries.get(id) : undefined
    if (existing) {
      if (input.subjectColumn || input.notExported) {
        report(
          ["dataMap", "entries", index],
          `"subjectColumn" and "notExported" are for your own entries; the export of "${existing.id}" is built in`
        )
        return
      }
      const { id: _id, table: _table, column: _column, key: _key, module: _module, entity: _entity, ...changes } = input
      entries.set(existing.id, { ...existing, ...definedOnly(changes) } as DataMapEntry)
      return
    }
    if (input.id && !input.table) {
      report(["dataMap", "entries", index, "id"], `no default entry "${input.id}" to change; give table and column for a new entry`)
      return
    }
    const missing = REQUIRED_FOR_NEW_ENTRY.filter((field) => input[field] === undefined)
    if (missing.length) {
      report(["dataMap", "entries", index], `a new entry needs ${missing.map((field) => `"${field}"`).join(", ")}`)
      return
    }
    if (!exportable(input, index, report, builtInTables)) {
      return
    }
    entries.set(id!, {
      id: id!,
      module: input.module ?? "custom",
      entity: input.entity ?? input.table!,
      table: input.table!,
      column: input.column!,
      ...(input.key ? { key: input.key } : {}),
      item: input.item!,
      ...(input.itemLabel ? { itemLabel: input.itemLabel } : {}),
      category: input.category!,
      purposes: input.purposes!,
      source: input.source!,
      recipients: input.recipients ?? ["hosting", "platform"],
      retention: input.retention!,
      erasure: input.erasure!,
      ...(input.note ? { note: input.note } : {}),
      ...(input.subjectColumn ? { subjectColumn: input.subjectColumn } : {}),
      ...(input.notExported ? { notExported: input.notExported } : {}),
    })
  })
  const merged = [...entries.values()]
  checkSubjectColumns(merged, report)
  checkProcessors(given, merged, report)
  return merged
}

/** Every entry the shop gave or changed must be one a processor can find, export and erase. */
function checkProcessors(given: DataMapEntryInput[], merged: DataMapEntry[], report: Report) {
  const processors = processorsFor(merged)
  const byId = new Map(merged.map((entry) => [entry.id, entry]))
  const givenIds = new Set(given.map(entryId))
  for (const entry of merged) {
    const problem = givenIds.has(entry.id) ? null : processorProblem(entry, processors)
    if (problem) {
      report(["dataMap", "entries"], `${entry.id}: ${problem}`)
    }
  }
  given.forEach((input, index) => {
    const entry = byId.get(entryId(input) ?? "")
    const problem = entry && processorProblem(entry, processors)
    if (problem) {
      report(["dataMap", "entries", index], problem)
    }
  })
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/i

/**
 * A new entry must say how the customer's rows are found (`subjectColumn`),
 * whether or not exports leave the field out (`notExported`): a `metadata`
 * key of a built-in table travels with its table.
 */
function exportable(input: DataMapEntryInput, index: number, report: Report, builtInTables: Set<string>): boolean {
  const path = ["dataMap", "entries", index]
  for (const field of ["table", "column", "subjectColumn"] as const) {
    const value = input[field]
    if (value !== undefined && !IDENTIFIER.test(value)) {
      report([...path, field], `expected a table or column name (letters, digits, _), got "${value}"`)
      return false
    }
  }
  const travelsWithTable = input.key !== undefined && builtInTables.has(input.table!)
  if (!travelsWithTable && !input.subjectColumn) {
    report(
      path,
      `a new entry on "${input.table}" needs "subjectColumn" (the column holding the customer's id, by which exports and erasure find the customer's rows)`
    )
    return false
  }
  return true
}

/** One table, one way to find the customer's rows. */
function checkSubjectColumns(entries: DataMapEntry[], report: Report) {
  const byTable = new Map<string, string>()
  for (const entry of entries) {
    if (!entry.subjectColumn) {
      continue
    }
    const known = byTable.get(entry.table)
    if (known && known !== entry.subjectColumn) {
      report(["dataMap", "entries"], `entries on "${entry.table}" name different subject columns ("${known}", "${entry.subjectColumn}")`)
    }
    byTable.set(entry.table, entry.subjectColumn)
  }
}

function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
