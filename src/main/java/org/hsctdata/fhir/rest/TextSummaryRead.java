package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers a read or vread with {@code _summary=text} as FHIR R4 defines it, and as HAPI already answers the search
 * form ({@code Patient?_id=x&_summary=text}): the resource, in the requested format, with only its text, id, meta and
 * mandatory elements (and the {@code SUBSETTED} tag). For a single resource HAPI instead wrote the bare narrative
 * {@code <div>} as {@code text/html}, and failed with a 500 (HAPI-0305) when the resource had no narrative.
 *
 * <p>HAPI 8.8.0: {@code RestfulServerUtils#streamResponseAsResource}, for a summary mode of {@code TEXT} alone and a
 * resource that is not a Bundle, writes {@code getText().getDivAsString()} with the content type {@code text/html}
 * (HAPI-0305 if that fails). Canary: {@code HapiCanariesIT#hapiAnswersAReadWithSummaryTextWithTheBareNarrative}.
 *
 * <p>HAPI decides that from the request's {@code _summary} before any hook sees the response, so the request is
 * rewritten before it is handled: {@code _summary=text} becomes the equivalent {@code _elements} (HAPI's parser then
 * encodes exactly what it encodes for the search form). A request with both {@code _summary=text} and
 * {@code _elements} is refused (400, {@link IssueCode#SEARCH_REFUSED}), as HAPI refuses them with the other summary
 * modes.
 */
final class TextSummaryRead {

	/** What {@code _summary=text} keeps, as {@code _elements}: HAPI's own list for the search form. */
	private static final String TEXT_ELEMENTS = "text,id,meta,(mandatory)";

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void asElements(RequestDetails request, RestOperationTypeEnum operation) {
		if ((operation == RestOperationTypeEnum.READ || operation == RestOperationTypeEnum.VREAD)
				&& RestfulServerUtils.determineSummaryMode(request).equals(Set.of(SummaryEnum.TEXT))) {
			if (request.getParameters().containsKey(Constants.PARAM_ELEMENTS)) {
				// HAPI refuses the combination for the other summary modes (HAPI-0304); for text it ignored _elements
				RequestProblem.refuseIfAny(
						IssueCode.SEARCH_REFUSED,
						List.of(new RequestProblem(
								Constants.PARAM_ELEMENTS, "_summary=text and _elements cannot be combined")));
			}
			Map<String, String[]> parameters = new HashMap<>(request.getParameters());
			parameters.remove(Constants.PARAM_SUMMARY);
			parameters.remove(Constants.PARAM_NARRATIVE);
			parameters.put(Constants.PARAM_ELEMENTS, new String[] {TEXT_ELEMENTS});
			request.setParameters(parameters);
		}
	}
}
