import { mkdirSync, renameSync, rmSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { signUpCustomer } from "../helpers/customer"
import { pathOf, waitForExport } from "../helpers/exports"
import { hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext } from "../helpers/store"

jest.setTimeout(180_000)

const privateUploads = path.join(hostAppDir, "private")

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "exportdownload",
  testSuite: ({ api, getContainer, dbConnection }) => {
    it("answers 410 only when the file is gone; a file store that fails is a logged 503 that names no details", async () => {
      const store = await createStoreContext(getContainer())
      const kari = await signUpCustomer(api, store.publishableKey, { email: "kari.download@example.test" })
      const created = (await api.post("/store/customers/me/privacy/exports", {}, { headers: kari.headers })).data.export
      const ready = await waitForExport(api, `/store/customers/me/privacy/exports/${created.id}`, kari.headers)
      const { rows: [row] } = await dbConnection.raw(`select file_key from privacy_export where id = ?`, [ready.id])
      const file = path.join(privateUploads, row.file_key)
      const aside = `${file}.aside`

      // The store fails to read the file (here: a directory where the file was, EISDIR).
      renameSync(file, aside)
      mkdirSync(file)
      const logger = getContainer().resolve("logger")
      const error = jest.spyOn(logger, "error")
      try {
        const broken = await failure(api.post(pathOf(ready.download_url!)))
        expect(broken.status).toBe(503)
        expect(broken.data).toEqual({
          type: "unexpected_state",
          code: "file_store_unavailable",
          message: "The shop's file storage could not deliver this file right now. Try the link again later.",
        })
        expect(error.mock.calls.map(([line]) => String(line))).toContainEqual(`privacy: export ${ready.id} could not be read from the file store (EISDIR)`)
        expect(JSON.stringify(error.mock.calls)).not.toContain(row.file_key)
      } finally {
        error.mockRestore()
        rmSync(file, { recursive: true, force: true })
      }

      // The file is really gone: the link has expired.
      const gone = await failure(api.post(pathOf(ready.download_url!)))
      expect(gone.status).toBe(410)
      expect(gone.data.message).toContain("expired")

      // Back in place, the same link works and counts the download.
      renameSync(aside, file)
      const download = await api.post(pathOf(ready.download_url!), undefined, { responseType: "arraybuffer" })
      expect(download.status).toBe(200)
      const { rows: [counted] } = await dbConnection.raw(`select download_count from privacy_export where id = ?`, [ready.id])
      expect(counted.download_count).toBe(1)
    })
  },
})
