import { onPage, openCustomer, openDashboard, privacyWidget, signIn, type Dashboard } from "./helpers/dashboard"
import { DEMO_CUSTOMERS } from "./helpers/demo"

jest.setTimeout(300_000)

describe("The customer's privacy profile widget", () => {
  let dashboard: Dashboard
  beforeAll(async () => {
    dashboard = await openDashboard()
  })
  afterAll(async () => {
    await dashboard?.close()
  })

  it("staff edit the profile and the change is still there after a reload", () =>
    onPage(dashboard, "privacy-profile", async (page) => {
      await signIn(page)
      await openCustomer(page, DEMO_CUSTOMERS.profile)
      const widget = privacyWidget(page)

      await widget.getByRole("button", { name: "Edit", exact: true }).click()
      const drawer = page.getByRole("dialog", { name: "Edit privacy profile" })
      await drawer.getByLabel("Homepage").fill("https://olsen-keramikk.example.org")
      await drawer.getByLabel("Gender").click()
      await page.getByRole("option", { name: "Other", exact: true }).click()
      await drawer.getByRole("button", { name: "Save" }).click()
      await page.getByText("Privacy profile saved").waitFor()
      await drawer.waitFor({ state: "hidden" })

      await page.reload()
      await widget.getByText("Customer number").waitFor()
      await widget.getByRole("link", { name: "https://olsen-keramikk.example.org" }).waitFor()
      expect(await rowValue(widget, "Gender")).toBe("Other")
    }))
})

/** The value beside a row title in the widget, e.g. "Gender" -> "Other". */
async function rowValue(widget: ReturnType<typeof privacyWidget>, title: string): Promise<string> {
  const row = widget.locator("div").filter({ has: widget.page().getByText(title, { exact: true }) }).last()
  const text = (await row.innerText()).replace(title, "")
  return text.trim()
}
