import { z } from "@medusajs/framework/zod"
import {
  BUSINESS_ID_FORMATS,
  businessIdDigits,
  CHECKED_BUSINESS_ID_COUNTRIES,
  normalizeVatId,
  vatIdFor,
  vatIdProblem,
  type CheckedBusinessIdCountry,
} from "../company-ids"
import { countryCode, email, optionalText, requiredText } from "./shared"

const VAT_MESSAGES = {
  format: "expected an EU VAT number: the country prefix and the national number, such as FI29256341",
  greece_prefix: "expected an EU VAT number: Greece's prefix is EL, not GR",
  not_eu: "expected an EU VAT number, whose prefix is an EU member state (or XI for Northern Ireland)",
  check_digit: "expected an EU VAT number with a valid check digit",
} as const

const isChecked = (country: string): country is CheckedBusinessIdCountry =>
  (CHECKED_BUSINESS_ID_COUNTRIES as readonly string[]).includes(country)

/**
 * The controller (GDPR Art. 13(1)(a)). `businessId` is the national register
 * number, checked for FI, NO, SE and DK; `vatId` the EU VAT number. Where one
 * derives from the other (FI, SE, DK) they must agree.
 */
export const controllerSchema = z
  .object(
    {
      name: requiredText("the controller's name"),
      address: requiredText("the controller's postal address"),
      country: countryCode,
      businessId: optionalText("the controller's business ID")
        .refine((value) => value === undefined || /^[\p{L}\p{N} ./-]{2,40}$/u.test(value), {
          error: "expected a business ID of 2 to 40 letters, digits, spaces, dots, hyphens or slashes",
        }),
      vatId: optionalText("the controller's EU VAT number"),
      phone: optionalText("the controller's phone number"),
      email,
    },
    { error: "expected an object with name, address, country, businessId, vatId, phone and email" }
  )
  .strict()
  .superRefine((controller, ctx) => {
    const report = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message })
    const { country, businessId, vatId } = controller
    const vatProblem = vatId === undefined ? undefined : vatIdProblem(vatId)
    if (vatProblem) {
      report("vatId", VAT_MESSAGES[vatProblem])
    }
    if (businessId === undefined || !isChecked(country)) {
      return
    }
    const digits = businessIdDigits(country, businessId)
    if (!digits) {
      // Until this option existed, the demo and the README put the VAT number here.
      const looksLikeVat = /^[A-Z]{2}/i.test(businessId.trim()) && !vatIdProblem(businessId)
      report(
        "businessId",
        `expected ${BUSINESS_ID_FORMATS[country]}` +
          (looksLikeVat ? '; this looks like an EU VAT number: give it as "controller.vatId", and the business ID as "controller.businessId"' : "")
      )
      return
    }
    const derived = vatIdFor(country, digits)
    if (derived && vatId !== undefined && !vatProblem && normalizeVatId(vatId).startsWith(country) && normalizeVatId(vatId) !== derived) {
      report("vatId", `expected the VAT number that belongs to the business ID in "controller.businessId"`)
    }
  })
  .transform((controller) => ({
    ...controller,
    ...(controller.vatId !== undefined ? { vatId: normalizeVatId(controller.vatId) } : {}),
  }))

export const contactPersonSchema = z
  .object(
    {
      name: requiredText("the contact person's name"),
      address: optionalText("the contact person's postal address"),
      phone: optionalText("the contact person's phone number"),
      email,
    },
    { error: "expected an object with name, address, phone and email" }
  )
  .strict()
