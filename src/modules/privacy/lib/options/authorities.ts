import type { z } from "@medusajs/framework/zod"
import { SUPERVISORY_AUTHORITIES, type SupervisoryAuthority } from "../supervisory-authorities"
import type { supervisoryAuthoritySchema } from "./notice"

export type CountryAuthority = SupervisoryAuthority & { country: string }

type AuthorityOptions = {
  controller: { country: string }
  salesCountries?: string[]
  supervisoryAuthorities: Record<string, z.output<typeof supervisoryAuthoritySchema>>
}

/**
 * The authorities the notice names: the one where the controller is
 * established first (the lead authority, Art. 56), then those of the
 * countries the shop sells to, where customers may complain (Art. 77(1)).
 * A country the shop names as a sales country needs an authority, built in
 * or given; without `salesCountries`, an unknown controller country leaves
 * the notice with the general statement of the right.
 */
export function resolveAuthorities(
  options: AuthorityOptions,
  report: (path: (string | number)[], message: string) => void
): CountryAuthority[] {
  const given: Record<string, SupervisoryAuthority> = {}
  for (const [key, authority] of Object.entries(options.supervisoryAuthorities)) {
    if (!/^[A-Za-z]{2}$/.test(key)) {
      report(["supervisoryAuthorities", key], 'expected an ISO 3166-1 alpha-2 country code as the key, such as "IS"')
      continue
    }
    given[key.toUpperCase()] = authority
  }
  const countries = [...new Set([options.controller.country, ...(options.salesCountries ?? [])])]
  const authorities: CountryAuthority[] = []
  for (const country of countries) {
    const authority = given[country] ?? SUPERVISORY_AUTHORITIES[country]
    if (authority) {
      authorities.push({ country, ...authority })
    } else if (options.salesCountries?.includes(country)) {
      report(
        ["supervisoryAuthorities", country],
        `expected the supervisory authority of ${country} ({ name, address, email, url }): the plugin has those of ${Object.keys(SUPERVISORY_AUTHORITIES).join(", ")}`
      )
    }
  }
  return authorities
}
