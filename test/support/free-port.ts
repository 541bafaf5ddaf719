import net from "node:net"

/**
 * `count` distinct TCP ports nobody listens on right now. Every port is held
 * until all are picked: one closed before the next is asked for can come back
 * from the OS again, and two processes then race for it (EADDRINUSE).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = []
  try {
    for (let i = 0; i < count; i++) {
      const server = net.createServer()
      servers.push(server)
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject)
        server.listen(0, "127.0.0.1", () => resolve())
      })
    }
    return servers.map((s) => (s.address() as net.AddressInfo).port)
  } finally {
    await Promise.all(
      servers.filter((s) => s.listening).map((s) => new Promise((resolve) => s.close(resolve)))
    )
  }
}
