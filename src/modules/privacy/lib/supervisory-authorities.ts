import type { LocalizedText } from "../data-map/types"

export type SupervisoryAuthority = { name: LocalizedText; address?: LocalizedText; email?: string; url?: string }

/**
 * The data protection authorities of the countries the plugin knows (GDPR
 * Art. 51), with the postal address and e-mail their contact pages give.
 * A customer may complain to the authority where they live or work, or where
 * the infringement took place (Art. 77(1)), so the notice names the
 * authority of every country the shop sells to (`salesCountries`).
 */
export const SUPERVISORY_AUTHORITIES: Record<string, SupervisoryAuthority> = {
  FI: {
    name: {
      fi: "Tietosuojavaltuutetun toimisto",
      sv: "Dataombudsmannens byrå",
      nb: "Tietosuojavaltuutetun toimisto (det finske datatilsynet)",
      en: "the Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto)",
    },
    address: { fi: "PL 800, 00531 Helsinki", sv: "PB 800, 00531 Helsingfors", nb: "PL 800, 00531 Helsinki, Finland", en: "PL 800, 00531 Helsinki, Finland" },
    email: "tietosuoja@om.fi",
    url: "https://tietosuoja.fi",
  },
  NO: {
    name: {
      nb: "Datatilsynet",
      fi: "Norjan tietosuojaviranomainen Datatilsynet",
      sv: "Datatilsynet, Norges dataskyddsmyndighet",
      en: "the Norwegian Data Protection Authority (Datatilsynet)",
    },
    address: { nb: "Postboks 458 Sentrum, 0105 Oslo", fi: "Postboks 458 Sentrum, 0105 Oslo, Norja", sv: "Postboks 458 Sentrum, 0105 Oslo, Norge", en: "Postboks 458 Sentrum, 0105 Oslo, Norway" },
    email: "postkasse@datatilsynet.no",
    url: "https://www.datatilsynet.no",
  },
  SE: {
    name: {
      sv: "Integritetsskyddsmyndigheten (IMY)",
      fi: "Ruotsin tietosuojaviranomainen Integritetsskyddsmyndigheten (IMY)",
      nb: "Integritetsskyddsmyndigheten (IMY), det svenske datatilsynet",
      en: "the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)",
    },
    address: { sv: "Box 8114, 104 20 Stockholm", fi: "Box 8114, 104 20 Stockholm, Ruotsi", nb: "Box 8114, 104 20 Stockholm, Sverige", en: "Box 8114, 104 20 Stockholm, Sweden" },
    email: "imy@imy.se",
    url: "https://www.imy.se",
  },
  DK: {
    name: {
      en: "the Danish Data Protection Agency (Datatilsynet)",
      nb: "Datatilsynet (det danske datatilsynet)",
      sv: "Datatilsynet, Danmarks dataskyddsmyndighet",
      fi: "Tanskan tietosuojaviranomainen Datatilsynet",
    },
    address: { en: "Carl Jacobsens Vej 35, 2500 Valby, Denmark", nb: "Carl Jacobsens Vej 35, 2500 Valby, Danmark", sv: "Carl Jacobsens Vej 35, 2500 Valby, Danmark", fi: "Carl Jacobsens Vej 35, 2500 Valby, Tanska" },
    email: "dt@datatilsynet.dk",
    url: "https://www.datatilsynet.dk",
  },
}
