// The console's parts that load after the page: the offline queue, the offline sale,
// the camera (decision 404). Pages import this door, which imports nothing itself, so
// a page's own code names one file instead of every file those parts use (Vite lists
// a dynamic import's dependencies at the call), and its JavaScript budget stays put.
export const loadQueuePanel = () => import("./offline/queue-panel")
export const loadOfflineSell = () => import("./offline/offline-sell")
export const loadCameraScan = () => import("./camera/camera-scan")
export const loadScanToChoose = () => import("./camera/scan-to-choose")
