package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** The FHIR resource in a request's body, for checks that look at it before HAPI binds the request. */
final class RequestBody {

	private RequestBody() {}

	/**
	 * The resource in the body, parsed in the request's FHIR encoding; null when there is none or it does not parse
	 * (HAPI then answers for it when it parses the body itself).
	 */
	static IBaseResource resource(FhirContext fhirContext, RequestDetails request) {
		EncodingEnum encoding = RestfulServerUtils.determineRequestEncodingNoDefault(request);
		byte[] body = request.loadRequestContents();
		if (encoding == null || body == null || body.length == 0) {
			return null;
		}
		try {
			return encoding.newParser(fhirContext).parseResource(new String(body, StandardCharsets.UTF_8));
		} catch (DataFormatException unparsable) {
			return null;
		}
	}

	/** Makes the resource the body of the request, in the encoding it came in ({@link #resource} found one). */
	static void replace(FhirContext fhirContext, RequestDetails request, IBaseResource resource) {
		String encoded = RestfulServerUtils.determineRequestEncodingNoDefault(request)
				.newParser(fhirContext)
				.encodeResourceToString(resource);
		request.setRequestContents(encoded.getBytes(StandardCharsets.UTF_8));
	}
}
