import { productionConfigProblems } from "./production-safety"

const safe = {
  NODE_ENV: "production",
  JWT_SECRET: "a".repeat(16) + "b".repeat(16) + "c",
  COOKIE_SECRET: "d".repeat(40),
  STORE_CORS: "https://shop.example.vn",
  ADMIN_CORS: "https://admin.example.vn",
  AUTH_CORS: "https://shop.example.vn,https://admin.example.vn",
  DATABASE_URL: "postgres://shop@db/ocop",
}

describe("production safety", () => {
  it("asks nothing outside production", () => {
    expect(productionConfigProblems({ NODE_ENV: "development" })).toEqual([])
    expect(productionConfigProblems({})).toEqual([])
  })

  it("accepts a production environment with its own secrets and origins", () => {
    expect(productionConfigProblems(safe)).toEqual([])
  })

  it.each([
    ["JWT_SECRET", undefined],
    ["JWT_SECRET", "supersecret"],
    ["COOKIE_SECRET", "short"],
    ["STORE_CORS", undefined],
    ["STORE_CORS", "*"],
    ["ADMIN_CORS", "https://admin.example.vn,*"],
    ["AUTH_CORS", undefined],
    ["DATABASE_URL", undefined],
  ])("names %s when it is %s", (name, value) => {
    const problems = productionConfigProblems({ ...safe, [name]: value })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^${name} `))
  })

  it("accepts a complete Viettel S-Invoice configuration and names what a partial one lacks", () => {
    const sinvoice = { SINVOICE_USERNAME: "0312345678", SINVOICE_PASSWORD: "p", SINVOICE_SUPPLIER_TAX_CODE: "0312345678" }
    expect(productionConfigProblems({ ...safe, ...sinvoice })).toEqual([])
    expect(productionConfigProblems({ ...safe, ...sinvoice, SINVOICE_PASSWORD: undefined })).toEqual([
      expect.stringMatching(/^SINVOICE_PASSWORD /),
    ])
    expect(productionConfigProblems({ ...safe, ...sinvoice, SINVOICE_SUPPLIER_TAX_CODE: undefined })).toEqual([
      expect.stringMatching(/^SINVOICE_SUPPLIER_TAX_CODE /),
    ])
    expect(productionConfigProblems({ ...safe, ...sinvoice, SINVOICE_API_URL: "http://api-vinvoice.viettel.vn" })).toEqual([
      expect.stringMatching(/^SINVOICE_API_URL /),
    ])
  })
})
