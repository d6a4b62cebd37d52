import { z } from "@medusajs/framework/zod"
import { VERIFICATION_METHODS } from "../../../../../../modules/privacy/lib/constants"
import { languageTagField } from "../../../../../utils/consent-fields"

export const AdminRequestExport = z
  .object({
    verification: z.enum(VERIFICATION_METHODS, {
      error: `'verification' is required: how the person's identity was checked (${VERIFICATION_METHODS.join(", ")})`,
    }),
    note: z.string({ error: "'note' must be a text" }).trim().max(1000, { error: "'note' is at most 1000 characters" }).optional(),
    language: languageTagField.optional(),
  })
  .strict()

export type AdminRequestExportType = z.infer<typeof AdminRequestExport>
