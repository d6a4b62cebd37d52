import { ADMIN_ROUTE_ROLES } from "../admin-route-roles"
import { matchLoggedRoute } from "../logged-routes"

const ID = "cus_01M8TGRNG7E0K06B9WDDA2KR7B"
const EXPORT = "pexp_01M8TGRNG7E0K06B9WDDA2KR7C"

describe("the routes the access log records", () => {
  it("matches the specific route before its area's catch-all and reads the path's ids", () => {
    expect(matchLoggedRoute("GET", `/admin/customers/${ID}/privacy/exports/${EXPORT}/download`)).toMatchObject({
      route: { action: "download" },
      pattern: "/admin/customers/:id/privacy/exports/:export_id/download",
      params: { id: ID, export_id: EXPORT },
    })
    expect(matchLoggedRoute("POST", `/admin/customers/${ID}/privacy/consents`)).toMatchObject({ route: { action: "record_consent" } })
    expect(matchLoggedRoute("GET", `/admin/customers/${ID}`)).toMatchObject({ route: { action: "read" }, pattern: "/admin/customers/:id" })
  })

  it("names a catch-all's route by its path with the ids replaced", () => {
    expect(matchLoggedRoute("GET", `/admin/customers/${ID}/privacy`)).toMatchObject({ pattern: "/admin/customers/:id/privacy", params: { id: ID } })
    expect(matchLoggedRoute("DELETE", `/admin/customers/${ID}/addresses/caddr_01M8TGRNG7E0K06B9WDDA2KR7D`)).toMatchObject({
      route: { action: "rectify" },
      pattern: "/admin/customers/:id/addresses/:id",
    })
  })

  it("decides a dry run is a read and a real erasure an erasure", () => {
    const { route } = matchLoggedRoute("POST", `/admin/customers/${ID}/privacy/erasure`)!
    expect(typeof route.action === "function" && route.action({ query: { dry_run: "true" } } as never)).toBe("read")
    expect(typeof route.action === "function" && route.action({ query: {} } as never)).toBe("erase")
  })

  it("leaves out what holds no customer's data", () => {
    expect(matchLoggedRoute("GET", "/admin/products")).toBeNull()
    expect(matchLoggedRoute("GET", "/admin/privacy/data-map")).toBeNull()
    expect(matchLoggedRoute("GET", "/admin/customers-groups")).toBeNull()
  })

  it("covers every plugin admin route under a customer, so none reaches a customer's data unrecorded", () => {
    const unlogged = ADMIN_ROUTE_ROLES.filter((route) => route.path.startsWith("/admin/customers/:id"))
      .map((route) => `${route.method} ${route.path.replace(":id", ID).replace(":export_id", EXPORT)}`)
      .filter((call) => !matchLoggedRoute(call.split(" ")[0], call.split(" ")[1]))
    expect(unlogged).toEqual([])
  })
})
