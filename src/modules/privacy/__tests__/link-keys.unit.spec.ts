import { createHmac } from "node:crypto"
import { verifyExportToken, signExportToken } from "../exports/download-token"
import { signUnsubscribeToken, verifyUnsubscribeToken } from "../consent/unsubscribe-token"
import { unsubscribeLink } from "../consent/unsubscribe-link"
import { deriveLinkKey, formatLinkKey, linkKeyring, parseLinkKey } from "../lib/link-keys"
import { resolveLinks } from "../lib/options/links"
import { unsubscribeKey } from "../../../unsubscribe"

const OLD = "the-shops-first-secret-of-more-than-32-characters"
const NEW = "the-shops-second-secret-of-more-than-32-characters"
const target = { customer_id: "cus_01ABC", purpose: "marketing", channel: "email" } as const
const noIssues = (path: unknown, message: string) => {
  throw new Error(`${String(path)}: ${message}`)
}
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!

describe("link keys", () => {
  it("derive one key per kind: the unsubscribe key makes no download link, the download key no unsubscribe link", () => {
    const secrets = [{ id: "1", secret: OLD }]
    const unsubscribe = deriveLinkKey(secrets[0], "unsubscribe")
    const download = deriveLinkKey(secrets[0], "export-download")
    expect(unsubscribe.key).not.toBe(download.key)
    expect(unsubscribe.key).not.toContain(OLD)
    const expires = new Date(Date.now() + 86_400_000)
    // A mail tool holding the unsubscribe key signs a download token with it: refused.
    const minted = signExportToken("pexp_1", expires, unsubscribe)
    expect(verifyExportToken(minted, linkKeyring(secrets, "export-download"))).toEqual({ valid: false, reason: "invalid" })
    expect(verifyExportToken(signExportToken("pexp_1", expires, download), linkKeyring(secrets, "export-download"))).toMatchObject({ valid: true })
    expect(verifyUnsubscribeToken(signUnsubscribeToken(target, download), linkKeyring(secrets, "unsubscribe"))).toBeUndefined()
  })

  it("rotate: the newest secret signs, the older ones keep verifying, a removed one no longer does", () => {
    const before = resolveLinks({ linkSecret: OLD }, noIssues)
    const oldLink = unsubscribeLink(target, { publicUrl: before.publicUrl, key: before.unsubscribe.signing })
    const oldDownload = signExportToken("pexp_1", new Date(Date.now() + 86_400_000), before.exportDownload.signing)

    const rotated = resolveLinks({ linkSecrets: [{ id: "2", secret: NEW }, { id: "1", secret: OLD }] }, noIssues)
    expect(rotated.unsubscribe.signing.id).toBe("2")
    const newLink = unsubscribeLink(target, { publicUrl: rotated.publicUrl, key: rotated.unsubscribe.signing })
    expect(tokenOf(newLink.url).startsWith("2.")).toBe(true)
    expect(verifyUnsubscribeToken(tokenOf(oldLink.url), rotated.unsubscribe)).toEqual(target)
    expect(verifyUnsubscribeToken(tokenOf(newLink.url), rotated.unsubscribe)).toEqual(target)
    expect(verifyExportToken(oldDownload, rotated.exportDownload)).toMatchObject({ valid: true })
    // The address-history key stays with the oldest secret, so earlier addresses are still found.
    expect(rotated.emailKey).toBe(before.emailKey)

    const retired = resolveLinks({ linkSecrets: [{ id: "2", secret: NEW }] }, noIssues)
    expect(verifyUnsubscribeToken(tokenOf(oldLink.url), retired.unsubscribe)).toBeUndefined()
    expect(verifyUnsubscribeToken(tokenOf(newLink.url), retired.unsubscribe)).toEqual(target)
  })

  it("keep unsubscribe links made before key ids working, but not download links of that format", () => {
    const legacyMac = (label: string, payload: string) => createHmac("sha256", OLD).update(`${label}:${payload}`).digest("base64url")
    const payload = Buffer.from(JSON.stringify(["c", "cus_01ABC", "marketing", "email"])).toString("base64url")
    const links = resolveLinks({ linkSecret: OLD }, noIssues)
    expect(verifyUnsubscribeToken(`${payload}.${legacyMac("privacy-unsubscribe", payload)}`, links.unsubscribe)).toEqual(target)
    const download = Buffer.from(JSON.stringify(["pexp_1", Date.now() + 86_400_000])).toString("base64url")
    expect(verifyExportToken(`${download}.${legacyMac("privacy-export", download)}`, links.exportDownload)).toEqual({ valid: false, reason: "invalid" })
  })

  it("give an e-mail tool one text that makes the same links as the shop", () => {
    const links = resolveLinks({ linkSecret: OLD }, noIssues)
    const key = unsubscribeKey(OLD)
    expect(key).toMatch(/^1\.[0-9a-f]{64}$/)
    expect(parseLinkKey(key)).toEqual(links.unsubscribe.signing)
    expect(formatLinkKey(parseLinkKey(key))).toBe(key)
    const fromTool = unsubscribeLink(target, { key, publicUrl: "https://shop.example.com" })
    expect(verifyUnsubscribeToken(tokenOf(fromTool.url), links.unsubscribe)).toEqual(target)
    expect(() => parseLinkKey(OLD)).toThrow(/unsubscribe key/)
  })

  it("refuse both linkSecret and linkSecrets", () => {
    const issues: string[] = []
    resolveLinks({ linkSecret: OLD, linkSecrets: [{ id: "1", secret: OLD }] }, (path) => issues.push(String(path)))
    expect(issues).toEqual(["linkSecrets"])
  })
})
