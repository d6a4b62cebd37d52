import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { checkout, createCatalogue, type Catalogue } from "../helpers/checkout"
import { signUpCustomer } from "../helpers/customer"
import { eventually, scanDatabase } from "../helpers/db-scan"
import { openMailbox, tokenOf } from "../helpers/mailbox"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { createStoreContext, type StoreContext } from "../helpers/store"
import { readZip } from "../helpers/zip"
import { finmugPrivacyOptions } from "../host-app/privacy-options"

jest.setTimeout(300_000)

process.env.PRIVACY_PLUGIN_OPTIONS = JSON.stringify(finmugPrivacyOptions)

/**
 * People without an account, served by their verified address: a newsletter
 * subscriber and a guest buyer get their export and their erasure; an
 * address nobody used is answered "nothing held"; an account's address is
 * refused (the account is served instead).
 */
medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "address-person",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let admin: AdminSession
    let catalogue: Catalogue
    const { requestAddressExportWorkflow, eraseAddressWorkflow } = builtPlugin("workflows")

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
      catalogue = await createCatalogue(api, admin, store)
    })

    const actor = () => ({ type: "user" as const, id: admin.userId })
    const exportOf = async (email: string, language = "fi") =>
      (await requestAddressExportWorkflow(getContainer()).run({ input: { email, verification: "email_on_file", language, actor: actor() } })).result
    const erase = async (email: string, dryRun = false) =>
      (await eraseAddressWorkflow(getContainer()).run({ input: { email, dry_run: dryRun, actor: actor() } })).result

    /** The export's link as the mailbox got it, and the archive it downloads. */
    async function downloaded(mailbox: ReturnType<typeof openMailbox>, to: string) {
      await eventually(async () => mailbox.to(to).some((mail) => mail.template === "privacy-export-ready"), 120_000)
      const mail = mailbox.to(to).find((sent) => sent.template === "privacy-export-ready")!
      const file = await api.post(`/privacy/exports/download?token=${encodeURIComponent(tokenOf(mail.data.download_url))}`, {}, { responseType: "arraybuffer" })
      return { mail, data: JSON.parse((await readZip(Buffer.from(file.data))).get("data.json")!) }
    }

    it("exports a newsletter subscriber's sign-up by address, then erases it so nothing under the address remains", async () => {
      const address = "Nina.News@Example.test"
      const mailbox = openMailbox(getContainer())
      await api.post("/store/privacy/consents", { email: address, language: "sv" }, { headers: catalogue.storeHeaders })
      await eventually(async () => mailbox.to(address).some((mail) => mail.template === "privacy-consent-confirmation"))
      const confirmation = mailbox.to(address).find((mail) => mail.template === "privacy-consent-confirmation")!
      await api.post("/privacy/consents/confirm", `token=${tokenOf(confirmation.data.confirm_url)}`, {
        headers: { "content-type": "application/x-www-form-urlencoded" },
      })
      const { rows: subjects } = await dbConnection.raw(`select id from privacy_consent_subject where email = 'nina.news@example.test'`)
      expect(subjects).toHaveLength(1)

      const requested = await exportOf("  nina.NEWS@example.test ")
      expect(requested.held).toBe(true)
      expect(requested.export).toMatchObject({ customer_id: null, email: "nina.news@example.test", status: "pending", language: "fi" })
      const { mail, data } = await downloaded(mailbox, "nina.news@example.test")
      expect(mail.data.language).toBe("fi")
      expect(data.subject).toEqual({ customer_id: null, customer_number: null, email: "nina.news@example.test" })
      expect(data.data.privacy_consent_subject.map((row: { id: string }) => row.id)).toEqual([subjects[0].id])
      expect(data.data.privacy_consent_event.length).toBeGreaterThan(0)
      expect(data.data.customer ?? []).toEqual([])
      // Staff reads the stored message, which keeps no working link.
      const { rows: stored } = await dbConnection.raw(`select data from notification where template = 'privacy-export-ready' and "to" = 'nina.news@example.test'`)
      expect(JSON.stringify(stored[0].data)).not.toContain("token=")
      mailbox.close()

      const preview = await erase("nina.news@example.test", true)
      expect(preview).toMatchObject({ held: true, dry_run: true, erased: false, erasure_id: null, erasable: true, blocked: [] })
      expect(preview.erase).toEqual(expect.arrayContaining([expect.objectContaining({ table: "privacy_consent_subject", action: "anonymize", rows: 1 })]))
      expect(preview.keep).toEqual(expect.arrayContaining([expect.objectContaining({ table: "privacy_consent_event" })]))

      const done = await erase("nina.news@example.test")
      expect(done).toMatchObject({ held: true, dry_run: false, erased: true, erasable: true })
      expect(done.counts).toEqual(expect.arrayContaining([expect.objectContaining({ table: "privacy_consent_subject", rows: 1 })]))
      const { rows: records } = await dbConnection.raw(`select customer_id, email_hash, status, trigger, actor_id from privacy_erasure where id = ?`, [done.erasure_id])
      expect(records[0]).toMatchObject({ customer_id: null, status: "completed", trigger: "staff", actor_id: admin.userId })
      expect(records[0].email_hash).toMatch(/^[0-9a-f]{64}$/)
      const { rows: exports } = await dbConnection.raw(`select status, file_key, email from privacy_export where id = ?`, [requested.export.id])
      expect(exports[0]).toMatchObject({ status: "expired", file_key: null })
      expect(exports[0].email ?? "").not.toContain("nina")
      // The ledger stays as proof under the subject, which no longer names the address.
      expect(await scanDatabase(dbConnection, ["nina.news"])).toEqual([])
      expect((await erase("nina.news@example.test")).held).toBe(false)
    })

    it("exports a guest buyer's order and erases them, keeping the order under the bookkeeping hold until its period ends", async () => {
      const address = "gus.guest@example.test"
      const mailbox = openMailbox(getContainer())
      const { order } = await checkout(api, catalogue, { email: address })
      const requested = await exportOf(address, "en")
      expect(requested.held).toBe(true)
      const { data } = await downloaded(mailbox, address)
      mailbox.close()
      expect(data.data.order.map((row: { id: string }) => row.id)).toEqual([order.id])
      expect(data.data.customer).toHaveLength(1)

      // Not delivered, not captured: the order binds both sides still.
      const blocked = await erase(address)
      expect(blocked).toMatchObject({ held: true, erased: false, erasable: false })
      expect(blocked.blocked.map((hold: { order_id: string }) => hold.order_id)).toContain(order.id)
      const { rows: blockedRecord } = await dbConnection.raw(`select status, holds from privacy_erasure where id = ?`, [blocked.erasure_id])
      expect(blockedRecord[0].status).toBe("blocked")

      await dbConnection.raw(`update order_item set fulfilled_quantity = quantity, raw_fulfilled_quantity = raw_quantity where order_id = ?`, [order.id])
      await dbConnection.raw(
        `update payment_collection set status = 'completed' where id in (select payment_collection_id from order_payment_collection where order_id = ?)`,
        [order.id]
      )
      // Export and erasure reach the same rows: the dry run counts, per table, what the export held
      // (the export's own record, its "ready" message and staff's logged accesses came after it).
      const preview = await erase(address, true)
      const reached = new Map<string, number>()
      for (const row of [...preview.erase, ...preview.keep] as { table: string; rows: number }[]) {
        reached.set(row.table, Math.max(reached.get(row.table) ?? 0, row.rows))
      }
      // The "ready" message's disclosure to the e-mail service is logged after the export, like the message itself.
      const compared = Object.keys(data.data).filter((table) => !["notification", "privacy_export", "privacy_access_log", "privacy_disclosure"].includes(table) && data.data[table].length)
      expect(reached.get("privacy_disclosure") ?? 0).toBeGreaterThanOrEqual(data.data.privacy_disclosure?.length ?? 0)
      expect(compared).toEqual(expect.arrayContaining(["customer", "order", "order_address", "cart", "payment"]))
      for (const table of compared) {
        expect(`${table}: ${reached.get(table) ?? 0}`).toBe(`${table}: ${data.data[table].length}`)
      }
      const done = await erase(address)
      expect(done).toMatchObject({ held: true, erased: true, erasable: true })
      expect(done.bookkeeping).toEqual([expect.objectContaining({ order_id: order.id, kept_until: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })])
      expect(done.keep).toEqual(expect.arrayContaining([expect.objectContaining({ table: "order_address" })]))
      const orderKeep = done.keep.find((table: { table: string }) => table.table === "order_address")
      expect(orderKeep.columns.some((column: { retention: string; until: string | null }) => column.retention === "bookkeeping" && column.until === done.bookkeeping[0].kept_until)).toBe(true)
      const { rows: holds } = await dbConnection.raw(`select release_at from privacy_bookkeeping_hold where order_id = ? and released_at is null`, [order.id])
      expect(holds).toHaveLength(1)
      expect(new Date(holds[0].release_at).getTime()).toBeGreaterThan(Date.now())
      const { rows: guests } = await dbConnection.raw(`select deleted_at from customer where lower(email) = ?`, [address])
      expect(guests).toEqual([])
      // The voucher keeps the buyer's name and address until the hold is released; the e-mail goes now.
      const { rows: kept } = await dbConnection.raw(
        `select o.email, a.last_name from "order" o join order_address a on a.id = o.shipping_address_id where o.id = ?`,
        [order.id]
      )
      expect(kept[0].email).not.toBe(address)
      expect(kept[0].last_name).toBe("Nordmann")
      expect(await scanDatabase(dbConnection, [address])).toEqual([])
    })

    it("answers an address nobody used with held: false, recording nothing", async () => {
      const exported = await exportOf("nobody@example.test")
      expect(exported).toEqual({ held: false, export: null })
      const erased = await erase("nobody@example.test")
      expect(erased).toMatchObject({ held: false, erased: false, erasure_id: null })
      const { rows } = await dbConnection.raw(`select (select count(*)::int from privacy_export) as exports, (select count(*)::int from privacy_erasure) as erasures`)
      expect(rows[0]).toEqual({ exports: 0, erasures: 0 })
    })

    it("has the daily run erase a subscriber without an account after inactivityMonths without activity, and leave an active one", async () => {
      const { runRetention } = builtPlugin("workflows")
      const mailbox = openMailbox(getContainer())
      for (const address of ["old.reader@example.test", "new.reader@example.test"]) {
        await api.post("/store/privacy/consents", { email: address }, { headers: catalogue.storeHeaders })
        await eventually(async () => mailbox.to(address).some((mail) => mail.template === "privacy-consent-confirmation"))
        const mail = mailbox.to(address).find((sent) => sent.template === "privacy-consent-confirmation")!
        await api.post("/privacy/consents/confirm", `token=${tokenOf(mail.data.confirm_url)}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
      }
      mailbox.close()
      // The old reader signed up and confirmed four years ago (inactivityMonths is 36 by default).
      await dbConnection.transaction(async (trx: any) => {
        await trx.raw(`set local privacy.ledger_maintenance = 'on'`)
        const old = `(select id from privacy_consent_subject where email = 'old.reader@example.test')`
        await trx.raw(`update privacy_consent_subject set created_at = now() - interval '48 months' where id = ${old}`)
        await trx.raw(`update privacy_consent_event set occurred_at = now() - interval '48 months', created_at = now() - interval '48 months' where subject_id = ${old}`)
        await trx.raw(`update privacy_consent_confirmation set created_at = now() - interval '48 months' where subject_id = ${old}`)
      })
      const { rows: [old] } = await dbConnection.raw(`select id from privacy_consent_subject where email = 'old.reader@example.test'`)

      const { data: preview } = await api.get("/admin/privacy/retention/preview", { headers: admin.headers })
      expect(preview.inactive_subjects).toEqual([old.id])

      const run = await runRetention(getContainer(), { trigger: "schedule" })
      expect(run.status).toBe("completed")
      expect(run.counts.subjects_erased).toBe(1)
      expect(run.counts.rows_erased.privacy_consent_subject).toBe(1)
      const { rows: subjects } = await dbConnection.raw(`select id, email, closed_at from privacy_consent_subject order by created_at`)
      expect(subjects).toEqual([
        expect.objectContaining({ id: old.id, email: null, closed_at: expect.any(Date) }),
        expect.objectContaining({ email: "new.reader@example.test", closed_at: null }),
      ])
      expect(await scanDatabase(dbConnection, ["old.reader"])).toEqual([])
      // Erased once: the next run finds nothing more.
      expect((await runRetention(getContainer(), { trigger: "schedule" })).counts.subjects_erased).toBe(0)
    })

    it("refuses an address that belongs to an account, in both workflows", async () => {
      const anna = await signUpCustomer(api, store.publishableKey, { email: "anna.account@example.test" })
      const { rows: accounts } = await dbConnection.raw(`select email, has_account, deleted_at from customer where id = ?`, [anna.id])
      expect(accounts[0]).toMatchObject({ email: "anna.account@example.test", has_account: true, deleted_at: null })
      // The workflow engine rejects with the step's error as it was recorded (message and type), not an Error instance.
      const refused = { type: "not_allowed", message: expect.stringContaining("email belongs to a customer account") }
      await expect(exportOf("Anna.Account@example.test")).rejects.toMatchObject(refused)
      await expect(erase("anna.account@example.test", true)).rejects.toMatchObject(refused)
      await expect(exportOf("not an address")).rejects.toMatchObject({ type: "invalid_data", message: "email must be an e-mail address" })
      const { rows } = await dbConnection.raw(`select (select count(*)::int from privacy_export) as exports, (select count(*)::int from privacy_erasure) as erasures`)
      expect(rows[0]).toEqual({ exports: 0, erasures: 0 })
    })
  },
})
