import { existsSync } from "node:fs"
import { cp } from "node:fs/promises"
import path from "node:path"

/** Copies what `medusa build` leaves out: the seeded pictures and uploads under static/. */
export async function copyStatic(backendDir) {
  const from = path.join(backendDir, "static")
  if (existsSync(from)) {
    await cp(from, path.join(backendDir, ".medusa", "server", "static"), {
      recursive: true,
    })
  }
}
