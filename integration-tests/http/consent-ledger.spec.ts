import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { checkout, createCatalogue } from "../helpers/checkout"
import { signUpCustomer, type SignedInCustomer } from "../helpers/customer"
import { hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext, type StoreContext } from "../helpers/store"

jest.setTimeout(240_000)

type Consent = { purpose: string; channel: string; granted: boolean; source: string | null }
type LedgerEvent = { id: string; action: string; source: string; channel: string; actor_type: string; notice_version: string; notice_language: string; actor_id?: string; note?: string; ip_prefix?: string }

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "consentledger",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let admin: AdminSession
    let customer: SignedInCustomer

    const mine = async (who: SignedInCustomer = customer) =>
      (await api.get("/store/customers/me/privacy/consents", { headers: who.headers })).data as { consents: Consent[]; history: LedgerEvent[] }
    const emailMarketing = (consents: Consent[]) => consents.find((c) => c.purpose === "marketing" && c.channel === "email")!
    const staffRecord = (customerId: string, body: Record<string, unknown>) =>
      api.post(`/admin/customers/${customerId}/privacy/consents`, body, { headers: admin.headers })

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
      customer = await signUpCustomer(api, store.publishableKey)
    })

    describe("the signed-in customer", () => {
      it("starts with no consent on any channel and can grant and withdraw", async () => {
        const empty = await mine()
        expect(empty.consents.map((c) => `${c.purpose}/${c.channel}/${c.granted}`)).toEqual([
          "marketing/email/false", "marketing/sms/false", "marketing/phone/false", "marketing/post/false",
        ])
        expect(empty.history).toEqual([])

        await api.post(
          "/store/customers/me/privacy/consents",
          { purpose: "marketing", channel: "email", granted: true, source: "storefront" },
          { headers: { ...customer.headers, "user-agent": "Kari's browser" } }
        )
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: false }, { headers: customer.headers })

        const after = await mine()
        expect(emailMarketing(after.consents)).toMatchObject({ granted: false, source: "account" })
        expect(after.history.map((e) => `${e.action}:${e.source}:${e.actor_type}`)).toEqual([
          "withdrawn:account:customer",
          "granted:storefront:customer",
        ])
        const { notice } = (await api.get("/store/privacy/notice?lang=nb", { headers: { "x-publishable-api-key": store.publishableKey } })).data
        expect(after.history[1]).toMatchObject({ notice_version: notice.version, notice_language: "nb" })

        const { rows } = await dbConnection.raw("select ip_prefix, user_agent from privacy_consent_event order by seq limit 1")
        expect(rows[0].user_agent).toBe("Kari's browser")
        expect(rows[0].ip_prefix).toMatch(/^(\d+\.\d+\.\d+\.0\/24|[0-9a-f:]+::\/48)$/)
      })

      it("keeps 200 concurrent grants and withdrawals as 200 events, the state matching the last", async () => {
        const actions = Array.from({ length: 200 }, (_, i) => (i * 7919) % 3 !== 0)
        const responses = await Promise.allSettled(
          actions.map((granted) =>
            api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted }, { headers: customer.headers })
          )
        )
        expect(responses.filter((r) => r.status === "rejected")).toHaveLength(0)

        const { rows: events } = await dbConnection.raw(
          "select action from privacy_consent_event where purpose = 'marketing' and channel = 'email' order by seq"
        )
        expect(events).toHaveLength(200)
        expect(events.filter((e: { action: string }) => e.action === "granted")).toHaveLength(actions.filter(Boolean).length)
        const last = events[events.length - 1].action
        expect(emailMarketing((await mine()).consents).granted).toBe(last === "granted")
        const { rows: states } = await dbConnection.raw(
          "select s.granted, e.action from privacy_consent_state s join privacy_consent_event e on e.id = s.last_event_id"
        )
        expect(states).toEqual([{ granted: last === "granted", action: last }])
      })

      it.each([
        [{ purpose: "raffles", channel: "email", granted: true }, "purpose"],
        [{ purpose: "marketing", channel: "pigeon", granted: true }, "channel"],
        [{ purpose: "marketing", channel: "email", granted: "yes" }, "granted"],
        [{ purpose: "marketing", channel: "email" }, "granted"],
        [{ channel: "email", granted: true }, "purpose"],
        [{ purpose: "marketing", granted: true }, "channel"],
        [{ purpose: "marketing", channel: "email", granted: true, source: "admin_phone" }, "source"],
        [{ purpose: "marketing", channel: "email", granted: true, notice_version: "v1" }, "notice_version"],
        [{ purpose: "marketing", channel: "email", granted: true, extra: 1 }, "extra"],
      ])("refuses %j with 400 naming the field, and records nothing", async (body, field) => {
        const response = await failure(api.post("/store/customers/me/privacy/consents", body, { headers: customer.headers }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        const { rows } = await dbConnection.raw("select count(*)::int as n from privacy_consent_event")
        expect(rows[0].n).toBe(0)
      })

      it("answers 401 without a session", async () => {
        const pk = { "x-publishable-api-key": store.publishableKey }
        expect((await failure(api.get("/store/customers/me/privacy/consents", { headers: pk }))).status).toBe(401)
        expect(
          (await failure(api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: true }, { headers: pk }))).status
        ).toBe(401)
      })
    })

    describe("staff", () => {
      it("record a consent received by phone, with who and how", async () => {
        await staffRecord(customer.id, { purpose: "marketing", channel: "phone", granted: true, source: "admin_phone", note: "Asked on the phone on 24 Nov" })
        const { data } = await api.get(`/admin/customers/${customer.id}/privacy/consents`, { headers: admin.headers })
        expect(data.consents.find((c: Consent) => c.channel === "phone")).toMatchObject({ granted: true, source: "admin_phone" })
        expect(data.history[0]).toMatchObject({ actor_type: "user", actor_id: admin.userId, note: "Asked on the phone on 24 Nov", source: "admin_phone" })
      })

      it("cannot grant after the customer objected; the customer can", async () => {
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: false }, { headers: customer.headers })

        const refused = await failure(staffRecord(customer.id, { purpose: "marketing", channel: "email", granted: true, source: "admin_letter" }))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toContain("Art. 21(3)")
        expect(emailMarketing((await mine()).consents).granted).toBe(false)
        expect((await mine()).history).toHaveLength(1)

        await staffRecord(customer.id, { purpose: "marketing", channel: "email", granted: false, source: "admin_email" })
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: true }, { headers: customer.headers })
        expect(emailMarketing((await mine()).consents)).toMatchObject({ granted: true, source: "account" })
      })

      it.each([
        [{ purpose: "marketing", channel: "email", granted: "yes", source: "admin_phone" }, "granted"],
        [{ purpose: "marketing", channel: "fax", granted: true, source: "admin_phone" }, "channel"],
        [{ purpose: "raffles", channel: "email", granted: true, source: "admin_phone" }, "purpose"],
        [{ purpose: "marketing", channel: "email", granted: false, source: "admin_phone", note: "x".repeat(1001) }, "note"],
        [{ purpose: "marketing", channel: "email", granted: false, source: "admin_phone", staff: "me" }, "staff"],
      ])("refuses a staff record %# with 400 naming the field", async (body, field) => {
        const response = await failure(staffRecord(customer.id, body))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      })

      it("must say how the request arrived, and gets 404 for an unknown customer", async () => {
        const missing = await failure(staffRecord(customer.id, { purpose: "marketing", channel: "email", granted: false }))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("source")
        const wrong = await failure(staffRecord(customer.id, { purpose: "marketing", channel: "email", granted: false, source: "storefront" }))
        expect(wrong.status).toBe(400)
        expect((await failure(staffRecord("cus_unknown", { purpose: "marketing", channel: "email", granted: false, source: "admin_phone" }))).status).toBe(404)
        expect((await failure(api.get(`/admin/customers/${customer.id}/privacy/consents`))).status).toBe(401)
        expect((await failure(api.get(`/admin/customers/${customer.id}/privacy/consents`, { headers: customer.headers }))).status).toBe(401)
      })
    })

    describe("the ledger", () => {
      it("is append-only, in the service and in the database", async () => {
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: true }, { headers: customer.headers })
        const privacy = getContainer().resolve("privacy")
        const [event] = await privacy.listConsentEvents({})
        await expect(privacy.updateConsentEvents({ id: event.id, action: "withdrawn" })).rejects.toThrow(/append-only/)
        await expect(privacy.deleteConsentEvents(event.id)).rejects.toThrow(/append-only/)
        await expect(dbConnection.raw("update privacy_consent_event set action = 'withdrawn'")).rejects.toThrow(/append-only/)
        await expect(dbConnection.raw("delete from privacy_consent_event")).rejects.toThrow(/append-only/)
        const { rows } = await dbConnection.raw("select action from privacy_consent_event")
        expect(rows).toEqual([{ action: "granted" }])
      })

      it("puts privacy.consent.granted and privacy.consent.withdrawn on the event bus", async () => {
        const seen: { name: string; data: Record<string, unknown> }[] = []
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        for (const name of ["privacy.consent.granted", "privacy.consent.withdrawn"]) {
          eventBus.subscribe(name, async (event: { data: Record<string, unknown> }) => {
            seen.push({ name, data: event.data })
          }, { subscriberId: `test-${name}` })
        }
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "sms", granted: true }, { headers: customer.headers })
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "sms", granted: false }, { headers: customer.headers })
        const deadline = Date.now() + 5000
        while (seen.length < 2 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        expect(seen.map((e) => e.name)).toEqual(["privacy.consent.granted", "privacy.consent.withdrawn"])
        expect(seen[1].data).toMatchObject({ customer_id: customer.id, purpose: "marketing", channel: "sms", source: "account" })
      })

      it("counts a consent action as activity in the customer relationship", async () => {
        await dbConnection.raw("update privacy_profile set last_activity_at = '2020-01-01' where customer_id = ?", [customer.id])
        const before = Date.now()
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: false }, { headers: customer.headers })
        const [profile] = await getContainer().resolve("privacy").listPrivacyProfiles({ customer_id: customer.id })
        expect(profile.last_activity_at.getTime()).toBeGreaterThanOrEqual(before - 1000)
      })
    })

    it("never requires marketing consent to check out (Art. 7(4))", async () => {
      const catalogue = await createCatalogue(api, admin, store)
      const { order } = await checkout(api, catalogue, { email: "no-consent@example.test" })
      expect(order.email).toBe("no-consent@example.test")
      const { rows } = await dbConnection.raw("select count(*)::int as n from privacy_consent_event")
      expect(rows[0].n).toBe(0)
    })
  },
})
