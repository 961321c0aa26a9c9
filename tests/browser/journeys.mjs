// End-to-end journeys in Debian's Chromium, driven by playwright-core:
// the real server over the arrangement of tests/web/fixture.sh, people
// signing in by the link in their email (read from the outbox), forms
// filled and sent as a person would.  Every page visited is checked
// with axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) and photographed
// into tests/out/.
//
// usage: ALLIANCE=build/alliance node tests/browser/journeys.mjs
import { chromium } from 'playwright-core'
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHmac } from 'node:crypto'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const ALLIANCE = process.env.ALLIANCE
if (!ALLIANCE) { console.error('set ALLIANCE'); process.exit(2) }
const out = join(root, 'tests', 'out')
mkdirSync(out, { recursive: true })
const dir = mkdtempSync(join(tmpdir(), 'alliance-browser.'))
const db = join(dir, 'web.db')
execFileSync('sh', [join(here, '..', 'web', 'fixture.sh'), db], { env: { ...process.env, ALLIANCE } })
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')

let passed = 0
let failed = 0
const check = (name, cond, detail = '') => {
  if (cond) { passed++; console.log(`ok - ${name}`) } else { failed++; console.log(`not ok - ${name} ${detail}`) }
}

let server = null
let meetingUrlSaved = ''
let runoff = ''
let base = ''
async function startServer (now, dbPath = db) {
  const portFile = join(dir, 'port')
  rmSync(portFile, { force: true })
  server = spawn(ALLIANCE, ['--db', dbPath, 'serve', '--listen', '127.0.0.1:0', '--every', '0', '--port-file', portFile],
    { env: { ...process.env, ALLIANCE_NOW: now }, stdio: ['ignore', 'ignore', 'inherit'] })
  for (let i = 0; i < 200 && !existsSync(portFile); i++) await new Promise(r => setTimeout(r, 50))
  await new Promise(r => setTimeout(r, 50))
  base = `http://127.0.0.1:${readFileSync(portFile, 'utf8').trim()}`
}
async function stopServer () {
  const done = new Promise(r => server.on('exit', code => r(code)))
  server.kill('SIGTERM')
  return done
}
const sql = q => execFileSync('sqlite3', [db, q]).toString().trim()
const cli = (now, ...args) => execFileSync(ALLIANCE, ['--db', db, ...args], { env: { ...process.env, ALLIANCE_NOW: now } }).toString()

// Every page passes axe-core and is photographed.
let shot = 0
async function audit (page, name) {
  await page.addScriptTag({ content: axeSource })
  const res = await page.evaluate(async () => await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
  }))
  const v = res.violations.map(x => `${x.id}: ${x.nodes.map(n => n.target.join(' ')).join(', ')}`)
  check(`axe: ${name} has no violations`, v.length === 0, v.join('; '))
  shot++
  await page.screenshot({ path: join(out, `${String(shot).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: true })
}

async function signIn (page, email) {
  await page.goto(`${base}/sign-in`)
  await page.fill('#email', email)
  await page.click('text=Email me a sign-in link')
  await page.waitForSelector('h1:has-text("Check your email")')
  const body = sql(`SELECT body_text FROM outbox WHERE kind = 'sign-in' AND recipient = '${email}' ORDER BY id DESC LIMIT 1`)
  const link = body.match(/\/sign-in\/[A-Za-z0-9_-]{43}/)[0]
  await page.goto(base + link)
  await page.click('text=Continue to sign in')
  await page.waitForURL(`${base}/me`)
}

// The officers' authenticator app: TOTP codes (RFC 6238, HMAC-SHA1, 30
// seconds, 6 digits) from a base32 secret.  The server accepts each
// step once, so each code is of a step after the last one given.
const base32 = s => {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const bytes = []
  let bits = 0
  let v = 0
  for (const ch of s.replace(/[\s=]/g, '').toUpperCase()) {
    v = ((v << 5) | abc.indexOf(ch)) & 0xffff
    bits += 5
    if (bits >= 8) { bytes.push((v >>> (bits - 8)) & 255); bits -= 8 }
  }
  return Buffer.from(bytes)
}
const totpAt = (secret, step) => {
  const msg = Buffer.alloc(8)
  msg.writeBigUInt64BE(BigInt(step))
  const h = createHmac('sha1', base32(secret)).update(msg).digest()
  const o = h[19] & 15
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, '0')
}
const lastStep = new Map()
async function nextCode (secret) {
  const last = lastStep.get(secret) ?? -Infinity
  while (Math.floor(Date.now() / 30000) + 1 <= last) await new Promise(r => setTimeout(r, 1000))
  // The step before now only early in a step: the server reads its
  // clock a moment later.
  const t = Math.floor(Date.now() / 1000)
  const now = Math.floor(t / 30)
  const step = Math.max(t % 30 < 25 ? now - 1 : now, last + 1)
  lastStep.set(secret, step)
  return totpAt(secret, step)
}
// tests/web/fixture.sh gives Olive Officer this secret; the officers of
// the other arrangements set theirs up at their first sign-in.
const secrets = new Map([['olive@sus.example.org', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP']])

// Officers sign in with their password and a code.
async function signInOfficer (page, email) {
  await page.goto(`${base}/sign-in`)
  await page.click('text=Officers: sign in with a password')
  await page.fill('#officer-email', email)
  await page.fill('#password', 'correct horse battery staple')
  if (secrets.has(email)) await page.fill('#code', await nextCode(secrets.get(email)))
  await page.click('form[action="/sign-in-password"] button')
  if (!secrets.has(email)) {
    await page.waitForURL(`${base}/two-factor`)
    check('the set-up page shows the secret as a QR code',
      (await page.locator('img[src^="data:image/svg+xml;base64,"]').count()) === 1)
    await audit(page, 'officer second factor set-up')
    const secret = (await page.textContent('#totp-secret')).replace(/\s/g, '')
    secrets.set(email, secret)
    await page.fill('#code', await nextCode(secret))
    await page.click('button:has-text("Confirm and continue")')
  }
  await page.waitForURL(`${base}/officer`)
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] })
// bypassCSP lets the test inject axe; the pages themselves run none inline.
const person = async () => (await browser.newContext({ bypassCSP: true })).newPage()

try {
  await startServer('2025-06-25T12:00')

  // The public pages, and the keyboard: the first Tab reaches the skip link.
  {
    const page = await person()
    for (const [path, name] of [['/', 'home'], ['/forums', 'forums'], ['/representatives', 'representatives'], ['/members', 'members'], ['/meetings', 'meetings'], ['/sign-in', 'sign-in']]) {
      await page.goto(base + path)
      await audit(page, `public ${name}`)
    }
    await page.goto(base + '/')
    await page.keyboard.press('Tab')
    check('keyboard: the first Tab focuses "Skip to main content"',
      await page.evaluate(() => document.activeElement.textContent.trim()) === 'Skip to main content')
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
    check('not GOV.UK: no GDS Transport font', !/GDS Transport/i.test(font), font)
    check('not GOV.UK: no crown in the header', (await page.locator('.govuk-header__logotype, svg.govuk-footer__crown').count()) === 0)
  }

  // SC-annual, MC-chair: the annual report from live data, its charts
  // as accessible inline SVG, and the same report as a PDF.
  {
    const page = await person()
    await page.goto(base + '/')
    await page.click('text=Annual reports')
    await audit(page, 'public annual reports')
    await page.click('text=Annual report 2025')
    await page.waitForSelector('h1:has-text("annual report 2025")')
    await audit(page, 'public annual report 2025')
    check('SC-annual the charts are images with a title',
      (await page.locator('svg[role="img"] > title').count()) >= 2)
    const held = await page.locator('#chart-meetings table tr:has(th:has-text("Southwest Staffordshire")) td').first().textContent()
    check('SA-6.2 the chart\'s table shows the meetings held', held === '0', held)
    check('SA-8.4 the poll is in the report', (await page.textContent('main')).includes('Endorse the winter letter'))
    check('MC-chair the chair who presents it', (await page.textContent('main')).includes('Presented by Garry Jones'))
    const pdf = await page.request.get(base + '/reports/annual/2025.pdf')
    const bytes = await pdf.body()
    check('SC-annual the PDF', pdf.headers()['content-type'] === 'application/pdf' && bytes.subarray(0, 5).toString() === '%PDF-',
      pdf.headers()['content-type'])
    writeFileSync(join(out, 'annual-report-2025.pdf'), bytes)
  }

  // SA-3.2, SA-15.1: a member signs the declaration.
  {
    const page = await person()
    await signIn(page, 'asha@bct.example.org')
    await audit(page, 'member my organisation before signing')
    check('SA-3.2 pending until signed', (await page.textContent('main')).includes('pending'))
    await page.click('text=Sign the agreement for your organisation')
    await audit(page, 'member declaration form')
    await page.fill('#role', '')
    await page.fill('#date-day', '20')
    await page.fill('#date-month', '6')
    await page.fill('#date-year', '2025')
    await page.check('#authority')
    await page.click('button:has-text("Sign the agreement")')
    check('SA-15.1 the missing role is named in the error summary',
      (await page.textContent('.govuk-error-summary')).includes('role'))
    check('SA-15.1 the values typed are kept', await page.inputValue('#date-day') === '20')
    await audit(page, 'member declaration error')
    await page.click('.govuk-error-summary a')
    check('the error summary link moves focus to the field', await page.evaluate(() => document.activeElement.id) === 'role')
    await page.fill('#role', 'Chief Officer')
    await page.click('button:has-text("Sign the agreement")')
    await page.waitForSelector('.govuk-notification-banner')
    check('SA-3.2 the membership is active once signed', (await page.textContent('main')).includes('active'))
    await audit(page, 'member signed')
  }

  // SA-8.4, SA-E2.2: a member votes in a poll and an election, with a receipt.
  {
    const page = await person()
    await signIn(page, 'lead@ww.example.org')
    check('the open poll and election are listed', (await page.locator('text=Open for your vote').count()) === 1)
    await page.click('text=Poll: Endorse the winter letter')
    await audit(page, 'member poll')
    await page.click('button:has-text("Continue")')
    check('a vote without a choice is refused', (await page.textContent('.govuk-error-summary')).includes('Select for, against or abstain'))
    await page.check('#choice')
    await page.click('button:has-text("Continue")')
    check('SA-8.4 the vote is checked before it is cast', await page.textContent('#your-vote') === 'For')
    await audit(page, 'member poll check')
    await page.click('button:has-text("Cast the vote")')
    check('SA-8.4 the vote is recorded', (await page.textContent('.govuk-panel')).includes('Vote recorded'))
    await audit(page, 'member poll recorded')
    await page.goto(`${base}/elections/1`)
    await audit(page, 'member election ballot')
    await page.check('label:has-text("Lead cc")')
    await page.click('button:has-text("Continue")')
    check('SA-E2.2 the choice is checked before it is cast', (await page.textContent('h1')).includes('Check your organisation\'s ballot'))
    await audit(page, 'member ballot check')
    await page.click('button:has-text("Cast the ballot")')
    const receipt = (await page.textContent('.alliance-receipt')).trim()
    check('SA-E2.2 a receipt of 16 hex digits is shown', /^[0-9a-f]{16}$/.test(receipt), receipt)
    await audit(page, 'member ballot receipt')
    await page.goto(`${base}/elections/1`)
    check('SA-E2.2 one ballot per organisation: no second ballot form', (await page.locator('button:has-text("Continue"), button:has-text("Cast the ballot")').count()) === 0)
  }

  // SA-3.1-assoc, SA-E2.1: an associate cannot see the ballot.
  {
    const page = await person()
    await signIn(page, 'ian.board@example.org')
    check('SA-3.1-assoc the associate is told it does not vote', (await page.textContent('main')).includes('Does not vote'))
    check('SA-E2.1 no ballot listed for the associate', (await page.locator('text=Open for your vote').count()) === 0)
    await audit(page, 'associate my organisation')
    const res = await page.goto(`${base}/elections/1`)
    check('SA-E2.1 the ballot page is not there for an associate', res.status() === 404)
    check('no candidate is shown to the associate', !(await page.textContent('main')).includes('Lead cc'))
  }

  // The keyboard alone: a member votes in a poll without a mouse.
  {
    const page = await person()
    await signIn(page, 'lead@cc.example.org')
    await page.goto(`${base}/polls/1`)
    let reached = false
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement.id) === 'choice'
    }
    check('keyboard: Tab reaches the first choice', reached)
    await page.keyboard.press('ArrowDown')
    check('keyboard: the arrow keys move between choices', await page.evaluate(() => document.activeElement.id) === 'against')
    await page.keyboard.press('Tab')
    check('keyboard: Tab reaches the button', (await page.evaluate(() => document.activeElement.textContent.trim())) === 'Continue')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#your-vote')
    await page.keyboard.press('Tab')
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement.textContent.trim())) !== 'Cast the vote'; i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForSelector('.govuk-panel')
    check('keyboard: the vote is cast with Enter', (await page.textContent('.govuk-panel')).includes('voted against'))
  }

  // An officer imports a CSV with errors: each reported by line, nothing imported.
  {
    const page = await person()
    await signInOfficer(page, 'olive@sus.example.org')
    await audit(page, 'officer home')
    const csv = join(dir, 'orgs.csv')
    writeFileSync(csv, 'name,short_name,sector,identifier\nLichfield Lunch Club,llc,vcse,GB-CHC-1234567\nNo Sector Trust,nst,,\nBad Id Trust,bit,vcse,GB-XYZ-1\n')
    const before = sql('SELECT count(*) FROM organisation')
    await page.click('text=Import organisations or people from a CSV file')
    await audit(page, 'officer import form')
    await page.setInputFiles('#file', csv)
    await page.click('button:has-text("Check and import")')
    const report = await page.textContent('main')
    const lines = (await page.locator('#problems tbody th').allTextContents()).join(',')
    check('the import reports each problem by its line', report.includes('Nothing was imported') && lines === '3,4', lines)
    check('nothing was imported', sql('SELECT count(*) FROM organisation') === before)
    await audit(page, 'officer import report')
    await page.goto(`${base}/officer/organisations`)
    await page.fill('#name', 'Lichfield Lunch Club')
    await page.check('#sector')
    await page.fill('#identifier', 'GB-CHC-12')
    await page.click('button:has-text("Add the organisation")')
    check('a bad identifier is refused, naming the field', await page.getAttribute('.govuk-error-summary a', 'href') === '#identifier')
    check('the name typed is kept', await page.inputValue('#name') === 'Lichfield Lunch Club')
    await audit(page, 'officer organisation error')
    await page.fill('#identifier', 'GB-CHC-1234567')
    await page.click('button:has-text("Add the organisation")')
    check('the organisation is added', (await page.textContent('main')).includes('Lichfield Lunch Club') && (await page.locator('.govuk-notification-banner').count()) === 1)
    await page.goto(`${base}/officer/people`)
    await page.fill('#name', 'Second Officer')
    await page.fill('#email', 'second@sus.example.org')
    await page.fill('#organisation', 'Support Staffordshire')
    await page.check('#officer')
    await page.click('button:has-text("Add the person")')
    check('an officer is added as a person and a user at once', sql("SELECT u.officer FROM app_user u JOIN person p ON p.id = u.person_id WHERE p.email = 'second@sus.example.org'") === '1')
    await audit(page, 'officer people')
    await page.goto(`${base}/officer/constitution`)
    check('the constitution shows its settings with rule ids', (await page.textContent('main')).includes('SA-9.3'))
    await audit(page, 'officer constitution')
    await page.goto(`${base}/officer/positions`)
    await page.selectOption('#position', { label: 'Primary Care' })
    await page.fill('#appoint-person', 'Nobody Here')
    await page.click('button:has-text("Appoint")')
    check('an unknown person is refused, naming the field', await page.getAttribute('.govuk-error-summary a', 'href') === '#appoint-person', await page.getAttribute('.govuk-error-summary a', 'href'))
    await audit(page, 'officer appoint error')
    await page.fill('#appoint-person', 'Lead ww')
    await page.check('#interim')
    await page.click('button:has-text("Appoint")')
    await page.waitForSelector('.govuk-notification-banner')
    await page.goto(`${base}/representatives`)
    const rep = await person()
    await signIn(rep, 'lead@ww.example.org')
    check('SA-9.1 the representative sees the position they hold', (await rep.textContent('main')).includes('Primary Care'))
    check('SA-9.1 appendix C shows the new interim representative', (await page.textContent('tr:has-text("Primary Care")')).includes('Lead ww (ww) (interim)'), await page.textContent('tr:has-text("Primary Care")'))
    await page.goto(`${base}/officer/positions`)
    await page.fill('#role-person', 'lead@bb.example.org')
    await page.selectOption('#role', { label: 'Named contact' })
    await page.click('button:has-text("Give the role")')
    check('a person is given a role', sql("SELECT count(*) FROM person_role r JOIN person p ON p.id = r.person_id WHERE p.email = 'lead@bb.example.org' AND r.role = 'contact'") === '1')
  }

  // SA-6.4, SA-10.2: a chair schedules a meeting, builds the agenda and
  // circulates it a week ahead; the meeting itself is run below, on its day.
  {
    const page = await person()
    await signIn(page, 'lead@ww.example.org')
    await page.click('text=Southwest Staffordshire VCSE Healthy Communities Forum >> nth=-1')
    await page.waitForURL(`${base}/groups/southwest`)
    await audit(page, 'chair group dashboard')
    await page.fill('#date-day', '2')
    await page.fill('#end', '12:00')
    await page.click('button:has-text("Schedule the meeting")')
    const wrong = await page.locator('.govuk-error-summary a').evaluateAll(as => as.map(a => `${a.getAttribute('href')} ${a.textContent}`))
    check('every field at fault is in the summary, in the form\'s own terms, linked to it',
      wrong.join('|') === '#date-month The date and time the meeting starts must include a month, a year and a time|#place Enter where the meeting is held', wrong.join('|'))
    await page.click('.govuk-error-summary a >> nth=0')
    check('the first link moves focus to the month', await page.evaluate(() => document.activeElement.id) === 'date-month')
    check('the values typed are kept', await page.inputValue('#date-day') === '2')
    await page.fill('#date-month', '7')
    await page.fill('#date-year', '2025')
    await page.fill('#date-time', '10am')
    await audit(page, 'chair schedule error')
    await page.fill('#place', 'Codsall Village Hall')
    await page.click('button:has-text("Schedule the meeting")')
    await page.waitForSelector('.govuk-notification-banner')
    const meetingUrl = page.url().replace(/\?.*$/, '')
    check('SA-6.4 the agenda opens with the mandatory items', (await page.locator('.govuk-tag:has-text("Required")').count()) === 8)
    await page.fill('#title', 'Sector position on the ICB bid')
    await page.check('#vcse-only')
    await page.click('button:has-text("Add the item")')
    await page.waitForSelector('.govuk-notification-banner')
    await page.click('button:has-text("Circulate the agenda")')
    check('SA-10.2 the agenda is circulated', (await page.textContent('.govuk-notification-banner')).includes('circulated'))
    check('SA-10.2 the agenda went out by email', Number(sql("SELECT count(*) FROM outbox WHERE kind = 'agenda'")) > 0)
    meetingUrlSaved = new URL(meetingUrl).pathname
    const kyt = await person()
    await signIn(kyt, 'lead@kyt.example.org')
    await kyt.goto(meetingUrl)
    check('SA-3.1-assoc members see the VCSE-only item', (await kyt.textContent('main')).includes('Sector position on the ICB bid (VCSE members only)'))
    await kyt.selectOption('#interest-item', { label: '9. Sector position on the ICB bid' })
    await kyt.fill('#nature', 'Kinver Youth Trust is a partner in the bid')
    await kyt.click('button:has-text("Declare the interest")')
    check('SA-11.2 a member declares an interest', (await kyt.textContent('.govuk-notification-banner')).includes('register'))
    await audit(kyt, 'member meeting page')
    const icb = await person()
    await signIn(icb, 'ian.board@example.org')
    await icb.goto(meetingUrl)
    check('SA-3.1-assoc the associate does not see the VCSE-only item', !(await icb.textContent('main')).includes('Sector position on the ICB bid'))
  }

  // SA-8.4, SA-9.3: the chair opens a poll and seeks nominations; a
  // member stands, and an incomplete nomination is refused.
  {
    const page = await person()
    await signIn(page, 'lead@ww.example.org')
    await page.goto(`${base}/groups/southwest`)
    await page.fill('#poll-text', 'Adopt the forum work plan')
    // London's time, typed as people write it; kept in UTC.
    await page.fill('#poll-opens-day', '25'); await page.fill('#poll-opens-month', '6'); await page.fill('#poll-opens-year', '2025')
    await page.fill('#poll-opens-time', '1pm')
    await page.fill('#poll-closes-day', '28'); await page.fill('#poll-closes-month', '6'); await page.fill('#poll-closes-year', '2025')
    await page.fill('#poll-closes-time', '5pm')
    await page.click('button:has-text("Open the poll")')
    check('SA-8.4 the chair\'s 5pm in June is kept as 16:00 UTC', sql("SELECT closes FROM motion WHERE body = 'Adopt the forum work plan'") === '2025-06-28T16:00')
    check('SA-8.4 the chair opens a poll', (await page.textContent('.govuk-notification-banner')).includes('poll is open'))
    await page.check('#el-office')
    await page.fill('#el-closes-day', '10')
    await page.fill('#el-closes-month', '7')
    await page.fill('#el-closes-year', '2025')
    await page.click('button:has-text("Seek nominations")')
    check('SA-9.3 a window under three weeks without a reason is refused', (await page.textContent('.govuk-error-summary')).includes('21'), await page.textContent('.govuk-error-summary'))
    await audit(page, 'chair nominations error')
    await page.fill('#el-closes-day', '20')
    await page.click('button:has-text("Seek nominations")')
    check('SA-9.3 nominations are sought', (await page.textContent('.govuk-notification-banner')).includes('Nominations are open'))
    const member = await person()
    await signIn(member, 'lead@bb.example.org')
    await member.click('text=Stand for chair')
    await audit(member, 'member nomination form')
    await member.fill('#details', 'Lead bb, Brewood Befrienders')
    await member.fill('#why', 'To serve the forum')
    await member.fill('#interests', 'none')
    await member.check('#guidance')
    await member.click('button:has-text("Send the nomination")')
    check('SA-9.3 an incomplete nomination names what is missing', (await member.textContent('.govuk-error-summary')).includes('skills'))
    check('the nomination typed is kept', await member.inputValue('#why') === 'To serve the forum')
    await member.fill('#skills', 'Chairing, partnership work')
    await member.click('button:has-text("Send the nomination")')
    check('SA-9.3 the nomination is recorded', (await member.textContent('.govuk-notification-banner')).includes('nomination is recorded'))
  }

  // SA-E2.2: a tie at the top goes to a run-off, voted in the browser.
  {
    const page = await person()
    await signIn(page, 'lead@pp.example.org')
    await page.goto(`${base}/elections/1`)
    await page.check('label:has-text("Lead kyt")')
    await page.click('button:has-text("Continue")')
    await page.click('button:has-text("Cast the ballot")')
    check('pp cast its ballot', (await page.locator('.alliance-receipt').count()) === 1)
    check('the server stops cleanly on SIGTERM', await stopServer() === 0)
    await startServer('2025-07-01T09:00')
    const chair = await person()
    await signIn(chair, 'lead@ww.example.org')
    await chair.goto(`${base}/elections/1/manage`)
    await audit(chair, 'chair election to count')
    await chair.click('button:has-text("Count the ballots")')
    check('SA-E2.2 the count is a tie', (await chair.textContent('#status')).includes('tied'), await chair.textContent('#status'))
    runoff = sql('SELECT id FROM election WHERE previous_id = 1 AND round = 2')
    check('SA-E2.2 a run-off round is opened', runoff !== '')
    await chair.goto(`${base}/elections/${runoff}/manage`)
    await chair.fill('#opens-day', '2'); await chair.fill('#opens-month', '7'); await chair.fill('#opens-year', '2025')
    await chair.fill('#opens-time', '9am')
    await chair.fill('#closes-day', '4'); await chair.fill('#closes-month', '7'); await chair.fill('#closes-year', '2025')
    await chair.fill('#closes-time', '17:00')
    await chair.click('button:has-text("Open the ballot")')
    check('the chair opens the run-off ballot', (await chair.textContent('.govuk-notification-banner')).includes('ballot is open'))
    await stopServer()
    await startServer('2025-07-03T09:00')
    const voter = await person()
    await signIn(voter, 'lead@kyt.example.org')
    check('the run-off is open to vote', (await voter.locator(`a[href="/elections/${runoff}"]`).count()) === 1)
    await voter.goto(`${base}/elections/${runoff}`)
    const names = await voter.locator('.govuk-radios__label').allTextContents()
    check('SA-E2.2 the run-off is between the tied candidates only', names.map(s => s.trim()).sort().join(',') === 'Lead cc,Lead kyt', names.join(','))
    await audit(voter, 'member run-off ballot')
    await voter.check('label:has-text("Lead kyt")')
    await voter.click('button:has-text("Continue")')
    await voter.click('button:has-text("Cast the ballot")')
    check('the run-off ballot gets a receipt', (await voter.locator('.alliance-receipt').count()) === 1)
  }
  // SA-8.2, SA-8.1, SA-10.3: after the meeting, the chair records attendance
  // with the quorum shown live, a decision, and publishes the notes.
  {
    const page = await person()
    await signIn(page, 'lead@ww.example.org')
    const meetingUrl = base + meetingUrlSaved
    await page.goto(meetingUrl)
    check('SA-8.2 not quorate before anyone is recorded', (await page.textContent('#quorum')).includes('Not quorate'))
    // SA-6.3: the whole register in one form, one submit.
    await page.click('button:has-text("Save the register")')
    check('an empty register is refused, linked to it', await page.getAttribute('.govuk-error-summary a', 'href') === '#register')
    for (const org of ['Wombourne Wellbeing', 'Codsall Carers', 'Kinver Youth Trust', 'Penkridge Pantry']) {
      await page.check(`#att-${sql(`SELECT id FROM organisation WHERE name = '${org}'`)}-present`)
    }
    await page.check(`#att-${sql("SELECT id FROM organisation WHERE name = 'Brewood Befrienders'")}-apologies`)
    await page.click('button:has-text("Save the register")')
    check('SA-6.3 the register is recorded at once', (await page.textContent('.govuk-notification-banner')).includes('Attendance recorded for 5 organisations.'))
    check('SA-8.2 the quorum is shown live once enough are present', (await page.textContent('#quorum')).includes('Quorate'), await page.textContent('#quorum'))
    check('SA-8.2 present, needed and members, each named', await page.textContent('#quorum-present') === '4' && Number(await page.textContent('#quorum-members')) >= 7,
      await page.textContent('#quorum'))
    await audit(page, 'chair running the meeting')
    check('SA-11.2 the interest is in the register the chair sees', (await page.textContent('main')).includes('Kinver Youth Trust is a partner in the bid'))
    await page.selectOption('#motion-item', { label: '3. Action log/tracker' })
    await page.fill('#motion', 'Adopt the action log as circulated')
    await page.click('button:has-text("Put to the vote")')
    await page.waitForSelector('.govuk-notification-banner')
    for (const [org, choice] of [['Wombourne Wellbeing', 'for'], ['Codsall Carers', 'for'], ['Penkridge Pantry', 'against']]) {
      await page.selectOption('#voter', { label: org })
      await page.check(choice === 'for' ? '#choice' : `#choice-${choice}`)
      await page.click('button:has-text("Record the vote")')
      await page.waitForSelector('.govuk-notification-banner')
    }
    await page.selectOption('#voter', { label: 'Codsall Carers' })
    await page.click('button:has-text("Record the vote")')
    check('SA-8.3 one vote per organisation: a second is refused', (await page.textContent('.govuk-error-summary')).includes('already'), await page.textContent('.govuk-error-summary'))
    await page.click('button:has-text("Close the vote and count")')
    await page.waitForSelector('.govuk-notification-banner')
    check('SA-8.3 carried by a simple majority of votes cast', (await page.textContent('main')).includes('Adopt the action log as circulated (carried)'))
    await page.selectOption('#item', { label: '9. Sector position on the ICB bid' })
    await page.fill('#decision', 'The forum supports the bid, with the changes discussed')
    await page.click('button:has-text("Record the decision")')
    await page.waitForSelector('.govuk-notification-banner')
    check('SA-8.1 the decision is recorded', (await page.textContent('main')).includes('The forum supports the bid'))
    await page.fill('#notes', 'Present: four member organisations.\nThe forum supports the bid.')
    await page.click('button:has-text("Save the notes")')
    await page.waitForSelector('button:has-text("Publish the notes")')
    await page.check('#visibility-public')
    await page.click('button:has-text("Publish the notes")')
    await page.waitForSelector('.govuk-notification-banner')
    await audit(page, 'chair notes published')
    const reader = await person()
    await reader.goto(meetingUrl)
    check('SA-10.3 the public reads the published notes', (await reader.textContent('main')).includes('The forum supports the bid'))
    check('SA-3.1-assoc the public does not see the VCSE-only item', !(await reader.textContent('main')).includes('Sector position on the ICB bid'))
    await audit(reader, 'public meeting notes')
  }

  // SA-8.4: the chair counts the poll after it closes; SA-13.2: a
  // suspended member's people read but do not vote.
  {
    const page = await person()
    await signIn(page, 'lead@ww.example.org')
    await page.goto(`${base}/groups/southwest`)
    await page.click('button:has-text("Close and count") >> nth=0')
    check('SA-8.4 the closed poll is counted', (await page.textContent('.govuk-notification-banner')).includes('counted'))
    await page.selectOption('#ms-organisation', { label: 'Penkridge Pantry' })
    await page.check('#ms-status')
    await page.click('button:has-text("Record the change")')
    check('SA-13.2 a suspension needs a reason', (await page.textContent('.govuk-error-summary')).toLowerCase().includes('reason'))
    check('the error links to the reason field', await page.getAttribute('.govuk-error-summary a', 'href') === '#ms-reason')
    await page.fill('#ms-reason', 'Breach of the principles of co-operation (SA-13.1)')
    await page.click('button:has-text("Record the change")')
    check('SA-13.2 the suspension is recorded', (await page.textContent('.govuk-notification-banner')).includes('membership change'))
    check('SA-13.1 the organisation is written to', Number(sql("SELECT count(*) FROM outbox WHERE recipient = 'lead@pp.example.org' AND subject LIKE '%uspen%'")) > 0)
    await audit(page, 'chair membership changed')
    const member = await person()
    await signIn(member, 'lead@pp.example.org')
    check('SA-13.2 the suspended member reads its status', (await member.textContent('main')).includes('suspended'))
    check('SA-13.2 and does not vote', (await member.textContent('main')).includes('Does not vote'))
  }
  // MS-2-eval, MS-5: a public body completes its self-assessment of the
  // Medway & Swale Framework's commitments in the browser.
  {
    await stopServer()
    const ms = join(dir, 'ms.db')
    const a = (...args) => execFileSync(ALLIANCE, ['--db', ms, ...args], { env: { ...process.env, ALLIANCE_TODAY: '2026-01-05' } })
    a('init', '--template', 'medway-swale-framework')
    a('org', 'add', '--name', 'Medway Council', '--sector', 'public')
    a('member', 'sign', '--organisation', 'Medway Council', '--name', 'Chief Executive', '--role', 'Chief Executive', '--date', '2026-01-05', '--authority')
    a('person', 'add', '--name', 'Maya Council', '--email', 'maya@medway.example.org', '--organisation', 'Medway Council')
    a('assessment', 'open', '--year', '2026', '--due', '2026-03-31')
    await startServer('2026-02-10T10:00', ms)
    const page = await person()
    const signInMs = async (email) => {
      await page.goto(`${base}/sign-in`)
      await page.fill('#email', email)
      await page.click('text=Email me a sign-in link')
      const body = execFileSync('sqlite3', [ms, `SELECT body_text FROM outbox WHERE kind = 'sign-in' AND recipient = '${email}' ORDER BY id DESC LIMIT 1`]).toString()
      await page.goto(base + body.match(/\/sign-in\/[A-Za-z0-9_-]{43}/)[0])
      await page.click('text=Continue to sign in')
      await page.waitForURL(`${base}/me`)
    }
    await signInMs('maya@medway.example.org')
    await page.click('text=Self-assessment 2026')
    await audit(page, 'public body self-assessment list')
    await page.click('button:has-text("Submit the self-assessment")')
    check('MS-2-eval a submission with commitments unrated is refused', (await page.textContent('.govuk-error-summary')).includes('Every commitment needs a rating'))
    const links = await page.locator('.govuk-task-list__link').evaluateAll(as => as.map(x => x.getAttribute('href')))
    check('MS-4 the statutory commitments only are listed', links.length === 38, String(links.length))
    await page.goto(base + links[0])
    await audit(page, 'public body rate a commitment')
    await page.click('button:has-text("Save and return")')
    check('MS-2-eval a rating is required', (await page.textContent('.govuk-error-summary')).includes('not on the scale'))
    for (const [i, href] of links.entries()) {
      await page.goto(base + href)
      await page.check(i % 3 === 0 ? '#rating' : i % 3 === 1 ? '#rating-in-progress' : '#rating-met')
      if (i === 0) await page.fill('#evidence', 'Commissioning approach adopted by Cabinet in January')
      await page.click('button:has-text("Save and return")')
      await page.waitForSelector('.govuk-notification-banner')
    }
    check('all rated', (await page.textContent('main')).includes('38 of 38 commitments rated'))
    await page.click('button:has-text("Submit the self-assessment")')
    check('MS-2-eval submitted on time', (await page.textContent('.govuk-notification-banner')).includes('The self-assessment is submitted.'))
    check('the evidence is kept', execFileSync('sqlite3', [ms, "SELECT count(*) FROM assessment_rating WHERE evidence LIKE 'Commissioning approach%'"]).toString().trim() === '1')
    await audit(page, 'public body submitted')
  }

  // TP-3a, TP-2a, TP-2b: an officer of the Tameside PACT records funding
  // (a bad amount refused, nothing kept), a justification and evidence
  // of influence; the public sees the partners' page and the spend.
  {
    await stopServer()
    const tp = join(dir, 'tp.db')
    const a = (...args) => execFileSync(ALLIANCE, ['--db', tp, ...args], { env: { ...process.env, ALLIANCE_TODAY: '2026-05-01' }, input: 'correct horse battery staple\n' })
    a('init', '--template', 'tameside-pact')
    a('org', 'add', '--name', 'Hyde Community Action', '--sector', 'vcse', '--identifier', 'GB-CHC-1234567')
    a('person', 'add', '--name', 'Ada Together', '--email', 'ada@actiontogether.example.org', '--organisation', 'Action Together')
    a('user', 'add', 'Ada Together', '--officer')
    a('user', 'password', 'Ada Together')
    const tsql = q => execFileSync('sqlite3', [tp, q]).toString().trim()
    await startServer('2026-05-01T10:00', tp)
    const page = await person()
    await signInOfficer(page, 'ada@actiontogether.example.org')
    await page.click('text=Contracts, grants and spend')
    await audit(page, 'officer funding form')
    await page.check('#kind-grant')
    await page.fill('#funder', 'TMBC')
    await page.fill('#recipient', 'Hyde Community Action')
    await page.fill('#title', 'Warm spaces')
    await page.fill('#amount', '-12500')
    await page.fill('#starts-day', '1'); await page.fill('#starts-month', '10'); await page.fill('#starts-year', '2026')
    await page.fill('#ends-day', '31'); await page.fill('#ends-month', '3'); await page.fill('#ends-year', '2027')
    await page.click('button:has-text("Record the funding")')
    check('TP-3a a negative amount is refused, naming the field', (await page.textContent('.govuk-error-summary')).includes("'-12500' is not accepted"))
    check('the error links to the field', await page.getAttribute('.govuk-error-summary a', 'href') === '#amount')
    check('what was typed is kept', await page.inputValue('#title') === 'Warm spaces')
    check('nothing is kept', tsql('SELECT count(*) FROM funding') === '0')
    await audit(page, 'officer funding error')
    await page.fill('#amount', '12,500.50')
    await page.click('button:has-text("Record the funding")')
    await page.waitForSelector('.govuk-notification-banner')
    check('TP-3a the grant is recorded', tsql('SELECT amount_pence FROM funding') === '1250050')
    check('it shows in the year\'s table', (await page.textContent('main table')).includes('\u00a312,500.50'))
    await page.click('text=Spend and aspiration')
    await page.fill('#organisation', 'TMBC')
    await page.fill('#year', '2026')
    await page.fill('#amount', '40000')
    await page.fill('#plan', 'Grow grants to small groups')
    await page.click('button:has-text("Record the aspiration")')
    await page.waitForSelector('.govuk-notification-banner')
    await audit(page, 'officer spend and aspiration')
    await page.click('text=Partnerships and representation')
    await page.selectOption('#position', 'tameside-partnership')
    await page.fill('#justification', 'Membership is set by statute')
    await page.click('button:has-text("Record the justification")')
    check('TP-2a who agreed it is required', (await page.textContent('.govuk-error-summary')).toLowerCase().includes('agreed'))
    await page.fill('#agreed-by', 'PACT Leadership Group')
    await page.fill('#agreed-on-day', '20'); await page.fill('#agreed-on-month', '4'); await page.fill('#agreed-on-year', '2026')
    await page.click('button:has-text("Record the justification")')
    await page.waitForSelector('.govuk-notification-banner')
    check('TP-2a the partnership is justified', (await page.textContent('main table')).includes('justified'))
    await audit(page, 'officer partnerships')
    await page.click('text=Evidence of influence')
    await page.fill('#date-day', '10'); await page.fill('#date-month', '3'); await page.fill('#date-year', '2026')
    await page.fill('#body', 'Health and Wellbeing Board')
    await page.fill('#decision', 'Winter pressures plan')
    await page.fill('#change', 'Warm spaces funded after the sector\'s evidence')
    await page.fill('#commitment', '1b')
    await page.click('button:has-text("Record the evidence")')
    await page.waitForSelector('.govuk-notification-banner')
    await audit(page, 'officer evidence of influence')
    // The PACT sets no length of consultation (SC-consult is the
    // Compact's): a short one is recorded, with no reason asked.
    await page.click('a[href="/officer/partners/consultations"]')
    await page.fill('#organisation', 'TMBC')
    await page.fill('#title', 'Library review')
    await page.fill('#opens-day', '6'); await page.fill('#opens-month', '4'); await page.fill('#opens-year', '2026')
    await page.fill('#closes-day', '4'); await page.fill('#closes-month', '5'); await page.fill('#closes-year', '2026')
    await page.check('#significant')
    await page.click('button:has-text("Record the consultation")')
    await page.waitForSelector('.govuk-notification-banner')
    check('a consultation the PACT sets no length for is recorded', (await page.textContent('main table')).includes('Library review'))
    check('it is kept', tsql('SELECT count(*) FROM consultation') === '1')
    await audit(page, 'officer consultations')
    // The constitution edited in the browser: a mistake is named by its
    // line and changes nothing; a good version applies, the old kept.
    await page.goto(`${base}/officer/constitution`)
    await audit(page, 'officer constitution')
    await page.click('text=edit the constitution as text')
    const text = await page.inputValue('#constitution')
    await page.fill('#constitution', text + '\nno.such.setting = 1\n')
    await page.click('button:has-text("Apply the new version")')
    check('a wrong setting is named, with its line', /no\.such\.setting/.test(await page.textContent('.govuk-error-summary')))
    check('what was typed is kept', (await page.inputValue('#constitution')).includes('no.such.setting = 1'))
    check('nothing changes', tsql('SELECT count(*) FROM constitution_version') === '1')
    await audit(page, 'officer constitution error')
    await page.fill('#constitution', text.replace(/funding\.min_years = \S+/, 'funding.min_years = 4'))
    await page.click('button:has-text("Apply the new version")')
    await page.waitForSelector('.govuk-notification-banner')
    check('the new version applies; the old is kept', tsql('SELECT count(*) FROM constitution_version') === '2')
    check('the new value is in force', tsql('SELECT body FROM constitution_version WHERE effective_to IS NULL').includes('funding.min_years = 4'))
    const pub = await person()
    await pub.goto(`${base}/`)
    await pub.click('text=Partners and their promises')
    check('TP-2b the evidence is public', (await pub.textContent('main')).includes('Warm spaces funded'))
    check('TP-2a the register is public', (await pub.textContent('main')).includes('Membership is set by statute'))
    await audit(pub, 'public partners')
    await pub.goto(`${base}/`)
    await pub.click('text=Spend with the sector')
    check('TP-3a spend beside the aspiration', (await pub.textContent('main table')).includes('\u00a340,000.00'))
    await audit(pub, 'public spend')
  }

  // SC-resolve-1, SC-resolve-2: an officer of the Staffordshire Compact
  // opens a dispute, logs the written statement and draws a panel from
  // the working group: people with no links to either organisation, the
  // excluded shown with the reason.
  {
    await stopServer()
    const sc = join(dir, 'sc.db')
    const a = (...args) => execFileSync(ALLIANCE, ['--db', sc, ...args], { env: { ...process.env, ALLIANCE_TODAY: '2026-02-02' } })
    a('init', '--template', 'staffordshire-compact')
    a('org', 'add', '--name', 'Leek Community Trust', '--sector', 'vcse')
    for (const o of ['VAST', 'Staffordshire Chambers of Commerce', 'Staffordshire County Council']) {
      a('member', 'add', '--group', 'working-group', '--organisation', o, '--kind', 'full')
      a('member', 'sign', '--organisation', o, '--name', `Signer of ${o}`, '--role', 'Chief Executive', '--date', '2026-01-05', '--authority')
    }
    a('person', 'add', '--name', 'Vera Walker', '--email', 'vera@vast.example.org', '--organisation', 'VAST')
    a('person', 'add', '--name', 'Colin Marsh', '--email', 'colin@chambers.example.org', '--organisation', 'Staffordshire Chambers of Commerce')
    a('person', 'add', '--name', 'Sam Hill', '--email', 'sam@staffordshire.example.gov.uk', '--organisation', 'Staffordshire County Council')
    a('person', 'add', '--name', 'Olive Grant', '--email', 'olive@vast.example.org', '--organisation', 'VAST')
    a('user', 'add', 'Olive Grant', '--officer')
    execFileSync(ALLIANCE, ['--db', sc, 'user', 'password', 'Olive Grant'], { input: 'correct horse battery staple\n' })
    await startServer('2026-02-02T10:00', sc)
    const page = await person()
    await signInOfficer(page, 'olive@vast.example.org')
    await page.click('text=Disputes and breaches')
    await audit(page, 'officer disputes')
    await page.check('#kind')
    await page.fill('#organisation', 'Leek Community Trust')
    await page.fill('#subject', 'Grant ended without notice')
    await page.click('button:has-text("Open the case")')
    check('a dispute is between two organisations', (await page.textContent('.govuk-error-summary')).includes('two organisations'))
    check('the error links to the field', await page.getAttribute('.govuk-error-summary a', 'href') === '#against')
    check('the values typed are kept', await page.inputValue('#subject') === 'Grant ended without notice')
    await audit(page, 'officer disputes error')
    await page.fill('#against', 'Staffordshire County Council')
    await page.fill('#first-contact-day', '26')
    await page.fill('#first-contact-month', '1')
    await page.fill('#first-contact-year', '2026')
    await page.click('button:has-text("Open the case")')
    await page.waitForSelector('.govuk-notification-banner')
    check('SC-resolve-1 opened at stage one', (await page.textContent('main')).includes('stage one (informal)'))
    check('SC-resolve-2 due six weeks from first contact', (await page.textContent('main')).includes('9 March 2026'))
    await page.fill('#problem', 'The grant ended with a week\'s notice')
    await page.click('button:has-text("Save the statement")')
    await page.waitForSelector('.govuk-notification-banner')
    await page.click('button:has-text("Move to stage 2")')
    check('SC-resolve-2 stage two needs all four parts', (await page.textContent('.govuk-error-summary')).includes('how it has been dealt with so far'))
    check('the error links to the missing part', await page.getAttribute('.govuk-error-summary a', 'href') === '#handled')
    await audit(page, 'officer dispute statement incomplete')
    await page.fill('#handled', 'Two calls and a meeting')
    await page.fill('#unresolved', 'The council says the budget is set')
    await page.fill('#outcome', 'Three months\' notice and a review')
    await page.click('button:has-text("Save the statement")')
    await page.waitForSelector('.govuk-notification-banner')
    await page.click('button:has-text("Move to stage 2")')
    await page.waitForSelector('.govuk-notification-banner')
    check('SC-resolve-2 at stage two', (await page.textContent('main')).includes('stage two (formal)'))
    check('SC-resolve-2 an excluded person is shown with the reason', (await page.textContent('main')).includes('works for Staffordshire County Council, a party to the case'))
    check('SC-resolve-2 and has no draw button', (await page.locator('button:has-text("Draw Sam Hill")').count()) === 0)
    await audit(page, 'officer dispute panel proposal')
    await page.click('button:has-text("Draw Vera Walker")')
    await page.waitForSelector('.govuk-notification-banner')
    check('SC-resolve-2 one sector is not cross-sector', (await page.textContent('main')).includes('not cross-sector yet'))
    await page.click('button:has-text("Draw Colin Marsh")')
    await page.waitForSelector('.govuk-notification-banner')
    check('SC-resolve-2 the panel is cross-sector', (await page.textContent('main')).includes('Cross-sector'))
    check('SA-13.1 every step is in the written record', Number(execFileSync('sqlite3', [sc, 'SELECT count(*) FROM dispute_event']).toString().trim()) === 6)
    await audit(page, 'officer dispute panel drawn')
  }
  // SA-12: the Alliance's dialogue, then an independent third party by
  // mutual agreement.
  {
    await stopServer()
    cli('2025-07-20T10:00', 'dispute', 'open', '--organisation', 'ww', '--against', 'cc', '--subject', 'Shared project credit')
    await startServer('2025-07-20T10:00')
    const page = await person()
    await signInOfficer(page, 'olive@sus.example.org')
    await page.goto(`${base}/officer/disputes/1`)
    check('SA-12 dialogue first', (await page.textContent('main')).includes('dialogue'))
    check('SA-12 no panel under dialogue', (await page.locator('text=Who may sit on the panel').count()) === 0)
    await audit(page, 'officer dispute dialogue')
    await page.fill('#third-party', 'Staffordshire Mediation Service')
    await page.click('button:has-text("Move to stage 2")')
    check('SA-12 the third party needs both organisations to agree', (await page.textContent('.govuk-error-summary')).includes('mutual agreement'))
    check('the error links to the agreement', await page.getAttribute('.govuk-error-summary a', 'href') === '#agreed')
    await page.check('#agreed')
    await page.click('button:has-text("Move to stage 2")')
    await page.waitForSelector('.govuk-notification-banner')
    check('SA-12 the independent third party is recorded', (await page.textContent('main')).includes('Staffordshire Mediation Service'))
    await audit(page, 'officer dispute third party')
  }
} catch (e) {
  failed++
  console.log(`not ok - journey stopped: ${e.message}`)
} finally {
  await browser.close()
  if (server && server.exitCode === null) await stopServer()
  rmSync(dir, { recursive: true, force: true })
}
console.log(`browser: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
