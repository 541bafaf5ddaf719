import lighthouse from "lighthouse"
import { launchChromium } from "./lib/lighthouse-audit.mjs"
import { writeFileSync } from "node:fs"
const url = process.argv[2]
const chrome = await launchChromium()
try {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], formFactor: "mobile" })
  writeFileSync(process.argv[3], JSON.stringify(lhr))
} finally { await chrome.kill() }
