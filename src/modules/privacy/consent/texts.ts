import type { ConsentChannel } from "../lib/constants"
import { matchLanguage } from "../lib/language-match"

/** What the consent pages and the double opt-in e-mail say, per language. */
export type ConsentTexts = {
  marketing: string
  channels: Record<ConsentChannel, string>
  unsubscribe: {
    title: string
    question: (what: string, shop: string) => string
    button: string
    done: (what: string) => string
    invalid: string
  }
  confirm: {
    title: string
    question: (what: string, shop: string) => string
    button: string
    done: (what: string) => string
    invalid: string
  }
  email: { subject: (shop: string) => string; body: (what: string, url: string, shop: string) => string }
}

const en: ConsentTexts = {
  marketing: "marketing",
  channels: { email: "by e-mail", sms: "by text message", phone: "by phone", post: "by post" },
  unsubscribe: {
    title: "Unsubscribe",
    question: (what, shop) => `Do you want to stop receiving ${what} from ${shop}?`,
    button: "Unsubscribe",
    done: (what) => `You will no longer receive ${what}. This takes effect at once.`,
    invalid: "This unsubscribe link is not valid. If you copied it from an e-mail, check that it is complete.",
  },
  confirm: {
    title: "Confirm your subscription",
    question: (what, shop) => `Please confirm that you want to receive ${what} from ${shop}.`,
    button: "Confirm",
    done: (what) => `Thank you. You will now receive ${what}. Every message has a link to unsubscribe.`,
    invalid: "This confirmation link is not valid, has expired or has already been used.",
  },
  email: {
    subject: (shop) => `Confirm your subscription to ${shop}`,
    body: (what, url, shop) =>
      `Hello,\n\nSomeone, hopefully you, asked to receive ${what} from ${shop} at this address. To confirm, open this link:\n\n${url}\n\nIf it was not you, ignore this e-mail: nothing is sent without your confirmation.\n\n${shop}`,
  },
}

const nb: ConsentTexts = {
  marketing: "markedsføring",
  channels: { email: "via e-post", sms: "via SMS", phone: "via telefon", post: "via post" },
  unsubscribe: {
    title: "Avmelding",
    question: (what, shop) => `Vil du slutte å motta ${what} fra ${shop}?`,
    button: "Meld meg av",
    done: (what) => `Du vil ikke lenger motta ${what}. Det gjelder straks.`,
    invalid: "Denne avmeldingslenken er ikke gyldig. Hvis du kopierte den fra en e-post, kontroller at den er fullstendig.",
  },
  confirm: {
    title: "Bekreft påmeldingen",
    question: (what, shop) => `Bekreft at du vil motta ${what} fra ${shop}.`,
    button: "Bekreft",
    done: (what) => `Takk! Nå får du ${what}. Hver melding har en lenke for å melde deg av.`,
    invalid: "Denne bekreftelseslenken er ikke gyldig, er utløpt eller er allerede brukt.",
  },
  email: {
    subject: (shop) => `Bekreft påmeldingen hos ${shop}`,
    body: (what, url, shop) =>
      `Hei,\n\nNoen, forhåpentligvis du, har bedt om å få ${what} fra ${shop} til denne adressen. Åpne denne lenken for å bekrefte:\n\n${url}\n\nHvis det ikke var deg, kan du se bort fra denne e-posten: vi sender ingenting uten din bekreftelse.\n\n${shop}`,
  },
}

const fi: ConsentTexts = {
  marketing: "markkinointi",
  channels: { email: "sähköpostitse", sms: "tekstiviestillä", phone: "puhelimitse", post: "postitse" },
  unsubscribe: {
    title: "Tilauksen peruuttaminen",
    question: (what, shop) => `Peruutetaanko tilaus: ${what} (${shop})?`,
    button: "Peruuta tilaus",
    done: (what) => `Tilaus on peruttu: ${what}. Muutos tulee voimaan heti.`,
    invalid: "Tämä peruutuslinkki ei ole voimassa. Jos kopioit sen sähköpostista, tarkista, että se on kokonainen.",
  },
  confirm: {
    title: "Vahvista tilaus",
    question: (what, shop) => `Vahvista tilaus: ${what} (${shop}).`,
    button: "Vahvista",
    done: (what) => `Kiitos! Tilaus on vahvistettu: ${what}. Jokaisessa viestissä on linkki tilauksen peruuttamiseen.`,
    invalid: "Tämä vahvistuslinkki ei ole voimassa, se on vanhentunut tai sitä on jo käytetty.",
  },
  email: {
    subject: (shop) => `Vahvista tilauksesi – ${shop}`,
    body: (what, url, shop) =>
      `Hei,\n\nTähän osoitteeseen on pyydetty tilausta: ${what} (${shop}). Vahvista tilaus avaamalla tämä linkki:\n\n${url}\n\nJos et tehnyt pyyntöä, voit jättää tämän viestin huomiotta: emme lähetä mitään ilman vahvistustasi.\n\n${shop}`,
  },
}

const sv: ConsentTexts = {
  marketing: "marknadsföring",
  channels: { email: "via e-post", sms: "via sms", phone: "via telefon", post: "via post" },
  unsubscribe: {
    title: "Avregistrering",
    question: (what, shop) => `Vill du sluta få ${what} från ${shop}?`,
    button: "Avregistrera mig",
    done: (what) => `Du får inte längre ${what}. Det gäller omedelbart.`,
    invalid: "Den här avregistreringslänken är inte giltig. Om du kopierade den från ett e-postmeddelande, kontrollera att den är komplett.",
  },
  confirm: {
    title: "Bekräfta din prenumeration",
    question: (what, shop) => `Bekräfta att du vill få ${what} från ${shop}.`,
    button: "Bekräfta",
    done: (what) => `Tack! Nu får du ${what}. Varje meddelande innehåller en länk för att avregistrera dig.`,
    invalid: "Den här bekräftelselänken är inte giltig, har gått ut eller har redan använts.",
  },
  email: {
    subject: (shop) => `Bekräfta din prenumeration hos ${shop}`,
    body: (what, url, shop) =>
      `Hej,\n\nNågon, förhoppningsvis du, har bett om att få ${what} från ${shop} till den här adressen. Öppna länken för att bekräfta:\n\n${url}\n\nOm det inte var du kan du bortse från det här meddelandet: vi skickar ingenting utan din bekräftelse.\n\n${shop}`,
  },
}

const TEXTS: Record<string, ConsentTexts> = { en, nb, fi, sv }

export function consentTextsFor(language: string | null | undefined): ConsentTexts {
  const key = language ? matchLanguage(Object.keys(TEXTS), language) : undefined
  return TEXTS[key ?? "en"]
}
