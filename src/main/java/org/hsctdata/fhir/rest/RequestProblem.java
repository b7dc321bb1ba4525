package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.util.OperationOutcomeUtil;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;

/**
 * One thing wrong with a request that HAPI would otherwise accept, mishandle or fail on: where (a location in the
 * request, such as a search parameter, {@code Bundle.entry[2].request.url} or a JSON Pointer into a patch), and what.
 *
 * @param location where the problem is; empty for the request as a whole
 * @param message what is wrong, for a person
 */
record RequestProblem(String location, String message) {

	/**
	 * Refuses the request with 400 and one OperationOutcome issue per problem, if there is any.
	 *
	 * @param code our error code, for example {@code HSCT-0461}, that starts every message
	 */
	static void refuseIfAny(FhirContext fhirContext, String code, List<RequestProblem> problems) {
		if (!problems.isEmpty()) {
			throw refusal(fhirContext, code, problems);
		}
	}

	/** The 400 for at least one problem: one OperationOutcome issue per problem. */
	static InvalidRequestException refusal(FhirContext fhirContext, String code, List<RequestProblem> problems) {
		IBaseOperationOutcome outcome = OperationOutcomeUtil.newInstance(fhirContext);
		for (RequestProblem problem : problems) {
			OperationOutcomeUtil.addIssue(
					fhirContext,
					outcome,
					"error",
					code + ": " + problem.message(),
					problem.location().isEmpty() ? null : problem.location(),
					"invalid");
		}
		return new InvalidRequestException(code + ": " + problems.get(0).message(), outcome);
	}
}
