import { onPage, openCustomer, openDashboard, privacyWidget, signIn, type Dashboard } from "./helpers/dashboard"
import { DEMO_CUSTOMERS } from "./helpers/demo"

jest.setTimeout(300_000)

describe("The customer's Erasure section", () => {
  let dashboard: Dashboard
  beforeAll(async () => {
    dashboard = await openDashboard()
  })
  afterAll(async () => {
    await dashboard?.close()
  })

  it("staff see what an erasure would do without erasing anything", () =>
    onPage(dashboard, "customer-erasure", async (page) => {
      const email = DEMO_CUSTOMERS.erasure
      await signIn(page)
      await openCustomer(page, email)
      const widget = privacyWidget(page)

      await widget.getByRole("button", { name: "Erase customer" }).click()
      const drawer = page.getByRole("dialog", { name: "Erase the customer's data" })
      // Opening the drawer runs the dry run; its result lists what goes and what stays.
      await drawer.getByText("Erased", { exact: true }).waitFor()
      await drawer.getByText("Kept", { exact: true }).waitFor()
      // The customer has an order from the seed: its buyer details are accounting material.
      await drawer.getByText(/buyer details kept as accounting material until/).first().waitFor()
      await drawer.getByText(/row\(s\)/).first().waitFor()
      await drawer.getByRole("button", { name: /^(Erase now|Record the request)$/ }).waitFor()
      await drawer.getByRole("button", { name: "Cancel" }).click()
      await drawer.waitFor({ state: "hidden" })

      // A dry run changes nothing: the customer is still there and no erasure is on record.
      await page.reload()
      await page.getByRole("heading", { name: email }).waitFor()
      await widget.getByText("No erasure asked for.", { exact: false }).waitFor()
    }))
})
