import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES } from "../staff-roles"

/** Who reaches customers' personal data through the admin API (policy clause 10). */
export const accessOptionsSchema = z
  .object(
    {
      /** E-mails of Medusa users who are officers; granted when the user exists (on their first request or the staff list). */
      officers: z
        .array(z.email({ error: "expected the e-mail address of a Medusa user" }), { error: "expected a list of e-mail addresses" })
        .default([]),
      /**
       * When true, core's `/admin/customers*` and `/admin/orders*` answer 403 to users without a privacy
       * role too. Off by default: it also closes the order screens to warehouse and support staff, which
       * a shop should decide knowingly.
       */
      restrictCoreRoutes: z.boolean({ error: "expected true or false" }).default(false),
      /** Secret API keys (by id, `apikey_...`) and their role; a key not listed has no role. */
      apiKeys: z
        .record(z.string().regex(/^apikey_/, { error: "expected an API key id such as apikey_01..." }), z.enum(STAFF_ROLES, { error: `expected one of ${STAFF_ROLES.join(", ")}` }), {
          error: "expected secret API key ids (apikey_...) and their roles",
        })
        .default({}),
    },
    { error: "expected an object with officers, restrictCoreRoutes and apiKeys" }
  )
  .strict()
  .default({ officers: [], restrictCoreRoutes: false, apiKeys: {} })
