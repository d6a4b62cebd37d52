import { parsePrivacyOptions, PrivacyOptionsError } from "../lib/options"
import { recipientForProvider } from "../lib/options/recipients"
import { shopOptions } from "./fixtures"

const carrier = {
  id: "posti",
  name: "Posti Oy",
  role: "controller",
  category: "carrier",
  country: "FI",
  dataCategories: ["identity", "contact"],
  purpose: "Delivering orders",
  agreementDate: "2023-02-01",
  providers: { fulfillment: ["manual_manual"] },
}

const TODAY = new Date("2026-12-03T12:00:00Z")

function problems(recipients: unknown[], extra: Record<string, unknown> = {}, today = TODAY): string {
  try {
    parsePrivacyOptions({ ...shopOptions, recipients, ...extra }, today)
  } catch (error) {
    expect(error).toBeInstanceOf(PrivacyOptionsError)
    return (error as PrivacyOptionsError).problems.join("\n")
  }
  throw new Error("expected the options to be refused")
}

describe("recipient register", () => {
  it("accepts recipients in the EU/EEA and finds the one behind a provider", () => {
    const options = parsePrivacyOptions({ ...shopOptions, recipients: [carrier, { ...carrier, id: "bring", country: "no", providers: {} }] }, TODAY)
    expect(options.transfersOutsideEea).toBe(false)
    expect(options.recipients.map((recipient) => recipient.country)).toEqual(["FI", "NO"])
    expect(recipientForProvider(options.recipients, "fulfillment", "manual_manual")?.id).toBe("posti")
    expect(recipientForProvider(options.recipients, "payment", "manual_manual")).toBeUndefined()
  })

  it("stops start-up for a recipient outside the EU/EEA while transfers are not allowed, naming it and what is needed", () => {
    const message = problems([{ ...carrier, id: "ups", name: "UPS Inc.", country: "US" }])
    expect(message).toMatch(/"recipients.0.country": "ups" \(UPS Inc., US\) is outside the EU\/EEA and transfersOutsideEea is false/)
    expect(message).toMatch(/set transfersOutsideEea: true and give the recipient a transfer basis/)
  })

  it("accepts the United Kingdom on its adequacy decision while it is valid, and refuses it after 27 December 2031", () => {
    const uk = { ...carrier, id: "royal-mail", name: "Royal Mail", country: "GB", transfer: { basis: "adequacy" } }
    const options = parsePrivacyOptions({ ...shopOptions, transfersOutsideEea: true, recipients: [uk] }, TODAY)
    expect(options.recipients[0].transfer).toEqual({ basis: "adequacy" })
    parsePrivacyOptions({ ...shopOptions, transfersOutsideEea: true, recipients: [uk] }, new Date("2031-12-27T23:00:00Z"))
    expect(problems([uk], { transfersOutsideEea: true }, new Date("2031-12-28T00:00:00Z"))).toMatch(
      /"royal-mail" \(Royal Mail, GB\): the adequacy decision for United Kingdom lapsed after 2031-12-27/
    )
  })

  it("takes the United States on adequacy only for a recipient certified under the Data Privacy Framework", () => {
    const us = { ...carrier, id: "mailer", name: "Mailer Inc.", category: "email_service", country: "US", providers: {}, transfer: { basis: "adequacy" } }
    expect(problems([us], { transfersOutsideEea: true })).toMatch(/covers only organisations certified under the EU-US Data Privacy Framework/)
    const certified = parsePrivacyOptions({ ...shopOptions, transfersOutsideEea: true, recipients: [{ ...us, transfer: { basis: "adequacy", dpfCertified: true } }] }, TODAY)
    expect(certified.recipients[0].transfer?.dpfCertified).toBe(true)
  })

  it.each([
    [{ ...carrier, country: "CN", transfer: { basis: "adequacy" } }, /there is no adequacy decision for CN; use standard_contractual_clauses/],
    [{ ...carrier, country: "IN" }, /"recipients.0.transfer": "posti" \(Posti Oy, IN\) is outside the EU\/EEA: give its transfer basis/],
    [{ ...carrier, country: "IN", transfer: { basis: "derogation" } }, /an Art. 49 derogation needs its text/],
    [{ ...carrier, transfer: { basis: "adequacy" } }, /"posti" \(Posti Oy, FI\) is in the EU\/EEA: there is no transfer to declare/],
  ])("refuses a transfer without a basis that holds (%#)", (recipient, expected) => {
    expect(problems([recipient], { transfersOutsideEea: true })).toMatch(expected)
  })

  it("accepts standard contractual clauses, binding corporate rules and a derogation with its text", () => {
    const options = parsePrivacyOptions(
      {
        ...shopOptions,
        transfersOutsideEea: true,
        recipients: [
          { ...carrier, id: "a", country: "IN", providers: {}, transfer: { basis: "standard_contractual_clauses" } },
          { ...carrier, id: "b", country: "IN", providers: {}, transfer: { basis: "binding_corporate_rules" } },
          { ...carrier, id: "c", country: "IN", providers: {}, transfer: { basis: "derogation", derogation: "Art. 49(1)(b): the customer's own order to India" } },
        ],
      },
      TODAY
    )
    expect(options.recipients.map((recipient) => recipient.transfer?.basis)).toEqual(["standard_contractual_clauses", "binding_corporate_rules", "derogation"])
  })

  it.each([
    [[carrier, carrier], /"recipients.1.id": the id "posti" is used by another recipient/],
    [[carrier, { ...carrier, id: "other" }], /the fulfillment provider "manual_manual" already stands behind "posti"/],
    [[{ ...carrier, agreementDate: "2027-01-01" }], /"recipients.0.agreementDate": the agreement with "posti" is dated in the future \(2027-01-01\)/],
    [[{ ...carrier, agreementDate: "2023-02-30" }], /"recipients.0.agreementDate": expected the date of the agreement as a real calendar day/],
    [[{ ...carrier, category: "courier" }], /"recipients.0.category": expected one of hosting, platform, carrier/],
    [[{ ...carrier, role: "third_party" }], /"recipients.0.role": expected one of processor, controller, authority/],
    [[{ ...carrier, dataCategories: ["shoe_size"] }], /"recipients.0.dataCategories.0": expected one of identity, contact/],
    [[{ ...carrier, privacyNoticeUrl: "javascript:alert(1)" }], /"recipients.0.privacyNoticeUrl": expected an http\(s\) address/],
  ])("refuses a register that does not add up (%#)", (recipients, expected) => {
    expect(problems(recipients)).toMatch(expected)
  })

  it("refuses the earlier form of recipients (categories by name) with the form it needs now", () => {
    expect(problems({ carrier: { countries: [] } } as unknown as unknown[])).toMatch(/"recipients": expected a list of recipients by name/)
  })
})
