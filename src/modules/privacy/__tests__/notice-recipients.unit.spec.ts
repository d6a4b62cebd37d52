import { finmugPrivacyOptions } from "../../../../integration-tests/host-app/privacy-options"
import { parsePrivacyOptions } from "../lib/options"
import { buildNotice, type PrivacyNotice } from "../notice/build-notice"
import { textsFor } from "../notice/texts"
import { buildProcessingRecord } from "../records/build-record"
import { processingRecordCsv } from "../records/record-csv"
import { NOTICE_LANGUAGES } from "./notice-facts"

const demo = parsePrivacyOptions(finmugPrivacyOptions)
const section = (notice: PrivacyNotice, id: string) => notice.sections.find((s) => s.id === id)!
const groupItems = (notice: PrivacyNotice) =>
  Object.fromEntries(section(notice, "disclosures").groups!.map((group) => [group.heading, group.lists.flatMap((list) => list.items)]))

/** The host app's register and two recipients outside the EU/EEA: one on the UK's adequacy decision, one DPF-certified in the US. */
const abroad = parsePrivacyOptions({
  ...finmugPrivacyOptions,
  transfersOutsideEea: true,
  recipients: [
    ...finmugPrivacyOptions.recipients,
    {
      id: "insight",
      name: "Insight Analytics Ltd",
      role: "processor",
      category: "analytics",
      country: "GB",
      dataCategories: ["technical"],
      purpose: { nb: "Besøksstatistikk", fi: "Kävijätilastot", sv: "Besöksstatistik", en: "Visitor statistics" },
      transfer: { basis: "adequacy" },
    },
    {
      id: "adsco",
      name: "AdsCo Inc.",
      role: "controller",
      category: "advertising",
      country: "US",
      dataCategories: ["contact"],
      purpose: { nb: "Annonser", fi: "Mainonta", sv: "Annonser", en: "Advertising" },
      transfer: { basis: "adequacy", dpfCertified: true },
    },
  ],
})

/** What each language must say of the register: every recipient by name with its category, in the reader's words. */
const NAMED: Record<(typeof NOTICE_LANGUAGES)[number], string[]> = {
  nb: [
    "UpCloud Oy, driftsleverandør: Drift av server og plattform",
    "Sendinblue SAS (Brevo), e-posttjeneste (Frankrike): Utsending av e-post",
    "Posti Oy, transportør: Levering av bestillinger",
    "Paytrail Oyj, betalingstjeneste: Betaling",
    "Intrum Oy, inkassoforetak: Innkreving av ubetalte fakturaer",
    "Verohallinto, offentlig myndighet: Når loven krever det",
  ],
  fi: [
    "UpCloud Oy, palvelinpalvelujen tarjoaja: Palvelimen ja alustan ylläpito",
    "Sendinblue SAS (Brevo), sähköpostipalvelu (Ranska): Sähköpostien lähettäminen",
    "Posti Oy, kuljetusliike: Tilausten toimittaminen",
    "Paytrail Oyj, maksupalvelun tarjoaja: Maksujen käsittely",
    "Intrum Oy, perintätoimisto: Maksamattomien laskujen perintä",
    "Verohallinto, viranomainen: Kun laki sitä edellyttää",
  ],
  sv: [
    "UpCloud Oy, driftleverantör: Drift av server och plattform",
    "Sendinblue SAS (Brevo), e-posttjänst (Frankrike): Utskick av e-post",
    "Posti Oy, transportföretag: Leverans av beställningar",
    "Paytrail Oyj, betaltjänstleverantör: Betalning",
    "Intrum Oy, inkassoföretag: Indrivning av obetalda fakturor",
    "Verohallinto, myndighet: När lagen kräver det",
  ],
  en: [
    "UpCloud Oy, hosting provider: Running the server and platform",
    "Sendinblue SAS (Brevo), e-mail service (France): Sending e-mail",
    "Posti Oy, carrier: Delivering orders",
    "Paytrail Oyj, payment service provider: Taking payments",
    "Intrum Oy, debt collection agency: Collecting unpaid invoices",
    "Verohallinto, public authority: Where the law requires it",
  ],
}

/** The two transfers in each language: country, the Commission act by number, and the DPF certification for the US. */
const TRANSFERS: Record<(typeof NOTICE_LANGUAGES)[number], [string, string]> = {
  nb: [
    "Insight Analytics Ltd: Storbritannia, på grunnlag av en beslutning fra EU-kommisjonen om tilstrekkelig beskyttelsesnivå (kommisjonens gjennomføringsbeslutning (EU) 2021/1772, personvernforordningen artikkel 45)",
    "AdsCo Inc.: USA, på grunnlag av en beslutning fra EU-kommisjonen om tilstrekkelig beskyttelsesnivå (kommisjonens gjennomføringsbeslutning (EU) 2023/1795, personvernforordningen artikkel 45); mottakeren er sertifisert etter EU–US Data Privacy Framework",
  ],
  fi: [
    "Insight Analytics Ltd: Iso-Britannia, perusteena Euroopan komission päätös tietosuojan riittävyydestä (komission täytäntöönpanopäätös (EU) 2021/1772, tietosuoja-asetuksen 45 artikla)",
    "AdsCo Inc.: Yhdysvallat, perusteena Euroopan komission päätös tietosuojan riittävyydestä (komission täytäntöönpanopäätös (EU) 2023/1795, tietosuoja-asetuksen 45 artikla); vastaanottaja on sertifioitu EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (EU–US Data Privacy Framework) mukaisesti",
  ],
  sv: [
    "Insight Analytics Ltd: Storbritannien, med stöd av ett beslut av Europeiska kommissionen om adekvat skyddsnivå (kommissionens genomförandebeslut (EU) 2021/1772, artikel 45)",
    "AdsCo Inc.: USA, med stöd av ett beslut av Europeiska kommissionen om adekvat skyddsnivå (kommissionens genomförandebeslut (EU) 2023/1795, artikel 45); mottagaren är certifierad enligt dataskyddsramen mellan EU och USA (EU–US Data Privacy Framework)",
  ],
  en: [
    "Insight Analytics Ltd: United Kingdom, on the basis of an adequacy decision of the European Commission (Commission Implementing Decision (EU) 2021/1772, GDPR Art. 45)",
    "AdsCo Inc.: United States, on the basis of an adequacy decision of the European Commission (Commission Implementing Decision (EU) 2023/1795, GDPR Art. 45); the recipient is certified under the EU-US Data Privacy Framework",
  ],
}

describe.each(NOTICE_LANGUAGES)("recipients and transfers in the notice in %s", (language) => {
  const t = textsFor(language)!

  it("names every recipient of the register, with its category, its purpose and, abroad, its country", () => {
    const items = Object.values(groupItems(buildNotice(demo, language))).flat()
    expect(items).toEqual(expect.arrayContaining(NAMED[language]))
  })

  it("puts each recipient under its role", () => {
    const groups = groupItems(buildNotice(demo, language))
    const names = (heading: string) => groups[heading].map((item) => item.split(",")[0])
    expect(names(t.disclosures.processors.heading)).toEqual(["UpCloud Oy", "Sendinblue SAS (Brevo)"])
    expect(names(t.disclosures.thirdParties.heading)).toEqual(["Posti Oy", "Paytrail Oyj", "Intrum Oy"])
    expect(names(t.disclosures.authorities.heading)).toEqual(["Verohallinto"])
  })

  it("says nothing leaves the EU/EEA when every recipient is inside it", () => {
    const transfers = section(buildNotice(demo, language), "transfers")
    expect(transfers.paragraphs).toEqual([t.transfers.none])
    expect(transfers.items).toBeUndefined()
  })

  it("names each recipient outside the EU/EEA with its country and the basis of the transfer", () => {
    const notice = buildNotice(abroad, language)
    expect(section(notice, "transfers").paragraphs).toEqual([t.transfers.intro])
    expect(section(notice, "transfers").items).toEqual(TRANSFERS[language])
    expect(Object.values(groupItems(notice)).flat().join("\n")).toContain("Insight Analytics Ltd")
  })

  it("still names a category the data map uses when no registered recipient covers it", () => {
    const options = parsePrivacyOptions({
      ...finmugPrivacyOptions,
      dataMap: { entries: [{ id: "customer.email", recipients: ["hosting", "analytics"] }] },
    })
    const others = groupItems(buildNotice(options, language))[t.disclosures.categories.heading]
    expect(others).toEqual([t.disclosures.categoryLabels.platform, t.disclosures.categoryLabels.analytics])
  })
})

describe("transfer bases in words", () => {
  const single = (transfer: object, country = "IN") =>
    parsePrivacyOptions({
      ...finmugPrivacyOptions,
      transfersOutsideEea: true,
      recipients: [
        { id: "far", name: "Far Away Ltd", role: "processor", category: "other", country, dataCategories: ["contact"], purpose: "Support", transfer },
      ],
    })
  const items = (options: ReturnType<typeof single>, language: string) => section(buildNotice(options, language), "transfers").items

  it("gives binding corporate rules and a derogation with its text", () => {
    expect(items(single({ basis: "binding_corporate_rules" }), "en")).toEqual(["Far Away Ltd: India, on the basis of binding corporate rules (GDPR Art. 47)"])
    const derogation = single({ basis: "derogation", derogation: { en: "you asked us to send the order there", fi: "pyysit toimittamaan tilauksen sinne" } })
    expect(items(derogation, "en")).toEqual([
      "Far Away Ltd: India, on the basis of a derogation for a specific situation (GDPR Art. 49): you asked us to send the order there",
    ])
    expect(items(derogation, "fi")).toEqual(["Far Away Ltd: Intia, perusteena erityistilannetta koskeva poikkeus (49 artikla): pyysit toimittamaan tilauksen sinne"])
  })
})

describe("the record of processing", () => {
  it("lists the recipients by name, category and country", () => {
    const record = buildProcessingRecord(demo, "en")
    const bookkeeping = record.activities.find((activity) => activity.purpose === "bookkeeping")!
    expect(bookkeeping.recipients).toEqual(
      expect.arrayContaining([
        "UpCloud Oy, hosting provider (Finland)",
        "Posti Oy, carrier (Finland)",
        "Paytrail Oyj, payment service provider (Finland)",
        "Intrum Oy, debt collection agency (Finland)",
        "Verohallinto, public authority (Finland)",
      ])
    )
    const communication = record.activities.find((activity) => activity.purpose === "communication")!
    expect(communication.recipients).toContain("Sendinblue SAS (Brevo), e-mail service (France)")
    expect(communication.recipients).not.toContain("Intrum Oy, debt collection agency (Finland)")
    expect(record.activities.every((activity) => activity.transfers.length === 0)).toBe(true)
    expect(buildProcessingRecord(demo, "fi").activities[0].recipients).toContain("Posti Oy, kuljetusliike (Suomi)")
  })

  it("gives each transfer with its basis, in the JSON and the CSV", () => {
    const record = buildProcessingRecord(abroad, "en")
    const security = record.activities.find((activity) => activity.purpose === "security")!
    // The analytics recipient receives technical data; no entry names its category, so its data categories place it.
    expect(security.recipients).toContain("Insight Analytics Ltd, analytics service (United Kingdom)")
    expect(security.transfers).toEqual([TRANSFERS.en[0]])
    const csv = processingRecordCsv(record)
    expect(csv).toContain("Recipients")
    expect(csv).toContain("Posti Oy, carrier (Finland)")
    expect(csv).toContain("Commission Implementing Decision (EU) 2023/1795")
  })
})
