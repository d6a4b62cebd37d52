import { z } from "@medusajs/framework/zod"

export const StoreGetPrivacyNotice = z
  .object({
    lang: z
      .string({ error: "'lang' must be a language tag such as 'nb' or 'en'" })
      .max(35, { error: "'lang' must be a language tag such as 'nb' or 'en'" })
      .optional(),
    format: z.enum(["json", "html"], { error: "'format' must be 'json' or 'html'" }).default("json"),
  })
  .strict()

export type StoreGetPrivacyNoticeType = z.infer<typeof StoreGetPrivacyNotice>
