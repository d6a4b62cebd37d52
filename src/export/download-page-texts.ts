import { matchLanguage } from "../modules/privacy/lib/language-match"

/** What the page behind an export's download link says, per language. */
export type DownloadPageTexts = {
  title: string
  ready: (shop: string, expires: string) => string
  button: string
  gone: string
  invalid: string
}

const en: DownloadPageTexts = {
  title: "Your data",
  ready: (shop, expires) => `The copy of your data at ${shop} is ready. The link works until ${expires}.`,
  button: "Download (ZIP)",
  gone: "This download link has expired. Ask for a new copy of your data.",
  invalid: "This download link is not valid. If you copied it from an e-mail, check that it is complete.",
}

const nb: DownloadPageTexts = {
  title: "Dine data",
  ready: (shop, expires) => `Kopien av dataene dine hos ${shop} er klar. Lenken virker til ${expires}.`,
  button: "Last ned (ZIP)",
  gone: "Denne nedlastingslenken er utløpt. Be om en ny kopi av dataene dine.",
  invalid: "Denne nedlastingslenken er ikke gyldig. Hvis du kopierte den fra en e-post, kontroller at den er fullstendig.",
}

const fi: DownloadPageTexts = {
  title: "Tietosi",
  ready: (shop, expires) => `Kopio tiedoistasi (${shop}) on valmis. Linkki toimii ${expires} asti.`,
  button: "Lataa (ZIP)",
  gone: "Tämä latauslinkki on vanhentunut. Pyydä uusi kopio tiedoistasi.",
  invalid: "Tämä latauslinkki ei ole kelvollinen. Jos kopioit sen sähköpostista, tarkista, että se on kokonainen.",
}

const sv: DownloadPageTexts = {
  title: "Dina uppgifter",
  ready: (shop, expires) => `Kopian av dina uppgifter hos ${shop} är klar. Länken fungerar till ${expires}.`,
  button: "Ladda ned (ZIP)",
  gone: "Den här nedladdningslänken har gått ut. Be om en ny kopia av dina uppgifter.",
  invalid: "Den här nedladdningslänken är inte giltig. Om du kopierade den från ett e-postmeddelande, kontrollera att den är fullständig.",
}

const TEXTS: Record<string, DownloadPageTexts> = { en, nb, fi, sv }

export function downloadPageTextsFor(language: string): DownloadPageTexts {
  return TEXTS[matchLanguage(Object.keys(TEXTS), language) ?? "en"]
}
