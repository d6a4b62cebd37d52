import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import PrivacyModule, { PRIVACY_MODULE } from ".."
import PrivacyModuleService from "../service"
import { registerNameIn } from "../notice/build-notice"

jest.setTimeout(60_000)

const options = {
  controller: { name: "Finmug", address: "Jahtikuja 1D10, 90540 Oulu", country: "FI", email: "info@finmug.fi" },
  languages: ["nb", "en"],
  customerNumber: { prefix: "K", padding: 3 },
}

moduleIntegrationTestRunner<PrivacyModuleService>({
  moduleName: PRIVACY_MODULE,
  resolve: path.resolve(__dirname, ".."),
  moduleOptions: options,
  pathToMigrations: path.resolve(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    it("exposes the privacy profile as linkable", () => {
      const linkable = PrivacyModule.linkable
      expect(Object.keys(linkable)).toEqual(expect.arrayContaining(["privacyProfile", "privacyProfileChange"]))
      expect(linkable.privacyProfile.id).toMatchObject({ serviceName: PRIVACY_MODULE, field: "privacyProfile" })
    })

    it("numbers concurrent creations from the sequence without collisions", async () => {
      const created = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          service.createMissingProfiles([{ customer_id: `cus_${i}`, source: "storefront" }])
        )
      )
      const numbers = created.flat().map((profile) => profile.customer_number)
      expect(numbers).toHaveLength(50)
      expect(new Set(numbers).size).toBe(50)
      expect(numbers.every((number) => /^K\d{3}$/.test(number))).toBe(true)
    })

    it("creates one profile per customer however often it is asked", async () => {
      const first = await service.createMissingProfiles([
        { customer_id: "cus_a", source: "checkout" },
        { customer_id: "cus_a", source: "storefront" },
      ])
      const again = await Promise.all([
        service.createMissingProfiles([{ customer_id: "cus_a", source: "admin" }]),
        service.createMissingProfiles([{ customer_id: "cus_a", source: "admin" }]),
      ])
      expect(first).toHaveLength(1)
      expect(again.flat()).toHaveLength(0)
      const profiles = await service.listPrivacyProfiles({ customer_id: "cus_a" })
      expect(profiles).toHaveLength(1)
      expect(profiles[0]).toMatchObject({ source: "checkout", language: "nb" })
    })

    it("keeps every digit once numbers outgrow the padding", async () => {
      const created = await service.createMissingProfiles(
        Array.from({ length: 1001 }, (_, i) => ({ customer_id: `cus_many_${i}`, source: "import" as const }))
      )
      const numbers = created.map((profile) => profile.customer_number).sort()
      expect(numbers).toContain("K001")
      expect(numbers).toContain("K1001")
      expect(new Set(numbers).size).toBe(1001)
    })

    it("moves last activity forward, never back", async () => {
      await service.createMissingProfiles([{ customer_id: "cus_active", source: "storefront" }])
      const later = new Date("2026-06-01T10:00:00Z")
      const earlier = new Date("2025-01-01T10:00:00Z")
      expect(await service.recordActivity(["cus_active"], later)).toEqual([{ id: expect.any(String), previous: null }])
      expect(await service.recordActivity(["cus_active"], earlier)).toEqual([])
      const [profile] = await service.listPrivacyProfiles({ customer_id: "cus_active" })
      expect(new Date(profile.last_activity_at!).toISOString()).toBe(later.toISOString())
    })

    it("undoes an activity only where nothing newer has happened since", async () => {
      await service.createMissingProfiles([
        { customer_id: "cus_undo", source: "storefront", last_activity_at: new Date("2024-01-01T00:00:00Z") },
        { customer_id: "cus_newer", source: "storefront", last_activity_at: new Date("2024-01-01T00:00:00Z") },
      ])
      const at = new Date("2025-01-01T00:00:00Z")
      const moved = await service.recordActivity(["cus_undo", "cus_newer"], at)
      await service.recordActivity(["cus_newer"], new Date("2025-06-01T00:00:00Z"))

      await service.restoreActivity(moved, at)

      const profiles = await service.listPrivacyProfiles({ customer_id: ["cus_undo", "cus_newer"] })
      const activity = Object.fromEntries(profiles.map((p) => [p.customer_id, new Date(p.last_activity_at!).toISOString()]))
      expect(activity).toEqual({ cus_undo: "2024-01-01T00:00:00.000Z", cus_newer: "2025-06-01T00:00:00.000Z" })
    })

    it("fills in option defaults", () => {
      expect(service.getOptions()).toMatchObject({ defaultLanguage: "nb", salesCountries: ["FI"], consent: { softOptIn: false } })
      expect(registerNameIn(service.getOptions(), "en")).toBe("Finmug customer register")
    })
  },
})
