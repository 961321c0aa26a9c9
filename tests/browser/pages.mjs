// Every page, as each kind of person sees it, on a phone (375 px) and a
// laptop (1280 px): nothing scrolls sideways, and no rule id (SA-8.3,
// MC-mou, TP-3a, SC-annual, MS-3.7.1) or setting name
// (funding.publish_spend), nor the word "arrangement", reaches the public or a member.  A chair or
// an officer may find them inside a "Which rule is this?" details
// element, and officers' own tools (the constitution's text) are not
// checked for them.
//
// One browser; one context per person and width, so each page is
// visited twice.  SHOTS=1 photographs every page at both widths into
// tests/out/pages/.
//
// usage: ALLIANCE=build/alliance node tests/browser/pages.mjs
import { chromium } from 'playwright-core'
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHmac } from 'node:crypto'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const ALLIANCE = process.env.ALLIANCE
if (!ALLIANCE) { console.error('set ALLIANCE'); process.exit(2) }
const shots = process.env.SHOTS ? join(root, 'tests', 'out', 'pages') : null
if (shots) mkdirSync(shots, { recursive: true })
const dir = mkdtempSync(join(tmpdir(), 'alliance-pages.'))
const WIDTHS = [375, 1280]

let passed = 0
let failed = 0
const check = (name, cond, detail = '') => {
  if (cond) { passed++ } else { failed++; console.log(`not ok - ${name} ${detail}`) }
}

// The names of every setting, from the five templates' constitutions.
const settings = new Set()
for (const t of readdirSync(join(root, 'templates'))) {
  const f = join(root, 'templates', t, 'constitution.txt')
  if (!existsSync(f)) continue
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const m = line.match(/^\s*([a-z_]+\.[a-z_.]+)\s*=/)
    if (m) settings.add(m[1])
  }
}
const settingRe = new RegExp(`(?<![\\w.])(${[...settings].map(s => s.replace(/\./g, '\\.')).join('|')})(?![\\w])`)
// RULES.md's ids: a prefix, a hyphen, then a number or a word
// (SA-8.3, SA-3.1-assoc, SA-E2.2, SC-annual, MC-mou, TP-3a, MS-3.7.1).
const ruleRe = /(?<![\w-])(SA|SC|MS|MC|TP)-(App\b|[A-Za-z]*\d[\w.]*|[a-z]{3,}\b)(-[a-z]+)?/

const sqlite = (db, q) => execFileSync('sqlite3', [db, q]).toString().trim()

let server = null
let base = ''
async function startServer (db, now) {
  const portFile = join(dir, 'port')
  rmSync(portFile, { force: true })
  server = spawn(ALLIANCE, ['--db', db, 'serve', '--listen', '127.0.0.1:0', '--every', '0', '--port-file', portFile],
    { env: { ...process.env, ALLIANCE_NOW: now }, stdio: ['ignore', 'ignore', 'pipe'] })
  // Its access log is quiet here; anything else it says is shown.
  server.stderr.on('data', d => {
    for (const l of d.toString().split('\n')) {
      if (l && !/^\S+Z \S+ (GET|POST) /.test(l) && !/^alliance: (serving|stopping)/.test(l)) console.log(`# ${l}`)
    }
  })
  for (let i = 0; i < 200 && !existsSync(portFile); i++) await new Promise(r => setTimeout(r, 50))
  await new Promise(r => setTimeout(r, 50))
  base = `http://127.0.0.1:${readFileSync(portFile, 'utf8').trim()}`
}
async function stopServer () {
  const done = new Promise(r => server.on('exit', code => r(code)))
  server.kill('SIGTERM')
  return done
}

// TOTP (RFC 6238) for the officers, whose secrets the set-up gives.
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
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const totp = (secret, step) => {
  const msg = Buffer.alloc(8)
  msg.writeBigUInt64BE(BigInt(step))
  const h = createHmac('sha1', base32(secret)).update(msg).digest()
  const o = h[19] & 15
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, '0')
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] })

// A signed-in person's cookies, by the emailed link or, for an officer,
// by password and code.
async function signIn (db, who) {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  if (who.officer) {
    await page.goto(`${base}/sign-in`)
    await page.click('text=Officers: sign in with a password')
    await page.fill('#officer-email', who.email)
    await page.fill('#password', 'correct horse battery staple')
    await page.fill('#code', totp(SECRET, Math.floor(Date.now() / 30000)))
    await page.click('form[action="/sign-in-password"] button')
    await page.waitForURL(`${base}/officer`)
  } else {
    await page.goto(`${base}/sign-in`)
    await page.fill('#email', who.email)
    await page.click('text=Email me a sign-in link')
    await page.waitForSelector('h1:has-text("Check your email")')
    const body = sqlite(db, `SELECT body_text FROM outbox WHERE kind = 'sign-in' AND recipient = '${who.email}' ORDER BY id DESC LIMIT 1`)
    await page.goto(base + body.match(/\/sign-in\/[A-Za-z0-9_-]{43}/)[0])
    await page.click('text=Continue to sign in')
    await page.waitForURL(`${base}/me`)
  }
  const state = await ctx.storageState()
  await ctx.close()
  return state
}

// What a page says, less what a chair or officer may open to learn
// which rule applies.
async function pageText (page, allowDetails) {
  return page.evaluate((allow) => {
    const clone = document.documentElement.cloneNode(true)
    if (allow) {
      for (const d of clone.querySelectorAll('details')) {
        const s = d.querySelector('summary')
        if (s && /Which rule is this\?/.test(s.textContent)) d.remove()
      }
    }
    for (const s of clone.querySelectorAll('script, style')) s.remove()
    return (clone.querySelector('title')?.textContent ?? '') + '\n' + clone.querySelector('body').innerText
  }, allowDetails)
}

// The outermost element that reaches past the screen's edge.
async function culprit (page, width) {
  return page.evaluate((w) => {
    for (const e of document.querySelectorAll('body *')) {
      if (e.getBoundingClientRect().right > w + 1 && e.parentElement.getBoundingClientRect().right <= w + 1) {
        return `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''} "${e.textContent.trim().slice(0, 30).replace(/\s+/g, ' ')}"`
      }
    }
    return 'nothing in particular'
  }, width)
}

const counts = { wide: new Set(), words: new Set(), dates: new Set(), pages: 0 }

async function visit (db, role, state, paths) {
  const ctxs = []
  for (const width of WIDTHS) {
    ctxs.push(await browser.newContext({ viewport: { width, height: 800 }, storageState: state }))
  }
  const pages = await Promise.all(ctxs.map(c => c.newPage()))
  for (const entry of paths) {
    const [path, want] = Array.isArray(entry) ? entry : [entry, 200]
    counts.pages++
    for (let i = 0; i < WIDTHS.length; i++) {
      const page = pages[i]
      const width = WIDTHS[i]
      const res = await page.goto(base + path)
      const status = res ? res.status() : 0
      check(`${role} ${path} answers ${want}`, status === want, `(${status})`)
      const sw = await page.evaluate(() => document.documentElement.scrollWidth)
      const ok = sw <= width
      if (!ok) counts.wide.add(`${role} ${path}`)
      check(`${role} ${path} at ${width} px does not scroll sideways`, ok, `(${sw} px wide: ${ok ? '' : await culprit(page, width)})`)
      if (width === WIDTHS[1] && status === 200) {
        const nav = await page.evaluate((p) => {
          const a = [...document.querySelectorAll('.govuk-service-navigation__link')]
          const here = a.find(x => x.getAttribute('href') === p)
          return { has: here !== undefined, current: here?.getAttribute('aria-current') ?? null, marked: a.filter(x => x.getAttribute('aria-current')).length }
        }, path)
        if (nav.has) check(`${role} ${path} is marked current in the menu`, nav.current === 'page')
        check(`${role} ${path} marks at most one menu entry`, nav.marked <= 1)
        const out = await page.locator('form[action="/sign-out"]').count()
        if (out > 0) {
          check(`${role} ${path} has Sign out in a landmark`,
            await page.evaluate(() => document.querySelector('form[action="/sign-out"]').getAttribute('aria-label') !== null))
        }
      }
      if (width === WIDTHS[0] && role !== 'officer') {
        const text = await pageText(page, role === 'chair')
        const m = text.match(ruleRe) || text.match(settingRe) || text.match(/\barrangements?\b/i)
        if (m) counts.words.add(`${role} ${path}`)
        const around = m => `("${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}")`
        check(`${role} ${path} shows no rule id or setting name`, !m, m ? around(m) : '')
        // Dates as people write them: "1 December 2026 at 5pm".
        const d = text.match(/\b\d{4}-\d{2}-\d{2}/)
        if (d) counts.dates.add(`${role} ${path}`)
        check(`${role} ${path} writes dates in words`, !d, d ? around(d) : '')
      }
      if (shots) {
        await page.screenshot({ path: join(shots, `${role}${path.replace(/[^a-z0-9]+/gi, '-')}-${width}.png`), fullPage: true })
      }
    }
  }
  for (const c of ctxs) await c.close()
}

// An email's link opens the very page it is about, through sign-in:
// the poll's own address, and the ballot's, for a member signed out.
async function emailLinks (db) {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  const poll = sqlite(db, "SELECT body_text FROM outbox WHERE subject LIKE 'Urgent decision%' LIMIT 1")
  const pollLink = (poll.match(/https?:\/\/\S+?(\/decisions\/\d+)/) || [])[1]
  check('the poll\'s email has a link', pollLink !== undefined, poll.slice(0, 200))
  await page.goto(base + pollLink)
  check('the poll\'s link asks the member to sign in first', page.url() === `${base}/sign-in?next=/polls/1`, page.url())
  await page.fill('#email', 'lead@cc.example.org')
  await page.click('text=Email me a sign-in link')
  await page.waitForSelector('h1:has-text("Check your email")')
  const body = sqlite(db, "SELECT body_text FROM outbox WHERE kind = 'sign-in' AND recipient = 'lead@cc.example.org' ORDER BY id DESC LIMIT 1")
  await page.goto(base + body.match(/\/sign-in\/[A-Za-z0-9_-]{43}/)[0])
  await page.click('text=Continue to sign in')
  check('after the emailed link, the member is on the poll', page.url() === `${base}/polls/1`, page.url())
  check('and may vote there', (await page.locator('button:has-text("Continue")').count()) === 1)
  await page.goto(`${base}/sign-in?next=/elections/1`)
  check('signed in, the sign-in page goes straight on', page.url() === `${base}/elections/1`, page.url())
  await ctx.close()
  // Only a path of this site is followed.
  const anon = await (await browser.newContext()).newPage()
  for (const bad of ['//evil.example.org', 'https://evil.example.org/', '/../x', '/sign-in/x']) {
    await anon.goto(`${base}/sign-in?next=${encodeURIComponent(bad)}`)
    check(`sign-in does not carry "${bad}"`, (await anon.locator('input[name="next"]').count()) === 0)
  }
  await anon.context().close()
}

// The arrangement of the web tests: Southwest forum, open poll and
// ballot on 25 June 2025, a meeting on 14 July, an officer.
const sa = join(dir, 'sa.db')
execFileSync('sh', [join(root, 'tests', 'web', 'fixture.sh'), sa], { env: { ...process.env, ALLIANCE } })
execFileSync(ALLIANCE, ['--db', sa, 'dispute', 'open', '--organisation', 'ww', '--against', 'cc', '--subject', 'Shared project credit'],
  { env: { ...process.env, ALLIANCE_TODAY: '2025-06-20' } })
// SA-11.1: papers for members, and papers marked for anyone.
for (const args of [
  ['--meeting', '1', '--title', 'Agenda pack for the July meeting', '--kind', 'agenda-paper', '--text', 'Welcome, apologies and introductions.\nDeclarations of interests.'],
  ['--group', 'southwest', '--title', 'Winter pressures briefing for the Southwest Staffordshire place board', '--kind', 'briefing', '--visibility', 'public', '--link', 'https://example.org/winter.pdf'],
  ['--group', 'southwest', '--title', 'The forum\'s year', '--kind', 'report', '--visibility', 'public', '--text', 'The forum met four times and elected its chair.']]) {
  execFileSync(ALLIANCE, ['--db', sa, 'paper', 'add', ...args], { env: { ...process.env, ALLIANCE_TODAY: '2025-06-21' } })
}

// The Tameside PACT: partners, spend and their officer.
const tp = join(dir, 'tp.db')
{
  const a = (...args) => execFileSync(ALLIANCE, ['--db', tp, ...args], { env: { ...process.env, ALLIANCE_TODAY: '2026-05-01' }, input: 'correct horse battery staple\n' })
  a('init', '--template', 'tameside-pact')
  a('person', 'add', '--name', 'Ada Together', '--email', 'ada@actiontogether.example.org', '--organisation', 'Action Together')
  a('user', 'add', 'Ada Together', '--officer')
  a('user', 'password', 'Ada Together')
  a('user', 'totp', 'Ada Together', '--secret', SECRET)
}

const PUBLIC = ['/', '/forums', '/papers', '/forums/southwest', '/representatives', '/members', '/signatories', '/meetings', '/meetings/1',
  '/reports', '/reports/annual/2025', '/sign-in', ['/spend', 404], ['/no-such-page', 404]]
const MEMBER = ['/me', '/me/sign', '/papers', '/polls/1', '/elections/1', '/meetings/1', '/members', '/reports/annual/2025']
const CHAIR = ['/me', '/groups/southwest', '/elections/1/manage', '/meetings/1', '/polls/1']
const OFFICER = ['/officer', '/officer/import', '/officer/audit', '/officer/organisations', '/officer/people',
  '/officer/constitution', '/officer/constitution?as=text', '/officer/audit?page=2&what=membership.',
  '/officer/audit?from-day=2&from-month=6&from-year=2025&to-day=24&to-month=6&to-year=2025',
  ['/officer/audit?from-day=31&from-month=2&from-year=2025&to-day=2&to-year=2025', 400], '/officer/positions', '/officer/disputes', '/officer/disputes/1', '/groups/southwest',
  '/elections/1/manage']
const AREAS = ['contacts', 'plan', 'progress', 'milestones', 'influence', 'partnerships',
  'funding', 'aims', 'consultations', 'feedback']

const t0 = Date.now()
try {
  await startServer(sa, '2025-06-25T12:00')
  await visit(sa, 'public', undefined, PUBLIC)
  await visit(sa, 'member', await signIn(sa, { email: 'lead@kyt.example.org' }), MEMBER)
  await visit(sa, 'chair', await signIn(sa, { email: 'lead@ww.example.org' }), CHAIR)
  await visit(sa, 'officer', await signIn(sa, { email: 'olive@sus.example.org', officer: true }), OFFICER)
  await emailLinks(sa)
  // SA-11.1: the public reads the papers marked for anyone; a member
  // reads them all, each saying who can read it.
  {
    const pub = await (await browser.newContext()).newPage()
    await pub.goto(base + '/papers')
    const seen = await pub.locator('main').innerText()
    check('SA-11.1 the public does not see a members-only paper', !seen.includes('Agenda pack'), seen)
    check('SA-11.1 the public sees the papers marked for anyone', seen.includes('Winter pressures briefing') && seen.includes('Anyone'), seen)
    await pub.context().close()
    const mem = await (await browser.newContext({ storageState: await signIn(sa, { email: 'lead@kyt.example.org' }) })).newPage()
    await mem.goto(base + '/papers')
    const all = await mem.locator('main').innerText()
    check('SA-11.1 a member sees the members-only paper, flagged as such', all.includes('Agenda pack') && all.includes('Members only') && all.includes('Anyone'), all)
    await mem.context().close()
  }
  {
    const page = await (await browser.newContext()).newPage()
    await page.goto(base + '/')
    const menu = (await page.locator('.govuk-service-navigation__link').allTextContents()).map(m => m.trim())
    check('the Alliance\'s menu has no Spend (it publishes none)', !menu.includes('Spend') && menu.includes('Reports'), menu.join(','))
    // Every section and Sign in on one row at 1280 px (Sign in fell to
    // a second row when Papers joined the menu).
    await page.setViewportSize({ width: 1280, height: 800 })
    const tops = await page.$$eval('.govuk-service-navigation__item', els => els.map(e => Math.round(e.getBoundingClientRect().top)))
    check('the public menu is one row at 1280 px, Sign in too', new Set(tops).size === 1 && menu.includes('Sign in'), tops.join(','))
    await page.context().close()
  }
  await stopServer()

  // After the vote: the outcome, with its figures, stays at the
  // address the email gave.
  {
    const at = (now, ...args) => execFileSync(ALLIANCE, ['--db', sa, ...args], { env: { ...process.env, ALLIANCE_NOW: now } })
    at('2025-06-25T12:00', 'election', 'vote', '1', '--organisation', 'pp', '--candidate', 'Lead cc')
    at('2025-06-25T12:00', 'decision', 'vote', '1', '--organisation', 'pp', '--choice', 'for')
    at('2025-07-01T09:00', 'decision', 'close', '1')
    at('2025-07-01T09:00', 'election', 'count', '1')
    at('2025-07-01T09:00', 'election', 'verify', '1')
    at('2025-07-01T09:00', 'election', 'announce', '1')
    await startServer(sa, '2025-07-01T09:00')
    const state = await signIn(sa, { email: 'lead@kyt.example.org' })
    await visit(sa, 'member', state, ['/polls/1', '/elections/1', '/me'])
    const page = await (await browser.newContext({ storageState: state })).newPage()
    await page.goto(`${base}/polls/1`)
    const poll = await page.textContent('main')
    check('a closed poll shows its outcome with the numbers', /Carried/.test(poll) && poll.includes('1 for, 0 against, 0 abstaining'), poll.slice(0, 300))
    // One drawing shows at a time: the wide one here, the phone's below 641 px.
    check('and its chart, an image with a title', (await page.locator('svg[role="img"]:visible > title').count()) === 1)
    await page.goto(`${base}/elections/1`)
    const el = await page.textContent('main')
    check('a counted election shows who was elected', el.includes('Elected') && el.includes('Lead cc'), el.slice(0, 300))
    check('and every ballot by its receipt', (await page.locator('.alliance-receipt-s').count()) === 1)
    await page.goto(`${base}/me`)
    const home = await page.textContent('main')
    check('a member\'s home keeps the recent results', home.includes('Recent results') &&
      home.includes('Poll: Endorse the winter letter') && home.includes('Election of vice-chair'), home.slice(0, 400))
    await page.context().close()
    await stopServer()
  }

  await startServer(tp, '2026-05-01T10:00')
  {
    // The menu has what the agreement has: the PACT publishes spend.
    const page = await (await browser.newContext()).newPage()
    await page.goto(base + '/')
    const menu = await page.locator('.govuk-service-navigation__link').allTextContents()
    check('the PACT\'s menu has Partners, Spend, Reports and Signatories',
      ['Partners', 'Spend', 'Reports', 'Signatories'].every(x => menu.map(m => m.trim()).includes(x)), menu.join(','))
    await page.context().close()
  }
  await visit(tp, 'public', undefined, ['/', '/partners', '/spend', '/signatories', '/reports'])
  await visit(tp, 'officer', await signIn(tp, { email: 'ada@actiontogether.example.org', officer: true }),
    ['/officer', ...AREAS.map(a => `/officer/partners/${a}`)])
} catch (e) {
  failed++
  console.log(`not ok - pages stopped: ${e.stack}`)
} finally {
  await browser.close()
  if (server && server.exitCode === null) await stopServer()
  rmSync(dir, { recursive: true, force: true })
}
console.log(`# ${counts.pages} pages; scroll sideways at some width: ${counts.wide.size}; show rule ids or setting names: ${counts.words.size}; show dates as YYYY-MM-DD: ${counts.dates.size}; ${((Date.now() - t0) / 1000).toFixed(0)} s`)
console.log(`browser-pages: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
