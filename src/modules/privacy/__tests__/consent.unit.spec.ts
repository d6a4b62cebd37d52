import { truncateIp } from "../consent/ip-prefix"
import { mayGrantAfterWithdrawal } from "../consent/rules"
import { signUnsubscribeToken, verifyUnsubscribeToken } from "../consent/unsubscribe-token"
import { unsubscribeLink } from "../consent/unsubscribe-link"
import { linkKeyring } from "../lib/link-keys"

const SECRET = "a-test-secret-of-more-than-thirty-two-characters"
const RING = linkKeyring([{ id: "1", secret: SECRET }], "unsubscribe")
const KEY = RING.signing

describe("IP truncation", () => {
  it.each([
    ["203.0.113.77", "203.0.113.0/24"],
    ["::ffff:198.51.100.9", "198.51.100.0/24"],
    ["2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3::/48"],
    ["2001:db8::1", "2001:db8:0::/48"],
    ["::1", "0:0:0::/48"],
    ["not-an-ip", null],
    [undefined, null],
  ])("%s → %s", (input, expected) => {
    expect(truncateIp(input)).toBe(expected)
  })
})

describe("who may grant after an objection (GDPR Art. 21(3))", () => {
  it.each([
    ["account", "customer", true],
    ["storefront", "customer", true],
    ["checkout", "customer", true],
    ["double_opt_in", "subject", true],
    ["storefront", "subject", false],
    ["admin_phone", "user", false],
    ["admin_letter", "api-key", false],
    ["import", "system", false],
  ] as const)("%s by %s: %s", (source, actor, allowed) => {
    expect(mayGrantAfterWithdrawal(source, actor)).toBe(allowed)
  })
})

describe("unsubscribe tokens", () => {
  const target = { customer_id: "cus_01ABC", purpose: "marketing", channel: "email" } as const

  it("round-trips customers and subscribers", () => {
    expect(verifyUnsubscribeToken(signUnsubscribeToken(target, KEY), RING)).toEqual(target)
    const subscriber = { subject_id: "csub_01XYZ", purpose: "newsletter", channel: "email" } as const
    expect(verifyUnsubscribeToken(signUnsubscribeToken(subscriber, KEY), RING)).toEqual(subscriber)
  })

  it("holds no e-mail address and rejects another secret, an altered payload and junk", () => {
    const token = signUnsubscribeToken(target, KEY)
    expect(token).not.toMatch(/@/)
    expect(verifyUnsubscribeToken(token, linkKeyring([{ id: "1", secret: `${SECRET}x` }], "unsubscribe"))).toBeUndefined()
    const [id, , mac] = token.split(".")
    const other = Buffer.from(JSON.stringify(["c", "cus_OTHER", "marketing", "email"])).toString("base64url")
    expect(verifyUnsubscribeToken(`${id}.${other}.${mac}`, RING)).toBeUndefined()
    for (const junk of ["", ".", "a.b", "1.a.b", `${token}.x`, 42, null, "x".repeat(600)]) {
      expect(verifyUnsubscribeToken(junk, RING)).toBeUndefined()
    }
  })

  it("accepts only the exact characters that were signed", () => {
    const token = signUnsubscribeToken(target, KEY)
    const [id, payload, mac] = token.split(".")
    // Each of these decodes to the same bytes under lenient base64, and each is refused.
    for (const variant of [`${token}=`, `${id}.${payload}.${mac.slice(0, 20)}%${mac.slice(20)}`, `${id}.${payload}=.${mac}`, ` ${token}`, `${id}=.${payload}.${mac}`]) {
      expect(verifyUnsubscribeToken(variant, RING)).toBeUndefined()
    }
    const last = mac.at(-1)!
    const sameBytes = last === "A" ? "B" : last === "B" ? "A" : last === "Q" ? "R" : "A"
    expect(verifyUnsubscribeToken(`${id}.${payload}.${mac.slice(0, -1)}${sameBytes}`, RING)).toBeUndefined()
  })

  it("builds the RFC 2369 and RFC 8058 headers around the visible link", () => {
    const { url, headers } = unsubscribeLink(target, { secret: SECRET, publicUrl: "https://shop.example.com/" })
    expect(url.startsWith("https://shop.example.com/privacy/unsubscribe?token=")).toBe(true)
    expect(headers).toEqual({ "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" })
  })
})
