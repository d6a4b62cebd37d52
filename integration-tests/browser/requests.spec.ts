import type { Page } from "playwright-core"
import { onPage, openCustomer, openDashboard, privacyWidget, signIn, type Dashboard } from "./helpers/dashboard"
import { demoStore } from "./helpers/demo"

jest.setTimeout(300_000)

// Customers of the demo seed that no other spec uses, one per case.
const LETTER = "marit.pedersen@example.com"
const LATE = "jonas.nilsen@example.com"
const ERASURE = "eva.kristiansen@example.com"

/** The customer's id, read with the signed-in session as the dashboard does. */
async function customerId(page: Page, email: string): Promise<string> {
  const response = await page.context().request.get(`${demoStore().url}/admin/customers`, { params: { email, fields: "id" } })
  const { customers } = (await response.json()) as { customers: { id: string }[] }
  expect(customers).toHaveLength(1)
  return customers[0].id
}

async function openRequests(page: Page) {
  await page.getByRole("link", { name: "Privacy" }).first().click()
  await page.getByRole("heading", { name: "Privacy", level: 1 }).waitFor()
  await page.locator("div").filter({ has: page.getByRole("heading", { name: "Requests", level: 2 }) }).getByRole("link", { name: "Open" }).last().click()
  await page.getByRole("heading", { name: "Requests", level: 1 }).waitFor()
}

/** Fills the "Record request" drawer and saves; resolves with the reference the toast names. */
async function recordRequest(page: Page, fields: { rights: string[]; channel: string; customerId?: string; receivedAt?: string; note?: string }) {
  await page.getByRole("button", { name: "Record request" }).first().click()
  const drawer = page.getByRole("dialog", { name: "Record a request" })
  for (const right of fields.rights) await drawer.getByRole("checkbox", { name: right, exact: true }).click()
  await drawer.getByRole("combobox", { name: "Channel" }).click()
  await page.getByRole("option", { name: fields.channel, exact: true }).click()
  if (fields.receivedAt) await drawer.getByLabel("Received at").fill(fields.receivedAt)
  if (fields.customerId) await drawer.getByLabel("Customer id").fill(fields.customerId)
  if (fields.note) await drawer.getByLabel("Note (optional)").fill(fields.note)
  await drawer.getByRole("button", { name: "Record", exact: true }).click()
  const toast = page.getByText(/^Request \S+ recorded$/).first()
  await toast.waitFor()
  const reference = (await toast.textContent())!.replace(/^Request /, "").replace(/ recorded$/, "")
  await drawer.waitFor({ state: "hidden" })
  return reference
}

/** Clicks an action button on the request page, then the drawer's button of the same label. */
async function act(page: Page, label: string, dialog: string, fill?: (drawer: ReturnType<Page["getByRole"]>) => Promise<void>) {
  await page.getByTestId("request-actions").getByRole("button", { name: label, exact: true }).click()
  const drawer = page.getByRole("dialog", { name: dialog })
  await fill?.(drawer)
  await drawer.getByRole("button", { name: label, exact: true }).click()
  await drawer.waitFor({ state: "hidden" })
}

describe("Privacy → Requests", () => {
  let dashboard: Dashboard
  beforeAll(async () => {
    dashboard = await openDashboard()
  })
  afterAll(async () => {
    await dashboard?.close()
  })

  it("the officer records a letter, verifies it, starts the export it asks for and completes it; the customer page lists it", () =>
    onPage(dashboard, "requests-letter", async (page) => {
      const pageErrors: string[] = []
      page.on("pageerror", (error) => pageErrors.push(error.message))
      await page.context().clearCookies()
      await signIn(page)
      await openRequests(page)
      await page.getByTestId("request-stats").getByText("Answered within one month").waitFor()

      const reference = await recordRequest(page, { rights: ["Access"], channel: "Letter", customerId: await customerId(page, LETTER), note: "Signed letter" })
      const row = page.getByTestId("request-row").filter({ hasText: reference })
      await row.getByText(LETTER).waitFor()
      await row.getByText(/^Due in \d+ days$/).waitFor()
      await row.getByText("Received", { exact: true }).waitFor()

      await row.getByRole("link", { name: reference }).click()
      await page.getByRole("heading", { name: reference, level: 1 }).waitFor()
      await page.getByRole("link", { name: LETTER }).waitFor()
      expect(await page.getByTestId("request-actions").getByRole("button", { name: "Complete" }).count()).toBe(0)

      await act(page, "Verify", "Identity verified", async (drawer) => {
        await drawer.getByRole("combobox", { name: "Method" }).click()
        await page.getByRole("option", { name: "Signed letter or document" }).click()
      })
      await page.getByTestId("request-actions").getByRole("button", { name: "Start export" }).waitFor()
      expect(await page.getByTestId("request-actions").getByRole("button", { name: "Verify" }).count()).toBe(0)

      await page.getByTestId("request-actions").getByRole("button", { name: "Start export" }).click()
      await page.getByTestId("request-links").getByText(/^Export/).waitFor()
      await page.getByTestId("request-event").filter({ hasText: "Linked" }).filter({ hasText: "Export" }).waitFor()

      await act(page, "Complete", "Complete the request", async (drawer) => {
        await drawer.getByLabel("Note (optional)").fill("Export sent to the address on file")
      })
      await page.getByTestId("request-event").filter({ hasText: "Completed" }).first().waitFor()
      expect(await page.getByTestId("request-actions").getByRole("button", { name: "Withdraw" }).count()).toBe(0)

      await openCustomer(page, LETTER)
      const section = privacyWidget(page).getByTestId("privacy-requests-section")
      const listed = section.getByTestId("customer-request-row").filter({ hasText: reference })
      await listed.getByText("Completed").waitFor()
      // Recorded from the customer page, the request is for this customer without typing the id.
      await section.getByRole("button", { name: "Record request" }).click()
      const drawer = page.getByRole("dialog", { name: "Record a request" })
      expect(await drawer.getByLabel("Customer id").inputValue()).toMatch(/^cus_/)
      await drawer.getByRole("checkbox", { name: "Rectification", exact: true }).click()
      await drawer.getByRole("button", { name: "Record", exact: true }).click()
      await drawer.waitFor({ state: "hidden" })
      await section.getByTestId("customer-request-row").nth(1).waitFor()
      await section.getByTestId("customer-request-row").first().getByText(/^Due in \d+ days$/).waitFor()

      await listed.getByRole("link", { name: reference }).click()
      await page.getByRole("heading", { name: reference, level: 1 }).waitFor()
      expect(pageErrors).toEqual([])
    }))

  it("a request received in March is overdue and found with the overdue filter", () =>
    onPage(dashboard, "requests-overdue", async (page) => {
      await page.context().clearCookies()
      await signIn(page)
      await openRequests(page)
      const reference = await recordRequest(page, { rights: ["Access"], channel: "Phone", customerId: await customerId(page, LATE), receivedAt: "2026-03-02T10:00" })
      const row = page.getByTestId("request-row").filter({ hasText: reference })
      await row.getByText(/^Overdue/).waitFor()

      await page.getByRole("checkbox", { name: "Overdue only" }).click()
      await row.waitFor()
      const rows = page.getByTestId("request-row")
      for (const text of await rows.allTextContents()) expect(text).toMatch(/Overdue/)
      expect(await rows.filter({ hasText: LETTER }).count()).toBe(0)
    }))

  it("an agent works an erasure request but is not offered refusing, completing it or erasing; a user without a role is told the role needed", () =>
    onPage(dashboard, "requests-agent", async (page) => {
      const demo = demoStore()
      await page.context().clearCookies()
      await signIn(page, { email: demo.clerkEmail, password: demo.clerkPassword })
      await page.goto(`${demo.url}/app/privacy/requests`)
      await page.getByText("Data subject requests need the privacy_agent role.").waitFor()
      await page.context().clearCookies()

      await signIn(page, { email: demo.agentEmail, password: demo.agentPassword })
      await openRequests(page)
      const reference = await recordRequest(page, { rights: ["Erasure"], channel: "E-mail", customerId: await customerId(page, ERASURE) })
      await page.getByTestId("request-row").filter({ hasText: reference }).getByRole("link", { name: reference }).click()
      await page.getByRole("heading", { name: reference, level: 1 }).waitFor()
      const actions = page.getByTestId("request-actions")
      await act(page, "Verify", "Identity verified")
      await actions.getByRole("button", { name: "Erase" }).waitFor()
      expect(await actions.getByRole("button", { name: "Refuse" }).count()).toBe(0)
      expect(await actions.getByRole("button", { name: "Complete" }).count()).toBe(0)
      expect(await actions.getByRole("button", { name: "Lift restriction" }).count()).toBe(0)

      await actions.getByRole("button", { name: "Erase" }).click()
      const drawer = page.getByRole("dialog", { name: "Erase for this request" })
      await drawer.getByText("Erased", { exact: true }).waitFor()
      await drawer.getByText("Erasing needs the privacy_officer role; this is what it would do.").waitFor()
      expect(await drawer.getByRole("button", { name: "Erase now" }).count()).toBe(0)
      await drawer.getByRole("button", { name: "Cancel" }).click()
    }))
})
