import { describe, expect, it } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { ProducerBankAccountForm } from "./producer-bank-account-schema.server"
import { action } from "./route"

const post = async (fields: Record<string, string>) => {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  const request = new Request("http://shop.test/producer/profile", { method: "POST", body, headers: { cookie: await producerCookie() } })
  return action({ request, params: {}, context: {} })
}

type Reply = { error?: Record<string, string[]> }

describe("POST /producer/profile", () => {
  it("names an empty producer name and a phone that is not a phone number before anything is sent", async () => {
    const response = await post({ name: "  ", phone: "gọi tôi" })
    expect(response.status).toBe(400)
    const { result } = (await response.json()) as { result: Reply }
    expect(result.error).toEqual({ name: ["producerPortal.errors.name"], phone: ["errors.phone"] })
  })
})

describe("POST /producer/profile (intent bank-account: the payout account)", () => {
  it("refuses a bank that is not a BIN, an account number with letters out of place and a name with digits, next to each field, before anything is sent", async () => {
    const response = await post({ intent: "bank-account", bank_bin: "Vietcombank", account_number: "12-ab#", account_name: "Lan 2" })
    expect(response.status).toBe(400)
    const { bankResult } = (await response.json()) as { bankResult: Reply }
    expect(bankResult.error).toEqual({
      bank_bin: ["producerPortal.bank.errors.bank"],
      account_number: ["producerPortal.bank.errors.accountNumber"],
      account_name: ["producerPortal.bank.errors.accountName"],
    })
  })

  it("asks for each missing field, and leaves the profile form's fields alone", async () => {
    const response = await post({ intent: "bank-account" })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { bankResult: Reply; result?: unknown }
    expect(body.result).toBeUndefined()
    expect(Object.keys(body.bankResult.error ?? {}).sort()).toEqual(["account_name", "account_number", "bank_bin"])
  })
})

describe("the payout account form's rules", () => {
  it("takes an account number written in groups as the bank's digits, and keeps diacritics in the holder's name", () => {
    expect(
      ProducerBankAccountForm.parse({ bank_bin: "970436", account_number: " 0071 0001.23456 ", account_name: " Nguyễn Thị Lan " })
    ).toEqual({ bank_bin: "970436", account_number: "0071000123456", account_name: "Nguyễn Thị Lan" })
  })
})
