import type { SectionId } from "../notice/texts/types"

export const NOTICE_LANGUAGES = ["nb", "fi", "sv", "en"] as const
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number]

type Facts = Partial<Record<SectionId, string[]>>

/** Facts that read the same in every language: the shop's own details (policy clause 1). */
const SHOP_FACTS: Facts = {
  controller: ["Finmug", "Jahtikuja 1D10, 90540 Oulu", "2925634-1", "FI29256341", "+358 442555649", "info@finmug.fi"],
  contact_person: ["Jakke Niskanen", "Jahtikuja 1D10, 90540 Oulu", "+358 442555649", "info@finmug.fi"],
}

/**
 * Every promise of the seed policy (Finmug's, ../shared/seed/privacy-policy-nb.txt), clause by
 * clause, by the notice section that must make it, in each language. The Norwegian phrases keep
 * the policy's own words where they are right. Clause 6 names its cases by category; the notice
 * now names the register's recipients, so the carrier case is checked by the carrier's name.
 */
export const POLICY_FACTS: Record<NoticeLanguage, Facts> = {
  nb: {
    ...SHOP_FACTS,
    register_name: ["Finmug Nettbutikkens kunderegister"],
    purposes: ["opprettholde kundeforholdet med kundene i nettbutikken", "kommunikasjon med kundene", "direkte markedsføring av produkt", "alltid rett til å protestere mot at personopplysningene dine brukes til direkte markedsføring"],
    data_content: ["navn", "kundenummer", "kontaktinformasjon", "kjønn", "e-postadresse", "hjemmesideadresse", "språk", "samtykke til eller reservasjon mot markedsføring", "bestillinger", "leveranser", "rabatter", "eventuelle brukernavn og passord"],
    sources: ["deg selv, gjennom bestillinger i nettbutikken, retur- eller andre skjemaer, via telefon, e-post og andre liknende måter"],
    disclosures: ["som regel ikke videre til tredjeparter", "teknisk håndtering av nettbutikken", "Posti Oy, transportør", "ubetalte fakturaer", "myndighetene, når loven krever det, og i den grad loven tillater det"],
    transfers: ["overføres ikke utenfor EU eller EØS"],
    storage: ["så lenge kundeforholdet varer", "samme måte som annet bokføringsmateriale", "bestillinger", "betalinger", "fjernes på en sikker måte"],
    cookies: ["lagres lokalt på enheten din", "følge trafikken", "forbedre våre tjenester", "begrenset tidsperiode", "ikke skadelige"],
    security: ["behandles konfidensielt", "brannmurer", "bare elektronisk", "papirdokumenter destrueres umiddelbart og korrekt", "arbeidsoppgaver i forbindelse med håndtering av personopplysninger", "personlige brukernavn og passord", "taushetsplikt"],
    access: ["innsyn", "signert dokument", "verifisert på tilsvarende måte", "personlig oppmøte på vårt kontor", "kontaktpersonen", "svarer på alle eventuelle spørsmål om anmodningen"],
    rectification: ["oppdatere opplysningene i profilen din i nettbutikken", "kontaktpersonen"],
    marketing_objection: ["protestere mot at personopplysningene dine brukes til direkte markedsføring", "på e-post til kontaktpersonen", "avmeldingslenken", "gjelder straks"],
  },
  fi: {
    ...SHOP_FACTS,
    register_name: ["Finmug-verkkokaupan asiakasrekisteri"],
    purposes: ["asiakassuhteiden ylläpitäminen", "viestintä asiakkaidemme kanssa", "suoramarkkinointi", "aina oikeus vastustaa henkilötietojesi käyttöä suoramarkkinointiin"],
    data_content: ["nimi", "asiakasnumero", "yhteystiedot", "sukupuoli", "sähköpostiosoite", "kotisivun osoite", "kieli", "markkinointia koskevat suostumukset ja kiellot", "tilaustiedot", "toimitustiedot", "alennukset", "mahdolliset käyttäjätunnukset ja salasanat"],
    sources: ["sinulta itseltäsi verkkokaupan tilausten, palautus- ja muiden lomakkeiden, puhelimen, sähköpostin"],
    disclosures: ["emmekä pääsääntöisesti luovuta niitä kolmansille osapuolille", "verkkokaupan teknisen ylläpidon", "Posti Oy, kuljetusliike", "maksamattomien laskujen", "viranomaiset, kun laki sitä edellyttää"],
    transfers: ["Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle"],
    storage: ["niin kauan kuin asiakassuhde on voimassa", "kuten muuta kirjanpitoaineistoa", "tilaustiedot", "maksutiedot", "poistetaan turvallisesti"],
    cookies: ["tallentuvat laitteellesi", "liikenteen seuraamiseen", "palvelujemme parantamiseen", "rajoitetun ajan", "eivätkä ne vahingoita"],
    security: ["luottamuksellisesti", "palomuurein", "vain sähköisesti", "paperiasiakirjat hävitetään välittömästi", "joiden työtehtäviin henkilötietojen käsittely kuuluu", "henkilökohtaisia käyttäjätunnuksia ja salasanoja", "vaitiolovelvollisuus"],
    access: ["oikeus saada pääsy tietoihin", "allekirjoitettuna asiakirjana", "muulla vastaavalla tavalla varmennettuna", "henkilökohtaisesti toimipaikassamme", "yhteyshenkilölle", "Yhteyshenkilö vastaa kaikkiin pyyntöäsi koskeviin kysymyksiin"],
    rectification: ["päivittää tietosi itse verkkokaupan profiilissasi", "yhteyshenkilöä"],
    marketing_objection: ["vastustaa henkilötietojesi käyttöä suoramarkkinointiin", "sähköpostilla yhteyshenkilölle", "peruutuslinkkiä", "välittömästi"],
  },
  sv: {
    ...SHOP_FACTS,
    register_name: ["Finmug-webbutikens kundregister"],
    purposes: ["upprätthålla kundrelationen med kunderna i vår webbutik", "kommunikation med våra kunder", "direktmarknadsföring", "alltid rätt att invända mot att dina personuppgifter används för direktmarknadsföring"],
    data_content: ["namn", "kundnummer", "kontaktuppgifter", "kön", "e-postadress", "webbplatsadress", "språk", "samtycke till eller invändning mot marknadsföring", "beställningar", "leveranser", "rabatter", "eventuella användarnamn och lösenord"],
    sources: ["dig själv, genom beställningar i webbutiken, retur- och andra formulär, per telefon, e-post"],
    disclosures: ["som regel lämnar vi inte ut dem till tredje part", "webbutikens tekniska drift", "Posti Oy, transportföretag", "obetalda fakturor", "myndigheter, när lagen kräver det"],
    transfers: ["överförs inte till länder utanför EU eller EES"],
    storage: ["så länge kundrelationen består", "på samma sätt som annat bokföringsmaterial", "beställningar", "betalningar", "raderas på ett säkert sätt"],
    cookies: ["lagras lokalt på din enhet", "följa trafiken", "förbättra våra tjänster", "begränsad tid", "skadar inte"],
    security: ["konfidentiellt", "brandväggar", "endast elektroniskt", "pappersdokument förstörs omedelbart", "arbetsuppgifter omfattar hantering av personuppgifter", "personliga användarnamn och lösenord", "tystnadsplikt"],
    access: ["tillgång till uppgifterna", "undertecknat dokument", "verifierad på motsvarande sätt", "personligen på vårt kontor", "kontaktpersonen", "Kontaktpersonen svarar på alla frågor om din begäran"],
    rectification: ["uppdatera dina uppgifter i din profil i webbutiken", "kontaktpersonen"],
    marketing_objection: ["invända mot att dina personuppgifter används för direktmarknadsföring", "per e-post till kontaktpersonen", "avregistreringslänken", "omedelbart"],
  },
  en: {
    ...SHOP_FACTS,
    register_name: ["Finmug web shop customer register"],
    purposes: ["maintaining the customer relationship with the customers of our web shop", "communicating with our customers", "direct marketing of our products", "always have the right to object to the use of your personal data for direct marketing"],
    data_content: ["name", "customer number", "contact information", "gender", "e-mail address", "homepage address", "language", "consent to, or objection against, marketing", "orders", "deliveries", "discounts", "usernames and passwords, if any"],
    sources: ["you, through orders in the web shop, return and other forms, by phone, by e-mail"],
    disclosures: ["as a rule we do not give it to third parties", "technical operation", "Posti Oy, carrier", "unpaid invoices", "authorities, where the law requires it and to the extent the law allows"],
    transfers: ["We do not transfer the data outside the EU or the EEA"],
    storage: ["for as long as the customer relationship lasts", "as bookkeeping material", "information on orders", "information on payments", "removed securely"],
    cookies: ["stored locally on your device", "follow the traffic", "improve our services", "limited time", "do not harm"],
    security: ["confidentially", "firewalls", "only electronically", "paper documents are destroyed immediately and properly", "work involves handling personal data", "personal usernames and passwords", "duty of confidentiality"],
    access: ["see that data and get a copy of it", "signed document", "verified in an equivalent way", "in person at our office", "contact person", "The contact person answers any questions about your request"],
    rectification: ["update your details yourself in your profile in the web shop", "contact person"],
    marketing_objection: ["object at any time to the use of your personal data for direct marketing", "by e-mail to the contact person", "unsubscribe link", "takes effect at once"],
  },
}

/**
 * GDPR Art. 13(1)-(2), item by item: the section that gives it, the reference that section names,
 * and what the text must say in each language.
 */
export const ART_13_ITEMS: { item: string; section: SectionId; says: Record<NoticeLanguage, string[]> }[] = [
  { item: "13(1)(a)", section: "controller", says: { nb: ["Behandlingsansvarlig"], fi: ["Rekisterinpitäjä"], sv: ["Personuppgiftsansvarig"], en: ["Controller"] } },
  { item: "13(1)(b)", section: "dpo", says: { nb: ["personvernombud"], fi: ["tietosuojavastaava"], sv: ["dataskyddsombud"], en: ["data protection officer"] } },
  {
    item: "13(1)(c)",
    section: "purposes",
    says: {
      nb: ["artikkel 6 nr. 1 bokstav a", "artikkel 6 nr. 1 bokstav b", "artikkel 6 nr. 1 bokstav c"],
      fi: ["6 artiklan 1 kohdan a alakohta", "6 artiklan 1 kohdan b alakohta", "6 artiklan 1 kohdan c alakohta"],
      sv: ["artikel 6.1 a", "artikel 6.1 b", "artikel 6.1 c"],
      en: ["Art. 6(1)(a)", "Art. 6(1)(b)", "Art. 6(1)(c)"],
    },
  },
  { item: "13(1)(d)", section: "purposes", says: { nb: ["Vår berettigede interesse:"], fi: ["Oikeutettu etumme:"], sv: ["Vårt berättigade intresse:"], en: ["Our legitimate interest:"] } },
  { item: "13(1)(e)", section: "disclosures", says: { nb: ["Databehandlere", "Tredjeparter"], fi: ["Henkilötietojen käsittelijät", "Kolmannet osapuolet"], sv: ["Personuppgiftsbiträden", "Tredje part"], en: ["Processors", "Third parties"] } },
  { item: "13(1)(f)", section: "transfers", says: { nb: ["EØS"], fi: ["ETA"], sv: ["EES"], en: ["EEA"] } },
  { item: "13(2)(a)", section: "storage", says: { nb: ["36 måneder", "6 år", "3 år"], fi: ["36 kuukauteen", "6 vuotta", "3 vuotta"], sv: ["36 månader", "6 år", "3 år"], en: ["36 months", "6 years", "3 years"] } },
  { item: "13(2)(b)", section: "access", says: { nb: ["artikkel 15"], fi: ["15 artikla"], sv: ["artikel 15"], en: ["Art. 15"] } },
  { item: "13(2)(b)", section: "rectification", says: { nb: ["artikkel 16"], fi: ["16 artikla"], sv: ["artikel 16"], en: ["Art. 16"] } },
  { item: "13(2)(b)", section: "erasure", says: { nb: ["artikkel 17"], fi: ["17 artikla"], sv: ["artikel 17"], en: ["Art. 17"] } },
  { item: "13(2)(b)", section: "restriction", says: { nb: ["begrenses"], fi: ["rajoittamista"], sv: ["begränsas"], en: ["restricted"] } },
  { item: "13(2)(b)", section: "objection", says: { nb: ["protestere"], fi: ["vastustaa"], sv: ["invända"], en: ["object"] } },
  { item: "13(2)(b)", section: "portability", says: { nb: ["maskinlesbart format"], fi: ["koneellisesti luettavassa muodossa"], sv: ["maskinläsbart format"], en: ["machine-readable format"] } },
  { item: "13(2)(c)", section: "consent_withdrawal", says: { nb: ["trekke samtykket tilbake"], fi: ["peruuttaa suostumuksesi"], sv: ["återkalla"], en: ["withdraw it at any time"] } },
  { item: "13(2)(d)", section: "complaint", says: { nb: ["klage til en tilsynsmyndighet"], fi: ["tehdä valitus valvontaviranomaiselle"], sv: ["lämna in klagomål till en tillsynsmyndighet"], en: ["lodge a complaint with a supervisory authority"] } },
  { item: "13(2)(e)", section: "provision_requirement", says: { nb: ["nødvendige for å inngå kjøpsavtalen"], fi: ["tarvitaan kauppasopimuksen tekemiseen"], sv: ["behövs för att ingå köpeavtalet"], en: ["needed to conclude the contract of sale"] } },
  { item: "13(2)(f)", section: "automated_decisions", says: { nb: ["automatisert behandling"], fi: ["automaattiseen käsittelyyn"], sv: ["automatiserad behandling"], en: ["automated processing"] } },
]

/** How each language says when a period starts or ends, for the "every period names its start" rule. */
export const PERIOD_STARTS: Record<NoticeLanguage, { relationship: string; consentProof: string; bookkeeping: string }> = {
  nb: { relationship: "til kundeforholdet opphører", consentProof: "etter at kundeforholdet har opphørt", bookkeeping: "fra utgangen av" },
  fi: { relationship: "asiakassuhteen päättymiseen asti", consentProof: "asiakassuhteen päättymisen jälkeen", bookkeeping: "lopusta" },
  sv: { relationship: "tills kundrelationen upphör", consentProof: "efter att kundrelationen har upphört", bookkeeping: "från utgången av" },
  en: { relationship: "until the customer relationship ends", consentProof: "after the customer relationship ends", bookkeeping: "from the end of" },
}
