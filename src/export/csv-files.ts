import path from "node:path"
import { csvField } from "../modules/privacy/records/record-csv"
import { FileWriter } from "./file-writer"
import type { ExportRecord } from "./types"

/** One CSV file per table, all created up front so the archive always has the same files. */
export class CsvFiles {
  private readonly files = new Map<string, { writer: FileWriter; columns: readonly string[] }>()

  constructor(private readonly dir: string) {}

  async open(tables: { name: string; columns: readonly string[] }[]): Promise<void> {
    for (const table of tables) {
      const writer = new FileWriter(path.join(this.dir, `${table.name}.csv`))
      await writer.write(table.columns.join(",") + "\r\n")
      this.files.set(table.name, { writer, columns: table.columns })
    }
  }

  async rows(table: string, rows: ExportRecord[]): Promise<void> {
    const file = this.files.get(table)!
    for (const row of rows) {
      await file.writer.write(file.columns.map((column) => csvField(cell(row[column]))).join(",") + "\r\n")
    }
  }

  names(): string[] {
    return [...this.files.keys()]
  }

  abort(): void {
    for (const { writer } of this.files.values()) {
      writer.abort()
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.files.values()].map(({ writer }) => writer.close()))
  }
}

function cell(value: unknown): string {
  if (value === null || value === undefined) {
    return ""
  }
  if (value instanceof Date) {
    return value.toISOString()
  }
  if (typeof value === "object") {
    return JSON.stringify(value)
  }
  return String(value)
}
