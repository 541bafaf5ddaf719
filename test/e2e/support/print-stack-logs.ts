// A browser test that fails shows what the shop said meanwhile: the last lines of the
// backend's and the storefront's output (a 500 on screen says nothing about its cause).
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { beforeEach, inject, onTestFailed } from "vitest"

const TAIL_LINES = 80

function tail(file: string) {
  if (!existsSync(file)) return `(no ${path.basename(file)})`
  return readFileSync(file, "utf8").split("\n").slice(-TAIL_LINES).join("\n")
}

beforeEach(() => {
  const dir = inject("stackLogDir")
  if (!dir) return
  onTestFailed(() => {
    for (const name of ["backend", "storefront"]) {
      console.error(`\n── last ${TAIL_LINES} lines of the ${name}'s output (${path.join(dir, `${name}.log`)})\n${tail(path.join(dir, `${name}.log`))}`)
    }
  })
})
