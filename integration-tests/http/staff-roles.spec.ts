import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { finmugPrivacyOptions } from "../host-app/privacy-options"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { signUpCustomer } from "../helpers/customer"
import { hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext } from "../helpers/store"

jest.setTimeout(300_000)

const BOSS = "Boss@Finmug.test"

// An officer named by e-mail before the user exists, and core's customer and order routes closed to staff without a role.
process.env.PRIVACY_PLUGIN_OPTIONS = JSON.stringify({
  ...finmugPrivacyOptions,
  access: { officers: [BOSS], restrictCoreRoutes: true },
})

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "staff-roles",
  testSuite: ({ api, getContainer }) => {
    let officer: AdminSession

    beforeEach(async () => {
      officer = await createAdminUser(api, getContainer())
    })

    const staffList = async () => (await api.get("/admin/privacy/staff", { headers: officer.headers })).data.staff

    it("makes a user named in access.officers an officer at their first request, even when created after start-up", async () => {
      const boss = await createAdminUser(api, getContainer(), BOSS.toLowerCase(), null)
      const privacy = getContainer().resolve("privacy")
      expect(await privacy.getStaffRole(boss.userId)).toBeNull()

      // Their first request to an officer's route is granted on the way.
      expect((await api.get("/admin/privacy/audience", { headers: boss.headers })).status).toBe(200)
      expect(await privacy.getStaffRole(boss.userId)).toBe("privacy_officer")
      const row = (await staffList()).find((entry: any) => entry.user_id === boss.userId)
      expect(row).toMatchObject({ role: "privacy_officer", granted_by: null, from_options: true, email: BOSS.toLowerCase() })

      // The option grants it again, so it is revoked by changing the option, not here.
      const refused = await failure(api.delete(`/admin/privacy/staff/${boss.userId}`, { headers: officer.headers }))
      expect(refused.status).toBe(409)
      expect(refused.data.message).toContain("access.officers")
    })

    it("grants the officers of access.officers whose users exist when an officer lists the staff", async () => {
      const boss = await createAdminUser(api, getContainer(), BOSS.toLowerCase(), null)
      expect((await staffList()).find((row: any) => row.user_id === boss.userId)).toMatchObject({ role: "privacy_officer", from_options: true })
    })

    it("lists the staff, lets an officer grant, change and revoke a role, and the role takes effect at once", async () => {
      const container = getContainer()
      const store = await createStoreContext(container)
      const customer = await signUpCustomer(api, store.publishableKey)
      const clerk = await createAdminUser(api, container, undefined, null)
      const profile = `/admin/customers/${customer.id}/privacy`

      expect((await failure(api.get(profile, { headers: clerk.headers }))).status).toBe(403)
      expect((await api.get("/admin/privacy/staff/me", { headers: clerk.headers })).data).toEqual({ actor_type: "user", role: null })

      const granted = await api.post("/admin/privacy/staff", { user_id: clerk.userId, role: "privacy_agent" }, { headers: officer.headers })
      expect(granted.data.staff).toMatchObject({ user_id: clerk.userId, role: "privacy_agent", granted_by: officer.userId, from_options: false })
      expect((await api.get(profile, { headers: clerk.headers })).status).toBe(200)
      expect((await api.get("/admin/privacy/staff/me", { headers: clerk.headers })).data).toEqual({ actor_type: "user", role: "privacy_agent" })
      expect((await failure(api.get("/admin/privacy/staff", { headers: clerk.headers }))).status).toBe(403)

      const again = await api.post("/admin/privacy/staff", { user_id: clerk.userId, role: "privacy_agent" }, { headers: officer.headers })
      expect(again.data.staff.granted_at).toBe(granted.data.staff.granted_at)

      await api.post("/admin/privacy/staff", { user_id: clerk.userId, role: "privacy_officer" }, { headers: officer.headers })
      expect((await api.get("/admin/privacy/staff", { headers: clerk.headers })).status).toBe(200)
      expect((await staffList()).map((row: any) => [row.user_id, row.role]).sort()).toEqual(
        [[officer.userId, "privacy_officer"], [clerk.userId, "privacy_officer"]].sort()
      )

      const revoked = await api.delete(`/admin/privacy/staff/${clerk.userId}`, { headers: officer.headers })
      expect(revoked.data).toEqual({ user_id: clerk.userId, object: "privacy_staff", deleted: true })
      expect((await failure(api.get(profile, { headers: clerk.headers }))).status).toBe(403)
      expect((await failure(api.delete(`/admin/privacy/staff/${clerk.userId}`, { headers: officer.headers }))).status).toBe(404)
    })

    it("keeps the last officer: revoking or demoting them answers 409 saying why, also when two officers revoke each other at once", async () => {
      const alone = await failure(api.delete(`/admin/privacy/staff/${officer.userId}`, { headers: officer.headers }))
      expect(alone.status).toBe(409)
      expect(alone.data.message).toContain("last privacy_officer")
      const demoted = await failure(api.post("/admin/privacy/staff", { user_id: officer.userId, role: "privacy_agent" }, { headers: officer.headers }))
      expect(demoted.status).toBe(409)

      const second = await createAdminUser(api, getContainer())
      const statuses = (
        await Promise.all([
          api.delete(`/admin/privacy/staff/${second.userId}`, { headers: officer.headers, validateStatus: () => true }),
          api.delete(`/admin/privacy/staff/${officer.userId}`, { headers: second.headers, validateStatus: () => true }),
        ])
      ).map((response) => response.status)
      // The loser is refused either by the last-officer rule (409) or, when the winner's revocation
      // committed before its own request reached the guard, because it is no officer any more (403).
      const [won, lost] = statuses.sort()
      expect(won).toBe(200)
      expect([403, 409]).toContain(lost)
      expect((await getContainer().resolve("privacy").listStaffRoles()).filter((row: any) => row.role === "privacy_officer")).toHaveLength(1)
    })

    it("names what is wrong in a grant", async () => {
      const post = (body: unknown) => failure(api.post("/admin/privacy/staff", body, { headers: officer.headers }))
      const badRole = await post({ user_id: officer.userId, role: "admin" })
      expect(badRole.status).toBe(400)
      expect(badRole.data.message).toContain("'role' must be one of privacy_officer, privacy_agent")
      expect((await post({ user_id: "someone", role: "privacy_agent" })).data.message).toContain("'user_id' must be the id of a Medusa user")
      expect((await post({ user_id: officer.userId, role: "privacy_agent", until: "tomorrow" })).status).toBe(400)
      const missing = await post({ user_id: "user_01NOSUCHUSER000000000000000", role: "privacy_agent" })
      expect(missing.status).toBe(404)
      expect(missing.data.message).toBe("'user_id' names no Medusa user")
      expect((await failure(api.get("/admin/privacy/staff?role=officer", { headers: officer.headers }))).status).toBe(400)
    })

    it("closes core's customer and order routes to staff without a role when access.restrictCoreRoutes is on", async () => {
      const container = getContainer()
      const store = await createStoreContext(container)
      const customer = await signUpCustomer(api, store.publishableKey)
      const clerk = await createAdminUser(api, container, undefined, null)
      const agent = await createAdminUser(api, container, undefined, "privacy_agent")
      const secret = await container.resolve(Modules.API_KEY).createApiKeys({ title: "Back office", type: "secret", created_by: "test" })
      const keyHeaders = { authorization: `Basic ${Buffer.from(`${secret.token}:`).toString("base64")}` }

      for (const url of ["/admin/customers", `/admin/customers/${customer.id}`, "/admin/orders"]) {
        const refused = await failure(api.get(url, { headers: clerk.headers }))
        expect([url, refused.status, refused.data.message]).toEqual([url, 403, expect.stringContaining("privacy_agent or privacy_officer role")])
        expect([url, (await failure(api.get(url, { headers: keyHeaders }))).status]).toEqual([url, 403])
        expect([url, (await api.get(url, { headers: agent.headers })).status]).toEqual([url, 200])
      }
      // Routes without customers' data stay open.
      expect((await api.get("/admin/products", { headers: clerk.headers })).status).toBe(200)
      expect((await api.get("/admin/privacy/data-map", { headers: clerk.headers })).status).toBe(200)
    })
  },
})
