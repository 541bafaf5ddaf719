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
})
