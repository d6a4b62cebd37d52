import { bullets, formatDay, listOf } from "./format"
import type { RequestTexts } from "./types"

const day = (value: string) => formatDay(value, "fi", "numeric")

// Nominative phrases: they follow a lead-in that ends in a colon ("... seuraavia asioita:").
const RIGHTS = {
  access: "pääsy henkilötietoihisi",
  portability: "tietojesi siirtäminen järjestelmästä toiseen",
  rectification: "tietojesi oikaiseminen",
  erasure: "tietojesi poistaminen",
  restriction: "tietojesi käsittelyn rajoittaminen",
  objection: "tietojesi käsittelyn vastustaminen",
  withdrawal: "suostumuksesi peruuttaminen",
} as const

const DONE = {
  access: "Olemme lähettäneet sinulle kopion sinusta tallennetuista henkilötiedoista; latauslinkki tulee erillisessä sähköpostissa.",
  portability: "Kopio on myös koneellisesti luettavassa muodossa (JSON ja CSV), jonka voit siirtää toiseen palveluun.",
  rectification: "Olemme oikaisseet tietosi pyyntösi mukaisesti.",
  erasure: "Olemme poistaneet henkilötietosi.",
  restriction: "Olemme rajoittaneet tietojesi käsittelyä: säilytämme tietoja mutta emme käytä niitä, emme myöskään markkinointiin, ennen kuin rajoitus poistetaan. Ilmoitamme sinulle ennen rajoituksen poistamista.",
  objection: "Olemme lopettaneet tietojesi käytön suoramarkkinointiin kaikissa kanavissa.",
  withdrawal: "Olemme kirjanneet suostumuksesi peruuttamisen; se ei vaikuta ennen peruuttamista tapahtuneeseen käsittelyyn.",
} as const

const asList = (rights: (keyof typeof RIGHTS)[]) => listOf(rights.map((right) => RIGHTS[right]), "ja")

export const fi: RequestTexts = {
  rightName: (right) => RIGHTS[right],
  verification: ({ shop, reference, verifyUrl, hours }) => ({
    subject: `Vahvista pyyntösi – ${shop} (${reference})`,
    text: `Hei,\n\nOlemme vastaanottaneet tällä sähköpostiosoitteella henkilötietojasi koskevan pyynnön (viite ${reference}). Varmistaaksemme, että pyyntö on sinulta, vahvista se avaamalla tämä linkki ${hours} tunnin kuluessa:\n\n${verifyUrl}\n\nJos et lähettänyt pyyntöä, voit jättää tämän viestin huomiotta: mitään ei tehdä.\n\n${shop}`,
  }),
  acknowledgement: ({ shop, reference, receivedOn, due, rights }) => ({
    subject: `Olemme vastaanottaneet pyyntösi (${reference})`,
    text: `Hei,\n\nVastaanotimme pyyntösi ${day(receivedOn)}, viite ${reference}. Pyyntösi koskee seuraavia asioita: ${asList(rights)}. Vastaamme viimeistään ${day(due)} (tietosuoja-asetuksen 12 artiklan 3 kohta).\n\n${shop}`,
  }),
  extension: ({ shop, reference, receivedOn, firstDue, due, reason }) => ({
    subject: `Tarvitsemme lisäaikaa pyyntöösi (${reference})`,
    text: `Hei,\n\nVastaanotimme pyyntösi ${reference} ${day(receivedOn)}. Emme pysty vastaamaan siihen ${day(firstDue)} mennessä, joten pidennämme vastausaikaa kahdella kuukaudella, kuten tietosuoja-asetuksen 12 artiklan 3 kohta sallii. Syy:\n\n${reason}\n\nVastaamme viimeistään ${day(due)}.\n\n${shop}`,
  }),
  completion: ({ shop, reference, receivedOn, rights, kept, exportSent, note, contact }) => {
    const done = rights.filter((right) => right !== "access" || exportSent).map((right) => DONE[right])
    const keptText = kept.length
      ? `\n\nJoitakin tietoja meidän on säilytettävä:\n${bullets(kept.map((item) => `${item.what}: ${item.why}, ${item.until ? `${day(item.until)} asti` : "toistaiseksi"}`))}`
      : ""
    return {
      subject: `Vastaus pyyntöösi (${reference})`,
      text: `Hei,\n\nTässä on vastauksemme pyyntöösi ${reference}, jonka vastaanotimme ${day(receivedOn)}.\n\n${done.join("\n")}${keptText}${note ? `\n\n${note}` : ""}\n\nJos sinulla on kysyttävää, kirjoita osoitteeseen ${contact}.\n\n${shop}`,
    }
  },
  noData: ({ shop, reference, receivedOn, contact }) => ({
    subject: `Vastaus pyyntöösi (${reference})`,
    text: `Hei,\n\nTässä on vastauksemme pyyntöösi ${reference}, jonka vastaanotimme ${day(receivedOn)}: meillä ei ole sinusta henkilötietoja tällä sähköpostiosoitteella.\n\nJos sinulla on kysyttävää, kirjoita osoitteeseen ${contact}.\n\n${shop}`,
  }),
  refusal: ({ shop, reference, receivedOn, rights, reason, authority, contact }) => {
    const where = authority ? `${authority.name}${authority.address ? `, ${authority.address}` : ""}${authority.website ? `, ${authority.website}` : ""}` : "kotimaasi tietosuojaviranomainen"
    return {
      subject: `Vastaus pyyntöösi (${reference})`,
      text: `Hei,\n\nEmme voi toteuttaa pyyntöäsi ${reference}, jonka vastaanotimme ${day(receivedOn)}. Pyyntö koski seuraavia asioita: ${asList(rights)}. Syy:\n\n${reason}\n\nSinulla on oikeus tehdä valitus valvontaviranomaiselle (${where}) ja oikeus saattaa asia tuomioistuimen käsiteltäväksi (tietosuoja-asetuksen 12 artiklan 4 kohta sekä 77 ja 79 artikla).\n\nJos sinulla on kysyttävää, kirjoita osoitteeseen ${contact}.\n\n${shop}`,
    }
  },
  officerReminder: ({ shop, days, dueSoon, overdue }) => ({
    subject: `${shop}: myöhässä ${overdue.length}, pian erääntyviä ${dueSoon.length} tietosuojapyyntöä`,
    text: [
      overdue.length ? `Myöhässä:\n${bullets(overdue.map((row) => `${row.reference}, määräpäivä ${day(row.due)}`))}` : "",
      dueSoon.length ? `Erääntyy ${days} päivän kuluessa:\n${bullets(dueSoon.map((row) => `${row.reference}, määräpäivä ${day(row.due)}`))}` : "",
      "Vastaa pyyntöihin hallintapaneelin kohdassa Privacy → Requests.",
    ].filter(Boolean).join("\n\n"),
  }),
}
