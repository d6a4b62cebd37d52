import { z } from "@medusajs/framework/zod"
import { COOKIE_CONSENT_ACTIONS } from "../../../../modules/privacy/lib/constants"
import { languageTagField } from "../../../utils/consent-fields"

/** The shape of a choice; whether it fits the declaration is checked against the options in the service. */
export const StoreRecordCookieChoice = z
  .object({
    consent_id: z
      .uuid({ error: "'consent_id' must be a UUID the browser keeps, e.g. from crypto.randomUUID()" })
      .transform((id) => id.toLowerCase()),
    action: z.enum(COOKIE_CONSENT_ACTIONS, { error: `'action' must be one of ${COOKIE_CONSENT_ACTIONS.join(", ")}` }),
    categories: z
      .array(z.string({ error: "'categories' must be a list of category ids such as [\"necessary\", \"statistics\"]" }).max(40), {
        error: "'categories' must be a list of category ids such as [\"necessary\", \"statistics\"]",
      })
      .max(10, { error: "'categories' has at most 10 entries" }),
    revision: z
      .string({ error: "'revision' must be the declaration's revision the visitor was shown (GET /store/privacy/cookies)" })
      .regex(/^[0-9a-f]{16}$/, { error: "'revision' must be the declaration's revision the visitor was shown (16 hex digits)" }),
    language: languageTagField,
  })
  .strict()

export type StoreRecordCookieChoiceType = z.infer<typeof StoreRecordCookieChoice>
