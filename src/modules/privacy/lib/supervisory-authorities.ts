import type { LocalizedText } from "../data-map/types"

export type SupervisoryAuthority = { name: LocalizedText; url?: string; address?: LocalizedText }

/**
 * The data protection authority of the controller's country (GDPR Art. 51),
 * used when the options name none. Customers may also complain where they
 * live (Art. 77), which every notice says.
 */
export const SUPERVISORY_AUTHORITIES: Record<string, SupervisoryAuthority> = {
  FI: {
    name: {
      fi: "Tietosuojavaltuutetun toimisto",
      sv: "Dataombudsmannens byrå",
      nb: "Tietosuojavaltuutetun toimisto (det finske datatilsynet)",
      en: "the Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto)",
    },
    url: "https://tietosuoja.fi",
    address: { fi: "PL 800, 00531 Helsinki", sv: "PB 800, 00531 Helsingfors", en: "PL 800, 00531 Helsinki" },
  },
  NO: {
    name: {
      nb: "Datatilsynet",
      fi: "Norjan tietosuojaviranomainen Datatilsynet",
      sv: "Datatilsynet, Norges dataskyddsmyndighet",
      en: "the Norwegian Data Protection Authority (Datatilsynet)",
    },
    url: "https://www.datatilsynet.no",
  },
  SE: {
    name: {
      sv: "Integritetsskyddsmyndigheten (IMY)",
      fi: "Ruotsin tietosuojaviranomainen Integritetsskyddsmyndigheten (IMY)",
      nb: "Integritetsskyddsmyndigheten (IMY), det svenske datatilsynet",
      en: "the Swedish Authority for Privacy Protection (IMY)",
    },
    url: "https://www.imy.se",
  },
  DK: {
    name: {
      en: "the Danish Data Protection Agency (Datatilsynet)",
      nb: "Datatilsynet (det danske datatilsynet)",
      sv: "Datatilsynet, Danmarks dataskyddsmyndighet",
      fi: "Tanskan tietosuojaviranomainen Datatilsynet",
    },
    url: "https://www.datatilsynet.dk",
  },
}
