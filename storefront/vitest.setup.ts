import { afterEach, beforeEach, vi } from "vitest"

// An unexpected console.error (React warnings, failed renders) fails the test.
let errors: unknown[][] = []
beforeEach(() => {
  errors = []
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args)
  })
})

afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react")
    cleanup()
  }
  vi.restoreAllMocks()
  const logged = errors
  errors = []
  if (logged.length) {
    throw new Error(`console.error was called:\n${logged.map((args) => args.map(String).join(" ")).join("\n")}`)
  }
})
