import { z } from "@medusajs/framework/zod"

export const AdminGetProcessingRecord = z
  .object({
    format: z.enum(["json", "csv"], { error: "'format' must be 'json' or 'csv'" }).default("json"),
    lang: z
      .string({ error: "'lang' must be a language tag such as 'nb' or 'en'" })
      .max(35, { error: "'lang' must be a language tag such as 'nb' or 'en'" })
      .optional(),
  })
  .strict()

export type AdminGetProcessingRecordType = z.infer<typeof AdminGetProcessingRecord>
