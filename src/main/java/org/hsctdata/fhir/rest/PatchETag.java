package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Answers a PATCH with the {@code ETag} of the version it made, as an update is answered (FHIR gives a patch the
 * outcome of an update). HAPI adds the header for create, update, read and vread only, so a client chaining
 * version-aware patches had to parse the version out of {@code Content-Location}. With {@code Prefer: return=minimal}
 * HAPI shows the answer's hook no resource, so the version is noted when the patched resource is stored.
 *
 * <p>HAPI 8.8.0: {@code RestfulServerUtils#streamResponseAsResource} adds {@code ETag} for the operation types {@code
 * CREATE}, {@code UPDATE}, {@code READ} and {@code VREAD}, not {@code PATCH}. Canary: {@code
 * HapiCanariesIT#hapiAnswersAPatchWithoutETag}.
 */
final class PatchETag {

	private static final String STORED_VERSION = PatchETag.class.getName() + ".version";

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	void noteVersion(IBaseResource oldResource, IBaseResource newResource, RequestDetails request) {
		if (request != null && request.getRestOperationType() == RestOperationTypeEnum.PATCH) {
			request.getUserData().put(STORED_VERSION, versionOf(newResource));
		}
	}

	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	void addETag(RequestDetails request, ResponseDetails response, HttpServletResponse servletResponse) {
		if (request.getRestOperationType() != RestOperationTypeEnum.PATCH
				|| servletResponse == null
				|| servletResponse.containsHeader(Constants.HEADER_ETAG)) {
			return;
		}
		String version = request.getUserData().get(STORED_VERSION) instanceof String stored
				? stored
				: versionOf(response.getResponseResource());
		if (version != null) {
			servletResponse.addHeader(Constants.HEADER_ETAG, "W/\"" + version + "\"");
		}
	}

	private static String versionOf(IBaseResource resource) {
		if (resource == null || resource.getIdElement() == null) {
			return null;
		}
		if (resource.getIdElement().hasVersionIdPart()) {
			return resource.getIdElement().getVersionIdPart();
		}
		return resource.getMeta() == null ? null : resource.getMeta().getVersionId();
	}
}
