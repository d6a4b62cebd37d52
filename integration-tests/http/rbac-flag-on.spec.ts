import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../helpers/admin"
import { builtPlugin, hostAppDir } from "../helpers/host-app"

jest.setTimeout(300_000)

// Jest gives each spec file its own copy of the environment: the flag stays in this file.
process.env.MEDUSA_FF_RBAC = "true"

type Route = { method: string; path: string; role: unknown }

/**
 * `MEDUSA_FF_RBAC` on, with Medusa's licensed RBAC module left out (the host
 * app disables it): Medusa's router then checks every declared policy, and a
 * login token carries no Medusa roles, so every route with a policy refuses
 * everyone with Medusa's own "Forbidden". What a role holding the policy may
 * do cannot be seen without the licensed module; the unit spec checks the
 * matrix of the policies instead.
 */
medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "rbac-flag-on",
  testSuite: ({ api, getContainer }) => {
    it("boots with the flag on and without the RBAC module", () => {
      expect(FeatureFlag.isFeatureEnabled("rbac")).toBe(true)
      expect(getContainer().hasRegistration(Modules.RBAC)).toBe(false)
    })

    it("lets Medusa's check refuse every guarded plugin route before the plugin's guard, and leaves the routes open to all staff open", async () => {
      const container = getContainer()
      const officer = await createAdminUser(api, container, undefined, "privacy_officer")
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "rbac-flag@finmug.test" })
      const routes: Route[] = builtPlugin("api/access/admin-route-roles").ADMIN_ROUTE_ROLES
      const wrong: string[] = []
      for (const route of routes) {
        const url = route.path
          .replace(":id/privacy", `${customer.id}/privacy`)
          .replace(":export_id", "pexp_00000000000000000000000000")
          .replace("runs/:id", "runs/pret_00000000000000000000000000")
          .replace(":user_id", "user_00000000000000000000000000")
        const targets = typeof route.role === "function" ? [`${url}?dry_run=true`, url] : [url]
        for (const target of targets) {
          const response = await api.request({ method: route.method, url: target, headers: officer.headers, data: route.method === "POST" ? {} : undefined, validateStatus: () => true })
          const medusaRefused = response.status === 403 && response.data.message === "Forbidden"
          if (route.role === null ? response.status === 401 || response.status === 403 : !medusaRefused) {
            wrong.push(`${route.method} ${target}: ${response.status} ${response.data?.message ?? ""}`)
          }
        }
      }
      expect(wrong).toEqual([])
    })
  },
})
