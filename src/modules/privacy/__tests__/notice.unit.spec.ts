import { parsePrivacyOptions } from "../lib/options"
import { buildNotice, resolveNoticeLanguage } from "../notice/build-notice"
import { renderNoticeHtml } from "../notice/render-html"
import { csvField } from "../records/record-csv"
import { shopOptions } from "./fixtures"

const section = (notice: ReturnType<typeof buildNotice>, id: string) => notice.sections.find((s) => s.id === id)!

describe("privacy notice", () => {
  it("escapes option values in the HTML", () => {
    const options = parsePrivacyOptions({
      ...shopOptions,
      controller: { ...shopOptions.controller, name: `<script>alert("x")</script> & Co` },
    })
    const html = renderNoticeHtml(buildNotice(options, "en"))
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co")
    expect(html).not.toMatch(/<script/i)
  })

  it("changes its version when what it says changes, and only then", () => {
    const base = buildNotice(parsePrivacyOptions(shopOptions), "en")
    expect(buildNotice(parsePrivacyOptions(shopOptions), "en").version).toBe(base.version)
    const longer = buildNotice(parsePrivacyOptions({ ...shopOptions, retention: { inactivityMonths: 24 } }), "en")
    expect(longer.version).not.toBe(base.version)
    expect(section(longer, "storage").paragraphs.join(" ")).toContain("24 months")
  })

  it("states declared transfers with their safeguard, the DPO and a chosen authority", () => {
    const notice = buildNotice(
      parsePrivacyOptions({
        ...shopOptions,
        dpo: { name: "Dana Protector", email: "dpo@finmug.fi" },
        supervisoryAuthority: { name: { en: "Datatilsynet" }, url: "https://www.datatilsynet.no" },
        recipients: { email_service: { countries: ["US"] } },
        transfers: [{ recipient: "email_service", country: "US", safeguard: "standard_contractual_clauses" }],
      }),
      "en"
    )
    expect(section(notice, "transfers").items).toEqual([
      "the e-mail service that sends our messages: United States, on the basis of the European Commission's standard contractual clauses (GDPR Art. 46)",
    ])
    expect(section(notice, "disclosures").items).toContain("the e-mail service that sends our messages (processed in: United States)")
    expect(section(notice, "dpo").fields).toEqual([
      { label: "Name", value: "Dana Protector" },
      { label: "E-mail", value: "dpo@finmug.fi" },
    ])
    expect(section(notice, "complaint").paragraphs[1]).toBe("Our supervisory authority is Datatilsynet, https://www.datatilsynet.no.")
  })

  it("uses the bookkeeping period of the configured jurisdiction", () => {
    const norwegian = buildNotice(parsePrivacyOptions({ ...shopOptions, controller: { ...shopOptions.controller, country: "NO" } }), "nb")
    expect(section(norwegian, "storage").paragraphs.join(" ")).toContain("i 5 år etter regnskapsårets slutt (bokføringsloven § 13)")
    expect(section(norwegian, "complaint").paragraphs.join(" ")).toContain("Datatilsynet")
  })

  it("resolves the language: exact, by base language either way, else the default", () => {
    const options = parsePrivacyOptions({ ...shopOptions, languages: ["nb", "en", "da"], defaultLanguage: "en" })
    expect(resolveNoticeLanguage(options, "NB-no")).toBe("nb")
    expect(resolveNoticeLanguage(options, "no")).toBe("nb")
    expect(resolveNoticeLanguage(options, "nn")).toBe("nb")
    expect(resolveNoticeLanguage(options, "da")).toBe("en")
    expect(resolveNoticeLanguage(options, undefined)).toBe("en")
    const regional = parsePrivacyOptions({ ...shopOptions, languages: ["nb-NO", "sv-FI"] })
    expect(resolveNoticeLanguage(regional, "nb")).toBe("nb-NO")
    expect(resolveNoticeLanguage(regional, "SV")).toBe("sv-FI")
    expect(buildNotice(regional, "nb-NO").title).toBe("Personvernerklæring")
  })

  it("writes CSV cells that a spreadsheet cannot run as formulas", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvField("+47 99")).toBe("'+47 99")
    expect(csvField("Finmug, Oulu")).toBe('"Finmug, Oulu"')
    expect(csvField("plain")).toBe("plain")
  })
})
