import { z } from "@medusajs/framework/zod"
import { DATA_CATEGORIES, DATA_SOURCES, ERASURE_ACTIONS, LEGAL_BASES, RECIPIENT_CATEGORIES } from "../../data-map/types"
import { localizedText, optionalText, requiredText, wholeNumber } from "./shared"

export const retentionRuleSchema = z.union(
  [
    z.enum(["relationship", "bookkeeping", "consent_proof"]),
    z.object({ fixed: z.object({ months: wholeNumber("a number of months", 1, 600) }).strict() }).strict(),
    z.object({ fixed: z.object({ days: wholeNumber("a number of days", 1, 36500) }).strict() }).strict(),
  ],
  { error: "expected \"relationship\", \"bookkeeping\", \"consent_proof\", { fixed: { months: n } } or { fixed: { days: n } }" }
)

const names = (what: string) => z.array(requiredText(what), { error: `expected a list of ${what}s` })

/** A new entry (table and column required), or changes to a default entry named by `id`. */
export const dataMapEntryInput = z
  .object(
    {
      id: optionalText("an entry id such as \"customer.metadata\""),
      module: optionalText("the module that owns the table"),
      entity: optionalText("the entity name"),
      table: optionalText("a table name"),
      column: optionalText("a column name"),
      key: optionalText("a key of the JSON column"),
      item: optionalText("a data item"),
      itemLabel: localizedText.optional(),
      category: z.enum(DATA_CATEGORIES, { error: `expected one of ${DATA_CATEGORIES.join(", ")}` }).optional(),
      purposes: names("purpose").min(1, { error: "expected at least one purpose" }).optional(),
      source: z.enum(DATA_SOURCES, { error: `expected one of ${DATA_SOURCES.join(", ")}` }).optional(),
      recipients: z
        .array(z.enum(RECIPIENT_CATEGORIES, { error: `expected a recipient category: one of ${RECIPIENT_CATEGORIES.join(", ")}` }), {
          error: "expected a list of recipient categories",
        })
        .optional(),
      retention: retentionRuleSchema.optional(),
      erasure: z.enum(ERASURE_ACTIONS, { error: `expected one of ${ERASURE_ACTIONS.join(", ")}` }).optional(),
      note: optionalText("a note"),
      subjectColumn: optionalText("the column of the table that holds the customer's id"),
      notExported: optionalText("the reason exports leave the field out"),
    },
    { error: "expected a data-map entry object" }
  )
  .strict()

export type DataMapEntryInput = z.output<typeof dataMapEntryInput>

export const dataMapOptionsSchema = z
  .object(
    {
      entries: z.array(dataMapEntryInput, { error: "expected a list of entries" }).default([]),
      notPersonal: z
        .array(
          z
            .object({
              table: requiredText("a table name"),
              columns: names("column").min(1, { error: "expected at least one column" }),
              reason: requiredText("the reason the columns hold no personal data"),
            })
            .strict(),
          { error: "expected a list of { table, columns, reason }" }
        )
        .default([]),
    },
    { error: "expected an object with entries and notPersonal" }
  )
  .strict()
  .default({ entries: [], notPersonal: [] })

export const purposeSchema = z
  .object(
    {
      legalBasis: z.enum(LEGAL_BASES, { error: `expected one of ${LEGAL_BASES.join(", ")} (GDPR Art. 6(1)(a)-(f))` }),
      legitimateInterest: localizedText.optional(),
      label: localizedText.optional(),
    },
    { error: "expected an object with legalBasis, legitimateInterest and label" }
  )
  .strict()
