#!/usr/bin/env node
// The compatibility scenario (compat-scenario.mjs) with Medplum's client, @medplum/core: MedplumClient pointed at
// this server's FHIR base, each step with the MedplumClient method a Medplum app calls.
//
// Usage: node compat-medplum.mjs <fhirBaseUrl> <bundlePath> [accessToken]

import { MedplumClient } from '@medplum/core';
import { main } from './compat-scenario.mjs';

await main('medplum', ({ baseUrl, token }) => {
	const fhirBase = new URL(baseUrl);
	// The status of the last answer: MedplumClient reports a refusal by its OperationOutcome only.
	let lastStatus = null;
	const medplum = new MedplumClient({
		baseUrl: `${fhirBase.origin}/`,
		fhirUrlPath: fhirBase.pathname.replace(/^\/+/, ''),
		fetch: async (url, init) => {
			const response = await fetch(url, init);
			lastStatus = response.status;
			return response;
		},
	});
	if (token) medplum.setAccessToken(token);

	/** Every page of a bundle, following its next links with MedplumClient.get. */
	async function followNext(first) {
		const pages = [first];
		for (let next = first.link?.find((link) => link.relation === 'next'); next; ) {
			const page = await medplum.get(next.url);
			pages.push(page);
			next = page.link?.find((link) => link.relation === 'next');
		}
		return pages;
	}

	return {
		metadata: () => medplum.get(medplum.fhirUrl('metadata')),
		smartConfiguration: () => medplum.get(medplum.fhirUrl('.well-known', 'smart-configuration')),
		create: (resource) => medplum.createResource(resource),
		read: (type, id) => medplum.readResource(type, id),
		readAs: (type, id, { accept, format }) => {
			const url = medplum.fhirUrl(type, id);
			if (format) url.searchParams.set('_format', format);
			return medplum.get(url, accept ? { headers: { Accept: accept } } : undefined);
		},
		// searchResourcePages: each next link's query applied to the type again (GET Observation?_getpages=...)
		searchPages: async (type, params) => {
			const pages = [];
			for await (const page of medplum.searchResourcePages(type, params)) pages.push(page.bundle);
			return pages;
		},
		history: (type, id) => medplum.readHistory(type, id),
		update: (resource, ifMatch) => medplum.updateResource(resource, { headers: { 'If-Match': ifMatch } }),
		patch: (type, id, operations) => medplum.patchResource(type, id, operations),
		transaction: (bundle) => medplum.executeBatch(bundle),
		everythingPages: async (id, params) => {
			const url = medplum.fhirUrl('Patient', id, '$everything');
			for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
			return followNext(await medplum.get(url));
		},
		validate: (type, resource) => medplum.validateResource(resource),
		status: () => lastStatus,
	};
});
