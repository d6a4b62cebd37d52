import type { MedusaRequest } from "@medusajs/framework/http"
import { Policy, PolicyOperation } from "@medusajs/framework/utils"
import { roleSatisfies, STAFF_ROLES, type StaffRole } from "../../../modules/privacy/lib/staff-roles"
import { privacyPolicies } from "../../../policies/privacy"
import { ADMIN_ROUTE_ROLES, type RouteRole } from "../admin-route-roles"
import { privacyPolicyDefinitions, requestPolicy, resourceOf, routeKey, routePolicies, UPDATE_ROUTES } from "../admin-route-policies"
import { staffAccessMiddlewares } from "../middlewares"

const key = (policy: { resource: string; operation: string }) => `${policy.resource}:${policy.operation}`

/** The requests a route can see that matter to its role: a dry run and a real call where the role depends on it. */
const requestsTo = (route: RouteRole) =>
  (typeof route.role === "function" ? [{ dry_run: "true" }, {}] : [{}]).map((query) => ({ query }) as unknown as MedusaRequest)

const neededRole = (route: RouteRole, req: MedusaRequest): StaffRole | null => (typeof route.role === "function" ? route.role(req) : route.role)

const guarded = ADMIN_ROUTE_ROLES.filter((route) => route.role !== null)

describe("Medusa RBAC policies derived from the plugin's route roles", () => {
  it("gives every guarded route a policy and a route open to all staff none", () => {
    expect(guarded.filter((route) => routePolicies(route).length === 0).map(routeKey)).toEqual([])
    expect(ADMIN_ROUTE_ROLES.filter((route) => route.role === null && routePolicies(route).length > 0).map(routeKey)).toEqual([])
  })

  it("ships exactly the policies the routes ask for, under unique names", () => {
    const asked = new Set(guarded.flatMap((route) => requestsTo(route).map((req) => key(requestPolicy(route, req)))))
    const shipped = privacyPolicies.policies.map(key)
    expect([...shipped].sort()).toEqual([...asked].sort())
    expect(new Set(privacyPolicies.policies.map((policy) => policy.name)).size).toBe(shipped.length)
    expect(privacyPolicies.policies).toEqual(privacyPolicyDefinitions())
  })

  it("registers the shipped policies where Medusa's RBAC module reads them", () => {
    for (const policy of privacyPolicyDefinitions()) {
      expect(Policy[policy.name]).toEqual(expect.objectContaining({ resource: policy.resource, operation: policy.operation }))
    }
  })

  it("uses one resource per plugin area and Medusa's own operation names", () => {
    expect([...new Set(privacyPolicyDefinitions().map((policy) => policy.resource))].sort()).toEqual([
      "privacy_access_log",
      "privacy_audience",
      "privacy_consent",
      "privacy_disclosure",
      "privacy_erasure",
      "privacy_export",
      "privacy_profile",
      "privacy_recipient_task",
      "privacy_request",
      "privacy_request_decision",
      "privacy_retention",
      "privacy_staff",
    ])
    // Medusa's default operations (PolicyOperation before any policy adds its own).
    const medusaOperations = ["read", "create", "update", "delete"]
    expect(medusaOperations.every((operation) => Object.values(PolicyOperation).includes(operation))).toBe(true)
    expect(privacyPolicyDefinitions().filter((policy) => !medusaOperations.includes(policy.operation))).toEqual([])
    expect(() => resourceOf("/admin/privacy/unknown")).toThrow("/admin/privacy/unknown belongs to no privacy policy resource")
  })

  it("names only existing routes as updates", () => {
    expect(UPDATE_ROUTES.filter((route) => !ADMIN_ROUTE_ROLES.some((known) => routeKey(known) === route))).toEqual([])
  })

  it("gives a store that grants each role its routes' policies the same matrix as the plugin's roles", () => {
    const policiesOf = (holder: StaffRole) =>
      new Set(
        guarded.flatMap((route) =>
          requestsTo(route)
            .filter((req) => roleSatisfies(holder, neededRole(route, req)!))
            .map((req) => key(requestPolicy(route, req))),
        ),
      )
    const differences: string[] = []
    for (const holder of STAFF_ROLES) {
      const granted = policiesOf(holder)
      for (const route of guarded) {
        for (const req of requestsTo(route)) {
          if (granted.has(key(requestPolicy(route, req))) !== roleSatisfies(holder, neededRole(route, req)!)) {
            differences.push(`${holder} ${routeKey(route)} ${JSON.stringify(req.query)}`)
          }
        }
      }
    }
    expect(differences).toEqual([])
  })

  it("asks to read for an erasure's dry run and to create for an erasure", () => {
    const erasure = ADMIN_ROUTE_ROLES.find((route) => routeKey(route) === "POST /admin/customers/:id/privacy/erasure")!
    const [dryRun, real] = requestsTo(erasure)
    expect(requestPolicy(erasure, dryRun)).toEqual({ resource: "privacy_erasure", operation: "read" })
    expect(requestPolicy(erasure, real)).toEqual({ resource: "privacy_erasure", operation: "create" })
  })

  it("declares the policies of fixed-role routes on their middleware, and none where the role is decided per request", () => {
    const declared = Object.fromEntries(
      staffAccessMiddlewares.filter((entry) => entry.method).map((entry) => [`${[entry.method].flat()[0]} ${entry.matcher}`, entry.policies ?? []]),
    )
    const expected = Object.fromEntries(guarded.map((route) => [routeKey(route), typeof route.role === "function" ? [] : routePolicies(route)]))
    expect(declared).toEqual(expected)
  })
})
