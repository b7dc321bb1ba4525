#!/usr/bin/env node
// Opens the server's pages in headless Chromium (Debian's package, driven by playwright-core) the way a person
// would: the landing page (and the "Load it" button of the published case), a click through to its timeline,
// hovering its points, the error states, and a click through to the profile documentation. Prints one JSON report
// of what the pages showed on stdout; BrowserIT compares it with the example bundle and the package. Saves
// screenshots. Any failure to run goes to stderr with a non-zero exit code.
//
// Usage: node pages.mjs <baseUrl> <screenshotDir> <chromiumPath> <emptyPatientId> <otherPatientId>

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';

// Without the background-networking flags Chromium tries to reach Google's services, which a closed network
// refuses; --no-sandbox because CI runs as root.
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];
const VIEWPORT = { width: 1400, height: 1800 };
// The example the test loads through the API first (the others are loaded here, with their buttons).
const PUBLISHED_CASE = 'ball-hsct-transaction-bundle';
const TIMEOUT = 30_000;

class UsageError extends Error {}

async function main([baseUrl, screenshotDir, chromiumPath, emptyPatientId, otherPatientId]) {
	if (!baseUrl || !screenshotDir || !chromiumPath || !emptyPatientId || !otherPatientId) {
		throw new UsageError('usage: node pages.mjs <baseUrl> <screenshotDir> <chromiumPath> <emptyPatientId> <otherPatientId>');
	}
	fs.mkdirSync(screenshotDir, { recursive: true });
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsct-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: VIEWPORT,
		baseURL: baseUrl,
	});
	context.setDefaultTimeout(TIMEOUT);
	// A page or a locator.
	const shot = (target, name, options = {}) => target.screenshot({ path: path.join(screenshotDir, `${name}.png`), ...options });
	try {
		const page = await context.newPage();
		const problems = watch(page);

		const landing = await landingPage(page, shot);
		const timeline = await timelinePage(page, shot);
		const otherExamples = await otherExamplePages(page, shot);
		const profiles = await profilesPage(page, shot);
		// A patient other than the example, with other data: nothing of the page may be made for the example.
		await page.goto(`/timeline/${encodeURIComponent(otherPatientId)}`);
		await page.waitForSelector('main[data-state="ready"]');
		const otherTimeline = { chart: await chartFacts(page), rows: await tableRows(page) };
		await shot(page, 'timeline-other-patient', { fullPage: true });
		const report = { landing, timeline, otherExamples, otherTimeline, profiles, problems: problems.list };

		// The error states, each on a page of its own so that its expected failures are not counted as problems.
		report.errorStates = {
			unknown: await errorState(context, '/timeline/no-such-patient-in-this-test', 'timeline-unknown-patient', shot),
			empty: await errorState(context, `/timeline/${encodeURIComponent(emptyPatientId)}`, 'timeline-empty-patient', shot),
			invalid: await errorState(context, '/timeline/not%20an%20id', 'timeline-invalid-id', shot),
			serverError: await errorState(context, landing.exampleHref, 'timeline-server-error', shot, async (errorPage) => {
				// The FHIR server failing while the page reads the record: a 500 with an OperationOutcome.
				await errorPage.route(
					(url) => url.pathname.endsWith('/$everything'),
					(route) =>
						route.fulfill({
							status: 500,
							contentType: 'application/fhir+json',
							body: JSON.stringify({
								resourceType: 'OperationOutcome',
								issue: [{ severity: 'error', code: 'exception', diagnostics: 'Simulated failure of the test' }],
							}),
						}),
				);
			}),
		};
		return report;
	} finally {
		await context.close();
		fs.rmSync(userDataDir, { recursive: true, force: true });
	}
}

/** Console errors, uncaught exceptions and failed requests of a page, as they happen. */
function watch(page) {
	const list = [];
	page.on('console', (message) => {
		if (message.type() === 'error') list.push(`console: ${message.text()} (${page.url()})`);
	});
	page.on('pageerror', (error) => list.push(`exception: ${error.message} (${page.url()})`));
	page.on('requestfailed', (request) => list.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
	page.on('response', (response) => {
		if (response.status() >= 400) list.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return { list };
}

async function landingPage(page, shot) {
	// The example is loaded (BrowserIT loads it through the API first). To see the "Load the example case" button,
	// the page's search for it is answered with an empty result once; the click then POSTs the served bundle.
	let hideExample = true;
	await page.route(
		(url) => url.pathname === '/fhir/Patient' && url.searchParams.has('identifier'),
		(route) =>
			hideExample
				? route.fulfill({ contentType: 'application/fhir+json', body: JSON.stringify({ resourceType: 'Bundle', type: 'searchset', total: 0 }) })
				: route.continue(),
	);
	await page.goto('/');
	await page.waitForSelector('main[data-state="ready"]');
	const button = page.locator(`#load-example-${PUBLISHED_CASE}`);
	const buttonShown = await button.isVisible();
	await shot(page, 'landing-example-not-loaded');
	hideExample = false;
	const [post] = await Promise.all([
		page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/fhir'),
		button.click(),
	]);
	await page.waitForSelector(`#link-example-${PUBLISHED_CASE}`);
	await page.unroute((url) => url.pathname === '/fhir/Patient' && url.searchParams.has('identifier'));
	await shot(page, 'landing');

	const links = {};
	for (const id of ['link-fhir', 'link-metadata', 'link-openapi', 'link-profiles', `link-example-${PUBLISHED_CASE}`, `summary-example-${PUBLISHED_CASE}`]) {
		const href = await page.locator(`#${id}`).getAttribute('href');
		// As a browser asks: the FHIR base answers a browser with a redirect to the OpenAPI UI.
		const response = await page.request.get(href, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
		links[id] = { href, status: response.status() };
	}
	return {
		loadButtonShown: buttonShown,
		loadStatus: post.status(),
		exampleHref: links[`link-example-${PUBLISHED_CASE}`].href,
		examples: await page.locator('li.example-case').evaluateAll((items) => items.map((li) => li.dataset.bundle)),
		links,
		patientOptions: await page.locator('#patient-select option').evaluateAll((options) => options.map((o) => ({ value: o.value, text: o.textContent }))),
		accessibility: await accessibility(page),
	};
}

async function timelinePage(page, shot) {
	await page.click(`#link-example-${PUBLISHED_CASE}`);
	await page.waitForSelector('main[data-state="ready"]');
	const path = new URL(page.url()).pathname;

	const chart = await chartFacts(page);
	const rows = await tableRows(page);
	const chartElement = page.locator('#chart');
	const aria = {
		role: await chartElement.getAttribute('role'),
		label: await chartElement.getAttribute('aria-label'),
		describedBy: await chartElement.getAttribute('aria-describedby'),
		tableCaption: await page.locator('#data-rows').evaluate((tbody) => tbody.closest('table').caption?.textContent ?? null),
	};
	await shot(page, 'timeline', { fullPage: true });
	const hovers = await hoverFirstItems(page);
	// The lymphocyte count with its tooltip, as in Figure 1 of the report.
	await hover(page, hovers.targets[0]);
	await shot(page, 'timeline-tooltip');
	const summaryDownload = await downloadSummary(page);
	return { path, chart, rows, aria, hovers: hovers.results, accessibility: await accessibility(page), chartColours: await chartColours(page), summaryDownload };
}

/** The timeline's button that saves the patient summary: the file it saves, and what the file holds. */
async function downloadSummary(page) {
	const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-summary')]);
	const summary = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
	return {
		filename: download.suggestedFilename(),
		resourceType: summary.resourceType,
		type: summary.type,
		first: summary.entry?.[0]?.resource?.resourceType ?? null,
		status: await page.locator('#summary-status').textContent(),
	};
}

/**
 * Every other example of the landing page: loaded with its button, as a person would, then its timeline opened.
 * Returns, by bundle name, the load's HTTP status and what the timeline showed.
 */
async function otherExamplePages(page, shot) {
	await page.goto('/');
	await page.waitForSelector('main[data-state="ready"]');
	const names = await page.locator('li.example-case').evaluateAll((items) =>
		items.map((li) => li.dataset.bundle.replace(/^.*\//, '').replace(/\.json$/, '')),
	);
	const result = {};
	for (const name of names.filter((n) => n !== PUBLISHED_CASE)) {
		await page.goto('/');
		await page.waitForSelector('main[data-state="ready"]');
		let loadStatus = null;
		if (await page.locator(`#load-example-${name}`).isVisible()) {
			// after the load the page lists the patients again: wait for that, so the click below aborts nothing
			const listed = page.waitForResponse((response) => new URL(response.url()).searchParams.has('_profile'));
			const [post] = await Promise.all([
				page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/fhir'),
				page.click(`#load-example-${name}`),
			]);
			loadStatus = post.status();
			await listed;
		}
		await page.waitForSelector(`#link-example-${name}`);
		await page.click(`#link-example-${name}`);
		await page.waitForSelector('main[data-state="ready"]');
		result[name] = { loadStatus, path: new URL(page.url()).pathname, chart: await chartFacts(page), rows: await tableRows(page) };
		await shot(page, `timeline-${name}`, { fullPage: true });
	}
	return result;
}

/** What the chart holds: points per series, items per lane, lane labels, day-0 lines per panel. */
async function chartFacts(page) {
	return page.evaluate(() => {
		const option = window.hsctTimeline.chart.getOption();
		const seriesPoints = {};
		const laneItems = {};
		for (const s of option.series) {
			if (['lane-periods', 'lane-points', 'lane-markers'].includes(s.id)) {
				for (const d of s.data) laneItems[d.lane] = (laneItems[d.lane] ?? 0) + 1;
			} else if (s.type === 'line' && !s.id.startsWith('day0-')) {
				seriesPoints[s.id] = s.data.length;
			}
		}
		const laneAxis = option.yAxis.find((axis) => axis.type === 'category');
		const day0 = option.series.filter((s) => s.id.startsWith('day0-')).map((s) => s.markLine.data.length);
		return { seriesPoints, laneItems, laneLabels: laneAxis?.data.filter(Boolean) ?? [], day0Lines: day0 };
	});
}

/** The rows of the data table under the chart. */
async function tableRows(page) {
	return page.locator('#data-rows tr').evaluateAll((trs) =>
		trs.map((tr) => {
			const cells = [...tr.children].map((cell) => cell.textContent);
			return { kind: tr.dataset.kind, key: tr.dataset.key, track: cells[0], what: cells[1], date: cells[2], value: cells[3], unit: cells[4] };
		}),
	);
}

/**
 * Hovers the first point of every laboratory series and the first item of every lane (one not sharing its place
 * with another), and returns what the tooltip said next to what the page's data says of that point.
 */
async function hoverFirstItems(page) {
	const targets = await page.evaluate(() => {
		const { chart, timeline } = window.hsctTimeline;
		const option = chart.getOption();
		const box = document.getElementById('chart').getBoundingClientRect();
		const at = (seriesId, value) => {
			const [x, y] = chart.convertToPixel({ seriesId }, value);
			return { x: box.left + window.scrollX + x, y: box.top + window.scrollY + y };
		};
		const result = [];
		for (const s of timeline.series.filter((s) => s.points.length)) {
			const p = s.points[0];
			result.push({ track: s.key, label: s.name, date: p.date, value: p.text, unit: p.unit, ...at(s.key, [p.t, p.y]) });
		}
		for (const id of ['lane-periods', 'lane-points', 'lane-markers']) {
			const series = option.series.find((s) => s.id === id);
			const seen = new Set(result.map((r) => r.track));
			series.data.forEach((d, index) => {
				if (seen.has(d.lane)) return;
				const sharing = series.data.filter((o) => o.value[0] === d.value[0] && o.value.at(-1) === d.value.at(-1)).length;
				if (sharing > 1) return;
				seen.add(d.lane);
				const value = id === 'lane-periods' ? [d.value[0] + (d.value[1] - d.value[0]) / 2, d.value[2]] : d.value;
				result.push({ track: d.lane, label: d.what, date: d.when, value: null, unit: null, index, ...at(id, value) });
			});
		}
		return result;
	});
	const results = [];
	for (const target of targets) {
		const tooltip = await hover(page, target);
		results.push({ track: target.track, label: target.label, date: target.date, value: target.value, unit: target.unit, tooltip });
		await page.mouse.move(1, 1);
	}
	return { targets, results };
}

/** Moves the mouse onto a target and returns the tooltip's text once it names the target (or whatever it shows). */
async function hover(page, target) {
	const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
	await page.mouse.move(target.x - scroll.x, target.y - scroll.y);
	return page
		.waitForFunction(
			(label) => {
				const element = document.querySelector('.timeline-tooltip');
				return element && getComputedStyle(element).display !== 'none' && element.innerText.includes(label) ? element.innerText : null;
			},
			target.label,
			{ timeout: 3000 },
		)
		.then((handle) => handle.jsonValue())
		.catch(() => page.evaluate(() => document.querySelector('.timeline-tooltip')?.innerText ?? null));
}

async function profilesPage(page, shot) {
	await page.goto('/');
	await page.waitForSelector('main[data-state="ready"]');
	await page.click('#link-profiles');
	await page.waitForSelector('article[data-artifact]');
	const artifacts = await page.locator('article[data-artifact]').evaluateAll((articles) =>
		articles.map((article) => ({
			type: article.dataset.artifact,
			url: article.dataset.url,
			canonicalShown: article.querySelector('code.canonical')?.textContent ?? null,
			description: article.querySelector('.description')?.textContent ?? null,
			differentialRows: article.querySelectorAll('table.differential tbody tr').length,
			mustSupportRows: [...article.querySelectorAll('table.differential tbody tr')].filter((tr) => tr.children[5]?.textContent === 'Yes').length,
			examples: [...article.querySelectorAll('a.example')].map((a) => a.getAttribute('href')),
		})),
	);
	await shot(page, 'profiles');
	await shot(page.locator('article[data-artifact="StructureDefinition"]').first(), 'profiles-first-artifact');
	// Every example link answers with the JSON of one resource.
	const exampleLinks = [...new Set(artifacts.flatMap((a) => a.examples))];
	const examples = {};
	for (const href of exampleLinks) {
		const response = await page.request.get(href);
		const body = response.ok() ? await response.json() : null;
		examples[href] = { status: response.status(), resourceType: body?.resourceType ?? null, profiles: body?.meta?.profile ?? [] };
	}
	return { title: await page.title(), artifacts, examples, accessibility: await accessibility(page) };
}

async function errorState(context, url, name, shot, prepare) {
	const page = await context.newPage();
	const problems = watch(page);
	try {
		if (prepare) await prepare(page);
		await page.goto(url);
		await page.waitForFunction(() => document.querySelector('main')?.dataset.state !== 'loading');
		const state = await page.locator('main').getAttribute('data-state');
		const message = (await page.locator('#message').isVisible()) ? await page.locator('#message').innerText() : null;
		await shot(page, name);
		return {
			state,
			message,
			role: await page.locator('#message').getAttribute('role'),
			chartShown: await page.locator('#figure').isVisible(),
			problems: problems.list,
			accessibility: await accessibility(page),
		};
	} finally {
		await page.close();
	}
}

/**
 * Basic accessibility of what is on screen: every control has a name, the page a language and one h1, every image
 * an alternative, and every visible text a contrast of at least 4.5:1 (3:1 when large) with its background.
 */
async function accessibility(page) {
	return page.evaluate(() => {
		const visible = (element) => {
			if (element.closest('[hidden]') || element.closest('details:not([open])') && !element.closest('summary')) return false;
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 1 && box.height > 1;
		};
		const name = (control) => {
			if (control.getAttribute('aria-label')?.trim()) return control.getAttribute('aria-label');
			const labelledBy = control.getAttribute('aria-labelledby');
			if (labelledBy) return labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
			if (control.labels?.length) return [...control.labels].map((label) => label.textContent).join(' ').trim();
			if (control.tagName === 'BUTTON' || control.tagName === 'A') return control.textContent.trim();
			return '';
		};
		const unlabelled = [...document.querySelectorAll('input, select, textarea, button, a[href]')]
			.filter(visible)
			.filter((control) => !name(control))
			.map((control) => control.outerHTML.slice(0, 120));

		const parse = (colour) => {
			const m = colour.match(/rgba?\(([^)]+)\)/);
			if (!m) return null;
			const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
			return { r, g, b, a };
		};
		const background = (element) => {
			for (let e = element; e; e = e.parentElement) {
				const colour = parse(getComputedStyle(e).backgroundColor);
				if (colour && colour.a > 0) return colour;
			}
			return { r: 255, g: 255, b: 255, a: 1 };
		};
		const luminance = ({ r, g, b }) => {
			const channel = (v) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
		};
		const contrast = (a, b) => {
			const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (l1 + 0.05) / (l2 + 0.05);
		};
		const lowContrast = [];
		const checked = new Set();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		while (walker.nextNode()) {
			const element = walker.currentNode.parentElement;
			if (!walker.currentNode.textContent.trim() || checked.has(element) || !visible(element)) continue;
			checked.add(element);
			const style = getComputedStyle(element);
			const fg = parse(style.color);
			const bg = background(element);
			const ratio = contrast(fg, bg);
			const size = parseFloat(style.fontSize);
			const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
			if (ratio < (large ? 3 : 4.5)) {
				lowContrast.push(`${ratio.toFixed(2)}:1 "${walker.currentNode.textContent.trim().slice(0, 40)}" (${style.color} on rgb(${bg.r}, ${bg.g}, ${bg.b}))`);
			}
		}
		return {
			lang: document.documentElement.lang,
			h1: document.querySelectorAll('h1').length,
			imagesWithoutAlt: [...document.querySelectorAll('img:not([alt])')].length,
			unlabelled,
			lowContrast,
			textsChecked: checked.size,
		};
	});
}

/** The colours of the chart's marks, with their contrast against the white background (WCAG 1.4.11 asks 3:1). */
async function chartColours(page) {
	return page.evaluate(() => {
		const hex = (colour) => {
			const m = /^#([0-9a-f]{6})$/i.exec(colour ?? '');
			if (!m) return null;
			const n = parseInt(m[1], 16);
			return { r: n >> 16, g: (n >> 8) & 255, b: n & 255 };
		};
		const luminance = ({ r, g, b }) => [r, g, b].map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
		const colours = new Set();
		for (const s of window.hsctTimeline.chart.getOption().series) {
			if (typeof s.color === 'string') colours.add(s.color);
			for (const d of s.data ?? []) if (d?.itemStyle?.color && d.itemStyle.color !== '#ffffff') colours.add(d.itemStyle.color);
		}
		return [...colours].map((colour) => ({ colour, contrast: Number(((1.05) / (luminance(hex(colour)) + 0.05)).toFixed(2)) }));
	});
}

try {
	const report = await main(process.argv.slice(2));
	process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
	process.stderr.write(`pages: ${error instanceof UsageError ? error.message : error.stack}\n`);
	process.exitCode = error instanceof UsageError ? 2 : 1;
}
