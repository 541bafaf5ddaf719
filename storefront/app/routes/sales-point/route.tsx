import { Outlet } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"

export default function StaffConsoleLayout() {
  return (
    <div className="container portal staff-console">
      <Outlet />
    </div>
  )
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
