import { parsePrivacyOptions, PrivacyOptionsError } from "../lib/options"
import { registerNameIn } from "../notice/build-notice"

const valid = {
  controller: {
    name: "Finmug",
    address: "Jahtikuja 1D10, 90540 Oulu",
    country: "FI",
    businessId: "2925634-1",
    vatId: "FI29256341",
    phone: "+358 442555649",
    email: "info@finmug.fi",
  },
  contactPerson: { name: "Jakke Niskanen", email: "info@finmug.fi" },
  registerName: "Finmug Nettbutikkens kunderegister",
  languages: ["nb", "en"],
}

function problemsOf(raw: unknown): string[] {
  try {
    parsePrivacyOptions(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(PrivacyOptionsError)
    return (error as PrivacyOptionsError).problems
  }
  throw new Error("expected the options to be refused")
}

describe("plugin options", () => {
  it("accepts the policy's controller and fills in defaults", () => {
    const options = parsePrivacyOptions(valid)
    expect(options).toMatchObject({
      languages: ["nb", "en"],
      defaultLanguage: "nb",
      customerNumber: { prefix: "C-", padding: 6 },
      registerName: "Finmug Nettbutikkens kunderegister",
    })
  })

  it("defaults to English and a register named after the controller", () => {
    const options = parsePrivacyOptions({ controller: valid.controller })
    expect(options.languages).toEqual(["en"])
    expect(options.defaultLanguage).toBe("en")
    expect(options.registerName).toBeUndefined()
    expect(registerNameIn(options, "en")).toBe("Finmug customer register")
  })

  it("canonicalises language tags", () => {
    expect(parsePrivacyOptions({ ...valid, languages: ["NB", "en-gb"] }).languages).toEqual(["nb", "en-GB"])
  })

  it("ignores the database settings Medusa adds to module options", () => {
    expect(() => parsePrivacyOptions({ ...valid, database: { clientUrl: "postgres://x" } })).not.toThrow()
  })

  it.each([
    [{ ...valid, controller: undefined }, /"controller": expected an object/],
    [{ ...valid, controller: { ...valid.controller, email: "not-an-email" } }, /"controller.email": expected an e-mail address/],
    [{ ...valid, controller: { ...valid.controller, name: "" } }, /"controller.name": expected the controller's name/],
    [{ ...valid, languages: ["nb", "not a tag!"] }, /"languages.1": expected a BCP 47 language tag/],
    [{ ...valid, languages: [] }, /"languages": expected at least one language/],
    [{ ...valid, defaultLanguage: "sv" }, /"defaultLanguage": expected one of the configured languages \(nb, en\)/],
    [{ ...valid, customerNumber: { prefix: "C-", padding: 0 } }, /"customerNumber.padding": expected at least 1/],
    [{ ...valid, customerNumber: { prefix: "C #" } }, /"customerNumber.prefix": expected only letters/],
    [{ ...valid, contrller: {} }, /unknown option "contrller"/],
    [{ ...valid, controller: { ...valid.controller, mail: "x" } }, /unknown option "mail" in "controller"/],
  ])("refuses wrong options and names them (%#)", (raw, expected) => {
    expect(problemsOf(raw).join("\n")).toMatch(expected)
  })

  it("puts every problem into one start-up message", () => {
    try {
      parsePrivacyOptions({ controller: { name: "x", address: "y", country: "FI", email: "bad" }, languages: "nb" })
      throw new Error("expected a failure")
    } catch (error) {
      expect((error as Error).message).toMatch(/^medusa-plugin-privacy: invalid plugin options/)
      expect((error as Error).message).toContain('"controller.email"')
      expect((error as Error).message).toContain('"languages"')
    }
  })
})
