import { z } from "@medusajs/framework/zod"
import { localizedText, wholeNumber } from "./shared"

const purposeKey = z
  .string({ error: "expected a purpose key such as \"marketing\"" })
  .regex(/^[a-z][a-z0-9_]{0,39}$/, { error: "expected a purpose key of lower-case letters, digits and _ such as \"newsletter\"" })

export const consentOptionsSchema = z
  .object(
    {
      /** What people can consent to; `marketing` is the policy's own (clause 3). */
      purposes: z
        .array(z.union([purposeKey, z.object({ key: purposeKey, label: localizedText }).strict()]), {
          error: "expected a list of purpose keys, or { key, label } objects",
        })
        .min(1, { error: "expected at least one purpose" })
        .default(["marketing"]),
      /** A sign-up without an account counts only once the link in the confirmation e-mail is followed. */
      doubleOptIn: z.boolean({ error: "expected true or false" }).default(true),
      confirmationExpiryDays: wholeNumber("a number of days", 1, 90).default(7),
      /** The Notification Module template of the double opt-in e-mail. */
      confirmationTemplate: z.string({ error: "expected a template name" }).min(1).default("privacy-consent-confirmation"),
      /**
       * The shop e-mails existing customers about its own similar products without prior consent, as
       * markedsføringsloven § 15 and the Finnish 917/2014 § 200 allow (opt-out offered when the address
       * was given and in every message). The notice states that basis; the ledger's rules stay the same.
       */
      softOptIn: z.boolean({ error: "expected true or false" }).default(false),
    },
    { error: "expected an object with purposes, doubleOptIn, confirmationExpiryDays, confirmationTemplate and softOptIn" }
  )
  .strict()
  .default({
    purposes: ["marketing"],
    doubleOptIn: true,
    confirmationExpiryDays: 7,
    confirmationTemplate: "privacy-consent-confirmation",
    softOptIn: false,
  })
