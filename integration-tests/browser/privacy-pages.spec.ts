import { onPage, openDashboard, signIn, type Dashboard } from "./helpers/dashboard"

jest.setTimeout(300_000)

describe("The Privacy pages", () => {
  let dashboard: Dashboard
  beforeAll(async () => {
    dashboard = await openDashboard()
  })
  afterAll(async () => {
    await dashboard?.close()
  })

  it("Privacy, Data map and Retention open from the menu and show their content without errors", () =>
    onPage(dashboard, "privacy-pages", async (page) => {
      const pageErrors: string[] = []
      page.on("pageerror", (error) => pageErrors.push(error.message))
      await signIn(page)

      await page.getByRole("link", { name: "Privacy" }).first().click()
      await page.getByRole("heading", { name: "Privacy", level: 1 }).waitFor()
      await page.getByText("Finmug web shop customer register").waitFor()
      await page.getByText(/\d+ mapped fields/).waitFor()

      await page.getByRole("link", { name: "Open" }).first().click()
      await page.getByRole("heading", { name: "Data map", level: 1 }).waitFor()
      await page.getByRole("table").first().waitFor()
      expect(await page.getByRole("row").count()).toBeGreaterThan(5)

      await page.goBack()
      await page.getByRole("heading", { name: "Privacy", level: 1 }).waitFor()
      await page.getByRole("link", { name: "Open" }).nth(1).click()
      await page.getByRole("heading", { name: "Retention", level: 1 }).waitFor()
      await page.getByText(/\d+ customer\(s\) to erase, \d+ to warn/).waitFor()
      await page.getByRole("button", { name: "Run now" }).waitFor()

      expect(await page.locator(".text-ui-fg-error").count()).toBe(0)
      expect(pageErrors).toEqual([])
    }))
})
