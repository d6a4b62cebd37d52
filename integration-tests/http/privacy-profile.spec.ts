import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { registerCustomer, signIn, signUpCustomer } from "../helpers/customer"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext, type StoreContext } from "../helpers/store"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "profile",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let admin: AdminSession

    const privacy = () => getContainer().resolve("privacy")
    const profileOf = async (customerId: string) => {
      const [profile] = await privacy().listPrivacyProfiles({ customer_id: customerId })
      return profile
    }

    const placeOrder = async (orderId: string) => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const handled = TestEventUtils.waitSubscribersExecution("order.placed", eventBus)
      await eventBus.emit({ name: "order.placed", data: { id: orderId } })
      await handled
    }

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
    })

    describe("profile creation", () => {
      it("gives a customer who signs up a profile and number from the sign-up event", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const created = TestEventUtils.waitSubscribersExecution("customer.created", eventBus)
        // No sign-in and no read afterwards: only the sign-up event can create the profile.
        const customer = await registerCustomer(api, store.publishableKey, "new-customer@example.test")
        await created

        expect(await profileOf(customer.id)).toMatchObject({
          customer_id: customer.id,
          customer_number: expect.stringMatching(/^C-\d{6}$/),
          language: "nb",
          source: "storefront",
          gender: null,
          homepage_url: null,
          last_activity_at: expect.any(Date),
        })
      })

      it("gives 50 concurrent sign-ups 50 distinct customer numbers", async () => {
        const customers = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            registerCustomer(api, store.publishableKey, `concurrent-${i}@example.test`)
          )
        )
        const ids = customers.map((customer) => customer.id)
        await waitFor(async () => (await privacy().listPrivacyProfiles({ customer_id: ids })).length === 50, 30_000)

        const profiles = await privacy().listPrivacyProfiles({ customer_id: ids })
        expect(profiles.map((profile) => profile.customer_id).sort()).toEqual([...ids].sort())
        expect(new Set(profiles.map((profile) => profile.customer_number)).size).toBe(50)
        const { rows } = await dbConnection.raw(
          "select count(*)::int as count, count(distinct customer_number)::int as numbers from privacy_profile"
        )
        expect(rows[0]).toEqual({ count: 50, numbers: 50 })
      })

      it("gives a customer created by staff a profile with source admin", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const created = TestEventUtils.waitSubscribersExecution("customer.created", eventBus)
        const { data } = await api.post(
          "/admin/customers",
          { email: "phoned-in@example.test", first_name: "Ola" },
          { headers: admin.headers }
        )
        await created
        expect(await profileOf(data.customer.id)).toMatchObject({ source: "admin" })
      })

      it("gives a guest checkout customer a profile with source checkout", async () => {
        await api.post(
          "/admin/regions",
          { name: "Norge", currency_code: "nok", countries: ["no"] },
          { headers: admin.headers }
        )
        const { data } = await api.post(
          "/store/carts",
          { email: "guest@example.test" },
          { headers: { "x-publishable-api-key": store.publishableKey } }
        )
        const customerId = data.cart.customer_id
        expect(customerId).toBeTruthy()
        await waitFor(async () => (await profileOf(customerId))?.source === "checkout")
      })
    })

    describe("store API", () => {
      it("lets a signed-in customer read and update their own profile", async () => {
        const customer = await signUpCustomer(api, store.publishableKey)

        const read = await api.get("/store/customers/me/privacy", { headers: customer.headers })
        expect(read.data.available_languages).toEqual(["nb", "fi", "sv", "en"])

        const { data } = await api.post(
          "/store/customers/me/privacy",
          { language: "fi", gender: "female", homepage_url: "https://kari.example/blog" },
          { headers: customer.headers }
        )
        expect(data.privacy_profile).toMatchObject({
          customer_id: customer.id,
          language: "fi",
          gender: "female",
          homepage_url: "https://kari.example/blog",
          customer_number: read.data.privacy_profile.customer_number,
        })

        const cleared = await api.post(
          "/store/customers/me/privacy",
          { gender: null, homepage_url: null },
          { headers: customer.headers }
        )
        expect(cleared.data.privacy_profile).toMatchObject({ language: "fi", gender: null, homepage_url: null })

        const changes = await privacy().listPrivacyProfileChanges({ customer_id: customer.id }, { order: { created_at: "ASC" } })
        expect(changes.map((change) => [change.channel, change.actor_type, change.actor_id, [...change.fields].sort()])).toEqual([
          ["storefront", "customer", customer.id, ["gender", "homepage_url", "language"]],
          ["storefront", "customer", customer.id, ["gender", "homepage_url"]],
        ])
      })

      it("answers 401 without a session, for reads and updates", async () => {
        const pk = { "x-publishable-api-key": store.publishableKey }
        expect((await failure(api.get("/store/customers/me/privacy", { headers: pk }))).status).toBe(401)
        expect((await failure(api.post("/store/customers/me/privacy", { language: "en" }, { headers: pk }))).status).toBe(401)
        const forged = { ...pk, authorization: "Bearer not-a-token" }
        expect((await failure(api.get("/store/customers/me/privacy", { headers: forged }))).status).toBe(401)
      })

      it("keeps each customer to their own profile", async () => {
        const alice = await signUpCustomer(api, store.publishableKey, { email: "alice@example.test" })
        const bob = await signUpCustomer(api, store.publishableKey, { email: "bob@example.test" })
        await api.post("/store/customers/me/privacy", { homepage_url: "https://alice.example" }, { headers: alice.headers })

        const bobsView = await api.get(`/store/customers/me/privacy?customer_id=${alice.id}`, { headers: bob.headers })
        expect(bobsView.data.privacy_profile.customer_id).toBe(bob.id)
        expect(bobsView.data.privacy_profile.homepage_url).toBeNull()

        await api.post("/store/customers/me/privacy", { homepage_url: "https://bob.example" }, { headers: bob.headers })
        expect((await profileOf(alice.id)).homepage_url).toBe("https://alice.example")

        const unknownField = await failure(
          api.post("/store/customers/me/privacy", { customer_id: alice.id, language: "en" }, { headers: bob.headers })
        )
        expect(unknownField.status).toBe(400)
        expect((await profileOf(alice.id)).language).toBe("nb")

        const adminRoute = await failure(api.get(`/admin/customers/${alice.id}/privacy`, { headers: bob.headers }))
        expect(adminRoute.status).toBe(401)
      })

      it.each([
        [{ language: 5 }, "language"],
        [{ language: "de" }, "language"],
        [{ language: "not a tag!" }, "language"],
        [{ gender: "robot" }, "gender"],
        [{ gender: true }, "gender"],
        [{ homepage_url: "javascript:alert(1)" }, "homepage_url"],
        [{ homepage_url: "ftp://files.example" }, "homepage_url"],
        [{ homepage_url: "not a url" }, "homepage_url"],
        [{ homepage_url: 42 }, "homepage_url"],
        [{ nickname: "kari" }, "nickname"],
        [{ source: "admin" }, "source"],
      ])("refuses %j with 400 naming the field and changes nothing", async (body, field) => {
        const customer = await signUpCustomer(api, store.publishableKey)
        const stored = async () => {
          const { data } = await api.get("/store/customers/me/privacy", { headers: customer.headers })
          const { customer_number, language, gender, homepage_url, source } = data.privacy_profile
          return { customer_number, language, gender, homepage_url, source }
        }
        const before = await stored()

        const response = await failure(api.post("/store/customers/me/privacy", body, { headers: customer.headers }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)

        expect(await stored()).toEqual(before)
      })
    })

    describe("admin API", () => {
      it("lets staff read and update a customer's profile, recorded as admin", async () => {
        const customer = await signUpCustomer(api, store.publishableKey)
        const read = await api.get(`/admin/customers/${customer.id}/privacy`, { headers: admin.headers })
        expect(read.data.privacy_profile).toMatchObject({ customer_id: customer.id, source: "storefront" })

        const { data } = await api.post(
          `/admin/customers/${customer.id}/privacy`,
          { language: "sv", homepage_url: "http://kari.example", source: "phone" },
          { headers: admin.headers }
        )
        expect(data.privacy_profile).toMatchObject({ language: "sv", homepage_url: "http://kari.example", source: "phone" })

        const [change] = await privacy().listPrivacyProfileChanges({ customer_id: customer.id })
        expect(change).toMatchObject({ channel: "admin", actor_type: "user", actor_id: admin.userId })
        expect([...change.fields].sort()).toEqual(["homepage_url", "language", "source"])
      })

      it("answers 404 for an unknown customer", async () => {
        const read = await failure(api.get("/admin/customers/cus_unknown/privacy", { headers: admin.headers }))
        expect(read.status).toBe(404)
        const write = await failure(
          api.post("/admin/customers/cus_unknown/privacy", { language: "en" }, { headers: admin.headers })
        )
        expect(write.status).toBe(404)
        expect(await privacy().listPrivacyProfiles({ customer_id: "cus_unknown" })).toHaveLength(0)
      })

      it("refuses bad bodies from staff too", async () => {
        const customer = await signUpCustomer(api, store.publishableKey)
        const response = await failure(
          api.post(`/admin/customers/${customer.id}/privacy`, { source: "carrier-pigeon" }, { headers: admin.headers })
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("source")
        expect((await profileOf(customer.id)).source).toBe("storefront")
      })

      it("refuses a non-http homepage even from code that calls the workflow directly", async () => {
        const customer = await signUpCustomer(api, store.publishableKey)
        const { updatePrivacyProfileWorkflow } = builtPlugin("workflows")
        const { errors } = await updatePrivacyProfileWorkflow(getContainer()).run({
          input: {
            customer_id: customer.id,
            update: { homepage_url: "javascript:alert(document.cookie)" },
            channel: "system",
            actor: { type: "system" },
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("homepage_url")
        expect((await profileOf(customer.id)).homepage_url).toBeNull()
      })

      it("answers 401 to requests without a staff session", async () => {
        const customer = await signUpCustomer(api, store.publishableKey)
        expect((await failure(api.get(`/admin/customers/${customer.id}/privacy`))).status).toBe(401)
        expect((await failure(api.post(`/admin/customers/${customer.id}/privacy`, { language: "en" }))).status).toBe(401)
      })
    })

    describe("activity", () => {
      const registeredLongAgo = async (email: string) => {
        const customer = await registerCustomer(api, store.publishableKey, email)
        await waitFor(async () => Boolean(await profileOf(customer.id)))
        await dbConnection.raw("update privacy_profile set last_activity_at = '2020-01-01' where customer_id = ?", [customer.id])
        return customer
      }

      it("moves last activity forward when the customer signs in", async () => {
        const customer = await registeredLongAgo("returning@example.test")
        const before = Date.now()
        await signIn(api, "returning@example.test", "customer-password-1")
        // Recorded after the response has gone out.
        await waitFor(async () => (await profileOf(customer.id)).last_activity_at.getTime() >= before - 1000)
      })

      it("does not count a failed sign-in", async () => {
        const customer = await registeredLongAgo("mistyped@example.test")
        await failure(api.post("/auth/customer/emailpass", { email: "mistyped@example.test", password: "wrong" }))
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect((await profileOf(customer.id)).last_activity_at.toISOString()).toBe("2020-01-01T00:00:00.000Z")
      })

      it("moves last activity to the time an order is placed", async () => {
        const customer = await signUpCustomer(api, store.publishableKey)
        await waitFor(async () => Boolean(await profileOf(customer.id)))
        await dbConnection.raw("update privacy_profile set last_activity_at = '2020-01-01' where customer_id = ?", [customer.id])

        const order = await getContainer()
          .resolve(Modules.ORDER)
          .createOrders({ customer_id: customer.id, email: customer.email, currency_code: "nok", items: [] })
        const before = Date.now()
        await placeOrder(order.id)

        const profile = await profileOf(customer.id)
        expect(profile.last_activity_at.getTime()).toBeGreaterThanOrEqual(before - 1000)
      })

      it("gives a guest who places an order a profile", async () => {
        const [guest] = await getContainer()
          .resolve(Modules.CUSTOMER)
          .createCustomers([{ email: "guest-order@example.test", has_account: false }])
        expect(await profileOf(guest.id)).toBeUndefined()
        const order = await getContainer()
          .resolve(Modules.ORDER)
          .createOrders({ customer_id: guest.id, email: guest.email, currency_code: "nok", items: [] })
        await placeOrder(order.id)

        expect(await profileOf(guest.id)).toMatchObject({ source: "checkout", last_activity_at: expect.any(Date) })
      })
    })

    describe("backfill", () => {
      it("gives every pre-existing customer a profile, and a second run changes nothing", async () => {
        const customerModule = getContainer().resolve(Modules.CUSTOMER)
        const customers = await customerModule.createCustomers(
          Array.from({ length: 7 }, (_, i) => ({ email: `existing-${i}@example.test`, has_account: i % 2 === 0 }))
        )
        const ids = customers.map((customer) => customer.id)
        // Created by the module itself, these customers have no profile, as in a store
        // that installs the plugin after it has customers.
        expect(await privacy().listPrivacyProfiles({ customer_id: ids })).toHaveLength(0)
        await dbConnection.raw("update customer set created_at = '2021-03-01' where id = any(?)", [ids])
        const order = await getContainer()
          .resolve(Modules.ORDER)
          .createOrders({ customer_id: ids[1], email: "existing-1@example.test", currency_code: "nok", items: [] })
        await dbConnection.raw("update \"order\" set created_at = '2025-05-05' where id = ?", [order.id])

        const { backfillPrivacyProfiles } = builtPlugin("workflows")
        // An e-mail change that bypassed Medusa's workflows (no event) is caught up by the same pass.
        await getContainer().resolve("privacy").recordConsent({
          subject: { customer_id: ids[0], email: "old-address@example.test" },
          purpose: "marketing", channel: "email", action: "granted", source: "import", actor: { type: "system" },
        })
        const first = await backfillPrivacyProfiles(getContainer(), { batchSize: 3 })
        expect(first).toEqual({ scanned: 7, created: 7, failed_batches: [] })

        const profiles = await privacy().listPrivacyProfiles({ customer_id: ids })
        expect(profiles).toHaveLength(7)
        const byCustomer = Object.fromEntries(profiles.map((profile) => [profile.customer_id, profile]))
        expect(byCustomer[ids[0]].source).toBe("storefront")
        expect(byCustomer[ids[1]].source).toBe("checkout")
        expect(byCustomer[ids[0]].last_activity_at.toISOString()).toBe("2021-03-01T00:00:00.000Z")
        expect(byCustomer[ids[1]].last_activity_at.toISOString()).toBe("2025-05-05T00:00:00.000Z")

        const [subject] = await getContainer().resolve("privacy").listConsentSubjects({ customer_id: ids[0] })
        expect(subject.email).toBe("existing-0@example.test")

        const second = await backfillPrivacyProfiles(getContainer(), { batchSize: 3 })
        expect(second).toEqual({ scanned: 7, created: 0, failed_batches: [] })
        const again = await privacy().listPrivacyProfiles({ customer_id: ids })
        expect(again.map((profile) => [profile.id, profile.customer_number]).sort()).toEqual(
          profiles.map((profile) => [profile.id, profile.customer_number]).sort()
        )
      })
    })
  },
})

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await condition()) {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error("condition not met in time")
}
