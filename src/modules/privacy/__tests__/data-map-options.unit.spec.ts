import { parsePrivacyOptions } from "../lib/options"
import { problemsOf } from "./refused-options"
import { shopOptions } from "./fixtures"


const loyaltyEntry = {
  table: "loyalty_member",
  column: "email",
  item: "email",
  category: "contact",
  purposes: ["customer_relationship"],
  source: "data_subject",
  retention: "relationship",
  erasure: "delete",
  subjectColumn: "customer_id",
}

describe("data map from options", () => {
  it("lets merchants change a default entry by its id", () => {
    const { dataMap } = parsePrivacyOptions({
      ...shopOptions,
      dataMap: { entries: [{ id: "notification.to", retention: { fixed: { months: 6 } } }] },
    })
    expect(dataMap.entries.find((entry) => entry.id === "notification.to")).toMatchObject({
      table: "notification",
      retention: { fixed: { months: 6 } },
      erasure: "delete",
    })
  })

  it("adds entries for the merchant's own tables and metadata keys", () => {
    const { dataMap } = parsePrivacyOptions({
      ...shopOptions,
      dataMap: {
        entries: [
          loyaltyEntry,
          { ...loyaltyEntry, table: "customer", column: "metadata", key: "shoe_size", item: "shoe_size", itemLabel: { en: "shoe size", nb: "skostørrelse" } },
        ],
        notPersonal: [{ table: "loyalty_tier", columns: ["name"], reason: "names of the programme's tiers" }],
      },
    })
    expect(dataMap.entries.find((entry) => entry.id === "loyalty_member.email")).toMatchObject({
      module: "custom",
      entity: "loyalty_member",
      subjectColumn: "customer_id",
    })
    expect(dataMap.entries.find((entry) => entry.id === "customer.metadata.shoe_size")).toMatchObject({ key: "shoe_size" })
    expect(dataMap.notPersonal).toContainEqual({ table: "loyalty_tier", columns: ["name"], reason: "names of the programme's tiers" })
  })

  it("accepts an entry of the merchant's own that exports leave out, with the reason", () => {
    const { dataMap } = parsePrivacyOptions({
      ...shopOptions,
      dataMap: { entries: [{ ...loyaltyEntry, notExported: "a hash of the card number, not the number" }] },
    })
    expect(dataMap.entries.find((entry) => entry.id === "loyalty_member.email")).toMatchObject({
      notExported: "a hash of the card number, not the number",
    })
  })

  it.each([
    [{ dataMap: { entries: [{ ...loyaltyEntry, purposes: ["raffles"] }] } }, /unknown purpose "raffles" in entry "loyalty_member.email": declare it under "purposes"/],
    [{ dataMap: { entries: [{ ...loyaltyEntry, recipients: ["technical_operation"] }] } }, /"dataMap.entries.0.recipients.0": expected a recipient category: one of hosting, platform, carrier, payment, debt_collection, email_service, analytics, advertising, authority, other/],
    [{ dataMap: { entries: [{ ...loyaltyEntry, item: "shoe_size" }] } }, /expected an itemLabel for the custom item "shoe_size"/],
    [{ dataMap: { entries: [{ id: "customer.shoe_size", category: "contact" }] } }, /no default entry "customer.shoe_size" to change/],
    [{ dataMap: { entries: [{ table: "loyalty_member", column: "email" }] } }, /a new entry needs "item", "category", "purposes", "source", "retention", "erasure"/],
    [{ dataMap: { entries: [{ ...loyaltyEntry, subjectColumn: undefined }] } }, /a new entry on "loyalty_member" needs "subjectColumn" \(the column holding the customer's id, by which exports and erasure find the customer's rows\)/],
    [{ dataMap: { entries: [{ ...loyaltyEntry, subjectColumn: undefined, notExported: "internal" }] } }, /a new entry on "loyalty_member" needs "subjectColumn"/],
    [{ dataMap: { entries: [{ ...loyaltyEntry, subjectColumn: "customer_id; drop table customer" }] } }, /"dataMap.entries.0.subjectColumn": expected a table or column name/],
    [{ dataMap: { entries: [{ id: "provider_identity.provider_metadata", notExported: "not needed" }] } }, /"subjectColumn" and "notExported" are for your own entries; the export of "provider_identity.provider_metadata" is built in/],
    [{ dataMap: { entries: [loyaltyEntry, { ...loyaltyEntry, column: "phone", subjectColumn: "member_id" }] } }, /entries on "loyalty_member" name different subject columns/],
    [{ dataMap: { entries: [{ ...loyaltyEntry, erasure: "shred" }] } }, /"dataMap.entries.0.erasure": expected one of delete, anonymize, keep_until_retention_ends/],
    [{ purposes: { raffles: { legalBasis: "consent" } } }, /expected a label for the custom purpose "raffles"/],
    [{ purposes: { analytics: { legalBasis: "legitimate_interests", label: "analytics" } } }, /"purposes.analytics.legitimateInterest": expected the legitimate interest pursued/],
    [{ purposes: { customer_relationship: { legalBasis: "whim" } } }, /expected one of consent, contract/],
    [{ transfers: [{ recipient: "carrier", country: "GB", safeguard: "adequacy_decision" }] }, /"transfers" is replaced by the recipient register: .*"recipients\[\].transfer".*"transfersOutsideEea": true/],
    [{ controller: { ...shopOptions.controller, country: "DE" } }, /"retention.bookkeeping": expected a jurisdiction \(FI, NO, SE, DK\) or a number of years/],
    [{ controller: { ...shopOptions.controller, country: "Finland" } }, /"controller.country": expected an ISO 3166-1 alpha-2 country code/],
    [{ retention: { bookkeeping: { financialYearEnd: "02-29" } } }, /expected a day that exists in every year/],
    [{ cookies: [{ name: "_ga", category: "tracking", purpose: "x", lifetime: "session" }] }, /"cookies.0.category": expected one of necessary, preferences, statistics, marketing/],
    [{ securityMeasures: ["moats"] }, /"securityMeasures.0": expected one of confidentiality/],
    [{ dataMap: { entries: [{ ...loyaltyEntry, erasure: "keep_until_retention_ends" }] } }, /entry "loyalty_member.email": erasure "keep_until_retention_ends" needs a retention rule that outlasts the relationship/],
    [{ dataMap: { entries: [{ id: "order_address.city", erasure: "delete" }] } }, /entry "order_address.city": bookkeeping data is kept until its period ends/],
  ])("refuses inconsistent options and says what to do (%#)", (changes, expected) => {
    expect(problemsOf({ ...shopOptions, ...changes })).toMatch(expected)
  })

  it("gives a new entry the hosting and platform categories unless it names its recipients", () => {
    const { dataMap } = parsePrivacyOptions({
      ...shopOptions,
      dataMap: { entries: [loyaltyEntry, { ...loyaltyEntry, column: "phone", recipients: ["carrier"] }] },
    })
    expect(dataMap.entries.find((entry) => entry.id === "loyalty_member.email")!.recipients).toEqual(["hosting", "platform"])
    expect(dataMap.entries.find((entry) => entry.id === "loyalty_member.phone")!.recipients).toEqual(["carrier"])
    expect(dataMap).not.toHaveProperty("recipients")
  })

  it("keeps every default entry's retention and erasure consistent", () => {
    for (const entry of parsePrivacyOptions(shopOptions).dataMap.entries) {
      if (entry.retention === "bookkeeping") {
        expect(`${entry.id}: ${entry.erasure}`).toBe(`${entry.id}: keep_until_retention_ends`)
      }
      if (entry.erasure === "keep_until_retention_ends") {
        expect(`${entry.id}: ${entry.retention}`).not.toBe(`${entry.id}: relationship`)
      }
    }
  })

  it("takes the bookkeeping jurisdiction from the controller's country, or explicit years elsewhere", () => {
    expect(parsePrivacyOptions(shopOptions).retention.bookkeeping).toEqual({ jurisdiction: "FI", financialYearEnd: "12-31" })
    const german = parsePrivacyOptions({
      ...shopOptions,
      controller: { ...shopOptions.controller, country: "DE" },
      retention: { bookkeeping: { years: 10, financialYearEnd: "06-30" } },
    })
    expect(german.retention).toMatchObject({ inactivityMonths: 36, consentProofYears: 3, bookkeeping: { years: 10, financialYearEnd: "06-30" } })
  })
})
