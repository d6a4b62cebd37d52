import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { signUpCustomer, type SignedInCustomer } from "../helpers/customer"
import { waitForExport } from "../helpers/exports"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { createStoreContext, type StoreContext } from "../helpers/store"
import { readZip } from "../helpers/zip"

jest.setTimeout(300_000)

const failure = async (request: Promise<unknown>) => {
  try {
    await request
  } catch (error) {
    return (error as { response: { status: number; data: { message: string } } }).response
  }
  throw new Error("expected the request to fail")
}

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.8078.73 Safari/537.36"

/**
 * The cookie declaration and the visitors' choices through the store API:
 * what the banner reads, what a choice stores as proof, what is refused, and
 * where a signed-in customer's choices go (their export, their erasure) while
 * anonymous ones leave by their period.
 */
medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "cookie_consents",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let officer: AdminSession
    let headers: Record<string, string>

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      officer = await createAdminUser(api, getContainer())
      headers = { "x-publishable-api-key": store.publishableKey, "user-agent": CHROME }
    })

    const declaration = async (lang?: string, extra: Record<string, string> = {}) =>
      (await api.get("/store/privacy/cookies", { headers: { ...headers, ...extra }, params: lang ? { lang } : {} })).data
    const choose = async (body: Record<string, unknown>, extra: Record<string, string> = {}) => {
      const { revision } = await declaration()
      return api.post("/store/privacy/cookie-consents", { consent_id: crypto.randomUUID(), language: "nb", revision, ...body }, { headers: { ...headers, ...extra } })
    }
    const stored = async (consentId: string) =>
      (await dbConnection.raw(`SELECT * FROM privacy_cookie_consent WHERE consent_id = ? ORDER BY created_at`, [consentId])).rows

    it("gives the declaration in the visitor's language, by lang or Accept-Language, with its revision", async () => {
      const fi = await declaration("fi")
      expect(fi.language).toBe("fi")
      expect(fi.revision).toMatch(/^[0-9a-f]{16}$/)
      expect(fi.consent_months).toBe(6)
      expect(fi.texts).toMatchObject({ accept_all: "Hyväksy kaikki", reject_all: "Hylkää kaikki", choose: "Valitse itse" })
      expect(fi.categories.map((category: { id: string }) => category.id)).toEqual(["necessary", "statistics"])
      expect(fi.categories[1].items).toEqual([
        expect.objectContaining({ name: "_finmug_stats", kind: "cookie", provider: null, lifetime: "13 kuukautta", purpose: "Käytetään liikenteen seuraamiseen ja palvelujemme parantamiseen." }),
      ])
      const sv = await declaration(undefined, { "accept-language": "sv-FI,sv;q=0.9,en;q=0.5" })
      expect(sv.language).toBe("sv")
      expect(sv.revision).toBe(fi.revision)
      expect((await failure(api.get("/store/privacy/cookies")))!.status).toBe(400)
    })

    it("stores an anonymous choice as proof: server time, expiry after consentMonths, truncated address, coarse user agent", async () => {
      const consentId = crypto.randomUUID()
      const before = Date.now()
      const { status, data } = await choose({ consent_id: consentId, action: "reject_all", categories: ["necessary"] })
      expect(status).toBe(201)
      expect(data.cookie_consent).toMatchObject({ consent_id: consentId, action: "reject_all", categories: ["necessary"], language: "nb" })
      const [row] = await stored(consentId)
      expect(row).toMatchObject({ customer_id: null, action: "reject_all", granted: ["necessary"], refused: ["statistics"], user_agent: "Chrome 156 (Linux)" })
      expect(row.ip_prefix).toMatch(/(\.0\/24|::\/48)$/)
      const created = new Date(row.created_at).getTime()
      expect(created).toBeGreaterThanOrEqual(before - 1000)
      const months = (new Date(row.expires_at).getTime() - created) / (30.44 * 86_400_000)
      expect(Math.round(months)).toBe(6)

      // A new choice on the same browser is a new row: the history is the proof.
      await choose({ consent_id: consentId, action: "custom", categories: ["necessary", "statistics"] })
      expect((await stored(consentId)).map((found: { action: string }) => found.action)).toEqual(["reject_all", "custom"])

      // The browser that holds the id may read its own record back, without where it came from.
      const own = (await api.get(`/store/privacy/cookie-consents/${consentId.toUpperCase()}`, { headers })).data.cookie_consents
      expect(own.map((found: { action: string; categories: string[] }) => [found.action, found.categories])).toEqual([
        ["custom", ["necessary", "statistics"]],
        ["reject_all", ["necessary"]],
      ])
      expect(own[0]).not.toHaveProperty("ip_prefix")
      expect(own[0]).not.toHaveProperty("user_agent")
      expect((await api.get(`/store/privacy/cookie-consents/${crypto.randomUUID()}`, { headers })).data.cookie_consents).toEqual([])
      const malformed = await failure(api.get("/store/privacy/cookie-consents/visitor-1", { headers }))
      expect(malformed!.status).toBe(400)
      expect(malformed!.data.message).toMatch(/'consent_id' must be the UUID/)
    })

    it("refuses a choice that does not fit the declaration with 400 naming the field, and stores nothing", async () => {
      const consentId = crypto.randomUUID()
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ action: "custom", categories: ["necessary", "advertising"] }, /'categories': "advertising" is not a category of this shop's declaration \(necessary, statistics\)/],
        [{ action: "custom", categories: ["statistics"] }, /'categories' must include "necessary"/],
        [{ action: "accept_all", categories: ["necessary"] }, /for 'action' accept_all/],
        [{ action: "reject_all", categories: ["necessary", "statistics"] }, /for 'action' reject_all/],
        [{ action: "custom", categories: ["necessary"], revision: "0000000000000000" }, /'revision' "0000000000000000" is not the current revision/],
        [{ action: "maybe", categories: ["necessary"] }, /action/],
        [{ action: "custom", categories: ["necessary"], consent_id: "visitor-1" }, /'consent_id' must be a UUID/],
        [{ action: "custom", categories: ["necessary"], language: "not a language" }, /language/],
      ]
      for (const [body, message] of cases) {
        const refused = await failure(choose({ consent_id: consentId, ...body }))
        expect(refused!.status).toBe(400)
        expect(refused!.data.message).toMatch(message)
      }
      expect(await stored(consentId)).toEqual([])
    })

    it("links a signed-in customer's choice to them: it is in their export and goes with their erasure", async () => {
      const kari: SignedInCustomer = await signUpCustomer(api, store.publishableKey, { email: "kari.cookies@example.test" })
      const consentId = crypto.randomUUID()
      const { data } = await choose({ consent_id: consentId, action: "accept_all", categories: ["necessary", "statistics"] }, { authorization: kari.headers.authorization })
      expect(data.cookie_consent.categories).toEqual(["necessary", "statistics"])
      expect((await stored(consentId))[0].customer_id).toBe(kari.id)
      const anonymous = crypto.randomUUID()
      await choose({ consent_id: anonymous, action: "reject_all", categories: ["necessary"] })

      const started = await api.post(`/store/customers/me/privacy/exports`, {}, { headers: kari.headers })
      const ready = await waitForExport(api, `/store/customers/me/privacy/exports/${started.data.export.id}`, kari.headers)
      const download = await api.post(ready.download_url!.replace(/^https?:\/\/[^/]+/, ""), undefined, { responseType: "arraybuffer" })
      const files = await readZip(Buffer.from(download.data))
      const exported = JSON.parse(files.get("data.json")!)
      const choices = JSON.stringify(exported.data.privacy_cookie_consent)
      expect(choices).toContain(consentId)
      expect(choices).toContain("accept_all")
      expect(choices).not.toContain(anonymous)
      expect(files.get("index.html")).toContain("Valgene dine om informasjonskapsler")

      const erased = await api.post(`/admin/customers/${kari.id}/privacy/erasure`, { reason: "request by letter of 1 December" }, { headers: officer.headers })
      expect(erased.data.erasure.status).toBe("completed")
      expect(await stored(consentId)).toEqual([])
      expect(await stored(anonymous)).toHaveLength(1)
    })

    it("has the daily run delete choices whose proof period has passed, and keep the younger ones", async () => {
      const old = crypto.randomUUID()
      const young = crypto.randomUUID()
      await choose({ consent_id: old, action: "reject_all", categories: ["necessary"] })
      await choose({ consent_id: young, action: "reject_all", categories: ["necessary"] })
      // Six months of the choice and three years of proof: 42 months from the record.
      await dbConnection.raw(`UPDATE privacy_cookie_consent SET created_at = now() - interval '42 months 1 day' WHERE consent_id = ?`, [old])
      await dbConnection.raw(`UPDATE privacy_cookie_consent SET created_at = now() - interval '41 months' WHERE consent_id = ?`, [young])
      const { runRetention } = builtPlugin("workflows")
      const run = await runRetention(getContainer(), { trigger: "schedule" })
      expect(run.counts.expired_rows_deleted.privacy_cookie_consent).toBe(1)
      expect(await stored(old)).toEqual([])
      expect(await stored(young)).toHaveLength(1)
    })
  },
})
