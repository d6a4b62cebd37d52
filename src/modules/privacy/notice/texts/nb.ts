import type { Lifetime, NoticeTexts } from "./types"

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const period = (amount: number, unit: "months" | "days") =>
  unit === "months" ? count(amount, "måned", "måneder") : count(amount, "dag", "dager")

function lifetime(value: Lifetime): string {
  if (value === "session") {
    return "til nettleseren lukkes"
  }
  if ("minutes" in value) {
    return count(value.minutes, "minutt", "minutter")
  }
  if ("hours" in value) {
    return count(value.hours, "time", "timer")
  }
  if ("days" in value) {
    return count(value.days, "dag", "dager")
  }
  return count(value.months, "måned", "måneder")
}

const and = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`)

/** Norwegian citation style of the GDPR as incorporated by personopplysningsloven. */
const article = (letter: string) => `personvernforordningen artikkel 6 nr. 1 bokstav ${letter}`

export const nb: NoticeTexts = {
  title: "Personvernerklæring",
  intro: (controller) =>
    `Denne erklæringen forteller deg hvordan ${controller} behandler personopplysninger om kundene i nettbutikken (personvernforordningen artikkel 13).`,
  headings: {
    controller: "Behandlingsansvarlig",
    contact_person: "Kontaktperson",
    dpo: "Personvernombud",
    register_name: "Navn på registeret",
    purposes: "Formålene med behandlingen og det rettslige grunnlaget",
    data_content: "Innholdet i registeret",
    sources: "Informasjonskilder",
    disclosures: "Mottakere av opplysningene",
    transfers: "Overføring av opplysninger utenfor EU eller EØS",
    storage: "Lagring og sletting av opplysninger",
    cookies: "Informasjonskapsler",
    security: "Datasikkerhetsprinsipper",
    access: "Rett til innsyn",
    rectification: "Rett til retting",
    marketing_objection: "Rett til å protestere mot direkte markedsføring",
    erasure: "Rett til sletting",
    restriction: "Rett til begrensning av behandlingen",
    objection: "Rett til å protestere",
    portability: "Rett til dataportabilitet",
    consent_withdrawal: "Tilbaketrekking av samtykke",
    complaint: "Rett til å klage til en tilsynsmyndighet",
    automated_decisions: "Automatiserte avgjørelser",
    provision_requirement: "Må du gi oss opplysningene?",
  },
  labels: {
    name: "Navn",
    address: "Adresse",
    // An organisasjonsnummer is a number of the Norwegian register: other countries' IDs say whose they are.
    businessId: {
      FI: "Finsk foretaksnummer (Y-tunnus)",
      NO: "Organisasjonsnummer",
      SE: "Svensk organisasjonsnummer",
      DK: "Dansk CVR-nummer",
      other: "Registreringsnummer",
    },
    vatId: "VAT-nummer (EU)",
    phone: "Telefon",
    email: "E-post",
    website: "Nettsted",
    version: "Versjon",
    lastUpdated: "Sist oppdatert",
  },
  contactPerson: {
    intro: "Spørsmål og anmodninger om personopplysningene dine sendes til kontaktpersonen vår:",
    fallback: "Spørsmål og anmodninger om personopplysningene dine sendes til den behandlingsansvarlige ovenfor.",
  },
  dpo: {
    none: "Vi har ikke utpekt noe personvernombud. Spørsmål om personvern sendes til kontaktpersonen.",
    intro: "Du når personvernombudet vårt her:",
  },
  registerName: {
    sentence: (name) => `Registeret heter «${name}».`,
    fallback: (controller) => `Kunderegisteret til ${controller}`,
  },
  purposes: {
    intro: "Vi behandler personopplysninger for disse formålene, hvert med det rettslige grunnlaget som er oppgitt:",
    names: {
      customer_relationship: "å opprettholde kundeforholdet med kundene i nettbutikken vår",
      communication: "kommunikasjon med kundene våre",
      direct_marketing: "direkte markedsføring av produktene våre",
      existing_customer_marketing: "markedsføring på e-post av egne, tilsvarende produkter til eksisterende kunder",
      bookkeeping: "bokføring, slik regnskapslovgivningen krever",
      consent_proof:
        "dokumentasjon av samtykkene dine og protestene dine mot markedsføring, som vi må kunne påvise (personvernforordningen artikkel 7 nr. 1)",
      request_records:
        "dokumentasjon av anmodningene dine om opplysningene dine og av hvordan vi behandlet dem, slik at vi kan påvise at vi svarte i tide (personvernforordningen artikkel 5 nr. 2 og artikkel 12)",
      security: "sikkerheten til kundekontoene og nettbutikken",
    },
    bases: {
      consent: `samtykke (${article("a")})`,
      contract: `oppfyllelse av en avtale med deg (${article("b")})`,
      legal_obligation: `oppfyllelse av en rettslig forpliktelse (${article("c")})`,
      vital_interests: `vern av vitale interesser (${article("d")})`,
      public_task: `utførelse av en oppgave i allmennhetens interesse (${article("e")})`,
      legitimate_interests: `våre berettigede interesser (${article("f")})`,
    },
    legitimateInterest: (interest) => `Vår berettigede interesse: ${interest}`,
    builtInLegitimateInterests: {
      security: "å beskytte kundekontoene og nettbutikken mot misbruk og uautorisert tilgang",
      existing_customer_marketing: (laws) =>
        `å fortelle kunder som har kjøpt av oss, om egne, tilsvarende produkter på e-post. Dette krever ikke forhåndssamtykke (${laws}) når du fikk en enkel og gebyrfri mulighet til å reservere deg da du oppga e-postadressen din, og får den på nytt i hver melding`,
    },
    softOptInLaws: {
      FI: "den finske loven om elektroniske kommunikasjonstjenester (917/2014) § 200",
      NO: "markedsføringsloven § 15",
      SE: "den svenske markedsføringsloven (marknadsföringslagen) § 19",
      DK: "den danske markedsføringsloven § 10",
    },
    softOptInLawsUnknown: "reglene om elektronisk markedsføring",
    and,
    marketingObjection: "Du har alltid rett til å protestere mot at personopplysningene dine brukes til direkte markedsføring.",
  },
  dataContent: {
    intro: "Følgende opplysninger kan lagres i registeret:",
    items: {
      name: "navn",
      customer_number: "kundenummer",
      contact_information: "kontaktinformasjon (postadresse og telefonnummer)",
      email: "e-postadresse",
      phone: "telefonnummer",
      postal_address: "postadresse",
      company: "firmanavn",
      gender: "kjønn",
      homepage: "hjemmesideadresse",
      language: "språk",
      marketing_permissions: "informasjon om samtykke til eller reservasjon mot markedsføring",
      opt_in_confirmations: "påmeldinger til markedsføring som venter på at du bekrefter dem på e-post (dobbel bekreftelse)",
      orders: "informasjon om bestillinger",
      deliveries: "informasjon om leveranser",
      payments: "informasjon om betalinger",
      discounts: "rabatter",
      returns: "returer, reklamasjoner og bytter",
      login: "eventuelle brukernavn og passord (passord lagres bare som kryptografiske hasher)",
      messages: "meldinger vi har sendt deg",
      activity: "tidspunktet for din siste aktivitet og endringer i profilen din",
      origin:
        "hvordan du ble kunde (i nettbutikken, i kassen, per telefon, per e-post, registrert av våre ansatte eller overført fra et tidligere kundesystem)",
      data_requests: "anmodningene dine om opplysningene dine (kopi, sletting) og hvordan vi behandlet dem",
      staff_access: "når våre ansatte har sett eller endret opplysningene dine, og hvorfor (ikke hvem)",
      free_text: "tilleggsopplysninger og merknader om kundeforholdet",
    },
  },
  categories: {
    identity: "identitetsopplysninger",
    contact: "kontaktopplysninger",
    demographic: "demografiske opplysninger",
    preference: "preferanser",
    transaction: "opplysninger om bestillinger, betalinger og leveranser",
    technical: "tekniske opplysninger",
    consent_proof: "dokumentasjon av samtykker",
  },
  dataSubjects: { customers: "kunder i nettbutikken, med eller uten kundekonto" },
  sources: {
    intro: "Opplysningene kommer fra:",
    labels: {
      data_subject:
        "deg selv, gjennom bestillinger i nettbutikken, retur- eller andre skjemaer, via telefon, e-post og andre liknende måter",
      staff: "våre ansatte, som registrerer det du forteller oss",
      generated: "nettbutikkens egne systemer, for eksempel kundenummeret ditt og tidspunktet for din siste aktivitet",
      provider: "betalings- og leveringstjenester, om betalingene og leveransene dine",
    },
  },
  disclosures: {
    intro: "Vi selger ikke personopplysningene dine, og de gis som regel ikke videre til tredjeparter.",
    processors: {
      heading: "Databehandlere",
      intro:
        "Disse tjenesteleverandørene behandler opplysninger på våre vegne og bare etter våre instrukser (databehandlere, personvernforordningen artikkel 28); de er ikke tredjeparter:",
    },
    thirdParties: {
      heading: "Tredjeparter",
      intro: "Tredjeparter får opplysninger bare i disse tilfellene og for disse formålene:",
    },
    authorities: {
      heading: "Myndigheter",
      intro: "Opplysninger gis videre til myndighetene, når loven krever det, og i den grad loven tillater det:",
    },
    categories: {
      heading: "Andre mottakere",
      intro: "Opplysninger kan også gis videre til disse kategoriene av mottakere:",
    },
    categoryNames: {
      hosting: "driftsleverandør",
      platform: "leverandør av nettbutikkplattformen",
      carrier: "transportør",
      payment: "betalingstjeneste",
      debt_collection: "inkassoforetak",
      email_service: "e-posttjeneste",
      analytics: "analysetjeneste",
      advertising: "annonsetjeneste",
      authority: "offentlig myndighet",
      other: "tjenesteleverandør",
    },
    categoryLabels: {
      hosting: "driftsleverandører, som driver serverne nettbutikken kjører på",
      platform: "leverandører av teknisk håndtering av nettbutikken (nettbutikkplattformen og vedlikeholdet av den)",
      carrier: "transportører, for å levere ordre",
      payment: "betalingstjenester, for å gjennomføre betalinger",
      debt_collection: "inkassoforetak, for håndtering av ubetalte fakturaer",
      email_service: "e-posttjenesten som sender meldingene våre",
      analytics: "analysetjenester, for å måle hvordan nettbutikken brukes",
      advertising: "annonsetjenester, for å vise annonsene våre",
      authority: "myndighetene, når loven krever det, og i den grad loven tillater det",
      other: "andre tjenesteleverandører, for formålene som er nevnt ovenfor",
    },
    recipient: (name, category, place, purpose) => `${name}, ${category}${place ? ` (${place})` : ""}: ${purpose}`,
  },
  transfers: {
    none: "Opplysningene overføres ikke utenfor EU eller EØS.",
    intro: "Opplysninger overføres utenfor EU eller EØS bare slik:",
    item: (recipient, place, basis) => `${recipient}: ${place}, på grunnlag av ${basis}`,
    organisations: { EPO: "Den europeiske patentorganisasjonen" },
    act: (implementing, number) => `${implementing ? "kommisjonens gjennomføringsbeslutning" : "kommisjonsbeslutning"} ${number}`,
    bases: {
      adequacy: (act) => `en beslutning fra EU-kommisjonen om tilstrekkelig beskyttelsesnivå (${act}, personvernforordningen artikkel 45)`,
      dpfCertified: "mottakeren er sertifisert etter EU–US Data Privacy Framework",
      standardContractualClauses: (act) => `standard personvernbestemmelser vedtatt av EU-kommisjonen (${act}, artikkel 46 nr. 2 bokstav c)`,
      bindingCorporateRules: "bindende virksomhetsregler (artikkel 47)",
      derogation: (text) => `et unntak for en særlig situasjon (artikkel 49): ${text}`,
    },
  },
  retention: {
    intro: "Kunderegisterets opplysninger lagres så lenge kundeforholdet varer, med mindre en annen lagringstid er oppgitt nedenfor.",
    relationshipEnds: (months) =>
      `Kundeforholdet opphører når du avslutter kundekontoen din, eller når det har gått ${count(months, "måned", "måneder")} uten innlogging, bestilling eller endring av samtykkene dine.`,
    warning: (days) => `Før vi sletter opplysningene dine på grunn av inaktivitet, varsler vi deg på e-post ${count(days, "dag", "dager")} i forveien.`,
    records: {
      customer_account: { name: "Kundekontoen og profilen din, med innlogging", start: "fra de ble registrert" },
      carts: { name: "Handlekurver", start: "fra handlekurven ble opprettet" },
      orders: { name: "Bestillinger", start: "fra bestillingen ble lagt inn" },
      returns: { name: "Returer, reklamasjoner og bytter", start: "fra de ble registrert" },
      deliveries: { name: "Leveranser", start: "fra leveransen ble registrert" },
      payments: { name: "Betalinger", start: "fra betalingen" },
      payment_sessions: { name: "Betalingsøkter og kontoen din hos betalingstjenesten", start: "fra de ble registrert" },
      messages: { name: "Logg over meldinger vi har sendt deg", start: "fra meldingen ble sendt" },
      consent_proof: { name: "Dokumentasjon av samtykkene og protestene dine mot markedsføring", start: "fra de ble registrert" },
      opt_in_confirmations: { name: "Påmeldinger til markedsføring som ikke er bekreftet (dobbel bekreftelse)", start: "fra påmeldingen" },
      request_records: { name: "Dokumentasjon av anmodningene dine om opplysningene dine", start: "fra anmodningen ble besvart" },
      access_log: { name: "Logg over de ansattes tilgang til opplysningene dine", start: "fra tilgangen" },
      other: { name: "Andre registreringer", start: "fra de ble registrert" },
    },
    fates: { deleted: "slettes", anonymised: "anonymiseres", deleted_or_anonymised: "slettes eller anonymiseres" },
    relationship: (fate) => `Lagres til kundeforholdet opphører, og ${fate} deretter:`,
    bookkeeping: (period) =>
      `Lagres på samme måte som annet bokføringsmateriale, ${period}; deretter anonymiseres opplysningene som identifiserer deg, og det som ble solgt, blir stående i salgsregnskapet uten dem:`,
    bookkeepingPeriods: {
      FI: "i 6 år fra utgangen av det kalenderåret da regnskapsåret for salget ble avsluttet (den finske bokføringsloven kapittel 2 § 10)",
      NO: "i 5 år fra utgangen av regnskapsåret for salget (bokføringsloven § 13)",
      SE: "til utgangen av det sjuende året etter det kalenderåret da regnskapsåret for salget ble avsluttet (den svenske bokføringsloven kapittel 7 § 2)",
      DK: "i 5 år fra utgangen av regnskapsåret for salget (den danske bokføringsloven)",
    },
    bookkeepingYears: (years) => `i ${count(years, "år", "år")} fra utgangen av regnskapsåret for salget`,
    consentProof: (years) =>
      `Lagres i ${count(years, "år", "år")} etter at kundeforholdet har opphørt, slik at vi kan dokumentere samtykkene og protestene dine, og slettes deretter:`,
    fixed: (amount, unit, start) => `Lagres i ${period(amount, unit)} ${start}, og slettes deretter:`,
    fixedOrRelationship: (amount, unit, start, fate) =>
      `Lagres i ${period(amount, unit)} ${start}, eller til kundeforholdet opphører hvis det skjer før, og ${fate} deretter:`,
    erasedSecurely: "Opplysninger som ikke lenger er nødvendige, fjernes på en sikker måte.",
  },
  cookies: {
    intro:
      "Vi bruker informasjonskapsler, som lagres lokalt på enheten din. Informasjonskapslene lagres en begrenset tidsperiode og er ikke skadelige for enheten din.",
    none: "Vi bruker ingen informasjonskapsler.",
    consent: "Informasjonskapsler som ikke er strengt nødvendige, bruker vi bare med ditt samtykke, og du kan når som helst endre valget ditt.",
    categories: {
      necessary: "nødvendig",
      preferences: "preferanser",
      statistics: "statistikk",
      marketing: "markedsføring",
    },
    lifetime,
    headings: { name: "Navn", category: "Kategori", provider: "Satt av", purpose: "Formål", lifetime: "Lagringstid", kind: "Type" },
    firstParty: "oss (førstepart)",
    kinds: { cookie: "informasjonskapsel", localStorage: "lokal lagring", sessionStorage: "øktlagring", pixel: "piksel" },
    choiceKept: (months, years) =>
      `Valget ditt huskes i ${count(months, "måned", "måneder")}; deretter spør vi på nytt. Vi tar vare på et bevis for hvert valg (kategoriene, tidspunktet, versjonen av denne oversikten som ble vist og en forkortet IP-adresse) i ${count(years, "år", "år")} etter at det utløper, for å kunne vise at du samtykket.`,
  },
  security: {
    intro: "Kunderegisteret beskyttes slik:",
    accessLogged: (months) =>
      `Hver gang våre ansatte ser på eller endrer opplysningene til en kunde, registreres tidspunkt og formål i en logg som ikke kan endres i ettertid, og som oppbevares i ${count(months, "måned", "måneder")}.`,
    measures: {
      confidentiality: "Kunderegisteret behandles konfidensielt.",
      firewalls: "Registeret beskyttes mot utenforstående ved hjelp av brannmurer og andre tekniske beskyttelsestiltak.",
      electronic_only:
        "Registeret lagres bare elektronisk, og eventuelle tilfeldige papirdokumenter destrueres umiddelbart og korrekt.",
      need_to_know:
        "Bare personell med arbeidsoppgaver i forbindelse med håndtering av personopplysninger har tilgang til kunderegisteret.",
      personal_accounts: "Alt personale som bruker kunderegisteret, bruker personlige brukernavn og passord for tilgang til registeret.",
      duty_of_confidentiality: "Alt personale som bruker kunderegisteret, har taushetsplikt.",
      encrypted_connections: "Opplysningene overføres over krypterte forbindelser.",
      password_hashing: "Passord lagres aldri i klartekst, bare som kryptografiske hasher.",
    },
  },
  rights: {
    access: [
      "Du har rett til å få vite om vi behandler personopplysninger om deg, og til innsyn i og kopi av opplysningene (personvernforordningen artikkel 15).",
      "Anmodning om innsyn sendes til kontaktpersonen ovenfor i et signert dokument eller verifisert på tilsvarende måte, eller gjøres ved personlig oppmøte på vårt kontor. Er du innlogget i nettbutikken, er du allerede identifisert og kan laste ned en kopi av opplysningene dine i kundekontoen. Kontaktpersonen svarer på alle eventuelle spørsmål om anmodningen.",
    ],
    deadline:
      "Vi svarer på alle anmodninger etter denne erklæringen uten ugrunnet opphold og senest én måned etter at vi har mottatt dem. Fristen kan ved behov forlenges med ytterligere to måneder, ut fra hvor komplisert anmodningen er og hvor mange anmodninger det gjelder; da får du beskjed innen den første måneden, med begrunnelse (personvernforordningen artikkel 12 nr. 3).",
    rectification: [
      "Du har rett til å få uriktige personopplysninger om deg rettet og ufullstendige opplysninger supplert (artikkel 16). Du kan selv oppdatere opplysningene i profilen din i nettbutikken, eller kontakte kontaktpersonen for å oppdatere dem.",
    ],
    marketingObjection: [
      "Du har når som helst rett til å protestere mot at personopplysningene dine brukes til direkte markedsføring; da bruker vi dem ikke lenger til det formålet (artikkel 21 nr. 2 og 3).",
      "Bruk avmeldingslenken i markedsføringsmeldingene våre, endre valgene dine i kundekontoen, eller send protesten på e-post til kontaktpersonen. Den gjelder straks, og bare du kan gi samtykke på nytt.",
    ],
    softOptInObjection:
      "Dette gjelder også e-post om egne, tilsvarende produkter som vi sender deg som eksisterende kunde: du kan reservere deg gebyrfritt, og hver slik melding forteller deg hvordan.",
    erasure: [
      "Du har rett til å få personopplysningene dine slettet (artikkel 17). Vi sletter da alt som loven ikke pålegger oss å oppbevare: det vi må oppbevare som bokføringsmateriale, lagres til oppbevaringstiden er over og anonymiseres deretter, og dokumentasjonen av samtykkene og protestene dine lagres i den tiden som er oppgitt ovenfor (artikkel 17 nr. 3 bokstav b).",
    ],
    restriction: [
      "Du har rett til å kreve at behandlingen av opplysningene dine begrenses, for eksempel mens vi undersøker om de er riktige (artikkel 18).",
    ],
    objection: [
      "Du har rett til å protestere, på grunnlag av din særlige situasjon, mot behandling som bygger på våre berettigede interesser (artikkel 21 nr. 1).",
    ],
    portability: [
      "Du har rett til å få utlevert opplysningene du har gitt oss, i et strukturert, alminnelig anvendt og maskinlesbart format (JSON), og til å overføre dem til en annen behandlingsansvarlig (artikkel 20).",
    ],
    consentWithdrawal: [
      "Når behandlingen bygger på samtykke, har du rett til når som helst å trekke samtykket tilbake, like enkelt som du ga det. Tilbaketrekkingen påvirker ikke lovligheten av behandlingen før samtykket ble trukket tilbake (artikkel 7 nr. 3).",
    ],
    complaint:
      "Du har rett til å klage til en tilsynsmyndighet, særlig i EU- eller EØS-staten der du bor eller arbeider, eller der den påståtte overtredelsen fant sted (personvernforordningen artikkel 77).",
    complaintAuthorities: "Tilsynsmyndighetene i landene der vi er etablert og selger:",
    complaintAuthority: (country, authority) => `${country}: ${authority}`,
    automatedDecisions: [
      "Vi treffer ingen avgjørelser som utelukkende bygger på automatisert behandling, herunder profilering, og som har rettsvirkning for deg eller på tilsvarende måte i betydelig grad påvirker deg (artikkel 22).",
    ],
    provisionRequirement: [
      "Navn, postadresse og e-postadresse er nødvendige for å inngå kjøpsavtalen og levere bestillingen; uten dem kan vi ikke selge til deg. Andre opplysninger gir du frivillig.",
    ],
  },
  record: {
    title: "Protokoll over behandlingsaktiviteter (personvernforordningen artikkel 30)",
    columns: {
      controller: "Behandlingsansvarlig",
      controllerContact: "Behandlingsansvarliges kontaktopplysninger",
      contactPerson: "Kontaktperson",
      dpo: "Personvernombud",
      purpose: "Formål",
      legalBasis: "Rettslig grunnlag",
      legitimateInterest: "Berettiget interesse",
      dataSubjects: "Kategorier av registrerte",
      dataCategories: "Kategorier av personopplysninger",
      dataItems: "Opplysninger",
      recipients: "Mottakere",
      transfers: "Overføringer utenfor EU/EØS",
      erasureTimeLimits: "Frister for sletting",
      securityMeasures: "Sikkerhetstiltak",
    },
    noTransfers: "ingen",
    noDpo: "ikke utpekt",
  },
}
