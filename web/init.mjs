// Starts GOV.UK Frontend's components (error summary focus, menus).
// Every page works without it.
import { initAll } from '/assets/govuk-frontend.min.js'
initAll()
