import { inferCustomerSource } from "../lib/customer-source"

describe("customer source", () => {
  it("reads the source off Medusa's customer", () => {
    expect(inferCustomerSource({ has_account: true, created_by: null })).toBe("storefront")
    expect(inferCustomerSource({ has_account: false, created_by: "user_1" })).toBe("admin")
    expect(inferCustomerSource({ has_account: false, created_by: null })).toBe("checkout")
  })
})
