import { z } from "@medusajs/framework/zod"
import { STAFF_CONSENT_SOURCES } from "../../../../../../modules/privacy/lib/constants"
import { consentChannel, consentGranted, consentPurpose } from "../../../../../utils/consent-fields"

export const AdminRecordConsent = z
  .object({
    purpose: consentPurpose,
    channel: consentChannel,
    granted: consentGranted,
    source: z.enum(STAFF_CONSENT_SOURCES, {
      error: `'source' is required: how the request reached you (${STAFF_CONSENT_SOURCES.join(", ")})`,
    }),
    note: z.string({ error: "'note' must be a text" }).trim().max(1000, { error: "'note' is at most 1000 characters" }).optional(),
  })
  .strict()

export type AdminRecordConsentType = z.infer<typeof AdminRecordConsent>
