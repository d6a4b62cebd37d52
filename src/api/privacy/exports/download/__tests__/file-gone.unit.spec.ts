import { fileErrorCode, isFileGone } from "../file-gone"

describe("file store errors on an export download", () => {
  it("take only a missing file as gone", () => {
    expect(isFileGone(Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT" }))).toBe(true)
    expect(isFileGone(Object.assign(new Error("The specified key does not exist."), { name: "NoSuchKey", $metadata: { httpStatusCode: 404 } }))).toBe(true)
    expect(isFileGone(Object.assign(new Error("File with key x not found"), { type: "not_found" }))).toBe(true)
    expect(isFileGone(Object.assign(new Error("EISDIR: illegal operation on a directory"), { code: "EISDIR" }))).toBe(false)
    expect(isFileGone(Object.assign(new Error("Access Denied"), { name: "AccessDenied", $metadata: { httpStatusCode: 403 } }))).toBe(false)
    expect(isFileGone(new Error("socket hang up"))).toBe(false)
  })

  it("log a code, never the message that names the file", () => {
    expect(fileErrorCode(Object.assign(new Error("EACCES: permission denied, open '/srv/private/export-pexp_1.zip'"), { code: "EACCES" }))).toBe("EACCES")
    expect(fileErrorCode(Object.assign(new Error("Access Denied"), { name: "AccessDenied" }))).toBe("AccessDenied")
    expect(fileErrorCode({})).toBe("unknown")
  })
})
