/**
 * The live heap of a server started with `--inspect`: what is still reachable
 * after a full garbage collection, through the Chrome DevTools Protocol. It
 * tells memory that is held apart from garbage V8 has not collected yet,
 * which resident memory (RSS) cannot: V8 lets garbage pile up to a limit it
 * sets from the heap's size, so RSS grows with the run's length even when
 * nothing is kept. Needs a WebSocket client (Node 22, or Node 20 with
 * `--experimental-websocket`).
 */
export async function connectInspector(port) {
  const deadline = Date.now() + 30_000
  let target
  while (!target) {
    try {
      ;[target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()
    } catch {
      if (Date.now() > deadline) {
        throw new Error(`no inspector on port ${port}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const socket = new WebSocket(target.webSocketDebuggerUrl)
  await new Promise((resolve, reject) => {
    socket.onopen = resolve
    socket.onerror = reject
  })
  let nextId = 1
  const pending = new Map()
  socket.onmessage = (message) => {
    const { id, result, error } = JSON.parse(message.data)
    pending.get(id)?.[error ? "reject" : "resolve"](error ? new Error(error.message) : result)
    pending.delete(id)
  }
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve, reject })
      socket.send(JSON.stringify({ id, method, params }))
    })
  return {
    /** Bytes reachable after a full collection. */
    async liveBytes() {
      await send("HeapProfiler.collectGarbage")
      return (await send("Runtime.getHeapUsage")).usedSize
    },
    close: () => socket.close(),
  }
}
