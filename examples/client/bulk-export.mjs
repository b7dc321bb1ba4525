#!/usr/bin/env node
// Exports one patient's compartment with the FHIR Bulk Data async pattern, as a registry's client would: kick-off
// with fhir-kit-client (`Prefer: respond-async`), poll the status URL until the manifest, then download each NDJSON
// file. Prints one JSON summary on stdout; any failure goes to stderr with a non-zero exit code.
//
// Usage: node bulk-export.mjs <fhirBaseUrl> <Patient/id> [<types>]

import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'fhir-kit-client';

// A guard against an export that never completes.
const MAX_WAIT_MS = 120_000;
// Poll sooner than the server's Retry-After (120 s), which is meant for long exports.
const POLL_MS = 250;

class UsageError extends Error {}

async function kickOff(client, patient, types) {
	const [resourceType, id] = patient.split('/');
	const answer = await client.operation({
		name: '$export',
		resourceType,
		id,
		method: 'GET',
		input: types ? { _type: types } : undefined,
		options: { headers: { Prefer: 'respond-async' } },
	});
	const { response } = Client.httpFor(answer);
	if (response.status !== 202) throw new Error(`kick-off answered ${response.status}, expected 202`);
	const status = response.headers.get('content-location');
	if (!status) throw new Error('kick-off answered 202 without Content-Location');
	return status;
}

async function manifest(client, statusUrl) {
	const deadline = Date.now() + MAX_WAIT_MS;
	let polls = 0;
	while (Date.now() < deadline) {
		const answer = await client.request(statusUrl);
		polls++;
		const { response } = Client.httpFor(answer);
		if (response.status === 200) return { manifest: answer, polls };
		if (response.status !== 202) throw new Error(`status answered ${response.status}`);
		if (!response.headers.get('x-progress')) throw new Error('status answered 202 without X-Progress');
		await sleep(POLL_MS);
	}
	throw new Error(`the export at ${statusUrl} did not complete in ${MAX_WAIT_MS} ms`);
}

// NDJSON is not one JSON document, which fhir-kit-client's request() expects: files are fetched directly.
async function download(url) {
	const response = await fetch(url, { headers: { Accept: 'application/fhir+ndjson' } });
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	const type = response.headers.get('content-type') ?? '';
	if (!type.startsWith('application/fhir+ndjson')) throw new Error(`${url} is ${type}, not NDJSON`);
	return (await response.text())
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => JSON.parse(line));
}

async function main([baseUrl, patient, types]) {
	if (!baseUrl || !/^Patient\/[^/]+$/.test(patient ?? '')) {
		throw new UsageError('usage: node bulk-export.mjs <fhirBaseUrl> <Patient/id> [<types>]');
	}
	const client = new Client({ baseUrl });
	const statusUrl = await kickOff(client, patient, types);
	const { manifest: done, polls } = await manifest(client, statusUrl);
	const resources = [];
	for (const file of done.output ?? []) {
		for (const resource of await download(file.url)) {
			if (resource.resourceType !== file.type) {
				throw new Error(`${file.url} (${file.type}) holds a ${resource.resourceType}`);
			}
			resources.push(`${resource.resourceType}/${resource.id}`);
		}
	}
	console.log(JSON.stringify({
		statusUrl,
		polls,
		transactionTime: done.transactionTime,
		requiresAccessToken: done.requiresAccessToken,
		files: (done.output ?? []).length,
		resources,
	}));
}

main(process.argv.slice(2)).catch((error) => {
	console.error(error instanceof UsageError ? error.message : error.stack ?? String(error));
	process.exit(error instanceof UsageError ? 2 : 1);
});
