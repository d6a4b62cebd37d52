import { parsePrivacyOptions, PrivacyOptionsError } from "../lib/options"
import { roleSatisfies } from "../lib/staff-roles"

const valid = {
  controller: { name: "Finmug", address: "Jahtikuja 1D10, 90540 Oulu", country: "FI", email: "info@finmug.fi" },
  languages: ["en"],
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

describe("access options", () => {
  it("default to no officers, core routes open and no API key with a role", () => {
    expect(parsePrivacyOptions(valid).access).toEqual({ officers: [], restrictCoreRoutes: false, apiKeys: {} })
  })

  it("compare officers' addresses without case, and keep each once", () => {
    const { access } = parsePrivacyOptions({ ...valid, access: { officers: ["Jakke@Finmug.fi", "jakke@finmug.fi"], restrictCoreRoutes: true, apiKeys: { apikey_01ABC: "privacy_agent" } } })
    expect(access).toEqual({ officers: ["jakke@finmug.fi"], restrictCoreRoutes: true, apiKeys: { apikey_01ABC: "privacy_agent" } })
  })

  it("name what is wrong", () => {
    expect(problemsOf({ ...valid, access: { officers: ["not an address"] } })).toEqual(['"access.officers.0": expected the e-mail address of a Medusa user'])
    expect(problemsOf({ ...valid, access: { restrictCoreRoutes: "yes" } })).toEqual(['"access.restrictCoreRoutes": expected true or false'])
    expect(problemsOf({ ...valid, access: { apiKeys: { apikey_01ABC: "admin" } } })).toEqual(['"access.apiKeys.apikey_01ABC": expected one of privacy_officer, privacy_agent'])
    expect(problemsOf({ ...valid, access: { apiKeys: { "sk_123": "privacy_agent" } } })).toEqual(['"access.apiKeys.sk_123": expected secret API key ids (apikey_...) and their roles'])
    expect(problemsOf({ ...valid, access: { officer: [] } })).toEqual(['unknown option "officer" in "access"'])
  })
})

describe("roles", () => {
  it("an officer may do what an agent may, not the other way round, and no role satisfies none", () => {
    expect(roleSatisfies("privacy_officer", "privacy_agent")).toBe(true)
    expect(roleSatisfies("privacy_officer", "privacy_officer")).toBe(true)
    expect(roleSatisfies("privacy_agent", "privacy_agent")).toBe(true)
    expect(roleSatisfies("privacy_agent", "privacy_officer")).toBe(false)
    expect(roleSatisfies(null, "privacy_agent")).toBe(false)
  })
})
