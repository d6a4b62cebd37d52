import { createWriteStream, type WriteStream } from "node:fs"
import { once } from "node:events"

/** A file written piece by piece, waiting when the disk is behind, so nothing piles up in memory. */
export class FileWriter {
  private readonly stream: WriteStream
  private failure: Error | null = null

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: "utf8" })
    // A write that fails (or lands after `abort`) rejects the next call instead of
    // crashing the process with an unheard 'error' event.
    this.stream.on("error", (error) => {
      this.failure ??= error
    })
  }

  async write(text: string): Promise<void> {
    if (this.failure) {
      throw this.failure
    }
    if (!this.stream.write(text)) {
      await this.drained()
    }
  }

  /** Waits until the disk caught up, or the stream closed (an abort), whichever comes first. */
  private async drained(): Promise<void> {
    const stop = new AbortController()
    const events = ["drain", "close"].map((name) =>
      once(this.stream, name, { signal: stop.signal }).catch((error: Error) => {
        if (error.name !== "AbortError") {
          throw error
        }
      })
    )
    try {
      await Promise.race(events)
    } finally {
      stop.abort()
    }
    if (this.failure) {
      throw this.failure
    }
  }

  abort(): void {
    this.failure ??= new Error("The export file was abandoned")
    this.stream.destroy()
  }

  async close(): Promise<void> {
    if (this.failure) {
      throw this.failure
    }
    this.stream.end()
    await once(this.stream, "finish")
  }
}
