import type { Lifetime, NoticeTexts } from "./types"

/** Finnish uses the nominative singular after 1 and the partitive after other numbers. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function lifetime(value: Lifetime): string {
  if (value === "session") {
    return "kunnes selain suljetaan"
  }
  if ("hours" in value) {
    return count(value.hours, "tunti", "tuntia")
  }
  if ("days" in value) {
    return count(value.days, "päivä", "päivää")
  }
  return count(value.months, "kuukausi", "kuukautta")
}

const article = (letter: string) => `tietosuoja-asetuksen 6 artiklan 1 kohdan ${letter} alakohta`

export const fi: NoticeTexts = {
  title: "Tietosuojaseloste",
  intro: (controller) =>
    `Tässä selosteessa kerrotaan, miten ${controller} käsittelee verkkokauppansa asiakkaiden henkilötietoja (tietosuoja-asetuksen 13 artikla).`,
  headings: {
    controller: "Rekisterinpitäjä",
    contact_person: "Yhteyshenkilö",
    dpo: "Tietosuojavastaava",
    register_name: "Rekisterin nimi",
    purposes: "Henkilötietojen käsittelyn tarkoitus ja oikeusperuste",
    data_content: "Rekisterin tietosisältö",
    sources: "Säännönmukaiset tietolähteet",
    disclosures: "Tietojen säännönmukaiset luovutukset",
    transfers: "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
    storage: "Tietojen säilyttäminen ja poistaminen",
    cookies: "Evästeet",
    security: "Rekisterin suojauksen periaatteet",
    access: "Tarkastusoikeus",
    rectification: "Tietojen päivittäminen",
    marketing_objection: "Oikeus kieltää suoramarkkinointi",
    erasure: "Oikeus tietojen poistamiseen",
    restriction: "Oikeus käsittelyn rajoittamiseen",
    objection: "Vastustamisoikeus",
    portability: "Oikeus siirtää tiedot järjestelmästä toiseen",
    consent_withdrawal: "Suostumuksen peruuttaminen",
    complaint: "Oikeus tehdä valitus",
    automated_decisions: "Automaattinen päätöksenteko",
    provision_requirement: "Onko tietojen antaminen pakollista?",
  },
  labels: {
    name: "Nimi",
    address: "Osoite",
    businessId: "Y-tunnus",
    phone: "Puhelin",
    email: "Sähköposti",
    website: "Verkkosivusto",
  },
  contactPerson: {
    intro: "Henkilötietoja koskevat kysymykset ja pyynnöt käsittelee:",
    fallback: "Henkilötietoja koskevat kysymykset ja pyynnöt osoitetaan edellä mainitulle rekisterinpitäjälle.",
  },
  dpo: {
    none: "Emme ole nimittäneet tietosuojavastaavaa. Tietosuojaa koskevat kysymykset osoitetaan yhteyshenkilölle.",
    intro: "Tietosuojavastaavamme tavoittaa seuraavista yhteystiedoista:",
  },
  registerName: { intro: "Rekisterin nimi on:" },
  purposes: {
    intro: "Henkilötietoja käsitellään seuraaviin tarkoituksiin seuraavin oikeusperustein:",
    names: {
      customer_relationship: "verkkokauppamme asiakassuhteiden ylläpitäminen",
      communication: "viestintä asiakkaidemme kanssa",
      direct_marketing: "tuotteiden suoramarkkinointi",
      bookkeeping: "kirjanpito lain edellyttämällä tavalla",
      security: "asiakastilien ja verkkokaupan turvallisuus",
    },
    bases: {
      consent: `suostumus (${article("a")})`,
      contract: `kanssasi tehdyn sopimuksen täytäntöönpano (${article("b")})`,
      legal_obligation: `lakisääteinen velvoite (${article("c")})`,
      vital_interests: `elintärkeä etu (${article("d")})`,
      public_task: `yleisen edun mukainen tehtävä (${article("e")})`,
      legitimate_interests: `oikeutettu etu (${article("f")})`,
    },
    legitimateInterest: (interest) => `Oikeutettu etumme: ${interest}`,
    builtInLegitimateInterests: {
      security: "asiakastilien ja verkkokaupan suojaaminen väärinkäytöltä ja luvattomalta pääsyltä",
    },
    marketingObjection: "Asiakkaalla on aina oikeus kieltää henkilötietojensa käyttö markkinointiin.",
  },
  dataContent: {
    intro: "Rekisteriin voidaan tallentaa seuraavia tietoja:",
    items: {
      name: "nimi",
      customer_number: "asiakasnumero",
      contact_information: "yhteystiedot (postiosoite ja puhelinnumero)",
      email: "sähköpostiosoite",
      phone: "puhelinnumero",
      postal_address: "postiosoite",
      company: "yrityksen nimi",
      gender: "sukupuoli",
      homepage: "kotisivun osoite",
      language: "kieli",
      marketing_permissions: "markkinointiluvat ja -kiellot",
      orders: "tiedot tilauksista",
      deliveries: "tiedot toimituksista",
      payments: "tiedot maksuista",
      discounts: "alennukset",
      returns: "palautukset, reklamaatiot ja vaihdot",
      login: "käyttäjätunnus ja salasana (salasana tallennetaan vain kryptografisena tiivisteenä)",
      messages: "sinulle lähettämämme viestit",
      activity: "viimeisimmän toiminnan ajankohta ja profiilin muutokset",
      origin: "miten sinusta tuli asiakas (verkkokauppa, kassa, puhelin, sähköposti, tuonti)",
      data_requests: "pyyntösi saada tietosi ja niihin annetut vastaukset",
      free_text: "asiakassuhteeseen liittyvät lisätiedot ja merkinnät",
    },
  },
  categories: {
    identity: "tunnistetiedot",
    contact: "yhteystiedot",
    demographic: "demografiset tiedot",
    preference: "mieltymykset",
    transaction: "tilaus-, maksu- ja toimitustiedot",
    technical: "tekniset tiedot",
    consent_proof: "suostumuksia koskevat tiedot",
  },
  dataSubjects: { customers: "verkkokaupan asiakkaat, joilla on asiakastili, ja asiakkaat, joilla sitä ei ole" },
  sources: {
    intro: "Tiedot saadaan:",
    labels: {
      data_subject:
        "asiakkaalta itseltään verkkokaupan tilausten, palautus- ja muiden lomakkeiden, puhelimen, sähköpostin ja muiden vastaavien kanavien kautta",
      staff: "henkilökunnaltamme, joka kirjaa kertomasi tiedot",
      generated: "verkkokaupan omista järjestelmistä, esimerkiksi asiakasnumero ja toiminnan ajankohta",
      provider: "maksu- ja toimituspalveluilta maksuista ja toimituksista",
    },
  },
  disclosures: {
    intro:
      "Henkilötietoja käytetään vain asiakassuhteiden ylläpitoon, eikä niitä pääsääntöisesti luovuteta kolmansille osapuolille. Tietoja voidaan luovuttaa kolmannelle osapuolelle vain seuraavissa tapauksissa:",
    recipients: {
      technical_operation: "verkkokaupan tekninen ylläpito (esim. palvelimen tai verkkokauppa-alustan ylläpito)",
      payment_provider: "maksupalvelut maksujen suorittamiseksi",
      carrier: "tilausten toimittaminen",
      debt_collection: "maksamattomien laskujen käsittely",
      authorities: "viranomaiset, jos laki sitä edellyttää ja siinä laajuudessa kuin laki sallii",
      email_service: "viestimme lähettävä sähköpostipalvelu",
    },
    countries: (countries) => `(käsittelymaat: ${countries})`,
  },
  transfers: {
    none: "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
    intro: "Tietoja siirretään EU:n/ETA:n ulkopuolelle vain seuraavasti:",
    item: (recipient, country, safeguard) => `${recipient}: ${country}, perusteena ${safeguard}`,
    safeguards: {
      adequacy_decision: "Euroopan komission tietosuojan riittävyyttä koskeva päätös (45 artikla)",
      standard_contractual_clauses: "Euroopan komission vakiosopimuslausekkeet (46 artikla)",
      binding_corporate_rules: "yritystä koskevat sitovat säännöt (47 artikla)",
      derogation: "erityistilanteita koskeva poikkeus (49 artikla)",
    },
  },
  retention: {
    relationship: (months) =>
      `Asiakasrekisterin tietoja säilytetään niin kauan kuin asiakassuhde on voimassa. Asiakassuhde päättyy, kun suljet asiakastilisi tai kun ${count(months, "kuukauteen", "kuukauteen")} ei ole ollut kirjautumista, tilausta eikä suostumusten muutosta.`,
    bookkeeping: (period) =>
      `Tilauksia, laskutusta ja maksuja koskevia tietoja säilytetään kuten muuta kirjanpitoaineistoa: ${period}. Sen jälkeen ne anonymisoidaan.`,
    bookkeepingPeriods: {
      FI: "6 vuotta sen kalenterivuoden lopusta, jonka aikana tilikausi päättyi (kirjanpitolain 2 luvun 10 §)",
      NO: "5 vuotta tilikauden päättymisestä (Norjan kirjanpitolain 13 §)",
      SE: "sen seitsemännen vuoden loppuun, joka seuraa kalenterivuotta, jonka aikana tilikausi päättyi (Ruotsin kirjanpitolain 7 luvun 2 §)",
      DK: "5 vuotta tilikauden päättymisestä (Tanskan kirjanpitolaki)",
    },
    bookkeepingYears: (years) => `${count(years, "vuosi", "vuotta")} tilikauden päättymisestä`,
    consentProof: (years) =>
      `Tiedot suostumuksista ja markkinointikielloista säilytetään ${count(years, "vuosi", "vuotta")} asiakassuhteen päättymisen jälkeen, jotta voimme osoittaa ne, ja poistetaan sen jälkeen.`,
    fixed: (amount, unit) =>
      `säilytetään ${unit === "months" ? count(amount, "kuukausi", "kuukautta") : count(amount, "päivä", "päivää")} ja poistetaan sen jälkeen`,
    appliesTo: (items) => `Tämä koskee seuraavia tietoja: ${items}.`,
    erasedSecurely: "Tiedot, joita ei enää tarvita, poistetaan turvallisesti.",
  },
  cookies: {
    intro:
      "Käytämme evästeitä, jotka tallentuvat käyttäjän laitteelle. Evästeitä säilytetään rajoitetun ajan, eivätkä ne vahingoita käyttäjän laitetta.",
    none: "Emme käytä evästeitä.",
    consent: "Muita kuin välttämättömiä evästeitä käytetään vain suostumuksellasi, ja voit muuttaa valintaasi milloin tahansa.",
    categories: {
      necessary: "välttämätön",
      functional: "toiminnallinen",
      statistics: "tilastointi",
      marketing: "markkinointi",
    },
    lifetime,
    item: ({ name, category, purpose, lifetime: kept, provider }) =>
      `${name} (${category}${provider ? `, asettaja ${provider}` : ""}): ${purpose} Säilytysaika: ${kept}.`,
  },
  security: {
    intro: "Asiakasrekisteri suojataan seuraavasti:",
    measures: {
      confidentiality: "Asiakasrekisteriä käsitellään luottamuksellisesti.",
      firewalls: "Rekisteri on suojattu ulkopuolisilta palomuurein ja muin teknisin suojauskeinoin.",
      electronic_only:
        "Rekisteri säilytetään vain sähköisesti; mahdolliset satunnaiset paperiasiakirjat hävitetään välittömästi ja asianmukaisesti.",
      need_to_know: "Asiakasrekisteriin on pääsy vain niillä työntekijöillä, joiden työtehtäviin henkilötietojen käsittely kuuluu.",
      personal_accounts: "Kaikki asiakasrekisteriä käyttävät työntekijät käyttävät henkilökohtaisia käyttäjätunnuksia ja salasanoja.",
      duty_of_confidentiality: "Kaikkia asiakasrekisteriä käyttäviä työntekijöitä sitoo vaitiolovelvollisuus.",
      encrypted_connections: "Tiedot siirretään salattuja yhteyksiä pitkin.",
      password_hashing: "Salasanoja ei koskaan tallenneta selväkielisinä, vaan ainoastaan kryptografisina tiivisteinä.",
    },
  },
  rights: {
    access: [
      "Jokaisella on oikeus tarkastaa, mitä häntä koskevia tietoja asiakasrekisteriin on tallennettu (tietosuoja-asetuksen 15 artikla).",
      "Tarkastuspyynnön voi lähettää yhteyshenkilölle allekirjoitettuna asiakirjana tai muulla vastaavalla tavalla varmennettuna, tai sen voi esittää henkilökohtaisesti toimipaikassamme. Jos olet kirjautunut verkkokauppaan, henkilöllisyytesi on jo todennettu. Vastaamme kuukauden kuluessa.",
    ],
    rectification: [
      "Asiakas voi itse päivittää tietonsa verkkokaupan omassa profiilissaan tai pyytää yhteyshenkilöä päivittämään ne (16 artikla).",
    ],
    marketingObjection: [
      "Asiakkaalla on oikeus kieltää henkilötietojensa käyttö suoramarkkinointiin (21 artiklan 2 ja 3 kohta). Käytä markkinointiviestiemme peruutuslinkkiä, muuta valintojasi asiakastililläsi tai lähetä pyyntö sähköpostilla yhteyshenkilölle. Kielto tulee voimaan välittömästi, ja vain sinä voit antaa suostumuksen uudelleen.",
    ],
    erasure: [
      "Voit pyytää tietojesi poistamista (17 artikla). Tiedot, jotka meidän on lain mukaan säilytettävä kirjanpitoaineistona, poistetaan, kun niiden säilytysaika päättyy.",
    ],
    restriction: [
      "Voit pyytää tietojesi käsittelyn rajoittamista esimerkiksi siksi aikaa, kun tarkistamme tietojen oikeellisuutta (18 artikla).",
    ],
    objection: ["Voit vastustaa käsittelyä, joka perustuu oikeutettuun etuumme (21 artiklan 1 kohta)."],
    portability: [
      "Sinulla on oikeus saada meille antamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa (JSON) ja siirtää ne toiselle rekisterinpitäjälle (20 artikla).",
    ],
    consentWithdrawal: [
      "Kun käsittely perustuu suostumukseesi, voit peruuttaa sen milloin tahansa yhtä helposti kuin annoit sen. Peruuttaminen ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen (7 artiklan 3 kohta).",
    ],
    complaint: (authority) => [
      "Sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä EU- tai ETA-maassa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut (77 artikla).",
      `Valvontaviranomaisemme on ${authority}.`,
    ],
    complaintNoAuthority: [
      "Sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä EU- tai ETA-maassa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut (77 artikla).",
    ],
    automatedDecisions: [
      "Emme tee pelkästään automaattiseen käsittelyyn, profilointi mukaan luettuna, perustuvia päätöksiä, joilla on sinua koskevia oikeusvaikutuksia tai jotka vaikuttavat sinuun vastaavalla tavalla merkittävästi (22 artikla).",
    ],
    provisionRequirement: [
      "Nimi, osoite ja sähköpostiosoite tarvitaan tilausten tekemiseen ja toimittamiseen; ilman niitä emme voi myydä sinulle. Muiden tietojen antaminen on vapaaehtoista.",
    ],
  },
  record: {
    title: "Seloste käsittelytoimista (tietosuoja-asetuksen 30 artikla)",
    columns: {
      controller: "Rekisterinpitäjä",
      controllerContact: "Rekisterinpitäjän yhteystiedot",
      contactPerson: "Yhteyshenkilö",
      dpo: "Tietosuojavastaava",
      purpose: "Käsittelyn tarkoitus",
      legalBasis: "Oikeusperuste",
      legitimateInterest: "Oikeutettu etu",
      dataSubjects: "Rekisteröityjen ryhmät",
      dataCategories: "Henkilötietoryhmät",
      dataItems: "Tiedot",
      recipients: "Vastaanottajaryhmät",
      transfers: "Siirrot EU:n/ETA:n ulkopuolelle",
      erasureTimeLimits: "Poistamisen määräajat",
      securityMeasures: "Turvatoimet",
    },
    noTransfers: "ei siirtoja",
    noDpo: "ei nimitetty",
  },
}
