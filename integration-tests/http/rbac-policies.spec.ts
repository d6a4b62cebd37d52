import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FeatureFlag, Modules, Policy } from "@medusajs/framework/utils"
import { createAdminUser } from "../helpers/admin"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"

jest.setTimeout(300_000)

/**
 * Medusa's RBAC (`MEDUSA_FF_RBAC`, off by default) is licensed separately and
 * never runs here. With the flag off the plugin's declared policies must
 * change nothing: the matrix itself is checked route by route in
 * staff-access.spec.ts; this spec checks what shipping the policies does.
 */
medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "rbac-policies",
  testSuite: ({ api, getContainer }) => {
    it("loads the built plugin's policies at start-up, with the flag off and no RBAC module", () => {
      expect(FeatureFlag.isFeatureEnabled("rbac")).toBe(false)
      expect(getContainer().hasRegistration(Modules.RBAC)).toBe(false)
      // Read from the derivation, not the policies file, so that only Medusa's loader can have registered them.
      const shipped = builtPlugin("api/access/admin-route-policies").privacyPolicyDefinitions() as { name: string; resource: string; operation: string }[]
      expect(shipped.length).toBeGreaterThan(0)
      for (const policy of shipped) {
        expect(Policy[policy.name]).toEqual(expect.objectContaining({ resource: policy.resource, operation: policy.operation }))
      }
    })

    it("leaves the decision to the plugin's roles: staff without any Medusa role pass, and refusals are the plugin's", async () => {
      const container = getContainer()
      const agent = await createAdminUser(api, container, undefined, "privacy_agent")
      const clerk = await createAdminUser(api, container, undefined, null)
      // The login token carries no Medusa RBAC roles, which Medusa's check would refuse with "Forbidden".
      expect((await api.get("/admin/privacy/retention/runs", { headers: agent.headers })).status).toBe(200)
      const refused = await failure(api.get("/admin/privacy/retention/runs", { headers: clerk.headers }))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toContain("privacy_agent or privacy_officer role")
      const officersOnly = await failure(api.post("/admin/privacy/retention/runs", {}, { headers: agent.headers }))
      expect(officersOnly.status).toBe(403)
      expect(officersOnly.data.message).toContain("privacy_officer role")
    })
  },
})
