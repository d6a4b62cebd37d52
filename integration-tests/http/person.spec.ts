import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { checkout, createCatalogue, type Catalogue } from "../helpers/checkout"
import { signUpCustomer } from "../helpers/customer"
import { eventually, scanDatabase } from "../helpers/db-scan"
import { waitForExport } from "../helpers/exports"
import { openMailbox, tokenOf } from "../helpers/mailbox"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { createStoreContext, type StoreContext } from "../helpers/store"
import { readZip } from "../helpers/zip"
import { finmugPrivacyOptions } from "../host-app/privacy-options"

jest.setTimeout(300_000)

process.env.PRIVACY_PLUGIN_OPTIONS = JSON.stringify({ ...finmugPrivacyOptions, exports: { pageSize: 2 } })

const OLD = "Pia.Person@Example.test"
const NEW = "pia.ny@example.test"
// An address the account had between the two, that no row but the address history still knows.
const BETWEEN = "pia.mellom@example.test"

/**
 * One person seen from every side: a newsletter sign-up and a guest order
 * before registering, a later change of address, messages stored under the
 * address in another case, a consent subject merged into the account's.
 * Whatever the export finds, the erasure reaches, and nothing else.
 */
medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "person",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let admin: AdminSession
    let catalogue: Catalogue

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
      catalogue = await createCatalogue(api, admin, store)
    })

    async function seedPerson() {
      await api.post("/store/privacy/consents", { email: OLD, channel: "email" }, { headers: catalogue.storeHeaders })
      const guest = await checkout(api, catalogue, { email: OLD.toLowerCase() })
      const mailbox = openMailbox(getContainer())
      const pia = await signUpCustomer(api, store.publishableKey, { email: OLD.toLowerCase(), first_name: "Pia", last_name: "Personsen" })
      await eventually(async () => (await dbConnection.raw(`select count(*)::int as n from privacy_email_history where customer_id = ?`, [pia.id])).rows[0].n > 0)
      // Pia's mailbox confirms that the sign-up and the guest checkout under her address are hers.
      await eventually(async () => mailbox.all().some((mail) => mail.template === "privacy-consent-join"))
      const join = mailbox.all().find((mail) => mail.template === "privacy-consent-join")!
      mailbox.close()
      await api.post("/privacy/consents/join", `token=${tokenOf(join.data.join_url)}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
      // An earlier sign-up under the same address, merged into the account's subject when its history was joined.
      await dbConnection.raw(
        `insert into privacy_consent_subject (id, email, merged_into_id) select 'csub_merged_pia', 'pia.person@example.test', id from privacy_consent_subject where customer_id = ?`,
        [pia.id]
      )
      // A provider that stores addresses as they were typed.
      await dbConnection.raw(
        `insert into notification (id, "to", channel, template, status, provider_id) values ('noti_pia_upper', ?, 'email', 'order-shipped', 'success', 'local')`,
        [OLD.toUpperCase()]
      )
      await api.post(`/admin/customers/${pia.id}`, { email: BETWEEN }, { headers: admin.headers })
      await eventually(async () => (await dbConnection.raw(`select count(*)::int as n from privacy_email_history where customer_id = ?`, [pia.id])).rows[0].n > 1)
      await dbConnection.raw(
        `insert into notification (id, "to", channel, template, status, provider_id) values ('noti_pia_between', ?, 'email', 'order-shipped', 'success', 'local')`,
        [BETWEEN.toUpperCase()]
      )
      await api.post(`/admin/customers/${pia.id}`, { email: NEW }, { headers: admin.headers })
      await eventually(async () => (await dbConnection.raw(`select count(*)::int as n from privacy_email_history where customer_id = ?`, [pia.id])).rows[0].n > 2)
      await dbConnection.raw(
        `insert into notification (id, "to", channel, template, status, provider_id, receiver_id) values ('noti_pia_new', ?, 'email', 'newsletter', 'success', 'local', null)`,
        [NEW]
      )
      // Someone else whose address contains Pia's old one must not be reached.
      const other = await signUpCustomer(api, store.publishableKey, { email: "xpia.person@example.test", first_name: "Xenia", last_name: "Annen" })
      await dbConnection.raw(
        `insert into notification (id, "to", channel, template, status, provider_id) values ('noti_other', 'xpia.person@example.test', 'email', 'newsletter', 'success', 'local')`
      )
      return { pia, guestOrderId: guest.order.id as string, other }
    }

    /** The person's rows, written by hand from the definition, independent of the processors. */
    async function expectedRows(accountId: string) {
      const ids = async (sql: string, bindings: unknown[]) => (await dbConnection.raw(sql, bindings)).rows.map((row: { id: string }) => row.id).sort()
      const customers = await ids(
        `select id from customer where id = ? or (has_account = false and lower(email) in (?, ?))`,
        [accountId, OLD.toLowerCase(), NEW]
      )
      return {
        customer: customers,
        order: await ids(`select id from "order" where customer_id = any(?)`, [customers]),
        notification: await ids(`select id from notification where receiver_id = any(?) or lower("to") in (?, ?, ?)`, [customers, OLD.toLowerCase(), BETWEEN, NEW]),
        privacy_consent_subject: await ids(
          `select id from privacy_consent_subject where customer_id = any(?) or email in (?, ?) or merged_into_id in (select id from privacy_consent_subject where customer_id = any(?))`,
          [customers, OLD.toLowerCase(), NEW, customers]
        ),
      }
    }

    it("exports and erases exactly the same rows, and leaves none of the person's addresses behind", async () => {
      const { pia, other } = await seedPerson()
      const expected = await expectedRows(pia.id)
      expect(expected.customer).toHaveLength(2) // the account and the guest row
      expect(expected.notification.length).toBeGreaterThanOrEqual(3)
      expect(expected.privacy_consent_subject).toContain("csub_merged_pia")

      const { data: requested } = await api.post(`/admin/customers/${pia.id}/privacy/exports`, { verification: "in_person" }, { headers: admin.headers })
      const ready = await waitForExport(api, `/admin/customers/${pia.id}/privacy/exports/${requested.export.id}`, admin.headers)
      expect(ready.status).toBe("ready")
      const download = await api.get(`/admin/customers/${pia.id}/privacy/exports/${ready.id}/download`, { headers: admin.headers, responseType: "arraybuffer" })
      const data = JSON.parse((await readZip(Buffer.from(download.data))).get("data.json")!)
      expect(data.schema.version).toBe(2)
      const exported = (table: string) => ((data.data[table] ?? []) as { id: string }[]).map((row) => row.id).sort()
      for (const [table, rows] of Object.entries(expected)) {
        expect(`${table}: ${exported(table).join(",")}`).toBe(`${table}: ${rows.join(",")}`)
      }
      expect(exported("notification")).not.toContain("noti_other")
      // Found only through the keyed hash of an address the account no longer has.
      expect(exported("notification")).toContain("noti_pia_between")
      expect(JSON.stringify(data)).not.toContain(other.id)

      // Settle the guest order, so no hold stops the erasure.
      const orders = expected.order
      await dbConnection.raw(`update order_item set fulfilled_quantity = quantity, raw_fulfilled_quantity = raw_quantity where order_id = any(?)`, [orders])
      await dbConnection.raw(`update payment_collection set status = 'completed' where id in (select payment_collection_id from order_payment_collection where order_id = any(?))`, [orders])

      const { data: preview } = await api.post(`/admin/customers/${pia.id}/privacy/erasure?dry_run=true`, {}, { headers: admin.headers })
      expect(preview.dry_run.erasable).toBe(true)
      // The dry run counts, per table, the rows the export held (the export's own record came after it).
      const reached = new Map<string, number>()
      for (const row of [...preview.dry_run.erase, ...preview.dry_run.keep] as { table: string; rows: number }[]) {
        reached.set(row.table, Math.max(reached.get(row.table) ?? 0, row.rows))
      }
      // The export's own record and its "ready" message came after it was built: those two are counted afresh.
      const now = await expectedRows(pia.id)
      for (const table of Object.keys(data.data)) {
        const rows = table === "notification" ? now.notification.length : (data.data[table] as unknown[]).length
        if (table === "privacy_access_log" || table === "privacy_disclosure") {
          // Staff's requests since (the export's status, its download, this dry run) are logged after it, as they happen;
          // so is the disclosure of the "ready" message to the e-mail service.
          expect(reached.get(table) ?? 0).toBeGreaterThanOrEqual(rows)
        } else if (rows && table !== "privacy_export") {
          expect(`${table}: ${reached.get(table) ?? 0}`).toBe(`${table}: ${rows}`)
        }
      }
      const kept = new Set<string>(
        preview.dry_run.keep.flatMap((row: { table: string; columns: { column: string }[] }) => row.columns.map((c) => `${row.table}.${c.column}`))
      )

      const { data: erased } = await api.post(`/admin/customers/${pia.id}/privacy/erasure`, { reason: "Asked in the shop" }, { headers: admin.headers })
      expect(erased.erasure.status).toBe("completed")
      // Xenia's address contains Pia's old one: her rows are found by the text scan, and must be left alone.
      const xenia = new Set((await scanDatabase(dbConnection, ["xpia.person@example.test"])).map((hit) => `${hit.table}.${hit.column}.${hit.id}`))
      const piaOnly = async () => (await scanDatabase(dbConnection, [OLD, BETWEEN, NEW])).filter((hit) => !xenia.has(`${hit.table}.${hit.column}.${hit.id}`))
      expect((await piaOnly()).filter((hit) => !kept.has(`${hit.table}.${hit.column}`))).toEqual([])
      expect((await scanDatabase(dbConnection, ["xpia.person@example.test"])).length).toBe(xenia.size)
      // The merged subject was erased with the account's: its address is gone, its ledger kept as pseudonymised proof.
      const { rows: mergedAfter } = await dbConnection.raw(`select email, closed_at from privacy_consent_subject where id = 'csub_merged_pia'`)
      expect(mergedAfter[0]).toMatchObject({ email: null, closed_at: expect.any(Date) })
      // Once the bookkeeping period is over, the vouchers go too, and nothing at all is left.
      const lastRelease = preview.dry_run.bookkeeping.map((order: { release_at: string }) => order.release_at).sort().pop()
      const { runRetention } = builtPlugin("workflows")
      await runRetention(getContainer(), { trigger: "schedule", now: new Date(lastRelease) })
      expect(await piaOnly()).toEqual([])
      // Years later the consent proof went too, the merged subject with it, and nothing points at a subject that is gone.
      const { rows: merged } = await dbConnection.raw(`select id from privacy_consent_subject where id = 'csub_merged_pia'`)
      expect(merged).toEqual([])
      const { rows: dangling } = await dbConnection.raw(
        `select count(*)::int as n from privacy_consent_subject m where m.merged_into_id is not null and not exists (select 1 from privacy_consent_subject s where s.id = m.merged_into_id)`
      )
      expect(dangling[0].n).toBe(0)
    })

    const VERA = "vera.offer@example.test"
    const VERA_ADDRESS = { first_name: "Vera", last_name: "Offersen", address_1: "Offergata 7", city: "Oslo", postal_code: "0151", country_code: "no", phone: "+47 90001111" }

    /** Vera checks out as a guest and is sent a message; then someone else opens an account with her address. */
    async function seedImpostor() {
      const guest = await checkout(api, catalogue, { email: VERA, address: VERA_ADDRESS })
      await dbConnection.raw(
        `insert into notification (id, "to", channel, template, status, provider_id, created_at) values ('noti_vera_before', ?, 'email', 'order-shipped', 'success', 'local', now() - interval '1 minute')`,
        [VERA]
      )
      const mailbox = openMailbox(getContainer())
      const impostor = await signUpCustomer(api, store.publishableKey, { email: VERA, first_name: "Imre", last_name: "Postor" })
      await eventually(async () => (await dbConnection.raw(`select count(*)::int as n from privacy_email_history where customer_id = ?`, [impostor.id])).rows[0].n > 0)
      // Sent to the account's address after it was opened: the account holder's.
      await dbConnection.raw(
        `insert into notification (id, "to", channel, template, status, provider_id) values ('noti_vera_after', ?, 'email', 'newsletter', 'success', 'local')`,
        [VERA]
      )
      const { rows: [guestRow] } = await dbConnection.raw(`select customer_id from "order" where id = ?`, [guest.order.id])
      // Medusa does not verify the address: the join link goes to the mailbox, whose owner is Vera.
      const joinToken = async () => {
        await eventually(async () => mailbox.to(VERA).some((mail) => mail.template === "privacy-consent-join"))
        const join = mailbox.to(VERA).find((mail) => mail.template === "privacy-consent-join")!
        mailbox.close()
        return tokenOf(join.data.join_url)
      }
      return { impostor, guestOrderId: guest.order.id as string, guestCustomerId: guestRow.customer_id as string, joinToken, mailbox }
    }

    async function exportOf(customerId: string) {
      const { data: requested } = await api.post(`/admin/customers/${customerId}/privacy/exports`, { verification: "in_person" }, { headers: admin.headers })
      const ready = await waitForExport(api, `/admin/customers/${customerId}/privacy/exports/${requested.export.id}`, admin.headers)
      expect(ready.status).toBe("ready")
      const download = await api.get(`/admin/customers/${customerId}/privacy/exports/${ready.id}/download`, { headers: admin.headers, responseType: "arraybuffer" })
      const data = JSON.parse((await readZip(Buffer.from(download.data))).get("data.json")!)
      return { data, ids: (table: string) => ((data.data[table] ?? []) as { id: string }[]).map((row) => row.id).sort() }
    }

    async function settleOrder(orderId: string) {
      await dbConnection.raw(`update order_item set fulfilled_quantity = quantity, raw_fulfilled_quantity = raw_quantity where order_id = ?`, [orderId])
      await dbConnection.raw(`update payment_collection set status = 'completed' where id in (select payment_collection_id from order_payment_collection where order_id = ?)`, [orderId])
    }

    it("shows an account opened with someone else's address none of their guest orders or messages, and its closure leaves them alone", async () => {
      const { impostor, guestOrderId, guestCustomerId, mailbox } = await seedImpostor()
      mailbox.close() // the link is never followed
      await settleOrder(guestOrderId)

      const { data, ids } = await exportOf(impostor.id)
      expect(ids("customer")).toEqual([impostor.id])
      expect(ids("order")).toEqual([])
      expect(ids("order_address")).toEqual([])
      expect(ids("notification")).not.toContain("noti_vera_before")
      expect(ids("notification")).toContain("noti_vera_after")
      const text = JSON.stringify(data)
      for (const vera of ["Offersen", "Offergata 7", "+47 90001111", guestOrderId, guestCustomerId]) {
        expect(text).not.toContain(vera)
      }

      const closed = await api.post("/store/customers/me/privacy/erasure", { password: impostor.password }, { headers: impostor.headers })
      expect(closed.data.erasure.status).toBe("completed")
      const { rows: [guest] } = await dbConnection.raw(`select email, deleted_at from customer where id = ?`, [guestCustomerId])
      expect(guest).toEqual({ email: VERA, deleted_at: null })
      const { rows: [order] } = await dbConnection.raw(`select email from "order" where id = ?`, [guestOrderId])
      expect(order.email).toBe(VERA)
      expect((await scanDatabase(dbConnection, ["Offergata 7"])).map((hit) => hit.table)).toEqual(expect.arrayContaining(["order_address"]))
      const { rows: messages } = await dbConnection.raw(`select id, "to" from notification where id like 'noti\\_vera\\_%' order by id`)
      expect(messages).toEqual([{ id: "noti_vera_before", to: VERA }])
    })

    it("joins the guest order and the earlier messages once the mailbox confirms the address, and the closure reaches them", async () => {
      const { impostor: vera, guestOrderId, guestCustomerId, joinToken } = await seedImpostor()
      const joined = await api.post("/privacy/consents/join", `token=${await joinToken()}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
      expect(joined.status).toBe(200)
      const { rows: confirmations } = await dbConnection.raw(`select customer_id, email_hash from privacy_mailbox_confirmation`)
      expect(confirmations).toEqual([{ customer_id: vera.id, email_hash: expect.stringMatching(/^[0-9a-f]{64}$/) }])
      await settleOrder(guestOrderId)

      const { data, ids } = await exportOf(vera.id)
      expect(ids("customer")).toEqual([vera.id, guestCustomerId].sort())
      expect(ids("order")).toEqual([guestOrderId])
      expect(ids("notification")).toEqual(expect.arrayContaining(["noti_vera_after", "noti_vera_before"]))
      expect(data.data.privacy_mailbox_confirmation).toEqual([expect.objectContaining({ confirmed_at: expect.any(String) })])
      expect(JSON.stringify(data.data.privacy_mailbox_confirmation)).not.toContain(confirmations[0].email_hash)

      const closed = await api.post("/store/customers/me/privacy/erasure", { password: vera.password }, { headers: vera.headers })
      expect(closed.data.erasure.status).toBe("completed")
      const { rows: [guest] } = await dbConnection.raw(`select deleted_at from customer where id = ?`, [guestCustomerId])
      expect(guest.deleted_at).not.toBeNull()
      const { rows: [order] } = await dbConnection.raw(`select email from "order" where id = ?`, [guestOrderId])
      expect(order.email).not.toBe(VERA)
      const { rows: messages } = await dbConnection.raw(`select id from notification where id like 'noti\\_vera\\_%'`)
      expect(messages).toEqual([])
      expect((await dbConnection.raw(`select count(*)::int as n from privacy_mailbox_confirmation`)).rows[0].n).toBe(0)
    })

    it("sends the join link for an address that has only guest rows, no consent history", async () => {
      const [guest] = await getContainer().resolve("customer").createCustomers([{ email: "gunn.gjest@example.test", has_account: false }])
      const { rows: subjects } = await dbConnection.raw(`select id from privacy_consent_subject where email = 'gunn.gjest@example.test' or customer_id = ?`, [guest.id])
      expect(subjects).toEqual([])
      const mailbox = openMailbox(getContainer())
      try {
        const gunn = await signUpCustomer(api, store.publishableKey, { email: "gunn.gjest@example.test" })
        await eventually(async () => mailbox.to("gunn.gjest@example.test").some((mail) => mail.template === "privacy-consent-join"))
        const join = mailbox.to("gunn.gjest@example.test").find((mail) => mail.template === "privacy-consent-join")!
        await api.post("/privacy/consents/join", `token=${tokenOf(join.data.join_url)}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        const { ids } = await exportOf(gunn.id)
        expect(ids("customer")).toEqual([gunn.id, guest.id].sort())
      } finally {
        mailbox.close()
      }
    })

    it("keeps a sign-in that also signs in a staff user, without the customer's link", async () => {
      const sam = await signUpCustomer(api, store.publishableKey, { email: "sam.both@example.test", first_name: "Sam", last_name: "Begge" })
      const { rows: [identity] } = await dbConnection.raw(`select id from auth_identity where app_metadata->>'customer_id' = ?`, [sam.id])
      // Medusa lets one e-mail/password identity carry a customer and a user (same address, same password).
      await dbConnection.raw(`update auth_identity set app_metadata = app_metadata || '{"user_id":"user_staff_sam"}' where id = ?`, [identity.id])
      const { data } = await api.post(`/admin/customers/${sam.id}/privacy/erasure`, { reason: "Asked by e-mail" }, { headers: admin.headers })
      expect(data.erasure.status).toBe("completed")
      const { rows: after } = await dbConnection.raw(`select app_metadata from auth_identity where id = ?`, [identity.id])
      expect(after[0].app_metadata).toEqual({ user_id: "user_staff_sam" })
      const { rows: providers } = await dbConnection.raw(`select entity_id from provider_identity where auth_identity_id = ?`, [identity.id])
      expect(providers).toEqual([{ entity_id: "sam.both@example.test" }])
    })

    it("erases stored workflow runs that name the person as a whole value, and never a running one", async () => {
      const ann = await signUpCustomer(api, store.publishableKey, { email: "ann@x.no", first_name: "Ann", last_name: "Kort" })
      const run = (id: string, state: string, email: string) =>
        dbConnection.raw(
          `insert into workflow_execution (id, workflow_id, transaction_id, run_id, execution, context, state)
           values (?, 'some-flow', ?, ?, '{}', ?::jsonb, ?)`,
          [id, `tx_${id}`, `run_${id}`, JSON.stringify({ data: { invoke: { input: { email, note: `for ${email}` } } } }), state]
        )
      await run("wf_ann_done", "done", "ann@x.no")
      await run("wf_joann_done", "done", "joann@x.no")
      await run("wf_ann_running", "invoking", "ann@x.no")
      try {
        const { data } = await api.post(`/admin/customers/${ann.id}/privacy/erasure`, { reason: "Asked by e-mail" }, { headers: admin.headers })
        expect(data.erasure.status).toBe("completed")
        const { rows } = await dbConnection.raw(`select id from workflow_execution where id like 'wf\\_%' order by id`)
        expect(rows.map((row: { id: string }) => row.id)).toEqual(["wf_ann_running", "wf_joann_done"])
      } finally {
        // The test runner waits for every running execution to end; this one never would.
        await dbConnection.raw(`delete from workflow_execution where id = 'wf_ann_running'`)
      }
    })
  },
})
