import type { CookieCategory } from "../lib/constants"

/** The banner's words in each language the notice speaks; part of the declaration's revision. */
export type BannerTexts = {
  title: string
  description: string
  accept_all: string
  reject_all: string
  choose: string
  save: string
  close: string
  settings: string
  always_on: string
  first_party: string
  name: string
  provider: string
  purpose: string
  lifetime: string
  session: string
  notice_link: string
  categories: Record<CookieCategory, { title: string; description: string }>
}

export const BANNER_TEXTS: Record<"en" | "nb" | "fi" | "sv", BannerTexts> = {
  en: {
    title: "Cookies",
    description:
      "We use cookies that are necessary for the shop to work. With your consent we also use cookies for the purposes below. Refusing is as easy as accepting, and you can change your choice at any time.",
    accept_all: "Accept all",
    reject_all: "Reject all",
    choose: "Choose",
    save: "Save choice",
    close: "Close",
    settings: "Cookie settings",
    always_on: "Always on",
    first_party: "us",
    name: "Name",
    provider: "Set by",
    purpose: "Purpose",
    lifetime: "Storage period",
    session: "until the browser is closed",
    notice_link: "Privacy notice",
    categories: {
      necessary: { title: "Necessary", description: "Needed for the shop to work, such as signing in and the basket. They cannot be switched off." },
      preferences: { title: "Preferences", description: "Remember your choices, such as language and region." },
      statistics: { title: "Statistics", description: "Help us follow the traffic and improve our services." },
      marketing: { title: "Marketing", description: "Used to show you relevant offers, also on other sites." },
    },
  },
  nb: {
    title: "Informasjonskapsler",
    description:
      "Vi bruker informasjonskapsler som er nødvendige for at butikken skal virke. Med ditt samtykke bruker vi også informasjonskapsler til formålene nedenfor. Det er like enkelt å avslå som å godta, og du kan når som helst endre valget ditt.",
    accept_all: "Godta alle",
    reject_all: "Avslå alle",
    choose: "Velg selv",
    save: "Lagre valget",
    close: "Lukk",
    settings: "Innstillinger for informasjonskapsler",
    always_on: "Alltid på",
    first_party: "oss",
    name: "Navn",
    provider: "Satt av",
    purpose: "Formål",
    lifetime: "Lagringstid",
    session: "til nettleseren lukkes",
    notice_link: "Personvernerklæring",
    categories: {
      necessary: { title: "Nødvendige", description: "Trengs for at butikken skal virke, for eksempel innlogging og handlekurv. De kan ikke slås av." },
      preferences: { title: "Preferanser", description: "Husker valgene dine, for eksempel språk og region." },
      statistics: { title: "Statistikk", description: "Hjelper oss å følge trafikken og forbedre tjenestene våre." },
      marketing: { title: "Markedsføring", description: "Brukes til å vise deg relevante tilbud, også på andre nettsteder." },
    },
  },
  fi: {
    title: "Evästeet",
    description:
      "Käytämme evästeitä, jotka ovat välttämättömiä kaupan toiminnalle. Suostumuksellasi käytämme evästeitä myös alla oleviin tarkoituksiin. Kieltäytyminen on yhtä helppoa kuin hyväksyminen, ja voit muuttaa valintaasi milloin tahansa.",
    accept_all: "Hyväksy kaikki",
    reject_all: "Hylkää kaikki",
    choose: "Valitse itse",
    save: "Tallenna valinta",
    close: "Sulje",
    settings: "Evästeasetukset",
    always_on: "Aina käytössä",
    first_party: "me",
    name: "Nimi",
    provider: "Asettaja",
    purpose: "Tarkoitus",
    lifetime: "Säilytysaika",
    session: "kunnes selain suljetaan",
    notice_link: "Tietosuojaseloste",
    categories: {
      necessary: { title: "Välttämättömät", description: "Tarvitaan kaupan toimintaan, kuten kirjautumiseen ja ostoskoriin. Niitä ei voi poistaa käytöstä." },
      preferences: { title: "Asetukset", description: "Muistavat valintasi, kuten kielen ja alueen." },
      statistics: { title: "Tilastointi", description: "Auttavat meitä seuraamaan liikennettä ja parantamaan palvelujamme." },
      marketing: { title: "Markkinointi", description: "Käytetään sinulle sopivien tarjousten näyttämiseen myös muilla sivustoilla." },
    },
  },
  sv: {
    title: "Kakor",
    description:
      "Vi använder kakor som är nödvändiga för att butiken ska fungera. Med ditt samtycke använder vi även kakor för ändamålen nedan. Det är lika enkelt att neka som att godkänna, och du kan när som helst ändra ditt val.",
    accept_all: "Godkänn alla",
    reject_all: "Neka alla",
    choose: "Välj själv",
    save: "Spara valet",
    close: "Stäng",
    settings: "Inställningar för kakor",
    always_on: "Alltid på",
    first_party: "oss",
    name: "Namn",
    provider: "Sätts av",
    purpose: "Ändamål",
    lifetime: "Lagringstid",
    session: "tills webbläsaren stängs",
    notice_link: "Integritetspolicy",
    categories: {
      necessary: { title: "Nödvändiga", description: "Behövs för att butiken ska fungera, till exempel inloggning och varukorg. De kan inte stängas av." },
      preferences: { title: "Inställningar", description: "Kommer ihåg dina val, till exempel språk och region." },
      statistics: { title: "Statistik", description: "Hjälper oss att följa trafiken och förbättra våra tjänster." },
      marketing: { title: "Marknadsföring", description: "Används för att visa dig relevanta erbjudanden, även på andra webbplatser." },
    },
  },
}
