import { vitePlugin as remix } from "@remix-run/dev"
import { writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"
import tsconfigPaths from "vite-tsconfig-paths"
import { crossOriginGuard } from "./server/cross-origin-guard.js"

// What every page loads: React, React DOM, Remix's runtime, Vite's preload helper, the
// i18n helper and error boundary the root imports, and the header, language switch and SEO
// helper that every app's layout uses (each was its own small chunk, gzip overhead and all,
// on every page). One chunk (manualChunks below), so that a
// page's dynamic import cannot make Rollup regroup them into smaller shared chunks.
const vendorModule =
  /\/node_modules\/(react|react-dom|scheduler|@remix-run\/react|@remix-run\/router|react-router|react-router-dom|turbo-stream)\/|vite\/preload-helper|\/app\/lib\/i18n\.ts$|\/app\/components\/error-boundary\.tsx$|\/app\/components\/ui\/(app-header|language-switch)\.tsx$|\/app\/lib\/seo\.ts$/

const buildDirectory = process.env.STOREFRONT_BUILD_DIR ?? "build"

const future = {
  v3_fetcherPersist: true,
  v3_relativeSplatPath: true,
  v3_throwAbortReason: true,
  // The page carries only its own routes' manifest, not every route's (2.8 KB gzip
  // of JavaScript on every page); links fetch the rest as they appear.
  v3_lazyRouteDiscovery: true,
  v3_singleFetch: false,
}

export default defineConfig({
  plugins: [
    remix({
      // The bundle budget test builds its own copy (scripts/bundle-budget.mjs), so it never
      // replaces the files a running storefront serves from build/.
      buildDirectory,
      future,
    }),
    // Without single fetch, Remix's browser runtime never decodes a turbo-stream, yet it
    // imports the decoder (1.5 KB gzip on every page): the browser build gets a stub.
    {
      name: "single-fetch-off",
      enforce: "pre",
      resolveId: (id, _importer, options) =>
        id === "turbo-stream" && !options?.ssr && !future.v3_singleFetch ? fileURLToPath(new URL("./app/lib/single-fetch-off.client.ts", import.meta.url)) : undefined,
    },
    tsconfigPaths(),
    // The same guard as server.js, so actions refuse foreign posts in development too.
    { name: "cross-origin-guard", configureServer: (server) => void server.middlewares.use(crossOriginGuard) },
    // Which React the build holds (NODE_ENV, "production" unless set): the bundle budget
    // reuses build/ only when it is a production build (scripts/bundle-budget.mjs).
    {
      name: "build-mode",
      apply: "build",
      closeBundle: () => writeFileSync(path.join(buildDirectory, "build-mode.txt"), `${process.env.NODE_ENV ?? "production"}\n`),
    },
  ],
  // conform's zod adapter must see the same zod instance as our schemas (the
  // workspace root holds another major version), so it is bundled, not required.
  resolve: { dedupe: ["zod"] },
  build: {
    // Kept after the build: the bundle budget test reads what each page loads from it.
    manifest: true,
    // Layouts await their messages at the top level (lib/i18n.ts loadMessages).
    target: "es2022",
    rollupOptions: {
      output: {
        // Without this rule Rollup groups modules by which entries import them: a dynamic
        // import (the card form, the suggestions popup) moved part of React, or the i18n
        // helper, into a chunk of its own, +0.2 to 1.1 KB on every page.
        manualChunks: (id) => (vendorModule.test(id) ? "vendor" : undefined),
      },
    },
  },
  // The plugin's taxonomy data (JSON) is bundled too: Node would not import it bare.
  ssr: { noExternal: ["zod", "@conform-to/zod", "@conform-to/dom", "@conform-to/react", "@ocop-market/medusa-plugin-ocop"] },
})
