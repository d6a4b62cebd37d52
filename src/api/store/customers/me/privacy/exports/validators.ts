import { z } from "@medusajs/framework/zod"
import { languageTagField } from "../../../../../utils/consent-fields"

export const StoreRequestExport = z.object({ language: languageTagField.optional() }).strict()

export type StoreRequestExportType = z.infer<typeof StoreRequestExport>
