import { finmugPrivacyOptions } from "../../../../integration-tests/host-app/privacy-options"
import { checkChoice, choiceExpiry } from "../cookies/choice-rules"
import { coarseUserAgent } from "../cookies/coarse-user-agent"
import { declarationRevision, describeCookieDeclaration, offeredCategories } from "../cookies/declaration"
import { parsePrivacyOptions } from "../lib/options"
import { buildNotice } from "../notice/build-notice"
import { renderNoticeHtml } from "../notice/render-html"
import { shopOptions } from "./fixtures"
import { problemsOf } from "./refused-options"

const demo = parsePrivacyOptions(finmugPrivacyOptions)

const recipient = {
  id: "matomo-cloud",
  name: "InnoCraft Ltd (Matomo Cloud)",
  role: "processor",
  category: "analytics",
  country: "DE",
  dataCategories: ["technical"],
  purpose: { en: "Visitor statistics" },
  providers: {},
}
const analytics = {
  name: "_pk_id.*",
  category: "statistics",
  provider: "matomo-cloud",
  purpose: { en: "Counts visits.", nb: "Teller besøk.", fi: "Laskee käynnit.", sv: "Räknar besök." },
  lifetime: { days: 390 },
}

describe("the cookie declaration", () => {
  it("asks about necessary and each category the shop declares an item in, and always declares the banner's own cookie", () => {
    expect(offeredCategories(demo)).toEqual(["necessary", "statistics"])
    const nothingOptional = parsePrivacyOptions({ ...shopOptions })
    expect(offeredCategories(nothingOptional)).toEqual(["necessary"])
    const names = nothingOptional.cookies.map((cookie) => cookie.name)
    expect(names).toEqual(["connect.sid", "privacy_consent"])
    expect(nothingOptional.cookies[1]).toMatchObject({ category: "necessary", lifetime: { months: 6 } })
  })

  it("describes each item in the visitor's language, with the recipient behind it by name", () => {
    const options = parsePrivacyOptions({ ...shopOptions, recipients: [recipient], cookies: [analytics], cookieConsentMonths: 4 })
    const nb = describeCookieDeclaration(options, "nb-NO")
    expect(nb.language).toBe("nb")
    expect(nb.consent_months).toBe(4)
    expect(nb.texts.reject_all).toBe("Avslå alle")
    const statistics = nb.categories.find((category) => category.id === "statistics")!
    expect(statistics).toMatchObject({ required: false, title: "Statistikk" })
    expect(statistics.items).toEqual([
      { name: "_pk_id.*", kind: "cookie", provider: { id: "matomo-cloud", name: "InnoCraft Ltd (Matomo Cloud)", country: "DE" }, purpose: "Teller besøk.", lifetime_seconds: 390 * 86400, lifetime: "390 dager" },
    ])
    expect(nb.categories[0]).toMatchObject({ id: "necessary", required: true })
    expect(nb.categories[0].items.find((item) => item.name === "privacy_consent")).toMatchObject({ provider: null, lifetime: "4 måneder" })
  })

  it("has a revision that changes with any item, text or the choice's lifetime, and not otherwise", () => {
    const base = { ...shopOptions, recipients: [recipient], cookies: [analytics] }
    const revision = declarationRevision(parsePrivacyOptions(base))
    expect(revision).toMatch(/^[0-9a-f]{16}$/)
    expect(declarationRevision(parsePrivacyOptions(base))).toBe(revision)
    expect(declarationRevision(parsePrivacyOptions({ ...base, cookies: [{ ...analytics, purpose: { ...analytics.purpose, fi: "Laskee vierailut." } }] }))).not.toBe(revision)
    expect(declarationRevision(parsePrivacyOptions({ ...base, cookies: [{ ...analytics, lifetime: { days: 30 } }] }))).not.toBe(revision)
    expect(declarationRevision(parsePrivacyOptions({ ...base, cookieConsentMonths: 12 }))).not.toBe(revision)
    expect(declarationRevision(parsePrivacyOptions({ ...base, controller: { ...shopOptions.controller, email: "privacy@finmug.fi" } }))).toBe(revision)
  })

  it("refuses a provider outside the register, a wrong category or kind, a name twice, and a choice lasting over 13 months", () => {
    expect(problemsOf({ ...shopOptions, cookies: [analytics] })).toMatch(/"cookies.0.provider": expected "first_party": "matomo-cloud" is not in "recipients"/)
    expect(problemsOf({ ...shopOptions, cookies: [{ ...analytics, provider: "first_party", category: "functional" }] })).toMatch(
      /"cookies.0.category": expected one of necessary, preferences, statistics, marketing/
    )
    expect(problemsOf({ ...shopOptions, cookies: [{ ...analytics, provider: "first_party", kind: "flash" }] })).toMatch(/"cookies.0.kind": expected one of cookie, localStorage, sessionStorage, pixel/)
    expect(problemsOf({ ...shopOptions, cookies: [{ ...analytics, provider: "first_party" }, { ...analytics, provider: "first_party" }] })).toMatch(
      /"cookies.1.name": "_pk_id.\*" is declared twice as a cookie/
    )
    expect(problemsOf({ ...shopOptions, cookieConsentMonths: 24 })).toMatch(/"cookieConsentMonths": expected at most 13/)
  })

  it("makes the notice's cookie section a table of the same items, in every language, with how long a choice and its proof are kept", () => {
    for (const language of ["nb", "fi", "sv", "en"]) {
      const section = buildNotice(demo, language).sections.find((candidate) => candidate.id === "cookies")!
      const declared = describeCookieDeclaration(demo, language).categories.flatMap((category) => category.items.map((item) => item.name))
      expect(section.table!.headings).toHaveLength(6)
      expect(section.table!.rows.map((row) => row[0])).toEqual(declared)
      expect(section.notes!.join(" ")).toContain("6")
      expect(section.notes!.join(" ")).toContain("3")
    }
    const en = buildNotice(demo, "en").sections.find((candidate) => candidate.id === "cookies")!
    expect(en.table!.rows).toContainEqual(["_finmug_stats", "statistics", "us (first party)", "Used to follow the traffic and to improve our services.", "13 months", "cookie"])
    expect(renderNoticeHtml(buildNotice(demo, "en"))).toContain('<th scope="col">Storage period</th>')
  })
})

describe("a visitor's choice", () => {
  const offered = ["necessary", "statistics", "marketing"] as const
  const choice = (action: "accept_all" | "reject_all" | "custom", categories: string[], revision = "0123456789abcdef") =>
    checkChoice(offered, { action, categories, revision }, "0123456789abcdef")

  it("answers what was granted and refused", () => {
    expect(choice("custom", ["statistics", "necessary"])).toEqual({ granted: ["necessary", "statistics"], refused: ["marketing"] })
    expect(choice("reject_all", ["necessary"])).toEqual({ granted: ["necessary"], refused: ["statistics", "marketing"] })
    expect(choice("accept_all", ["necessary", "statistics", "marketing"]).refused).toEqual([])
  })

  it("is refused, naming the field, when it does not fit the declaration", () => {
    expect(() => choice("custom", ["necessary", "ads"])).toThrow(/'categories': "ads" is not a category of this shop's declaration \(necessary, statistics, marketing\)/)
    expect(() => choice("custom", ["statistics"])).toThrow(/'categories' must include "necessary"/)
    expect(() => choice("accept_all", ["necessary", "statistics"])).toThrow(/every category .* for 'action' accept_all/)
    expect(() => choice("reject_all", ["necessary", "marketing"])).toThrow(/only "necessary" for 'action' reject_all/)
    expect(() => choice("custom", ["necessary"], "fedcba9876543210")).toThrow(/'revision' "fedcba9876543210" is not the current revision/)
  })

  it("lapses after as many calendar months, on the month's last day when it is shorter", () => {
    expect(choiceExpiry(new Date("2026-12-03T10:00:00Z"), 6).toISOString()).toBe("2027-06-03T10:00:00.000Z")
    expect(choiceExpiry(new Date("2026-08-31T10:00:00Z"), 6).toISOString()).toBe("2027-02-28T10:00:00.000Z")
  })

  it("keeps of the user agent only the browser, its major version and the system", () => {
    const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.8078.73 Safari/537.36"
    expect(coarseUserAgent(chrome)).toBe("Chrome 156 (Linux)")
    expect(coarseUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).toBe("Safari 18 (iOS)")
    expect(coarseUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox 133 (Windows)")
    expect(coarseUserAgent("curl/8.5.0")).toBe("other browser")
    expect(coarseUserAgent(undefined)).toBeNull()
  })
})
