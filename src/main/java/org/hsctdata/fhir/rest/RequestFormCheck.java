package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.PatchTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * Refuses requests in a form FHIR forbids and HAPI tolerates: an id in the URL that is not a FHIR id (HAPI answered
 * {@code DELETE Patient/a$b} with 200), and a FHIR body that is not UTF-8 (HAPI decoded the invalid bytes as U+FFFD
 * and stored the result; FHIR: "the character encoding for all FHIR resources SHALL be UTF-8"). A query string
 * that is not valid percent-encoding fails in HAPI before any check can see it; {@link ClientErrorInterceptor} turns
 * that failure into a 400 with the problems {@link #percentEncodingProblems} finds.
 *
 * <p>HAPI 8.8.0: {@code RestfulServer} takes whatever stands in the id's place of the URL as the id, and the JPA
 * delete of an id that names nothing answers 200; {@code ResourceParameter#createRequestReader} reads the body through
 * an {@code InputStreamReader}, which replaces malformed bytes. Canaries: {@code
 * HapiCanariesIT#hapiDeletesByAnIdThatIsNotAFhirId} and {@code
 * HapiCanaryTests#hapiDecodesABodyThatIsNotUtf8WithReplacementCharacters}.
 */
final class RequestFormCheck {

	/** FHIR R4 id: 1 to 64 of A-Z, a-z, 0-9, '-' and '.'. */
	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	/** A {@code %} not followed by two hexadecimal digits. */
	private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	private final FhirContext fhirContext;

	RequestFormCheck(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void checkForm(RequestDetails request) {
		IIdType id = request.getId();
		if (id != null && id.hasIdPart() && !FHIR_ID.matcher(id.getIdPart()).matches()) {
			refuse("", "'" + id.getIdPart() + "' is not a FHIR id (1 to 64 letters, digits, '-' and '.')");
		}
		if (isFhirText(request.getHeader(Constants.HEADER_CONTENT_TYPE))) {
			try {
				RequestBody.text(request);
			} catch (RequestBody.NotUtf8Exception invalid) {
				refuse("", invalid.getMessage());
			}
		}
	}

	/**
	 * The parameters of a query string whose percent-encoding is malformed (a {@code %} not followed by two hexadecimal
	 * digits, as in {@code name=%zz}): HAPI's URL decoder fails on them with a 500.
	 *
	 * @param where what to put before each parameter in a problem's location
	 */
	static List<RequestProblem> percentEncodingProblems(String query, String where) {
		List<RequestProblem> problems = new ArrayList<>();
		for (String parameter : query.split("&")) {
			if (MALFORMED_ESCAPE.matcher(parameter).find()) {
				int equals = parameter.indexOf('=');
				problems.add(new RequestProblem(
						where + (equals < 0 ? parameter : parameter.substring(0, equals)),
						"'" + parameter + "' is not valid percent-encoding: a '%' must be followed by two hexadecimal"
								+ " digits"));
			}
		}
		return problems;
	}

	/** FHIR JSON or XML, or a patch document: the bodies FHIR requires to be UTF-8. */
	private boolean isFhirText(String contentType) {
		if (contentType == null) {
			return false;
		}
		if (EncodingEnum.forContentType(contentType) != null) {
			return true;
		}
		try {
			return PatchTypeEnum.forContentTypeOrThrowInvalidRequestException(fhirContext, contentType) != null;
		} catch (RuntimeException notPatch) {
			return false;
		}
	}

	private void refuse(String location, String message) {
		RequestProblem.refuseIfAny(IssueCode.REQUEST_FORM_INVALID, List.of(new RequestProblem(location, message)));
	}
}
