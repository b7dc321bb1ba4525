package org.hsctdata.fhir.rest;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * One thing wrong with a request that HAPI would otherwise accept, mishandle or fail on: where (a location in the
 * request, such as a search parameter, {@code Bundle.entry[2].request.url} or a JSON Pointer into a patch), and what.
 *
 * @param location where the problem is; empty for the request as a whole
 * @param message what is wrong, for a person
 */
record RequestProblem(String location, String message) {

	/** Refuses the request with the code's status and one OperationOutcome issue per problem, if there is any. */
	static void refuseIfAny(IssueCode code, List<RequestProblem> problems) {
		if (!problems.isEmpty()) {
			throw refusal(code, problems);
		}
	}

	/** The refusal of at least one problem: one OperationOutcome issue per problem, the first as the message. */
	static BaseServerResponseException refusal(IssueCode code, List<RequestProblem> problems) {
		OperationOutcome outcome = new OperationOutcome();
		problems.forEach(problem -> code.addTo(outcome, problem.message(), problem.location()));
		return code.exception(problems.get(0).message(), outcome);
	}
}
