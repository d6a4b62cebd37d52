import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { checkout, createCatalogue } from "../helpers/checkout"
import { signUpCustomer, type SignedInCustomer } from "../helpers/customer"
import { hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext, type StoreContext } from "../helpers/store"
import { readZip } from "../helpers/zip"

jest.setTimeout(300_000)

type Entry = Record<string, any>

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "accesslog",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let officer: AdminSession
    let agent: AdminSession
    let clerk: AdminSession
    let store: StoreContext
    let kari: SignedInCustomer

    beforeEach(async () => {
      const container = getContainer()
      officer = await createAdminUser(api, container)
      agent = await createAdminUser(api, container, undefined, "privacy_agent")
      clerk = await createAdminUser(api, container, undefined, null)
      store = await createStoreContext(container)
      kari = await signUpCustomer(api, store.publishableKey)
    })

    const log = async (query: Record<string, string | number> = {}): Promise<{ entries: Entry[]; next_before: number | null }> =>
      (await api.get("/admin/privacy/access-log", { headers: officer.headers, params: query })).data
    const verify = async () => (await api.get("/admin/privacy/access-log/verify", { headers: officer.headers })).data.verification

    it("records core customer reads and lists and the plugin's routes: actor, role at the time, action, customers, purpose, outcome, network", async () => {
      await api.get(`/admin/customers/${kari.id}`, { headers: { ...clerk.headers, "x-privacy-purpose": "Phone call about an order\n" } })
      await api.get("/admin/customers", { headers: agent.headers, params: { limit: 5 } })
      await api.post(`/admin/customers/${kari.id}/privacy/consents`, { purpose: "marketing", channel: "email", granted: true, source: "admin_phone", note: "Asked on the phone" }, { headers: agent.headers })
      await api.post(`/admin/customers/${kari.id}/privacy/erasure?dry_run=true`, {}, { headers: agent.headers })
      expect((await failure(api.get(`/admin/customers/${kari.id}/privacy`, { headers: clerk.headers }))).status).toBe(403)

      const { entries } = await log({ customer_id: kari.id })
      const byRoute = (method: string, route: string) => entries.filter((entry) => entry.method === method && entry.route === route)
      expect(byRoute("GET", "/admin/customers/:id")).toEqual([
        expect.objectContaining({
          actor_type: "user",
          actor_id: clerk.userId,
          role: null,
          action: "read",
          status: 200,
          outcome: "ok",
          customer_ids: [kari.id],
          customer_count: 1,
          purpose: "Phone call about an order",
          ip_prefix: expect.stringMatching(/\/(24|48)$/),
        }),
      ])
      expect(byRoute("GET", "/admin/customers")[0]).toMatchObject({ actor_id: agent.userId, role: "privacy_agent", action: "list" })
      expect(byRoute("GET", "/admin/customers")[0].customer_count).toBeGreaterThanOrEqual(1)
      expect(byRoute("POST", "/admin/customers/:id/privacy/consents")[0]).toMatchObject({ role: "privacy_agent", action: "record_consent", outcome: "ok" })
      expect(byRoute("POST", "/admin/customers/:id/privacy/erasure")[0]).toMatchObject({ action: "read", outcome: "ok" })
      // A refused call is recorded too, with the role the guard saw.
      expect(byRoute("GET", "/admin/customers/:id/privacy")).toEqual([expect.objectContaining({ actor_id: clerk.userId, role: null, status: 403, outcome: "refused" })])
      // Reading the log about Kari is itself in the log, and the reader's e-mail is shown to officers.
      const again = await log({ customer_id: kari.id, action: "read" })
      expect(again.entries[0]).toMatchObject({ route: "/admin/privacy/access-log", actor_id: officer.userId, role: "privacy_officer", actor_email: expect.stringContaining("@") })

      // The role recorded is the one held then: a later grant does not change old entries.
      await getContainer().resolve("privacy").grantStaffRole({ user_id: clerk.userId, role: "privacy_agent", granted_by: officer.userId })
      const later = await log({ customer_id: kari.id, actor_id: clerk.userId })
      expect(later.entries.every((entry) => entry.role === null)).toBe(true)
    })

    it("records order lists and details with the customers they showed, and the message log", async () => {
      const catalogue = await createCatalogue(api, officer, store)
      const { order } = await checkout(api, catalogue, { email: kari.email, headers: { authorization: kari.headers.authorization } })
      await api.get("/admin/orders", { headers: clerk.headers, params: { limit: 50 } })
      await api.get(`/admin/orders/${order.id}`, { headers: clerk.headers })
      await api.get("/admin/notifications", { headers: clerk.headers })

      const { entries } = await log({ actor_id: clerk.userId })
      const list = entries.find((entry) => entry.route === "/admin/orders")
      // The default list shows no customer: the writer looks the order's customer up.
      expect(list).toMatchObject({ action: "list", customer_ids: [kari.id], customer_count: 1 })
      expect(entries.find((entry) => entry.route === "/admin/orders/:id")).toMatchObject({ action: "read", customer_ids: [kari.id] })
      expect(entries.find((entry) => entry.route === "/admin/notifications")).toMatchObject({ action: "list", outcome: "ok" })
    })

    it("records a streamed audience download with the customers it listed", async () => {
      await api.post(`/admin/customers/${kari.id}/privacy/consents`, { purpose: "marketing", channel: "email", granted: true, source: "admin_phone" }, { headers: agent.headers })
      const csv = await api.get("/admin/privacy/audience", { headers: officer.headers, params: { purpose: "marketing", channel: "email", format: "csv" } })
      expect(csv.data).toContain(kari.id)
      const { entries } = await log({ action: "download", actor_id: officer.userId })
      expect(entries[0]).toMatchObject({ route: "/admin/privacy/audience", customer_ids: [kari.id], customer_count: 1, outcome: "ok" })
    })

    it("is append-only, and the chain names the first entry changed, removed or moved", async () => {
      for (let i = 0; i < 3; i++) {
        await api.get(`/admin/customers/${kari.id}`, { headers: agent.headers })
      }
      const sound = await verify()
      const rows = (await dbConnection.raw(`select * from privacy_access_log order by seq`)).rows
      expect(rows.length).toBeGreaterThanOrEqual(3)
      expect(sound).toMatchObject({ ok: true, checked: rows.length, starts_after: 0, broken: null })

      await expect(dbConnection.raw(`update privacy_access_log set purpose = 'x' where id = ?`, [rows[1].id])).rejects.toThrow(/append-only/)
      await expect(dbConnection.raw(`delete from privacy_access_log where id = ?`, [rows[1].id])).rejects.toThrow(/append-only/)

      // Around the trigger (the table's owner can), the chain still tells.
      await dbConnection.raw(`alter table privacy_access_log disable trigger privacy_access_log_append_only`)
      try {
        await dbConnection.raw(`update privacy_access_log set purpose = 'Routine check' where id = ?`, [rows[1].id])
        expect((await verify()).broken).toEqual({ id: rows[1].id, seq: rows[1].seq, reason: "changed" })
        await dbConnection.raw(`update privacy_access_log set purpose = ? where id = ?`, [rows[1].purpose, rows[1].id])
        expect((await verify()).ok).toBe(true)

        await dbConnection.raw(`delete from privacy_access_log where id = ?`, [rows[1].id])
        expect((await verify()).broken).toEqual({ id: rows[2].id, seq: rows[2].seq, reason: "missing_before" })
        // Renumbering to hide the gap breaks the link instead.
        await dbConnection.raw(`update privacy_access_log set seq = seq - 1 where seq > ?`, [rows[1].seq])
        expect((await verify()).broken).toEqual({ id: rows[2].id, seq: rows[1].seq, reason: "not_linked" })
      } finally {
        await dbConnection.raw(`alter table privacy_access_log enable trigger privacy_access_log_append_only`)
      }
    })

    it("is pruned after accessLogMonths by the daily run, and stays verifiable from its new start", async () => {
      const privacy = getContainer().resolve("privacy")
      const old = (months: number) => {
        const date = new Date()
        date.setUTCMonth(date.getUTCMonth() - months)
        return date
      }
      const entry = (occurred_at: Date) => ({
        occurred_at, actor_type: "user", actor_id: agent.userId, role: "privacy_agent", action: "read", method: "GET",
        route: "/admin/customers/:id", status: 200, customer_ids: [kari.id], customer_count: 1, purpose: null, ip_prefix: null,
      })
      await privacy.appendAccessLog([entry(old(14)), entry(old(13)), entry(old(11))])
      await api.get(`/admin/customers/${kari.id}`, { headers: agent.headers })
      await log()

      const { data } = await api.post("/admin/privacy/retention/runs", {}, { headers: officer.headers })
      const deadline = Date.now() + 120_000
      let run = data.run
      while (!["completed", "failed"].includes(run.status) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250))
        run = (await api.get(`/admin/privacy/retention/runs/${run.id}`, { headers: officer.headers })).data.run
      }
      expect(run.status).toBe("completed")
      expect(run.counts.expired_rows_deleted).toMatchObject({ privacy_access_log: 2 })

      const left = (await dbConnection.raw(`select seq, occurred_at from privacy_access_log order by seq`)).rows
      expect(left.every((row: { occurred_at: Date }) => new Date(row.occurred_at) > old(12))).toBe(true)
      const check = await verify()
      expect(check).toMatchObject({ ok: true, starts_after: 2, broken: null })
      // New entries continue the chain from there.
      await api.get(`/admin/customers/${kari.id}`, { headers: agent.headers })
      expect((await verify()).checked).toBe(check.checked + 1)
    })

    it("pages newest first by keyset, filters by time and action, and names a bad parameter", async () => {
      const before = new Date()
      for (let i = 0; i < 5; i++) {
        await api.get(`/admin/customers/${kari.id}`, { headers: agent.headers })
      }
      const first = await log({ actor_id: agent.userId, limit: 2 })
      expect(first.entries).toHaveLength(2)
      const second = await log({ actor_id: agent.userId, limit: 2, before: first.next_before! })
      const third = await log({ actor_id: agent.userId, limit: 2, before: second.next_before! })
      const seqs = [...first.entries, ...second.entries, ...third.entries].map((entry) => entry.seq)
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
      expect(new Set(seqs).size).toBe(5)
      expect(third.next_before).toBeNull()
      expect((await log({ actor_id: agent.userId, from: before.toISOString(), action: "read" })).entries).toHaveLength(5)
      expect((await log({ actor_id: agent.userId, to: before.toISOString() })).entries).toHaveLength(0)

      for (const [query, named] of [[{ action: "peek" }, "action"], [{ from: "yesterday" }, "from"], [{ limit: 500 }, "limit"], [{ sort: "asc" }, "sort"]] as const) {
        const response = await failure(api.get("/admin/privacy/access-log", { headers: officer.headers, params: query }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(named)
      }
      expect((await failure(api.get("/admin/privacy/access-log", { headers: agent.headers }))).status).toBe(403)
      expect((await failure(api.get("/admin/privacy/access-log/verify", { headers: agent.headers }))).status).toBe(403)
    })

    it("shows the customer when and why staff consulted their data, and that the link was used, without naming staff", async () => {
      await api.get(`/admin/customers/${kari.id}`, { headers: { ...agent.headers, "x-privacy-purpose": "Complaint R-2026-0007" } })
      const { data } = await api.post("/store/customers/me/privacy/exports", {}, { headers: kari.headers })
      const deadline = Date.now() + 120_000
      let current = data.export
      while (current.status !== "ready" && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250))
        current = (await api.get(`/store/customers/me/privacy/exports/${data.export.id}`, { headers: kari.headers })).data.export
      }
      const download = await api.post(current.download_url.replace(/^https?:\/\/[^/]+/, ""), undefined, { responseType: "arraybuffer" })
      const exported = JSON.parse((await readZip(Buffer.from(download.data))).get("data.json")!)
      const rows = exported.data.privacy_access_log as Entry[]
      expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ action: "read", route: "/admin/customers/:id", purpose: "Complaint R-2026-0007" })]))
      for (const row of rows) {
        expect(Object.keys(row)).not.toEqual(expect.arrayContaining(["actor_id"]))
        expect(row).not.toHaveProperty("role")
        expect(row).not.toHaveProperty("ip_prefix")
        expect(row).not.toHaveProperty("customer_ids")
      }
      expect(JSON.stringify(rows)).not.toContain(agent.userId)

      // The download through the e-mailed link: its holder, from where, with no staff actor.
      const { entries } = await log({ customer_id: kari.id, action: "download" })
      expect(entries[0]).toMatchObject({ actor_type: "link", actor_id: null, route: "/privacy/exports/download", status: 200, customer_ids: [kari.id] })
    })
  },
})
