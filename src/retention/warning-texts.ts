/** The inactivity warning e-mail (policy clause 8: data is kept while the relationship lasts). */
type WarningTexts = { subject: (shop: string) => string; body: (shop: string, date: string) => string }

const TEXTS: Record<string, WarningTexts> = {
  nb: {
    subject: (shop) => `Kundekontoen din hos ${shop} blir slettet`,
    body: (shop, date) =>
      `Du har ikke vært aktiv hos ${shop} på lenge. Etter vår personvernerklæring sletter vi kundeopplysningene dine ${date}. Vil du beholde kontoen, er det nok å logge inn eller handle før den datoen.`,
  },
  fi: {
    subject: (shop) => `Asiakastilisi kaupassa ${shop} poistetaan`,
    body: (shop, date) =>
      `Et ole asioinut kaupassa ${shop} pitkään aikaan. Tietosuojaselosteemme mukaisesti poistamme asiakastietosi ${date}. Jos haluat säilyttää tilisi, riittää että kirjaudut sisään tai teet tilauksen ennen tätä päivää.`,
  },
  sv: {
    subject: (shop) => `Ditt kundkonto hos ${shop} kommer att raderas`,
    body: (shop, date) =>
      `Du har inte varit aktiv hos ${shop} på länge. Enligt vår integritetspolicy raderar vi dina kunduppgifter ${date}. Vill du behålla kontot räcker det att logga in eller handla före det datumet.`,
  },
  en: {
    subject: (shop) => `Your customer account at ${shop} will be erased`,
    body: (shop, date) =>
      `You have not been active at ${shop} for a long time. As our privacy notice says, we will erase your customer data on ${date}. To keep your account, sign in or place an order before that date.`,
  },
}

export function warningTextsFor(language: string): WarningTexts {
  return TEXTS[language] ?? TEXTS[language.split("-")[0]] ?? TEXTS.en
}
