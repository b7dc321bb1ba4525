// The landing page: for each example bundle it lists, finds the example's patient (by the identifier in the served
// bundle), offers to load the example when it is not there, and lists the patients that claim our patient profile.

import { PATIENT_PROFILE } from './canonicals.js';
import { FhirError, fhirGet, fhirPost } from './fhir.js';

const PATIENT_PAGE_SIZE = 100;

function timelineHref(id) {
	return `/timeline/${encodeURIComponent(id)}`;
}

/** The patient's International Patient Summary, a FHIR document (docs/summary.md). */
function summaryHref(id) {
	return `/fhir/Patient/${encodeURIComponent(id)}/$summary`;
}

function describe(error) {
	if (error instanceof FhirError) {
		return error.status === 0 ? error.message : `The server answered HTTP ${error.status}: ${error.message}`;
	}
	return String(error?.message ?? error);
}

/** An example bundle as served, and its patient's identifier as `system|value`. */
async function exampleBundle(href) {
	const response = await fetch(href);
	if (!response.ok) throw new Error(`the example bundle is not served (HTTP ${response.status})`);
	const text = await response.text();
	const bundle = JSON.parse(text);
	const patient = (bundle.entry ?? []).find((entry) => entry.resource?.resourceType === 'Patient')?.resource;
	const identifier = patient?.identifier?.find((i) => i.system && i.value);
	if (!identifier) throw new Error('the example bundle has no Patient with an identifier');
	return { text, identifier: `${identifier.system}|${identifier.value}` };
}

/**
 * One example of the list: a link to its JSON, its state on this server (a link to its timeline, or a button that
 * loads it) and the answer to a load. Element ids end with the bundle's file name, e.g. `link-example-<name>`.
 */
function exampleItem(item) {
	const href = item.dataset.bundle;
	const name = href.substring(href.lastIndexOf('/') + 1).replace(/\.json$/, '');
	const state = Object.assign(document.createElement('span'), { id: `example-state-${name}`, textContent: 'looking for it on this server…' });
	const button = Object.assign(document.createElement('button'), { id: `load-example-${name}`, type: 'button', hidden: true, textContent: 'Load it' });
	const status = Object.assign(document.createElement('span'), { id: `example-status-${name}` });
	status.setAttribute('role', 'status');
	status.setAttribute('aria-live', 'polite');
	const json = Object.assign(document.createElement('a'), { id: `example-bundle-${name}`, href, textContent: 'JSON' });
	item.append(' (', json, '). ', state, ' ', button, ' ', status);
	return { href, name, state, button, status };
}

async function showExample(example) {
	let bundle;
	try {
		bundle = await exampleBundle(example.href);
	} catch (error) {
		example.state.textContent = `Not available: ${error.message}.`;
		return;
	}
	let found;
	try {
		found = await fhirGet(`Patient?identifier=${encodeURIComponent(bundle.identifier)}&_elements=id`);
	} catch (error) {
		example.state.textContent = `The server could not be searched. ${describe(error)}`;
		return;
	}
	const id = found.entry?.[0]?.resource?.id;
	if (id) {
		const link = Object.assign(document.createElement('a'), { id: `link-example-${example.name}`, href: timelineHref(id), textContent: `Open the timeline of Patient/${id}` });
		const summary = Object.assign(document.createElement('a'), { id: `summary-example-${example.name}`, href: summaryHref(id), textContent: 'patient summary (IPS)' });
		example.state.replaceChildren(link, ' · ', summary);
		example.button.hidden = true;
		return;
	}
	example.state.textContent = 'Not loaded on this server yet.';
	example.button.hidden = false;
	example.button.onclick = async () => {
		example.button.disabled = true;
		example.status.textContent = 'Loading: the server validates every resource against the profiles, which takes a few seconds the first time…';
		try {
			const answer = await fhirPost('', bundle.text);
			example.status.textContent = `Loaded: the server answered ${answer.entry?.length ?? 0} entries.`;
			await showExample(example);
			await listPatients();
		} catch (error) {
			example.status.textContent = `It could not be loaded. ${describe(error)}`;
		} finally {
			example.button.disabled = false;
		}
	};
}

function patientLabel(patient) {
	const name = patient.name?.[0];
	const text = name?.text ?? [...(name?.given ?? []), name?.family].filter(Boolean).join(' ');
	const identifier = patient.identifier?.[0]?.value;
	return [`Patient/${patient.id}`, text || identifier, patient.gender].filter(Boolean).join(' · ');
}

async function listPatients() {
	const select = document.getElementById('patient-select');
	const status = document.getElementById('patients-status');
	let bundle;
	try {
		bundle = await fhirGet(`Patient?_profile=${encodeURIComponent(PATIENT_PROFILE)}&_count=${PATIENT_PAGE_SIZE}&_sort=-_lastUpdated`);
	} catch (error) {
		select.replaceChildren(new Option('Patients could not be listed', ''));
		status.textContent = describe(error);
		return;
	}
	const patients = (bundle.entry ?? []).map((entry) => entry.resource).filter((r) => r?.resourceType === 'Patient');
	if (patients.length === 0) {
		select.replaceChildren(new Option('No patient on this server yet', ''));
		select.disabled = true;
		document.getElementById('pick-open').disabled = true;
		status.textContent = '';
		return;
	}
	select.replaceChildren(...patients.map((p) => new Option(patientLabel(p), p.id)));
	select.disabled = false;
	document.getElementById('pick-open').disabled = false;
	const more = (bundle.link ?? []).some((link) => link.relation === 'next');
	status.textContent = more
		? `The ${patients.length} most recently changed patients; enter an id below for any other.`
		: `${patients.length} patient(s).`;
}

document.getElementById('pick-form').addEventListener('submit', (event) => {
	event.preventDefault();
	const id = document.getElementById('patient-select').value;
	if (id) location.assign(timelineHref(id));
});
document.getElementById('id-form').addEventListener('submit', (event) => {
	event.preventDefault();
	location.assign(timelineHref(document.getElementById('patient-id').value.trim()));
});

// data-state tells a test (and a curious reader) that both look-ups have finished.
const examples = [...document.querySelectorAll('li.example-case')].map(exampleItem);
Promise.allSettled([...examples.map(showExample), listPatients()]).then(() => {
	document.getElementById('main').dataset.state = 'ready';
});
