import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { signUpCustomer, type SignedInCustomer } from "../helpers/customer"
import { hostAppDir } from "../helpers/host-app"
import { openMailbox, tokenOf } from "../helpers/mailbox"
import { act, recordRequest } from "../helpers/requests"
import { createStoreContext, type StoreContext } from "../helpers/store"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "requests",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let officer: AdminSession
    let agent: AdminSession
    let kari: SignedInCustomer

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      officer = await createAdminUser(api, getContainer())
      agent = await createAdminUser(api, getContainer(), undefined, "privacy_agent")
      kari = await signUpCustomer(api, store.publishableKey, { email: "kari.requests@example.test" })
    })

    describe("recording a request", () => {
      it("numbers it, starts the clock on the day it reached the shop and computes the due date from the Finnish calendar", async () => {
        const letter = await recordRequest(api, agent, { customer_id: kari.id, rights: ["access", "erasure"], received_at: "2026-03-05T10:00:00Z", verification_method: "signed_document" })
        expect(letter).toMatchObject({
          reference: expect.stringMatching(/^R-2026-\d{4}$/),
          status: "in_progress",
          received_on: "2026-03-05",
          email: kari.email,
          rights: ["access", "erasure"],
          // 5 April 2026 is Easter Sunday and 6 April Easter Monday.
          deadline: { first_due_on: "2026-04-07", due_on: "2026-04-07", overdue: true, extended: false },
        })
        const late = await recordRequest(api, agent, { email: "Someone@Example.test", received_at: "2026-01-31T12:00:00Z" })
        expect(late).toMatchObject({ status: "received", email: "someone@example.test", customer_id: null, deadline: { due_on: "2026-03-02" } })
        expect(Number(late.reference.slice(7))).toBe(Number(letter.reference.slice(7)) + 1)
      })

      it("refuses a date in the future, an unknown right, a request with no person and an unknown customer, naming what is wrong", async () => {
        const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
        const post = (body: Record<string, unknown>) => api.post("/admin/privacy/requests", { channel: "letter", rights: ["access"], ...body }, { headers: agent.headers, validateStatus: () => true })
        const future = await post({ customer_id: kari.id, received_at: tomorrow })
        expect(future.status).toBe(400)
        expect(future.data.message).toContain("received_at must not be in the future")
        const right = await post({ customer_id: kari.id, rights: ["forget_me"] })
        expect(right.status).toBe(400)
        expect(right.data.message).toContain("'rights' must list some of access, portability")
        const nobody = await post({})
        expect(nobody.status).toBe(400)
        expect(nobody.data.message).toContain("give 'customer_id' or 'email'")
        const unknown = await post({ customer_id: "cus_01UNKNOWN000000000000000000" })
        expect(unknown.status).toBe(404)
        const { data } = await api.get("/admin/privacy/requests", { headers: agent.headers })
        expect(data.requests).toEqual([])
      })
    })

    describe("moving a request through its states", () => {
      it("allows each action only from its states, answering 409 with the current state", async () => {
        const request = await recordRequest(api, agent, { customer_id: kari.id })
        expect((await act(api, agent, request.id, "complete")).status).toBe(409)
        expect((await act(api, agent, request.id, "complete")).data.message).toContain(`Request ${request.reference} is received: it cannot be completed`)
        expect((await act(api, agent, request.id, "resume")).status).toBe(409)
        const paused = await act(api, agent, request.id, "pause", { note: "Asked for a signed letter" })
        expect(paused.data.request).toMatchObject({ status: "awaiting_verification", deadline: { paused: true } })
        const verified = await act(api, agent, request.id, "verify", { method: "signed_document" })
        expect(verified.data.request).toMatchObject({ status: "in_progress", verification_method: "signed_document", deadline: { paused: false } })
        expect((await act(api, agent, request.id, "verify", { method: "in_person" })).data.message).toContain("is in progress: it cannot be verified")
        const bad = await act(api, agent, request.id, "verify", { method: "passport_copy" })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("for field 'method', but got: 'passport_copy'")
        const done = await act(api, agent, request.id, "complete", { note: "Sent the copy" })
        expect(done.data.request).toMatchObject({ status: "completed", outcome: "done", closed_at: expect.any(String) })
        for (const action of ["pause", "withdraw", "extend", "complete", "export"]) {
          const late = await act(api, agent, request.id, action, action === "extend" ? { reason: "x" } : {})
          expect([action, late.status]).toEqual([action, 409])
          expect(late.data.message).toContain("is completed")
        }
        const { data } = await api.get(`/admin/privacy/requests/${request.id}`, { headers: agent.headers })
        expect(data.request.timeline.map((event: { kind: string }) => event.kind)).toEqual(expect.arrayContaining(["created", "paused", "verified", "completed"]))
        expect(data.request.timeline.find((event: { kind: string }) => event.kind === "paused")).toMatchObject({ from_status: "received", to_status: "awaiting_verification", actor: { type: "user", id: agent.userId } })
      })

      it("completes once when two staff members click at the same time", async () => {
        const request = await recordRequest(api, agent, { customer_id: kari.id, verification_method: "in_person" })
        const answers = await Promise.all([act(api, agent, request.id, "complete"), act(api, officer, request.id, "complete")])
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
        const { data } = await api.get(`/admin/privacy/requests/${request.id}`, { headers: agent.headers })
        expect(data.request.timeline.filter((event: { kind: string }) => event.kind === "completed")).toHaveLength(1)
      })

      it("moves the due date by the days the shop waited for identity", async () => {
        const request = await recordRequest(api, agent, { customer_id: kari.id, received_at: new Date().toISOString() })
        await act(api, agent, request.id, "pause")
        // The question went out ten days ago: the wait is counted from then to today.
        const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000)
        const asked = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(tenDaysAgo)
        await dbConnection.raw(`UPDATE privacy_request SET paused_since = ?, received_on = ?, received_at = ? WHERE id = ?`, [asked, asked, tenDaysAgo.toISOString(), request.id])
        const resumed = await act(api, agent, request.id, "resume")
        expect(resumed.data.request).toMatchObject({ status: "received", deadline: { paused: false, paused_days: 10 } })
        // A month from the day it arrived is at most 31 days (34 with a weekend and a holiday); the wait adds its 10.
        const days = (Date.parse(resumed.data.request.deadline.due_on) - Date.parse(asked)) / 86_400_000
        expect(days).toBeGreaterThanOrEqual(38)
      })

      it("extends by two further months with a reason before the first due date, once, and never after it", async () => {
        const fresh = await recordRequest(api, agent, { customer_id: kari.id, verification_method: "in_person" })
        expect((await act(api, agent, fresh.id, "extend", {})).status).toBe(400)
        const extended = await act(api, agent, fresh.id, "extend", { reason: "Many years of orders to go through" })
        expect(extended.status).toBe(200)
        expect(extended.data.request.deadline).toMatchObject({ extended: true, extension_reason: "Many years of orders to go through" })
        expect(extended.data.request.deadline.due_on > fresh.deadline.due_on).toBe(true)
        expect((await act(api, agent, fresh.id, "extend", { reason: "again" })).data.message).toContain("already extended")
        const old = await recordRequest(api, agent, { customer_id: kari.id, received_at: "2026-03-05T10:00:00Z" })
        const refused = await act(api, agent, old.id, "extend", { reason: "Too late" })
        expect(refused.status).toBe(409)
        expect(refused.data.message).toContain("must be told before the first due date, 2026-04-07")
      })
    })

    describe("the inbox", () => {
      it("filters overdue, open, by right and person, sorts open requests by due date and pages by cursor", async () => {
        const overdue = await recordRequest(api, agent, { customer_id: kari.id, received_at: "2026-03-05T10:00:00Z", rights: ["erasure"] })
        const fresh = await recordRequest(api, agent, { email: "newsletter.only@example.test", rights: ["access"] })
        const closed = await recordRequest(api, agent, { customer_id: kari.id, verification_method: "in_person" })
        await act(api, agent, closed.id, "withdraw")
        const list = async (query: string) => (await api.get(`/admin/privacy/requests?${query}`, { headers: agent.headers })).data
        expect((await list("overdue=true")).requests.map((row: { id: string }) => row.id)).toEqual([overdue.id])
        expect((await list("order=due_on")).requests.map((row: { id: string }) => row.id)).toEqual([overdue.id, fresh.id])
        expect((await list("right=erasure")).requests.map((row: { id: string }) => row.id)).toEqual([overdue.id])
        expect((await list("email=Newsletter.Only@example.test")).requests.map((row: { id: string }) => row.id)).toEqual([fresh.id])
        expect((await list(`customer_id=${kari.id}&status=withdrawn`)).requests.map((row: { id: string }) => row.id)).toEqual([closed.id])
        const first = await list("limit=2")
        expect(first.requests.map((row: { id: string }) => row.id)).toEqual([closed.id, fresh.id])
        const second = await list(`limit=2&cursor=${first.next_cursor}`)
        expect(second).toMatchObject({ next_cursor: null, requests: [{ id: overdue.id }] })
        const bad = await api.get("/admin/privacy/requests?overdue=maybe", { headers: agent.headers, validateStatus: () => true })
        expect(bad.status).toBe(400)
        const stats = (await api.get("/admin/privacy/request-stats", { headers: agent.headers })).data.stats
        expect(stats).toMatchObject({ open: 2, overdue: 1 })
      })
    })

    describe("requests from the storefront", () => {
      it("verifies a signed-in customer's request by the session and lists it on their account", async () => {
        const { data, status } = await api.post("/store/privacy/requests", { rights: ["access"], language: "nb" }, { headers: kari.headers })
        expect(status).toBe(201)
        expect(data.request).toMatchObject({ status: "in_progress", channel: "account", verification_method: "session", customer_id: kari.id, language: "nb" })
        expect(data.request.created_by).toBeUndefined()
        const own = await api.get("/store/customers/me/privacy/requests", { headers: kari.headers })
        expect(own.data.requests.map((row: { id: string }) => row.id)).toEqual([data.request.id])
        const other = await signUpCustomer(api, store.publishableKey)
        expect((await api.get("/store/customers/me/privacy/requests", { headers: other.headers })).data.requests).toEqual([])
      })

      it("answers an address the same whether known or not, and a link scanner's GET verifies nothing; the button does", async () => {
        const mailbox = openMailbox(getContainer())
        const pk = { "x-publishable-api-key": store.publishableKey }
        const known = await api.post("/store/privacy/requests", { rights: ["access"], email: kari.email, language: "sv" }, { headers: pk })
        const unknown = await api.post("/store/privacy/requests", { rights: ["access"], email: "nobody@example.test" }, { headers: pk })
        expect([known.status, unknown.status]).toEqual([202, 202])
        expect(known.data).toEqual(unknown.data)
        expect(JSON.stringify(known.data)).not.toContain("R-")
        const missing = await api.post("/store/privacy/requests", { rights: ["access"] }, { headers: pk, validateStatus: () => true })
        expect(missing.status).toBe(400)

        const link = await waitFor(() => mailbox.to(kari.email).find((mail) => mail.template === "privacy-request-verify")?.data.verify_url)
        const { data } = await api.get(`/admin/privacy/requests?email=${kari.email}`, { headers: agent.headers })
        const request = data.requests[0]
        expect(request).toMatchObject({ status: "awaiting_verification", channel: "web_form", language: "sv", deadline: { paused: true } })
        expect(JSON.stringify((await api.get("/admin/notifications?limit=100", { headers: officer.headers })).data)).not.toContain(tokenOf(link))
        // Doing anything for it waits for the verification.
        expect((await act(api, agent, request.id, "export")).status).toBe(409)

        const page = await api.get(new URL(link).pathname + new URL(link).search)
        expect(page.data).toContain('<form method="post" action="/privacy/requests/verify">')
        expect((await api.get(`/admin/privacy/requests/${request.id}`, { headers: agent.headers })).data.request.status).toBe("awaiting_verification")
        const confirmed = await api.post("/privacy/requests/verify", `token=${tokenOf(link)}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        expect(confirmed.data).toContain(request.reference)
        const after = (await api.get(`/admin/privacy/requests/${request.id}`, { headers: agent.headers })).data.request
        expect(after).toMatchObject({ status: "in_progress", verification_method: "email_link", deadline: { paused: false } })
        const again = await api.post("/privacy/requests/verify", `token=${tokenOf(link)}`, { headers: { "content-type": "application/x-www-form-urlencoded" }, validateStatus: () => true })
        expect(again.status).toBe(400)
        expect((await api.get("/privacy/requests/verify?token=forged", { validateStatus: () => true })).status).toBe(400)
        mailbox.close()
      })
    })
  },
})

async function waitFor<T>(read: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error("timed out waiting")
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
