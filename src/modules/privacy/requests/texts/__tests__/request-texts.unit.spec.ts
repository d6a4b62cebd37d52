import { keptItemText, requestLanguage, requestTextsFor } from ".."

const LANGUAGES = ["nb", "fi", "sv", "en"] as const
const DATES = { nb: "7. april 2026", fi: "7.4.2026", sv: "7 april 2026", en: "7 April 2026" }
const UNTIL_FURTHER = { nb: "inntil videre", fi: "toistaiseksi", sv: "tills vidare", en: "until further notice" }
const COMPLAINT = {
  nb: ["rett til å klage til en tilsynsmyndighet", "rett til å bringe saken inn for domstolene"],
  fi: ["oikeus tehdä valitus valvontaviranomaiselle", "oikeus saattaa asia tuomioistuimen käsiteltäväksi"],
  sv: ["rätt att lämna in klagomål till en tillsynsmyndighet", "rätt att begära rättslig prövning i domstol"],
  en: ["right to lodge a complaint with a supervisory authority", "right to seek a judicial remedy before a court"],
}
const base = { shop: "Finmug", reference: "R-2026-0042", receivedOn: "2026-03-05" }
const authority = { name: "Tietosuojavaltuutetun toimisto", address: "PL 800, 00531 Helsinki", website: "https://tietosuoja.fi" }

describe.each(LANGUAGES)("the request e-mails in %s", (language) => {
  const texts = requestTextsFor(language)

  it("name the reference and the shop in every e-mail, with the language's own date form", () => {
    const mails = [
      texts.verification({ ...base, verifyUrl: "https://shop.example/privacy/requests/verify?token=t", hours: 72 }),
      texts.acknowledgement({ ...base, due: "2026-04-07", rights: ["access"] }),
      texts.extension({ ...base, firstDue: "2026-04-07", due: "2026-06-05", reason: "x" }),
      texts.completion({ ...base, rights: ["access"], kept: [], exportSent: true, contact: "privacy@finmug.example" }),
      texts.noData({ ...base, contact: "privacy@finmug.example" }),
      texts.refusal({ ...base, rights: ["erasure"], reason: "x", authority, contact: "privacy@finmug.example" }),
    ]
    for (const mail of mails) {
      expect(`${mail.subject}\n${mail.text}`).toContain("R-2026-0042")
      expect(mail.text).toContain("Finmug")
    }
    expect(mails[1].text).toContain(DATES[language])
    expect(mails[0].text).toContain("https://shop.example/privacy/requests/verify?token=t")
  })

  it("never refuse without the reasons, the named authority, the complaint and the judicial remedy", () => {
    const mail = texts.refusal({ ...base, rights: ["erasure"], reason: "Manifestly unfounded", authority, contact: "privacy@finmug.example" })
    expect(mail.text).toContain("Manifestly unfounded")
    expect(mail.text).toContain("Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, https://tietosuoja.fi")
    for (const sentence of COMPLAINT[language]) expect(mail.text.toLowerCase()).toContain(sentence.toLowerCase())
    const without = texts.refusal({ ...base, rights: ["erasure"], reason: "x", authority: null, contact: "c" })
    for (const sentence of COMPLAINT[language]) expect(without.text.toLowerCase()).toContain(sentence.toLowerCase())
  })

  it("list what an erasure kept, why and until when, or until further notice", () => {
    const kept = [
      keptItemText(texts, { kind: "bookkeeping", order: "1042", until: "2032-12-31" }),
      keptItemText(texts, { kind: "consent_proof", until: null }),
    ]
    const mail = texts.completion({ ...base, rights: ["erasure"], kept, exportSent: false, contact: "c" })
    expect(mail.text).toContain("#1042")
    expect(mail.text).toContain(language === "fi" ? "31.12.2032" : language === "en" ? "31 December 2032" : "31")
    expect(mail.text).toContain(kept[1].what)
    expect(mail.text).toContain(UNTIL_FURTHER[language])
  })

  it("give the extension's reasons and its new date", () => {
    const mail = texts.extension({ ...base, firstDue: "2026-04-07", due: "2026-06-05", reason: "Many years of orders" })
    expect(mail.text).toContain("Many years of orders")
    expect(mail.text).toContain(language === "fi" ? "5.6.2026" : language === "nb" ? "5. juni 2026" : language === "sv" ? "5 juni 2026" : "5 June 2026")
  })
})

describe("the language of a request's e-mails", () => {
  it("follows the tag's language and falls back to English", () => {
    expect(requestLanguage("nb-NO")).toBe("nb")
    expect(requestLanguage("sv-FI")).toBe("sv")
    expect(requestLanguage("fi")).toBe("fi")
    expect(requestLanguage("de")).toBe("en")
    expect(requestTextsFor("de").noData({ ...base, contact: "c" }).text).toContain("we hold no personal data")
  })

  it("tells officers of overdue and due requests by reference and date only", () => {
    const mail = requestTextsFor("en").officerReminder({ shop: "Finmug", days: 7, dueSoon: [{ reference: "R-2026-0002", due: "2026-12-04" }], overdue: [{ reference: "R-2026-0001", due: "2026-04-07" }] })
    expect(mail.subject).toBe("Finmug: 1 overdue and 1 due privacy requests")
    expect(mail.text).toContain("R-2026-0001, due 7 April 2026")
    expect(mail.text).toContain("Due within 7 days:\n- R-2026-0002, due 4 December 2026")
  })
})
