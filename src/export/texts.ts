import { matchLanguage } from "../modules/privacy/lib/language-match"

export type SectionKey =
  | "customer"
  | "addresses"
  | "privacy_profile"
  | "profile_changes"
  | "consents"
  | "login_identities"
  | "payment_accounts"
  | "orders"
  | "carts"
  | "notifications"
  | "privacy_exports"
  | "staff_access"
  | "disclosures"
  | "cookie_choices"
  | "consent_history"
  | "double_opt_ins"
  | "other_records"

/** What the readable summary (index.html) and the export e-mail say, per language. */
export type ExportTexts = {
  title: (shop: string) => string
  intro: (shop: string, date: string) => string
  files: string
  fileList: { data: string; csv: string; html: string }
  information: string
  dataHeading: string
  sections: Record<SectionKey, string>
  empty: string
  fields: Record<string, string>
  email: { subject: (shop: string) => string; body: (url: string, expires: string, shop: string) => string }
}

const en: ExportTexts = {
  title: (shop) => `Your data at ${shop}`,
  intro: (shop, date) =>
    `This archive holds the personal data ${shop} had about you on ${date}, and the information about how it is processed that GDPR Art. 15 gives you a right to.`,
  files: "Files in this archive",
  fileList: {
    data: "data.json: all of it, machine-readable (GDPR Art. 20), in the documented schema named in the file",
    csv: "one CSV file per kind of record, for spreadsheets",
    html: "index.html: this summary",
  },
  information: "How your data is processed",
  dataHeading: "Your data",
  sections: {
    customer: "Customer details",
    addresses: "Saved addresses",
    privacy_profile: "Privacy profile",
    profile_changes: "Changes to your profile",
    consents: "Marketing consents",
    consent_history: "Consent history",
    double_opt_ins: "Sign-ups waiting for or given confirmation",
    login_identities: "Sign-in",
    payment_accounts: "Accounts with payment providers",
    orders: "Orders",
    carts: "Open shopping carts",
    notifications: "Messages we have sent you",
    privacy_exports: "Your requests for your data",
    staff_access: "When our staff consulted your data, and why",
    disclosures: "Who received your data",
    cookie_choices: "Your cookie choices",
    other_records: "Other records",
  },
  empty: "None.",
  fields: {
    email: "E-mail", first_name: "First name", last_name: "Last name", company_name: "Company", company: "Company",
    phone: "Phone", address_1: "Address", address_2: "Address (2)", postal_code: "Postal code", city: "City",
    province: "Region", country_code: "Country", created_at: "Created", updated_at: "Updated", customer_number: "Customer number",
    language: "Language", gender: "Gender", homepage_url: "Homepage", source: "Source", last_activity_at: "Last activity",
    display_id: "Order number", status: "Status", total: "Total", currency_code: "Currency", items: "Items",
    title: "Product", quantity: "Quantity", unit_price: "Unit price", shipping_address: "Delivery address",
    billing_address: "Billing address", shipping_methods: "Delivery", fulfillments: "Shipments", payments: "Payments",
    returns: "Returns", claims: "Claims", exchanges: "Exchanges", discounts: "Discounts", code: "Code", amount: "Amount",
    state: "Current consents", history: "History", purpose: "Purpose", channel: "Channel", granted: "Granted",
    action: "Action", occurred_at: "When", route: "What was opened", outcome: "Outcome", provider: "Provider", username: "Username", to: "To", template: "Message",
    recipient: "Recipient", recipient_id: "Recipient id", data_categories: "Data given", occasion: "Occasion", disclosed_at: "Date", legal_basis: "Legal basis", reference: "Reference", legal_reference: "Legal provision", order_id: "Order",
    tracking_number: "Tracking number", note: "Note", metadata: "Additional details",
  },
  email: {
    subject: (shop) => `Your data from ${shop} is ready`,
    body: (url, expires, shop) =>
      `Hello,\n\nThe copy of your personal data that you asked for is ready. Download it here:\n\n${url}\n\nThe link works until ${expires}. The archive holds your data as JSON and CSV, and a readable summary.\n\n${shop}`,
  },
}

const nb: ExportTexts = {
  title: (shop) => `Dine opplysninger hos ${shop}`,
  intro: (shop, date) =>
    `Dette arkivet inneholder personopplysningene ${shop} hadde om deg ${date}, og informasjonen om behandlingen som du har rett til etter personvernforordningen artikkel 15.`,
  files: "Filer i arkivet",
  fileList: {
    data: "data.json: alt sammen, maskinlesbart (artikkel 20), i det dokumenterte formatet som filen oppgir",
    csv: "én CSV-fil for hver type opplysninger, for regneark",
    html: "index.html: denne oversikten",
  },
  information: "Hvordan opplysningene dine behandles",
  dataHeading: "Dine opplysninger",
  sections: {
    customer: "Kundeopplysninger",
    addresses: "Lagrede adresser",
    privacy_profile: "Personvernprofil",
    profile_changes: "Endringer i profilen",
    consents: "Samtykker til markedsføring",
    consent_history: "Samtykkehistorikk",
    double_opt_ins: "Påmeldinger som venter på eller har fått bekreftelse",
    login_identities: "Innlogging",
    payment_accounts: "Kontoer hos betalingstjenester",
    orders: "Bestillinger",
    carts: "Åpne handlekurver",
    notifications: "Meldinger vi har sendt deg",
    privacy_exports: "Dine anmodninger om innsyn",
    staff_access: "Når våre ansatte så på opplysningene dine, og hvorfor",
    disclosures: "Hvem som har mottatt opplysningene dine",
    cookie_choices: "Valgene dine om informasjonskapsler",
    other_records: "Andre opplysninger",
  },
  empty: "Ingen.",
  fields: {
    email: "E-post", first_name: "Fornavn", last_name: "Etternavn", company_name: "Firma", company: "Firma",
    phone: "Telefon", address_1: "Adresse", address_2: "Adresse (2)", postal_code: "Postnummer", city: "Sted",
    province: "Region", country_code: "Land", created_at: "Opprettet", updated_at: "Oppdatert", customer_number: "Kundenummer",
    language: "Språk", gender: "Kjønn", homepage_url: "Hjemmeside", source: "Kilde", last_activity_at: "Siste aktivitet",
    display_id: "Ordrenummer", status: "Status", total: "Totalt", currency_code: "Valuta", items: "Varer",
    title: "Produkt", quantity: "Antall", unit_price: "Enhetspris", shipping_address: "Leveringsadresse",
    billing_address: "Fakturaadresse", shipping_methods: "Levering", fulfillments: "Forsendelser", payments: "Betalinger",
    returns: "Returer", claims: "Reklamasjoner", exchanges: "Bytter", discounts: "Rabatter", code: "Kode", amount: "Beløp",
    state: "Gjeldende samtykker", history: "Historikk", purpose: "Formål", channel: "Kanal", granted: "Samtykke gitt",
    action: "Handling", occurred_at: "Tidspunkt", route: "Hva som ble åpnet", outcome: "Utfall", provider: "Tjeneste", username: "Brukernavn", to: "Til", template: "Melding",
    recipient: "Mottaker", recipient_id: "Mottakerens id", data_categories: "Opplysninger utlevert", occasion: "Anledning", disclosed_at: "Dato", legal_basis: "Rettslig grunnlag", reference: "Referanse", legal_reference: "Lovhjemmel", order_id: "Bestilling",
    tracking_number: "Sporingsnummer", note: "Merknad", metadata: "Tilleggsopplysninger",
  },
  email: {
    subject: (shop) => `Opplysningene dine fra ${shop} er klare`,
    body: (url, expires, shop) =>
      `Hei,\n\nKopien av personopplysningene dine som du ba om, er klar. Last den ned her:\n\n${url}\n\nLenken virker til ${expires}. Arkivet inneholder opplysningene som JSON og CSV, og en lesbar oversikt.\n\n${shop}`,
  },
}

const fi: ExportTexts = {
  title: (shop) => `Tietosi – ${shop}`,
  intro: (shop, date) =>
    `Tämä arkisto sisältää henkilötiedot, jotka ${shop} oli tallentanut sinusta ${date}, sekä tiedot niiden käsittelystä, joihin sinulla on oikeus tietosuoja-asetuksen 15 artiklan mukaan.`,
  files: "Arkiston tiedostot",
  fileList: {
    data: "data.json: kaikki tiedot koneellisesti luettavassa muodossa (20 artikla), tiedostossa mainitun dokumentoidun rakenteen mukaisesti",
    csv: "yksi CSV-tiedosto kutakin tietolajia kohden, taulukkolaskentaan",
    html: "index.html: tämä yhteenveto",
  },
  information: "Miten tietojasi käsitellään",
  dataHeading: "Tietosi",
  sections: {
    customer: "Asiakastiedot",
    addresses: "Tallennetut osoitteet",
    privacy_profile: "Tietosuojaprofiili",
    profile_changes: "Profiilin muutokset",
    consents: "Markkinointiluvat",
    consent_history: "Lupahistoria",
    double_opt_ins: "Vahvistusta odottavat tai vahvistetut tilaukset",
    login_identities: "Kirjautuminen",
    payment_accounts: "Tilit maksupalveluissa",
    orders: "Tilaukset",
    carts: "Avoimet ostoskorit",
    notifications: "Sinulle lähettämämme viestit",
    privacy_exports: "Tietopyyntösi",
    staff_access: "Milloin henkilökuntamme katsoi tietojasi ja miksi",
    disclosures: "Kenelle tietojasi on luovutettu",
    cookie_choices: "Evästevalintasi",
    other_records: "Muut tiedot",
  },
  empty: "Ei yhtään.",
  fields: {
    email: "Sähköposti", first_name: "Etunimi", last_name: "Sukunimi", company_name: "Yritys", company: "Yritys",
    phone: "Puhelin", address_1: "Osoite", address_2: "Osoite (2)", postal_code: "Postinumero", city: "Kaupunki",
    province: "Alue", country_code: "Maa", created_at: "Luotu", updated_at: "Päivitetty", customer_number: "Asiakasnumero",
    language: "Kieli", gender: "Sukupuoli", homepage_url: "Kotisivu", source: "Lähde", last_activity_at: "Viimeisin toiminta",
    display_id: "Tilausnumero", status: "Tila", total: "Yhteensä", currency_code: "Valuutta", items: "Tuotteet",
    title: "Tuote", quantity: "Määrä", unit_price: "Yksikköhinta", shipping_address: "Toimitusosoite",
    billing_address: "Laskutusosoite", shipping_methods: "Toimitus", fulfillments: "Lähetykset", payments: "Maksut",
    returns: "Palautukset", claims: "Reklamaatiot", exchanges: "Vaihdot", discounts: "Alennukset", code: "Koodi", amount: "Summa",
    state: "Voimassa olevat luvat", history: "Historia", purpose: "Tarkoitus", channel: "Kanava", granted: "Lupa annettu",
    action: "Toimenpide", occurred_at: "Ajankohta", route: "Mitä avattiin", outcome: "Tulos", provider: "Palvelu", username: "Käyttäjätunnus", to: "Vastaanottaja", template: "Viesti",
    recipient: "Vastaanottaja", recipient_id: "Vastaanottajan tunnus", data_categories: "Luovutetut tiedot", occasion: "Peruste luovutukselle", disclosed_at: "Päivämäärä", legal_basis: "Oikeusperuste", reference: "Viite", legal_reference: "Säännös", order_id: "Tilaus",
    tracking_number: "Seurantanumero", note: "Huomautus", metadata: "Lisätiedot",
  },
  email: {
    subject: (shop) => `Tietosi ovat valmiina – ${shop}`,
    body: (url, expires, shop) =>
      `Hei,\n\nPyytämäsi kopio henkilötiedoistasi on valmis. Lataa se tästä:\n\n${url}\n\nLinkki toimii ${expires} asti. Arkisto sisältää tietosi JSON- ja CSV-muodossa sekä luettavan yhteenvedon.\n\n${shop}`,
  },
}

const sv: ExportTexts = {
  title: (shop) => `Dina uppgifter hos ${shop}`,
  intro: (shop, date) =>
    `Det här arkivet innehåller de personuppgifter ${shop} hade om dig den ${date}, och den information om behandlingen som du har rätt till enligt artikel 15 i dataskyddsförordningen.`,
  files: "Filer i arkivet",
  fileList: {
    data: "data.json: allt, maskinläsbart (artikel 20), i det dokumenterade format som filen anger",
    csv: "en CSV-fil för varje typ av uppgifter, för kalkylprogram",
    html: "index.html: den här översikten",
  },
  information: "Hur dina uppgifter behandlas",
  dataHeading: "Dina uppgifter",
  sections: {
    customer: "Kunduppgifter",
    addresses: "Sparade adresser",
    privacy_profile: "Integritetsprofil",
    profile_changes: "Ändringar i profilen",
    consents: "Samtycken till marknadsföring",
    consent_history: "Samtyckeshistorik",
    double_opt_ins: "Anmälningar som väntar på eller har fått bekräftelse",
    login_identities: "Inloggning",
    payment_accounts: "Konton hos betaltjänster",
    orders: "Beställningar",
    carts: "Öppna varukorgar",
    notifications: "Meddelanden vi har skickat dig",
    privacy_exports: "Dina begäranden om dina uppgifter",
    staff_access: "När vår personal tog del av dina uppgifter, och varför",
    disclosures: "Vem som har fått dina uppgifter",
    cookie_choices: "Dina val om kakor",
    other_records: "Övriga uppgifter",
  },
  empty: "Inga.",
  fields: {
    email: "E-post", first_name: "Förnamn", last_name: "Efternamn", company_name: "Företag", company: "Företag",
    phone: "Telefon", address_1: "Adress", address_2: "Adress (2)", postal_code: "Postnummer", city: "Ort",
    province: "Region", country_code: "Land", created_at: "Skapad", updated_at: "Uppdaterad", customer_number: "Kundnummer",
    language: "Språk", gender: "Kön", homepage_url: "Webbplats", source: "Källa", last_activity_at: "Senaste aktivitet",
    display_id: "Ordernummer", status: "Status", total: "Totalt", currency_code: "Valuta", items: "Varor",
    title: "Produkt", quantity: "Antal", unit_price: "Styckpris", shipping_address: "Leveransadress",
    billing_address: "Fakturaadress", shipping_methods: "Leverans", fulfillments: "Försändelser", payments: "Betalningar",
    returns: "Returer", claims: "Reklamationer", exchanges: "Byten", discounts: "Rabatter", code: "Kod", amount: "Belopp",
    state: "Gällande samtycken", history: "Historik", purpose: "Ändamål", channel: "Kanal", granted: "Samtycke givet",
    action: "Åtgärd", occurred_at: "Tidpunkt", route: "Vad som öppnades", outcome: "Utfall", provider: "Tjänst", username: "Användarnamn", to: "Till", template: "Meddelande",
    recipient: "Mottagare", recipient_id: "Mottagarens id", data_categories: "Uppgifter som lämnats ut", occasion: "Tillfälle", disclosed_at: "Datum", legal_basis: "Rättslig grund", reference: "Referens", legal_reference: "Lagrum", order_id: "Beställning",
    tracking_number: "Spårningsnummer", note: "Anteckning", metadata: "Tilläggsuppgifter",
  },
  email: {
    subject: (shop) => `Dina uppgifter från ${shop} är klara`,
    body: (url, expires, shop) =>
      `Hej,\n\nKopian av dina personuppgifter som du bad om är klar. Ladda ner den här:\n\n${url}\n\nLänken fungerar till ${expires}. Arkivet innehåller uppgifterna som JSON och CSV, och en läsbar översikt.\n\n${shop}`,
  },
}

const TEXTS: Record<string, ExportTexts> = { en, nb, fi, sv }

export function exportTextsFor(language: string): ExportTexts {
  return TEXTS[matchLanguage(Object.keys(TEXTS), language) ?? "en"]
}
