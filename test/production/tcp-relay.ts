// A TCP relay between the shop and PostgreSQL that can "pull the cable": every
// open connection is cut and new ones are refused until it is restored.
import net from "node:net"

export async function startTcpRelay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host)
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on("close", () => sockets.delete(s))
      s.on("error", () => undefined)
    }
    client.pipe(upstream).pipe(client)
    client.on("close", () => upstream.destroy())
    upstream.on("close", () => client.destroy())
  })
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      server.listen(port, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port))
    )
  const port = await listen(0)
  return {
    port,
    /** Cuts every connection and refuses new ones (ECONNREFUSED). */
    async cut() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const s of sockets) s.destroy()
      })
    },
    async restore() {
      await listen(port)
    },
    async stop() {
      for (const s of sockets) s.destroy()
      if (server.listening) await new Promise((r) => server.close(r))
    },
  }
}
