import type { KeptRecord } from "../apply-action"
import type { KeptItem } from "./types"

type KeptTexts = Record<KeptRecord["kind"], { what: (order?: string | null) => string; why: string }>

/** What an erasure keeps, told in the person's language: what it is and the law that keeps it. */
export const KEPT: Record<"en" | "nb" | "fi" | "sv", KeptTexts> = {
  en: {
    bookkeeping: { what: (order) => `the buyer details of order ${order ?? ""}`.trim(), why: "accounting material the law requires us to keep" },
    consent_proof: { what: () => "the record of your consents and objections to marketing", why: "we must be able to show them (GDPR Art. 7(1))" },
    request_records: { what: () => "the record of this request and of our answer", why: "to show that we answered it in time (GDPR Art. 5(2))" },
    access_log: { what: () => "the log of our staff's access to your data", why: "to keep your data secure (GDPR Art. 32)" },
  },
  nb: {
    bookkeeping: { what: (order) => `kjøperopplysningene i bestilling ${order ?? ""}`.trim(), why: "regnskapsmateriale som vi etter loven må oppbevare" },
    consent_proof: { what: () => "dokumentasjonen av samtykkene dine og reservasjonene dine mot markedsføring", why: "vi må kunne dokumentere dem (personvernforordningen artikkel 7 nr. 1)" },
    request_records: { what: () => "dokumentasjonen av denne henvendelsen og svaret vårt", why: "for å vise at vi svarte i tide (personvernforordningen artikkel 5 nr. 2)" },
    access_log: { what: () => "loggen over de ansattes tilgang til opplysningene dine", why: "for å sikre opplysningene dine (personvernforordningen artikkel 32)" },
  },
  fi: {
    bookkeeping: { what: (order) => `tilauksen ${order ?? ""} ostajatiedot`.replace("  ", " "), why: "kirjanpitoaineistoa, joka on lain mukaan säilytettävä" },
    consent_proof: { what: () => "tiedot suostumuksistasi ja markkinointikielloistasi", why: "meidän on pystyttävä osoittamaan ne (tietosuoja-asetuksen 7 artiklan 1 kohta)" },
    request_records: { what: () => "tiedot tästä pyynnöstä ja vastauksestamme", why: "jotta voimme osoittaa vastanneemme ajoissa (tietosuoja-asetuksen 5 artiklan 2 kohta)" },
    access_log: { what: () => "loki henkilökuntamme pääsystä tietoihisi", why: "tietojesi suojaamiseksi (tietosuoja-asetuksen 32 artikla)" },
  },
  sv: {
    bookkeeping: { what: (order) => `köparuppgifterna i beställning ${order ?? ""}`.trim(), why: "räkenskapsinformation som vi enligt lag måste spara" },
    consent_proof: { what: () => "dokumentationen av dina samtycken och invändningar mot marknadsföring", why: "vi måste kunna visa dem (artikel 7.1 i dataskyddsförordningen)" },
    request_records: { what: () => "dokumentationen av den här begäran och vårt svar", why: "för att visa att vi svarade i tid (artikel 5.2 i dataskyddsförordningen)" },
    access_log: { what: () => "loggen över personalens åtkomst till dina uppgifter", why: "för att skydda dina uppgifter (artikel 32 i dataskyddsförordningen)" },
  },
}

export function keptItemIn(language: keyof typeof KEPT, item: KeptRecord): KeptItem {
  const texts = KEPT[language][item.kind]
  return { what: texts.what(item.order ? `#${item.order}` : null), why: texts.why, until: item.until }
}
