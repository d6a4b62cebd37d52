import { medusaEntries } from "../../modules/privacy/data-map/medusa-entries"
import { pluginEntries } from "../../modules/privacy/data-map/plugin-entries"
import { parsePrivacyOptions } from "../../modules/privacy/lib/options"
import { problemsOf } from "../../modules/privacy/__tests__/refused-options"
import { shopOptions } from "../../modules/privacy/__tests__/fixtures"
import { BUILT_IN_PROCESSORS, processorProblem, processorsFor } from "../registry"


const ownEntry = {
  table: "loyalty_member",
  column: "nickname",
  item: "free_text",
  category: "identity",
  purposes: ["customer_relationship"],
  source: "data_subject",
  retention: "relationship",
  erasure: "delete",
}

describe("processor registry", () => {
  it("has one processor for every table Medusa's and the plugin's map names, and no more", () => {
    const entries = [...medusaEntries, ...pluginEntries]
    const processors = processorsFor(entries)
    expect(entries.map((entry) => `${entry.id}: ${processorProblem(entry, processors) ?? "ok"}`).filter((line) => !line.endsWith(": ok"))).toEqual([])
    const mapped = new Set(entries.map((entry) => entry.table))
    expect(BUILT_IN_PROCESSORS.map((processor) => processor.table).filter((table) => !mapped.has(table))).toEqual([])
    expect(new Set(BUILT_IN_PROCESSORS.map((processor) => processor.table)).size).toBe(BUILT_IN_PROCESSORS.length)
  })

  it("fails for a mapped table that no processor serves", () => {
    const entries = [...pluginEntries, { ...ownEntry, id: "loyalty_member.nickname", module: "custom", entity: "loyalty_member" } as never]
    expect(processorProblem(entries[entries.length - 1], processorsFor(entries))).toMatch(/no processor finds a customer's rows in "loyalty_member"/)
  })

  it("finds nothing when the person's sets are empty, so no statement runs", () => {
    const none = { empty: () => true }
    expect(BUILT_IN_PROCESSORS.map((processor) => processor.finds(none)).filter(Boolean)).toEqual([])
    const someone = { empty: () => false }
    expect(BUILT_IN_PROCESSORS.filter((processor) => !processor.finds(someone)).map((processor) => processor.table)).toEqual([])
  })
})

describe("start-up check of the shop's entries", () => {
  it("refuses a table of the shop's own without subjectColumn, naming the entry", () => {
    const problems = problemsOf({ ...shopOptions, dataMap: { entries: [{ ...ownEntry, notExported: "internal" }] } })
    expect(problems).toMatch(/dataMap\.entries\.0/)
    expect(problems).toMatch(/subjectColumn/)
  })

  it("refuses bookkeeping retention on a table nothing releases", () => {
    const problems = problemsOf({
      ...shopOptions,
      dataMap: { entries: [{ ...ownEntry, subjectColumn: "customer_id", retention: "bookkeeping", erasure: "keep_until_retention_ends" }] },
    })
    expect(problems).toMatch(/dataMap\.entries\.0.*not part of an order/)
  })

  it("refuses a key the SQL layer would misread", () => {
    const problems = problemsOf({
      ...shopOptions,
      dataMap: { entries: [{ ...ownEntry, table: "customer", column: "metadata", key: "why?", item: "free_text" }] },
    })
    expect(problems).toMatch(/dataMap\.entries\.0.*"key"/)
  })

  it("accepts a table of the shop's own with its subject column", () => {
    const { dataMap } = parsePrivacyOptions({ ...shopOptions, dataMap: { entries: [{ ...ownEntry, subjectColumn: "customer_id" }] } })
    expect(processorsFor(dataMap.entries).map((processor) => processor.table)).toContain("loyalty_member")
  })
})
