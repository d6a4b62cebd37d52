import { authorityLines, bullets, calendarParts, paragraphs, phrase } from "./format"
import type { RequestRight, RequestTexts } from "./types"

const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]

/** "7. april 2026" */
function date(value: string, field: string): string {
  const { year, month, day } = calendarParts(value, field)
  return `${day}. ${MONTHS[month - 1]} ${year}`
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

// The names the Norwegian text of the GDPR gives the rights.
const RIGHTS: Record<RequestRight, string> = {
  access: "Rett til innsyn",
  portability: "Rett til dataportabilitet",
  rectification: "Rett til retting",
  erasure: "Rett til sletting",
  restriction: "Rett til begrensning av behandling",
  objection: "Rett til å protestere",
  withdrawal: "Rett til å trekke tilbake samtykke",
}

function done(right: RequestRight, partial: boolean): string {
  switch (right) {
    case "access":
      return "vi har satt sammen en kopi av personopplysningene dine, med informasjon om hvordan vi behandler dem."
    case "portability":
      return "opplysningene du har gitt oss, er med i et strukturert, alminnelig anvendt og maskinlesbart format (JSON), slik at du kan overføre dem til en annen behandlingsansvarlig."
    case "rectification":
      return "vi har rettet eller supplert opplysningene dine slik du ba om."
    case "erasure":
      return partial ? "vi har slettet personopplysningene dine, bortsett fra det som står nedenfor." : "vi har slettet personopplysningene dine."
    case "restriction":
      return "vi har begrenset behandlingen av opplysningene dine. Så lenge begrensningen gjelder, lagrer vi dem, men vi bruker dem ikke til markedsføring og sletter dem ikke. Vi gir deg beskjed før vi opphever begrensningen."
    case "objection":
      return "vi har stanset behandlingen du protesterte mot."
    case "withdrawal":
      return "vi har registrert at du har trukket tilbake samtykket ditt, og vi behandler ikke lenger opplysningene dine på grunnlag av det."
  }
}

const COMPLAINT =
  "Du har rett til å klage til en tilsynsmyndighet, særlig i EU- eller EØS-staten der du bor eller arbeider, eller der den påståtte overtredelsen fant sted (personvernforordningen artikkel 77)."
const JUDICIAL_REMEDY = "Du har også rett til et effektivt rettsmiddel: du kan bringe saken inn for domstolene (personvernforordningen artikkel 79)."
const questions = (contact: string) => `Har du spørsmål, kan du kontakte ${contact}.`
const rightList = (rights: RequestRight[]) => bullets(rights.map((right) => RIGHTS[right]))

export const nb: RequestTexts = {
  rightName: (right) => RIGHTS[right],

  verification: ({ shop, reference, verifyUrl, hours }) => ({
    subject: `Bekreft anmodningen din til ${shop} (${reference})`,
    text: paragraphs(
      "Hei,",
      `Noen, forhåpentligvis du, har sendt ${shop} en anmodning som gjelder personopplysninger, og oppgitt denne e-postadressen (referanse ${reference}). Hvis anmodningen er din, åpner du denne lenken og bekrefter på siden som vises:`,
      verifyUrl,
      `Lenken er gyldig i ${plural(hours, "time", "timer")}. Vi behandler anmodningen først når du har bekreftet den.`,
      "Hvis det ikke var deg, kan du se bort fra denne e-posten: ingenting skjer uten din bekreftelse.",
      shop
    ),
  }),

  acknowledgement: ({ shop, reference, receivedOn, due, rights }) => ({
    subject: `Anmodningen din til ${shop} er mottatt (${reference})`,
    text: paragraphs(
      "Hei,",
      `Vi mottok anmodningen din ${date(receivedOn, "receivedOn")} og har registrert den med referansen ${reference}. Anmodningen gjelder:`,
      rightList(rights),
      `Vi svarer uten ugrunnet opphold og senest ${date(due, "due")}. Er anmodningen komplisert, eller får vi mange anmodninger, kan vi trenge inntil to måneder til; da gir vi deg beskjed før denne datoen, med begrunnelse (personvernforordningen artikkel 12 nr. 3).`,
      `Oppgi referansen ${reference} hvis du kontakter oss om anmodningen.`,
      shop
    ),
  }),

  extension: ({ shop, reference, receivedOn, firstDue, due, reason }) => ({
    subject: `Anmodningen din ${reference} til ${shop}: vi trenger mer tid`,
    text: paragraphs(
      "Hei,",
      `Vi mottok anmodningen din ${date(receivedOn, "receivedOn")} (referanse ${reference}). Svarfristen er i utgangspunktet ${date(firstDue, "firstDue")}, men vi trenger mer tid. Begrunnelsen er:`,
      reason.trim(),
      `Personvernforordningen gir oss adgang til å forlenge fristen med ytterligere to måneder når det er nødvendig, ut fra hvor komplisert anmodningen er og hvor mange anmodninger vi har (artikkel 12 nr. 3). Vi svarer så snart vi kan, og senest ${date(due, "due")}.`,
      shop
    ),
  }),

  completion: ({ shop, reference, receivedOn, rights, kept, exportSent, note, contact }) => ({
    subject: `Svar på anmodningen din ${reference} – ${shop}`,
    text: paragraphs(
      "Hei,",
      `Vi har behandlet anmodningen din av ${date(receivedOn, "receivedOn")} (referanse ${reference}). Dette har vi gjort:`,
      bullets(rights.map((right) => `${RIGHTS[right]}: ${done(right, kept.length > 0)}`)),
      exportSent && "Lenken for å laste ned opplysningene dine har vi sendt deg i en egen e-post.",
      kept.length > 0 && "Dette kunne vi ikke slette:",
      kept.length > 0 &&
        bullets(kept.map((item) => `${phrase(item.what)}: ${phrase(item.why)}. ${item.until ? `Oppbevares til ${date(item.until, "kept.until")}.` : "Oppbevares inntil videre."}`)),
      kept.length > 0 &&
        "Vi sletter eller anonymiserer disse opplysningene når vi ikke lenger har grunn til å oppbevare dem. Mener du at vi burde ha slettet dem, kan du klage til en tilsynsmyndighet eller bringe saken inn for domstolene.",
      note?.trim(),
      questions(contact),
      shop
    ),
  }),

  noData: ({ shop, reference, receivedOn, contact }) => ({
    subject: `Svar på anmodningen din ${reference} – ${shop}`,
    text: paragraphs(
      "Hei,",
      `Vi har behandlet anmodningen din av ${date(receivedOn, "receivedOn")} (referanse ${reference}). Bortsett fra registreringen av selve anmodningen har vi ingen personopplysninger om deg knyttet til e-postadressen eller kundekontoen som anmodningen gjaldt.`,
      `Hvis du har brukt en annen e-postadresse hos oss, eller mener at vi likevel har opplysninger om deg, kan du kontakte ${contact}.`,
      shop
    ),
  }),

  refusal: ({ shop, reference, receivedOn, rights, reason, authority, contact }) => ({
    subject: `Anmodningen din ${reference} til ${shop} er avslått`,
    text: paragraphs(
      "Hei,",
      `Vi mottok anmodningen din ${date(receivedOn, "receivedOn")} (referanse ${reference}). Anmodningen gjelder:`,
      rightList(rights),
      "Vi kan ikke etterkomme anmodningen. Begrunnelsen er:",
      reason.trim(),
      authority
        ? [`${COMPLAINT} Vår tilsynsmyndighet er ${authority.name.trim()}.`, ...authorityLines(authority, { address: "Adresse", website: "Nettsted", email: "E-post" })].join("\n")
        : COMPLAINT,
      JUDICIAL_REMEDY,
      questions(contact),
      shop
    ),
  }),

  officerReminder: ({ shop, days, dueSoon, overdue }) => {
    const list = (items: { reference: string; due: string }[]) => bullets(items.map((item) => `${item.reference}, frist ${date(item.due, "due")}`))
    const within = `innen ${plural(days, "dag", "dager")}`
    return {
      subject: `Personvernanmodninger hos ${shop}: ${overdue.length} over fristen, ${dueSoon.length} med frist ${within}`,
      text: paragraphs(
        `Anmodninger fra registrerte hos ${shop}.`,
        overdue.length > 0 && `Over fristen (${overdue.length}):\n${list(overdue)}`,
        dueSoon.length > 0 && `Frist ${within} (${dueSoon.length}):\n${list(dueSoon)}`,
        overdue.length + dueSoon.length === 0 && `Ingen anmodninger er over fristen eller har frist ${within}.`,
        "Du finner anmodningene i administrasjonspanelet, med historikk og handlinger."
      ),
    }
  },
}
