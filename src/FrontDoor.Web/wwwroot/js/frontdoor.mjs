// GOV.UK Frontend enhances the server-rendered markup; every page also works without JavaScript.
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js'

initAll()
