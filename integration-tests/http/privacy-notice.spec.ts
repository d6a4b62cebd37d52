import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { finmugPrivacyOptions } from "../host-app/privacy-options"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext, type StoreContext } from "../helpers/store"
import { ART_13_ITEMS, NOTICE_LANGUAGES, POLICY_FACTS } from "../../src/modules/privacy/__tests__/notice-facts"

jest.setTimeout(180_000)

// The shop of the policy, plus a cookie whose texts try to inject markup into the HTML notice.
process.env.PRIVACY_PLUGIN_OPTIONS = JSON.stringify({
  ...finmugPrivacyOptions,
  cookies: [
    ...finmugPrivacyOptions.cookies,
    { name: "cart_prefs", category: "preferences", purpose: "<b>Remembers</b> your cart & choices. <script>alert('cookie')</script>", lifetime: { days: 30 } },
  ],
})

const { SECTION_IDS } = builtPlugin("modules/privacy/notice/texts/types")

type Group = { heading: string; lists: { intro: string; items: string[] }[] }
type Section = {
  id: string
  heading: string
  references: string[]
  paragraphs: string[]
  items?: string[]
  fields?: { label: string; value: string }[]
  groups?: Group[]
  table?: { headings: string[]; rows: string[][] }
  notes?: string[]
}
type Notice = { language: string; version: string; last_updated: string; title: string; sections: Section[] }

const textOf = (section: Section) =>
  [
    section.heading,
    ...section.paragraphs,
    ...(section.items ?? []),
    ...(section.groups ?? []).flatMap((group) => [group.heading, ...group.lists.flatMap((list) => [list.intro, ...list.items])]),
    ...(section.table ? [section.table.headings, ...section.table.rows].map((row) => row.join(" | ")) : []),
    ...(section.notes ?? []),
    ...(section.fields ?? []).map((f) => `${f.label}: ${f.value}`),
  ].join("\n")

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "notice",
  testSuite: ({ api, getContainer }) => {
    let store: StoreContext
    const notice = async (query = "", headers: Record<string, string> = {}) => {
      const { data } = await api.get(`/store/privacy/notice${query}`, {
        headers: { "x-publishable-api-key": store.publishableKey, ...headers },
      })
      return data as { notice: Notice; available_languages: string[] }
    }
    const html = async (lang: string) =>
      api.get(`/store/privacy/notice?lang=${lang}&format=html`, { headers: { "x-publishable-api-key": store.publishableKey } })
    const sectionOf = (n: Notice, id: string) => n.sections.find((section) => section.id === id)!

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
    })

    it("states in nb, fi, sv and en every fact of the shop's own policy and every Art. 13 item", async () => {
      for (const lang of NOTICE_LANGUAGES) {
        const { notice: n } = await notice(`?lang=${lang}`)
        expect(n.language).toBe(lang)
        for (const [sectionId, facts] of Object.entries(POLICY_FACTS[lang])) {
          const text = `${sectionId}: ${textOf(sectionOf(n, sectionId))}`.toLowerCase()
          for (const fact of facts) {
            expect(text).toContain(fact.toLowerCase())
          }
        }
        for (const { item, section, says } of ART_13_ITEMS) {
          expect(sectionOf(n, section).references).toContain(`GDPR Art. ${item}`)
          for (const phrase of says[lang]) {
            expect(`${lang} ${section}: ${textOf(sectionOf(n, section))}`.toLowerCase()).toContain(phrase.toLowerCase())
          }
        }
      }
    })

    it("has the same complete structure in nb, fi, sv and en, each with its own version and last-updated date", async () => {
      const versions = new Set<string>()
      const today = new Date().toISOString().slice(0, 10)
      for (const lang of NOTICE_LANGUAGES) {
        const { notice: n, available_languages } = await notice(`?lang=${lang}`)
        expect(available_languages).toEqual(["nb", "fi", "sv", "en"])
        expect(n.version).toMatch(/^[0-9a-f]{16}$/)
        expect(n.last_updated).toBe(today)
        expect(n.sections.map((section) => section.id)).toEqual([...SECTION_IDS])
        for (const section of n.sections) {
          expect(section.heading.length).toBeGreaterThan(2)
          expect(section.paragraphs.length).toBeGreaterThan(0)
          expect(section.references.length).toBeGreaterThan(0)
        }
        expect(sectionOf(n, "register_name").items).toBeUndefined()
        expect(sectionOf(n, "purposes").items).toHaveLength(7)
        versions.add(n.version)
      }
      expect(versions.size).toBe(4)
      // A version keeps the day it was first shown.
      expect((await notice("?lang=fi")).notice.last_updated).toBe(today)
      const { notice: fi } = await notice("?lang=fi")
      expect(textOf(sectionOf(fi, "controller"))).toContain("Y-tunnus: 2925634-1\nALV-tunniste: FI29256341")
      expect(textOf(sectionOf(fi, "storage"))).toContain("kirjanpitolain 2 luvun 10 §")
      expect(textOf(sectionOf(fi, "transfers"))).toContain("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle")
      // The register's recipients by name (Art. 13(1)(e), CJEU C-154/21), in each language.
      const named = {
        nb: ["Posti Oy, transportør", "Intrum Oy, inkassoforetak", "Verohallinto, offentlig myndighet"],
        fi: ["Posti Oy, kuljetusliike", "Intrum Oy, perintätoimisto", "Verohallinto, viranomainen"],
        sv: ["Posti Oy, transportföretag", "Intrum Oy, inkassoföretag", "Verohallinto, myndighet"],
        en: ["Posti Oy, carrier", "Intrum Oy, debt collection agency", "Verohallinto, public authority"],
      }
      for (const [language, phrases] of Object.entries(named)) {
        const disclosures = textOf(sectionOf((await notice(`?lang=${language}`)).notice, "disclosures"))
        for (const phrase of [...phrases, "UpCloud Oy", "Paytrail Oyj", "Sendinblue SAS (Brevo)"]) {
          expect(disclosures).toContain(phrase)
        }
      }
    })

    it("names Datatilsynet for customers in Norway, with its address, beside the Finnish authority", async () => {
      const { notice: nb } = await notice("?lang=nb")
      expect(sectionOf(nb, "complaint").items).toEqual([
        "Finland: Tietosuojavaltuutetun toimisto (det finske datatilsynet), PL 800, 00531 Helsinki, Finland, tietosuoja@om.fi, https://tietosuoja.fi",
        "Norge: Datatilsynet, Postboks 458 Sentrum, 0105 Oslo, postkasse@datatilsynet.no, https://www.datatilsynet.no",
      ])
    })

    it("falls back to the shop's default language, and honours regional tags and Accept-Language", async () => {
      expect((await notice("?lang=de")).notice.language).toBe("nb")
      expect((await notice("?lang=!!")).notice.language).toBe("nb")
      expect((await notice()).notice.language).toBe("nb")
      expect((await notice("?lang=sv-FI")).notice.language).toBe("sv")
      expect((await notice("", { "accept-language": "de-DE,fi;q=0.8,en;q=0.5" })).notice.language).toBe("fi")
    })

    it("serves HTML in each language with its lang, every option value escaped, addresses as links and a labelled version", async () => {
      const response = await html("en")
      expect(response.headers["content-type"]).toContain("text/html")
      expect(response.headers["content-language"]).toBe("en")
      const page: string = response.data
      expect(page).toContain('<html lang="en">')
      expect(page).toContain("&lt;script&gt;alert(&#39;cookie&#39;)&lt;/script&gt;")
      expect(page).toContain("&lt;b&gt;Remembers&lt;/b&gt; your cart &amp; choices.")
      expect(page).not.toContain("<script>")
      expect(page).not.toContain("<b>Remembers")
      expect(page).toContain("<h2>Right to lodge a complaint with a supervisory authority</h2>")
      expect(page).toContain('<a href="mailto:info@finmug.fi">info@finmug.fi</a>')
      expect(page).toContain('<a href="https://www.datatilsynet.no">https://www.datatilsynet.no</a>')
      const { notice: en } = await notice("?lang=en")
      expect(page).toMatch(new RegExp(`<footer><p>Version: <code>${en.version}</code> · Last updated: <time datetime="${en.last_updated}">[^<]+</time></p></footer>`))
      for (const lang of ["nb", "fi", "sv"]) {
        expect((await html(lang)).data).toContain(`<html lang="${lang}">`)
      }
    })

    it("refuses an unknown format with 400 naming it", async () => {
      const response = await failure(
        api.get("/store/privacy/notice?format=pdf", { headers: { "x-publishable-api-key": store.publishableKey } })
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toContain("format")
    })

    it("refuses an unknown parameter with 400 naming it", async () => {
      const response = await failure(
        api.get("/store/privacy/notice?lang=nb&langauge=fi", { headers: { "x-publishable-api-key": store.publishableKey } })
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toContain("langauge")
    })

    it("needs the storefront's publishable key but no sign-in", async () => {
      const response = await failure(api.get("/store/privacy/notice"))
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/publishable/i)
    })

    it("gives each language and format its own ETag", async () => {
      const headers = { "x-publishable-api-key": store.publishableKey }
      const etags = await Promise.all(
        ["?lang=nb", "?lang=nb&format=html", "?lang=fi"].map(async (query) => (await api.get(`/store/privacy/notice${query}`, { headers })).headers.etag)
      )
      expect(new Set(etags).size).toBe(3)
    })

    it("uses the version as ETag so unchanged notices are not sent again", async () => {
      const first = await api.get("/store/privacy/notice?lang=sv", { headers: { "x-publishable-api-key": store.publishableKey } })
      expect(first.headers.etag).toMatch(/^"[0-9a-f]{20}"$/)
      const again = await api.get("/store/privacy/notice?lang=sv", {
        headers: { "x-publishable-api-key": store.publishableKey, "if-none-match": first.headers.etag },
        validateStatus: () => true,
      })
      expect(again.status).toBe(304)
    })
  },
})
