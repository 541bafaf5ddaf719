// The storefront's HTTP server: remix-serve's setup (compression, immutable
// assets, public files, access log) plus the cross-origin guard in front of
// every action, which Remix 2 has no hook for (issue 14, 11b).
import { createRequestHandler } from "@remix-run/express"
import { installGlobals } from "@remix-run/node"
import compression from "compression"
import express from "express"
import morgan from "morgan"
import { crossOriginGuard } from "./server/cross-origin-guard.js"
import { sharedPageCache } from "./server/shared-page-cache.js"

process.env.NODE_ENV = process.env.NODE_ENV ?? "production"
const build = await import("./build/server/index.js")
installGlobals({ nativeFetch: build.future.v3_singleFetch })

const app = express()
app.disable("x-powered-by")
app.use(compression())
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }))
app.use(express.static("public", { maxAge: "1h" }))
app.use(morgan("tiny"))
app.use(crossOriginGuard)
// Anonymous pages the app marks shared are answered from memory for their max-age (15 s).
if (process.env.STOREFRONT_PAGE_CACHE !== "off") app.use(sharedPageCache())
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }))

const port = Number(process.env.PORT || 3000)
const onListen = () => console.log(`[storefront] http://localhost:${port}`)
const server = process.env.HOST ? app.listen(port, process.env.HOST, onListen) : app.listen(port, onListen)
for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => server.close(console.error))
