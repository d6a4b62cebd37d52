import { authorityLines, bullets, calendarParts, paragraphs, phrase } from "./format"
import type { RequestRight, RequestTexts } from "./types"

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]

/** "7 april 2026" */
function date(value: string, field: string): string {
  const { year, month, day } = calendarParts(value, field)
  return `${day} ${MONTHS[month - 1]} ${year}`
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

// The names the Swedish text of the GDPR gives the rights.
const RIGHTS: Record<RequestRight, string> = {
  access: "Rätt till tillgång",
  portability: "Rätt till dataportabilitet",
  rectification: "Rätt till rättelse",
  erasure: "Rätt till radering",
  restriction: "Rätt till begränsning av behandling",
  objection: "Rätt att göra invändningar",
  withdrawal: "Rätt att återkalla samtycke",
}

function done(right: RequestRight, partial: boolean): string {
  switch (right) {
    case "access":
      return "vi har sammanställt en kopia av dina personuppgifter, med information om hur vi behandlar dem."
    case "portability":
      return "de uppgifter du har lämnat till oss finns med i ett strukturerat, allmänt använt och maskinläsbart format (JSON), så att du kan överföra dem till en annan personuppgiftsansvarig."
    case "rectification":
      return "vi har rättat eller kompletterat dina uppgifter enligt din begäran."
    case "erasure":
      return partial ? "vi har raderat dina personuppgifter, utom det som anges nedan." : "vi har raderat dina personuppgifter."
    case "restriction":
      return "vi har begränsat behandlingen av dina uppgifter. Så länge begränsningen gäller sparar vi dem, men vi använder dem inte för marknadsföring och raderar dem inte. Vi meddelar dig innan vi häver begränsningen."
    case "objection":
      return "vi har upphört med den behandling som du invände mot."
    case "withdrawal":
      return "vi har registrerat att du har återkallat ditt samtycke, och vi behandlar inte längre dina uppgifter med stöd av det."
  }
}

const COMPLAINT =
  "Du har rätt att lämna in klagomål till en tillsynsmyndighet, särskilt i den EU- eller EES-stat där du bor eller arbetar eller där det påstådda intrånget har skett (artikel 77 i dataskyddsförordningen)."
const JUDICIAL_REMEDY = "Du har också rätt till ett effektivt rättsmedel: du kan föra saken till domstol (artikel 79 i dataskyddsförordningen)."
const questions = (contact: string) => `Har du frågor kan du kontakta ${contact}.`
const rightList = (rights: RequestRight[]) => bullets(rights.map((right) => RIGHTS[right]))

export const sv: RequestTexts = {
  rightName: (right) => RIGHTS[right],

  verification: ({ shop, reference, verifyUrl, hours }) => ({
    subject: `Bekräfta din begäran till ${shop} (${reference})`,
    text: paragraphs(
      "Hej,",
      `Någon, förhoppningsvis du, har skickat en begäran som gäller personuppgifter till ${shop} och angett den här e-postadressen (referens ${reference}). Om begäran är din, öppna länken och bekräfta den på sidan som visas:`,
      verifyUrl,
      `Länken är giltig i ${plural(hours, "timme", "timmar")}. Vi behandlar begäran först när du har bekräftat den.`,
      "Om det inte var du kan du bortse från det här meddelandet: ingenting händer utan din bekräftelse.",
      shop
    ),
  }),

  acknowledgement: ({ shop, reference, receivedOn, due, rights }) => ({
    subject: `Din begäran till ${shop} har tagits emot (${reference})`,
    text: paragraphs(
      "Hej,",
      `Vi tog emot din begäran den ${date(receivedOn, "receivedOn")} och har registrerat den med referensen ${reference}. Din begäran gäller:`,
      rightList(rights),
      `Vi svarar utan onödigt dröjsmål och senast den ${date(due, "due")}. Om begäran är komplicerad eller om vi har många begäranden kan vi behöva ytterligare högst två månader; då meddelar vi dig före det datumet och förklarar varför (artikel 12.3 i dataskyddsförordningen).`,
      `Ange referensen ${reference} om du kontaktar oss om din begäran.`,
      shop
    ),
  }),

  extension: ({ shop, reference, receivedOn, firstDue, due, reason }) => ({
    subject: `Din begäran ${reference} till ${shop}: vi behöver mer tid`,
    text: paragraphs(
      "Hej,",
      `Vi tog emot din begäran den ${date(receivedOn, "receivedOn")} (referens ${reference}). Vi skulle normalt svara senast den ${date(firstDue, "firstDue")}, men vi behöver mer tid. Skälet är:`,
      reason.trim(),
      `Dataskyddsförordningen tillåter att tiden förlängs med ytterligare två månader när det behövs med hänsyn till hur komplicerad begäran är och antalet begäranden (artikel 12.3). Vi svarar så snart vi kan, och senast den ${date(due, "due")}.`,
      shop
    ),
  }),

  completion: ({ shop, reference, receivedOn, rights, kept, exportSent, note, contact }) => ({
    subject: `Svar på din begäran ${reference} – ${shop}`,
    text: paragraphs(
      "Hej,",
      `Vi har behandlat din begäran som vi tog emot den ${date(receivedOn, "receivedOn")} (referens ${reference}). Det här har vi gjort:`,
      bullets(rights.map((right) => `${RIGHTS[right]}: ${done(right, kept.length > 0)}`)),
      exportSent && "Länken för att ladda ner dina uppgifter har vi skickat till dig i ett separat e-postmeddelande.",
      kept.length > 0 && "Följande kunde vi inte radera:",
      kept.length > 0 &&
        bullets(kept.map((item) => `${phrase(item.what)}: ${phrase(item.why)}. ${item.until ? `Sparas till den ${date(item.until, "kept.until")}.` : "Sparas tills vidare."}`)),
      kept.length > 0 &&
        "Vi raderar eller anonymiserar de här uppgifterna när det inte längre finns skäl att spara dem. Om du anser att vi borde ha raderat även dem kan du lämna in klagomål till en tillsynsmyndighet eller vända dig till domstol.",
      note?.trim(),
      questions(contact),
      shop
    ),
  }),

  noData: ({ shop, reference, receivedOn, contact }) => ({
    subject: `Svar på din begäran ${reference} – ${shop}`,
    text: paragraphs(
      "Hej,",
      `Vi har behandlat din begäran som vi tog emot den ${date(receivedOn, "receivedOn")} (referens ${reference}). Utöver registreringen av själva begäran har vi inga personuppgifter om dig kopplade till den e-postadress eller det kundkonto som din begäran gällde.`,
      `Om du har använt en annan e-postadress hos oss, eller anser att vi ändå har uppgifter om dig, kan du kontakta ${contact}.`,
      shop
    ),
  }),

  refusal: ({ shop, reference, receivedOn, rights, reason, authority, contact }) => ({
    subject: `Din begäran ${reference} till ${shop} har avslagits`,
    text: paragraphs(
      "Hej,",
      `Vi tog emot din begäran den ${date(receivedOn, "receivedOn")} (referens ${reference}). Din begäran gäller:`,
      rightList(rights),
      "Vi kan inte tillmötesgå din begäran. Skälet är:",
      reason.trim(),
      authority
        ? [`${COMPLAINT} Vår tillsynsmyndighet är ${authority.name.trim()}.`, ...authorityLines(authority, { address: "Adress", website: "Webbplats", email: "E-post" })].join("\n")
        : COMPLAINT,
      JUDICIAL_REMEDY,
      questions(contact),
      shop
    ),
  }),

  officerReminder: ({ shop, days, dueSoon, overdue }) => {
    const list = (items: { reference: string; due: string }[]) => bullets(items.map((item) => `${item.reference}, sista svarsdag ${date(item.due, "due")}`))
    const within = `inom ${plural(days, "dag", "dagar")}`
    return {
      subject: `Registrerades begäranden hos ${shop}: ${overdue.length} ${overdue.length === 1 ? "försenad" : "försenade"}, ${dueSoon.length} med sista svarsdag ${within}`,
      text: paragraphs(
        `Registrerades begäranden hos ${shop}.`,
        overdue.length > 0 && `Försenade (${overdue.length}):\n${list(overdue)}`,
        dueSoon.length > 0 && `Sista svarsdag ${within} (${dueSoon.length}):\n${list(dueSoon)}`,
        overdue.length + dueSoon.length === 0 && `Ingen begäran är försenad eller har sista svarsdag ${within}.`,
        "Du hittar begärandena i administrationspanelen, med historik och åtgärder."
      ),
    }
  },
}
