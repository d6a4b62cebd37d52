import { spawn } from "node:child_process"

/**
 * Runs a command, inheriting stdio (or handing its output to onOutput);
 * rejects with the exit code on failure.
 */
export function run(command, args, { cwd, env, onOutput } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: onOutput ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    if (onOutput) {
      child.stdout.on("data", onOutput)
      child.stderr.on("data", onOutput)
    }
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
