import { parsePrivacyOptions } from "../../modules/privacy/lib/options"
import { shopOptions } from "../../modules/privacy/__tests__/fixtures"
import { csvField } from "../../modules/privacy/records/record-csv"
import { EXPORT_SECTIONS, exportSections } from "../registry"

describe("export sections", () => {
  it("carry every table the data map says holds exported data about the customer", () => {
    const { dataMap } = parsePrivacyOptions(shopOptions)
    const covered = new Set(EXPORT_SECTIONS.flatMap((section) => section.tables))
    const uncovered = [...new Set(dataMap.entries.filter((entry) => !entry.notExported).map((entry) => entry.table))].filter(
      (table) => !covered.has(table)
    )
    expect(uncovered).toEqual([])
  })

  it("add one section for the merchant's own tables, with one CSV file per table and only the mapped columns", () => {
    const { dataMap } = parsePrivacyOptions({
      ...shopOptions,
      dataMap: {
        entries: ["card_number", "nickname"].map((column) => ({
          table: "loyalty_member",
          column,
          subjectColumn: "customer_id",
          item: "free_text",
          category: "identity",
          purposes: ["customer_relationship"],
          source: "data_subject",
          retention: "relationship",
          erasure: "delete",
        })),
      },
    })
    const sections = exportSections(dataMap.entries)
    expect(sections).toHaveLength(EXPORT_SECTIONS.length + 1)
    const own = sections[sections.length - 1]
    expect(own).toMatchObject({ key: "other_records", tables: ["loyalty_member"] })
    expect(own.csv.map(({ name, columns }) => ({ name, columns }))).toEqual([
      { name: "other_loyalty_member", columns: ["card_number", "nickname"] },
    ])
    expect(own.csv[0].rows({ table: "loyalty_member", values: { card_number: "LC-1", nickname: "Kari" } })).toEqual([
      { card_number: "LC-1", nickname: "Kari" },
    ])
    expect(own.csv[0].rows({ table: "something_else", values: {} })).toEqual([])
  })
})

describe("CSV cells", () => {
  it.each([
    ["=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""],
    ["+47 91112222", "'+47 91112222"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["-5", "-5"],
    ["-12.50", "-12.50"],
    ["-5+cmd", "'-5+cmd"],
    ["Storgata 22, Oslo", "\"Storgata 22, Oslo\""],
  ])("%s is written as %s", (value, written) => {
    expect(csvField(value)).toBe(written)
  })
})
