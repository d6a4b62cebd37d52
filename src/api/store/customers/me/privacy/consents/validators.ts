import { z } from "@medusajs/framework/zod"
import { consentChannel, consentGranted, consentPurpose, languageTagField, noticeVersion } from "../../../../../utils/consent-fields"

export const StoreRecordConsent = z
  .object({
    purpose: consentPurpose,
    channel: consentChannel,
    granted: consentGranted,
    source: z
      .enum(["account", "storefront", "checkout"], { error: "'source' must be one of account, storefront, checkout" })
      .default("account"),
    notice_version: noticeVersion.optional(),
    language: languageTagField.optional(),
  })
  .strict()

export type StoreRecordConsentType = z.infer<typeof StoreRecordConsent>
