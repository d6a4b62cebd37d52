import { spawn } from "node:child_process"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { getDatabaseURL } from "@medusajs/test-utils/dist/database"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { signUpCustomer, type SignedInCustomer } from "../helpers/customer"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext, type StoreContext } from "../helpers/store"

jest.setTimeout(300_000)

const DAY = 86_400_000
const monthsAgo = (months: number) => new Date(Date.now() - months * 31 * DAY)

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "retention",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let admin: AdminSession
    const { runRetention } = builtPlugin("workflows")

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
    })

    async function customers(count: number, prefix: string): Promise<SignedInCustomer[]> {
      const created: SignedInCustomer[] = []
      for (let i = 0; i < count; i++) {
        created.push(await signUpCustomer(api, store.publishableKey, { email: `${prefix}${i}@example.test`, first_name: `Ret${i}`, last_name: `Kunde${prefix}` }))
      }
      // Sign-ins are recorded as activity by a subscriber; let it finish before the clock is set back.
      await new Promise((resolve) => setTimeout(resolve, 500))
      return created
    }
    const lastActive = (ids: string[], at: Date) =>
      dbConnection.raw(`update privacy_profile set last_activity_at = ? where customer_id = any(?)`, [at, ids])
    const erasedIds = async (ids: string[]) =>
      (await dbConnection.raw(`select customer_id from privacy_profile where erased_at is not null and customer_id = any(?)`, [ids])).rows.map((row: { customer_id: string }) => row.customer_id).sort()

    it("warns inactive customers first, lets activity cancel it, then erases the rest; preview and runs report it without personal data", async () => {
      const [stays, goes, recent] = await customers(3, "inactive")
      await lastActive([stays.id, goes.id], monthsAgo(37))

      const { data: preview } = await api.get("/admin/privacy/retention/preview", { headers: admin.headers })
      // Warned first: nobody is erased before their warning is 30 days old.
      expect(preview.customers).toEqual([])
      expect(preview.warnings.map((row: { customer_id: string }) => row.customer_id).sort()).toEqual([stays.id, goes.id].sort())
      expect((await failure(api.get("/admin/privacy/retention/preview?limit=0", { headers: admin.headers }))).status).toBe(400)
      expect((await failure(api.get("/admin/privacy/retention/preview?colour=red", { headers: admin.headers }))).status).toBe(400)

      const first = await runRetention(getContainer(), { trigger: "schedule" })
      expect(first.counts).toMatchObject({ warned: 2, erased: 0 })
      const mails = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "privacy-erasure-warning" })
      expect(mails.map((mail: { to: string }) => mail.to).sort()).toEqual([stays.email, goes.email].sort())
      expect(mails[0].data).toMatchObject({ subject: expect.stringContaining("Finmug"), erase_on: expect.any(String) })

      // One of them signs in: the warning is void, the relationship goes on.
      await api.post("/auth/customer/emailpass", { email: stays.email, password: stays.password })
      await new Promise((resolve) => setTimeout(resolve, 500))

      const later = new Date(Date.now() + 31 * DAY)
      const second = await runRetention(getContainer(), { trigger: "schedule", now: later })
      expect(second.counts).toMatchObject({ erased: 1, warned: 0 })
      expect(await erasedIds([stays.id, goes.id, recent.id])).toEqual([goes.id])

      // Staff start a run: 202 at once, then a report of counts.
      const started = await api.post("/admin/privacy/retention/runs", {}, { headers: admin.headers })
      expect(started.status).toBe(202)
      expect(started.data.run).toMatchObject({ trigger: "staff", status: "running" })
      let run = started.data.run
      for (let i = 0; i < 100 && run.status === "running"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        run = (await api.get(`/admin/privacy/retention/runs/${run.id}`, { headers: admin.headers })).data.run
      }
      expect(run).toMatchObject({ status: "completed", counts: expect.objectContaining({ erased: 0 }), failures: [] })
      const { data: list } = await api.get("/admin/privacy/retention/runs", { headers: admin.headers })
      expect(list.runs.length).toBeGreaterThanOrEqual(3)
      const report = JSON.stringify(list)
      for (const customer of [stays, goes, recent]) {
        expect(report).not.toContain(customer.email)
      }
      expect((await failure(api.get("/admin/privacy/retention/runs/pret_unknown", { headers: admin.headers }))).status).toBe(404)
      expect((await failure(api.post("/admin/privacy/retention/runs", { now: "2040-01-01" }, { headers: admin.headers }))).status).toBe(400)
      expect((await failure(api.get("/admin/privacy/retention/runs", { headers: stays.headers }))).status).toBe(401)
    })

    it("runs one sweep at a time: a second run started meanwhile is skipped", async () => {
      const idle = await customers(4, "concurrent")
      await lastActive(idle.map((c) => c.id), monthsAgo(40))
      await dbConnection.raw(`update privacy_profile set erasure_warning_sent_at = ? where customer_id = any(?)`, [monthsAgo(2), idle.map((c) => c.id)])
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const emit = jest.spyOn(eventBus, "emit")
      const results = await Promise.all([runRetention(getContainer(), { trigger: "schedule", batchSize: 1 }), runRetention(getContainer(), { trigger: "staff", batchSize: 1 })])
      expect(results.map((result: { status: string }) => result.status).sort()).toEqual(["completed", "skipped"])
      // Only the run that worked announces itself, with its report.
      const completed = results.find((result: { status: string }) => result.status === "completed")
      const announced = emit.mock.calls.flatMap(([message]) => (Array.isArray(message) ? message : [message])).filter((message: { name: string }) => message.name === "privacy.retention.completed")
      emit.mockRestore()
      expect(announced).toEqual([expect.objectContaining({ data: { id: completed.run_id, counts: expect.objectContaining({ erased: 4 }) } })])
      expect(await erasedIds(idle.map((c) => c.id))).toEqual(idle.map((c) => c.id).sort())
      const { rows } = await dbConnection.raw(`select customer_id, count(*)::int as n from privacy_erasure where customer_id = any(?) group by customer_id`, [idle.map((c) => c.id)])
      expect(rows.every((row: { n: number }) => row.n === 1)).toBe(true)
    })

    it("finishes a run killed half-way, erasing every eligible customer exactly once", async () => {
      const idle = await customers(10, "killed")
      const ids = idle.map((c) => c.id)
      await lastActive(ids, monthsAgo(40))
      await dbConnection.raw(`update privacy_profile set erasure_warning_sent_at = ? where customer_id = any(?)`, [monthsAgo(2), ids])

      // A worker process that dies (SIGKILL) after two batches of two.
      const medusaBin = path.join(hostAppDir, "..", "..", "node_modules", "@medusajs", "cli", "cli.js")
      const child = spawn(process.execPath, [medusaBin, "exec", "./scripts/run-retention.ts", "2", "2"], {
        cwd: hostAppDir,
        env: { ...process.env, DATABASE_URL: getDatabaseURL("medusa-retention-integration-" + (process.env.JEST_WORKER_ID || "1")), LOG_LEVEL: "error" },
        stdio: ["ignore", "pipe", "pipe"],
      })
      let output = ""
      child.stdout!.on("data", (chunk) => (output += chunk))
      child.stderr!.on("data", (chunk) => (output += chunk))
      const signal = await new Promise((resolve) => child.on("exit", (_code, sig) => resolve(sig)))
      expect(`${signal}: ${signal === "SIGKILL" ? "" : output}`).toBe("SIGKILL: ")
      const afterCrash = await erasedIds(ids)
      expect(afterCrash.length).toBeGreaterThanOrEqual(2)
      expect(afterCrash.length).toBeLessThan(ids.length)
      const { rows: stale } = await dbConnection.raw(`select id from privacy_retention_run where status = 'running'`)
      expect(stale).toHaveLength(1)

      const rerun = await runRetention(getContainer(), { trigger: "schedule", batchSize: 2 })
      expect(rerun.counts.erased).toBe(ids.length - afterCrash.length)
      expect(await erasedIds(ids)).toEqual([...ids].sort())
      const { rows } = await dbConnection.raw(
        `select customer_id, count(*)::int as n from privacy_erasure where customer_id = any(?) and status = 'completed' group by customer_id`,
        [ids]
      )
      expect(rows).toHaveLength(ids.length)
      expect(rows.every((row: { n: number }) => row.n === 1)).toBe(true)
      const { rows: [crashed] } = await dbConnection.raw(`select status from privacy_retention_run where id = ?`, [stale[0].id])
      expect(crashed.status).toBe("interrupted")
    })

    it("deletes the pseudonymised consent proof after its period, and messages older than their period", async () => {
      const [eva] = await customers(1, "proof")
      await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: true }, { headers: eva.headers })
      await api.post(`/admin/customers/${eva.id}/privacy/erasure`, { reason: "Asked by e-mail" }, { headers: admin.headers })
      const ledger = async () =>
        (await dbConnection.raw(`select count(*)::int as n from privacy_consent_event e join privacy_consent_subject s on s.id = e.subject_id where s.customer_id = ?`, [eva.id])).rows[0].n
      expect(await ledger()).toBe(1)
      const { rows: [subject] } = await dbConnection.raw(`select email, closed_at from privacy_consent_subject where customer_id = ?`, [eva.id])
      expect(subject).toMatchObject({ email: null, closed_at: expect.any(Date) })

      await dbConnection.raw(
        `insert into notification (id, "to", channel, template, status, created_at, updated_at) values ('noti_old', 'someone@example.test', 'email', 'x', 'success', now() - interval '25 months', now())`
      )
      const twoYears = await runRetention(getContainer(), { trigger: "schedule", now: new Date(Date.now() + 2 * 365 * DAY) })
      expect(twoYears.counts.consent_proofs_deleted).toBe(0)
      expect(await ledger()).toBe(1)
      const fourYears = await runRetention(getContainer(), { trigger: "schedule", now: new Date(Date.now() + 4 * 365 * DAY) })
      expect(fourYears.counts.consent_proofs_deleted).toBe(1)
      expect(await ledger()).toBe(0)
      expect((await dbConnection.raw(`select id from notification where id = 'noti_old'`)).rows).toEqual([])
    })
  },
})
