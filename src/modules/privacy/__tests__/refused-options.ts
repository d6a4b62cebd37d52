import { parsePrivacyOptions, PrivacyOptionsError } from "../lib/options"

/** The problems start-up reports for options it refuses; fails the test when they are accepted. */
export function problemsOf(raw: unknown): string {
  try {
    parsePrivacyOptions(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(PrivacyOptionsError)
    return (error as PrivacyOptionsError).problems.join("\n")
  }
  throw new Error("expected the options to be refused")
}
