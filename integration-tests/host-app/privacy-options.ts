/**
 * The controller of the shop whose privacy policy the plugin was built from
 * (Finmug, a Finnish company selling to Norway), with the promises of that
 * policy expressed as options.
 */
export const finmugPrivacyOptions = {
  controller: {
    name: "Finmug",
    address: "Jahtikuja 1D10, 90540 Oulu, Finland",
    country: "FI",
    businessId: "2925634-1",
    vatId: "FI29256341",
    phone: "+358 442555649",
    email: "info@finmug.fi",
  },
  contactPerson: {
    name: "Jakke Niskanen",
    address: "Jahtikuja 1D10, 90540 Oulu, Finland",
    phone: "+358 442555649",
    email: "info@finmug.fi",
  },
  registerName: {
    nb: "Finmug Nettbutikkens kunderegister",
    fi: "Finmug-verkkokaupan asiakasrekisteri",
    sv: "Finmug-webbutikens kundregister",
    en: "Finmug web shop customer register",
  },
  // A Finnish shop selling to Norway: customers may complain to Datatilsynet as well as to the Finnish authority.
  salesCountries: ["FI", "NO"],
  languages: ["nb", "fi", "sv", "en"],
  defaultLanguage: "nb",
  customerNumber: { prefix: "C-", padding: 6 },
  cookies: [
    {
      name: "connect.sid",
      category: "necessary",
      purpose: {
        nb: "Holder deg innlogget og økten din sikker.",
        fi: "Pitää sinut kirjautuneena ja istuntosi turvallisena.",
        sv: "Håller dig inloggad och din session säker.",
        en: "Keeps you signed in and your session secure.",
      },
      lifetime: { hours: 10 },
    },
    {
      name: "_finmug_stats",
      category: "statistics",
      purpose: {
        nb: "Brukes for å følge trafikken og for å forbedre våre tjenester.",
        fi: "Käytetään liikenteen seuraamiseen ja palvelujemme parantamiseen.",
        sv: "Används för att följa trafiken och förbättra våra tjänster.",
        en: "Used to follow the traffic and to improve our services.",
      },
      lifetime: { months: 13 },
    },
  ],
  securityMeasures: [
    "confidentiality",
    "firewalls",
    "electronic_only",
    "need_to_know",
    "personal_accounts",
    "duty_of_confidentiality",
    "encrypted_connections",
    "password_hashing",
  ],
  retention: { bookkeeping: { jurisdiction: "FI" } },
  linkSecret: process.env.PRIVACY_LINK_SECRET,
  publicUrl: process.env.PRIVACY_PUBLIC_URL,
  consent: { purposes: ["marketing"], doubleOptIn: true },
}
