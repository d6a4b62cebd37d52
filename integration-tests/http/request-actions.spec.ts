import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { checkout, createCatalogue } from "../helpers/checkout"
import { signUpCustomer, type SignedInCustomer } from "../helpers/customer"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { openMailbox } from "../helpers/mailbox"
import { act, recordRequest } from "../helpers/requests"
import { createStoreContext, type StoreContext } from "../helpers/store"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "requestactions",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let officer: AdminSession
    let agent: AdminSession
    let kari: SignedInCustomer

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      officer = await createAdminUser(api, getContainer())
      agent = await createAdminUser(api, getContainer(), undefined, "privacy_agent")
      kari = await signUpCustomer(api, store.publishableKey, { email: "kari.actions@example.test" })
    })

    const grantMarketing = (customer: SignedInCustomer) =>
      api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: true, source: "storefront" }, { headers: customer.headers })
    const audience = async () =>
      (await api.get("/admin/privacy/audience", { headers: officer.headers, params: { purpose: "marketing", channel: "email" } })).data.audience.map((row: { customer_id: string }) => row.customer_id)
    const mailsOf = async (mailbox: ReturnType<typeof openMailbox>, to: string, template: string) => {
      for (let i = 0; i < 100; i++) {
        const found = mailbox.to(to).filter((mail) => mail.template === template)
        if (found.length) return found
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return []
    }

    describe("answers", () => {
      it("refuses with the reasons, the supervisory authority and the right to a judicial remedy, in each of the four languages", async () => {
        const mailbox = openMailbox(getContainer())
        const privacy = getContainer().resolve("privacy")
        const authority = privacy.getOptions().supervisoryAuthorities[0]
        const { localize } = builtPlugin("modules/privacy/lib/localized")
        const texts = builtPlugin("modules/privacy/requests/texts")
        for (const language of ["nb", "fi", "sv", "en"]) {
          const email = `refused.${language}@example.test`
          const request = await recordRequest(api, officer, { email, language, rights: ["erasure"], verification_method: "signed_document" })
          const refused = await act(api, officer, request.id, "refuse", { reason: "Manifestly unfounded: the fifth identical request this month" })
          expect(refused.status).toBe(200)
          const [mail] = await mailsOf(mailbox, email, "privacy-request-refused")
          const expected = texts.requestTextsFor(language).refusal({
            shop: privacy.getOptions().controller.name, reference: request.reference, receivedOn: request.received_on, rights: ["erasure"],
            reason: "Manifestly unfounded: the fifth identical request this month",
            authority: { name: localize(authority.name, language), address: authority.address ? localize(authority.address, language) : undefined, website: authority.url, email: authority.email },
            contact: privacy.getOptions().contactPerson?.email ?? privacy.getOptions().controller.email,
          })
          expect(mail.data).toMatchObject({ subject: expected.subject, text: expected.text, language, reference: request.reference })
          expect(mail.data.text).toContain(localize(authority.name, language))
          expect(mail.data.text).toContain("Manifestly unfounded")
        }
        expect((await act(api, agent, (await recordRequest(api, agent, { email: "x@example.test" })).id, "refuse", { reason: "x" })).status).toBe(403)
        mailbox.close()
      })

      it("answers an address with nothing held with a 'no data held' answer", async () => {
        const mailbox = openMailbox(getContainer())
        const request = await recordRequest(api, agent, { email: "stranger@example.test", rights: ["access"], verification_method: "in_person", language: "fi" })
        const done = await act(api, agent, request.id, "complete", { outcome: "no_data" })
        expect(done.data.request).toMatchObject({ status: "completed", outcome: "no_data" })
        const [mail] = await mailsOf(mailbox, "stranger@example.test", "privacy-request-no-data")
        expect(mail.data).toMatchObject({ reference: request.reference, language: "fi" })
        const { data } = await api.get(`/admin/privacy/requests/${request.id}`, { headers: agent.headers })
        expect(data.request.timeline.map((event: { kind: string }) => event.kind)).toContain("answer_sent")
        mailbox.close()
      })

      it("tells the person of an extension with its reason and the new date", async () => {
        const mailbox = openMailbox(getContainer())
        const request = await recordRequest(api, agent, { customer_id: kari.id, language: "sv" })
        const extended = await act(api, agent, request.id, "extend", { reason: "Ett stort antal beställningar" })
        const [mail] = await mailsOf(mailbox, kari.email, "privacy-request-extended")
        expect(mail.data.text).toContain("Ett stort antal beställningar")
        expect(mail.data.text).toContain(request.reference)
        expect(extended.data.request.deadline.extended).toBe(true)
        mailbox.close()
      })
    })

    describe("doing what was asked", () => {
      it("restricts processing: the person leaves the audience and retention holds their data, until an officer lifts it", async () => {
        await grantMarketing(kari)
        expect(await audience()).toContain(kari.id)
        const request = await recordRequest(api, agent, { customer_id: kari.id, rights: ["restriction"], verification_method: "signed_document" })
        const restricted = await act(api, agent, request.id, "restrict", { reason: "Disputes the accuracy of the address (Art. 18(1)(a))" })
        expect(restricted.status).toBe(201)
        expect(await audience()).not.toContain(kari.id)
        const dryRun = await api.post(`/admin/customers/${kari.id}/privacy/erasure?dry_run=true`, {}, { headers: agent.headers })
        expect(dryRun.data.dry_run).toMatchObject({ erasable: false, blocked: [{ hold: "restricted", order_id: null }] })
        expect((await act(api, agent, request.id, "lift-restriction", { note: "Told by e-mail" })).status).toBe(403)
        const lifted = await act(api, officer, request.id, "lift-restriction", { note: "Address confirmed; told by e-mail on 2 December" })
        expect(lifted.data.restrictions).toHaveLength(1)
        expect(await audience()).toContain(kari.id)
        expect((await act(api, officer, request.id, "lift-restriction", { note: "again" })).status).toBe(409)
      })

      it("records an objection as withdrawals for the person, linked to the request", async () => {
        await grantMarketing(kari)
        const request = await recordRequest(api, agent, { customer_id: kari.id, rights: ["objection"], channel: "phone", verification_method: "id_checked" })
        const objected = await act(api, agent, request.id, "object")
        expect(objected.status).toBe(200)
        const { data } = await api.get(`/admin/customers/${kari.id}/privacy/consents`, { headers: agent.headers })
        expect(data.consents.find((consent: { purpose: string; channel: string }) => consent.purpose === "marketing" && consent.channel === "email")).toMatchObject({ granted: false })
        expect(await audience()).not.toContain(kari.id)
        const detail = (await api.get(`/admin/privacy/requests/${request.id}`, { headers: agent.headers })).data.request
        expect(detail.links).toEqual([expect.objectContaining({ kind: "consent_event", ids: objected.data.consent_events })])
      })

      it("exports for a verified request and links the export; the answer says a copy was sent", async () => {
        const request = await recordRequest(api, agent, { customer_id: kari.id, rights: ["access"], verification_method: "signed_document" })
        const started = await act(api, agent, request.id, "export")
        expect(started.status).toBe(202)
        expect(started.data.export).toMatchObject({ id: expect.stringMatching(/^pexp_/), requested_by: "staff", verification: "signed_document" })
        const detail = (await api.get(`/admin/privacy/requests/${request.id}`, { headers: agent.headers })).data.request
        expect(detail.links).toEqual([expect.objectContaining({ kind: "export", id: started.data.export.id })])
      })

      it("erases for an erasure request (officers only), keeps what the law keeps and answers in part; an open order holds it", async () => {
        const mailbox = openMailbox(getContainer())
        await grantMarketing(kari)
        const request = await recordRequest(api, agent, { customer_id: kari.id, rights: ["erasure"], verification_method: "signed_document", language: "en" })
        const dryRun = await act(api, agent, request.id, "erase", { dry_run: true })
        expect(dryRun.data.dry_run).toMatchObject({ erasable: true })
        expect((await act(api, agent, request.id, "erase", { dry_run: false })).status).toBe(403)
        const erased = await act(api, officer, request.id, "erase", { dry_run: false })
        expect(erased.status).toBe(202)
        // The access log is kept too once the batched writer has recorded staff reading the customer.
        expect(erased.data.kept.map((item: { kind: string }) => item.kind).filter((kind: string) => kind !== "access_log")).toEqual(["consent_proof", "request_records"])
        const byAgent = await act(api, agent, request.id, "complete")
        expect(byAgent.status).toBe(403)
        expect(byAgent.data.message).toContain("needs the privacy_officer role")
        const done = await act(api, officer, request.id, "complete")
        expect(done.data.request).toMatchObject({ status: "completed", outcome: "partial", kept: expect.arrayContaining([expect.objectContaining({ kind: "consent_proof" }), expect.objectContaining({ kind: "request_records" })]) })
        const [mail] = await mailsOf(mailbox, kari.email, "privacy-request-completed")
        expect(mail.data.text).toContain(request.reference)

        const catalogue = await createCatalogue(api, officer, store)
        const buyer = await signUpCustomer(api, store.publishableKey)
        await checkout(api, catalogue, { email: buyer.email, headers: buyer.headers })
        const held = await recordRequest(api, agent, { customer_id: buyer.id, rights: ["erasure"], verification_method: "in_person" })
        const blocked = await act(api, officer, held.id, "erase", { dry_run: false })
        expect(blocked.status).toBe(409)
        expect(blocked.data.message).toContain("The erasure is held")
        mailbox.close()
      })
    })

    describe("a person without an account", () => {
      it("exports and erases a newsletter-only person's sign-up by the request's verified address, and finds nothing for an unknown one", async () => {
        const pk = { "x-publishable-api-key": store.publishableKey }
        await api.post("/store/privacy/consents", { email: "reader.only@example.test", purpose: "marketing", channel: "email", language: "fi" }, { headers: pk })
        const request = await recordRequest(api, agent, { email: "reader.only@example.test", rights: ["access", "erasure"], verification_method: "signed_document", language: "fi" })
        const exported = await act(api, agent, request.id, "export")
        expect(exported.status).toBe(202)
        expect(exported.data).toMatchObject({ held: true, export: { id: expect.stringMatching(/^pexp_/) } })
        const dryRun = await act(api, agent, request.id, "erase", { dry_run: true })
        expect(dryRun.data).toMatchObject({ held: true, dry_run: { erasable: true } })
        const erased = await act(api, officer, request.id, "erase", { dry_run: false })
        expect(erased.status).toBe(202)
        const { rows } = await dbConnection.raw(`SELECT count(*)::int AS n FROM privacy_consent_subject WHERE lower(email) = 'reader.only@example.test'`)
        expect(rows[0].n).toBe(0)
        const detail = (await api.get(`/admin/privacy/requests/${request.id}`, { headers: agent.headers })).data.request
        expect(detail.links.map((link: { kind: string }) => link.kind)).toEqual(["export", "erasure"])
        expect((await act(api, officer, request.id, "complete")).data.request.status).toBe("completed")

        const stranger = await recordRequest(api, agent, { email: "never.here@example.test", rights: ["access"], verification_method: "in_person" })
        const nothing = await act(api, agent, stranger.id, "export")
        expect(nothing.data).toMatchObject({ held: false, export: null })
        const account = await recordRequest(api, agent, { email: kari.email, rights: ["access"], verification_method: "in_person" })
        const refused = await act(api, agent, account.id, "export")
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("belongs to a customer account")
      })
    })

    describe("reminders and records", () => {
      it("reminds officers once a day of requests due within a week and of overdue ones", async () => {
        const mailbox = openMailbox(getContainer())
        const overdue = await recordRequest(api, agent, { customer_id: kari.id, received_at: "2026-03-05T10:00:00Z" })
        const soon = await recordRequest(api, agent, { email: "soon@example.test" })
        const inThreeDays = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(new Date(Date.now() + 3 * 86_400_000))
        await dbConnection.raw(`UPDATE privacy_request SET due_on = ? WHERE id = ?`, [inThreeDays, soon.id])
        await recordRequest(api, agent, { email: "later@example.test" })
        const events = getContainer().resolve(Modules.EVENT_BUS)
        const emitted: string[] = []
        const spy = jest.spyOn(events, "emit").mockImplementation(async (messages: any) => {
          for (const message of [messages].flat()) if (message.name.startsWith("privacy.request.")) emitted.push(`${message.name}:${message.data.id}`)
        })
        const { remindOfficers } = builtPlugin("requests/reminders")
        const first = await remindOfficers(getContainer())
        spy.mockRestore()
        expect(first).toMatchObject({ due_soon: 1, overdue: 1 })
        expect(first.officers).toBeGreaterThanOrEqual(1)
        expect(emitted.sort()).toEqual([`privacy.request.due_soon:${soon.id}`, `privacy.request.overdue:${overdue.id}`].sort())
        const feed = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed", template: "admin-ui" })
        expect(JSON.stringify(feed)).toContain(overdue.reference)
        expect(JSON.stringify(feed)).not.toContain("soon@example.test")
        expect((await remindOfficers(getContainer())).due_soon + (await remindOfficers(getContainer())).overdue).toBe(0)
        mailbox.close()
      })

      it("closes a request from the public form whose link expired unused a week ago, and leaves a recent one waiting", async () => {
        const pk = { "x-publishable-api-key": store.publishableKey }
        await api.post("/store/privacy/requests", { rights: ["access"], email: "forgot.to.click@example.test" }, { headers: pk })
        await api.post("/store/privacy/requests", { rights: ["access"], email: "will.click@example.test" }, { headers: pk })
        const { rows } = await dbConnection.raw(`SELECT id FROM privacy_request WHERE email = 'forgot.to.click@example.test'`)
        await dbConnection.raw(`UPDATE privacy_request SET received_at = now() - interval '11 days' WHERE id = ?`, [rows[0].id])
        expect(await getContainer().resolve("privacy").closeUnverifiedRequests()).toBe(1)
        const list = async (email: string) => (await api.get(`/admin/privacy/requests?email=${email}`, { headers: agent.headers })).data.requests[0]
        expect(await list("forgot.to.click@example.test")).toMatchObject({ status: "withdrawn", outcome: "withdrawn" })
        expect(await list("will.click@example.test")).toMatchObject({ status: "awaiting_verification" })
      })

      it("deletes requests requestRecordYears after they close, with their timelines, and keeps open ones", async () => {
        const closed = await recordRequest(api, agent, { customer_id: kari.id, verification_method: "in_person" })
        await act(api, agent, closed.id, "complete")
        const open = await recordRequest(api, agent, { customer_id: kari.id, received_at: "2026-03-05T10:00:00Z" })
        const { runRetention } = builtPlugin("workflows")
        const later = new Date(Date.now() + (3 * 366 + 1) * 86_400_000)
        await runRetention(getContainer(), { trigger: "schedule", now: later })
        const { rows } = await dbConnection.raw(`SELECT id FROM privacy_request WHERE id IN (?, ?)`, [closed.id, open.id])
        expect(rows.map((row: { id: string }) => row.id)).toEqual([open.id])
        const { rows: events } = await dbConnection.raw(`SELECT count(*)::int AS n FROM privacy_request_event WHERE request_id = ?`, [closed.id])
        expect(events[0].n).toBe(0)
      })

      it("puts the person's requests in their export", async () => {
        const request = await recordRequest(api, agent, { customer_id: kari.id, rights: ["access", "rectification"], verification_method: "in_person" })
        const started = await act(api, agent, request.id, "export")
        const { waitForExport } = await import("../helpers/exports")
        const ready = await waitForExport(api, `/admin/customers/${kari.id}/privacy/exports/${started.data.export.id}`, agent.headers)
        expect(ready.status).toBe("ready")
        const { rows } = await dbConnection.raw(`SELECT file_key FROM privacy_export WHERE id = ?`, [ready.id])
        const download = await api.get(`/admin/customers/${kari.id}/privacy/exports/${ready.id}/download`, { headers: agent.headers, responseType: "arraybuffer" })
        const { readZip } = await import("../helpers/zip")
        const data = JSON.parse((await readZip(Buffer.from(download.data))).get("data.json")!)
        expect(JSON.stringify(data)).toContain(request.reference)
        expect(rows[0].file_key).toBeTruthy()
      })
    })
  },
})
