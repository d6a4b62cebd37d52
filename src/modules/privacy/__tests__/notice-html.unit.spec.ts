import { finmugPrivacyOptions } from "../../../../integration-tests/host-app/privacy-options"
import { parsePrivacyOptions } from "../lib/options"
import { buildNotice } from "../notice/build-notice"
import { linkedText, renderNoticeHtml } from "../notice/render-html"
import { shopOptions } from "./fixtures"
import { NOTICE_LANGUAGES } from "./notice-facts"

const VOID = new Set(["meta", "br", "hr", "img", "link", "input"])

/** The open-tag problems of an HTML text: every element closed, in order, none left open. */
function unbalancedTags(html: string): string[] {
  const stack: string[] = []
  const problems: string[] = []
  for (const [, closing, name] of html.replace(/<!doctype html>/i, "").matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi)) {
    const tag = name.toLowerCase()
    if (VOID.has(tag)) {
      continue
    }
    if (!closing) {
      stack.push(tag)
    } else if (stack.pop() !== tag) {
      problems.push(`</${tag}> closes something else`)
    }
  }
  return [...problems, ...stack.map((tag) => `<${tag}> left open`)]
}

const page = (language: string, options: object = finmugPrivacyOptions) =>
  renderNoticeHtml(buildNotice(parsePrivacyOptions(options), language), { lastUpdated: new Date("2026-12-01T09:30:00Z") })

describe("the privacy notice as HTML", () => {
  it.each(NOTICE_LANGUAGES)("is well-formed, in %s, with its language", (language) => {
    const html = page(language)
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${language}">`))
    expect(unbalancedTags(html)).toEqual([])
  })

  it("escapes option values", () => {
    const html = page("en", { ...shopOptions, controller: { ...shopOptions.controller, name: `<script>alert("x")</script> & Co` } })
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co")
    expect(html).not.toMatch(/<script/i)
  })

  it("makes e-mail and web addresses links, and nothing else", () => {
    const html = page("nb")
    expect(html).toContain('<dd><a href="mailto:info@finmug.fi">info@finmug.fi</a></dd>')
    expect(html).toContain('<a href="https://www.datatilsynet.no">https://www.datatilsynet.no</a>')
    expect(html).toContain('<a href="mailto:postkasse@datatilsynet.no">postkasse@datatilsynet.no</a>')
    expect(linkedText("see https://tietosuoja.fi.")).toBe('see <a href="https://tietosuoja.fi">https://tietosuoja.fi</a>.')
    expect(linkedText('javascript:alert(1) "x"@y')).toBe("javascript:alert(1) &quot;x&quot;@y")
    expect(linkedText("https://x.test/?a=1&b=<2>")).toBe('<a href="https://x.test/?a=1&amp;b=">https://x.test/?a=1&amp;b=</a>&lt;2&gt;')
  })

  it.each([
    ["nb", "Versjon", "Sist oppdatert", "1. desember 2026"],
    ["fi", "Versio", "Päivitetty viimeksi", "1. joulukuuta 2026"],
    ["sv", "Version", "Senast uppdaterad", "1 december 2026"],
    ["en", "Version", "Last updated", "1 December 2026"],
  ])("labels the version and the last-updated date in %s", (language, version, updated, date) => {
    const notice = buildNotice(parsePrivacyOptions(finmugPrivacyOptions), language)
    expect(page(language)).toContain(
      `<footer><p>${version}: <code>${notice.version}</code> · ${updated}: <time datetime="2026-12-01">${date}</time></p></footer>`
    )
  })

  it("lists the storage periods per record, each period with its items", () => {
    const html = page("en")
    const orders = html.slice(html.indexOf("<h3>Orders</h3>"), html.indexOf("<h3>Returns, claims and exchanges</h3>"))
    expect(orders).toContain("<p>Kept until the customer relationship ends, then anonymised:</p>\n<ul><li>e-mail address</li><li>phone number</li>")
    expect(orders).toMatch(/<p>Kept as bookkeeping material for 6 years [^<]*:<\/p>\n<ul><li>name<\/li><li>postal address<\/li>/)
    expect(orders).not.toContain("phone number</li><li>name")
  })

  it("writes a list of one as plain text: the register's name, a record with one item", () => {
    const html = page("en")
    const register = html.slice(html.indexOf('<section id="register_name">'), html.indexOf('<section id="purposes">'))
    expect(register).toBe('<section id="register_name">\n<h2>Name of the register</h2>\n<p>The register is called “Finmug web shop customer register”.</p>\n</section>\n')
    expect(html).toContain(
      "<p>Kept for 90 days from the sign-up, or until the customer relationship ends if that comes first, then deleted:</p>\n<p>sign-ups for marketing that await your confirmation by e-mail (double opt-in)</p>"
    )
  })

  it("names the register's recipients under their role headings, escaped", () => {
    const html = page("en", {
      ...finmugPrivacyOptions,
      recipients: [
        ...finmugPrivacyOptions.recipients,
        { id: "smith", name: "Smith & <Sons>", role: "controller", category: "other", country: "SE", dataCategories: ["contact"], purpose: "Gift wrapping" },
      ],
    })
    const disclosures = html.slice(html.indexOf('<section id="disclosures">'), html.indexOf('<section id="transfers">'))
    expect(disclosures).toContain("<h3>Processors</h3>")
    expect(disclosures).toContain("<li>Posti Oy, carrier: Delivering orders</li>")
    expect(disclosures).toContain("<li>Smith &amp; &lt;Sons&gt;, service provider (Sweden): Gift wrapping</li>")
    expect(disclosures).toMatch(/<h3>Authorities<\/h3>\n<p>[^<]*<\/p>\n<p>Verohallinto, public authority: Where the law requires it<\/p>/)
  })
})
