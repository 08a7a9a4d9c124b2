// The staff area adds MoJ Frontend's case-work components (sortable tables, filters) to GOV.UK Frontend's.
import { initAll as initGovukFrontend } from '/lib/govuk-frontend/govuk-frontend.min.js'
import { initAll as initMojFrontend } from '/lib/moj-frontend/moj-frontend.min.js'

initGovukFrontend()
initMojFrontend()
