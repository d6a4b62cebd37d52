import { z } from "@medusajs/framework/zod"

export const StoreGetCookieDeclaration = z
  .object({
    lang: z
      .string({ error: "'lang' must be a language tag such as 'nb' or 'en'" })
      .max(35, { error: "'lang' must be a language tag such as 'nb' or 'en'" })
      .optional(),
  })
  .strict()

export type StoreGetCookieDeclarationType = z.infer<typeof StoreGetCookieDeclaration>
