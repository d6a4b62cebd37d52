import { onPage, openCustomer, openDashboard, privacyWidget, signIn, type Dashboard } from "./helpers/dashboard"
import { DEMO_CUSTOMERS, demoStore } from "./helpers/demo"

jest.setTimeout(300_000)

describe("Settings → Privacy staff", () => {
  let dashboard: Dashboard
  beforeAll(async () => {
    dashboard = await openDashboard()
  })
  afterAll(async () => {
    await dashboard?.close()
  })

  it("a user without a role is told which role the page needs; the officer lists, grants and revokes roles", () =>
    onPage(dashboard, "privacy-staff", async (page) => {
      const demo = demoStore()
      const pageErrors: string[] = []
      page.on("pageerror", (error) => pageErrors.push(error.message))

      await signIn(page, { email: demo.clerkEmail, password: demo.clerkPassword })
      await page.goto(`${demo.url}/app/settings/privacy-staff`)
      await page.getByRole("heading", { name: "Privacy staff", level: 1 }).waitFor()
      await page.getByText(/needs the privacy_officer role; you have no privacy role/).waitFor()
      await page.context().clearCookies()

      await signIn(page)
      await page.goto(`${demo.url}/app/settings`)
      await page.getByRole("link", { name: "Privacy staff" }).first().click()
      await page.getByRole("heading", { name: "Privacy staff", level: 1 }).waitFor()
      const row = (email: string) => page.getByRole("row").filter({ hasText: email })
      await row(demo.adminEmail).getByText("Privacy officer").waitFor()
      await row(demo.agentEmail).getByText("Privacy agent").waitFor()
      expect(await row(demo.clerkEmail).count()).toBe(0)

      await page.getByRole("combobox", { name: "User" }).click()
      await page.getByRole("option", { name: demo.clerkEmail }).click()
      await page.getByRole("combobox", { name: "Role" }).click()
      await page.getByRole("option", { name: "Privacy agent" }).click()
      await page.getByRole("button", { name: "Grant" }).click()
      await row(demo.clerkEmail).getByText("Privacy agent").waitFor()

      await row(demo.clerkEmail).getByRole("button", { name: `Revoke ${demo.clerkEmail}` }).click()
      await row(demo.clerkEmail).waitFor({ state: "detached" })
      expect(pageErrors).toEqual([])
    }))

  it("an agent sees a customer's privacy data and the erasure's dry run, but cannot erase or edit", () =>
    onPage(dashboard, "privacy-staff-agent", async (page) => {
      const demo = demoStore()
      await page.context().clearCookies()
      await signIn(page, { email: demo.agentEmail, password: demo.agentPassword })
      // Read only: the erasure spec's customer, whose erasure drawer this spec opens and closes.
      await openCustomer(page, DEMO_CUSTOMERS.erasure)
      const widget = privacyWidget(page)
      expect(await widget.getByRole("button", { name: "Edit", exact: true }).isDisabled()).toBe(true)

      await widget.getByRole("button", { name: "Erase customer" }).click()
      const drawer = page.getByRole("dialog", { name: "Erase the customer's data" })
      await drawer.getByText("Erased", { exact: true }).waitFor()
      await drawer.getByRole("textbox").fill("Request by letter of 3 May")
      expect(await drawer.getByRole("button", { name: /^(Erase now|Record the request)$/ }).isDisabled()).toBe(true)
      await drawer.getByRole("button", { name: "Cancel" }).click()
    }))
})
