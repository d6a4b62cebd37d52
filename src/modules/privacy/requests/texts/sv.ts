import { bullets, formatDay, listOf } from "./format"
import type { RequestTexts } from "./types"

const day = (value: string) => formatDay(value, "sv")

const RIGHTS = {
  access: "tillgång till dina personuppgifter",
  portability: "en kopia av dina uppgifter i ett överförbart format",
  rectification: "rättelse av dina uppgifter",
  erasure: "radering av dina uppgifter",
  restriction: "begränsning av behandlingen av dina uppgifter",
  objection: "invändning mot behandlingen av dina uppgifter",
  withdrawal: "återkallande av ditt samtycke",
} as const

const DONE = {
  access: "Vi har skickat dig en kopia av de personuppgifter vi har om dig; länken för nedladdning kommer i ett separat e-postmeddelande.",
  portability: "Kopian finns också i ett maskinläsbart format (JSON och CSV) som du kan ta med till en annan tjänst.",
  rectification: "Vi har rättat dina uppgifter enligt din begäran.",
  erasure: "Vi har raderat dina personuppgifter.",
  restriction: "Vi har begränsat behandlingen av dina uppgifter: vi bara lagrar dem och använder dem inte, inte heller för marknadsföring, tills begränsningen hävs. Vi meddelar dig innan vi häver den.",
  objection: "Vi har slutat använda dina uppgifter för direktmarknadsföring, i alla kanaler.",
  withdrawal: "Vi har registrerat att du har återkallat ditt samtycke; det påverkar inte behandlingen före återkallandet.",
} as const

export const sv: RequestTexts = {
  rightName: (right) => RIGHTS[right],
  verification: ({ shop, reference, verifyUrl, hours }) => ({
    subject: `Bekräfta din begäran till ${shop} (${reference})`,
    text: `Hej,\n\nVi har tagit emot en begäran om dina personuppgifter med den här e-postadressen (referens ${reference}). För att vara säkra på att begäran kommer från dig ber vi dig bekräfta den genom att öppna den här länken inom ${hours} timmar:\n\n${verifyUrl}\n\nOm du inte har gjort begäran kan du bortse från det här meddelandet: ingenting görs.\n\n${shop}`,
  }),
  acknowledgement: ({ shop, reference, receivedOn, due, rights }) => ({
    subject: `Vi har tagit emot din begäran (${reference})`,
    text: `Hej,\n\nVi tog emot din begäran om ${listOf(rights.map((right) => RIGHTS[right]), "och")} den ${day(receivedOn)}, referens ${reference}. Vi svarar senast den ${day(due)} (artikel 12.3 i dataskyddsförordningen).\n\n${shop}`,
  }),
  extension: ({ shop, reference, receivedOn, firstDue, due, reason }) => ({
    subject: `Vi behöver mer tid för din begäran (${reference})`,
    text: `Hej,\n\nVi tog emot din begäran ${reference} den ${day(receivedOn)}. Vi kan inte svara senast den ${day(firstDue)} och förlänger tiden för svar med två månader, vilket artikel 12.3 i dataskyddsförordningen tillåter, av följande skäl:\n\n${reason}\n\nVi svarar senast den ${day(due)}.\n\n${shop}`,
  }),
  completion: ({ shop, reference, receivedOn, rights, kept, exportSent, note, contact }) => {
    const done = rights.filter((right) => right !== "access" || exportSent).map((right) => DONE[right])
    const keptText = kept.length
      ? `\n\nVissa uppgifter måste vi behålla:\n${bullets(kept.map((item) => `${item.what}: ${item.why}, ${item.until ? `till och med den ${day(item.until)}` : "tills vidare"}`))}`
      : ""
    return {
      subject: `Svar på din begäran (${reference})`,
      text: `Hej,\n\nHär är vårt svar på din begäran ${reference} av den ${day(receivedOn)}.\n\n${done.join("\n")}${keptText}${note ? `\n\n${note}` : ""}\n\nOm du har frågor kan du skriva till ${contact}.\n\n${shop}`,
    }
  },
  noData: ({ shop, reference, receivedOn, contact }) => ({
    subject: `Svar på din begäran (${reference})`,
    text: `Hej,\n\nHär är vårt svar på din begäran ${reference} av den ${day(receivedOn)}: vi har inga personuppgifter om dig under den här e-postadressen.\n\nOm du har frågor kan du skriva till ${contact}.\n\n${shop}`,
  }),
  refusal: ({ shop, reference, receivedOn, rights, reason, authority, contact }) => {
    const where = authority ? `${authority.name}${authority.address ? `, ${authority.address}` : ""}${authority.website ? `, ${authority.website}` : ""}` : "dataskyddsmyndigheten i ditt land"
    return {
      subject: `Svar på din begäran (${reference})`,
      text: `Hej,\n\nVi kan inte tillmötesgå din begäran ${reference} av den ${day(receivedOn)} om ${listOf(rights.map((right) => RIGHTS[right]), "och")}, av följande skäl:\n\n${reason}\n\nDu har rätt att lämna in klagomål till en tillsynsmyndighet, ${where}, och rätt att begära rättslig prövning i domstol (artiklarna 12.4, 77 och 79 i dataskyddsförordningen).\n\nOm du har frågor kan du skriva till ${contact}.\n\n${shop}`,
    }
  },
  officerReminder: ({ shop, days, dueSoon, overdue }) => ({
    subject: `${shop}: ${overdue.length} försenade och ${dueSoon.length} snart förfallna dataskyddsbegäranden`,
    text: [
      overdue.length ? `Försenade:\n${bullets(overdue.map((row) => `${row.reference}, frist ${day(row.due)}`))}` : "",
      dueSoon.length ? `Förfaller inom ${days} dagar:\n${bullets(dueSoon.map((row) => `${row.reference}, frist ${day(row.due)}`))}` : "",
      "Öppna Privacy → Requests i administrationen för att svara.",
    ].filter(Boolean).join("\n\n"),
  }),
}
