import { createRequire } from "node:module"
import path from "node:path"
import tsconfigPaths from "vite-tsconfig-paths"
import { defineConfig } from "vitest/config"

// @remix-run/react and @remix-run/testing each carry their own copy of react-router 6
// (the workspace root holds react-router 7): point both at @remix-run/react's copy so
// createRemixStub and the app share one router context.
const require = createRequire(import.meta.url)
const remixReact = path.dirname(require.resolve("@remix-run/react/package.json"))
const remixTesting = path.dirname(require.resolve("@remix-run/testing/package.json"))
const routerDir = (name: string) => path.join(remixReact, "node_modules", name)

// Unit and route tests beside the code (*.spec.ts / *.spec.tsx). Node by default;
// component specs opt into a DOM with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [tsconfigPaths()],
  // Same as the app build: conform's zod adapter must share our zod instance.
  resolve: {
    dedupe: ["zod"],
    alias: [
      { find: /^@remix-run\/react$/, replacement: path.join(remixReact, "dist/esm/index.js") },
      { find: /^@remix-run\/testing$/, replacement: path.join(remixTesting, "dist/esm/index.js") },
      { find: /^react-router$/, replacement: routerDir("react-router") },
      { find: /^react-router-dom$/, replacement: routerDir("react-router-dom") },
    ],
  },
  test: {
    include: ["app/**/*.spec.{ts,tsx}", "server/**/*.spec.ts", "scripts/**/*.spec.ts"],
    environment: "node",
    setupFiles: ["./vitest.setup.ts"],
    server: { deps: { inline: [/@conform-to/, /@remix-run\/(react|testing)/] } },
    env: { SESSION_SECRET: "test-secret" },
  },
})
