// The shop's whole CSS as one string (Vite's `?inline`: processed and minified),
// for entry.server to write into every page's <head>. Imported by the server only:
// the browser reads it back from the page (components/page-styles.tsx).
import app from "~/styles/app.css?inline"
import experience from "~/components/experience/experience.css?inline"
import salesPoints from "~/routes/_shop.sales-points/sales-points.css?inline"

export const pageStyles = app + experience + salesPoints
