import type { Lifetime, NoticeTexts } from "./types"

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function lifetime(value: Lifetime): string {
  if (value === "session") {
    return "until the browser is closed"
  }
  if ("hours" in value) {
    return plural(value.hours, "hour", "hours")
  }
  if ("days" in value) {
    return plural(value.days, "day", "days")
  }
  return plural(value.months, "month", "months")
}

export const en: NoticeTexts = {
  title: "Privacy notice",
  intro: (controller) =>
    `This notice explains how ${controller} processes the personal data of the customers of its web shop (GDPR Art. 13).`,
  headings: {
    controller: "Controller",
    contact_person: "Contact person",
    dpo: "Data protection officer",
    register_name: "Name of the register",
    purposes: "Purposes of processing and legal basis",
    data_content: "Content of the register",
    sources: "Sources of data",
    disclosures: "Disclosure of data",
    transfers: "Transfer of data outside the EU or EEA",
    storage: "Storage and deletion of data",
    cookies: "Cookies",
    security: "Security principles",
    access: "Right of access",
    rectification: "Updating your personal data",
    marketing_objection: "Right to forbid direct marketing",
    erasure: "Right to erasure",
    restriction: "Right to restriction of processing",
    objection: "Right to object",
    portability: "Right to data portability",
    consent_withdrawal: "Withdrawing consent",
    complaint: "Right to lodge a complaint",
    automated_decisions: "Automated decisions",
    provision_requirement: "Do you have to give us your data?",
  },
  labels: {
    name: "Name",
    address: "Address",
    businessId: "Business ID",
    phone: "Phone",
    email: "E-mail",
    website: "Website",
  },
  contactPerson: {
    intro: "Questions and requests about personal data are handled by:",
    fallback: "Questions and requests about personal data go to the controller named above.",
  },
  dpo: {
    none: "We have not appointed a data protection officer. Questions about privacy go to the contact person.",
    intro: "Our data protection officer can be reached at:",
  },
  registerName: { intro: "The register is called:" },
  purposes: {
    intro: "Personal data is processed for these purposes, on these legal bases:",
    names: {
      customer_relationship: "maintaining the customer relationship with the customers of our web shop",
      communication: "communicating with our customers",
      direct_marketing: "direct marketing of products",
      bookkeeping: "bookkeeping, as the law requires",
      security: "keeping customer accounts and the web shop secure",
    },
    bases: {
      consent: "consent (GDPR Art. 6(1)(a))",
      contract: "performance of a contract with you (GDPR Art. 6(1)(b))",
      legal_obligation: "a legal obligation (GDPR Art. 6(1)(c))",
      vital_interests: "vital interests (GDPR Art. 6(1)(d))",
      public_task: "a task in the public interest (GDPR Art. 6(1)(e))",
      legitimate_interests: "legitimate interests (GDPR Art. 6(1)(f))",
    },
    legitimateInterest: (interest) => `Our legitimate interest: ${interest}`,
    builtInLegitimateInterests: {
      security: "protecting customer accounts and the web shop against misuse and unauthorised access",
    },
    marketingObjection: "The customer always has the right to object to the use of their personal data for marketing.",
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
      marketing_permissions: "information on permission for, or refusal of, marketing",
      orders: "information on orders",
      deliveries: "information on deliveries",
      payments: "information on payments",
      discounts: "discounts",
      returns: "returns, claims and exchanges",
      login: "username and password (the password is stored only as a cryptographic hash)",
      messages: "messages we have sent you",
      activity: "time of last activity and changes to the profile",
      origin: "how you became a customer (web shop, checkout, phone, e-mail, import)",
      data_requests: "your requests for a copy of your data, and how they were answered",
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
  dataSubjects: { customers: "customers of the web shop, with or without an account" },
  sources: {
    intro: "The data comes from:",
    labels: {
      data_subject:
        "the customer, through orders in the web shop, return and other forms, by phone, e-mail and similar means",
      staff: "our staff, who record what you tell us",
      generated: "the web shop's own systems, such as the customer number and the time of activity",
      provider: "payment and delivery services, about payments and deliveries",
    },
  },
  disclosures: {
    intro:
      "Personal data is used only to maintain customer relationships and is as a rule not given to third parties. The only cases in which it may be given to a third party are:",
    recipients: {
      technical_operation: "the technical operation of the web shop (e.g. maintenance of the server or the shop platform)",
      payment_provider: "payment services, to carry out payments",
      carrier: "delivering orders",
      debt_collection: "handling unpaid invoices",
      authorities: "the authorities, where the law requires it and to the extent the law allows",
      email_service: "the e-mail service that sends our messages",
    },
    countries: (countries) => `(processed in: ${countries})`,
  },
  transfers: {
    none: "The data is not transferred outside the EU or the EEA.",
    intro: "Data is transferred outside the EU/EEA only as follows:",
    item: (recipient, country, safeguard) => `${recipient}: ${country}, on the basis of ${safeguard}`,
    safeguards: {
      adequacy_decision: "an adequacy decision of the European Commission (GDPR Art. 45)",
      standard_contractual_clauses: "the European Commission's standard contractual clauses (GDPR Art. 46)",
      binding_corporate_rules: "binding corporate rules (GDPR Art. 47)",
      derogation: "a derogation for specific situations (GDPR Art. 49)",
    },
  },
  retention: {
    relationship: (months) =>
      `The data in the customer register is kept for as long as the customer relationship exists. The relationship ends when you close your customer account, or after ${plural(months, "month", "months")} without a sign-in, an order or a change to your consents.`,
    bookkeeping: (period) =>
      `Data on orders, invoicing and payment is kept in the same way as other bookkeeping material: ${period}. After that it is anonymised.`,
    bookkeepingPeriods: {
      FI: "for 6 years from the end of the calendar year in which the financial year ended (Finnish Accounting Act, chapter 2, section 10)",
      NO: "for 5 years after the end of the financial year (Norwegian Bookkeeping Act, section 13)",
      SE: "until the end of the seventh year after the calendar year in which the financial year ended (Swedish Bookkeeping Act, chapter 7, section 2)",
      DK: "for 5 years from the end of the financial year (Danish Bookkeeping Act)",
    },
    bookkeepingYears: (years) => `for ${plural(years, "year", "years")} after the end of the financial year`,
    consentProof: (years) =>
      `Records of consents and refusals of marketing are kept for ${plural(years, "year", "years")} after the customer relationship ends, so that we can prove them, and are then deleted.`,
    fixed: (amount, unit) =>
      `kept for ${unit === "months" ? plural(amount, "month", "months") : plural(amount, "day", "days")}, then deleted`,
    appliesTo: (items) => `This applies to: ${items}.`,
    erasedSecurely: "Data that is no longer relevant is removed securely.",
  },
  cookies: {
    intro:
      "We use cookies that are stored locally on the user's device. Cookies are stored for a limited time and do not harm the user's device.",
    none: "We use no cookies.",
    consent: "Cookies that are not strictly necessary are used only with your consent, and you can change your choice at any time.",
    categories: {
      necessary: "necessary",
      functional: "functional",
      statistics: "statistics",
      marketing: "marketing",
    },
    lifetime,
    item: ({ name, category, purpose, lifetime: kept, provider }) =>
      `${name} (${category}${provider ? `, set by ${provider}` : ""}): ${purpose} Kept ${kept}.`,
  },
  security: {
    intro: "The customer register is protected as follows:",
    measures: {
      confidentiality: "The customer register is handled confidentially.",
      firewalls: "The register is protected against outsiders by firewalls and other technical measures.",
      electronic_only:
        "The register is stored only electronically; any incidental paper documents are destroyed immediately and properly.",
      need_to_know: "Only staff whose work involves handling personal data have access to the customer register.",
      personal_accounts: "All staff who use the customer register do so with personal usernames and passwords.",
      duty_of_confidentiality: "All staff who use the customer register are bound by a duty of confidentiality.",
      encrypted_connections: "Data is transferred over encrypted connections.",
      password_hashing: "Passwords are never stored in plain text, only as cryptographic hashes.",
    },
  },
  rights: {
    access: [
      "Everyone has the right to see the data about themselves in the customer register (GDPR Art. 15).",
      "A request can be sent to the contact person as a signed document, or verified in an equivalent way, or made in person at our office. If you are signed in to the web shop, you are already identified. We answer within one month.",
    ],
    rectification: [
      "The customer can update their own details in their profile in the web shop, or ask the contact person to update them (GDPR Art. 16).",
    ],
    marketingObjection: [
      "The customer has the right to forbid the use of their personal data for direct marketing (GDPR Art. 21(2) and (3)). Use the unsubscribe link in any of our marketing messages, change your choices in your account, or send the request by e-mail to the contact person. It takes effect at once, and only you can give your consent again.",
    ],
    erasure: [
      "You may ask us to erase your data (GDPR Art. 17). Data that the law requires us to keep as bookkeeping material is erased when its retention period ends.",
    ],
    restriction: [
      "You may ask us to restrict the processing of your data, for example while we check whether it is correct (GDPR Art. 18).",
    ],
    objection: ["You may object to processing that is based on our legitimate interests (GDPR Art. 21(1))."],
    portability: [
      "You have the right to receive the data you have given us in a structured, commonly used and machine-readable format (JSON), and to transmit it to another controller (GDPR Art. 20).",
    ],
    consentWithdrawal: [
      "Where processing is based on your consent, you may withdraw it at any time, as easily as you gave it. Withdrawal does not affect the lawfulness of processing before it (GDPR Art. 7(3)).",
    ],
    complaint: (authority) => [
      "You have the right to lodge a complaint with a supervisory authority, in particular in the EU/EEA country where you live or work or where the alleged infringement took place (GDPR Art. 77).",
      `Our supervisory authority is ${authority}.`,
    ],
    complaintNoAuthority: [
      "You have the right to lodge a complaint with a supervisory authority, in particular in the EU/EEA country where you live or work or where the alleged infringement took place (GDPR Art. 77).",
    ],
    automatedDecisions: [
      "We make no decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you (GDPR Art. 22).",
    ],
    provisionRequirement: [
      "Your name, address and e-mail address are needed to conclude and deliver orders; without them we cannot sell to you. All other data is voluntary.",
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
      recipients: "Categories of recipients",
      transfers: "Transfers outside the EU/EEA",
      erasureTimeLimits: "Time limits for erasure",
      securityMeasures: "Security measures",
    },
    noTransfers: "none",
    noDpo: "none appointed",
  },
}
