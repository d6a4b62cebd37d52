import { CUSTOMERS, when } from "./sets"
import type { Processor } from "./types"

/**
 * The cookie choices a signed-in customer made. Anonymous choices belong to
 * no one the plugin can name: only the browser holds their consent id, so
 * they are never found for a person and leave by their period alone.
 */
export const cookieConsentProcessors: Processor[] = [
  {
    table: "privacy_cookie_consent",
    section: "cookie_choices",
    finds: (sets) => when(sets, "customer", `t.customer_id IN ${CUSTOMERS}`),
    relations: { created_at: "t.created_at" },
  },
]
