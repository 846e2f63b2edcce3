// The WordPress plugin in a real WordPress (Debian's package, its own MariaDB, `php -S`), driven in
// Chromium: shortcodes and blocks render with the theme's CSS kept out, a reservation reaches the
// reference backend, an editor without unfiltered_html adds a block in the block editor, attributes
// are escaped, a missing feed shows the fallback link, and PHP logs no warning.
//
// Run: npm run build && node test/wordpress/wordpress.test.mjs (as root it apt-installs what is missing)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { launchBrowser, openPage } from '../e2e/browser.mjs';
import { testPages } from './pages.mjs';
import { ensurePackages, makeTempDir, startMariaDb, startWordPress } from './site.mjs';
import { compareShadowStyles, inheritedText, shadowStyles } from './shadow-styles.mjs';
import { startServer } from '../../server/dist/app.js';

const ZIP = resolve('dist/kultur-widgets-wordpress.zip');
const PLUGIN = resolve('dist/wordpress/kultur-widgets');
const ASSETS = join(PLUGIN, 'assets');
// The guide's pictures change only on purpose (UPDATE_SCREENSHOTS=1); otherwise they go to the ignored test-results/.
const SHOTS = resolve(process.env.UPDATE_SCREENSHOTS ? 'docs/embed/img' : 'test-results/wordpress');
const ADMIN_TOKEN = 'wp-test-admin-token';
const PASSWORD = 'Kultur-Test-2026!';
const PHP_PROBLEM = /PHP (Warning|Notice|Fatal error|Parse error)|^(Warning|Notice|Fatal error):/m;

describe('the WordPress plugin in WordPress', { concurrency: false }, () => {
  const started = Date.now();
  let dir;
  let db;
  let wp;
  let backend;
  let bare;
  let browser;
  let site;
  let month;

  before(async () => {
    assert.ok(existsSync(ZIP), 'run npm run build first');
    const installed = ensurePackages();
    if (installed.length) console.log(`# apt-get installed ${installed.join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    dir = makeTempDir();
    db = await startMariaDb(dir);
    wp = await startWordPress(dir, db);
    // The bare page: the same elements and widget files, with no theme.
    bare = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      const file = join(ASSETS, path.replace(/^\/assets\//, ''));
      if (path.startsWith('/assets/') && !path.includes('..') && existsSync(file)) return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
      if (path === '/' && bare.page) return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(bare.page);
      res.writeHead(404).end();
    }).listen(0, '127.0.0.1');
    await new Promise((done) => bare.once('listening', done));
    bare.origin = `http://127.0.0.1:${bare.address().port}`;
    backend = await startServer({
      port: 0, databasePath: join(dir, 'backend.sqlite'), testHooks: true, seed: 'demo', log: false,
      corsOrigins: [wp.origin, bare.origin], adminToken: ADMIN_TOKEN,
    });
    const start = new Date(Date.now() + 14 * 86_400_000);
    start.setUTCHours(19, 0, 0, 0);
    month = start.toISOString().slice(0, 7);
    const created = await fetch(`${backend.endpoint}/__test/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: 'wp-konzert', title: 'Konzert für WordPress', start: start.toISOString().replace('.000Z', '+00:00'), category: 'Konzert',
        capacity: 80, offers: [{ id: 'normal', name: 'Normal', price: 14, currency: 'EUR' }, { id: 'reduced', name: 'ermäßigt', price: 9, currency: 'EUR' }],
      }),
    });
    assert.equal(created.status, 201);
    const pages = testPages({ backend: backend.endpoint, month });
    site = wp.php(`
wp_install( 'Kulturzentrum Zollhaus', 'admin', 'admin@example.org', true, '', '${PASSWORD}', 'de_DE' );
WP_Filesystem();
$unzipped = unzip_file( '${ZIP}', WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) { echo json_encode( array( 'error' => $unzipped->get_error_message() ) ); exit; }
$activated = activate_plugin( 'kultur-widgets/kultur-widgets.php' );
$editor = wp_insert_user( array( 'user_login' => 'redakteurin', 'user_pass' => '${PASSWORD}', 'role' => 'editor', 'user_email' => 'redaktion@example.org' ) );
$privacy = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Datenschutz', 'post_name' => 'datenschutz', 'post_content' => 'Datenschutzerklärung.', 'post_author' => 1 ) );
$urls = array();
foreach ( json_decode( '${JSON.stringify(pages).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}', true ) as $slug => $page ) {
	$id = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => $page['title'], 'post_name' => $slug, 'post_content' => $page['content'], 'post_author' => 1 ) );
	$urls[ $slug ] = get_permalink( $id );
}
echo json_encode( array(
	'activated' => null === $activated, 'active' => is_plugin_active( 'kultur-widgets/kultur-widgets.php' ),
	'editor' => $editor, 'editorUnfiltered' => user_can( $editor, 'unfiltered_html' ), 'adminUnfiltered' => user_can( 1, 'unfiltered_html' ),
	'privacy' => $privacy, 'privacyUrl' => get_permalink( $privacy ), 'pages' => $urls, 'theme' => get_stylesheet(),
) );`);
    assert.equal(site.error, undefined);
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await backend?.close();
    bare?.close();
    await wp?.stop();
    await db?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.log(`# WordPress test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  /** Logs in through wp-login.php and returns the logged-in page. */
  async function login(user) {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${wp.origin}/wp-login.php`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', PASSWORD);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    return { context, page };
  }

  /** Screenshots of a WordPress page at 1280 and 390 px. */
  async function screenshots(page, name) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // Loaded at this width, as a phone would.
      await page.reload({ waitUntil: 'networkidle' });
      // A viewport as tall as the page: the agenda's days use content-visibility: auto and stay blank off-screen.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height: Math.min(height, 8000) });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `wp-${name}-${width}.png`), fullPage: true });
    }
  }

  it('passes php -l and the WordPress-Core sniffs Debian has (phpcs without WPCS)', () => {
    const files = readdirSync(PLUGIN, { recursive: true }).filter((name) => name.endsWith('.php'));
    assert.ok(files.length >= 5);
    for (const file of files) execFileSync('php', ['-l', join(PLUGIN, file)], { stdio: 'pipe' });
    execFileSync('phpcs', ['-q', '--standard=integrations/wordpress/phpcs.xml', PLUGIN], { stdio: 'pipe' });
  });

  it('installs from the zip, activates, and the editor lacks unfiltered_html', () => {
    assert.equal(site.activated, true);
    assert.equal(site.active, true);
    assert.equal(site.theme, 'twentytwentythree');
    assert.equal(wp.php('echo json_encode( get_locale() );'), 'de_DE');
    assert.equal(site.editorUnfiltered, false);
    assert.equal(site.adminUnfiltered, false);
  });

  it('speaks German on this site and English on an English one', () => {
    const texts = wp.php(`$de = __( 'See the programme', 'kultur-widgets' ); switch_to_locale( 'en_US' ); echo json_encode( array( $de, __( 'See the programme', 'kultur-widgets' ) ) );`);
    assert.deepEqual(texts, ['Zum Programm', 'See the programme']);
  });

  it('shows the fallback link where no feed is set, with no PHP warning', async () => {
    const html = await (await fetch(site.pages['ohne-feed'])).text();
    assert.match(html, /<div class="kultur-widgets kultur-widgets-calendar"><div class="kultur-widgets-fallback"><a href="http:\/\/127\.0\.0\.1:\d+\/">Zum Programm<\/a><\/div>/);
    assert.match(html, /<div class="kultur-widgets kultur-widgets-badge"><div class="kultur-widgets-fallback"><a href="[^"]+">Mitgliedschaft prüfen<\/a><\/div>/);
    assert.doesNotMatch(html, /kultur-widgets\/assets\//, 'no widget file on a page without a widget');
    assert.doesNotMatch(html, /Warning|Notice/);
    assert.doesNotMatch(wp.log(), PHP_PROBLEM);
    const { context, page } = await openPage(browser, site.pages['ohne-feed']);
    assert.equal(await page.getByRole('link', { name: 'Zum Programm' }).isVisible(), true);
    await screenshots(page, 'ohne-feed');
    await context.close();
  });

  it('saves the defaults on the settings page', async () => {
    const { context, page } = await login('admin');
    await page.goto(`${wp.origin}/wp-admin/options-general.php?page=kultur-widgets`);
    await page.fill('#kultur_widgets_feed', `${backend.endpoint}/events`);
    await page.fill('#kultur_widgets_endpoint', backend.endpoint);
    await page.selectOption('#kultur_widgets_privacy_page', String(site.privacy));
    assert.equal(await page.locator('label[for="kultur_widgets_lang"]').textContent(), 'Sprache');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    assert.equal(await page.inputValue('#kultur_widgets_endpoint'), backend.endpoint);
    await page.screenshot({ path: join(SHOTS, 'wp-einstellungen-1280.png') });
    const saved = wp.php("echo json_encode( get_option( 'kultur_widgets' ) );");
    assert.deepEqual(saved, { feed: `${backend.endpoint}/events`, endpoint: backend.endpoint, lang: '', privacy_page: site.privacy });
    await context.close();
  });

  for (const [slug, tags] of [['kurzcodes', 3], ['bloecke', 3]]) {
    it(`renders the ${slug === 'kurzcodes' ? 'shortcodes' : 'blocks'}, untouched by the theme's CSS`, async () => {
      const { context, page, record } = await openPage(browser, slug === 'kurzcodes' ? site.pages.kurzcodes : site.pages.bloecke, { contextOptions: { viewport: { width: 1280, height: 900 } } });
      const eventShown = () => [...document.querySelectorAll('kultur-event-calendar')].every((calendar) => calendar.shadowRoot?.querySelector('[part~="event"]'));
      await page.waitForFunction(eventShown);
      // The box is there while the form still loads its event: wait for the order form itself.
      await page.locator('kultur-ticket-reservation form').waitFor();
      await page.locator('kultur-membership-badge [part~="badge"]').first().waitFor();
      const scripts = await page.locator('script[type="module"][src*="/kultur-widgets/assets/"]').count();
      assert.equal(scripts, tags, 'one module script per widget, from the plugin');
      const hosts = await page.evaluate(() => [...document.querySelectorAll('kultur-event-calendar, kultur-ticket-reservation, kultur-membership-badge')].map((el) => el.outerHTML.replace(/<script[\s\S]*?<\/script>/g, '')));
      const reservation = page.locator('kultur-ticket-reservation');
      assert.equal(await reservation.getAttribute('privacy-url'), site.privacyUrl);
      assert.equal(await reservation.getAttribute('endpoint'), backend.endpoint);
      // Against the same elements on a bare page, with the page's inherited text settings (font, size, colour: by design).
      const wordpress = await shadowStyles(page);
      const text = await inheritedText(page);
      const { context: bareContext, page: barePage, record: bareRecord } = await openPage(browser, 'about:blank', { contextOptions: { viewport: { width: 1280, height: 900 } } });
      // Served by the bare server itself: a routed (fulfilled) document would not count as loopback for Chromium's local network access.
      bare.page = `<!doctype html><html lang="de-DE"><head><meta charset="utf-8">${['kultur-event-calendar', 'kultur-ticket-reservation', 'kultur-membership-badge'].map((f) => `<script type="module" src="/assets/${f}.js"></script>`).join('')}</head><body>${hosts.map((h, i) => `<div style="${text[i]}">${h}</div>`).join('')}</body></html>`;
      await barePage.goto(`${bare.origin}/`);
      await barePage.waitForFunction(eventShown, undefined, { timeout: 15_000 }).catch((error) => {
        throw new Error(`bare page: ${error.message} ${JSON.stringify(bareRecord)}`);
      });
      await barePage.locator('kultur-ticket-reservation form').waitFor();
      await barePage.locator('kultur-membership-badge [part~="badge"]').first().waitFor();
      compareShadowStyles(wordpress, await shadowStyles(barePage));
      await bareContext.close();
      assert.deepEqual(record.errors, []);
      const foreign = record.requests.filter((url) => !url.startsWith(wp.origin) && !url.startsWith(backend.url) && !url.startsWith('data:'));
      assert.deepEqual(foreign, [], 'no third-party request');
      await screenshots(page, slug);
      await context.close();
    });
  }

  it('sends a reservation made on the WordPress page to the reference backend', async () => {
    const { context, page } = await openPage(browser, site.pages.bloecke);
    const shadow = (selector) => page.locator(`kultur-ticket-reservation ${selector}`);
    await shadow('[aria-controls="offer-normal"]:last-child').click();
    await shadow('[aria-controls="offer-normal"]:last-child').click();
    await shadow('#name').fill('Erika Mustermann');
    await shadow('#email').fill('erika@example.org');
    await shadow('button[type="submit"]').click();
    await shadow('.code').waitFor();
    const code = (await shadow('.code').textContent()).trim();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(SHOTS, 'wp-reservierung-bestaetigt-1280.png'), fullPage: true });
    const csv = await (await fetch(`${backend.endpoint}/admin/events/wp-konzert/reservations?format=csv`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).text();
    const row = csv.split('\r\n').find((line) => line.includes(code));
    assert.ok(row, `reservation ${code} in the door list:\n${csv}`);
    assert.match(row, /Erika Mustermann/);
    assert.match(row, /;2;|;2$/);
    await context.close();
  });

  it('lets an editor without unfiltered_html add a block in the block editor', async () => {
    const { context, page } = await login('redakteurin');
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${wp.origin}/wp-admin/post-new.php?post_type=page`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('kultur-widgets/calendar')?.edit && window.wp.data.select('core/editor').getCurrentPostId());
    const titles = await page.evaluate(() => ['calendar', 'reservation', 'badge'].map((name) => window.wp.blocks.getBlockType(`kultur-widgets/${name}`).title));
    assert.deepEqual(titles, ['Veranstaltungskalender', 'Ticketreservierung', 'Mitgliedsbadge']);
    await page.evaluate((shownMonth) => {
      const { data, blocks } = window.wp;
      if (data.select('core/edit-post').isFeatureActive('welcomeGuide')) data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      const block = blocks.createBlock('kultur-widgets/calendar', { view: 'list', month: shownMonth });
      data.dispatch('core/block-editor').insertBlocks(block);
      data.dispatch('core/block-editor').selectBlock(block.clientId);
      data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      data.dispatch('core/editor').editPost({ title: 'Programm der Redaktion', status: 'publish' });
    }, month);
    // The inspector shows the options (translated), the canvas the live element rendered by PHP.
    await page.locator('.block-editor-block-inspector').getByText('Ansicht', { exact: true }).waitFor();
    await page.locator('.editor-styles-wrapper kultur-event-calendar [part~="event"]').first().waitFor();
    assert.equal(await page.locator('.block-editor-block-inspector select').first().inputValue(), '');
    await page.screenshot({ path: join(SHOTS, 'wp-blockeditor-1280.png') });
    await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
    await page.waitForFunction(() => {
      const editor = window.wp.data.select('core/editor');
      return !editor.isSavingPost() && editor.getCurrentPost().status === 'publish';
    });
    const link = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
    assert.deepEqual(errors, []);
    await context.close();
    const saved = wp.php(`$post = get_page_by_path( 'programm-der-redaktion' ); echo json_encode( array( 'author' => get_the_author_meta( 'user_login', $post->post_author ), 'content' => $post->post_content ) );`);
    assert.equal(saved.author, 'redakteurin');
    assert.match(saved.content, /<!-- wp:kultur-widgets\/calendar \{[^}]*"view":"list"/);
    const visitor = await openPage(browser, link);
    await visitor.page.locator('kultur-event-calendar [part~="event"]:visible').first().waitFor();
    assert.equal(await visitor.page.locator('kultur-event-calendar').getAttribute('view'), 'list');
    await screenshots(visitor.page, 'redaktion');
    await visitor.context.close();
  });

  it('escapes shortcode attributes and drops unknown values', async () => {
    const html = await (await fetch(site.pages.escaping)).text();
    const tag = /<kultur-event-calendar[^>]*>/.exec(html)?.[0];
    assert.ok(tag, 'the calendar is rendered');
    assert.match(tag, /^<kultur-event-calendar(\s[a-z-]+="[^"<>]*")*>$/, 'every attribute value quoted and escaped');
    const { context, page } = await openPage(browser, site.pages.escaping);
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const calendar = page.locator('kultur-event-calendar');
    await calendar.hover();
    const attributes = await page.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(`${source}</kultur-event-calendar>`, 'text/html').body.firstElementChild;
      return Object.fromEntries(parsed.getAttributeNames().map((name) => [name, parsed.getAttribute(name)]));
    }, tag);
    assert.deepEqual(Object.keys(attributes).sort(), ['category', 'format', 'src']);
    assert.equal(attributes.category, 'Jazz" onmouseover="alert(2)');
    assert.equal(attributes.format, 'ics');
    assert.doesNotMatch(attributes.src, /["\s]/);
    assert.deepEqual(dialogs, []);
    await screenshots(page, 'escaping');
    await context.close();
  });

  it('logged no PHP warning, notice or error', () => {
    const problems = wp.log().split('\n').filter((line) => PHP_PROBLEM.test(line) || (/Deprecated/.test(line) && /kultur-widgets/.test(line)));
    assert.deepEqual(problems, []);
  });
});

