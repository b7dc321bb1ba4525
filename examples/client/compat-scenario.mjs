// The scenario every compat-<client>.mjs script runs against a FHIR R4 server with its own client library: what a
// new user of that library would do first. Each script gives runScenario an adapter that does each step the
// library's own way (paging above all: each follows `next` links as the library does); main prints the JSON summary
// runScenario makes of what the server answered, which ClientScenario.assertOutcomes (Java) checks. Any failure goes
// to stderr with a non-zero exit code.
//
// Usage: node compat-<client>.mjs <fhirBaseUrl> <bundlePath> [accessToken]

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import process from 'node:process';

const LOINC = 'http://loinc.org';

/**
 * The scenario's data, shared with ClientCompatibilityIT: ordinary laboratory results (LOINC codes no profile of
 * ours claims), 43 more LOINC codes of a chemistry and blood count panel for the OR-list an app sends (50 codes in
 * all), and the page size of the paged searches (the results take three pages).
 */
const DATA = JSON.parse(await readFile(new URL('./compat-scenario.json', import.meta.url), 'utf8'));

class UsageError extends Error {}

/** The code search parameter of all 50 codes, as an app lists the tests of a panel. */
function codeOrList() {
	const codes = [...DATA.labResults.map((result) => result.code), ...DATA.moreLoincCodes];
	if (codes.length !== 50 || new Set(codes).size !== 50) throw new Error('the OR-list must hold 50 distinct codes');
	return codes.map((code) => `${LOINC}|${code}`).join(',');
}

function plainPatient(family, run) {
	return {
		resourceType: 'Patient',
		identifier: [{ system: DATA.identifierSystem, value: run }],
		name: [{ family, given: ['Ada'] }],
		gender: 'female',
	};
}

function labResult(patient, { code, display, value, unit }, day) {
	return {
		resourceType: 'Observation',
		status: 'final',
		category: [
			{
				coding: [
					{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' },
				],
			},
		],
		code: { coding: [{ system: LOINC, code, display }] },
		subject: { reference: patient },
		effectiveDateTime: `2024-03-${String(day).padStart(2, '0')}T08:00:00Z`,
		valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
	};
}

/**
 * Copies of entries of the example bundle, as a client creates profiled data one resource at a time: its Patient
 * and the Observations that refer to nothing but it, each with identifiers of this run (the bundle's own are the
 * conditions of its conditional creates).
 */
function profiledCopies(bundle, run) {
	const resources = bundle.entry.map((entry) => entry.resource);
	const copy = (resource) => {
		const copied = structuredClone(resource);
		delete copied.id;
		for (const identifier of copied.identifier ?? []) identifier.value = `${identifier.value}-${run}`;
		return copied;
	};
	const patient = copy(resources.find((resource) => resource.resourceType === 'Patient'));
	const observations = resources
		.filter((resource) => resource.resourceType === 'Observation')
		.filter((resource) => Object.keys(resource).every((key) => key === 'subject' || !JSON.stringify(resource[key]).includes('"reference"')))
		.map(copy);
	if (observations.length < 2) throw new UsageError('the bundle has fewer than 2 Observations that refer only to their subject');
	return { patient, observations };
}

const ref = (resource) => `${resource.resourceType}/${resource.id}`;

/** The resources of each page, as Type/id, outcomes left out. */
function pageIds(pages) {
	return pages.map((page) =>
		(page.entry ?? []).filter((entry) => entry.search?.mode !== 'outcome').map((entry) => ref(entry.resource)),
	);
}

function issues(outcome) {
	return (outcome.issue ?? []).map((issue) => ({ severity: issue.severity, diagnostics: issue.diagnostics ?? '' }));
}

/**
 * Runs the scenario with a client's adapter:
 *   metadata(), smartConfiguration() (with a token only), create(resource), read(type, id),
 *   readAs(type, id, { accept, format }), searchPages(type, params) (every page, following next links the client's
 *   way), history(type, id), update(resource, ifMatch), patch(type, id, operations), transaction(bundle),
 *   everythingPages(id, params), validate(type, resource) (the OperationOutcome), status(error) (of a refusal).
 */
export async function runScenario(client, adapter, { bundle, secured }) {
	const run = randomUUID();
	const family = `Compat-${client}-${run.slice(0, 8)}`;
	const summary = { client, family };

	// Discovery.
	const metadata = await adapter.metadata();
	summary.metadata = { resourceType: metadata.resourceType, fhirVersion: metadata.fhirVersion };
	if (secured) {
		const smart = await adapter.smartConfiguration();
		summary.smartConfiguration = {
			tokenEndpoint: smart.token_endpoint ?? null,
			authorizationEndpoint: smart.authorization_endpoint ?? null,
			capabilities: smart.capabilities ?? [],
		};
	}

	// Ordinary data: a plain Patient and lab results with LOINC codes, no profile claimed.
	const patient = await adapter.create(plainPatient(family, run));
	summary.patient = ref(patient);
	summary.patientVersion = patient.meta?.versionId ?? null;
	const observations = [];
	for (const [day, result] of DATA.labResults.entries()) {
		observations.push(ref(await adapter.create(labResult(summary.patient, result, day + 1))));
	}
	summary.observations = observations;

	// Profiled data: resources of the example case, one create each.
	const copies = profiledCopies(bundle, run);
	const profiledPatient = await adapter.create(copies.patient);
	const profiledObservations = [];
	for (const observation of copies.observations) {
		observation.subject = { reference: ref(profiledPatient) };
		profiledObservations.push(await adapter.create(observation));
	}
	summary.profiled = [profiledPatient, ...profiledObservations].map((resource) => ({
		id: ref(resource),
		profiles: resource.meta?.profile ?? [],
	}));

	// Read.
	const read = await adapter.read('Patient', patient.id);
	summary.read = { id: ref(read), family: read.name?.[0]?.family ?? null };

	// Search, paged to the end with a small _count, the total counted.
	const pages = await adapter.searchPages('Observation', {
		subject: summary.patient,
		_count: String(DATA.pageSize),
		_total: 'accurate',
	});
	summary.pages = pageIds(pages);
	summary.total = pages[0]?.total ?? null;

	// _include.
	const included = await adapter.searchPages('Observation', {
		subject: summary.patient,
		_include: 'Observation:subject',
		_count: '20',
	});
	summary.include = {
		match: included.flatMap((page) => (page.entry ?? []).filter((entry) => entry.search?.mode === 'match').map((entry) => ref(entry.resource))),
		include: included.flatMap((page) => (page.entry ?? []).filter((entry) => entry.search?.mode === 'include').map((entry) => ref(entry.resource))),
	};

	// Update with If-Match, then again with the version now stale.
	read.birthDate = '1980-02-03';
	const updated = await adapter.update(read, `W/"${read.meta.versionId}"`);
	summary.update = { versionId: updated.meta?.versionId ?? null, birthDate: updated.birthDate ?? null };
	try {
		await adapter.update(read, `W/"${read.meta.versionId}"`);
		summary.staleUpdate = { status: 'accepted' };
	} catch (error) {
		summary.staleUpdate = { status: adapter.status(error) };
	}

	// PATCH (JSON Patch).
	const patched = await adapter.patch('Patient', patient.id, [
		{ op: 'replace', path: '/name/0/given/0', value: 'Adeline' },
	]);
	summary.patch = { versionId: patched.meta?.versionId ?? null, given: patched.name?.[0]?.given?.[0] ?? null };

	// History.
	const history = await adapter.history('Patient', patient.id);
	summary.history = (history.entry ?? []).map((entry) => entry.resource?.meta?.versionId ?? null);

	// Transaction: the example case.
	const transaction = await adapter.transaction(bundle);
	summary.transaction = (transaction.entry ?? []).map((entry) => entry.response?.status ?? null);

	// Patient/[id]/$everything, paged.
	summary.everything = pageIds(await adapter.everythingPages(patient.id, { _count: String(DATA.pageSize) }));

	// $validate: a plain Patient, and the case's profiled Patient without its gender.
	const valid = await adapter.validate('Patient', plainPatient(family, run));
	const withoutGender = structuredClone(copies.patient);
	delete withoutGender.gender;
	const invalid = await adapter.validate('Patient', withoutGender);
	summary.validate = { valid: issues(valid), invalid: issues(invalid) };

	// The request shapes real apps send.
	const acceptJson = await adapter.readAs('Patient', patient.id, { accept: 'application/json' });
	const formatJson = await adapter.readAs('Patient', patient.id, { format: 'json' });
	summary.shapes = { acceptJson: ref(acceptJson), formatJson: ref(formatJson) };
	summary.orList = pageIds(
		await adapter.searchPages('Observation', { subject: summary.patient, code: codeOrList(), _count: '50' }),
	).flat();

	return summary;
}

/** A readable account of an error: the OperationOutcome of an HTTP error, the cause of a network one. */
function describe(error, outcomeOf) {
	if (error instanceof UsageError) return error.message;
	const lines = [error.stack ?? error.message];
	const outcome = outcomeOf(error);
	if (outcome?.resourceType === 'OperationOutcome') {
		for (const issue of outcome.issue ?? []) lines.push(`  ${issue.severity} ${issue.code}: ${issue.diagnostics}`);
	} else if (outcome !== undefined) {
		lines.push(`  response: ${JSON.stringify(outcome).slice(0, 2000)}`);
	}
	if (error.cause) lines.push(`  cause: ${error.cause.message ?? error.cause}`);
	return lines.join('\n');
}

/**
 * The command line of a compat-<client>.mjs script: reads its arguments, makes the adapter with makeAdapter({
 * baseUrl, token }), runs the scenario and prints its summary.
 *
 * @param outcomeOf the body of the answer a failed request of this client got, for the error report
 */
export async function main(client, makeAdapter, outcomeOf = (error) => error.outcome) {
	try {
		const [baseUrl, bundlePath, token] = process.argv.slice(2);
		if (!baseUrl || !bundlePath) {
			throw new UsageError(`usage: node compat-${client}.mjs <fhirBaseUrl> <bundlePath> [accessToken]`);
		}
		let bundle;
		try {
			bundle = JSON.parse(await readFile(bundlePath, 'utf8'));
		} catch (error) {
			throw new UsageError(`cannot read the bundle ${bundlePath}: ${error.message}`);
		}
		const adapter = await makeAdapter({ baseUrl: baseUrl.replace(/\/+$/, ''), token });
		const summary = await runScenario(client, adapter, { bundle, secured: Boolean(token) });
		process.stdout.write(`${JSON.stringify(summary)}\n`);
	} catch (error) {
		process.stderr.write(`compat-${client}: ${describe(error, outcomeOf)}\n`);
		process.exitCode = error instanceof UsageError ? 2 : 1;
	}
}
