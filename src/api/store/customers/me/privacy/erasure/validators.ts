import { z } from "@medusajs/framework/zod"

export const StoreCloseAccount = z
  .object({ password: z.string({ error: "password is required: your current password, to confirm it is you" }).min(1, { error: "password is required" }) })
  .strict()

export type StoreCloseAccountType = z.infer<typeof StoreCloseAccount>
