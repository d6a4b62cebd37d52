import { z } from "@medusajs/framework/zod"
import { rights } from "../../../utils/request-fields"
import { languageTagField } from "../../../utils/consent-fields"

export const StoreCreateRequest = z
  .object({
    rights,
    /** Whose request it is, when no customer is signed in; the verification link goes there. */
    email: z.email({ error: "'email' must be an e-mail address" }).max(254, { error: "'email' must be an e-mail address" }).optional(),
    language: languageTagField.optional(),
    /** What the person wants to add (what to correct, for instance). */
    message: z.string({ error: "'message' must be a text" }).trim().max(2000, { error: "'message' is at most 2000 characters" }).optional(),
  })
  .strict()

export type StoreCreateRequestType = z.infer<typeof StoreCreateRequest>
