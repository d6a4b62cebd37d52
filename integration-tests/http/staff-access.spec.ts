import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance, AxiosRequestConfig } from "axios"
import { createAdminUser } from "../helpers/admin"
import { signUpCustomer } from "../helpers/customer"
import { hostAppDir } from "../helpers/host-app"
import { createStoreContext } from "../helpers/store"

jest.setTimeout(300_000)

type Need = "staff" | "agent" | "officer"

/**
 * What each plugin admin route needs, written out here rather than read from
 * the plugin, so that the test checks the plugin's guards against the promise
 * (issue 12), and a route added without a row fails below.
 */
const EXPECTED: Record<string, Need> = {
  "GET /admin/privacy/access-log": "officer",
  "GET /admin/privacy/access-log/verify": "officer",
  "GET /admin/customers/:id/privacy": "agent",
  "POST /admin/customers/:id/privacy": "officer",
  "GET /admin/customers/:id/privacy/consents": "agent",
  "POST /admin/customers/:id/privacy/consents": "agent",
  "GET /admin/customers/:id/privacy/erasure": "agent",
  "POST /admin/customers/:id/privacy/erasure": "officer",
  "POST /admin/customers/:id/privacy/erasure?dry_run=true": "agent",
  "GET /admin/customers/:id/privacy/exports": "agent",
  "POST /admin/customers/:id/privacy/exports": "agent",
  "GET /admin/customers/:id/privacy/exports/:export_id": "agent",
  "GET /admin/customers/:id/privacy/exports/:export_id/download": "agent",
  "POST /admin/customers/:id/privacy/exports/:export_id/retry": "agent",
  "GET /admin/privacy/audience": "officer",
  "GET /admin/privacy/data-map": "staff",
  "GET /admin/privacy/records": "staff",
  "GET /admin/privacy/retention/preview": "agent",
  "GET /admin/privacy/retention/runs": "agent",
  "POST /admin/privacy/retention/runs": "officer",
  "GET /admin/privacy/retention/runs/:id": "agent",
  "GET /admin/privacy/requests": "agent",
  "POST /admin/privacy/requests": "agent",
  "GET /admin/privacy/requests/:id": "agent",
  "GET /admin/privacy/request-stats": "agent",
  "POST /admin/privacy/requests/:id/verify": "agent",
  "POST /admin/privacy/requests/:id/pause": "agent",
  "POST /admin/privacy/requests/:id/resume": "agent",
  "POST /admin/privacy/requests/:id/extend": "agent",
  "POST /admin/privacy/requests/:id/complete": "agent",
  "POST /admin/privacy/requests/:id/withdraw": "agent",
  "POST /admin/privacy/requests/:id/notes": "agent",
  "POST /admin/privacy/requests/:id/export": "agent",
  "POST /admin/privacy/requests/:id/object": "agent",
  "POST /admin/privacy/requests/:id/restrict": "agent",
  "POST /admin/privacy/requests/:id/links": "agent",
  "POST /admin/privacy/requests/:id/refuse": "officer",
  "POST /admin/privacy/requests/:id/lift-restriction": "officer",
  "POST /admin/privacy/requests/:id/erase": "officer",
  "GET /admin/privacy/recipients": "staff",
  "GET /admin/privacy/recipients/:id/disclosures": "agent",
  "GET /admin/customers/:id/privacy/disclosures": "agent",
  "POST /admin/customers/:id/privacy/disclosures": "agent",
  "GET /admin/privacy/recipient-tasks": "agent",
  "POST /admin/privacy/recipient-tasks/:id": "officer",
  "GET /admin/privacy/staff": "officer",
  "GET /admin/privacy/staff/me": "staff",
  "POST /admin/privacy/staff": "officer",
  "DELETE /admin/privacy/staff/:user_id": "officer",
}

/** Every method exported by a route file under src/api/admin, as "METHOD /admin/path/:param". */
function adminRoutesFromFiles(): string[] {
  const root = path.resolve(__dirname, "..", "..", "src", "api")
  const routes: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== "__tests__") {
        walk(full)
      } else if (entry.name === "route.ts") {
        const urlPath = "/" + path.relative(root, dir).split(path.sep).map((part) => part.replace(/^\[(.+)\]$/, ":$1")).join("/")
        for (const match of readFileSync(full, "utf8").matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD)\b/g)) {
          routes.push(`${match[1]} ${urlPath}`)
        }
      }
    }
  }
  walk(path.join(root, "admin"))
  return routes.sort()
}

type Principal = { name: string; headers: Record<string, string>; role: "none" | "agent" | "officer"; staff: boolean }

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "staff-access",
  testSuite: ({ api, getContainer }) => {
    it("has an expected row for every plugin admin route, and no row for a route that is gone", () => {
      const fromFiles = adminRoutesFromFiles()
      const expected = Object.keys(EXPECTED).filter((key) => !key.includes("?")).sort()
      expect({ missingRows: fromFiles.filter((route) => !expected.includes(route)), staleRows: expected.filter((route) => !fromFiles.includes(route)) }).toEqual({
        missingRows: [],
        staleRows: [],
      })
    })

    describe("the authorisation matrix", () => {
      let principals: Principal[]
      let customerId: string

      beforeEach(async () => {
        const container = getContainer()
        const store = await createStoreContext(container)
        const customer = await signUpCustomer(api, store.publishableKey)
        customerId = customer.id
        const apiKeys = container.resolve(Modules.API_KEY)
        const secret = await apiKeys.createApiKeys({ title: "Back office", type: "secret", created_by: "test" })
        const listed = await apiKeys.createApiKeys({ title: "Helpdesk tool", type: "secret", created_by: "test" })
        // A key id exists only once the key is made: name it in the running plugin's parsed options, as
        // `access.apiKeys` in medusa-config would, to check that a listed key gets its role.
        container.resolve("privacy").getOptions().access.apiKeys[listed.id] = "privacy_agent"
        const basic = (token: string) => ({ authorization: `Basic ${Buffer.from(`${token}:`).toString("base64")}` })
        principals = [
          { name: "anonymous", headers: {}, role: "none", staff: false },
          { name: "customer", headers: { authorization: `Bearer ${customer.token}` }, role: "none", staff: false },
          { name: "staff without role", headers: (await createAdminUser(api, container, undefined, null)).headers, role: "none", staff: true },
          { name: "agent", headers: (await createAdminUser(api, container, undefined, "privacy_agent")).headers, role: "agent", staff: true },
          { name: "officer", headers: (await createAdminUser(api, container, undefined, "privacy_officer")).headers, role: "officer", staff: true },
          { name: "secret API key", headers: basic(secret.token), role: "none", staff: true },
          { name: "secret API key listed as agent", headers: basic(listed.token), role: "agent", staff: true },
        ]
      })

      const call = (client: AxiosInstance, row: string, headers: Record<string, string>) => {
        const [method, target] = row.split(" ")
        const url = target
          .replace(":id/privacy", `${customerId}/privacy`)
          .replace(":export_id", "pexp_00000000000000000000000000")
          .replace("runs/:id", "runs/pret_00000000000000000000000000")
          .replace("requests/:id", "requests/preq_00000000000000000000000000")
          .replace(":user_id", "user_00000000000000000000000000")
          .replace("recipients/:id", "recipients/posti")
          .replace("recipient-tasks/:id", "recipient-tasks/prtk_00000000000000000000000000")
        const config: AxiosRequestConfig = { method, url, headers, data: method === "GET" || method === "DELETE" ? undefined : {}, validateStatus: () => true }
        return client.request(config)
      }

      const allowed = (principal: Principal, need: Need) =>
        principal.staff && (need === "staff" || principal.role === "officer" || (need === "agent" && principal.role === "agent"))

      it("leaves core's customer routes to all staff while access.restrictCoreRoutes is off (the default)", async () => {
        const clerk = principals.find((principal) => principal.name === "staff without role")!
        expect((await api.get(`/admin/customers/${customerId}`, { headers: clerk.headers })).status).toBe(200)
        expect((await api.get("/admin/orders", { headers: clerk.headers })).status).toBe(200)
      })

      it.each(["anonymous", "customer", "staff without role", "agent", "officer", "secret API key", "secret API key listed as agent"])(
        "answers %s as the matrix says on every route",
        async (name) => {
          const principal = principals.find((candidate) => candidate.name === name)!
          const wrong: string[] = []
          for (const [row, need] of Object.entries(EXPECTED)) {
            const response = await call(api, row, principal.headers)
            const refused = response.status === 401 || response.status === 403
            if (allowed(principal, need)) {
              if (refused) wrong.push(`${row}: ${response.status}, expected access`)
            } else if (!principal.staff) {
              if (response.status !== 401) wrong.push(`${row}: ${response.status}, expected 401`)
            } else if (response.status !== 403) {
              wrong.push(`${row}: ${response.status}, expected 403`)
            } else if (!response.data.message.includes(need === "officer" ? "privacy_officer role" : "privacy_agent or privacy_officer role")) {
              wrong.push(`${row}: 403 without naming the role needed: ${response.data.message}`)
            }
          }
          expect(wrong).toEqual([])
        }
      )
    })
  },
})
