import type { Lifetime, NoticeTexts } from "./types"

/** Finnish uses the nominative singular after 1 and the partitive after other numbers. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const period = (amount: number, unit: "months" | "days") =>
  unit === "months" ? count(amount, "kuukausi", "kuukautta") : count(amount, "päivä", "päivää")

function lifetime(value: Lifetime): string {
  if (value === "session") {
    return "kunnes selain suljetaan"
  }
  if ("minutes" in value) {
    return count(value.minutes, "minuutti", "minuuttia")
  }
  if ("hours" in value) {
    return count(value.hours, "tunti", "tuntia")
  }
  if ("days" in value) {
    return count(value.days, "päivä", "päivää")
  }
  return count(value.months, "kuukausi", "kuukautta")
}

const and = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ja ${items[items.length - 1]}`)

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
    purposes: "Henkilötietojen käsittelyn tarkoitukset ja oikeusperuste",
    data_content: "Rekisterin tietosisältö",
    sources: "Säännönmukaiset tietolähteet",
    disclosures: "Tietojen vastaanottajat",
    transfers: "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
    storage: "Tietojen säilyttäminen ja poistaminen",
    cookies: "Evästeet",
    security: "Rekisterin suojauksen periaatteet",
    access: "Oikeus saada pääsy tietoihin",
    rectification: "Oikeus tietojen oikaisemiseen",
    marketing_objection: "Oikeus vastustaa suoramarkkinointia",
    erasure: "Oikeus tietojen poistamiseen",
    restriction: "Oikeus käsittelyn rajoittamiseen",
    objection: "Vastustamisoikeus",
    portability: "Oikeus siirtää tiedot järjestelmästä toiseen",
    consent_withdrawal: "Suostumuksen peruuttaminen",
    complaint: "Oikeus tehdä valitus valvontaviranomaiselle",
    automated_decisions: "Automatisoidut yksittäispäätökset",
    provision_requirement: "Onko tietojen antaminen pakollista?",
  },
  labels: {
    name: "Nimi",
    address: "Osoite",
    businessId: {
      FI: "Y-tunnus",
      NO: "Norjan organisaationumero",
      SE: "Ruotsin organisaationumero",
      DK: "Tanskan CVR-numero",
      other: "Yritystunnus",
    },
    vatId: "ALV-tunniste",
    phone: "Puhelin",
    email: "Sähköposti",
    website: "Verkkosivusto",
    version: "Versio",
    lastUpdated: "Päivitetty viimeksi",
  },
  contactPerson: {
    intro: "Henkilötietojasi koskevat kysymykset ja pyynnöt osoitetaan yhteyshenkilöllemme:",
    fallback: "Henkilötietojasi koskevat kysymykset ja pyynnöt osoitetaan edellä mainitulle rekisterinpitäjälle.",
  },
  dpo: {
    none: "Emme ole nimittäneet tietosuojavastaavaa. Tietosuojaa koskevat kysymykset osoitetaan yhteyshenkilölle.",
    intro: "Tietosuojavastaavamme tavoittaa seuraavista yhteystiedoista:",
  },
  registerName: {
    sentence: (name) => `Rekisterin nimi on ”${name}”.`,
    // A name of several words joins a compound with a space before the hyphen: "Finmug Oy -verkkokaupan".
    fallback: (controller) => `${controller}${/\s/.test(controller) ? " -" : "-"}verkkokaupan asiakasrekisteri`,
  },
  purposes: {
    intro: "Käsittelemme henkilötietoja seuraaviin tarkoituksiin; kunkin tarkoituksen oikeusperuste on mainittu:",
    names: {
      customer_relationship: "verkkokauppamme asiakassuhteiden ylläpitäminen",
      communication: "viestintä asiakkaidemme kanssa",
      direct_marketing: "tuotteidemme suoramarkkinointi",
      existing_customer_marketing: "omien vastaavien tuotteidemme sähköpostimarkkinointi nykyisille asiakkaille",
      bookkeeping: "kirjanpito kirjanpitolainsäädännön edellyttämällä tavalla",
      consent_proof:
        "suostumustesi ja suoramarkkinoinnin vastustamista koskevien ilmoitustesi dokumentointi, jotta voimme osoittaa ne (tietosuoja-asetuksen 7 artiklan 1 kohta)",
      request_records:
        "tietojasi koskevien pyyntöjesi ja niiden käsittelyn dokumentointi, jotta voimme osoittaa vastanneemme niihin määräajassa (tietosuoja-asetuksen 5 artiklan 2 kohta ja 12 artikla)",
      security: "asiakastilien ja verkkokaupan turvallisuus",
    },
    bases: {
      consent: `suostumus (${article("a")})`,
      contract: `kanssasi tehdyn sopimuksen täytäntöönpano (${article("b")})`,
      legal_obligation: `rekisterinpitäjän lakisääteisen velvoitteen noudattaminen (${article("c")})`,
      vital_interests: `elintärkeiden etujen suojaaminen (${article("d")})`,
      public_task: `yleistä etua koskevan tehtävän suorittaminen (${article("e")})`,
      legitimate_interests: `oikeutettujen etujemme toteuttaminen (${article("f")})`,
    },
    legitimateInterest: (interest) => `Oikeutettu etumme: ${interest}`,
    builtInLegitimateInterests: {
      security: "asiakastilien ja verkkokaupan suojaaminen väärinkäytöltä ja luvattomalta pääsyltä",
      existing_customer_marketing: (laws) =>
        `omista vastaavista tuotteistamme kertominen sähköpostitse asiakkaille, jotka ovat ostaneet meiltä. Tähän ei tarvita ennakkosuostumusta (${laws}), kun sinulle annettiin maksuton ja helppo mahdollisuus kieltää tällainen markkinointi silloin, kun annoit sähköpostiosoitteesi, ja sama mahdollisuus annetaan jokaisessa viestissä`,
    },
    softOptInLaws: {
      FI: "laki sähköisen viestinnän palveluista 917/2014, 200 §",
      NO: "Norjan markedsføringsloven, 15 §",
      SE: "Ruotsin marknadsföringslagen, 19 §",
      DK: "Tanskan markedsføringsloven, 10 §",
    },
    softOptInLawsUnknown: "sähköistä suoramarkkinointia koskevat säännöt",
    and,
    marketingObjection: "Sinulla on aina oikeus vastustaa henkilötietojesi käyttöä suoramarkkinointiin.",
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
      marketing_permissions: "markkinointia koskevat suostumukset ja kiellot",
      opt_in_confirmations: "markkinointiviestien tilaukset, jotka odottavat vahvistustasi sähköpostitse (kaksivaiheinen vahvistus)",
      orders: "tilaustiedot",
      deliveries: "toimitustiedot",
      payments: "maksutiedot",
      discounts: "alennukset",
      returns: "palautukset, reklamaatiot ja vaihdot",
      login: "mahdolliset käyttäjätunnukset ja salasanat (salasanat tallennetaan vain kryptografisina tiivisteinä)",
      messages: "sinulle lähettämämme viestit",
      activity: "viimeisimmän toimintasi ajankohta ja profiilisi muutokset",
      origin:
        "miten sinusta tuli asiakas (verkkokaupassa, kassalla, puhelimitse, sähköpostitse, henkilökuntamme kirjaamana tai aiemmasta asiakasjärjestelmästä siirrettynä)",
      data_requests: "tietojasi koskevat pyyntösi (jäljennös, poistaminen) ja niiden käsittely",
      staff_access: "milloin henkilökuntamme on katsonut tai muuttanut tietojasi ja miksi (ei kuka)",
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
        "sinulta itseltäsi verkkokaupan tilausten, palautus- ja muiden lomakkeiden, puhelimen, sähköpostin ja muiden vastaavien kanavien kautta",
      staff: "henkilökunnaltamme, joka kirjaa kertomasi tiedot",
      generated: "verkkokaupan omista järjestelmistä, esimerkiksi asiakasnumerosi ja viimeisimmän toimintasi ajankohta",
      provider: "maksu- ja toimituspalveluilta maksuistasi ja toimituksistasi",
    },
  },
  disclosures: {
    intro: "Emme myy henkilötietojasi, emmekä pääsääntöisesti luovuta niitä kolmansille osapuolille.",
    processors: {
      heading: "Henkilötietojen käsittelijät",
      intro:
        "Seuraavat palveluntarjoajat käsittelevät tietoja puolestamme ja vain ohjeidemme mukaan (henkilötietojen käsittelijät, tietosuoja-asetuksen 28 artikla); ne eivät ole kolmansia osapuolia:",
    },
    thirdParties: {
      heading: "Kolmannet osapuolet",
      intro: "Kolmansille osapuolille luovutetaan tietoja vain seuraavissa tapauksissa. Vastaanottajat ja luovutuksen tarkoitukset ovat seuraavat:",
    },
    authorities: {
      heading: "Viranomaiset",
      intro: "Tietoja saavat viranomaiset, kun laki sitä edellyttää, ja siinä laajuudessa kuin laki sallii. Vastaanottavat viranomaiset ovat seuraavat:",
    },
    categories: {
      heading: "Muut vastaanottajat",
      intro: "Tietoja voidaan luovuttaa myös muille vastaanottajille. Vastaanottajaryhmät ovat seuraavat:",
    },
    categoryNames: {
      hosting: "palvelinpalvelujen tarjoaja",
      platform: "verkkokauppa-alustan tarjoaja",
      carrier: "kuljetusliike",
      payment: "maksupalvelun tarjoaja",
      debt_collection: "perintätoimisto",
      email_service: "sähköpostipalvelu",
      analytics: "analytiikkapalvelu",
      advertising: "mainospalvelu",
      authority: "viranomainen",
      other: "palveluntarjoaja",
    },
    categoryLabels: {
      hosting: "palvelinpalvelujen tarjoajat, joiden palvelimilla verkkokauppa toimii",
      platform: "verkkokaupan teknisen ylläpidon palveluntarjoajat (verkkokauppa-alusta ja sen ylläpito)",
      carrier: "kuljetusliikkeet tilausten toimittamista varten",
      payment: "maksupalvelujen tarjoajat maksujen suorittamista varten",
      debt_collection: "perintätoimistot maksamattomien laskujen perintää varten",
      email_service: "viestimme lähettävä sähköpostipalvelu",
      analytics: "analytiikkapalvelut verkkokaupan käytön mittaamista varten",
      advertising: "mainospalvelut mainostemme näyttämistä varten",
      authority: "viranomaiset, kun laki sitä edellyttää, ja siinä laajuudessa kuin laki sallii",
      other: "muut palveluntarjoajat edellä mainittuja tarkoituksia varten",
    },
    recipient: (name, category, place, purpose) => `${name}, ${category}${place ? ` (${place})` : ""}: ${purpose}`,
  },
  transfers: {
    none: "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
    intro: "Tietoja siirretään EU:n tai ETA:n ulkopuolelle vain seuraavasti:",
    item: (recipient, place, basis) => `${recipient}: ${place}, perusteena ${basis}`,
    organisations: { EPO: "Euroopan patenttijärjestö" },
    act: (implementing, number) => `komission ${implementing ? "täytäntöönpanopäätös" : "päätös"} ${number}`,
    bases: {
      adequacy: (act) => `Euroopan komission päätös tietosuojan riittävyydestä (${act}, tietosuoja-asetuksen 45 artikla)`,
      dpfCertified: "vastaanottaja on sertifioitu EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (EU–US Data Privacy Framework) mukaisesti",
      standardContractualClauses: (act) => `Euroopan komission hyväksymät vakiotietosuojalausekkeet (${act}, 46 artiklan 2 kohdan c alakohta)`,
      bindingCorporateRules: "yritystä koskevat sitovat säännöt (47 artikla)",
      derogation: (text) => `erityistilannetta koskeva poikkeus (49 artikla): ${text}`,
    },
  },
  retention: {
    intro: "Asiakasrekisterin tietoja säilytetään niin kauan kuin asiakassuhde on voimassa, ellei jäljempänä mainita muuta säilytysaikaa.",
    relationshipEnds: (months) =>
      `Asiakassuhde päättyy, kun suljet asiakastilisi tai kun ${count(months, "kuukauteen", "kuukauteen")} ei ole ollut kirjautumista, tilausta eikä suostumustesi muutosta.`,
    warning: (days) =>
      `Ennen kuin poistamme tietosi käyttämättömyyden vuoksi, ilmoitamme siitä sinulle sähköpostitse ${count(days, "päivä", "päivää")} etukäteen.`,
    records: {
      customer_account: { name: "Asiakastilisi ja profiilisi kirjautumistietoineen", start: "tallentamisesta" },
      carts: { name: "Ostoskorit", start: "ostoskorin luomisesta" },
      orders: { name: "Tilaukset", start: "tilauksen tekemisestä" },
      returns: { name: "Palautukset, reklamaatiot ja vaihdot", start: "tallentamisesta" },
      deliveries: { name: "Toimitukset", start: "toimituksen kirjaamisesta" },
      payments: { name: "Maksut", start: "maksusta" },
      payment_sessions: { name: "Maksuistunnot ja tilisi maksupalvelun tarjoajalla", start: "tallentamisesta" },
      messages: { name: "Loki sinulle lähettämistämme viesteistä", start: "viestin lähettämisestä" },
      consent_proof: { name: "Suostumustesi ja suoramarkkinoinnin vastustamista koskevien ilmoitustesi dokumentointi", start: "tallentamisesta" },
      opt_in_confirmations: { name: "Vahvistamattomat markkinointiviestien tilaukset (kaksivaiheinen vahvistus)", start: "tilaamisesta" },
      request_records: { name: "Tietojasi koskevien pyyntöjesi dokumentointi", start: "pyyntöön vastaamisesta" },
      access_log: { name: "Loki henkilökuntamme pääsystä tietoihisi", start: "kirjaamisesta" },
      other: { name: "Muut tiedot", start: "tallentamisesta" },
    },
    fates: { deleted: "poistetaan", anonymised: "anonymisoidaan", deleted_or_anonymised: "poistetaan tai anonymisoidaan" },
    relationship: (fate) => `Säilytetään asiakassuhteen päättymiseen asti, minkä jälkeen tiedot ${fate}:`,
    bookkeeping: (period) =>
      `Säilytetään kuten muuta kirjanpitoaineistoa ${period}, minkä jälkeen sinut yksilöivät tiedot anonymisoidaan ja myyntitiedot jäävät kirjanpitoon ilman niitä:`,
    bookkeepingPeriods: {
      FI: "6 vuotta sen kalenterivuoden lopusta, jonka aikana myynnin tilikausi päättyi (kirjanpitolain 2 luvun 10 §)",
      NO: "5 vuotta myynnin tilikauden päättymisestä (Norjan kirjanpitolain 13 §)",
      SE: "sen seitsemännen vuoden loppuun, joka seuraa kalenterivuotta, jonka aikana myynnin tilikausi päättyi (Ruotsin kirjanpitolain 7 luvun 2 §)",
      DK: "5 vuotta myynnin tilikauden päättymisestä (Tanskan kirjanpitolaki)",
    },
    bookkeepingYears: (years) => `${count(years, "vuosi", "vuotta")} myynnin tilikauden päättymisestä`,
    consentProof: (years) =>
      `Säilytetään ${count(years, "vuosi", "vuotta")} asiakassuhteen päättymisen jälkeen, jotta voimme osoittaa suostumuksesi ja vastustamisesi, minkä jälkeen tiedot poistetaan:`,
    fixed: (amount, unit, start) => `Säilytetään ${period(amount, unit)} ${start}, minkä jälkeen tiedot poistetaan:`,
    fixedOrRelationship: (amount, unit, start, fate) =>
      `Säilytetään ${period(amount, unit)} ${start} tai asiakassuhteen päättymiseen asti, jos se päättyy aiemmin, minkä jälkeen tiedot ${fate}:`,
    erasedSecurely: "Tiedot, joita ei enää tarvita, poistetaan turvallisesti.",
  },
  cookies: {
    intro: "Käytämme evästeitä, jotka tallentuvat laitteellesi. Evästeitä säilytetään rajoitetun ajan, eivätkä ne vahingoita laitettasi.",
    none: "Emme käytä evästeitä.",
    consent: "Muita kuin välttämättömiä evästeitä käytämme vain suostumuksellasi, ja voit muuttaa valintaasi milloin tahansa.",
    categories: {
      necessary: "välttämätön",
      preferences: "asetukset",
      statistics: "tilastointi",
      marketing: "markkinointi",
    },
    lifetime,
    headings: { name: "Nimi", category: "Luokka", provider: "Asettaja", purpose: "Tarkoitus", lifetime: "Säilytysaika", kind: "Tyyppi" },
    firstParty: "me (ensimmäinen osapuoli)",
    kinds: { cookie: "eväste", localStorage: "paikallinen tallennus", sessionStorage: "istuntotallennus", pixel: "pikseli" },
    choiceKept: (months, years) =>
      `Valintasi muistetaan ${count(months, "kuukausi", "kuukautta")}, minkä jälkeen kysymme uudelleen. Säilytämme jokaisesta valinnasta tiedot (luokat, ajankohdan, näytetyn luettelon version ja lyhennetyn IP-osoitteen) ${count(years, "vuosi", "vuotta")} sen vanhenemisen jälkeen, jotta voimme osoittaa suostumuksesi.`,
  },
  security: {
    intro: "Asiakasrekisteri suojataan seuraavasti:",
    accessLogged: (months) =>
      `Jokainen henkilökuntamme pääsy asiakkaan tietoihin kirjataan ajankohtineen ja tarkoituksineen lokiin, jota ei voi jälkikäteen muuttaa ja jota säilytetään ${count(months, "kuukausi", "kuukautta")}.`,
    measures: {
      confidentiality: "Asiakasrekisteriä käsitellään luottamuksellisesti.",
      firewalls: "Rekisteri on suojattu ulkopuolisilta palomuurein ja muin teknisin suojauskeinoin.",
      electronic_only:
        "Rekisteri säilytetään vain sähköisesti; mahdolliset satunnaiset paperiasiakirjat hävitetään välittömästi ja asianmukaisesti.",
      need_to_know: "Asiakasrekisteriin on pääsy vain niillä työntekijöillä, joiden työtehtäviin henkilötietojen käsittely kuuluu.",
      personal_accounts: "Kaikki asiakasrekisteriä käyttävät työntekijät käyttävät henkilökohtaisia käyttäjätunnuksia ja salasanoja.",
      duty_of_confidentiality: "Kaikkia asiakasrekisteriä käyttäviä työntekijöitä sitoo vaitiolovelvollisuus.",
      encrypted_connections: "Tiedot siirretään salattuja yhteyksiä käyttäen.",
      password_hashing: "Salasanoja ei koskaan tallenneta selväkielisinä, vaan ainoastaan kryptografisina tiivisteinä.",
    },
  },
  rights: {
    access: [
      "Sinulla on oikeus saada tietää, käsittelemmekö sinua koskevia henkilötietoja, sekä oikeus saada pääsy tietoihin ja jäljennös niistä (tietosuoja-asetuksen 15 artikla).",
      "Lähetä pyyntösi edellä mainitulle yhteyshenkilölle allekirjoitettuna asiakirjana tai muulla vastaavalla tavalla varmennettuna, tai esitä se henkilökohtaisesti toimipaikassamme. Jos olet kirjautunut verkkokauppaan, henkilöllisyytesi on jo todennettu, ja voit ladata jäljennöksen tiedoistasi asiakastililtäsi. Yhteyshenkilö vastaa kaikkiin pyyntöäsi koskeviin kysymyksiin.",
    ],
    deadline:
      "Vastaamme kaikkiin tämän selosteen mukaisiin pyyntöihin ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta. Määräaikaa voidaan tarvittaessa jatkaa enintään kahdella kuukaudella ottaen huomioon pyyntöjen monimutkaisuus ja määrä; ilmoitamme jatkamisesta ja sen syistä sinulle kuukauden kuluessa pyynnön vastaanottamisesta (tietosuoja-asetuksen 12 artiklan 3 kohta).",
    rectification: [
      "Sinulla on oikeus vaatia, että oikaisemme sinua koskevat epätarkat ja virheelliset tiedot ja täydennämme puutteelliset tiedot (16 artikla). Voit päivittää tietosi itse verkkokaupan profiilissasi tai pyytää yhteyshenkilöä päivittämään ne.",
    ],
    marketingObjection: [
      "Sinulla on oikeus milloin tahansa vastustaa henkilötietojesi käyttöä suoramarkkinointiin, jolloin emme enää käytä niitä tähän tarkoitukseen (21 artiklan 2 ja 3 kohta).",
      "Käytä markkinointiviestiemme peruutuslinkkiä, muuta valintojasi asiakastililläsi tai lähetä vastustamisilmoituksesi sähköpostilla yhteyshenkilölle. Se tulee voimaan välittömästi, ja vain sinä voit antaa suostumuksen uudelleen.",
    ],
    softOptInObjection:
      "Tämä koskee myös sähköpostia, jolla kerromme sinulle nykyisenä asiakkaana omista vastaavista tuotteistamme: voit kieltää sen maksutta, ja jokaisessa tällaisessa viestissä kerrotaan, miten.",
    erasure: [
      "Sinulla on oikeus saada henkilötietosi poistetuiksi (17 artikla). Poistamme tällöin kaikki tiedot, joita meidän ei ole lain mukaan säilytettävä: kirjanpitoaineistona säilytettävät tiedot säilytetään säilytysajan loppuun ja anonymisoidaan sen jälkeen, ja suostumuksiasi ja vastustamistasi koskeva dokumentaatio säilytetään edellä mainitun ajan (17 artiklan 3 kohdan b alakohta).",
    ],
    restriction: [
      "Sinulla on oikeus vaatia tietojesi käsittelyn rajoittamista esimerkiksi siksi aikaa, kun tarkistamme tietojen paikkansapitävyyttä (18 artikla).",
    ],
    objection: [
      "Sinulla on oikeus erityiseen tilanteeseesi liittyvällä perusteella vastustaa käsittelyä, joka perustuu oikeutettuihin etuihimme (21 artiklan 1 kohta).",
    ],
    portability: [
      "Sinulla on oikeus saada meille toimittamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa (JSON) ja siirtää ne toiselle rekisterinpitäjälle (20 artikla).",
    ],
    consentWithdrawal: [
      "Kun käsittely perustuu suostumukseesi, sinulla on oikeus peruuttaa suostumuksesi milloin tahansa yhtä helposti kuin annoit sen. Peruuttaminen ei vaikuta ennen peruuttamista suoritetun käsittelyn lainmukaisuuteen (7 artiklan 3 kohta).",
    ],
    complaint:
      "Sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä EU- tai ETA-valtiossa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut (tietosuoja-asetuksen 77 artikla).",
    complaintAuthorities: "Sijoittautumismaamme ja niiden maiden, joissa myymme, valvontaviranomaiset:",
    complaintAuthority: (country, authority) => `${country}: ${authority}`,
    automatedDecisions: [
      "Emme tee sinua koskevia päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja joilla on sinua koskevia oikeusvaikutuksia tai jotka vaikuttavat sinuun vastaavalla tavalla merkittävästi (22 artikla).",
    ],
    provisionRequirement: [
      "Nimesi, postiosoitteesi ja sähköpostiosoitteesi tarvitaan kauppasopimuksen tekemiseen ja tilauksesi toimittamiseen; ilman niitä emme voi myydä sinulle. Muiden tietojen antaminen on vapaaehtoista.",
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
      recipients: "Vastaanottajat",
      transfers: "Siirrot EU:n/ETA:n ulkopuolelle",
      erasureTimeLimits: "Poistamisen määräajat",
      securityMeasures: "Turvatoimet",
    },
    noTransfers: "ei siirtoja",
    noDpo: "ei nimitetty",
  },
}
