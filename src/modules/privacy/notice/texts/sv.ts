import type { Lifetime, NoticeTexts } from "./types"

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function lifetime(value: Lifetime): string {
  if (value === "session") {
    return "tills webbläsaren stängs"
  }
  if ("hours" in value) {
    return count(value.hours, "timme", "timmar")
  }
  if ("days" in value) {
    return count(value.days, "dag", "dagar")
  }
  return count(value.months, "månad", "månader")
}

const article = (letter: string) => `artikel 6.1 ${letter} i dataskyddsförordningen`

export const sv: NoticeTexts = {
  title: "Integritetspolicy",
  intro: (controller) =>
    `Här beskriver ${controller} hur personuppgifter om kunderna i webbutiken behandlas (artikel 13 i dataskyddsförordningen).`,
  headings: {
    controller: "Personuppgiftsansvarig",
    contact_person: "Kontaktperson",
    dpo: "Dataskyddsombud",
    register_name: "Registrets namn",
    purposes: "Ändamål och rättslig grund för behandlingen",
    data_content: "Registrets innehåll",
    sources: "Uppgiftskällor",
    disclosures: "Utlämnande av uppgifter",
    transfers: "Överföring av uppgifter utanför EU eller EES",
    storage: "Lagring och radering av uppgifter",
    cookies: "Kakor",
    security: "Säkerhetsprinciper",
    access: "Rätt till tillgång",
    rectification: "Uppdatering av personuppgifter",
    marketing_objection: "Rätt att förbjuda direktmarknadsföring",
    erasure: "Rätt till radering",
    restriction: "Rätt till begränsning av behandling",
    objection: "Rätt att invända",
    portability: "Rätt till dataportabilitet",
    consent_withdrawal: "Återkallande av samtycke",
    complaint: "Rätt att lämna in klagomål",
    automated_decisions: "Automatiserade beslut",
    provision_requirement: "Måste du lämna uppgifterna?",
  },
  labels: {
    name: "Namn",
    address: "Adress",
    businessId: "Organisationsnummer",
    phone: "Telefon",
    email: "E-post",
    website: "Webbplats",
  },
  contactPerson: {
    intro: "Frågor och begäranden om personuppgifter hanteras av:",
    fallback: "Frågor och begäranden om personuppgifter riktas till den personuppgiftsansvarige ovan.",
  },
  dpo: {
    none: "Vi har inte utsett något dataskyddsombud. Frågor om dataskydd riktas till kontaktpersonen.",
    intro: "Vårt dataskyddsombud nås här:",
  },
  registerName: { intro: "Registret heter:" },
  purposes: {
    intro: "Personuppgifter behandlas för följande ändamål och med följande rättsliga grund:",
    names: {
      customer_relationship: "att upprätthålla kundrelationerna med kunderna i vår webbutik",
      communication: "kommunikation med våra kunder",
      direct_marketing: "direktmarknadsföring av produkter",
      bookkeeping: "bokföring enligt lag",
      security: "säkerheten för kundkonton och webbutiken",
    },
    bases: {
      consent: `samtycke (${article("a")})`,
      contract: `fullgörande av ett avtal med dig (${article("b")})`,
      legal_obligation: `rättslig förpliktelse (${article("c")})`,
      vital_interests: `grundläggande intressen (${article("d")})`,
      public_task: `uppgift av allmänt intresse (${article("e")})`,
      legitimate_interests: `berättigat intresse (${article("f")})`,
    },
    legitimateInterest: (interest) => `Vårt berättigade intresse: ${interest}`,
    builtInLegitimateInterests: {
      security: "att skydda kundkonton och webbutiken mot missbruk och obehörig åtkomst",
    },
    marketingObjection: "Kunden har alltid rätt att motsätta sig att hens personuppgifter används för marknadsföring.",
  },
  dataContent: {
    intro: "Följande uppgifter kan lagras i registret:",
    items: {
      name: "namn",
      customer_number: "kundnummer",
      contact_information: "kontaktuppgifter (postadress och telefonnummer)",
      email: "e-postadress",
      phone: "telefonnummer",
      postal_address: "postadress",
      company: "företagsnamn",
      gender: "kön",
      homepage: "webbplatsadress",
      language: "språk",
      marketing_permissions: "uppgifter om samtycke till eller förbud mot marknadsföring",
      orders: "uppgifter om beställningar",
      deliveries: "uppgifter om leveranser",
      payments: "uppgifter om betalningar",
      discounts: "rabatter",
      returns: "returer, reklamationer och byten",
      login: "användarnamn och lösenord (lösenordet lagras endast som en kryptografisk hash)",
      messages: "meddelanden som vi har skickat till dig",
      activity: "tidpunkt för senaste aktivitet och ändringar i profilen",
      origin: "hur du blev kund (webbutik, kassa, telefon, e-post, import)",
      data_requests: "dina begäranden om att få ut dina uppgifter och hur de besvarades",
      free_text: "tilläggsuppgifter och anteckningar om kundrelationen",
    },
  },
  categories: {
    identity: "identitetsuppgifter",
    contact: "kontaktuppgifter",
    demographic: "demografiska uppgifter",
    preference: "preferenser",
    transaction: "uppgifter om beställningar, betalningar och leveranser",
    technical: "tekniska uppgifter",
    consent_proof: "bevis på samtycken",
  },
  dataSubjects: { customers: "kunder i webbutiken, med eller utan kundkonto" },
  sources: {
    intro: "Uppgifterna kommer från:",
    labels: {
      data_subject: "kunden själv genom beställningar i webbutiken, retur- eller andra formulär, per telefon, e-post och liknande",
      staff: "vår personal, som registrerar det du berättar för oss",
      generated: "webbutikens egna system, till exempel kundnummer och tidpunkt för aktivitet",
      provider: "betalnings- och leveranstjänster, om betalningar och leveranser",
    },
  },
  disclosures: {
    intro:
      "Personuppgifter används endast för att upprätthålla kundrelationer och lämnas som regel inte ut till tredje part. Uppgifter kan lämnas ut till tredje part endast:",
    recipients: {
      technical_operation: "i samband med webbutikens tekniska drift (t.ex. underhåll av servern eller butiksplattformen)",
      payment_provider: "till betaltjänster, för att genomföra betalningar",
      carrier: "för att leverera beställningar",
      debt_collection: "för hantering av obetalda fakturor",
      authorities: "till myndigheter, om lagen kräver det och i den utsträckning lagen tillåter",
      email_service: "till e-posttjänsten som skickar våra meddelanden",
    },
    countries: (countries) => `(behandlas i: ${countries})`,
  },
  transfers: {
    none: "Uppgifterna överförs inte utanför EU eller EES.",
    intro: "Uppgifter överförs utanför EU/EES endast enligt följande:",
    item: (recipient, country, safeguard) => `${recipient}: ${country}, med stöd av ${safeguard}`,
    safeguards: {
      adequacy_decision: "ett beslut av Europeiska kommissionen om adekvat skyddsnivå (artikel 45)",
      standard_contractual_clauses: "Europeiska kommissionens standardavtalsklausuler (artikel 46)",
      binding_corporate_rules: "bindande företagsbestämmelser (artikel 47)",
      derogation: "undantag i särskilda situationer (artikel 49)",
    },
  },
  retention: {
    relationship: (months) =>
      `Uppgifterna i kundregistret sparas så länge kundrelationen består. Kundrelationen upphör när du avslutar ditt kundkonto, eller efter ${count(months, "månad", "månader")} utan inloggning, beställning eller ändring av samtycken.`,
    bookkeeping: (period) =>
      `Uppgifter om beställningar, fakturering och betalningar sparas på samma sätt som annat bokföringsmaterial: ${period}. Därefter anonymiseras de.`,
    bookkeepingPeriods: {
      FI: "i 6 år från utgången av det kalenderår då räkenskapsperioden avslutades (finska bokföringslagen 2 kap. 10 §)",
      NO: "i 5 år efter räkenskapsårets slut (norska bokföringslagen 13 §)",
      SE: "till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades (bokföringslagen 7 kap. 2 §)",
      DK: "i 5 år från räkenskapsårets utgång (danska bokföringslagen)",
    },
    bookkeepingYears: (years) => `i ${years} år efter räkenskapsårets slut`,
    consentProof: (years) =>
      `Uppgifter om samtycken och förbud mot marknadsföring sparas i ${years} år efter att kundrelationen har upphört, så att vi kan visa dem, och raderas därefter.`,
    fixed: (amount, unit) =>
      `sparas i ${unit === "months" ? count(amount, "månad", "månader") : count(amount, "dag", "dagar")} och raderas därefter`,
    appliesTo: (items) => `Detta gäller: ${items}.`,
    erasedSecurely: "Uppgifter som inte längre behövs raderas på ett säkert sätt.",
  },
  cookies: {
    intro:
      "Vi använder kakor som lagras lokalt på användarens enhet. Kakorna sparas under en begränsad tid och skadar inte användarens enhet.",
    none: "Vi använder inga kakor.",
    consent: "Kakor som inte är strikt nödvändiga används bara med ditt samtycke, och du kan när som helst ändra ditt val.",
    categories: {
      necessary: "nödvändig",
      functional: "funktionell",
      statistics: "statistik",
      marketing: "marknadsföring",
    },
    lifetime,
    item: ({ name, category, purpose, lifetime: kept, provider }) =>
      `${name} (${category}${provider ? `, sätts av ${provider}` : ""}): ${purpose} Lagringstid: ${kept}.`,
  },
  security: {
    intro: "Kundregistret skyddas på följande sätt:",
    measures: {
      confidentiality: "Kundregistret behandlas konfidentiellt.",
      firewalls: "Registret skyddas mot utomstående med brandväggar och andra tekniska skyddsåtgärder.",
      electronic_only: "Registret lagras endast elektroniskt; eventuella tillfälliga pappersdokument förstörs omedelbart och korrekt.",
      need_to_know: "Endast personal vars arbetsuppgifter omfattar hantering av personuppgifter har åtkomst till kundregistret.",
      personal_accounts: "All personal som använder kundregistret gör det med personliga användarnamn och lösenord.",
      duty_of_confidentiality: "All personal som använder kundregistret har tystnadsplikt.",
      encrypted_connections: "Uppgifterna överförs via krypterade förbindelser.",
      password_hashing: "Lösenord lagras aldrig i klartext, endast som kryptografiska hashar.",
    },
  },
  rights: {
    access: [
      "Alla har rätt att få veta vilka uppgifter om dem själva som finns i kundregistret (artikel 15 i dataskyddsförordningen).",
      "En begäran kan skickas till kontaktpersonen som ett undertecknat dokument eller verifieras på motsvarande sätt, eller göras personligen på vårt kontor. Om du är inloggad i webbutiken är du redan identifierad. Vi svarar inom en månad.",
    ],
    rectification: [
      "Kunden kan själv uppdatera sina uppgifter i sin profil i webbutiken eller be kontaktpersonen att uppdatera dem (artikel 16).",
    ],
    marketingObjection: [
      "Kunden har rätt att förbjuda att hens personuppgifter används för direktmarknadsföring (artikel 21.2 och 21.3). Använd avregistreringslänken i våra marknadsföringsmeddelanden, ändra dina val i ditt kundkonto eller skicka begäran per e-post till kontaktpersonen. Det gäller omedelbart, och bara du kan ge samtycket igen.",
    ],
    erasure: [
      "Du kan begära att dina uppgifter raderas (artikel 17). Uppgifter som vi enligt lag måste spara som bokföringsmaterial raderas när lagringstiden har gått ut.",
    ],
    restriction: [
      "Du kan begära att behandlingen av dina uppgifter begränsas, till exempel medan vi kontrollerar att de är korrekta (artikel 18).",
    ],
    objection: ["Du kan invända mot behandling som grundar sig på vårt berättigade intresse (artikel 21.1)."],
    portability: [
      "Du har rätt att få de uppgifter du har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format (JSON) och att överföra dem till en annan personuppgiftsansvarig (artikel 20).",
    ],
    consentWithdrawal: [
      "När behandlingen grundar sig på ditt samtycke kan du när som helst återkalla det, lika enkelt som du gav det. Återkallandet påverkar inte lagligheten i behandlingen före återkallandet (artikel 7.3).",
    ],
    complaint: (authority) => [
      "Du har rätt att lämna klagomål till en tillsynsmyndighet, särskilt i det EU- eller EES-land där du bor eller arbetar eller där det påstådda intrånget begicks (artikel 77).",
      `Vår tillsynsmyndighet är ${authority}.`,
    ],
    complaintNoAuthority: [
      "Du har rätt att lämna klagomål till en tillsynsmyndighet, särskilt i det EU- eller EES-land där du bor eller arbetar eller där det påstådda intrånget begicks (artikel 77).",
    ],
    automatedDecisions: [
      "Vi fattar inga beslut som enbart grundar sig på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig (artikel 22).",
    ],
    provisionRequirement: [
      "Namn, adress och e-postadress behövs för att ingå och leverera beställningar; utan dem kan vi inte sälja till dig. Övriga uppgifter är frivilliga.",
    ],
  },
  record: {
    title: "Register över behandling (artikel 30 i dataskyddsförordningen)",
    columns: {
      controller: "Personuppgiftsansvarig",
      controllerContact: "Personuppgiftsansvariges kontaktuppgifter",
      contactPerson: "Kontaktperson",
      dpo: "Dataskyddsombud",
      purpose: "Ändamål",
      legalBasis: "Rättslig grund",
      legitimateInterest: "Berättigat intresse",
      dataSubjects: "Kategorier av registrerade",
      dataCategories: "Kategorier av personuppgifter",
      dataItems: "Uppgifter",
      recipients: "Kategorier av mottagare",
      transfers: "Överföringar utanför EU/EES",
      erasureTimeLimits: "Tidsfrister för radering",
      securityMeasures: "Säkerhetsåtgärder",
    },
    noTransfers: "inga",
    noDpo: "inte utsett",
  },
}
