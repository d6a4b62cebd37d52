import { z } from "@medusajs/framework/zod"

export const AdminRetentionPreviewQuery = z
  .object({
    limit: z.coerce
      .number({ error: "'limit' must be a whole number from 1 to 1000" })
      .int({ error: "'limit' must be a whole number from 1 to 1000" })
      .min(1, { error: "'limit' must be a whole number from 1 to 1000" })
      .max(1000, { error: "'limit' must be a whole number from 1 to 1000" })
      .default(100),
  })
  .strict()

export const AdminListRetentionRunsQuery = z
  .object({
    limit: z.coerce
      .number({ error: "'limit' must be a whole number from 1 to 100" })
      .int({ error: "'limit' must be a whole number from 1 to 100" })
      .min(1, { error: "'limit' must be a whole number from 1 to 100" })
      .max(100, { error: "'limit' must be a whole number from 1 to 100" })
      .default(20),
    offset: z.coerce
      .number({ error: "'offset' must be a whole number, 0 or more" })
      .int({ error: "'offset' must be a whole number, 0 or more" })
      .min(0, { error: "'offset' must be a whole number, 0 or more" })
      .default(0),
  })
  .strict()

export type AdminRetentionPreviewQueryType = z.infer<typeof AdminRetentionPreviewQuery>
export type AdminListRetentionRunsQueryType = z.infer<typeof AdminListRetentionRunsQuery>
