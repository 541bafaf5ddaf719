import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * The wallets' merchant APIs cannot be reached from here, so this stands in for them:
 * it records every request as sent (method, path, content type, raw body, parsed
 * body) and answers with what the test sets for that path, in the shape the
 * wallet's documentation gives. The tests assert the recorded requests against the
 * wallets' published specifications.
 */
export type RecordedWalletRequest = {
  method: string
  path: string
  headers: IncomingMessage["headers"]
  raw: string
  body: Record<string, any>
}

export type WalletAnswer = (req: RecordedWalletRequest) => { status?: number; body: unknown }

export async function startWalletStandIn() {
  const requests: RecordedWalletRequest[] = []
  const answers = new Map<string, WalletAnswer>()
  const server = createServer(async (req, res) => {
    let raw = ""
    for await (const chunk of req) raw += chunk
    const type = String(req.headers["content-type"] ?? "")
    const body = type.startsWith("application/json")
      ? JSON.parse(raw || "{}")
      : Object.fromEntries(new URLSearchParams(raw))
    const path = (req.url ?? "").split("?")[0]!
    const recorded = { method: req.method ?? "", path, headers: req.headers, raw, body }
    requests.push(recorded)
    const answer = answers.get(path)
    const { status = 200, body: out } = answer
      ? answer(recorded)
      : { status: 404, body: { message: `no answer set for ${path}` } }
    res.writeHead(status, { "content-type": "application/json" })
    res.end(JSON.stringify(out))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Sets what the stand-in answers on a path. */
    answer(path: string, answer: WalletAnswer) {
      answers.set(path, answer)
    },
    reset() {
      requests.length = 0
      answers.clear()
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
