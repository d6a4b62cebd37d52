import type { Lifetime, NoticeTexts } from "./types"

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const period = (amount: number, unit: "months" | "days") =>
  unit === "months" ? plural(amount, "month", "months") : plural(amount, "day", "days")

function lifetime(value: Lifetime): string {
  if (value === "session") {
    return "until the browser is closed"
  }
  if ("minutes" in value) {
    return plural(value.minutes, "minute", "minutes")
  }
  if ("hours" in value) {
    return plural(value.hours, "hour", "hours")
  }
  if ("days" in value) {
    return plural(value.days, "day", "days")
  }
  return plural(value.months, "month", "months")
}

const and = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`)

const COMPLAINT =
  "You have the right to lodge a complaint with a supervisory authority, in particular in the EU or EEA state where you live or work or where the alleged infringement took place (GDPR Art. 77)."

export const en: NoticeTexts = {
  title: "Privacy notice",
  intro: (controller) =>
    `This notice tells you how ${controller} processes personal data about the customers of its web shop (GDPR Art. 13).`,
  headings: {
    controller: "Controller",
    contact_person: "Contact person",
    dpo: "Data protection officer",
    register_name: "Name of the register",
    purposes: "Purposes of the processing and legal basis",
    data_content: "Content of the register",
    sources: "Where the data comes from",
    disclosures: "Recipients of the data",
    transfers: "Transfers outside the EU or EEA",
    storage: "How long the data is kept",
    cookies: "Cookies",
    security: "Security principles",
    access: "Right of access",
    rectification: "Right to rectification",
    marketing_objection: "Right to object to direct marketing",
    erasure: "Right to erasure",
    restriction: "Right to restriction of processing",
    objection: "Right to object",
    portability: "Right to data portability",
    consent_withdrawal: "Withdrawing your consent",
    complaint: "Right to lodge a complaint with a supervisory authority",
    automated_decisions: "Automated decision-making",
    provision_requirement: "Do you have to give us your data?",
  },
  labels: {
    name: "Name",
    address: "Address",
    businessId: {
      FI: "Business ID",
      NO: "Organisation number",
      SE: "Corporate identity number",
      DK: "CVR number",
      other: "Company registration number",
    },
    vatId: "VAT number",
    phone: "Phone",
    email: "E-mail",
    website: "Website",
    version: "Version",
    lastUpdated: "Last updated",
  },
  contactPerson: {
    intro: "Questions and requests about your personal data go to our contact person:",
    fallback: "Questions and requests about your personal data go to the controller named above.",
  },
  dpo: {
    none: "We have not appointed a data protection officer. Questions about data protection go to the contact person.",
    intro: "You can reach our data protection officer here:",
  },
  registerName: {
    sentence: (name) => `The register is called “${name}”.`,
    fallback: (controller) => `${controller} customer register`,
  },
  purposes: {
    intro: "We process personal data for the following purposes, each on the legal basis stated:",
    names: {
      customer_relationship: "maintaining the customer relationship with the customers of our web shop",
      communication: "communicating with our customers",
      direct_marketing: "direct marketing of our products",
      existing_customer_marketing: "e-mail marketing of our own similar products to existing customers",
      bookkeeping: "bookkeeping, as the accounting law requires",
      consent_proof: "keeping proof of your consents and objections to marketing, which we must be able to demonstrate (GDPR Art. 7(1))",
      request_records: "keeping records of your requests concerning your data and how we handled them, to demonstrate that we answered them in time (GDPR Art. 5(2) and 12)",
      security: "keeping customer accounts and the web shop secure",
    },
    bases: {
      consent: "consent (GDPR Art. 6(1)(a))",
      contract: "performance of a contract with you (GDPR Art. 6(1)(b))",
      legal_obligation: "compliance with a legal obligation (GDPR Art. 6(1)(c))",
      vital_interests: "vital interests (GDPR Art. 6(1)(d))",
      public_task: "a task carried out in the public interest (GDPR Art. 6(1)(e))",
      legitimate_interests: "our legitimate interests (GDPR Art. 6(1)(f))",
    },
    legitimateInterest: (interest) => `Our legitimate interest: ${interest}`,
    builtInLegitimateInterests: {
      security: "protecting customer accounts and the web shop against misuse and unauthorised access",
      existing_customer_marketing: (laws) =>
        `telling customers who have bought from us about our own similar products by e-mail, as permitted without prior consent by ${laws}, provided that you were offered a free and simple way to refuse it when you gave us your e-mail address, and are offered it again in every message`,
    },
    softOptInLaws: {
      FI: "the Finnish Act on Electronic Communications Services (917/2014), section 200",
      NO: "the Norwegian Marketing Control Act (markedsføringsloven), section 15",
      SE: "the Swedish Marketing Act (marknadsföringslagen), section 19",
      DK: "the Danish Marketing Practices Act (markedsføringsloven), section 10",
    },
    softOptInLawsUnknown: "the rules on electronic marketing",
    and,
    marketingObjection: "You always have the right to object to the use of your personal data for direct marketing.",
  },
  dataContent: {
    intro: "The register may hold the following data:",
    items: {
      name: "name",
      customer_number: "customer number",
      contact_information: "contact information (postal address and phone number)",
      email: "e-mail address",
      phone: "phone number",
      postal_address: "postal address",
      company: "company name",
      gender: "gender",
      homepage: "homepage address",
      language: "language",
      marketing_permissions: "information on your consent to, or objection against, marketing",
      opt_in_confirmations: "sign-ups for marketing that await your confirmation by e-mail (double opt-in)",
      orders: "information on orders",
      deliveries: "information on deliveries",
      payments: "information on payments",
      discounts: "discounts",
      returns: "returns, claims and exchanges",
      login: "usernames and passwords, if any (passwords are stored only as cryptographic hashes)",
      messages: "messages we have sent you",
      activity: "the time of your last activity, and changes to your profile",
      origin:
        "how you became a customer (in the web shop, at checkout, by phone, by e-mail, registered by our staff, or transferred from an earlier customer system)",
      data_requests: "your requests concerning your data (copies, erasure) and how we handled them",
      staff_access: "when our staff consulted or changed your data, and why (not who)",
      free_text: "additional details and notes about the customer relationship",
    },
  },
  categories: {
    identity: "identity data",
    contact: "contact data",
    demographic: "demographic data",
    preference: "preferences",
    transaction: "order, payment and delivery data",
    technical: "technical data",
    consent_proof: "records of consent",
  },
  dataSubjects: { customers: "customers of the web shop, with or without a customer account" },
  sources: {
    intro: "The data comes from:",
    labels: {
      data_subject: "you, through orders in the web shop, return and other forms, by phone, by e-mail and in similar ways",
      staff: "our staff, who record what you tell us",
      generated: "the web shop's own systems, for example your customer number and the time of your last activity",
      provider: "payment and delivery services, about your payments and deliveries",
    },
  },
  disclosures: {
    intro: "We do not sell your personal data, and as a rule we do not give it to third parties.",
    processors: {
      heading: "Processors",
      intro:
        "These service providers process data on our behalf and only on our instructions (processors, GDPR Art. 28); they are not third parties:",
    },
    thirdParties: {
      heading: "Third parties",
      intro: "Third parties receive data only in the following cases, for these purposes:",
    },
    authorities: {
      heading: "Authorities",
      intro: "We disclose data to authorities, where the law requires it and to the extent the law allows:",
    },
    categories: {
      heading: "Other recipients",
      intro: "Data may also go to these categories of recipients:",
    },
    categoryNames: {
      hosting: "hosting provider",
      platform: "shop platform provider",
      carrier: "carrier",
      payment: "payment service provider",
      debt_collection: "debt collection agency",
      email_service: "e-mail service",
      analytics: "analytics service",
      advertising: "advertising service",
      authority: "public authority",
      other: "service provider",
    },
    categoryLabels: {
      hosting: "hosting providers, whose servers the web shop runs on",
      platform: "providers of the web shop's technical operation (the shop platform and its maintenance)",
      carrier: "carriers, to deliver orders",
      payment: "payment service providers, to carry out payments",
      debt_collection: "debt collection agencies, to handle unpaid invoices",
      email_service: "the e-mail service that sends our messages",
      analytics: "analytics services, to measure how the web shop is used",
      advertising: "advertising services, to show our advertisements",
      authority: "authorities, where the law requires it and to the extent the law allows",
      other: "other service providers, for the purposes stated above",
    },
    recipient: (name, category, place, purpose) => `${name}, ${category}${place ? ` (${place})` : ""}: ${purpose}`,
  },
  transfers: {
    none: "We do not transfer the data outside the EU or the EEA.",
    intro: "We transfer data outside the EU or the EEA only as follows:",
    item: (recipient, place, basis) => `${recipient}: ${place}, on the basis of ${basis}`,
    organisations: { EPO: "the European Patent Organisation" },
    act: (implementing, number) => `Commission ${implementing ? "Implementing Decision" : "Decision"} ${number}`,
    bases: {
      adequacy: (act) => `an adequacy decision of the European Commission (${act}, GDPR Art. 45)`,
      dpfCertified: "the recipient is certified under the EU-US Data Privacy Framework",
      standardContractualClauses: (act) => `standard data protection clauses adopted by the European Commission (${act}, GDPR Art. 46(2)(c))`,
      bindingCorporateRules: "binding corporate rules (GDPR Art. 47)",
      derogation: (text) => `a derogation for a specific situation (GDPR Art. 49): ${text}`,
    },
  },
  retention: {
    intro: "The data in the customer register is kept for as long as the customer relationship lasts, unless a period is stated for it below.",
    relationshipEnds: (months) =>
      `The customer relationship ends when you close your customer account, or when ${plural(months, "month has", "months have")} passed without a sign-in, an order or a change to your consents.`,
    warning: (days) => `Before we erase your data because of inactivity, we tell you by e-mail ${plural(days, "day", "days")} in advance.`,
    records: {
      customer_account: { name: "Your customer account and profile, including your sign-in", start: "from when it was recorded" },
      carts: { name: "Shopping carts", start: "from when the cart was created" },
      orders: { name: "Orders", start: "from when the order was placed" },
      returns: { name: "Returns, claims and exchanges", start: "from when it was recorded" },
      deliveries: { name: "Deliveries", start: "from when the delivery was recorded" },
      payments: { name: "Payments", start: "from the payment" },
      payment_sessions: { name: "Payment sessions and your account with the payment service provider", start: "from when it was recorded" },
      messages: { name: "Log of the messages we have sent you", start: "from when the message was sent" },
      consent_proof: { name: "Proof of your consents and objections to marketing", start: "from when it was recorded" },
      opt_in_confirmations: { name: "Sign-ups for marketing not yet confirmed (double opt-in)", start: "from the sign-up" },
      request_records: { name: "Records of your requests concerning your data", start: "from when the request was answered" },
      access_log: { name: "Log of our staff's access to your data", start: "from the access" },
      other: { name: "Other records", start: "from when it was recorded" },
    },
    fates: { deleted: "deleted", anonymised: "anonymised", deleted_or_anonymised: "deleted or anonymised" },
    relationship: (fate) => `Kept until the customer relationship ends, then ${fate}:`,
    bookkeeping: (period) =>
      `Kept as bookkeeping material ${period}; then the details that identify you are anonymised, and what was sold stays in the sales records without them:`,
    bookkeepingPeriods: {
      FI: "for 6 years from the end of the calendar year in which the financial year of the sale ended (Finnish Accounting Act, chapter 2, section 10)",
      NO: "for 5 years from the end of the financial year of the sale (Norwegian Bookkeeping Act, section 13)",
      SE: "until the end of the seventh year after the calendar year in which the financial year of the sale ended (Swedish Bookkeeping Act, chapter 7, section 2)",
      DK: "for 5 years from the end of the financial year of the sale (Danish Bookkeeping Act)",
    },
    bookkeepingYears: (years) => `for ${plural(years, "year", "years")} from the end of the financial year of the sale`,
    consentProof: (years) => `Kept for ${plural(years, "year", "years")} after the customer relationship ends, so that we can demonstrate your consents and objections, then deleted:`,
    fixed: (amount, unit, start) => `Kept for ${period(amount, unit)} ${start}, then deleted:`,
    fixedOrRelationship: (amount, unit, start, fate) =>
      `Kept for ${period(amount, unit)} ${start}, or until the customer relationship ends if that comes first, then ${fate}:`,
    erasedSecurely: "Data that is no longer needed is removed securely.",
  },
  cookies: {
    intro: "We use cookies, which are stored locally on your device. Cookies are stored for a limited time and do not harm your device.",
    none: "We use no cookies.",
    consent: "Cookies that are not strictly necessary are used only with your consent, and you can change your choice at any time.",
    categories: {
      necessary: "necessary",
      preferences: "preferences",
      statistics: "statistics",
      marketing: "marketing",
    },
    lifetime,
    headings: { name: "Name", category: "Category", provider: "Set by", purpose: "Purpose", lifetime: "Storage period", kind: "Type" },
    firstParty: "us (first party)",
    kinds: { cookie: "cookie", localStorage: "local storage", sessionStorage: "session storage", pixel: "pixel" },
    choiceKept: (months, years) =>
      `Your choice is remembered for ${plural(months, "month", "months")}; then we ask again. We keep a record of each choice (the categories, the time, the version of this list shown and a shortened IP address) for ${plural(years, "year", "years")} after it expires, to be able to show that you consented.`,
  },
  security: {
    intro: "We protect the customer register as follows:",
    accessLogged: (months) =>
      `Every access by our staff to a customer's data is recorded with its time and purpose, in a log that cannot be changed afterwards and is kept for ${plural(months, "month", "months")}.`,
    measures: {
      confidentiality: "The customer register is handled confidentially.",
      firewalls: "The register is protected against outsiders by firewalls and other technical measures.",
      electronic_only:
        "The register is kept only electronically; any incidental paper documents are destroyed immediately and properly.",
      need_to_know: "Only staff whose work involves handling personal data have access to the customer register.",
      personal_accounts: "All staff who use the customer register do so with personal usernames and passwords.",
      duty_of_confidentiality: "All staff who use the customer register are bound by a duty of confidentiality.",
      encrypted_connections: "Data is transferred over encrypted connections.",
      password_hashing: "Passwords are never stored in plain text, only as cryptographic hashes.",
    },
  },
  rights: {
    access: [
      "You have the right to know whether we process personal data about you, and to see that data and get a copy of it (GDPR Art. 15).",
      "Send your request to the contact person named above as a signed document or verified in an equivalent way, or make it in person at our office. If you are signed in to the web shop, you are already identified and can download a copy of your data in your customer account. The contact person answers any questions about your request.",
    ],
    deadline:
      "We answer every request under this notice without undue delay and at the latest within one month of receiving it. Where necessary, taking into account how complex your request is and how many requests there are, we may extend this by two further months; we then tell you within the first month, with the reasons (GDPR Art. 12(3)).",
    rectification: [
      "You have the right to have inaccurate personal data about you rectified and incomplete data completed (GDPR Art. 16). You can update your details yourself in your profile in the web shop, or ask the contact person to update them.",
    ],
    marketingObjection: [
      "You have the right to object at any time to the use of your personal data for direct marketing; we then no longer use it for that purpose (GDPR Art. 21(2) and (3)).",
      "Use the unsubscribe link in any of our marketing messages, change your choices in your customer account, or send your objection by e-mail to the contact person. It takes effect at once, and only you can give your consent again.",
    ],
    softOptInObjection:
      "This also applies to e-mail about our own similar products that we send you as an existing customer: refusing it is free of charge, and every such message tells you how.",
    erasure: [
      "You have the right to have your personal data erased (GDPR Art. 17). We then erase everything that the law does not require us to keep: what we must keep as bookkeeping material is kept until its period ends and then anonymised, and the proof of your consents and objections is kept for the period stated above (GDPR Art. 17(3)(b)).",
    ],
    restriction: [
      "You have the right to have the processing of your data restricted, for example while we check whether the data is accurate (GDPR Art. 18).",
    ],
    objection: [
      "You have the right to object, on grounds relating to your particular situation, to processing based on our legitimate interests (GDPR Art. 21(1)).",
    ],
    portability: [
      "You have the right to receive the data you have provided to us in a structured, commonly used and machine-readable format (JSON), and to transmit it to another controller (GDPR Art. 20).",
    ],
    consentWithdrawal: [
      "Where processing is based on your consent, you have the right to withdraw it at any time, as easily as you gave it. Withdrawing it does not affect the lawfulness of the processing before the withdrawal (GDPR Art. 7(3)).",
    ],
    complaint: COMPLAINT,
    complaintAuthorities: "The supervisory authorities of the countries where we are established and where we sell:",
    complaintAuthority: (country, authority) => `${country}: ${authority}`,
    automatedDecisions: [
      "We make no decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you (GDPR Art. 22).",
    ],
    provisionRequirement: [
      "Your name, postal address and e-mail address are needed to conclude the contract of sale and deliver your order; without them we cannot sell to you. Giving any other data is voluntary.",
    ],
  },
  record: {
    title: "Record of processing activities (GDPR Art. 30)",
    columns: {
      controller: "Controller",
      controllerContact: "Controller's contact details",
      contactPerson: "Contact person",
      dpo: "Data protection officer",
      purpose: "Purpose",
      legalBasis: "Legal basis",
      legitimateInterest: "Legitimate interest",
      dataSubjects: "Categories of data subjects",
      dataCategories: "Categories of personal data",
      dataItems: "Data items",
      recipients: "Recipients",
      transfers: "Transfers outside the EU/EEA",
      erasureTimeLimits: "Time limits for erasure",
      securityMeasures: "Security measures",
    },
    noTransfers: "none",
    noDpo: "none appointed",
  },
}
