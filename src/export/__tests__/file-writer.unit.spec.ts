import { mkdtemp, readFile, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { FileWriter } from "../file-writer"

describe("export file writer", () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "privacy-file-writer-"))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it("writes text and waits for the disk", async () => {
    const writer = new FileWriter(path.join(dir, "a.txt"))
    for (let i = 0; i < 100; i++) {
      await writer.write("x".repeat(10_000))
    }
    await writer.close()
    expect((await readFile(path.join(dir, "a.txt"), "utf8")).length).toBe(1_000_000)
  })

  it("after an abort, writes still in flight and later ones fail quietly instead of crashing the process", async () => {
    const uncaught: unknown[] = []
    const onUncaught = (error: unknown) => uncaught.push(error)
    process.on("uncaughtException", onUncaught)
    try {
      const writer = new FileWriter(path.join(dir, "b.txt"))
      // Fill the stream's buffer so writes are still queued when the build is abandoned.
      const inFlight = [writer.write("y".repeat(1_000_000)), writer.write("z".repeat(1_000_000))].map((write) => write.catch((error) => error))
      writer.abort()
      await expect(writer.write("more")).rejects.toThrow()
      await expect(writer.close()).rejects.toThrow()
      await Promise.all(inFlight)
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(uncaught).toEqual([])
    } finally {
      process.off("uncaughtException", onUncaught)
    }
  })
})
