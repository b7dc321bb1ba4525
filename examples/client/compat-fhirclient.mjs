#!/usr/bin/env node
// The compatibility scenario (compat-scenario.mjs) with the SMART on FHIR JavaScript client, fhirclient, as a Node app
// that already holds an access token (or, against an open server, none): a Client made from the server's base URL and
// the token response, each step with its Client method; pages are followed by client.request itself (pageLimit: 0),
// which requests each next link as the server wrote it. With a token the app first discovers the server's SMART
// configuration as fhirclient's authorize() does (smart.fetchWellKnownJson).
//
// Usage: node compat-fhirclient.mjs <fhirBaseUrl> <bundlePath> [accessToken]

import smart from 'fhirclient';
import smartLibrary from 'fhirclient/lib/smart.js';
import { main } from './compat-scenario.mjs';

const FHIR_JSON = { 'Content-Type': 'application/fhir+json' };

await main(
	'fhirclient',
	({ baseUrl, token }) => {
		// The Node adapter needs the HTTP exchange only to launch or authorize; this app has its token already.
		const client = smart({}, {}).client({
			serverUrl: baseUrl,
			...(token ? { tokenResponse: { access_token: token, token_type: 'Bearer' } } : {}),
		});

		/** Every page of a search or operation: client.request follows the next links when pageLimit is 0. */
		async function allPages(url) {
			const pages = await client.request(url, { pageLimit: 0 });
			return Array.isArray(pages) ? pages : [pages];
		}

		const query = (params) => new URLSearchParams(params).toString();
		const post = (url, body) => client.request({ url, method: 'POST', headers: FHIR_JSON, body: JSON.stringify(body) });

		return {
			metadata: () => client.request('metadata'),
			smartConfiguration: () => smartLibrary.fetchWellKnownJson(baseUrl),
			create: (resource) => client.create(resource),
			read: (type, id) => client.request(`${type}/${id}`),
			readAs: (type, id, { accept, format }) =>
				format
					? client.request(`${type}/${id}?_format=${format}`)
					: client.request({ url: `${type}/${id}`, headers: { Accept: accept } }),
			searchPages: (type, params) => allPages(`${type}?${query(params)}`),
			history: (type, id) => client.request(`${type}/${id}/_history`),
			update: (resource, ifMatch) => client.update(resource, { headers: { 'If-Match': ifMatch } }),
			patch: (type, id, operations) => client.patch(`${type}/${id}`, operations),
			transaction: (bundle) => post(baseUrl, bundle),
			everythingPages: (id, params) => allPages(`Patient/${id}/$everything?${query(params)}`),
			validate: (type, resource) => post(`${type}/$validate`, resource),
			status: (error) => error.status ?? null,
		};
	},
	(error) => error.message,
);
