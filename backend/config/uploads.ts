/**
 * Where the File Module's local provider keeps uploads, and the path they are served
 * under. Not in static/: Medusa serves static/ itself, ahead of every middleware, so
 * it cannot add the headers that keep an uploaded file from running as a page
 * (src/api/uploads/[key]/route.ts serves these instead).
 */
// A dot folder: `medusa develop` restarts on every file written under its folder
// except static/, private/ and dot folders, and an upload must not restart the shop.
export const UPLOAD_DIR = ".uploads"
export const UPLOADS_PATH = "/uploads"
// Private files (e.g. Medusa Admin's product imports) are read back, never served.
export const PRIVATE_UPLOAD_DIR = ".private-uploads"
