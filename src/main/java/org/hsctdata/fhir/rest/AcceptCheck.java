package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers 406 Not Acceptable, as an OperationOutcome in JSON, when a request accepts no format the server can answer
 * in: HAPI 8.8.0 answers it in JSON, as if the client had asked for JSON ({@code Accept: text/csv} got a JSON
 * Patient). What the server can answer in: the FHIR encodings HAPI knows, by any of their names
 * ({@code application/fhir+json}, {@code application/json}, {@code application/xml}, ...), and HTML, which HAPI renders
 * for a person with a browser; so does a wildcard ({@code *}{@code /*}, {@code application/*}, {@code text/*}). A
 * {@code _format} parameter overrides {@code Accept}, as FHIR defines, and is held to the same rule. A Binary is
 * left alone: HAPI answers its read in the Binary's own content type.
 */
final class AcceptCheck {

	/** HAPI's names of its HTML rendering ({@code _format=html}, {@code html/json}, ...), besides text/html. */
	private static final Set<String> HTML = Set.of(
			Constants.CT_HTML,
			Constants.FORMAT_HTML,
			Constants.FORMATS_HTML_JSON,
			Constants.FORMATS_HTML_XML,
			Constants.FORMATS_HTML_TTL,
			"application/xhtml+xml");

	private static final Set<String> WILDCARDS = Set.of("*/*", "*", "application/*", "text/*");

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	void refuseWhatCannotBeServed(RequestDetails request) {
		if ("Binary".equals(request.getResourceName()) || "$binary-access-read".equals(request.getOperation())) {
			return;
		}
		String[] format = request.getParameters().get(Constants.PARAM_FORMAT);
		if (format != null && format.length > 0 && !format[0].isBlank()) {
			if (!canServe(format[0])) {
				throw notAcceptable("_format=" + format[0]);
			}
			return;
		}
		List<String> accept = request.getHeaders(Constants.HEADER_ACCEPT);
		if (accept == null || accept.stream().allMatch(String::isBlank)) {
			return;
		}
		boolean servable = accept.stream()
				.flatMap(header -> List.of(header.split(",")).stream())
				.filter(range -> !range.isBlank())
				.anyMatch(range -> quality(range) > 0 && canServe(range));
		if (!servable) {
			throw notAcceptable("Accept: " + String.join(", ", accept));
		}
	}

	/** Whether the media range or format name (its parameters ignored) names something the server answers in. */
	static boolean canServe(String mediaRange) {
		String name = mediaRange.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return WILDCARDS.contains(name) || HTML.contains(name) || EncodingEnum.forContentType(name) != null;
	}

	/** The {@code q} parameter of a media range: 1 when absent or unreadable, 0 for "not acceptable". */
	static double quality(String mediaRange) {
		String[] parts = mediaRange.split(";");
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim();
			if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
				try {
					return Double.parseDouble(parameter.substring(2).trim());
				} catch (NumberFormatException unreadable) {
					return 1;
				}
			}
		}
		return 1;
	}

	private static BaseServerResponseException notAcceptable(String asked) {
		return IssueCode.NOT_ACCEPTABLE.exception("not acceptable: the request asks for " + asked
				+ "; the server answers in application/fhir+json or application/fhir+xml (also by the names"
				+ " application/json, application/xml, json, xml), or in text/html for a browser");
	}
}
