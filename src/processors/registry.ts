import type { DataMapEntry } from "../modules/privacy/data-map/types"
import { authProcessors } from "./auth"
import { cartProcessors } from "./carts"
import { cookieConsentProcessors } from "./cookie-consents"
import { customTableProcessors } from "./custom-tables"
import { customerProcessors } from "./customers"
import { disclosureProcessors } from "./disclosures"
import { fulfillmentProcessors } from "./fulfillments"
import { messageProcessors } from "./messages"
import { orderProcessors } from "./orders"
import { paymentProcessors } from "./payments"
import { privacyProcessors } from "./privacy"
import { requestProcessors } from "./requests"
import { returnProcessors } from "./returns"
import type { Processor } from "./types"

/**
 * Every table the data map can name, with its processor, in the order an
 * export shows them. Adding a personal-data table is one processor and one
 * line here; the export, the erasure, the dry run and the holds follow.
 */
export const BUILT_IN_PROCESSORS: readonly Processor[] = [
  ...customerProcessors.slice(0, 3),
  ...privacyProcessors.slice(0, 7),
  ...authProcessors,
  customerProcessors[3],
  ...orderProcessors,
  ...returnProcessors,
  ...paymentProcessors,
  ...fulfillmentProcessors,
  ...cartProcessors,
  ...messageProcessors,
  ...privacyProcessors.slice(7),
  ...requestProcessors,
  ...disclosureProcessors,
  ...cookieConsentProcessors,
]

const BUILT_IN = new Map(BUILT_IN_PROCESSORS.map((processor) => [processor.table, processor]))

/** The processors of the tables the effective data map names, built-in and the shop's own. */
export function processorsFor(entries: readonly DataMapEntry[]): Processor[] {
  const mapped = new Set(entries.map((entry) => entry.table))
  const custom = customTableProcessors(entries).filter((processor) => !BUILT_IN.has(processor.table))
  return [...BUILT_IN_PROCESSORS.filter((processor) => mapped.has(processor.table)), ...custom]
}

export function processorOf(processors: readonly Processor[], table: string): Processor | undefined {
  return processors.find((processor) => processor.table === table)
}

/** Names the SQL layer reads as they are: a `?` would be taken for a binding, a quote would end the literal. */
const SAFE_NAME = /^[a-z_][a-z0-9_]*$/i
const SAFE_KEY = /^[A-Za-z0-9_\-. :@/]+$/

/**
 * What no processor can serve in an entry of the effective map, or null:
 * checked at start-up, so a wrong option stops Medusa instead of making
 * every erasure fail at run time.
 */
export function processorProblem(entry: DataMapEntry, processors: readonly Processor[]): string | null {
  for (const [field, value] of [["table", entry.table], ["column", entry.column], ["subjectColumn", entry.subjectColumn]] as const) {
    if (value !== undefined && !SAFE_NAME.test(value)) {
      return `"${field}" must be a table or column name (letters, digits, _), got "${value}"`
    }
  }
  if (entry.key !== undefined && !SAFE_KEY.test(entry.key)) {
    return `"key" may hold letters, digits, space and _ - . : @ /, got "${entry.key}"`
  }
  const processor = processorOf(processors, entry.table)
  if (!processor) {
    return `no processor finds a customer's rows in "${entry.table}": give "subjectColumn" (the column holding the customer's id)`
  }
  if (entry.retention === "bookkeeping" && entry.erasure === "keep_until_retention_ends" && !processor.fromOrders) {
    return `"${entry.table}" is not part of an order, so nothing releases it when the bookkeeping period ends: use another retention`
  }
  return null
}
