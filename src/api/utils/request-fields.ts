import { z } from "@medusajs/framework/zod"
import { REQUEST_RIGHTS } from "../../modules/privacy/lib/requests"

/** The rights a request asks for, one or more, each named in the message when wrong. */
export const rights = z
  .array(z.string(), { error: `'rights' must list some of ${REQUEST_RIGHTS.join(", ")}` })
  .min(1, { error: "'rights' must name at least one right" })
  .refine((given) => given.every((right) => (REQUEST_RIGHTS as readonly string[]).includes(right)), {
    error: `'rights' must list some of ${REQUEST_RIGHTS.join(", ")}`,
  })
  .transform((given) => given as (typeof REQUEST_RIGHTS)[number][])
