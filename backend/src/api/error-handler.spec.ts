import { OutOfStockError } from "@ocop-market/medusa-plugin-ocop/workflows"
import {
  isAlreadyRunning,
  isDatabaseUnavailable,
  isLockTimeout,
  isStatementTimeout,
  isTransactionConflict,
  stockShortfalls,
} from "./error-handler"

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["PostgreSQL shutting down", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a pool timeout", new Error("Knex: Timeout acquiring a connection. The pool is probably full.")],
    ["a transaction rolled back under its queries", new Error("Transaction query already complete, run with DEBUG=knex:tx for more info")],
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

describe("isTransactionConflict", () => {
  // As node-postgres raises them: the SQLSTATE in `code`, PostgreSQL's own message.
  const deadlock = Object.assign(new Error("update \"product\" … - deadlock detected"), { code: "40P01" })
  const serialization = Object.assign(
    new Error("could not serialize access due to concurrent update"),
    { code: "40001" }
  )

  it("recognises a deadlock and a serialization failure, raised, wrapped or copied by a workflow step", () => {
    expect(isTransactionConflict(deadlock)).toBe(true)
    expect(isTransactionConflict(serialization)).toBe(true)
    expect(isTransactionConflict(new Error("Could not update products", { cause: deadlock }))).toBe(true)
    expect(isTransactionConflict({ name: "Error", message: deadlock.message })).toBe(true)
  })

  it("leaves other database errors to the rest of the handler", () => {
    expect(isTransactionConflict(Object.assign(new Error("duplicate key value"), { code: "23505" }))).toBe(false)
    expect(isTransactionConflict(new Error("Timed-out acquiring lock."))).toBe(false)
    expect(isTransactionConflict(undefined)).toBe(false)
  })
})

describe("stockShortfalls", () => {
  const line = { variant_id: "variant_1", location_id: "sloc_1", available: 2, needed: 5, expired: 1 }

  it("keeps the lines of a stock refusal, thrown or as the workflow engine hands it on", () => {
    const thrown = new OutOfStockError('items: out of stock at this sales point: "Mắm" has 2 available, 5 needed', [line])
    expect(stockShortfalls(thrown)).toEqual([line])
    // A step's error reaches the route as a plain copy of its own properties.
    expect(stockShortfalls({ ...thrown, message: thrown.message, name: thrown.name })).toEqual([line])
  })

  it("finds none in any other error", () => {
    expect(stockShortfalls(Object.assign(new Error("items: out of stock"), { type: "not_allowed" }))).toBeNull()
    expect(stockShortfalls({ code: "ocop_out_of_stock" })).toBeNull()
    expect(stockShortfalls(null)).toBeNull()
  })
})
