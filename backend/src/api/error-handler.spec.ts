import { isAlreadyRunning, isDatabaseUnavailable, isLockTimeout, isStatementTimeout } from "./error-handler"

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["PostgreSQL shutting down", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a pool timeout", new Error("Knex: Timeout acquiring a connection. The pool is probably full.")],
    ["a wrapped cause", new Error("Transaction failed", { cause: { code: "08006", message: "connection failure" } })],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ["a validation error", Object.assign(new Error("Invalid request: stars must be 3 to 5"), { type: "invalid_data" })],
    ["a unique violation", Object.assign(new Error("duplicate key value"), { code: "23505" })],
    ["nothing", undefined],
  ])("leaves %s to Medusa", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})

describe("isLockTimeout", () => {
  it("recognises both locking providers' time-outs and nothing else", () => {
    expect(isLockTimeout(new Error("Timed-out acquiring lock."))).toBe(true)
    expect(isLockTimeout(Object.assign(new Error("Timed-out acquiring lock."), { type: "conflict" }))).toBe(true)
    expect(isLockTimeout({ name: "Error", message: "Timed-out acquiring lock." })).toBe(true)
    expect(isLockTimeout(new Error("Not enough stock available for item"))).toBe(false)
    expect(isLockTimeout("Timed-out acquiring lock.")).toBe(false)
  })
})

describe("isAlreadyRunning", () => {
  it("recognises the workflow engine's refusal to start a running transaction twice", () => {
    expect(isAlreadyRunning({ message: "Transaction already started for transactionId: auto-01M8" })).toBe(true)
    expect(isAlreadyRunning(new Error("Timed-out acquiring lock."))).toBe(false)
  })
})

describe("isStatementTimeout", () => {
  it("recognises PostgreSQL's cancellation at the statement timeout, wrapped or not, and nothing else", () => {
    const cancelled = Object.assign(new Error("select … - canceling statement due to statement timeout"), { code: "57014" })
    expect(isStatementTimeout(cancelled)).toBe(true)
    expect(isStatementTimeout(new Error("Search failed", { cause: cancelled }))).toBe(true)
    // A statement cancelled for another reason (a client's cancel request) is not overload.
    expect(isStatementTimeout(Object.assign(new Error("canceling statement due to user request"), { code: "57014" }))).toBe(false)
    expect(isStatementTimeout(new Error("duplicate key value"))).toBe(false)
  })
})
