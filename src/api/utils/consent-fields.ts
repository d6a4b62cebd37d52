import { z } from "@medusajs/framework/zod"
import { CONSENT_CHANNELS } from "../../modules/privacy/lib/constants"

/** Shared by the consent routes; the purposes themselves are checked against the options in the workflow. */
export const consentPurpose = z
  .string({ error: "'purpose' is required, e.g. 'marketing'" })
  .min(1, { error: "'purpose' is required, e.g. 'marketing'" })
  .max(40, { error: "'purpose' is at most 40 characters" })

export const consentChannel = z.enum(CONSENT_CHANNELS, { error: `'channel' must be one of ${CONSENT_CHANNELS.join(", ")}` })

export const consentGranted = z.boolean({ error: "'granted' must be true or false" })

export const noticeVersion = z
  .string({ error: "'notice_version' must be the version of the privacy notice shown" })
  .regex(/^[0-9a-f]{16}$/, { error: "'notice_version' must be the version of the privacy notice shown (16 hex digits)" })

export const languageTagField = z
  .string({ error: "'language' must be a language tag such as 'nb'" })
  .max(35, { error: "'language' must be a language tag such as 'nb'" })
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { error: "'language' must be a language tag such as 'nb' or 'sv-FI'" })
