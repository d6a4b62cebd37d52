import { z } from "@medusajs/framework/zod"
import { DATA_CATEGORIES, LEGAL_BASES } from "../../../../../../modules/privacy/data-map/types"
import { MANUAL_OCCASIONS } from "../../../../../../modules/privacy/lib/disclosures"

const text = (name: string, max: number) =>
  z.string({ error: `'${name}' must be a text` }).trim().min(1, { error: `'${name}' must not be empty` }).max(max, { error: `'${name}' must be at most ${max} characters` })

/** Staff's clock and the server's differ a little; a disclosure "now" typed on a fast clock is not in the future. */
const CLOCK_SKEW_MS = 5 * 60 * 1000

export const AdminRecordDisclosure = z
  .object({
    recipient_id: text("recipient_id", 100),
    // Checked as a whole, so the message names the field and the categories it may hold.
    data_categories: z
      .array(z.string({ error: `'data_categories' must hold only ${DATA_CATEGORIES.join(", ")}` }), { error: "'data_categories' must be a list" })
      .min(1, { error: "'data_categories' must name at least one category" })
      .refine((given) => given.every((category) => (DATA_CATEGORIES as readonly string[]).includes(category)), {
        error: `'data_categories' must hold only ${DATA_CATEGORIES.join(", ")}`,
      })
      .transform((given) => given as (typeof DATA_CATEGORIES)[number][]),
    occasion: z.enum(MANUAL_OCCASIONS, { error: `'occasion' must be one of ${MANUAL_OCCASIONS.join(", ")}` }),
    legal_basis: z.enum(LEGAL_BASES, { error: `'legal_basis' must be one of ${LEGAL_BASES.join(", ")}` }),
    disclosed_at: z.iso
      .datetime({ offset: true, error: "'disclosed_at' must be an ISO 8601 date and time, such as 2026-12-01T10:00:00Z" })
      .refine((value) => Date.parse(value) <= Date.now() + CLOCK_SKEW_MS, { error: "'disclosed_at' must not be in the future" }),
    order_id: text("order_id", 100).optional(),
    reference: text("reference", 200).optional(),
    legal_reference: text("legal_reference", 500).optional(),
    note: text("note", 2000).optional(),
  })
  .strict()
  .refine((body) => body.occasion !== "authority_request" || !!body.legal_reference, {
    error: "'legal_reference' is required for an authority's request: the provision it relied on",
    path: ["legal_reference"],
  })

export type AdminRecordDisclosureType = z.infer<typeof AdminRecordDisclosure>
