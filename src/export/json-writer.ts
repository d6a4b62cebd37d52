import { FileWriter } from "./file-writer"

/**
 * data.json, written as the sections go: the header, then `"data": {…}` with
 * one key per section, its records streamed one by one.
 */
export class JsonWriter {
  private readonly file: FileWriter
  private sections = 0
  private records = 0

  constructor(path: string) {
    this.file = new FileWriter(path)
  }

  async begin(header: Record<string, unknown>): Promise<void> {
    const opening = JSON.stringify(header, null, 2).replace(/\n}$/, ',\n  "data": {')
    await this.file.write(opening)
  }

  async openSection(key: string, many: boolean): Promise<void> {
    await this.file.write(`${this.sections++ ? "," : ""}\n    ${JSON.stringify(key)}: ${many ? "[" : ""}`)
    this.records = 0
  }

  async record(record: unknown): Promise<void> {
    await this.file.write(`${this.records++ ? "," : ""}\n      ${JSON.stringify(record)}`)
  }

  async closeSection(many: boolean): Promise<void> {
    if (many) {
      await this.file.write(this.records ? "\n    ]" : "]")
    } else if (!this.records) {
      await this.file.write("null")
    }
  }

  abort(): void {
    this.file.abort()
  }

  async end(): Promise<void> {
    await this.file.write("\n  }\n}\n")
    await this.file.close()
  }
}
