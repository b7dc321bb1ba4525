// The case timeline page: /timeline/{patientId}. Reads the patient's record through the server's own FHIR API
// (Patient read, then Patient/$everything with its paging), works out the timeline (timeline-model.js) and draws it
// (timeline-chart.js). Unknown ids, empty records and server errors end in a message, never a blank page.

import { FhirError, allPages, fhirGet, isFhirId } from './fhir.js';
import { buildTimeline, isEmpty } from './timeline-model.js';

const PAGE_SIZE = 200;

const main = document.getElementById('main');

/** The patient id from /timeline/{id}, or from ?patient= when the page is opened as /timeline.html. */
function patientId() {
	const query = new URLSearchParams(location.search).get('patient');
	if (query !== null) return query;
	const match = /^\/timeline\/([^/]+)\/?$/.exec(location.pathname);
	if (!match) return '';
	try {
		return decodeURIComponent(match[1]);
	} catch {
		return match[1];
	}
}

function show(state, message, kind = 'error') {
	main.dataset.state = state;
	document.getElementById('status').textContent = '';
	const box = document.getElementById('message');
	box.className = `message ${kind}`;
	box.replaceChildren(...[].concat(message).map((text) => Object.assign(document.createElement('p'), { textContent: text })));
	const back = document.createElement('p');
	back.append(Object.assign(document.createElement('a'), { href: '/', textContent: 'Choose another patient' }));
	box.append(back);
	box.hidden = false;
}

function errorText(error, id) {
	if (error instanceof FhirError) {
		if (error.status === 404) return [`No patient with the id “${id}” on this server.`];
		if (error.status === 410) return [`The patient “${id}” has been deleted from this server.`];
		if (error.status === 0) return ['The FHIR server could not be reached.', error.message];
		return [`The FHIR server answered with an error (HTTP ${error.status}), so the timeline cannot be drawn.`, error.message];
	}
	return ['The timeline could not be drawn because of an error in the page.', String(error?.message ?? error)];
}

function patientName(patient) {
	const name = patient.name?.[0];
	if (!name) return null;
	return name.text ?? [...(name.given ?? []), name.family].filter(Boolean).join(' ');
}

function fillPatient(patient, timeline) {
	const facts = document.getElementById('patient-facts');
	const rows = [
		['Patient', `${patientName(patient) ?? 'No name recorded'} (Patient/${patient.id})`],
		['Gender', patient.gender ?? 'not recorded'],
		['Birth date', patient.birthDate ?? 'not recorded'],
		['Identifiers', (patient.identifier ?? []).map((i) => `${i.value} (${i.system ?? 'no system'})`).join(', ') || 'none'],
	];
	const diagnosis = timeline.lanes.find((l) => l.key === 'diseaseStatus')?.items.find((i) => i.category === 'diagnosis');
	if (diagnosis) rows.push(['Diagnosis', `${diagnosis.details[0] ?? diagnosis.label}, ${diagnosis.date}`]);
	facts.replaceChildren(
		...rows.flatMap(([term, value]) => [
			Object.assign(document.createElement('dt'), { textContent: term }),
			Object.assign(document.createElement('dd'), { textContent: value }),
		]),
	);
	document.getElementById('patient').hidden = false;
}

/** The download button: fetches Patient/{id}/$summary, the patient's IPS document, and saves it as a JSON file. */
function offerSummary(id) {
	const button = document.getElementById('download-summary');
	const status = document.getElementById('summary-status');
	button.onclick = async () => {
		button.disabled = true;
		status.textContent = 'Assembling the summary…';
		try {
			const summary = await fhirGet(`Patient/${encodeURIComponent(id)}/$summary`);
			const blob = new Blob([JSON.stringify(summary, null, 2)], { type: 'application/fhir+json' });
			const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `patient-${id}-summary.json` });
			document.body.append(link);
			link.click();
			link.remove();
			setTimeout(() => URL.revokeObjectURL(link.href), 0);
			status.textContent = `Saved patient-${id}-summary.json (${summary.entry?.length ?? 0} entries).`;
		} catch (error) {
			status.textContent = `The summary could not be made. ${error.message}`;
		} finally {
			button.disabled = false;
		}
	};
}

function fillList(containerId, listId, items) {
	document.getElementById(listId).replaceChildren(
		...items.map((text) => Object.assign(document.createElement('li'), { textContent: text })),
	);
	document.getElementById(containerId).hidden = items.length === 0;
}

async function run() {
	const id = patientId();
	document.title = `Case timeline of Patient/${id} · B-ALL / HSCT FHIR server`;
	document.getElementById('title').textContent = `Case timeline of Patient/${id}`;
	if (!isFhirId(id)) {
		document.getElementById('title').textContent = 'Case timeline';
		show('invalid', [`“${id}” is not a FHIR resource id (1 to 64 letters, digits, '-' or '.').`]);
		return;
	}
	let patient;
	let resources;
	try {
		document.getElementById('status').textContent = `Loading the record of Patient/${id}…`;
		patient = await fhirGet(`Patient/${encodeURIComponent(id)}`);
		resources = await allPages(`Patient/${encodeURIComponent(id)}/$everything?_count=${PAGE_SIZE}`);
	} catch (error) {
		show(error instanceof FhirError && (error.status === 404 || error.status === 410) ? 'not-found' : 'error', errorText(error, id));
		return;
	}
	// $everything may return a resource on several pages; each counts once.
	const unique = [...new Map(resources.map((r) => [`${r.resourceType}/${r.id}`, r])).values()];
	const timeline = buildTimeline(patient, unique);
	fillPatient(patient, timeline);
	offerSummary(id);
	if (isEmpty(timeline)) {
		const others = unique.filter((r) => r.resourceType !== 'Patient').length;
		show(
			'empty',
			others === 0
				? [`Patient/${id} has no results, treatments or events on this server yet: there is nothing to draw.`]
				: [`Patient/${id} has ${others} other resource(s), but none that this timeline draws (laboratory series, treatment, disease status, engraftment, adverse events, GvHD).`],
			'info',
		);
		return;
	}
	try {
		const { renderChart, fillTable, describe } = await import('./timeline-chart.js');
		document.getElementById('figure').hidden = false;
		document.getElementById('details').hidden = false;
		const container = document.getElementById('chart');
		container.setAttribute('aria-label', describe(timeline));
		const chart = renderChart(container, timeline);
		fillTable(document.getElementById('data-rows'), timeline);
		fillList('not-placed', 'not-placed-list', timeline.notPlaced.map((n) => `${n.what}: ${n.why} (${n.ref})`));
		fillList('not-drawn', 'not-drawn-list', timeline.notDrawn.map((n) => `${n.what}: ${n.count}`));
		// For debugging in the browser console, and for the browser test (src/test/browser).
		window.hsctTimeline = { chart, timeline };
		document.getElementById('status').textContent = `Drawn: ${timeline.series.reduce((n, s) => n + s.points.length, 0)} results and ${timeline.lanes.reduce((n, l) => n + l.items.length, 0)} treatment items and events.`;
		main.dataset.state = 'ready';
	} catch (error) {
		show('error', errorText(error, id));
	}
}

run();
