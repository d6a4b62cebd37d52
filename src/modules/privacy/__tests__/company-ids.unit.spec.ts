import { businessIdDigits, vatIdProblem } from "../lib/company-ids"
import { parsePrivacyOptions } from "../lib/options"
import { shopOptions } from "./fixtures"
import { problemsOf } from "./refused-options"

const controller = (changes: object) => ({ ...shopOptions, controller: { ...shopOptions.controller, ...changes } })

describe("company identifiers", () => {
  it("checks the Finnish business ID's check digit (weights 7, 9, 10, 5, 8, 4, 2)", () => {
    expect(businessIdDigits("FI", "2925634-1")).toBe("29256341")
    expect(businessIdDigits("FI", "0245974-7")).toBe("02459747")
    expect(businessIdDigits("FI", "2925634-2")).toBeUndefined()
    expect(businessIdDigits("FI", "29256341")).toBeUndefined()
  })

  it("checks the Norwegian, Swedish and Danish numbers", () => {
    expect(businessIdDigits("NO", "923 609 016")).toBe("923609016")
    expect(businessIdDigits("NO", "923609017")).toBeUndefined()
    expect(businessIdDigits("SE", "556036-0793")).toBe("5560360793")
    expect(businessIdDigits("SE", "556036-0794")).toBeUndefined()
    expect(businessIdDigits("DK", "25313763")).toBe("25313763")
    expect(businessIdDigits("DK", "25313764")).toBeUndefined()
  })

  it("checks EU VAT numbers: prefix, national format and, where it has one, the check digit", () => {
    expect(vatIdProblem("FI29256341")).toBeUndefined()
    expect(vatIdProblem("FI 2925 6341")).toBeUndefined()
    expect(vatIdProblem("DE123456789")).toBeUndefined()
    expect(vatIdProblem("SE556036079301")).toBeUndefined()
    expect(vatIdProblem("FI29256342")).toBe("check_digit")
    expect(vatIdProblem("FI2925634")).toBe("format")
    expect(vatIdProblem("GR123456789")).toBe("greece_prefix")
    expect(vatIdProblem("NO923609016MVA")).toBe("not_eu")
    expect(vatIdProblem("29256341")).toBe("format")
  })
})

describe("the controller's business ID and VAT number options", () => {
  it("accept Finmug's business ID and VAT number, and keep the VAT number compact", () => {
    const options = parsePrivacyOptions(controller({ businessId: "2925634-1", vatId: "fi 2925 6341" }))
    expect(options.controller).toMatchObject({ businessId: "2925634-1", vatId: "FI29256341" })
  })

  it("refuse the VAT number given as the business ID, naming both options", () => {
    expect(problemsOf(controller({ businessId: "FI29256341", vatId: undefined }))).toBe(
      '"controller.businessId": expected a Finnish business ID (Y-tunnus): seven digits, a hyphen and a valid check digit, such as 2925634-1; this looks like an EU VAT number: give it as "controller.vatId", and the business ID as "controller.businessId"'
    )
  })

  it.each([
    [{ businessId: "2925634-2" }, /"controller.businessId": expected a Finnish business ID \(Y-tunnus\)/],
    [{ vatId: "FI29256342" }, /"controller.vatId": expected an EU VAT number with a valid check digit/],
    [{ vatId: "GR123456789" }, /"controller.vatId": expected an EU VAT number: Greece's prefix is EL/],
    [{ vatId: "FI02459747" }, /"controller.vatId": expected the VAT number that belongs to the business ID in "controller.businessId"/],
    [{ country: "NO", businessId: "923609017", vatId: undefined }, /expected a Norwegian organisasjonsnummer/],
    [{ country: "SE", businessId: "556036-0793", vatId: "SE556036079401" }, /"controller.vatId": expected an EU VAT number with a valid check digit/],
    [{ businessId: "<b>" }, /"controller.businessId": expected a business ID of 2 to 40 letters/],
  ])("refuse a wrong identifier and say what is expected (%#)", (changes, expected) => {
    expect(problemsOf(controller(changes))).toMatch(expected)
  })

  it("accept other countries' business IDs as given, and a VAT number of another member state", () => {
    const options = parsePrivacyOptions({ ...controller({ country: "DE", businessId: "HRB 12345", vatId: "DE123456789" }), retention: { bookkeeping: { years: 10 } } })
    expect(options.controller).toMatchObject({ businessId: "HRB 12345", vatId: "DE123456789" })
    expect(parsePrivacyOptions(controller({ vatId: "SE556036079301" })).controller.vatId).toBe("SE556036079301")
  })
})

describe("the complaint authorities options", () => {
  it("name the controller's authority first, then those of the countries the shop sells to", () => {
    const options = parsePrivacyOptions({ ...shopOptions, salesCountries: ["NO", "SE"] })
    expect(options.supervisoryAuthorities.map((authority) => authority.country)).toEqual(["FI", "NO", "SE"])
    expect(options.supervisoryAuthorities[1]).toMatchObject({ address: { nb: "Postboks 458 Sentrum, 0105 Oslo" }, email: "postkasse@datatilsynet.no" })
  })

  it("take an authority the plugin does not know, and require one for every sales country", () => {
    const iceland = { name: "Persónuvernd", address: "Laugavegur 166, 105 Reykjavík", email: "postur@personuvernd.is", url: "https://www.personuvernd.is" }
    const options = parsePrivacyOptions({ ...shopOptions, salesCountries: ["IS"], supervisoryAuthorities: { is: iceland } })
    expect(options.supervisoryAuthorities[1]).toEqual({ country: "IS", ...iceland })
    expect(problemsOf({ ...shopOptions, salesCountries: ["IS"] })).toMatch(
      /"supervisoryAuthorities.IS": expected the supervisory authority of IS \(\{ name, address, email, url \}\): the plugin has those of FI, NO, SE, DK/
    )
  })

  it("refuse the earlier single authority option, naming the options that replace it", () => {
    expect(problemsOf({ ...shopOptions, supervisoryAuthority: { name: "Datatilsynet" } })).toBe(
      '"supervisoryAuthority" is replaced by "salesCountries" (the countries you sell to, whose supervisory authorities the notice names) and "supervisoryAuthorities" ({ [country]: { name, address, email, url } }, for a country the plugin has no authority for)'
    )
  })

  it("leave the soft opt-in off unless the shop declares it", () => {
    const options = parsePrivacyOptions(shopOptions)
    expect(options.consent.softOptIn).toBe(false)
    expect(options.dataMap.purposes.existing_customer_marketing).toBeUndefined()
    expect(problemsOf({ ...shopOptions, consent: { softOptIn: "yes" } })).toMatch(/"consent.softOptIn": expected true or false/)
  })
})
