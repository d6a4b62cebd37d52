import { medusaEntries } from "../../modules/privacy/data-map/medusa-entries"
import { pluginEntries } from "../../modules/privacy/data-map/plugin-entries"
import { bookkeepingRelease, fixedPeriodTables, relationshipErasure } from "../erasure-plan"

const entries = [...medusaEntries, ...pluginEntries]
const plan = (table: string) => relationshipErasure(entries).find((row) => row.table === table)!

describe("erasure plans read off the data map", () => {
  it("deletes what goes with the relationship, anonymises rows that must stay, keeps vouchers and consent proof", () => {
    expect(plan("customer_address")).toMatchObject({ deleteRows: true })
    expect(plan("provider_identity")).toMatchObject({ deleteRows: true })
    expect(plan("customer")).toMatchObject({ deleteRows: false, anonymize: expect.arrayContaining(["first_name", "last_name", "email", "phone", "metadata"]) })
    expect(plan("order")).toMatchObject({ deleteRows: false, anonymize: ["email", "metadata"] })
    expect(plan("order_address").anonymize).toEqual(["phone", "metadata"])
    expect(plan("order_address").keep.map((kept) => kept.column)).toEqual(
      expect.arrayContaining(["first_name", "last_name", "address_1", "postal_code", "city"])
    )
    expect(plan("privacy_profile").keep).toEqual([{ column: "customer_number", retention: "consent_proof" }])
    expect(plan("privacy_consent_event")).toMatchObject({ deleteRows: false, anonymize: ["note"] })
  })

  it("releases the buyer's details when the bookkeeping period ends, and keeps what describes the sale", () => {
    const release = bookkeepingRelease(entries)
    const address = release.find((row) => row.table === "order_address")!
    expect(address.anonymize).toEqual(expect.arrayContaining(["first_name", "last_name", "company", "address_1", "city", "postal_code"]))
    expect(release.find((row) => row.table === "order_line_item")).toBeUndefined()
    expect(release.find((row) => row.table === "payment")!.anonymize).toEqual(["data"])
  })

  it("deletes rows of fixed-period tables once older than the period", () => {
    expect(fixedPeriodTables(entries)).toEqual(
      expect.arrayContaining([
        { table: "notification", months: 24 },
        { table: "privacy_consent_confirmation", days: 90 },
        { table: "privacy_export", months: 36 },
      ])
    )
  })
})
