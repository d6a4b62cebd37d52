import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { signUpCustomer } from "../helpers/customer"
import { hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext, type StoreContext } from "../helpers/store"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "profile",
  testSuite: ({ api, getContainer }) => {
    let store: StoreContext
    let admin: AdminSession

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
    })

    it("gives a customer who signs up a profile and a customer number", async () => {
      const customer = await signUpCustomer(api, store.publishableKey)
      const { data } = await api.get("/store/customers/me/privacy", { headers: customer.headers })
      expect(data.privacy_profile).toMatchObject({
        customer_id: customer.id,
        customer_number: expect.stringMatching(/^C-\d{6}$/),
        language: "nb",
        source: "storefront",
        gender: null,
        homepage_url: null,
      })
      expect(admin.userId).toBeTruthy()
    })
  },
})
