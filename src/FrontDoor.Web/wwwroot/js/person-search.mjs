// Type-ahead for Find a person. The page works without this: the form is a plain GET search.
// Suggestions are ordinary links in a list (not a listbox), so Enter in the box still searches and a link
// opens a person; a polite live region says how many were found. Arrow keys move between box and links.
const debounceMs = 250
const minimumLength = 2
const suggestionCount = 8

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

function describe (person) {
  const parts = []
  if (person.formerFamilyName) parts.push(`formerly ${person.formerFamilyName}`)
  if (person.dateOfBirth) parts.push(`born ${longDate.format(new Date(`${person.dateOfBirth}T00:00:00Z`))}`)
  if (person.postcode) parts.push(person.postcode)
  parts.push(person.matchStrength)
  parts.push(person.allocation.summary)
  return parts.join(' · ')
}

function suggestionItem (person) {
  const item = document.createElement('li')
  item.className = 'frontdoor-person-search__suggestion'
  const link = document.createElement('a')
  link.className = 'govuk-link'
  // Never the search text in the address: it would stay in browser history and proxy logs.
  link.href = `${person.url}?from=search`
  link.dataset.testid = 'person-suggestion'
  link.textContent = person.name
  const detail = document.createElement('span')
  detail.className = 'govuk-body-s frontdoor-person-search__detail'
  detail.textContent = describe(person)
  item.append(link, detail)
  return item
}

function enhance (container) {
  const input = container.querySelector('input')
  const list = container.querySelector('ul')
  const status = container.querySelector('[role="status"]')
  const api = container.dataset.api
  let timer
  let inFlight

  const links = () => [...list.querySelectorAll('a')]
  const hide = () => { list.hidden = true; list.replaceChildren() }

  async function suggest () {
    const query = input.value.trim()
    inFlight?.abort()
    if (query.length < minimumLength) {
      hide()
      status.textContent = ''
      return
    }

    inFlight = new AbortController()
    try {
      const response = await fetch(`${api}?q=${encodeURIComponent(query)}&max=${suggestionCount}`, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        signal: inFlight.signal
      })
      if (!response.ok) { hide(); return }
      const results = await response.json()
      list.replaceChildren(...results.people.map(person => suggestionItem(person)))
      list.hidden = results.people.length === 0
      status.textContent = results.people.length === 0
        ? 'No people found'
        : `${results.people.length} ${results.people.length === 1 ? 'person' : 'people'} found, best match first. Press the down arrow to choose, or Enter to search.`
    } catch (error) {
      if (error.name !== 'AbortError') hide()
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(suggest, debounceMs)
  })

  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown' && !list.hidden && links().length > 0) {
      event.preventDefault()
      links()[0].focus()
    } else if (event.key === 'Escape') {
      hide()
    }
  })

  list.addEventListener('keydown', event => {
    const all = links()
    const at = all.indexOf(document.activeElement)
    if (event.key === 'ArrowDown' && at < all.length - 1) {
      event.preventDefault()
      all[at + 1].focus()
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      if (at > 0) all[at - 1].focus()
      else input.focus()
    } else if (event.key === 'Escape') {
      hide()
      input.focus()
    }
  })
}

document.querySelectorAll('[data-module="frontdoor-person-search"]').forEach(enhance)
