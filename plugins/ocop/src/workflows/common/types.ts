import type {
  IssuingLevel,
  LegalFramework,
} from "../../modules/certification/rules/legal-framework"
import type { CertificationStatus } from "../../modules/certification/rules/validity"
import type { ProducerType } from "../../modules/producer/rules/producer-types"

/** The writable fields of a certification, as workflows receive them. */
export type CertificationInput = {
  stars: number
  score?: number | null
  category_set?: string | null
  category_sector?: number
  decision_number?: string | null
  decision_date?: Date | null
  recognized_year?: number | null
  issuing_body?: string | null
  issuing_level?: IssuingLevel | null
  legal_framework?: LegalFramework | null
  evaluation_type?: "new" | "upgrade" | "re-evaluation" | null
  valid_from?: Date | null
  valid_until?: Date | null
  status?: CertificationStatus
  status_reason?: string | null
  certificate_number?: string | null
  certificate_scan_url?: string | null
  origin_address?: string | null
  origin_commune_code?: string | null
  origin_province_code: string
  origin_note?: string | null
  metadata?: Record<string, unknown> | null
}

/** The writable fields of a producer, as workflows receive them. */
export type ProducerInput = {
  handle?: string
  name: string
  type?: ProducerType | null
  registration_number?: string | null
  address?: string | null
  commune_code?: string | null
  province_code?: string | null
  email?: string | null
  phone?: string | null
  website?: string | null
  story?: string | null
  metadata?: Record<string, unknown> | null
}
