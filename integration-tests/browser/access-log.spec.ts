import { onPage, openCustomer, openDashboard, privacyWidget, signIn, type Dashboard } from "./helpers/dashboard"
import { DEMO_CUSTOMERS, demoStore } from "./helpers/demo"

jest.setTimeout(300_000)

describe("Privacy → Access log", () => {
  let dashboard: Dashboard
  beforeAll(async () => {
    dashboard = await openDashboard()
  })
  afterAll(async () => {
    await dashboard?.close()
  })

  it("the officer sees who opened a customer in the widget and on the page, filters it, and checks the chain; an agent is told the role needed", () =>
    onPage(dashboard, "access-log", async (page) => {
      const demo = demoStore()
      const pageErrors: string[] = []
      page.on("pageerror", (error) => pageErrors.push(error.message))
      await page.context().clearCookies()
      await signIn(page, { email: demo.agentEmail, password: demo.agentPassword })
      // Read only: the profile spec's customer. The agent's visit is what the officer finds below.
      await openCustomer(page, DEMO_CUSTOMERS.profile)
      expect(await page.getByTestId("privacy-access-section").count()).toBe(0)
      await page.goto(`${demo.url}/app/privacy/access-log`)
      await page.getByText("Reading the access log needs the privacy_officer role.").waitFor()
      await page.context().clearCookies()

      await signIn(page)
      await openCustomer(page, DEMO_CUSTOMERS.profile)
      const section = privacyWidget(page).getByTestId("privacy-access-section")
      // The agent's visit (several requests of one page) is one line, below the officer's own.
      await section.getByText(new RegExp(`Read.* by ${demo.agentEmail.replace(".", "\\.")} \\(\\d+ requests\\)$`)).first().waitFor()
      await section.getByRole("link", { name: "Access log" }).click()

      await page.getByRole("heading", { name: "Access log", level: 1 }).waitFor()
      const rows = page.getByTestId("access-log-row")
      await rows.filter({ hasText: demo.agentEmail }).first().waitFor()
      expect(await page.getByLabel("Customer id").inputValue()).toMatch(/^cus_/)

      await page.getByRole("combobox", { name: "Action" }).click()
      await page.getByRole("option", { name: "Download" }).click()
      await page.getByText("No accesses recorded.").or(rows.first()).first().waitFor()
      expect(await rows.filter({ hasText: "Read" }).count()).toBe(0)

      await page.getByRole("button", { name: "Check the chain" }).click()
      await page.getByTestId("access-log-check").getByText(/^Chain intact: \d+ entries checked/).waitFor()
      expect(pageErrors).toEqual([])
    }))
})
