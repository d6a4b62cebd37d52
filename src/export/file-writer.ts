import { createWriteStream, type WriteStream } from "node:fs"
import { once } from "node:events"

/** A file written piece by piece, waiting when the disk is behind, so nothing piles up in memory. */
export class FileWriter {
  private readonly stream: WriteStream

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: "utf8" })
  }

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) {
      await once(this.stream, "drain")
    }
  }

  abort(): void {
    this.stream.destroy()
  }

  async close(): Promise<void> {
    this.stream.end()
    await once(this.stream, "finish")
  }
}
