package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Answers 415 Unsupported Media Type, as an OperationOutcome, when a write carries a body in a format FHIR does not
 * define. HAPI alone would answer 400, which tells the client that its content is wrong rather than its format.
 *
 * <p>HAPI 8.8.0: {@code ResourceParameter#loadResourceFromRequest} refuses a resource body in another media type with
 * {@code InvalidRequestException}, 400 (HAPI-0449), and {@code
 * PatchTypeEnum#forContentTypeOrThrowInvalidRequestException} a patch document in one (HAPI-1965). Canary: {@code
 * HapiCanariesIT#hapiAnswers400ToAResourceInAMediaTypeFhirDoesNotDefine}.
 */
final class ContentTypeInterceptor {

	private static final Set<RestOperationTypeEnum> WRITES_WITH_A_RESOURCE_BODY =
			Set.of(RestOperationTypeEnum.CREATE, RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.TRANSACTION);

	private static final Set<String> PATCH_TYPES = Set.of(
			Constants.CT_JSON_PATCH, Constants.CT_XML_PATCH, Constants.CT_FHIR_JSON_NEW, Constants.CT_FHIR_XML_NEW);

	/** PATCH is checked on the raw request, because HAPI rejects an unknown patch type before classifying it. */
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
	void rejectUnsupportedPatchType(HttpServletRequest request) {
		String contentType = baseMediaType(request.getContentType());
		if ("PATCH".equals(request.getMethod()) && !PATCH_TYPES.contains(contentType)) {
			throw unsupported(
					contentType,
					"application/json-patch+json, application/xml-patch+xml, or a FHIRPath Patch Parameters resource");
		}
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	void rejectUnsupportedResourceType(RequestDetails request) {
		// Binary resources legitimately arrive in any media type.
		if (!WRITES_WITH_A_RESOURCE_BODY.contains(request.getRestOperationType())
				|| "Binary".equals(request.getResourceName())) {
			return;
		}
		String contentType = baseMediaType(request.getHeader(Constants.HEADER_CONTENT_TYPE));
		if (EncodingEnum.forContentType(contentType) == null) {
			throw unsupported(contentType, "application/fhir+json or application/fhir+xml");
		}
	}

	private static String baseMediaType(String header) {
		if (header == null || header.isBlank()) {
			return "";
		}
		int parameters = header.indexOf(';');
		return (parameters < 0 ? header : header.substring(0, parameters))
				.trim()
				.toLowerCase();
	}

	private static BaseServerResponseException unsupported(String contentType, String expected) {
		String received = contentType.isEmpty() ? "no Content-Type header" : "Content-Type '" + contentType + "'";
		return IssueCode.MEDIA_TYPE_UNSUPPORTED.exception(
				"unsupported media type: the request has " + received + "; send " + expected);
	}
}
