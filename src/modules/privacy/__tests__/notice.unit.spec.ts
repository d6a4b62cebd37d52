import { finmugPrivacyOptions } from "../../../../integration-tests/host-app/privacy-options"
import { parsePrivacyOptions } from "../lib/options"
import { buildNotice, resolveNoticeLanguage, type NoticeSection, type PrivacyNotice } from "../notice/build-notice"
import { retentionByRecord } from "../notice/describe-retention"
import { SECTION_SOURCES } from "../notice/section-sources"
import { textsFor } from "../notice/texts"
import { SECTION_IDS } from "../notice/texts/types"
import { csvField } from "../records/record-csv"
import { shopOptions } from "./fixtures"
import { ART_13_ITEMS, NOTICE_LANGUAGES, PERIOD_STARTS, POLICY_FACTS } from "./notice-facts"

const demo = parsePrivacyOptions(finmugPrivacyOptions)
const section = (notice: PrivacyNotice, id: string) => notice.sections.find((s) => s.id === id)!
const textOf = (s: NoticeSection) =>
  [
    s.heading,
    ...s.paragraphs,
    ...(s.fields ?? []).map((f) => `${f.label}: ${f.value}`),
    ...(s.items ?? []),
    ...(s.groups ?? []).flatMap((g) => [g.heading, ...g.lists.flatMap((l) => [l.intro, ...l.items])]),
    ...(s.table ? [s.table.headings, ...s.table.rows].map((row) => row.join(" | ")) : []),
    ...(s.notes ?? []),
  ].join("\n")
const noticeText = (notice: PrivacyNotice) => notice.sections.map(textOf).join("\n")

describe.each(NOTICE_LANGUAGES)("the privacy notice in %s", (language) => {
  const notice = buildNotice(demo, language)
  const t = textsFor(language)!

  it("has every section, each traced to a legal reference", () => {
    expect(notice.sections.map((s) => s.id)).toEqual([...SECTION_IDS])
    for (const s of notice.sections) {
      expect(s.references.length).toBeGreaterThan(0)
      expect(s.references).toEqual(SECTION_SOURCES[s.id])
      expect(s.paragraphs.length).toBeGreaterThan(0)
    }
  })

  it.each(ART_13_ITEMS.map((entry) => [entry.item, entry.section, entry] as const))(
    "gives GDPR Art. %s in the section %s",
    (item, id, entry) => {
      const s = section(notice, id)
      expect(s.references).toContain(`GDPR Art. ${item}`)
      for (const phrase of entry.says[language]) {
        expect(`${id}: ${textOf(s)}`.toLowerCase()).toContain(phrase.toLowerCase())
      }
    }
  )

  it("states every fact of the shop's own policy", () => {
    for (const [id, facts] of Object.entries(POLICY_FACTS[language])) {
      const text = `${id}: ${textOf(section(notice, id))}`.toLowerCase()
      for (const fact of facts) {
        expect(text).toContain(fact.toLowerCase())
      }
    }
  })

  it("labels the business ID and the VAT number as the language names a Finnish company's", () => {
    const fields = Object.fromEntries(section(notice, "controller").fields!.map((f) => [f.value, f.label]))
    const expected = { nb: ["Finsk foretaksnummer (Y-tunnus)", "VAT-nummer (EU)"], fi: ["Y-tunnus", "ALV-tunniste"], sv: ["FO-nummer", "Momsregistreringsnummer"], en: ["Business ID", "VAT number"] }[language]
    expect([fields["2925634-1"], fields["FI29256341"]]).toEqual(expected)
    expect(fields["2925634-1"]).not.toMatch(/^organisasjonsnummer$/i)
  })

  it("names the register in the reader's language", () => {
    expect(section(notice, "register_name").items).toBeUndefined()
    expect(section(notice, "register_name").paragraphs[0]).toContain(POLICY_FACTS[language].register_name![0])
  })

  it("gives every storage period its record and its start, and each item one period per record", () => {
    const starts = PERIOD_STARTS[language]
    const records = retentionByRecord(demo, language, t)
    expect(records.length).toBeGreaterThan(5)
    for (const { record, periods } of records) {
      const items = periods.flatMap((period) => period.items)
      expect(`${record}: ${items.join(" | ")}`).toBe(`${record}: ${[...new Set(items)].join(" | ")}`)
      for (const { retention, text } of periods) {
        const start = {
          relationship: starts.relationship,
          consent_proof: starts.consentProof,
          bookkeeping: starts.bookkeeping,
          fixed: t.retention.records[record].start,
        }[retention.kind]
        expect(`${record}: ${text}`).toContain(start)
      }
    }
    expect(section(notice, "storage").groups!.map((group) => group.heading)).toEqual(records.map((record) => record.name))
  })

  it("keeps for bookkeeping what a voucher needs, and not the phone number", () => {
    const orders = retentionByRecord(demo, language, t).find((record) => record.record === "orders")!
    const bookkeeping = orders.periods.find((period) => period.retention.kind === "bookkeeping")!
    const items = t.dataContent.items
    expect(bookkeeping.items).toEqual(expect.arrayContaining([items.name, items.postal_address, items.orders]))
    expect(bookkeeping.items).not.toContain(items.phone)
    expect(bookkeeping.items).not.toContain(items.contact_information)
    expect(orders.periods.find((period) => period.retention.kind === "relationship")!.items).toContain(items.phone)
    // Erasure says what the bookkeeping period says: anonymised when it ends.
    expect(bookkeeping.text).toContain(t.retention.fates.anonymised)
    expect(section(notice, "erasure").paragraphs.join(" ")).toContain(t.retention.fates.anonymised)
  })

  it("states the 90 days only for sign-ups waiting for confirmation, and keeps the consent proof for consentProofYears", () => {
    const records = retentionByRecord(parsePrivacyOptions({ ...finmugPrivacyOptions, retention: { consentProofYears: 5 } }), language, t)
    const ninety = records.filter(({ periods }) => periods.some(({ retention }) => retention.kind === "fixed" && retention.unit === "days"))
    expect(ninety.map(({ record }) => record)).toEqual(["opt_in_confirmations"])
    expect(ninety[0].periods.flatMap((period) => period.items)).toEqual([t.dataContent.items.opt_in_confirmations])
    const proof = records.find(({ record }) => record === "consent_proof")!.periods.find(({ retention }) => retention.kind === "consent_proof")!
    expect(proof.text).toBe(t.retention.consentProof(5))
    expect(proof.items).toContain(t.dataContent.items.marketing_permissions)
  })

  it("tells the access log's period from retention.accessLogMonths, as the daily run prunes it", () => {
    const options = parsePrivacyOptions({ ...finmugPrivacyOptions, retention: { accessLogMonths: 7 } })
    expect(new Set(options.dataMap.entries.filter((entry) => entry.table === "privacy_access_log").map((entry) => JSON.stringify(entry.retention)))).toEqual(
      new Set([JSON.stringify({ fixed: { months: 7 } })])
    )
    const log = retentionByRecord(options, language, t).find(({ record }) => record === "access_log")!
    expect(log.periods.map(({ retention }) => retention)).toEqual([expect.objectContaining({ kind: "fixed", amount: 7, unit: "months" })])
    expect(log.periods[0].items).toEqual([t.dataContent.items.staff_access])
    // The security section says that access is logged, for as long as the option keeps it.
    expect(section(buildNotice(options, language), "security").items).toContain(t.security.accessLogged(7))
    expect(t.security.accessLogged(7)).toMatch(/7/)
  })

  it("gives consent proof and request records their own purposes, a legal obligation", () => {
    const purposes = section(notice, "purposes").items!
    for (const purpose of ["consent_proof", "request_records"] as const) {
      const line = purposes.find((item) => item.toLowerCase().startsWith(t.purposes.names[purpose].toLowerCase()))
      expect(line).toContain(t.purposes.bases.legal_obligation)
    }
    const requests = demo.dataMap.entries.filter((entry) => entry.table === "privacy_export" || entry.table === "privacy_erasure")
    expect(new Set(requests.flatMap((entry) => entry.purposes))).toEqual(new Set(["request_records"]))
  })

  it("keeps processors apart from third parties and authorities, and no longer says the data is used only for the relationship", () => {
    const groups = section(notice, "disclosures").groups!
    const d = t.disclosures
    expect(groups.map((group) => group.heading)).toEqual([d.processors.heading, d.thirdParties.heading, d.authorities.heading, d.categories.heading])
    const [processors, thirdParties, authorities, others] = groups.map((group) => group.lists[0].items.join("\n"))
    expect(processors).toContain(`UpCloud Oy, ${d.categoryNames.hosting}`)
    expect(processors).not.toContain("Posti Oy")
    expect(thirdParties).toContain(`Posti Oy, ${d.categoryNames.carrier}`)
    expect(authorities).toContain(`Verohallinto, ${d.categoryNames.authority}`)
    // The shop platform is named by the data map, and no registered recipient stands for it.
    expect(others).toBe(d.categoryLabels.platform)
    expect(noticeText(notice)).not.toMatch(/brukes kun for å opprettholde|used only to maintain|käytetään vain asiakassuhteiden|används endast för att upprätthålla/)
  })

  it("answers within one month, extendable by two further months", () => {
    const deadline = { nb: ["én måned", "ytterligere to måneder"], fi: ["kuukauden kuluessa", "kahdella kuukaudella"], sv: ["en månad", "ytterligare två månader"], en: ["one month", "two further months"] }[language]
    for (const phrase of deadline) {
      expect(section(notice, "access").paragraphs.join(" ")).toContain(phrase)
    }
  })

  it("names the authority of every country the shop sells to, with its address", () => {
    const complaint = textOf(section(notice, "complaint"))
    const finnish = language === "sv" ? "Dataombudsmannens byrå, PB 800, 00531 Helsingfors" : "Tietosuojavaltuutetun toimisto"
    for (const fact of [finnish, "00531", "tietosuoja@om.fi", "Datatilsynet", "Postboks 458 Sentrum, 0105 Oslo", "postkasse@datatilsynet.no"]) {
      expect(complaint).toContain(fact)
    }
  })

  it("addresses the reader as you, with GDPR's own names for the rights", () => {
    const headings = {
      nb: { rectification: "Rett til retting", marketing_objection: "Rett til å protestere mot direkte markedsføring" },
      fi: { rectification: "Oikeus tietojen oikaisemiseen", marketing_objection: "Oikeus vastustaa suoramarkkinointia" },
      sv: { rectification: "Rätt till rättelse", marketing_objection: "Rätt att invända mot direktmarknadsföring" },
      en: { rectification: "Right to rectification", marketing_objection: "Right to object to direct marketing" },
    }[language]
    expect(section(notice, "rectification").heading).toBe(headings.rectification)
    expect(section(notice, "marketing_objection").heading).toBe(headings.marketing_objection)
    const paragraphs = notice.sections.flatMap((s) => [...s.paragraphs, ...(s.notes ?? [])])
    expect(paragraphs.filter((p) => /^(Kunden |The customer (has|can|may) |Asiakkaalla |Asiakas )/.test(p))).toEqual([])
    expect(noticeText(notice)).not.toMatch(/\bforby|forbid|förbjuda|\bimport\)|tuonti/i)
  })
})

describe("the privacy notice's options", () => {
  const storage = (options: object, language = "en") => textOf(section(buildNotice(parsePrivacyOptions(options), language), "storage"))

  it("changes its version when what it says changes, and only then", () => {
    const base = buildNotice(parsePrivacyOptions(shopOptions), "en")
    expect(buildNotice(parsePrivacyOptions(shopOptions), "en").version).toBe(base.version)
    expect(buildNotice(parsePrivacyOptions({ ...shopOptions, retention: { inactivityMonths: 24 } }), "en").version).not.toBe(base.version)
    expect(storage({ ...shopOptions, retention: { inactivityMonths: 24 } })).toContain("when 24 months have passed")
  })

  it("states the bookkeeping period of the configured jurisdiction, counted from the end of the financial year", () => {
    const norwegian = { ...shopOptions, controller: { name: "Fjordkrus AS", address: "Storgata 1, 0155 Oslo", country: "NO", businessId: "923609016", email: "post@fjordkrus.no" } }
    expect(storage(norwegian, "nb")).toContain("i 5 år fra utgangen av regnskapsåret for salget (bokføringsloven § 13)")
    expect(textOf(section(buildNotice(parsePrivacyOptions(norwegian), "nb"), "complaint"))).toContain("Datatilsynet, Postboks 458 Sentrum, 0105 Oslo")
    expect(storage({ ...shopOptions, retention: { bookkeeping: { jurisdiction: "SE" } } })).toContain("until the end of the seventh year after the calendar year")
    expect(storage({ ...shopOptions, retention: { bookkeeping: { years: 8 } } })).toContain("for 8 years from the end of the financial year of the sale")
  })

  it("names IMY and the Danish Datatilsynet with their addresses for shops that sell to Sweden and Denmark", () => {
    const complaint = textOf(section(buildNotice(parsePrivacyOptions({ ...shopOptions, salesCountries: ["SE", "DK"] }), "sv"), "complaint"))
    expect(complaint).toContain("Sverige: Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy@imy.se")
    expect(complaint).toContain("Danmark: Datatilsynet, Danmarks dataskyddsmyndighet, Carl Jacobsens Vej 35, 2500 Valby")
    expect(complaint).toContain("Finland: Dataombudsmannens byrå, PB 800, 00531 Helsingfors")
  })

  it("takes the register's name per language, falling back to the default language's, or makes one", () => {
    const name = (registerName: unknown, language: string, controller = shopOptions.controller) =>
      section(buildNotice(parsePrivacyOptions({ ...shopOptions, controller, registerName, defaultLanguage: "nb" }), language), "register_name").paragraphs[0]
    expect(name({ nb: "Finmug Nettbutikkens kunderegister", fi: "Finmug-verkkokaupan asiakasrekisteri" }, "fi")).toBe("Rekisterin nimi on ”Finmug-verkkokaupan asiakasrekisteri”.")
    expect(name({ nb: "Finmug Nettbutikkens kunderegister", fi: "Finmug-verkkokaupan asiakasrekisteri" }, "sv")).toBe("Registret heter ”Finmug Nettbutikkens kunderegister”.")
    expect(name("Finmug Register", "en")).toBe("The register is called “Finmug Register”.")
    expect(name(undefined, "fi")).toBe("Rekisterin nimi on ”Finmug-verkkokaupan asiakasrekisteri”.")
    expect(name(undefined, "fi", { ...shopOptions.controller, name: "Finmug Oy" })).toBe("Rekisterin nimi on ”Finmug Oy -verkkokaupan asiakasrekisteri”.")
    expect(name(undefined, "nb")).toBe("Registeret heter «Kunderegisteret til Finmug».")
  })

  it("states the soft opt-in as a basis of its own when the shop uses it, and leaves the consent rules as they are", () => {
    const off = buildNotice(parsePrivacyOptions(finmugPrivacyOptions), "nb")
    expect(textOf(section(off, "purposes"))).not.toContain("eksisterende kunder")
    const options = parsePrivacyOptions({ ...finmugPrivacyOptions, consent: { ...finmugPrivacyOptions.consent, softOptIn: true } })
    expect(options.consent).toMatchObject({ doubleOptIn: true, softOptIn: true, purposes: [{ key: "marketing" }] })
    expect(options.dataMap.purposes.direct_marketing.legalBasis).toBe("consent")
    const expected = {
      nb: ["artikkel 6 nr. 1 bokstav f", "markedsføringsloven § 15", "(917/2014) § 200"],
      fi: ["6 artiklan 1 kohdan f alakohta", "917/2014, 200 §", "Norjan markedsføringsloven, 15 §"],
      sv: ["artikel 6.1 f", "200 § i den finska lagen", "§ 15 i den norska marknadsföringslagen"],
      en: ["Art. 6(1)(f)", "(917/2014), section 200", "(markedsføringsloven), section 15"],
    }
    for (const language of NOTICE_LANGUAGES) {
      const notice = buildNotice(options, language)
      const t = textsFor(language)!
      const line = section(notice, "purposes").items!.find((item) => item.toLowerCase().startsWith(t.purposes.names.existing_customer_marketing.toLowerCase()))!
      for (const phrase of expected[language]) {
        expect(line).toContain(phrase)
      }
      expect(section(notice, "marketing_objection").paragraphs).toContain(t.rights.softOptInObjection)
    }
  })

  it("states a transfer with its basis, the recipient's country among the recipients, and the DPO", () => {
    const notice = buildNotice(
      parsePrivacyOptions({
        ...shopOptions,
        dpo: { name: "Dana Protector", email: "dpo@finmug.fi" },
        transfersOutsideEea: true,
        recipients: [
          {
            id: "mailer",
            name: "Mailer Inc.",
            role: "processor",
            category: "email_service",
            country: "US",
            dataCategories: ["contact"],
            purpose: "Sending e-mail",
            transfer: { basis: "standard_contractual_clauses" },
          },
        ],
      }),
      "en"
    )
    expect(section(notice, "transfers").items).toEqual([
      "Mailer Inc.: United States, on the basis of standard data protection clauses adopted by the European Commission (Commission Implementing Decision (EU) 2021/914, GDPR Art. 46(2)(c))",
    ])
    expect(section(notice, "disclosures").groups![0].lists[0].items).toEqual(["Mailer Inc., e-mail service (United States): Sending e-mail"])
    expect(section(notice, "dpo").fields).toEqual([
      { label: "Name", value: "Dana Protector" },
      { label: "E-mail", value: "dpo@finmug.fi" },
    ])
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
