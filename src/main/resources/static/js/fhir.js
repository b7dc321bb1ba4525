// Reading the server's own FHIR API from the pages: JSON requests to /fhir (same origin), paging through `next`
// links, and errors that say what went wrong.

/** The FHIR base of this server, relative to the page's origin. */
export const FHIR_BASE = '/fhir';

/** A guard against a server whose `next` links never end. */
const MAX_PAGES = 100;

/** An HTTP error from the FHIR API (status 0: the server could not be reached). */
export class FhirError extends Error {
	constructor(status, message) {
		super(message);
		this.name = 'FhirError';
		this.status = status;
	}
}

/** GET a FHIR URL (relative to the base, or absolute) as JSON; throws FhirError on any failure. */
export async function fhirGet(url) {
	return fhirRequest(url, { method: 'GET' });
}

/** POST a FHIR resource (e.g. a transaction Bundle) to a URL relative to the base. */
export async function fhirPost(url, body) {
	return fhirRequest(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/fhir+json' },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
}

async function fhirRequest(url, init) {
	const absolute = /^https?:/.test(url) ? url : url === '' ? FHIR_BASE : `${FHIR_BASE}${url.startsWith('/') ? '' : '/'}${url}`;
	let response;
	try {
		response = await fetch(absolute, {
			...init,
			headers: { Accept: 'application/fhir+json', ...(init.headers ?? {}) },
		});
	} catch (error) {
		throw new FhirError(0, `The FHIR server could not be reached (${error.message}).`);
	}
	let body = null;
	try {
		body = await response.json();
	} catch {
		body = null;
	}
	if (!response.ok) {
		throw new FhirError(response.status, outcomeText(body) ?? `HTTP ${response.status} ${response.statusText}`.trim());
	}
	if (body === null) {
		throw new FhirError(response.status, `The FHIR server answered ${absolute} with something that is not JSON.`);
	}
	return body;
}

/** The diagnostics of an OperationOutcome, or null. */
function outcomeText(body) {
	if (body?.resourceType !== 'OperationOutcome') return null;
	const texts = (body.issue ?? []).map((issue) => issue.diagnostics ?? issue.details?.text).filter(Boolean);
	return texts.length ? texts.join(' ') : null;
}

/** The resources of a search or operation and of all its following pages, outcomes left out. */
export async function allPages(url) {
	const resources = [];
	let next = url;
	for (let pages = 1; next; pages++) {
		if (pages > MAX_PAGES) throw new FhirError(0, `More than ${MAX_PAGES} pages of results: giving up.`);
		const bundle = await fhirGet(next);
		for (const entry of bundle.entry ?? []) {
			if (entry.resource && entry.search?.mode !== 'outcome') resources.push(entry.resource);
		}
		next = (bundle.link ?? []).find((link) => link.relation === 'next')?.url ?? null;
	}
	return resources;
}

/** Text for HTML: the pages never put FHIR text into HTML unescaped. */
export function escapeHtml(text) {
	return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A valid FHIR resource id (R4: 1 to 64 of A-Z, a-z, 0-9, '-' and '.'). */
export function isFhirId(id) {
	return /^[A-Za-z0-9\-.]{1,64}$/.test(id);
}
