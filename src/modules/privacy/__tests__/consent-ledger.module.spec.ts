import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRIVACY_MODULE } from ".."
import PrivacyModuleService from "../service"

jest.setTimeout(120_000)

const options = {
  controller: { name: "Finmug", address: "Jahtikuja 1D10, 90540 Oulu", country: "FI", email: "info@finmug.fi" },
  languages: ["nb", "en"],
}

moduleIntegrationTestRunner<PrivacyModuleService>({
  moduleName: PRIVACY_MODULE,
  resolve: path.resolve(__dirname, ".."),
  moduleOptions: options,
  pathToMigrations: path.resolve(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    const record = (subject: object, granted: boolean, source: string, actor: object) =>
      service.recordConsent({
        subject: subject as never,
        purpose: "marketing",
        channel: "email",
        action: granted ? "granted" : "withdrawn",
        source: source as never,
        actor: actor as never,
      })
    const customerGrant = (id: string) => record({ customer_id: id }, true, "account", { type: "customer", id })
    const customerWithdraw = (id: string) => record({ customer_id: id }, false, "account", { type: "customer", id })
    const staffGrant = (id: string) => record({ customer_id: id }, true, "admin_phone", { type: "user", id: "user_1" })
    const stateOf = async (id: string) =>
      (await service.getConsentOverview({ customer_id: id })).states.find((s) => s.channel === "email")

    it("never lets a staff grant racing the customer's withdrawal outlive it", async () => {
      for (let round = 0; round < 25; round++) {
        const id = `cus_race_${round}`
        await customerGrant(id)
        // Staff grants are refused once the withdrawal is in; before it, they are overtaken by it.
        await Promise.allSettled([customerWithdraw(id), ...Array.from({ length: 6 }, () => staffGrant(id))])
        expect(`${id}: ${(await stateOf(id))?.granted}`).toBe(`${id}: false`)
      }
    })

    it("keeps an objection when histories are joined, whatever was granted elsewhere", async () => {
      // A subscriber without an account objects; later staff record a grant on a guest-checkout customer with the same address.
      await record({ email: "kari@example.test" }, true, "double_opt_in", { type: "subject" })
      await record({ email: "kari@example.test" }, false, "unsubscribe_link", { type: "subject" })
      await record({ customer_id: "cus_guest", email: "kari@example.test" }, true, "admin_letter", { type: "user", id: "user_1" })

      const { joined } = await service.joinConsentHistories({ customer_id: "cus_registered", email: "Kari@Example.test" })
      expect(joined).toBe(2)
      expect(await stateOf("cus_registered")).toMatchObject({ granted: false, source: "unsubscribe_link" })
      const { history } = await service.getConsentOverview({ customer_id: "cus_registered" })
      expect(history.map((event) => `${event.action}:${event.source}`)).toEqual([
        "granted:admin_letter",
        "withdrawn:unsubscribe_link",
        "granted:double_opt_in",
      ])

      // The person's own act still counts.
      await customerGrant("cus_registered")
      expect(await stateOf("cus_registered")).toMatchObject({ granted: true, source: "account" })
    })

    it("cancels pending confirmation links when the consent changes", async () => {
      const { token } = await service.requestConsentConfirmation({
        subject: { email: "reader@example.test" },
        purpose: "marketing",
        channel: "email",
        source: "storefront",
      })
      await record({ email: "reader@example.test" }, false, "unsubscribe_link", { type: "subject" })
      expect(await service.confirmConsent(token!, {})).toBeUndefined()
    })

    it("sends a new link once a pending one is cancelled, and not before", async () => {
      const request = () =>
        service.requestConsentConfirmation({
          subject: { email: "retry@example.test" },
          purpose: "marketing",
          channel: "email",
          source: "storefront",
        })
      const first = await request()
      expect((await request()).token).toBeNull()
      await service.cancelConsentConfirmation(first.confirmation_id!)
      expect(await service.peekConsentConfirmation(first.token!)).toBeUndefined()
      expect((await request()).token).toEqual(expect.any(String))
    })

    it("refuses the generated mutations of the ledger", async () => {
      await expect(service.createConsentEvents({} as never)).rejects.toThrow(/append-only/)
      await expect(service.updateConsentEvents({} as never)).rejects.toThrow(/append-only/)
    })
  },
})
