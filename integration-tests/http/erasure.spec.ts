import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { createCatalogue, type Catalogue } from "../helpers/checkout"
import { signUpCustomer } from "../helpers/customer"
import { LOYALTY_MEMBER_ENTRIES, customerWithHistory, otherCustomer } from "../helpers/customer-history"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { scanDatabase } from "../helpers/db-scan"
import { failure } from "../helpers/http"
import { createStoreContext, type StoreContext } from "../helpers/store"
import { finmugPrivacyOptions } from "../host-app/privacy-options"

jest.setTimeout(300_000)

// The shop's options with a table of the merchant's own that holds the customer's data, erased by the map.
process.env.PRIVACY_PLUGIN_OPTIONS = JSON.stringify({
  ...finmugPrivacyOptions,
  dataMap: {
    entries: LOYALTY_MEMBER_ENTRIES,
  },
})

const scan = scanDatabase

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "erasure",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let admin: AdminSession
    let catalogue: Catalogue

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
      catalogue = await createCatalogue(api, admin, store)
    })

    const context = () => ({ api, admin, store, catalogue, dbConnection })

    /** What the seeded order history leaves open, closed the way staff would close it. */
    async function settleOrders(customerId: string) {
      // Capturing, receiving returns and shipping replacement items is many screens in the dashboard; their end state is set here.
      await dbConnection.raw(`update return set status = 'received', received_at = now() where order_id in (select id from "order" where customer_id = ?)`, [customerId])
      await dbConnection.raw(`update order_change set status = 'confirmed' where status in ('pending', 'requested') and order_id in (select id from "order" where customer_id = ?)`, [customerId])
      await dbConnection.raw(`update order_item set fulfilled_quantity = quantity, raw_fulfilled_quantity = raw_quantity where order_id in (select id from "order" where customer_id = ?)`, [customerId])
      await dbConnection.raw(
        `update payment_collection set status = 'completed' where id in (select payment_collection_id from order_payment_collection where order_id in (select id from "order" where customer_id = ?))`,
        [customerId]
      )
    }

    it("leaves nothing of the customer behind but the vouchers the dry run lists, and those too once their period ends", async () => {
      const kari = await customerWithHistory(context())
      const ola = await otherCustomer(context())
      await api.post("/store/customers/me/privacy/exports", {}, { headers: kari.headers })
      await new Promise((resolve) => setTimeout(resolve, 3000))
      const needles = [kari.email, "Nordmann-Eksport", "+47 91112222", "Storgata 22", "Hytteveien 7", "Fjellveien 3", "LC-4411-77", "Kari på hytta"]
      expect((await scan(dbConnection, needles)).length).toBeGreaterThan(20)

      // Holds first: the seeded history has a requested return, a claim and an exchange in progress.
      const blockedRun = await api.post(`/store/customers/me/privacy/erasure?dry_run=true`, { password: kari.password }, { headers: kari.headers })
      expect(blockedRun.data.dry_run.erasable).toBe(false)
      const holdKinds = [...new Set(blockedRun.data.dry_run.blocked.map((hold: { hold: string }) => hold.hold))].sort()
      expect(holdKinds.length).toBeGreaterThan(0)
      const blocked = await api.post(`/admin/customers/${kari.id}/privacy/erasure`, { reason: "Asked by letter" }, { headers: admin.headers })
      expect(blocked.status).toBe(202)
      expect(blocked.data.erasure).toMatchObject({ status: "blocked", trigger: "staff" })
      // The dry run and the real run agree on what blocks it.
      expect(blocked.data.erasure.holds).toEqual(blockedRun.data.dry_run.blocked)
      expect((await scan(dbConnection, needles)).length).toBeGreaterThan(20)

      await settleOrders(kari.id)
      const { data: preview } = await api.post(`/admin/customers/${kari.id}/privacy/erasure?dry_run=true`, {}, { headers: admin.headers })
      const dryRun = preview.dry_run
      expect(dryRun).toMatchObject({ erasable: true, blocked: [] })
      expect(dryRun.erase).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ table: "customer", action: "anonymize" }),
          expect.objectContaining({ table: "customer_address", action: "delete", rows: 2 }),
          expect.objectContaining({ table: "provider_identity", action: "delete", rows: 1 }),
          expect.objectContaining({ table: "loyalty_member", action: "delete", rows: 2 }),
        ])
      )
      expect(dryRun.bookkeeping).toHaveLength(2)
      for (const order of dryRun.bookkeeping) {
        expect(order.kept_until).toMatch(/^\d{4}-12-31$/) // FI: the end of a calendar year
      }
      const kept = new Set<string>(dryRun.keep.flatMap((row: { table: string; columns: { column: string }[] }) => row.columns.map((c) => `${row.table}.${c.column}`)))

      const erased = await api.post(`/admin/customers/${kari.id}/privacy/erasure`, { reason: "Asked by letter" }, { headers: admin.headers })
      expect(erased.data.erasure).toMatchObject({ status: "completed", holds: [] })
      // The blocked request was resumed, not doubled.
      expect(erased.data.erasure.id).toBe(blocked.data.erasure.id)

      const left = await scan(dbConnection, needles)
      const unexpected = left.filter((hit) => !kept.has(`${hit.table}.${hit.column}`))
      expect(unexpected).toEqual([])
      // What is left is the buyer's name and address on the order, held as accounting material.
      expect(new Set(left.map((hit) => hit.table))).toEqual(new Set(["order_address"]))
      // Links and linked records do not dangle: every reference still finds its row.
      const { rows: dangling } = await dbConnection.raw(`
        select 'order.customer_id' as ref, count(*)::int as n from "order" o where o.customer_id is not null and not exists (select 1 from customer c where c.id = o.customer_id)
        union all select 'cart.customer_id', count(*)::int from cart t where t.customer_id is not null and not exists (select 1 from customer c where c.id = t.customer_id)
        union all select 'privacy_profile.customer_id', count(*)::int from privacy_profile p where not exists (select 1 from customer c where c.id = p.customer_id)
        union all select 'provider_identity.auth_identity_id', count(*)::int from provider_identity p where not exists (select 1 from auth_identity a where a.id = p.auth_identity_id)
        union all select 'customer_account_holder', count(*)::int from customer_account_holder l where not exists (select 1 from account_holder h where h.id = l.account_holder_id) or not exists (select 1 from customer c where c.id = l.customer_id)
        union all select 'order.shipping_address_id', count(*)::int from "order" o where o.shipping_address_id is not null and not exists (select 1 from order_address a where a.id = o.shipping_address_id)
        union all select 'privacy_consent_event.subject_id', count(*)::int from privacy_consent_event e where not exists (select 1 from privacy_consent_subject s where s.id = e.subject_id)`)
      expect(dangling.filter((row: { n: number }) => row.n > 0)).toEqual([])
      // Nobody can sign in with the account any more.
      expect((await failure(api.post("/auth/customer/emailpass", { email: kari.email, password: kari.password }))).status).toBe(401)
      // Another customer's data is untouched.
      expect((await scan(dbConnection, [ola.email, "Annensen", "Bakkegata 99"])).length).toBeGreaterThan(3)

      // Once the last order's period has ended (a clock moved past its release date), the vouchers go too.
      const lastRelease = dryRun.bookkeeping.map((order: { release_at: string }) => order.release_at).sort().pop()
      const { runRetention } = builtPlugin("workflows")
      const run = await runRetention(getContainer(), { trigger: "schedule", now: new Date(lastRelease) })
      expect(run).toMatchObject({ status: "completed", counts: expect.objectContaining({ orders_released: 2 }) })
      expect(await scan(dbConnection, needles)).toEqual([])
      expect((await scan(dbConnection, [ola.email, "Bakkegata 99"])).length).toBeGreaterThan(2)
    })

    it("blocks the password re-check after five wrong passwords in 15 minutes, dry runs included", async () => {
      const eve = await signUpCustomer(api, store.publishableKey, { email: "eve.guess@example.test" })
      const other = await signUpCustomer(api, store.publishableKey, { email: "other.guess@example.test" })
      const guess = (password: string, who = eve) =>
        failure(api.post("/store/customers/me/privacy/erasure?dry_run=true", { password }, { headers: who.headers }))
      // A right password does not count.
      expect((await api.post("/store/customers/me/privacy/erasure?dry_run=true", { password: eve.password }, { headers: eve.headers })).status).toBe(200)
      const wrong = await Promise.all(["a1", "a2", "a3", "a4", "a5", "a6", "a7"].map((p) => guess(p)))
      expect(wrong.map((r) => r.status).sort()).toEqual([400, 400, 400, 400, 400, 429, 429])
      const blocked = await failure(api.post("/store/customers/me/privacy/erasure", { password: eve.password }, { headers: eve.headers }))
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBe(900)
      expect(blocked.data.message).toMatch(/15 minutes/)
      // The right password does not get through while blocked, and other customers are not affected.
      expect((await api.get("/store/customers/me", { headers: eve.headers })).status).toBe(200)
      expect((await guess("b1", other)).status).toBe(400)
      expect((await api.post("/store/customers/me/privacy/erasure?dry_run=true", { password: other.password }, { headers: other.headers })).status).toBe(200)
    })

    it("closes the account from the storefront only with the current password, and emits privacy.customer.erased", async () => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const emitted: { name: string; data: any }[] = []
      const spy = jest.spyOn(eventBus, "emit").mockImplementation(async function (this: unknown, ...args: any[]) {
        const messages = Array.isArray(args[0]) ? args[0] : [args[0]]
        emitted.push(...messages.map((message: { name: string; data: unknown }) => ({ name: message.name, data: message.data })))
      } as never)
      try {
        const anne = await signUpCustomer(api, store.publishableKey, { email: "anne.close@example.test", first_name: "Anne", last_name: "Lukker" })
        const bob = await signUpCustomer(api, store.publishableKey, { email: "bob.stays@example.test", first_name: "Bob", last_name: "Blir" })

        const missing = await failure(api.post("/store/customers/me/privacy/erasure", {}, { headers: anne.headers }))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/password/)
        const wrong = await failure(api.post("/store/customers/me/privacy/erasure", { password: "not-it" }, { headers: anne.headers }))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toBe("The password is not correct.")
        // Bob's own password does not close Anne's account, and Bob's session closes only Bob's.
        expect((await failure(api.post("/store/customers/me/privacy/erasure", { password: bob.password + "x" }, { headers: anne.headers }))).status).toBe(400)
        const unknownField = await failure(api.post("/store/customers/me/privacy/erasure", { password: anne.password, reason: "x" }, { headers: anne.headers }))
        expect(unknownField.status).toBe(400)
        const badQuery = await failure(api.post("/store/customers/me/privacy/erasure?dry_run=maybe", { password: anne.password }, { headers: anne.headers }))
        expect(badQuery.status).toBe(400)
        expect(badQuery.data.message).toMatch(/dry_run/)
        expect((await failure(api.post("/store/customers/me/privacy/erasure", { password: anne.password }, { headers: { "x-publishable-api-key": store.publishableKey } }))).status).toBe(401)

        const closed = await api.post("/store/customers/me/privacy/erasure", { password: anne.password }, { headers: anne.headers })
        expect(closed.status).toBe(202)
        expect(closed.data.erasure).toMatchObject({ status: "completed", trigger: "customer", customer_id: anne.id, customer_number: expect.stringMatching(/^C-\d{6}$/) })
        expect(emitted).toContainEqual({ name: "privacy.customer.erased", data: expect.objectContaining({ id: anne.id, erasure_id: closed.data.erasure.id }) })
        // As core's delete flow does, so every subscriber of the shop hears of it.
        expect(emitted).toContainEqual({ name: "customer.deleted", data: { id: anne.id } })
        expect((await failure(api.post("/auth/customer/emailpass", { email: anne.email, password: anne.password }))).status).toBe(401)
        const { rows } = await dbConnection.raw(`select first_name, email, deleted_at from customer where id = ?`, [anne.id])
        expect(rows[0]).toMatchObject({ first_name: null, email: null, deleted_at: expect.any(Date) })
        // Bob is still there and can still sign in.
        expect((await api.get("/store/customers/me", { headers: bob.headers })).data.customer.email).toBe(bob.email)
      } finally {
        spy.mockRestore()
      }
    })

    it("lets staff erase with a reason, answers clear 4xx, and keeps the record as proof", async () => {
      const per = await signUpCustomer(api, store.publishableKey, { email: "per.staff@example.test", first_name: "Per", last_name: "Personvern" })
      expect((await failure(api.post(`/admin/customers/cus_unknown/privacy/erasure`, { reason: "Letter" }, { headers: admin.headers }))).status).toBe(404)
      const noReason = await failure(api.post(`/admin/customers/${per.id}/privacy/erasure`, {}, { headers: admin.headers }))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)
      expect((await failure(api.post(`/admin/customers/${per.id}/privacy/erasure`, { reason: 42 }, { headers: admin.headers }))).status).toBe(400)
      // Not staff: no erasure.
      expect((await failure(api.post(`/admin/customers/${per.id}/privacy/erasure`, { reason: "Letter" }, { headers: per.headers }))).status).toBe(401)

      const { data: dry } = await api.post(`/admin/customers/${per.id}/privacy/erasure?dry_run=true`, {}, { headers: admin.headers })
      expect(dry.dry_run).toMatchObject({ erasable: true, bookkeeping: [] })
      const { rows: before } = await dbConnection.raw(`select email from customer where id = ?`, [per.id])
      expect(before[0].email).toBe(per.email) // the dry run changed nothing

      // A shop extends the erasure through its hook, as core workflows are extended.
      const heard: { customer_ids: string[]; erasure_ids: string[] }[] = []
      builtPlugin("workflows").eraseCustomersWorkflow.hooks.customersErased(async (input: { customer_ids: string[]; erasure_ids: string[] }) => {
        heard.push(input)
      })
      const { data } = await api.post(`/admin/customers/${per.id}/privacy/erasure`, { reason: "Request by letter of 3 May" }, { headers: admin.headers })
      expect(data.erasure).toMatchObject({ status: "completed", trigger: "staff", reason: "Request by letter of 3 May" })
      expect(heard).toEqual([{ customer_ids: [per.id], erasure_ids: [data.erasure.id] }])
      // Run again: nothing more to do, and still one erasure on record.
      await api.post(`/admin/customers/${per.id}/privacy/erasure`, { reason: "Again" }, { headers: admin.headers })
      const { data: list } = await api.get(`/admin/customers/${per.id}/privacy/erasure`, { headers: admin.headers })
      expect(list.erasures).toHaveLength(1)
      expect(list.erased_at).not.toBeNull()
      // The profile keeps its number only.
      const { rows } = await dbConnection.raw(`select customer_number, gender, homepage_url, last_activity_at from privacy_profile where customer_id = ?`, [per.id])
      expect(rows[0]).toMatchObject({ customer_number: expect.stringMatching(/^C-/), gender: null, homepage_url: null, last_activity_at: null })
    })
  },
})
