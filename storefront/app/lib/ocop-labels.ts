import type { MessageKey, Translate } from "./i18n"
import type { IssuingLevel, OcopCertificateSummary, ProducerType } from "./ocop-types"

// Apart from lib/ocop.ts, which carries the criteria taxonomy (1.5 KB gzip): every
// product card shows the mark, and most pages need no category names.

/** Only a valid certificate of 3★ or more lets a product carry the OCOP mark. */
export function isCurrentOcop(cert: Pick<OcopCertificateSummary, "status" | "stars">): boolean {
  return cert.status === "active" && cert.stars >= 3
}

const producerTypeKeys: Record<ProducerType, MessageKey> = {
  household_business: "producerType.household_business",
  cooperative: "producerType.cooperative",
  cooperative_group: "producerType.cooperative_group",
  enterprise: "producerType.enterprise",
}

export function producerTypeLabel(type: ProducerType | null, t: Translate): string {
  return type ? t(producerTypeKeys[type]) : t("common.notRecorded")
}

const issuingLevelKeys: Record<IssuingLevel, MessageKey> = {
  district: "ocop.level.district",
  province: "ocop.level.province",
  central: "ocop.level.central",
}

export function issuingLevelLabel(level: IssuingLevel | null, t: Translate): string {
  return level ? t(issuingLevelKeys[level]) : t("common.notRecorded")
}
