import type { OcopCertificateSummary } from "./ocop-types"

// Apart from lib/ocop.ts, which carries the criteria taxonomy (1.5 KB gzip): every
// product card shows the mark, and most pages with cards need no category names.

/** Only a valid certificate of 3★ or more lets a product carry the OCOP mark. */
export function isCurrentOcop(cert: Pick<OcopCertificateSummary, "status" | "stars">): boolean {
  return cert.status === "active" && cert.stars >= 3
}
