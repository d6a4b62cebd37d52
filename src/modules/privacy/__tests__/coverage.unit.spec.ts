import { checkCoverage, looksPersonal } from "../data-map/coverage"

const col = (table: string, column: string, data_type = "text") => ({ table, column, data_type })

describe("personal-column detection", () => {
  it.each([
    ["email"], ["first_name"], ["company_name"], ["address_1"], ["postal_code"], ["city"], ["phone"],
    ["last_ip"], ["user_agent"], ["metadata"], ["entity_id"], ["to"], ["provider_metadata"], ["note"],
  ])("treats %s as personal-looking", (column) => {
    expect(looksPersonal(col("t", column))).toBe(true)
  })

  it.each([
    [col("t", "customer_id")], [col("t", "billing_address_id")], [col("t", "quantity", "integer")],
    [col("t", "email_verified", "boolean")], [col("t", "handle")], [col("t", "created_at", "timestamp with time zone")],
  ])("does not flag %j", (column) => {
    expect(looksPersonal(column)).toBe(false)
  })
})

describe("coverage check", () => {
  const map = {
    entries: [{ id: "customer.email", table: "customer", column: "email" }, { id: "gone.email", table: "gone", column: "email" }],
    notPersonal: [{ table: "store", columns: ["name"], reason: "the shop's own name" }],
  } as never

  it("reports unmapped personal columns and stale entries", () => {
    const report = checkCoverage(
      [col("customer", "email"), col("store", "name"), col("loyalty", "nickname_email"), col("loyalty", "points", "integer")],
      map
    )
    expect(report.unmapped).toEqual([col("loyalty", "nickname_email")])
    expect(report.stale).toEqual([{ id: "gone.email", table: "gone", column: "email" }])
    expect(report.checked_columns).toBe(4)
  })

  it("holds the plugin's own tables to every column", () => {
    const report = checkCoverage([col("privacy_profile", "mood", "integer")], map)
    expect(report.unmapped).toEqual([col("privacy_profile", "mood", "integer")])
  })
})
