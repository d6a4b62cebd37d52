import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { finmugPrivacyOptions } from "../host-app/privacy-options"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext, type StoreContext } from "../helpers/store"

jest.setTimeout(180_000)

// The shop of the policy, plus a cookie whose texts try to inject markup into the HTML notice.
process.env.PRIVACY_PLUGIN_OPTIONS = JSON.stringify({
  ...finmugPrivacyOptions,
  cookies: [
    ...finmugPrivacyOptions.cookies,
    { name: "<script>alert('cookie')</script>", category: "functional", purpose: "<b>Remembers</b> your cart & choices.", lifetime: { days: 30 } },
  ],
})

const { SECTION_IDS } = builtPlugin("modules/privacy/notice/texts/types")

type Section = { id: string; heading: string; paragraphs: string[]; items?: string[]; fields?: { label: string; value: string }[]; notes?: string[] }
type Notice = { language: string; version: string; title: string; sections: Section[] }

const textOf = (section: Section) =>
  [section.heading, ...section.paragraphs, ...(section.items ?? []), ...(section.notes ?? []), ...(section.fields ?? []).map((f) => `${f.label}: ${f.value}`)].join("\n")

/** Every fact the seed policy (Finmug's, in Norwegian) states, by the notice section that must state it. */
const POLICY_FACTS: Record<string, string[]> = {
  controller: ["Finmug", "Jahtikuja 1D10, 90540 Oulu", "FI29256341", "+358 442555649", "info@finmug.fi"],
  contact_person: ["Jakke Niskanen", "Jahtikuja 1D10, 90540 Oulu", "+358 442555649", "info@finmug.fi"],
  register_name: ["Finmug Nettbutikkens kunderegister"],
  purposes: [
    "opprettholde kunderelasjoner med kundene i nettbutikken",
    "kommunikasjon med kundene",
    "direkte markedsføring av produkter",
    "alltid rett til å motsette seg bruk av egne personopplysninger til markedsføring",
  ],

  sources: ["kunden selv gjennom bestillinger i nettbutikken, retur- eller andre skjemaer, via telefon, e-post"],
  disclosures: [
    "overleveres som regel ikke videre til tredjepart",
    "teknisk håndtering av nettbutikken",
    "levere ordre",
    "ubetalte fakturaer",
    "myndighetene, når loven krever det",
  ],
  transfers: ["overføres ikke utenfor EU eller EØS"],
  storage: ["så lenge kunderelasjonen finnes", "bokføringsmateriale", "fjernes på en sikker måte"],
  cookies: ["lagres lokalt på brukerens maskin", "følge trafikken", "forbedre våre tjenester", "begrenset tidsperiode"],
  security: [
    "behandles konfidensielt", "brannmurer", "papirdokumenter destrueres umiddelbart",
    "arbeidsoppgaver i forbindelse med håndtering av personopplysninger", "personlige brukernavn og passord", "taushetsplikt",
  ],
  access: ["innsyn", "signert dokument", "personlig oppmøte på vårt kontor", "kontaktpersonen"],
  rectification: ["oppdatere opplysningene i egen profil i nettbutikken", "kontaktpersonen"],
  marketing_objection: ["forby bruk av egne personopplysninger til markedsføring", "e-post til kontaktpersonen", "avmeldingslenken", "gjelder straks"],
}

/** What GDPR Art. 13 requires and the policy leaves out. */
const ART_13_ADDITIONS: Record<string, string[]> = {
  purposes: ["artikkel 6 nr. 1 bokstav b", "artikkel 6 nr. 1 bokstav a", "artikkel 6 nr. 1 bokstav c", "berettigede interesse"],
  dpo: ["personvernombud"],
  storage: ["36 måneder", "6 år fra utgangen av det kalenderåret", "kapittel 2 § 10", "3 år etter at kunderelasjonen er avsluttet"],
  erasure: ["be om at opplysningene om deg slettes"],
  objection: ["protestere mot behandling som bygger på vår berettigede interesse"],
  restriction: ["begrenses"],
  portability: ["maskinlesbart format"],
  consent_withdrawal: ["trekke samtykket tilbake"],
  complaint: ["klage til en tilsynsmyndighet", "Tietosuojavaltuutetun toimisto", "https://tietosuoja.fi"],
  automated_decisions: ["automatisert behandling"],
  provision_requirement: ["nødvendige for å inngå og levere bestillinger"],
}

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
    const sectionOf = (n: Notice, id: string) => n.sections.find((section) => section.id === id)!

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
    })

    it("states in Norwegian every fact of the shop's own policy", async () => {
      const { notice: nb } = await notice("?lang=nb")
      expect(nb.language).toBe("nb")
      for (const [sectionId, facts] of Object.entries(POLICY_FACTS)) {
        const text = textOf(sectionOf(nb, sectionId))
        for (const fact of facts) {
          expect(`${sectionId}: ${text}`.toLowerCase()).toContain(fact.toLowerCase())
        }
      }
    })

    it("lists each data item of the policy's register content", async () => {
      const { notice: nb } = await notice("?lang=nb")
      const items = sectionOf(nb, "data_content").items!
      for (const item of [
        "navn", "kundenummer", "kontaktinformasjon (postadresse og telefonnummer)", "kjønn", "e-postadresse",
        "hjemmesideadresse", "språk", "informasjon om bestillinger", "informasjon om leveranser", "rabatter",
        "informasjon om samtykke til eller reservasjon mot markedsføring",
      ]) {
        expect(items).toContain(item)
      }
      expect(items.some((item) => item.startsWith("brukernavn og passord"))).toBe(true)
    })

    it("adds each Art. 13 item the policy lacks", async () => {
      const { notice: nb } = await notice("?lang=nb")
      for (const [sectionId, facts] of Object.entries(ART_13_ADDITIONS)) {
        const text = textOf(sectionOf(nb, sectionId))
        for (const fact of facts) {
          expect(`${sectionId}: ${text}`.toLowerCase()).toContain(fact.toLowerCase())
        }
      }
    })

    it("has the same complete structure in nb, fi, sv and en, each with its own version", async () => {
      const versions = new Set<string>()
      for (const lang of ["nb", "fi", "sv", "en"]) {
        const { notice: n, available_languages } = await notice(`?lang=${lang}`)
        expect(available_languages).toEqual(["nb", "fi", "sv", "en"])
        expect(n.language).toBe(lang)
        expect(n.version).toMatch(/^[0-9a-f]{16}$/)
        expect(n.sections.map((section) => section.id)).toEqual([...SECTION_IDS])
        for (const section of n.sections) {
          expect(section.heading.length).toBeGreaterThan(2)
          expect(section.paragraphs.length).toBeGreaterThan(0)
        }
        const controller = textOf(sectionOf(n, "controller"))
        for (const fact of ["Finmug", "FI29256341", "info@finmug.fi", "+358 442555649"]) {
          expect(controller).toContain(fact)
        }
        expect(sectionOf(n, "register_name").items).toEqual(["Finmug Nettbutikkens kunderegister"])
        expect(sectionOf(n, "purposes").items).toHaveLength(5)
        versions.add(n.version)
      }
      expect(versions.size).toBe(4)
      const { notice: fi } = await notice("?lang=fi")
      expect(textOf(sectionOf(fi, "storage"))).toContain("kirjanpitolain 2 luvun 10 §")
      expect(textOf(sectionOf(fi, "transfers"))).toContain("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle")
    })

    it("falls back to the shop's default language, and honours regional tags and Accept-Language", async () => {
      expect((await notice("?lang=de")).notice.language).toBe("nb")
      expect((await notice("?lang=!!")).notice.language).toBe("nb")
      expect((await notice()).notice.language).toBe("nb")
      expect((await notice("?lang=sv-FI")).notice.language).toBe("sv")
      expect((await notice("", { "accept-language": "de-DE,fi;q=0.8,en;q=0.5" })).notice.language).toBe("fi")
    })

    it("serves HTML with every option value escaped", async () => {
      const response = await api.get("/store/privacy/notice?lang=en&format=html", {
        headers: { "x-publishable-api-key": store.publishableKey },
      })
      expect(response.headers["content-type"]).toContain("text/html")
      expect(response.headers["content-language"]).toBe("en")
      const html: string = response.data
      expect(html).toContain('<html lang="en">')
      expect(html).toContain("&lt;script&gt;alert(&#39;cookie&#39;)&lt;/script&gt;")
      expect(html).toContain("&lt;b&gt;Remembers&lt;/b&gt; your cart &amp; choices.")
      expect(html).not.toContain("<script>")
      expect(html).not.toContain("<b>Remembers")
      expect(html).toContain("<h2>Right to lodge a complaint</h2>")
    })

    it("refuses an unknown format with 400 naming it", async () => {
      const response = await failure(
        api.get("/store/privacy/notice?format=pdf", { headers: { "x-publishable-api-key": store.publishableKey } })
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toContain("format")
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
