package org.hsctdata.fhir.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;

/** HAPI generic clients for the servers the integration tests start on loopback. */
public final class FhirClients {

	private FhirClients() {}

	/** The FHIR base of a server the test started on this port. */
	public static String baseUrl(int port) {
		return "http://127.0.0.1:" + port + "/fhir";
	}

	/**
	 * A client of the FHIR endpoint on this port. It does not fetch the CapabilityStatement first, and waits up to two
	 * minutes for an answer: a first transaction validates every entry on a cold validator.
	 */
	public static IGenericClient forPort(int port) {
		FhirContext fhir = FhirContext.forR4Cached();
		fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		fhir.getRestfulClientFactory().setSocketTimeout(120_000);
		return fhir.newRestfulGenericClient(baseUrl(port));
	}
}
