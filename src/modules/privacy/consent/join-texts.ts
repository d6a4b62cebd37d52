import { matchLanguage } from "../lib/language-match"

/** The e-mail and page that ask the owner of an address whether an account is theirs. */
export type JoinTexts = {
  title: string
  question: (shop: string) => string
  button: string
  done: string
  invalid: string
  email: { subject: (shop: string) => string; body: (url: string, shop: string) => string }
}

const en: JoinTexts = {
  title: "Link your account",
  question: (shop) => `Do you want your earlier newsletter and order choices at ${shop} to belong to your new account?`,
  button: "Yes, link them",
  done: "Done. Your account now shows your earlier choices.",
  invalid: "This link is not valid, has expired or the account's address has changed.",
  email: {
    subject: (shop) => `Your new account at ${shop}`,
    body: (url, shop) =>
      `Hello,\n\nAn account was just opened at ${shop} with this e-mail address. If it is yours, open this link to bring your earlier newsletter and order choices into it:\n\n${url}\n\nIf you did not open an account, ignore this e-mail: nothing of yours is shown to it.\n\n${shop}`,
  },
}

const nb: JoinTexts = {
  title: "Koble til kontoen",
  question: (shop) => `Vil du at tidligere valg for nyhetsbrev og bestillinger hos ${shop} skal høre til den nye kontoen din?`,
  button: "Ja, koble dem til",
  done: "Ferdig. Kontoen din viser nå de tidligere valgene dine.",
  invalid: "Denne lenken er ikke gyldig, er utløpt, eller kontoens adresse er endret.",
  email: {
    subject: (shop) => `Den nye kontoen din hos ${shop}`,
    body: (url, shop) =>
      `Hei,\n\nNoen har nettopp opprettet en konto hos ${shop} med denne e-postadressen. Hvis det er din, åpner du denne lenken for å ta med tidligere valg for nyhetsbrev og bestillinger:\n\n${url}\n\nHvis du ikke har opprettet en konto, kan du se bort fra denne e-posten: ingenting av ditt vises for den.\n\n${shop}`,
  },
}

const fi: JoinTexts = {
  title: "Yhdistä tiliisi",
  question: (shop) => `Haluatko, että aiemmat uutiskirje- ja tilausvalintasi (${shop}) liitetään uuteen tiliisi?`,
  button: "Kyllä, yhdistä",
  done: "Valmis. Tilisi näyttää nyt aiemmat valintasi.",
  invalid: "Tämä linkki ei ole voimassa, se on vanhentunut tai tilin osoite on muuttunut.",
  email: {
    subject: (shop) => `Uusi tilisi: ${shop}`,
    body: (url, shop) =>
      `Hei,\n\nTällä sähköpostiosoitteella avattiin juuri tili (${shop}). Jos tili on sinun, avaa tämä linkki, niin aiemmat uutiskirje- ja tilausvalintasi liitetään siihen:\n\n${url}\n\nJos et avannut tiliä, voit jättää tämän viestin huomiotta: tiliin ei liitetä mitään sinun tietojasi.\n\n${shop}`,
  },
}

const sv: JoinTexts = {
  title: "Koppla till ditt konto",
  question: (shop) => `Vill du att dina tidigare val för nyhetsbrev och beställningar hos ${shop} ska höra till ditt nya konto?`,
  button: "Ja, koppla dem",
  done: "Klart. Ditt konto visar nu dina tidigare val.",
  invalid: "Den här länken är inte giltig, har gått ut eller så har kontots adress ändrats.",
  email: {
    subject: (shop) => `Ditt nya konto hos ${shop}`,
    body: (url, shop) =>
      `Hej,\n\nNågon har just öppnat ett konto hos ${shop} med den här e-postadressen. Om det är ditt, öppna länken för att ta med dina tidigare val för nyhetsbrev och beställningar:\n\n${url}\n\nOm du inte har öppnat något konto kan du bortse från det här meddelandet: inget av ditt visas för kontot.\n\n${shop}`,
  },
}

const TEXTS: Record<string, JoinTexts> = { en, nb, fi, sv }

export function joinTextsFor(language: string): JoinTexts {
  return TEXTS[matchLanguage(Object.keys(TEXTS), language) ?? "en"]
}
