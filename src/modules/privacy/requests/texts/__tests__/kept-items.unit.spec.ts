import { keptItemText, requestLanguage, requestTextsFor } from ".."

describe("what an erasure kept, in the answer's language", () => {
  it("names the order, the law and the day it goes, in each language", () => {
    const expected = {
      en: ["the buyer details of order #1042", "accounting material the law requires us to keep"],
      nb: ["kjøperopplysningene i bestilling #1042", "regnskapsmateriale som vi etter loven må oppbevare"],
      fi: ["tilauksen #1042 ostajatiedot", "kirjanpitoaineistoa, joka on lain mukaan säilytettävä"],
      sv: ["köparuppgifterna i beställning #1042", "räkenskapsinformation som vi enligt lag måste spara"],
    }
    for (const [language, [what, why]] of Object.entries(expected)) {
      const texts = requestTextsFor(language)
      const item = keptItemText(texts, { kind: "bookkeeping", order: "1042", until: "2032-12-31" })
      expect(item).toEqual({ what, why, until: "2032-12-31" })
      const mail = texts.completion({ shop: "Finmug", reference: "R-2026-0001", receivedOn: "2026-03-05", rights: ["erasure"], kept: [item], exportSent: false, contact: "c@finmug.example" })
      expect(mail.text).toContain(what)
    }
  })

  it("tells the consent proof, the request records and the access log apart", () => {
    const texts = requestTextsFor("en")
    const kinds = (["consent_proof", "request_records", "access_log"] as const).map((kind) => keptItemText(texts, { kind, until: null }).what)
    expect(new Set(kinds).size).toBe(3)
  })

  it("reads the request's language from its tag", () => {
    expect(requestLanguage("nb-NO")).toBe("nb")
    expect(requestLanguage("sv-FI")).toBe("sv")
    expect(requestLanguage("de")).toBe("en")
    expect(requestLanguage(null)).toBe("en")
  })
})
