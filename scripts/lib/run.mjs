import { spawn } from "node:child_process"

/** Runs a command, inheriting stdio; rejects with the exit code on failure. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: "inherit" })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) {
        resolve()
      } else {
        reject(new Error(`${[command, ...args].join(" ")} exited with ${signal ?? code}`))
      }
    })
  })
}
