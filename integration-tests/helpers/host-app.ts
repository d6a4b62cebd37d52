import path from "node:path"

/** The folder of the host app that loads the built plugin by package name. */
export const hostAppDir = path.resolve(__dirname, "..", "host-app")
