import { bullets, formatDay, listOf } from "./format"
import type { RequestTexts } from "./types"

const day = (value: string) => formatDay(value, "nb")

const RIGHTS = {
  access: "innsyn i personopplysningene dine",
  portability: "en kopi av opplysningene dine i et format som kan overføres",
  rectification: "retting av opplysningene dine",
  erasure: "sletting av opplysningene dine",
  restriction: "begrensning av behandlingen av opplysningene dine",
  objection: "protest mot behandlingen av opplysningene dine",
  withdrawal: "tilbaketrekking av samtykket ditt",
} as const

const DONE = {
  access: "Vi har sendt deg en kopi av personopplysningene vi har om deg; lenken for nedlasting kommer i en egen e-post.",
  portability: "Kopien er også i et maskinlesbart format (JSON og CSV) som du kan ta med til en annen tjeneste.",
  rectification: "Vi har rettet opplysningene dine slik du ba om.",
  erasure: "Vi har slettet personopplysningene dine.",
  restriction: "Vi har begrenset behandlingen av opplysningene dine: vi bare lagrer dem og bruker dem ikke, heller ikke til markedsføring, til begrensningen oppheves. Vi gir deg beskjed før vi opphever den.",
  objection: "Vi har sluttet å bruke opplysningene dine til direkte markedsføring, i alle kanaler.",
  withdrawal: "Vi har registrert at du har trukket tilbake samtykket ditt; det påvirker ikke behandlingen før tilbaketrekkingen.",
} as const

export const nb: RequestTexts = {
  rightName: (right) => RIGHTS[right],
  verification: ({ shop, reference, verifyUrl, hours }) => ({
    subject: `Bekreft henvendelsen din til ${shop} (${reference})`,
    text: `Hei,\n\nVi har mottatt en henvendelse om personopplysningene dine med denne e-postadressen (referanse ${reference}). For å være sikre på at henvendelsen kommer fra deg, ber vi deg bekrefte den ved å åpne denne lenken innen ${hours} timer:\n\n${verifyUrl}\n\nHvis du ikke har sendt henvendelsen, kan du se bort fra denne e-posten: ingenting blir gjort.\n\n${shop}`,
  }),
  acknowledgement: ({ shop, reference, receivedOn, due, rights }) => ({
    subject: `Vi har mottatt henvendelsen din (${reference})`,
    text: `Hei,\n\nVi mottok henvendelsen din om ${listOf(rights.map((right) => RIGHTS[right]), "og")} ${day(receivedOn)}, referanse ${reference}. Vi svarer senest ${day(due)} (personvernforordningen artikkel 12 nr. 3).\n\n${shop}`,
  }),
  extension: ({ shop, reference, receivedOn, firstDue, due, reason }) => ({
    subject: `Vi trenger mer tid til henvendelsen din (${reference})`,
    text: `Hei,\n\nVi mottok henvendelsen din ${reference} ${day(receivedOn)}. Vi kan ikke svare innen ${day(firstDue)}, og forlenger svarfristen med to måneder, slik personvernforordningen artikkel 12 nr. 3 tillater, av denne grunnen:\n\n${reason}\n\nVi svarer senest ${day(due)}.\n\n${shop}`,
  }),
  completion: ({ shop, reference, receivedOn, rights, kept, exportSent, note, contact }) => {
    const done = rights.filter((right) => right !== "access" || exportSent).map((right) => DONE[right])
    const keptText = kept.length
      ? `\n\nNoen opplysninger må vi beholde:\n${bullets(kept.map((item) => `${item.what}: ${item.why}, ${item.until ? `til ${day(item.until)}` : "inntil videre"}`))}`
      : ""
    return {
      subject: `Svar på henvendelsen din (${reference})`,
      text: `Hei,\n\nDette er vårt svar på henvendelsen din ${reference} av ${day(receivedOn)}.\n\n${done.join("\n")}${keptText}${note ? `\n\n${note}` : ""}\n\nHar du spørsmål, kan du skrive til ${contact}.\n\n${shop}`,
    }
  },
  noData: ({ shop, reference, receivedOn, contact }) => ({
    subject: `Svar på henvendelsen din (${reference})`,
    text: `Hei,\n\nDette er vårt svar på henvendelsen din ${reference} av ${day(receivedOn)}: vi har ingen personopplysninger om deg under denne e-postadressen.\n\nHar du spørsmål, kan du skrive til ${contact}.\n\n${shop}`,
  }),
  refusal: ({ shop, reference, receivedOn, rights, reason, authority, contact }) => {
    const where = authority ? `${authority.name}${authority.address ? `, ${authority.address}` : ""}${authority.website ? `, ${authority.website}` : ""}` : "datatilsynet i landet ditt"
    return {
      subject: `Svar på henvendelsen din (${reference})`,
      text: `Hei,\n\nVi kan ikke imøtekomme henvendelsen din ${reference} av ${day(receivedOn)} om ${listOf(rights.map((right) => RIGHTS[right]), "og")}, av denne grunnen:\n\n${reason}\n\nDu har rett til å klage til en tilsynsmyndighet, ${where}, og rett til å bringe saken inn for domstolene (personvernforordningen artikkel 12 nr. 4, artikkel 77 og 79).\n\nHar du spørsmål, kan du skrive til ${contact}.\n\n${shop}`,
    }
  },
  officerReminder: ({ shop, days, dueSoon, overdue }) => ({
    subject: `${shop}: ${overdue.length} forfalte og ${dueSoon.length} snart forfalte personvernhenvendelser`,
    text: [
      overdue.length ? `Forfalt:\n${bullets(overdue.map((row) => `${row.reference}, frist ${day(row.due)}`))}` : "",
      dueSoon.length ? `Forfaller innen ${days} dager:\n${bullets(dueSoon.map((row) => `${row.reference}, frist ${day(row.due)}`))}` : "",
      "Åpne Privacy → Requests i administrasjonen for å svare.",
    ].filter(Boolean).join("\n\n"),
  }),
}
