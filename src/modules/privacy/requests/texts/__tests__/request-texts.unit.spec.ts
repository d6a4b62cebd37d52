import { requestTextsFor, type Mail, type RequestRight } from ".."

const shop = "Nordlys Butikk"
const reference = "R-2026-0042"
const contact = "personvern@nordlys.example"
const allRights: RequestRight[] = ["access", "portability", "rectification", "erasure", "restriction", "objection", "withdrawal"]

/** What each language must say, written out here rather than read from the texts. */
const LANGUAGES = {
  nb: {
    received: "7. april 2026",
    due: "7. mai 2026",
    firstDue: "4. mai 2026",
    extendedDue: "6. juli 2026",
    until: "31. desember 2032",
    untilFurtherNotice: "inntil videre",
    rightNames: { access: "Rett til innsyn", erasure: "Rett til sletting", restriction: "Rett til begrensning av behandling", objection: "Rett til å protestere" },
    complaint: "Du har rett til å klage til en tilsynsmyndighet",
    judicialRemedy: "rett til et effektivt rettsmiddel",
    authority: "Datatilsynet",
  },
  fi: {
    received: "7.4.2026",
    due: "7.5.2026",
    firstDue: "4.5.2026",
    extendedDue: "6.7.2026",
    until: "31.12.2032",
    untilFurtherNotice: "toistaiseksi",
    rightNames: { access: "Oikeus saada pääsy tietoihin", erasure: "Oikeus tietojen poistamiseen", restriction: "Oikeus käsittelyn rajoittamiseen", objection: "Vastustamisoikeus" },
    complaint: "Sinulla on oikeus tehdä valitus valvontaviranomaiselle",
    judicialRemedy: "oikeus tehokkaaseen oikeussuojakeinoon",
    authority: "Tietosuojavaltuutetun toimisto",
  },
  sv: {
    received: "7 april 2026",
    due: "7 maj 2026",
    firstDue: "4 maj 2026",
    extendedDue: "6 juli 2026",
    until: "31 december 2032",
    untilFurtherNotice: "tills vidare",
    rightNames: { access: "Rätt till tillgång", erasure: "Rätt till radering", restriction: "Rätt till begränsning av behandling", objection: "Rätt att göra invändningar" },
    complaint: "Du har rätt att lämna in klagomål till en tillsynsmyndighet",
    judicialRemedy: "rätt till ett effektivt rättsmedel",
    authority: "Integritetsskyddsmyndigheten (IMY)",
  },
  en: {
    received: "7 April 2026",
    due: "7 May 2026",
    firstDue: "4 May 2026",
    extendedDue: "6 July 2026",
    until: "31 December 2032",
    untilFurtherNotice: "until further notice",
    rightNames: { access: "Right of access", erasure: "Right to erasure", restriction: "Right to restriction of processing", objection: "Right to object" },
    complaint: "You have the right to lodge a complaint with a supervisory authority",
    judicialRemedy: "right to an effective judicial remedy",
    authority: "the Norwegian Data Protection Authority (Datatilsynet)",
  },
} as const

function allMails(language: string): Record<string, Mail> {
  const texts = requestTextsFor(language)
  const request = { shop, reference, receivedOn: "2026-04-07" }
  return {
    verification: texts.verification({ shop, reference, verifyUrl: "https://shop.example/privacy/requests/verify?token=abc", hours: 24 }),
    acknowledgement: texts.acknowledgement({ ...request, due: "2026-05-07", rights: ["access", "erasure"] }),
    extension: texts.extension({ ...request, firstDue: "2026-05-04", due: "2026-07-06", reason: "Orders in three shops" }),
    completion: texts.completion({ ...request, rights: allRights, kept: [], exportSent: true, contact }),
    noData: texts.noData({ ...request, contact }),
    refusal: texts.refusal({ ...request, rights: ["erasure"], reason: "An open dispute", authority: null, contact }),
  }
}

describe.each(Object.entries(LANGUAGES))("request texts in %s", (language, expected) => {
  const texts = requestTextsFor(language)

  it("puts the reference and the shop in every mail's subject and text", () => {
    for (const [name, mail] of Object.entries(allMails(language))) {
      for (const part of [mail.subject, mail.text]) {
        expect({ name, contains: part.includes(reference) && part.includes(shop) }).toEqual({ name, contains: true })
      }
    }
  })

  it("writes dates the way the language does", () => {
    const ack = texts.acknowledgement({ shop, reference, receivedOn: "2026-04-07", due: "2026-05-07", rights: ["access"] })
    expect(ack.text).toContain(expected.received)
    expect(ack.text).toContain(expected.due)
    expect(ack.text).not.toContain("2026-04-07")
  })

  it("names the rights as the GDPR text of the language does, and lists the ones asked for", () => {
    for (const [right, name] of Object.entries(expected.rightNames)) {
      expect(texts.rightName(right as RequestRight)).toBe(name)
    }
    const ack = texts.acknowledgement({ shop, reference, receivedOn: "2026-04-07", due: "2026-05-07", rights: ["access", "erasure"] })
    expect(ack.text).toContain(`- ${expected.rightNames.access}`)
    expect(ack.text).toContain(`- ${expected.rightNames.erasure}`)
    expect(ack.text).not.toContain(expected.rightNames.objection)
  })

  it("refuses with the reason, the named authority and its contact details, the complaint and the judicial remedy", () => {
    const authority = { name: expected.authority, address: "Postboks 458 Sentrum, 0105 Oslo", website: "https://www.datatilsynet.no", email: "postkasse@datatilsynet.no" }
    const mail = texts.refusal({ shop, reference, receivedOn: "2026-04-07", rights: ["erasure"], reason: "An open dispute about order 1001", authority, contact })
    expect(mail.text).toContain("An open dispute about order 1001")
    expect(mail.text).toContain(expected.authority)
    expect(mail.text).toContain(authority.address)
    expect(mail.text).toContain(authority.website)
    expect(mail.text).toContain(authority.email)
    expect(mail.text).toContain(expected.complaint)
    expect(mail.text).toContain(expected.judicialRemedy)
    expect(mail.text).toContain(contact)
  })

  it("keeps the complaint and judicial remedy sentences when no authority is configured", () => {
    const mail = texts.refusal({ shop, reference, receivedOn: "2026-04-07", rights: ["access"], reason: "Manifestly unfounded", authority: null, contact })
    expect(mail.text).toContain(expected.complaint)
    expect(mail.text).toContain(expected.judicialRemedy)
  })

  it("lists each kept item with its end date, or until further notice", () => {
    const kept = [
      { what: "Order 1001 and its invoice", why: "Bookkeeping law.", until: "2032-12-31" },
      { what: "Messages about a claim", why: "A legal hold", until: null },
    ]
    const mail = texts.completion({ shop, reference, receivedOn: "2026-04-07", rights: ["erasure"], kept, exportSent: false, contact })
    const lines = mail.text.split("\n")
    const orderLine = lines.find((line) => line.startsWith("- Order 1001 and its invoice: Bookkeeping law. "))
    const holdLine = lines.find((line) => line.startsWith("- Messages about a claim: A legal hold. "))
    expect(orderLine).toContain(expected.until)
    expect(holdLine?.toLowerCase()).toContain(expected.untilFurtherNotice)
    expect(mail.text).not.toContain("law..")
  })

  it("says the download link went separately only when it did, and adds the staff note", () => {
    const base = { shop, reference, receivedOn: "2026-04-07", rights: ["access"] as RequestRight[], kept: [], contact }
    const sent = texts.completion({ ...base, exportSent: true, note: "The paper copy follows by post." })
    const notSent = texts.completion({ ...base, exportSent: false })
    const added = sent.text.split("\n\n").filter((paragraph) => !notSent.text.split("\n\n").includes(paragraph))
    expect(added).toHaveLength(2)
    expect(added).toContain("The paper copy follows by post.")
  })

  it("gives the reason and the new due date in an extension", () => {
    const mail = texts.extension({ shop, reference, receivedOn: "2026-04-07", firstDue: "2026-05-04", due: "2026-07-06", reason: "Orders in three shops to collect" })
    expect(mail.text).toContain("Orders in three shops to collect")
    expect(mail.text).toContain(expected.extendedDue)
    expect(mail.text).toContain(expected.firstDue)
  })

  it("carries the link and its lifetime in the verification", () => {
    const mail = texts.verification({ shop, reference, verifyUrl: "https://shop.example/v?token=xyz", hours: 48 })
    expect(mail.text).toContain("\nhttps://shop.example/v?token=xyz\n")
    expect(mail.text).toContain("48")
  })

  it("reminds officers of every overdue and soon-due request with its due date", () => {
    const mail = texts.officerReminder({
      shop,
      days: 7,
      overdue: [{ reference: "R-2026-0001", due: "2026-04-07" }],
      dueSoon: [{ reference: "R-2026-0002", due: "2026-05-07" }, { reference: "R-2026-0003", due: "2032-12-31" }],
    })
    expect(mail.subject).toContain(shop)
    expect(mail.subject).toMatch(/\b1\b.*\b2\b/)
    for (const [ref, due] of [["R-2026-0001", expected.received], ["R-2026-0002", expected.due], ["R-2026-0003", expected.until]]) {
      expect(mail.text.split("\n").find((line) => line.includes(ref))).toContain(due)
    }
    const nothing = texts.officerReminder({ shop, days: 7, overdue: [], dueSoon: [] })
    expect(nothing.text).toContain(shop)
    expect(nothing.text).not.toContain("R-2026")
  })
})

describe("choosing the language", () => {
  it("resolves regional tags to their base language", () => {
    expect(requestTextsFor("nb-NO")).toBe(requestTextsFor("nb"))
    expect(requestTextsFor("sv-FI")).toBe(requestTextsFor("sv"))
    expect(requestTextsFor("no")).toBe(requestTextsFor("nb"))
    expect(requestTextsFor("fi-FI").rightName("access")).toBe("Oikeus saada pääsy tietoihin")
  })

  it("falls back to English for an unknown or missing language", () => {
    expect(requestTextsFor("de").rightName("erasure")).toBe("Right to erasure")
    expect(requestTextsFor("")).toBe(requestTextsFor("en"))
    expect(requestTextsFor(null)).toBe(requestTextsFor("en"))
  })
})

describe("dates", () => {
  it("keep their day whatever the machine's time zone", () => {
    const zone = process.env.TZ
    try {
      for (const tz of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
        process.env.TZ = tz
        expect(requestTextsFor("en").acknowledgement({ shop, reference, receivedOn: "2026-01-01", due: "2026-02-02", rights: ["access"] }).text).toContain(
          "1 January 2026"
        )
      }
    } finally {
      process.env.TZ = zone
    }
  })

  it("refuse a day that does not exist, naming the field", () => {
    expect(() => requestTextsFor("fi").extension({ shop, reference, receivedOn: "2026-02-30", firstDue: "2026-03-30", due: "2026-05-30", reason: "x" })).toThrow(
      "receivedOn must be a calendar date YYYY-MM-DD"
    )
    expect(() => requestTextsFor("en").completion({ shop, reference, receivedOn: "2026-04-07", rights: [], kept: [{ what: "a", why: "b", until: "31.12.2032" }], exportSent: false, contact })).toThrow(
      "kept.until"
    )
  })
})

describe("personal data", () => {
  it("appears only as given: no e-mail addresses but the contact the input names", () => {
    for (const language of Object.keys(LANGUAGES)) {
      for (const mail of Object.values(allMails(language))) {
        const addresses = `${mail.subject}\n${mail.text}`.match(/[^\s:()]+@[^\s:()]+/g) ?? []
        expect(addresses.map((a) => a.replace(/\.$/, "")).filter((a) => a !== contact)).toEqual([])
      }
    }
  })
})
