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

      // Staff start a run: 202 at once with the run queued, announced on the event bus for a worker,
      // which runs the privacy-run-retention workflow under a short, renewed lease.
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const emit = jest.spyOn(eventBus, "emit")
      const acquire = jest.spyOn(getContainer().resolve(Modules.LOCKING), "acquire")
      const started = await api.post("/admin/privacy/retention/runs", {}, { headers: admin.headers })
      expect(started.status).toBe(202)
      expect(started.data.run).toMatchObject({ trigger: "staff", status: "queued", reason: null })
      let run = started.data.run
      for (let i = 0; i < 100 && (run.status === "queued" || run.status === "running"); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        run = (await api.get(`/admin/privacy/retention/runs/${run.id}`, { headers: admin.headers })).data.run
      }
      const requested = emit.mock.calls.flatMap(([message]) => (Array.isArray(message) ? message : [message])).filter((message: { name: string }) => message.name === "privacy.retention.requested")
      emit.mockRestore()
      expect(requested).toEqual([expect.objectContaining({ data: { id: run.id } })])
      expect(acquire).toHaveBeenCalledWith("privacy:retention-run", expect.objectContaining({ ownerId: run.id, expire: 60 }))
      acquire.mockRestore()
      expect(run).toMatchObject({ status: "completed", counts: expect.objectContaining({ erased: 0, warnings_failed: 0, batches_failed: 0, failure_codes: {} }), failures: [], reason: null })
      // The lock is given back at the end, not left to lapse.
      await getContainer().resolve(Modules.LOCKING).acquire("privacy:retention-run", { ownerId: "test", expire: 1 })
      await getContainer().resolve(Modules.LOCKING).release("privacy:retention-run", { ownerId: "test" })
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
      const warn = jest.spyOn(getContainer().resolve("logger"), "warn")
      const results = await Promise.all([runRetention(getContainer(), { trigger: "schedule", batchSize: 1 }), runRetention(getContainer(), { trigger: "staff", batchSize: 1 })])
      expect(results.map((result: { status: string }) => result.status).sort()).toEqual(["completed", "skipped"])
      // The skipped run says why, in its report and in the log.
      const skipped = results.find((result: { status: string }) => result.status === "skipped")
      const { data: skippedView } = await api.get(`/admin/privacy/retention/runs/${skipped.run_id}`, { headers: admin.headers })
      expect(skippedView.run).toMatchObject({ status: "skipped", reason: { code: "lock_unavailable", message: "Another retention run holds the lock" } })
      expect(warn.mock.calls.map(([line]) => String(line))).toContainEqual(expect.stringContaining(`retention run ${skipped.run_id} skipped (lock_unavailable)`))
      warn.mockRestore()
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
      const { rows: [crashed] } = await dbConnection.raw(`select status, reason from privacy_retention_run where id = ?`, [stale[0].id])
      expect(crashed).toMatchObject({ status: "interrupted", reason: { code: "process_stopped" } })
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
      const erasureRecords = async () => (await dbConnection.raw(`select id from privacy_erasure where customer_id = ?`, [eva.id])).rows
      const twoYears = await runRetention(getContainer(), { trigger: "schedule", now: new Date(Date.now() + 2 * 365 * DAY) })
      expect(twoYears.counts.consent_proofs_deleted).toBe(0)
      expect(await ledger()).toBe(1)
      expect(await erasureRecords()).toHaveLength(1)
      const fourYears = await runRetention(getContainer(), { trigger: "schedule", now: new Date(Date.now() + 4 * 365 * DAY) })
      expect(fourYears.counts.consent_proofs_deleted).toBe(1)
      expect(await ledger()).toBe(0)
      expect((await dbConnection.raw(`select id from notification where id = 'noti_old'`)).rows).toEqual([])
      // The erasure record outlived its 36 months: the privacy module deleted it, and deletes only its own tables.
      expect(await erasureRecords()).toEqual([])
      expect(twoYears.counts.expired_rows_deleted).toMatchObject({ notification: 1 })
      expect(fourYears.counts.expired_rows_deleted).toMatchObject({ privacy_erasure: expect.any(Number) })
      await expect(getContainer().resolve("privacy").deleteExpiredRecords([{ table: "notification", months: 1 }], new Date())).rejects.toThrow(
        "The privacy module deletes only its own records, not those of notification"
      )
    })

    it("logs and reports a failed batch, a failed erasure and failed warnings by code, without personal data", async () => {
      const broken = await customers(3, "broken")
      const [unwarned] = await customers(1, "unwarned")
      await lastActive(broken.map((c) => c.id), monthsAgo(40))
      await lastActive([unwarned.id], monthsAgo(37))
      await dbConnection.raw(`update privacy_profile set erasure_warning_sent_at = ? where customer_id = any(?)`, [monthsAgo(2), broken.map((c) => c.id)])
      // The database refuses to change one customer, naming her in its message, as drivers do with bound values.
      const refused = broken[1]
      await dbConnection.raw(`create or replace function privacy_test_refuse() returns trigger as $$ begin raise exception 'refusing to change %', old.email using errcode = '23514'; end $$ language plpgsql`)
      await dbConnection.raw(`create trigger privacy_test_refuse before update or delete on customer for each row when (old.id = '${refused.id}') execute function privacy_test_refuse()`)
      // The e-mail provider is down; its error names the recipient.
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const send = jest
        .spyOn(notifications, "createNotifications")
        .mockRejectedValue(Object.assign(new Error(`connect ECONNREFUSED 10.0.0.5:587 while mailing ${unwarned.email}`), { code: "ECONNREFUSED" }))
      const logger = getContainer().resolve("logger")
      const logged: string[] = []
      const spies = (["error", "warn", "info"] as const).map((level) => jest.spyOn(logger, level).mockImplementation((line: unknown) => void logged.push(String(line))))
      try {
        const result = await runRetention(getContainer(), { trigger: "schedule", batchSize: 3 })
        expect(result.status).toBe("completed")
        expect(result.counts).toMatchObject({
          warned: 0,
          warnings_failed: 1,
          erased: 2,
          failed: 1,
          batches_failed: 1,
          failure_codes: { ECONNREFUSED: 1, "23514": 2 },
        })
        const { data } = await api.get(`/admin/privacy/retention/runs/${result.run_id}`, { headers: admin.headers })
        const number = (await dbConnection.raw(`select customer_number from privacy_profile where customer_id = ?`, [refused.id])).rows[0].customer_number
        expect(data.run.failures).toEqual([
          { stage: "warning", code: "ECONNREFUSED", message: "The erasure warning e-mail could not be sent: system error ECONNREFUSED", count: 1 },
          { stage: "batch", batch: 1, code: "23514", message: expect.stringContaining("database error 23514 (integrity constraint violation") },
          { stage: "erasure", batch: 1, customer_number: number, code: "23514", message: expect.stringContaining("database error 23514") },
        ])
        const report = JSON.stringify(data)
        const lines = logged.join("\n")
        for (const customer of [...broken, unwarned]) {
          expect(report).not.toContain(customer.email)
          expect(lines).not.toContain(customer.email)
        }
        expect(report).not.toMatch(/refusing|customer_id|update "|select /i)
        expect(lines).toContain(`retention run ${result.run_id}: 1 erasure warnings could not be sent (ECONNREFUSED ×1)`)
        expect(lines).toContain(`retention run ${result.run_id}: batch 1 (3 customers) failed (23514)`)
        expect(lines).toContain(`retention run ${result.run_id}: 1 of 3 erasures in batch 1 failed (23514)`)
        expect(await erasedIds(broken.map((c) => c.id))).toEqual(broken.filter((c) => c !== refused).map((c) => c.id).sort())
      } finally {
        spies.forEach((spy) => spy.mockRestore())
        send.mockRestore()
        await dbConnection.raw(`drop trigger if exists privacy_test_refuse on customer`)
      }
    })

    it("runs the daily jobs at different times, the profile backfill before the retention run", () => {
      const backfill = builtPlugin("jobs/backfill-privacy-profiles").config.schedule
      const retention = builtPlugin("jobs/run-privacy-retention").config.schedule
      expect(backfill).not.toBe(retention)
      const [backfillMinute, backfillHour] = backfill.split(" ").map(Number)
      const [retentionMinute, retentionHour] = retention.split(" ").map(Number)
      expect(retentionHour * 60 + retentionMinute - (backfillHour * 60 + backfillMinute)).toBeGreaterThanOrEqual(30)
    })
  },
})
