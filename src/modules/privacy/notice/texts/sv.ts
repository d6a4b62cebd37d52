import type { Lifetime, NoticeTexts } from "./types"

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const period = (amount: number, unit: "months" | "days") =>
  unit === "months" ? count(amount, "månad", "månader") : count(amount, "dag", "dagar")

function lifetime(value: Lifetime): string {
  if (value === "session") {
    return "tills webbläsaren stängs"
  }
  if ("minutes" in value) {
    return count(value.minutes, "minut", "minuter")
  }
  if ("hours" in value) {
    return count(value.hours, "timme", "timmar")
  }
  if ("days" in value) {
    return count(value.days, "dag", "dagar")
  }
  return count(value.months, "månad", "månader")
}

const and = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`)

const article = (letter: string) => `artikel 6.1 ${letter} i dataskyddsförordningen`

export const sv: NoticeTexts = {
  title: "Integritetspolicy",
  intro: (controller) =>
    `I den här policyn beskriver ${controller} hur personuppgifter om kunderna i webbutiken behandlas (artikel 13 i dataskyddsförordningen).`,
  headings: {
    controller: "Personuppgiftsansvarig",
    contact_person: "Kontaktperson",
    dpo: "Dataskyddsombud",
    register_name: "Registrets namn",
    purposes: "Ändamålen med behandlingen och den rättsliga grunden",
    data_content: "Registrets innehåll",
    sources: "Varifrån uppgifterna kommer",
    disclosures: "Mottagare av uppgifterna",
    transfers: "Överföring av uppgifter utanför EU eller EES",
    storage: "Lagring och radering av uppgifter",
    cookies: "Kakor",
    security: "Säkerhetsprinciper",
    access: "Rätt till tillgång",
    rectification: "Rätt till rättelse",
    marketing_objection: "Rätt att invända mot direktmarknadsföring",
    erasure: "Rätt till radering",
    restriction: "Rätt till begränsning av behandling",
    objection: "Rätt att göra invändningar",
    portability: "Rätt till dataportabilitet",
    consent_withdrawal: "Återkallande av samtycke",
    complaint: "Rätt att lämna in klagomål till en tillsynsmyndighet",
    automated_decisions: "Automatiserat individuellt beslutsfattande",
    provision_requirement: "Måste du lämna uppgifterna?",
  },
  labels: {
    name: "Namn",
    address: "Adress",
    // FO-nummer is the Finnish business ID in Swedish (företags- och organisationsnummer).
    businessId: {
      FI: "FO-nummer",
      NO: "Norskt organisationsnummer",
      SE: "Organisationsnummer",
      DK: "Danskt CVR-nummer",
      other: "Registreringsnummer",
    },
    vatId: "Momsregistreringsnummer",
    phone: "Telefon",
    email: "E-post",
    website: "Webbplats",
    version: "Version",
    lastUpdated: "Senast uppdaterad",
  },
  contactPerson: {
    intro: "Frågor och begäranden om dina personuppgifter riktas till vår kontaktperson:",
    fallback: "Frågor och begäranden om dina personuppgifter riktas till den personuppgiftsansvarige ovan.",
  },
  dpo: {
    none: "Vi har inte utsett något dataskyddsombud. Frågor om dataskydd riktas till kontaktpersonen.",
    intro: "Vårt dataskyddsombud når du här:",
  },
  registerName: {
    sentence: (name) => `Registret heter ”${name}”.`,
    fallback: (controller) => `Kundregister för ${controller}`,
  },
  purposes: {
    intro: "Vi behandlar personuppgifter för följande ändamål, vart och ett med den rättsliga grund som anges:",
    names: {
      customer_relationship: "att upprätthålla kundrelationen med kunderna i vår webbutik",
      communication: "kommunikation med våra kunder",
      direct_marketing: "direktmarknadsföring av våra produkter",
      existing_customer_marketing: "marknadsföring via e-post av våra egna liknande produkter till befintliga kunder",
      bookkeeping: "bokföring enligt bokföringslagstiftningen",
      consent_proof:
        "dokumentation av dina samtycken och invändningar mot marknadsföring, som vi måste kunna visa (artikel 7.1 i dataskyddsförordningen)",
      request_records:
        "dokumentation av dina begäranden om dina uppgifter och av hur vi hanterade dem, så att vi kan visa att vi svarade i tid (artiklarna 5.2 och 12 i dataskyddsförordningen)",
      security: "säkerheten för kundkonton och webbutiken",
    },
    bases: {
      consent: `samtycke (${article("a")})`,
      contract: `fullgörande av ett avtal med dig (${article("b")})`,
      legal_obligation: `fullgörande av en rättslig förpliktelse (${article("c")})`,
      vital_interests: `skydd av grundläggande intressen (${article("d")})`,
      public_task: `utförande av en uppgift av allmänt intresse (${article("e")})`,
      legitimate_interests: `våra berättigade intressen (${article("f")})`,
    },
    legitimateInterest: (interest) => `Vårt berättigade intresse: ${interest}`,
    builtInLegitimateInterests: {
      security: "att skydda kundkonton och webbutiken mot missbruk och obehörig åtkomst",
      existing_customer_marketing: (laws) =>
        `att via e-post berätta om våra egna liknande produkter för kunder som har köpt av oss. Detta kräver inget förhandssamtycke (${laws}) om du fick en enkel och kostnadsfri möjlighet att tacka nej när du lämnade din e-postadress och får den på nytt i varje meddelande`,
    },
    softOptInLaws: {
      FI: "200 § i den finska lagen om tjänster inom elektronisk kommunikation (917/2014)",
      NO: "§ 15 i den norska marknadsföringslagen (markedsføringsloven)",
      SE: "19 § marknadsföringslagen (2008:486)",
      DK: "§ 10 i den danska marknadsföringslagen (markedsføringsloven)",
    },
    softOptInLawsUnknown: "reglerna om elektronisk marknadsföring",
    and,
    marketingObjection: "Du har alltid rätt att invända mot att dina personuppgifter används för direktmarknadsföring.",
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
      marketing_permissions: "uppgifter om samtycke till eller invändning mot marknadsföring",
      opt_in_confirmations: "anmälningar till marknadsföring som väntar på att du bekräftar dem via e-post (dubbel bekräftelse)",
      orders: "uppgifter om beställningar",
      deliveries: "uppgifter om leveranser",
      payments: "uppgifter om betalningar",
      discounts: "rabatter",
      returns: "returer, reklamationer och byten",
      login: "eventuella användarnamn och lösenord (lösenord lagras endast som kryptografiska hashvärden)",
      messages: "meddelanden som vi har skickat till dig",
      activity: "tidpunkten för din senaste aktivitet och ändringar i din profil",
      origin:
        "hur du blev kund (i webbutiken, i kassan, per telefon, per e-post, registrerad av vår personal eller överförd från ett tidigare kundsystem)",
      data_requests: "dina begäranden om dina uppgifter (kopia, radering) och hur vi hanterade dem",
      staff_access: "när vår personal har tagit del av eller ändrat dina uppgifter, och varför (inte vem)",
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
      data_subject: "dig själv, genom beställningar i webbutiken, retur- och andra formulär, per telefon, e-post och på liknande sätt",
      staff: "vår personal, som registrerar det du berättar för oss",
      generated: "webbutikens egna system, till exempel ditt kundnummer och tidpunkten för din senaste aktivitet",
      provider: "betalnings- och leveranstjänster, om dina betalningar och leveranser",
    },
  },
  disclosures: {
    intro: "Vi säljer inte dina personuppgifter, och som regel lämnar vi inte ut dem till tredje part.",
    processors: {
      heading: "Personuppgiftsbiträden",
      intro:
        "Följande tjänsteleverantörer behandlar uppgifter för vår räkning och endast enligt våra instruktioner (personuppgiftsbiträden, artikel 28 i dataskyddsförordningen); de är inte tredje part:",
    },
    thirdParties: {
      heading: "Tredje part",
      intro: "Tredje part får uppgifter endast i följande fall och för följande ändamål:",
    },
    authorities: {
      heading: "Myndigheter",
      intro: "Vi lämnar ut uppgifter till myndigheter, när lagen kräver det och i den utsträckning lagen tillåter:",
    },
    categories: {
      heading: "Andra mottagare",
      intro: "Uppgifter kan också lämnas ut till följande kategorier av mottagare:",
    },
    categoryNames: {
      hosting: "driftleverantör",
      platform: "leverantör av butiksplattformen",
      carrier: "transportföretag",
      payment: "betaltjänstleverantör",
      debt_collection: "inkassoföretag",
      email_service: "e-posttjänst",
      analytics: "analystjänst",
      advertising: "annonstjänst",
      authority: "myndighet",
      other: "tjänsteleverantör",
    },
    categoryLabels: {
      hosting: "driftleverantörer, som driver servrarna som webbutiken körs på",
      platform: "leverantörer av webbutikens tekniska drift (butiksplattformen och underhållet av den)",
      carrier: "transportföretag, för att leverera beställningar",
      payment: "betaltjänstleverantörer, för att genomföra betalningar",
      debt_collection: "inkassoföretag, för hantering av obetalda fakturor",
      email_service: "e-posttjänsten som skickar våra meddelanden",
      analytics: "analystjänster, för att mäta hur webbutiken används",
      advertising: "annonstjänster, för att visa våra annonser",
      authority: "myndigheter, när lagen kräver det och i den utsträckning lagen tillåter",
      other: "andra tjänsteleverantörer, för de ändamål som anges ovan",
    },
    recipient: (name, category, place, purpose) => `${name}, ${category}${place ? ` (${place})` : ""}: ${purpose}`,
  },
  transfers: {
    none: "Uppgifterna överförs inte till länder utanför EU eller EES.",
    intro: "Uppgifter överförs till länder utanför EU eller EES endast enligt följande:",
    item: (recipient, place, basis) => `${recipient}: ${place}, med stöd av ${basis}`,
    organisations: { EPO: "Europeiska patentorganisationen" },
    act: (implementing, number) => `kommissionens ${implementing ? "genomförandebeslut" : "beslut"} ${number}`,
    bases: {
      adequacy: (act) => `ett beslut av Europeiska kommissionen om adekvat skyddsnivå (${act}, artikel 45)`,
      dpfCertified: "mottagaren är certifierad enligt dataskyddsramen mellan EU och USA (EU–US Data Privacy Framework)",
      standardContractualClauses: (act) => `standardiserade dataskyddsbestämmelser som antagits av Europeiska kommissionen (${act}, artikel 46.2 c)`,
      bindingCorporateRules: "bindande företagsbestämmelser (artikel 47)",
      derogation: (text) => `ett undantag i en särskild situation (artikel 49): ${text}`,
    },
  },
  retention: {
    intro: "Uppgifterna i kundregistret sparas så länge kundrelationen består, om inte en annan lagringstid anges nedan.",
    relationshipEnds: (months) =>
      `Kundrelationen upphör när du avslutar ditt kundkonto, eller när ${count(months, "månad", "månader")} har gått utan inloggning, beställning eller ändring av dina samtycken.`,
    warning: (days) =>
      `Innan vi raderar dina uppgifter på grund av inaktivitet meddelar vi dig via e-post ${count(days, "dag", "dagar")} i förväg.`,
    records: {
      customer_account: { name: "Ditt kundkonto och din profil, inklusive inloggning", start: "från det att de registrerades" },
      carts: { name: "Varukorgar", start: "från det att varukorgen skapades" },
      orders: { name: "Beställningar", start: "från det att beställningen gjordes" },
      returns: { name: "Returer, reklamationer och byten", start: "från det att de registrerades" },
      deliveries: { name: "Leveranser", start: "från det att leveransen registrerades" },
      payments: { name: "Betalningar", start: "från betalningen" },
      payment_sessions: { name: "Betalningssessioner och ditt konto hos betaltjänstleverantören", start: "från det att de registrerades" },
      messages: { name: "Logg över meddelanden som vi har skickat till dig", start: "från det att meddelandet skickades" },
      consent_proof: { name: "Dokumentation av dina samtycken och invändningar mot marknadsföring", start: "från det att de registrerades" },
      opt_in_confirmations: { name: "Anmälningar till marknadsföring som ännu inte har bekräftats (dubbel bekräftelse)", start: "från anmälan" },
      request_records: { name: "Dokumentation av dina begäranden om dina uppgifter", start: "från det att begäran besvarades" },
      access_log: { name: "Logg över personalens åtkomst till dina uppgifter", start: "från åtkomsten" },
      other: { name: "Övriga uppgifter", start: "från det att de registrerades" },
    },
    fates: { deleted: "raderas", anonymised: "anonymiseras", deleted_or_anonymised: "raderas eller anonymiseras" },
    relationship: (fate) => `Sparas tills kundrelationen upphör och ${fate} därefter:`,
    bookkeeping: (period) =>
      `Sparas på samma sätt som annat bokföringsmaterial, ${period}; därefter anonymiseras de uppgifter som identifierar dig, och det som såldes finns kvar i försäljningsredovisningen utan dem:`,
    bookkeepingPeriods: {
      FI: "i 6 år från utgången av det kalenderår då räkenskapsperioden för försäljningen avslutades (finska bokföringslagen 2 kap. 10 §)",
      NO: "i 5 år från utgången av räkenskapsåret för försäljningen (norska bokföringslagen 13 §)",
      SE: "till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret för försäljningen avslutades (bokföringslagen 7 kap. 2 §)",
      DK: "i 5 år från utgången av räkenskapsåret för försäljningen (danska bokföringslagen)",
    },
    bookkeepingYears: (years) => `i ${years} år från utgången av räkenskapsåret för försäljningen`,
    consentProof: (years) =>
      `Sparas i ${years} år efter att kundrelationen har upphört, så att vi kan visa dina samtycken och invändningar, och raderas därefter:`,
    fixed: (amount, unit, start) => `Sparas i ${period(amount, unit)} ${start} och raderas därefter:`,
    fixedOrRelationship: (amount, unit, start, fate) =>
      `Sparas i ${period(amount, unit)} ${start}, eller tills kundrelationen upphör om det sker tidigare, och ${fate} därefter:`,
    erasedSecurely: "Uppgifter som inte längre behövs raderas på ett säkert sätt.",
  },
  cookies: {
    intro: "Vi använder kakor, som lagras lokalt på din enhet. Kakorna sparas under en begränsad tid och skadar inte din enhet.",
    none: "Vi använder inga kakor.",
    consent: "Kakor som inte är strikt nödvändiga använder vi bara med ditt samtycke, och du kan när som helst ändra ditt val.",
    categories: {
      necessary: "nödvändig",
      preferences: "inställningar",
      statistics: "statistik",
      marketing: "marknadsföring",
    },
    lifetime,
    headings: { name: "Namn", category: "Kategori", provider: "Sätts av", purpose: "Ändamål", lifetime: "Lagringstid", kind: "Typ" },
    firstParty: "oss (första part)",
    kinds: { cookie: "kaka", localStorage: "lokal lagring", sessionStorage: "sessionslagring", pixel: "pixel" },
    choiceKept: (months, years) =>
      `Ditt val sparas i ${count(months, "månad", "månader")}; sedan frågar vi igen. Vi sparar ett bevis för varje val (kategorierna, tidpunkten, versionen av denna förteckning som visades och en förkortad IP-adress) i ${count(years, "år", "år")} efter att det gått ut, för att kunna visa att du samtyckte.`,
  },
  security: {
    intro: "Kundregistret skyddas på följande sätt:",
    accessLogged: (months) =>
      `Varje gång vår personal tar del av eller ändrar en kunds uppgifter registreras tidpunkt och ändamål i en logg som inte kan ändras i efterhand och som sparas i ${count(months, "månad", "månader")}.`,
    measures: {
      confidentiality: "Kundregistret behandlas konfidentiellt.",
      firewalls: "Registret skyddas mot utomstående med brandväggar och andra tekniska skyddsåtgärder.",
      electronic_only: "Registret lagras endast elektroniskt; eventuella enstaka pappersdokument förstörs omedelbart och på ett korrekt sätt.",
      need_to_know: "Endast personal vars arbetsuppgifter omfattar hantering av personuppgifter har åtkomst till kundregistret.",
      personal_accounts: "All personal som använder kundregistret gör det med personliga användarnamn och lösenord.",
      duty_of_confidentiality: "All personal som använder kundregistret har tystnadsplikt.",
      encrypted_connections: "Uppgifterna överförs via krypterade förbindelser.",
      password_hashing: "Lösenord lagras aldrig i klartext, endast som kryptografiska hashvärden.",
    },
  },
  rights: {
    access: [
      "Du har rätt att få veta om vi behandlar personuppgifter om dig, och att få tillgång till uppgifterna och en kopia av dem (artikel 15 i dataskyddsförordningen).",
      "Skicka din begäran till kontaktpersonen ovan som ett undertecknat dokument eller verifierad på motsvarande sätt, eller lämna den personligen på vårt kontor. Om du är inloggad i webbutiken är du redan identifierad och kan ladda ner en kopia av dina uppgifter i ditt kundkonto. Kontaktpersonen svarar på alla frågor om din begäran.",
    ],
    deadline:
      "Vi besvarar varje begäran enligt denna policy utan onödigt dröjsmål och senast en månad efter att vi har tagit emot den. Vid behov kan tiden förlängas med ytterligare två månader, med hänsyn till hur komplicerad begäran är och antalet begäranden; då meddelar vi dig inom den första månaden och förklarar varför (artikel 12.3 i dataskyddsförordningen).",
    rectification: [
      "Du har rätt att få felaktiga personuppgifter om dig rättade och ofullständiga uppgifter kompletterade (artikel 16). Du kan själv uppdatera dina uppgifter i din profil i webbutiken eller be kontaktpersonen att uppdatera dem.",
    ],
    marketingObjection: [
      "Du har rätt att när som helst invända mot att dina personuppgifter används för direktmarknadsföring; då använder vi dem inte längre för det ändamålet (artikel 21.2 och 21.3).",
      "Använd avregistreringslänken i våra marknadsföringsmeddelanden, ändra dina val i ditt kundkonto eller skicka din invändning per e-post till kontaktpersonen. Den gäller omedelbart, och bara du kan ge ditt samtycke igen.",
    ],
    softOptInObjection:
      "Det gäller också e-post om våra egna liknande produkter som vi skickar till dig som befintlig kund: du kan tacka nej kostnadsfritt, och varje sådant meddelande talar om hur.",
    erasure: [
      "Du har rätt att få dina personuppgifter raderade (artikel 17). Vi raderar då allt som lagen inte kräver att vi sparar: det vi måste spara som bokföringsmaterial sparas tills lagringstiden har gått ut och anonymiseras sedan, och dokumentationen av dina samtycken och invändningar sparas under den tid som anges ovan (artikel 17.3 b).",
    ],
    restriction: [
      "Du har rätt att begära att behandlingen av dina uppgifter begränsas, till exempel medan vi kontrollerar att uppgifterna är korrekta (artikel 18).",
    ],
    objection: [
      "Du har rätt att, av skäl som hänför sig till din specifika situation, invända mot behandling som grundar sig på våra berättigade intressen (artikel 21.1).",
    ],
    portability: [
      "Du har rätt att få ut de uppgifter som du har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format (JSON) och att överföra dem till en annan personuppgiftsansvarig (artikel 20).",
    ],
    consentWithdrawal: [
      "När behandlingen grundar sig på ditt samtycke har du rätt att när som helst återkalla det, lika enkelt som du gav det. Återkallandet påverkar inte lagligheten av behandlingen innan samtycket återkallades (artikel 7.3).",
    ],
    complaint:
      "Du har rätt att lämna in klagomål till en tillsynsmyndighet, särskilt i den EU- eller EES-stat där du bor eller arbetar eller där det påstådda intrånget har skett (artikel 77 i dataskyddsförordningen).",
    complaintAuthorities: "Tillsynsmyndigheterna i de länder där vi är etablerade och där vi säljer:",
    complaintAuthority: (country, authority) => `${country}: ${authority}`,
    automatedDecisions: [
      "Vi fattar inga beslut som enbart grundar sig på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig (artikel 22).",
    ],
    provisionRequirement: [
      "Ditt namn, din postadress och din e-postadress behövs för att ingå köpeavtalet och leverera din beställning; utan dem kan vi inte sälja till dig. Övriga uppgifter lämnar du frivilligt.",
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
      recipients: "Mottagare",
      transfers: "Överföringar utanför EU/EES",
      erasureTimeLimits: "Tidsfrister för radering",
      securityMeasures: "Säkerhetsåtgärder",
    },
    noTransfers: "inga",
    noDpo: "inte utsett",
  },
}
