// The landing page: finds the example patient (by the identifier in the served example bundle), offers to load
// the example when it is not there, and lists the patients that claim our patient profile.

import { PATIENT_PROFILE } from './canonicals.js';
import { FhirError, fhirGet, fhirPost } from './fhir.js';

const EXAMPLE_BUNDLE = document.getElementById('example-bundle').getAttribute('href');
const PATIENT_PAGE_SIZE = 100;

const exampleState = document.getElementById('example-state');
const exampleStatus = document.getElementById('example-status');
const loadButton = document.getElementById('load-example');

function timelineHref(id) {
	return `/timeline/${encodeURIComponent(id)}`;
}

function describe(error) {
	if (error instanceof FhirError) {
		return error.status === 0 ? error.message : `The server answered HTTP ${error.status}: ${error.message}`;
	}
	return String(error?.message ?? error);
}

/** The example bundle as served, and its patient's identifier as `system|value`. */
async function exampleBundle() {
	const response = await fetch(EXAMPLE_BUNDLE);
	if (!response.ok) throw new Error(`the example bundle is not served (HTTP ${response.status})`);
	const text = await response.text();
	const bundle = JSON.parse(text);
	const patient = (bundle.entry ?? []).find((entry) => entry.resource?.resourceType === 'Patient')?.resource;
	const identifier = patient?.identifier?.find((i) => i.system && i.value);
	if (!identifier) throw new Error('the example bundle has no Patient with an identifier');
	return { text, identifier: `${identifier.system}|${identifier.value}` };
}

async function showExample() {
	let example;
	try {
		example = await exampleBundle();
	} catch (error) {
		exampleState.textContent = `not available: ${error.message}.`;
		return;
	}
	let found;
	try {
		found = await fhirGet(`Patient?identifier=${encodeURIComponent(example.identifier)}&_elements=id`);
	} catch (error) {
		exampleState.textContent = `the server could not be searched. ${describe(error)}`;
		return;
	}
	const id = found.entry?.[0]?.resource?.id;
	if (id) {
		const link = Object.assign(document.createElement('a'), { id: 'link-example', href: timelineHref(id), textContent: `open the timeline of Patient/${id}` });
		exampleState.replaceChildren(link);
		loadButton.hidden = true;
		return;
	}
	exampleState.textContent = 'not loaded on this server yet; use “Load the example case” below.';
	loadButton.hidden = false;
	loadButton.onclick = async () => {
		loadButton.disabled = true;
		exampleStatus.textContent = 'Loading the example case: the server validates every resource against the profiles, which takes a few seconds the first time…';
		try {
			const answer = await fhirPost('', example.text);
			exampleStatus.textContent = `Loaded: the server answered ${answer.entry?.length ?? 0} entries.`;
			await showExample();
			await listPatients();
		} catch (error) {
			exampleStatus.textContent = `The example could not be loaded. ${describe(error)}`;
		} finally {
			loadButton.disabled = false;
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
Promise.allSettled([showExample(), listPatients()]).then(() => {
	document.getElementById('main').dataset.state = 'ready';
});
