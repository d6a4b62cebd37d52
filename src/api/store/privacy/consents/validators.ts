import { z } from "@medusajs/framework/zod"
import { consentPurpose, languageTagField, noticeVersion } from "../../../utils/consent-fields"

export const StoreSubscribe = z
  .object({
    email: z.email({ error: "'email' must be an e-mail address" }).max(254, { error: "'email' is at most 254 characters" }),
    purpose: consentPurpose.default("marketing"),
    channel: z.enum(["email"], { error: "'channel' must be 'email': a sign-up without an account is confirmed by e-mail" }).default("email"),
    source: z.enum(["storefront", "checkout"], { error: "'source' must be storefront or checkout" }).default("storefront"),
    language: languageTagField.optional(),
    notice_version: noticeVersion.optional(),
  })
  .strict()

export type StoreSubscribeType = z.infer<typeof StoreSubscribe>
