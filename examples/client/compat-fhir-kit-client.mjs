#!/usr/bin/env node
// The compatibility scenario (compat-scenario.mjs) with fhir-kit-client, each step with its Client method; pages are
// followed with nextPage, which requests each next link as the server wrote it.
//
// Usage: node compat-fhir-kit-client.mjs <fhirBaseUrl> <bundlePath> [accessToken]

import { Client } from 'fhir-kit-client';
import { main } from './compat-scenario.mjs';

await main(
	'fhir-kit-client',
	({ baseUrl, token }) => {
		const client = new Client({ baseUrl, ...(token ? { bearerToken: token } : {}) });

		/** Every page of a bundle, with nextPage. */
		async function allPages(first) {
			const pages = [];
			for (let page = first; page; page = await client.nextPage({ bundle: page })) pages.push(page);
			return pages;
		}

		return {
			metadata: () => client.capabilityStatement(),
			smartConfiguration: () => client.request('.well-known/smart-configuration'),
			create: (resource) => client.create({ resourceType: resource.resourceType, body: resource }),
			read: (resourceType, id) => client.read({ resourceType, id }),
			readAs: (resourceType, id, { accept, format }) =>
				format
					? client.request(`${resourceType}/${id}?_format=${format}`)
					: client.read({ resourceType, id, options: { headers: { Accept: accept } } }),
			searchPages: async (resourceType, searchParams) =>
				allPages(await client.search({ resourceType, searchParams })),
			history: (resourceType, id) => client.history({ resourceType, id }),
			update: (resource, ifMatch) =>
				client.update({
					resourceType: resource.resourceType,
					id: resource.id,
					body: resource,
					options: { headers: { 'If-Match': ifMatch } },
				}),
			patch: (resourceType, id, jsonPatch) => client.patch({ resourceType, id, jsonPatch }),
			transaction: (body) => client.transaction({ body }),
			everythingPages: async (id, input) =>
				allPages(await client.operation({ name: '$everything', resourceType: 'Patient', id, method: 'GET', input })),
			validate: (resourceType, resource) => client.operation({ name: '$validate', resourceType, input: resource }),
			status: (error) => error.response?.status ?? null,
		};
	},
	(error) => error.response?.data,
);
