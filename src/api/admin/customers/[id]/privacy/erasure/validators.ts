import { z } from "@medusajs/framework/zod"

export const AdminEraseCustomer = z
  .object({
    reason: z
      .string({ error: "reason is required: why the customer is erased (e.g. \"request by letter of 3 May\")" })
      .trim()
      .min(3, { error: "reason must say why, in at least 3 characters" })
      .max(500, { error: "reason must be at most 500 characters" })
      .optional(),
  })
  .strict()

export type AdminEraseCustomerType = z.infer<typeof AdminEraseCustomer>
