import { authorityLines, bullets, calendarParts, paragraphs, phrase } from "./format"
import type { RequestRight, RequestTexts } from "./types"

/** "7.4.2026" */
function date(value: string, field: string): string {
  const { year, month, day } = calendarParts(value, field)
  return `${day}.${month}.${year}`
}

// The names the Finnish text of the GDPR gives the rights.
const RIGHTS: Record<RequestRight, string> = {
  access: "Oikeus saada pääsy tietoihin",
  portability: "Oikeus siirtää tiedot järjestelmästä toiseen",
  rectification: "Oikeus tietojen oikaisemiseen",
  erasure: "Oikeus tietojen poistamiseen",
  restriction: "Oikeus käsittelyn rajoittamiseen",
  objection: "Vastustamisoikeus",
  withdrawal: "Oikeus peruuttaa suostumus",
}

function done(right: RequestRight, partial: boolean): string {
  switch (right) {
    case "access":
      return "kokosimme jäljennöksen henkilötiedoistasi sekä tiedot siitä, miten käsittelemme niitä."
    case "portability":
      return "meille toimittamasi tiedot ovat mukana jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa (JSON), joten voit siirtää ne toiselle rekisterinpitäjälle."
    case "rectification":
      return "oikaisimme tai täydensimme tietojasi pyyntösi mukaisesti."
    case "erasure":
      return partial ? "poistimme henkilötietosi lukuun ottamatta alla lueteltuja tietoja." : "poistimme henkilötietosi."
    case "restriction":
      return "rajoitimme tietojesi käsittelyä. Niin kauan kuin rajoitus on voimassa, säilytämme tietojasi, mutta emme käytä niitä markkinointiin emmekä poista niitä. Ilmoitamme sinulle ennen rajoituksen poistamista."
    case "objection":
      return "lopetimme käsittelyn, jota vastustit."
    case "withdrawal":
      return "kirjasimme suostumuksesi peruuttamisen, emmekä enää käsittele tietojasi sen perusteella."
  }
}

const COMPLAINT =
  "Sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä EU- tai ETA-valtiossa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut (tietosuoja-asetuksen 77 artikla)."
const JUDICIAL_REMEDY =
  "Sinulla on myös oikeus tehokkaaseen oikeussuojakeinoon: voit viedä asian tuomioistuimen käsiteltäväksi (tietosuoja-asetuksen 79 artikla)."
// The contact after a colon, so that no name or address has to be inflected.
const questions = (contact: string) => `Jos sinulla on kysyttävää, ota yhteyttä: ${contact}.`
const rightList = (rights: RequestRight[]) => bullets(rights.map((right) => RIGHTS[right]))

// The shop's name is a proper name Finnish would inflect; the texts place it where it stays in the nominative.
export const fi: RequestTexts = {
  rightName: (right) => RIGHTS[right],

  verification: ({ shop, reference, verifyUrl, hours }) => ({
    subject: `Vahvista pyyntösi – ${shop} (${reference})`,
    text: paragraphs(
      "Hei,",
      `Verkkokaupalle ${shop} on tehty henkilötietoja koskeva pyyntö, jossa on annettu tämä sähköpostiosoite (tunnus ${reference}). Jos pyyntö on sinun, avaa tämä linkki ja vahvista pyyntö avautuvalla sivulla:`,
      verifyUrl,
      `Linkki on voimassa ${hours} ${hours === 1 ? "tunnin" : "tuntia"}. Käsittelemme pyynnön vasta, kun olet vahvistanut sen.`,
      "Jos et tehnyt pyyntöä, voit jättää tämän viestin huomiotta: mitään ei tapahdu ilman vahvistustasi.",
      shop
    ),
  }),

  acknowledgement: ({ shop, reference, receivedOn, due, rights }) => ({
    subject: `Pyyntösi on vastaanotettu – ${shop} (${reference})`,
    text: paragraphs(
      "Hei,",
      `Vastaanotimme pyyntösi ${date(receivedOn, "receivedOn")} ja kirjasimme sen tunnuksella ${reference}. Pyyntösi koskee seuraavia oikeuksia:`,
      rightList(rights),
      `Vastaamme ilman aiheetonta viivytystä ja viimeistään ${date(due, "due")}. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, voimme tarvita enintään kaksi kuukautta lisäaikaa; ilmoitamme siitä sinulle syineen ennen tätä päivämäärää (tietosuoja-asetuksen 12 artiklan 3 kohta).`,
      `Mainitsethan tunnuksen ${reference}, jos otat meihin yhteyttä tähän pyyntöön liittyen.`,
      shop
    ),
  }),

  extension: ({ shop, reference, receivedOn, firstDue, due, reason }) => ({
    subject: `Pyyntösi ${reference} käsittely vaatii lisäaikaa – ${shop}`,
    text: paragraphs(
      "Hei,",
      `Vastaanotimme pyyntösi ${date(receivedOn, "receivedOn")} (tunnus ${reference}). Vastaisimme siihen tavallisesti viimeistään ${date(firstDue, "firstDue")}, mutta tarvitsemme lisäaikaa. Syy on seuraava:`,
      reason.trim(),
      `Tietosuoja-asetus sallii määräajan jatkamisen enintään kahdella kuukaudella, kun se on tarpeen pyyntöjen monimutkaisuuden ja määrän vuoksi (12 artiklan 3 kohta). Vastaamme niin pian kuin mahdollista ja viimeistään ${date(due, "due")}.`,
      shop
    ),
  }),

  completion: ({ shop, reference, receivedOn, rights, kept, exportSent, note, contact }) => ({
    subject: `Vastaus pyyntöösi ${reference} – ${shop}`,
    text: paragraphs(
      "Hei,",
      `Olemme käsitelleet ${date(receivedOn, "receivedOn")} vastaanotetun pyyntösi (tunnus ${reference}). Teimme seuraavaa:`,
      bullets(rights.map((right) => `${RIGHTS[right]}: ${done(right, kept.length > 0)}`)),
      exportSent && "Latauslinkki tietoihisi on lähetetty sinulle erillisessä sähköpostiviestissä.",
      kept.length > 0 && "Seuraavia tietoja emme voineet poistaa:",
      kept.length > 0 &&
        bullets(kept.map((item) => `${phrase(item.what)}: ${phrase(item.why)}. ${item.until ? `Säilytetään ${date(item.until, "kept.until")} asti.` : "Säilytetään toistaiseksi."}`)),
      kept.length > 0 &&
        "Poistamme tai anonymisoimme nämä tiedot, kun niiden säilyttämiselle ei enää ole perustetta. Jos katsot, että meidän olisi pitänyt poistaa nekin, voit tehdä valituksen valvontaviranomaiselle tai viedä asian tuomioistuimen käsiteltäväksi.",
      note?.trim(),
      questions(contact),
      shop
    ),
  }),

  noData: ({ shop, reference, receivedOn, contact }) => ({
    subject: `Vastaus pyyntöösi ${reference} – ${shop}`,
    text: paragraphs(
      "Hei,",
      `Olemme käsitelleet ${date(receivedOn, "receivedOn")} vastaanotetun pyyntösi (tunnus ${reference}). Tämän pyynnön kirjausta lukuun ottamatta meillä ei ole sinua koskevia henkilötietoja, jotka liittyisivät siihen sähköpostiosoitteeseen tai asiakastiliin, jota pyyntösi koski.`,
      `Jos olet asioinut kanssamme toisella sähköpostiosoitteella tai katsot, että meillä on silti sinua koskevia tietoja, ota yhteyttä: ${contact}.`,
      shop
    ),
  }),

  refusal: ({ shop, reference, receivedOn, rights, reason, authority, contact }) => ({
    subject: `Pyyntösi ${reference} on hylätty – ${shop}`,
    text: paragraphs(
      "Hei,",
      `Vastaanotimme pyyntösi ${date(receivedOn, "receivedOn")} (tunnus ${reference}). Pyyntösi koskee seuraavia oikeuksia:`,
      rightList(rights),
      "Emme voi toteuttaa pyyntöäsi. Syy on seuraava:",
      reason.trim(),
      authority
        ? [`${COMPLAINT} Meitä valvova viranomainen on ${authority.name.trim()}.`, ...authorityLines(authority, { address: "Osoite", website: "Verkkosivusto", email: "Sähköposti" })].join("\n")
        : COMPLAINT,
      JUDICIAL_REMEDY,
      questions(contact),
      shop
    ),
  }),

  officerReminder: ({ shop, days, dueSoon, overdue }) => {
    const list = (items: { reference: string; due: string }[]) => bullets(items.map((item) => `${item.reference}, määräaika ${date(item.due, "due")}`))
    // "7 päivän kuluessa": the genitive is the same for one and for many.
    const within = `${days} päivän kuluessa`
    return {
      subject: `Rekisteröityjen pyynnöt (${shop}): ${overdue.length} myöhässä, ${dueSoon.length} erääntyy ${within}`,
      text: paragraphs(
        `Rekisteröityjen pyynnöt – ${shop}.`,
        overdue.length > 0 && `Myöhässä (${overdue.length}):\n${list(overdue)}`,
        dueSoon.length > 0 && `Erääntyy ${within} (${dueSoon.length}):\n${list(dueSoon)}`,
        overdue.length + dueSoon.length === 0 && `Yksikään pyyntö ei ole myöhässä, eikä yksikään erääny ${within}.`,
        "Pyynnöt tapahtumahistorioineen ja toimintoineen löytyvät hallintapaneelista."
      ),
    }
  },
}
