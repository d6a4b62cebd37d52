import { readFileSync } from "node:fs"
import { readZip } from "../helpers/zip"
import { onPage, openCustomer, openDashboard, privacyWidget, signIn, type Dashboard } from "./helpers/dashboard"
import { DEMO_CUSTOMERS } from "./helpers/demo"

jest.setTimeout(300_000)

describe("Data exports in the customer's privacy widget", () => {
  let dashboard: Dashboard
  beforeAll(async () => {
    dashboard = await openDashboard()
  })
  afterAll(async () => {
    await dashboard?.close()
  })

  it("staff export a customer's data, download the ZIP and find the customer in it", () =>
    onPage(dashboard, "customer-exports", async (page) => {
      const email = DEMO_CUSTOMERS.exports
      await signIn(page)
      await openCustomer(page, email)
      const widget = privacyWidget(page)

      await widget.getByRole("button", { name: "Export data" }).click()
      const drawer = page.getByRole("dialog", { name: "Export the customer's data" })
      await drawer.getByLabel("Note (optional)").fill("Signed letter received at the office")
      await drawer.getByRole("button", { name: "Request export" }).click()
      await drawer.waitFor({ state: "hidden" })

      // The widget follows the build in the background; the button appears when the file is ready.
      // Staff download with their own session: the customer's link is not shown to them.
      const button = widget.getByRole("button", { name: /Download ZIP/ })
      await button.waitFor({ timeout: 120_000 })
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()])
      const files = await readZip(readFileSync(await download.path()))

      const data = files.get("data.json")
      expect(data).toBeDefined()
      expect(() => JSON.parse(data!)).not.toThrow()
      expect(data).toContain(email)
      await widget.getByText("Signed letter received at the office").waitFor()
    }))
})
