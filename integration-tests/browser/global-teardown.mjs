/** Stops the demo store of the browser layer and drops its database. */
export default async function globalTeardown() {
  const demo = globalThis.__PRIVACY_DEMO__
  if (!demo) {
    return
  }
  await demo.server.stop()
  demo.serverLog.end()
}
