import type { Lifetime, NoticeTexts } from "./types"

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function lifetime(value: Lifetime): string {
  if (value === "session") {
    return "til nettleseren lukkes"
  }
  if ("hours" in value) {
    return count(value.hours, "time", "timer")
  }
  if ("days" in value) {
    return count(value.days, "dag", "dager")
  }
  return count(value.months, "måned", "måneder")
}

const article = (letter: string) => `personvernforordningen artikkel 6 nr. 1 bokstav ${letter}`

export const nb: NoticeTexts = {
  title: "Personvernerklæring",
  intro: (controller) =>
    `Denne erklæringen forteller hvordan ${controller} behandler personopplysninger om kundene i nettbutikken (personvernforordningen artikkel 13).`,
  headings: {
    controller: "Behandlingsansvarlig",
    contact_person: "Kontaktperson",
    dpo: "Personvernombud",
    register_name: "Navn på registeret",
    purposes: "Formål med og rettslig grunnlag for behandlingen",
    data_content: "Innholdet i registeret",
    sources: "Informasjonskilder",
    disclosures: "Utlevering av data",
    transfers: "Overføring av data utenfor EU eller EØS",
    storage: "Lagring og sletting av data",
    cookies: "Informasjonskapsler",
    security: "Datasikkerhetsprinsipper",
    access: "Rett til innsyn",
    rectification: "Oppdatering av personopplysningene",
    marketing_objection: "Rett til å forby markedsføring",
    erasure: "Rett til sletting",
    restriction: "Rett til begrensning av behandlingen",
    objection: "Rett til å protestere",
    portability: "Rett til dataportabilitet",
    consent_withdrawal: "Tilbaketrekking av samtykke",
    complaint: "Rett til å klage",
    automated_decisions: "Automatiserte avgjørelser",
    provision_requirement: "Må du gi oss opplysningene?",
  },
  labels: {
    name: "Navn",
    address: "Adresse",
    businessId: "Organisasjonsnummer",
    phone: "Telefon",
    email: "E-post",
    website: "Nettsted",
  },
  contactPerson: {
    intro: "Spørsmål og anmodninger om personopplysninger rettes til:",
    fallback: "Spørsmål og anmodninger om personopplysninger rettes til den behandlingsansvarlige ovenfor.",
  },
  dpo: {
    none: "Vi har ikke utpekt noe personvernombud. Spørsmål om personvern rettes til kontaktpersonen.",
    intro: "Personvernombudet vårt kan kontaktes her:",
  },
  registerName: { intro: "Registeret heter:" },
  purposes: {
    intro: "Personopplysninger behandles for følgende formål og på følgende rettslige grunnlag:",
    names: {
      customer_relationship: "å opprettholde kunderelasjoner med kundene i nettbutikken vår",
      communication: "kommunikasjon med kundene våre",
      direct_marketing: "direkte markedsføring av produkter",
      bookkeeping: "bokføring, slik loven krever",
      security: "sikkerheten til kundekontoene og nettbutikken",
    },
    bases: {
      consent: `samtykke (${article("a")})`,
      contract: `oppfyllelse av en avtale med deg (${article("b")})`,
      legal_obligation: `rettslig forpliktelse (${article("c")})`,
      vital_interests: `vitale interesser (${article("d")})`,
      public_task: `oppgave i allmennhetens interesse (${article("e")})`,
      legitimate_interests: `berettiget interesse (${article("f")})`,
    },
    legitimateInterest: (interest) => `Vår berettigede interesse: ${interest}`,
    builtInLegitimateInterests: {
      security: "å beskytte kundekontoene og nettbutikken mot misbruk og uautorisert tilgang",
    },
    marketingObjection: "Kunden har alltid rett til å motsette seg bruk av egne personopplysninger til markedsføring.",
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
      orders: "informasjon om bestillinger",
      deliveries: "informasjon om leveranser",
      payments: "informasjon om betalinger",
      discounts: "rabatter",
      returns: "returer, reklamasjoner og bytter",
      login: "brukernavn og passord (passordet lagres bare som en kryptografisk hash)",
      messages: "meldinger vi har sendt deg",
      activity: "tidspunkt for siste aktivitet og endringer i profilen",
      origin: "hvordan du ble kunde (nettbutikk, kasse, telefon, e-post, import)",
      data_requests: "dine anmodninger om innsyn og hvordan de ble besvart",
      free_text: "tilleggsopplysninger og merknader knyttet til kundeforholdet",
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
        "kunden selv gjennom bestillinger i nettbutikken, retur- eller andre skjemaer, via telefon, e-post og andre liknende måter",
      staff: "våre ansatte, som registrerer det du forteller oss",
      generated: "nettbutikkens egne systemer, for eksempel kundenummer og tidspunkt for aktivitet",
      provider: "betalings- og leveringstjenester, om betalinger og leveranser",
    },
  },
  disclosures: {
    intro:
      "Personopplysninger brukes kun for å opprettholde kunderelasjoner og overleveres som regel ikke videre til tredjepart. De eneste tilfellene informasjonen kan gis til tredjepart, er:",
    recipients: {
      technical_operation:
        "i forbindelse med teknisk håndtering av nettbutikken (f.eks. vedlikehold av server eller nettbutikkplattformen)",
      payment_provider: "til betalingstjenester, for å gjennomføre betalinger",
      carrier: "for å levere ordre",
      debt_collection: "for håndtering av ubetalte fakturaer",
      authorities: "til myndighetene, når loven krever det, og i den grad loven tillater det",
      email_service: "til e-posttjenesten som sender meldingene våre",
    },
    countries: (countries) => `(behandles i: ${countries})`,
  },
  transfers: {
    none: "Opplysningene overføres ikke utenfor EU eller EØS.",
    intro: "Opplysninger overføres utenfor EU/EØS bare slik:",
    item: (recipient, country, safeguard) => `${recipient}: ${country}, på grunnlag av ${safeguard}`,
    safeguards: {
      adequacy_decision: "en beslutning fra EU-kommisjonen om tilstrekkelig beskyttelsesnivå (artikkel 45)",
      standard_contractual_clauses: "EU-kommisjonens standard personvernbestemmelser (artikkel 46)",
      binding_corporate_rules: "bindende virksomhetsregler (artikkel 47)",
      derogation: "unntak for særlige situasjoner (artikkel 49)",
    },
  },
  retention: {
    relationship: (months) =>
      `Kunderegisterets opplysninger blir lagret så lenge kunderelasjonen finnes. Kunderelasjonen opphører når du avslutter kundekontoen din, eller når det har gått ${count(months, "måned", "måneder")} uten innlogging, bestilling eller endring av samtykker.`,
    bookkeeping: (period) =>
      `Opplysninger om bestillinger, fakturering og betaling lagres på samme måte som annet bokføringsmateriale: ${period}. Deretter anonymiseres de.`,
    bookkeepingPeriods: {
      FI: "i 6 år fra utgangen av det kalenderåret regnskapsåret ble avsluttet (den finske bokføringsloven kapittel 2 § 10)",
      NO: "i 5 år etter regnskapsårets slutt (bokføringsloven § 13)",
      SE: "til utgangen av det sjuende året etter det kalenderåret regnskapsåret ble avsluttet (den svenske bokføringsloven kapittel 7 § 2)",
      DK: "i 5 år fra utgangen av regnskapsåret (den danske bokføringsloven)",
    },
    bookkeepingYears: (years) => `i ${count(years, "år", "år")} etter regnskapsårets slutt`,
    consentProof: (years) =>
      `Opplysninger om samtykker og reservasjoner mot markedsføring oppbevares i ${count(years, "år", "år")} etter at kunderelasjonen er avsluttet, slik at vi kan dokumentere dem, og slettes deretter.`,
    fixed: (amount, unit) =>
      `lagres i ${unit === "months" ? count(amount, "måned", "måneder") : count(amount, "dag", "dager")} og slettes deretter`,
    appliesTo: (items) => `Dette gjelder: ${items}.`,
    erasedSecurely: "Opplysninger som ikke lenger er relevante, fjernes på en sikker måte.",
  },
  cookies: {
    intro:
      "Vi bruker informasjonskapsler som lagres lokalt på brukerens maskin. Informasjonskapslene lagres en begrenset tidsperiode, og de er ikke skadelige for brukerens maskin.",
    none: "Vi bruker ingen informasjonskapsler.",
    consent: "Informasjonskapsler som ikke er strengt nødvendige, brukes bare med ditt samtykke, og du kan når som helst endre valget ditt.",
    categories: {
      necessary: "nødvendig",
      functional: "funksjonell",
      statistics: "statistikk",
      marketing: "markedsføring",
    },
    lifetime,
    item: ({ name, category, purpose, lifetime: kept, provider }) =>
      `${name} (${category}${provider ? `, settes av ${provider}` : ""}): ${purpose} Lagringstid: ${kept}.`,
  },
  security: {
    intro: "Kunderegisteret beskyttes slik:",
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
      password_hashing: "Passord lagres aldri i klartekst, bare som kryptografisk hash.",
    },
  },
  rights: {
    access: [
      "Alle har rett til å begjære innsyn i opplysninger som er knyttet til egen person i kunderegisteret (personvernforordningen artikkel 15).",
      "Anmodning om innsyn kan sendes til kontaktpersonen i et signert dokument, evt. verifisert på tilsvarende måte, eller gjøres ved personlig oppmøte på vårt kontor. Er du innlogget i nettbutikken, er du allerede identifisert. Vi svarer innen én måned.",
    ],
    rectification: [
      "Kunden kan selv oppdatere opplysningene i egen profil i nettbutikken. Kunden kan også kontakte kontaktpersonen for å oppdatere personopplysningene sine (artikkel 16).",
    ],
    marketingObjection: [
      "Kunden har rett til å forby bruk av egne personopplysninger til markedsføring (artikkel 21 nr. 2 og 3). Bruk avmeldingslenken i markedsføringsmeldingene våre, endre valgene dine i kundekontoen, eller send anmodningen på e-post til kontaktpersonen. Det gjelder straks, og bare du kan gi samtykke på nytt.",
    ],
    erasure: [
      "Du kan be om at opplysningene om deg slettes (artikkel 17). Opplysninger som vi etter loven må oppbevare som bokføringsmateriale, slettes når oppbevaringstiden er over.",
    ],
    restriction: [
      "Du kan be om at behandlingen av opplysningene dine begrenses, for eksempel mens vi undersøker om de er riktige (artikkel 18).",
    ],
    objection: ["Du kan protestere mot behandling som bygger på vår berettigede interesse (artikkel 21 nr. 1)."],
    portability: [
      "Du har rett til å få utlevert opplysningene du har gitt oss, i et strukturert, alminnelig anvendt og maskinlesbart format (JSON), og til å overføre dem til en annen behandlingsansvarlig (artikkel 20).",
    ],
    consentWithdrawal: [
      "Når behandlingen bygger på samtykke, kan du når som helst trekke samtykket tilbake, like enkelt som du ga det. Det påvirker ikke lovligheten av behandlingen før tilbaketrekkingen (artikkel 7 nr. 3).",
    ],
    complaint: (authority) => [
      "Du har rett til å klage til en tilsynsmyndighet, særlig i EU/EØS-landet der du bor eller arbeider, eller der den påståtte overtredelsen fant sted (artikkel 77).",
      `Vår tilsynsmyndighet er ${authority}.`,
    ],
    complaintNoAuthority: [
      "Du har rett til å klage til en tilsynsmyndighet, særlig i EU/EØS-landet der du bor eller arbeider, eller der den påståtte overtredelsen fant sted (artikkel 77).",
    ],
    automatedDecisions: [
      "Vi treffer ingen avgjørelser som utelukkende bygger på automatisert behandling, herunder profilering, og som har rettsvirkning for deg eller på lignende måte i betydelig grad påvirker deg (artikkel 22).",
    ],
    provisionRequirement: [
      "Navn, adresse og e-postadresse er nødvendige for å inngå og levere bestillinger; uten dem kan vi ikke selge til deg. Øvrige opplysninger er frivillige.",
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
      recipients: "Kategorier av mottakere",
      transfers: "Overføringer utenfor EU/EØS",
      erasureTimeLimits: "Frister for sletting",
      securityMeasures: "Sikkerhetstiltak",
    },
    noTransfers: "ingen",
    noDpo: "ikke utpekt",
  },
}
