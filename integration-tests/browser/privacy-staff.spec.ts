import { onPage, openDashboard, signIn, type Dashboard } from "./helpers/dashboard"
import { demoStore } from "./helpers/demo"

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
})
