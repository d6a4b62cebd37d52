import path from "node:path"

/** The folder of the host app that loads the built plugin by package name. */
export const hostAppDir = path.resolve(__dirname, "..", "host-app")

const builtPluginDir = path.resolve(__dirname, "..", "..", ".medusa", "server", "src")

/** Loads a file of the built plugin, the same code the host app runs. */
export function builtPlugin<T = any>(relativePath: string): T {
  return require(path.join(builtPluginDir, relativePath))
}
