import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    globals: true,
    include: ["src/**/*.spec.ts", "scripts/**/*.spec.ts"],
    environment: "node",
  },
})
