/** Options of a small Nordic shop, for unit tests. */
export const shopOptions = {
  controller: {
    name: "Finmug",
    address: "Jahtikuja 1D10, 90540 Oulu",
    country: "FI",
    businessId: "2925634-1",
    vatId: "FI29256341",
    email: "info@finmug.fi",
  },
  contactPerson: { name: "Jakke Niskanen", email: "info@finmug.fi" },
  languages: ["nb", "fi", "sv", "en"],
}
