/**
 * The controller of the shop whose privacy policy the plugin was built from
 * (Finmug, a Finnish company selling to Norway).
 */
export const finmugPrivacyOptions = {
  controller: {
    name: "Finmug",
    address: "Jahtikuja 1D10, 90540 Oulu, Finland",
    businessId: "FI29256341",
    phone: "+358 442555649",
    email: "info@finmug.fi",
  },
  contactPerson: {
    name: "Jakke Niskanen",
    address: "Jahtikuja 1D10, 90540 Oulu, Finland",
    phone: "+358 442555649",
    email: "info@finmug.fi",
  },
  registerName: "Finmug Nettbutikkens kunderegister",
  languages: ["nb", "fi", "sv", "en"],
  defaultLanguage: "nb",
  customerNumber: { prefix: "C-", padding: 6 },
}
