#!/usr/bin/env node
// Loads the example transaction bundle into a FHIR R4 server with fhir-kit-client, then reads the case back the way a
// client app would. Prints one JSON summary on stdout; any failure goes to stderr with a non-zero exit code.
//
// Usage: node load-and-read.mjs <fhirBaseUrl> <bundlePath>

import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { Client } from 'fhir-kit-client';

const MRD_CODE = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs|mrd-flow';
// A guard against a server whose `next` links never end.
const MAX_PAGES = 100;

class UsageError extends Error {}

/** The resources of a search or operation Bundle and of all its following pages (`next` links), outcomes left out. */
async function allPages(client, firstPage) {
	const resources = [];
	let page = firstPage;
	for (let pages = 1; page; pages++) {
		if (pages > MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages of results: giving up`);
		for (const entry of page.entry ?? []) {
			if (entry.resource && entry.search?.mode !== 'outcome') resources.push(entry.resource);
		}
		page = await client.nextPage({ bundle: page });
	}
	return resources;
}

function countBy(items, key) {
	const counts = {};
	for (const item of items) {
		const k = key(item);
		counts[k] = (counts[k] ?? 0) + 1;
	}
	return counts;
}

function effectiveDate(observation) {
	return (
		observation.effectiveDateTime ??
		observation.effectiveInstant ??
		observation.effectivePeriod?.start ??
		observation.issued ??
		null
	);
}

async function readBundle(bundlePath) {
	let bundle;
	try {
		bundle = JSON.parse(await readFile(bundlePath, 'utf8'));
	} catch (error) {
		throw new UsageError(`cannot read the bundle ${bundlePath}: ${error.message}`);
	}
	if (bundle.resourceType !== 'Bundle' || bundle.type !== 'transaction') {
		throw new UsageError(`${bundlePath} is not a transaction Bundle`);
	}
	return bundle;
}

function patientIdentifier(bundle) {
	const patients = (bundle.entry ?? []).filter((entry) => entry.resource?.resourceType === 'Patient');
	if (patients.length !== 1) throw new UsageError(`the bundle holds ${patients.length} Patient entries, expected 1`);
	const identifier = patients[0].resource.identifier?.find((id) => id.system && id.value);
	if (!identifier) throw new UsageError('the Patient entry has no identifier with a system and a value');
	return `${identifier.system}|${identifier.value}`;
}

async function main([baseUrl, bundlePath]) {
	if (!baseUrl || !bundlePath) throw new UsageError('usage: node load-and-read.mjs <fhirBaseUrl> <bundlePath>');
	const bundle = await readBundle(bundlePath);
	const identifier = patientIdentifier(bundle);
	const client = new Client({ baseUrl });

	// (a) Load the case.
	const response = await client.transaction({ body: bundle });
	const responseEntries = response.entry ?? [];
	if (responseEntries.length !== (bundle.entry ?? []).length) {
		throw new Error(`the transaction answered ${responseEntries.length} entries for ${bundle.entry.length} sent`);
	}
	const transaction = countBy(responseEntries, (entry) => entry.response?.status ?? 'no status');

	// (b) Find the patient by its business identifier.
	const matches = await allPages(
		client,
		await client.search({ resourceType: 'Patient', searchParams: { identifier } }),
	);
	if (matches.length !== 1) throw new Error(`Patient?identifier=${identifier} found ${matches.length} patients, expected 1`);
	const patientId = matches[0].id;
	const patient = `Patient/${patientId}`;

	// (c) Read the case back: the whole record, then the searches a client app would run.
	const everything = await allPages(
		client,
		await client.operation({ name: '$everything', resourceType: 'Patient', id: patientId, method: 'GET' }),
	);
	const unique = new Map(everything.map((resource) => [`${resource.resourceType}/${resource.id}`, resource]));

	const mrd = await allPages(
		client,
		await client.search({
			resourceType: 'Observation',
			searchParams: { patient, code: MRD_CODE, _sort: 'date' },
		}),
	);
	const administrations = await allPages(
		client,
		await client.search({ resourceType: 'MedicationAdministration', searchParams: { patient } }),
	);

	// (d) One JSON summary.
	return {
		transaction,
		patient,
		everything: unique.size,
		everythingTypes: countBy(unique.values(), (resource) => resource.resourceType),
		mrdDates: mrd.map(effectiveDate),
		administrations: administrations.length,
	};
}

/** A readable account of an error: the OperationOutcome diagnostics for an HTTP error, the cause for a network one. */
function describe(error) {
	if (error instanceof UsageError) return error.message;
	const lines = [error.message];
	const data = error.response?.data;
	if (data?.resourceType === 'OperationOutcome') {
		for (const issue of data.issue ?? []) {
			const where = issue.expression?.join(', ') ?? issue.location?.join(', ');
			lines.push(
				`  ${issue.severity ?? '?'} ${issue.code ?? ''}: ${issue.diagnostics ?? issue.details?.text ?? '(no diagnostics)'}` +
					(where ? ` [${where}]` : ''),
			);
		}
	} else if (data !== undefined) {
		const text = typeof data === 'string' ? data : JSON.stringify(data);
		lines.push(`  response: ${text.slice(0, 2000)}`);
	}
	if (error.cause) lines.push(`  cause: ${error.cause.message ?? error.cause}`);
	return lines.join('\n');
}

try {
	const summary = await main(process.argv.slice(2));
	process.stdout.write(`${JSON.stringify(summary)}\n`);
} catch (error) {
	process.stderr.write(`load-and-read: ${describe(error)}\n`);
	process.exitCode = error instanceof UsageError ? 2 : 1;
}
