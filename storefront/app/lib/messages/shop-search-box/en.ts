import type { Message } from "../../i18n"
import type { vi } from "./vi"

// The search box's suggestion texts (see vi.ts), in English.
export const en: Record<keyof typeof vi, Message> = {
  "search.suggestions": "Product suggestions",
  "search.loading": "Searching…",
  "search.noSuggestions": "No suggestions for “{q}”. Press Enter for near matches.",
  "search.suggestionsError": "Suggestions are unavailable right now. Press Enter to search.",
  "search.suggestionCount": "{count} suggestions, use the up and down arrow keys to choose.",
  "search.seeAll": "See all results for “{q}”",
  "search.expired": "Certificate expired",
}
