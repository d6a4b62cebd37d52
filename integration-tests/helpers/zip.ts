import { fromBuffer, type Entry } from "yauzl"

/** The files of a ZIP archive, as text. */
export function readZip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) {
        return reject(error)
      }
      const files = new Map<string, string>()
      zip.on("entry", (entry: Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            return reject(streamError)
          }
          const chunks: Buffer[] = []
          stream.on("data", (chunk: Buffer) => chunks.push(chunk))
          stream.on("end", () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString("utf8"))
            zip.readEntry()
          })
        })
      })
      zip.on("end", () => resolve(files))
      zip.on("error", reject)
      zip.readEntry()
    })
  })
}
