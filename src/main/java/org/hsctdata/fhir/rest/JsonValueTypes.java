package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;

/**
 * The check of {@link JsonTypeCheck} for FHIR JSON that does not come as a request body (a line of a bulk import): a
 * value of the wrong JSON type, which HAPI's parser would convert silently.
 */
public final class JsonValueTypes {

	private JsonValueTypes() {}

	/** Every value of the wrong JSON type in one FHIR JSON resource, as {@code location: what is wrong}. */
	public static List<String> problems(FhirContext fhirContext, String json) {
		return new JsonTypeCheck(fhirContext)
				.problems(json).stream()
						.map(problem -> problem.location().isEmpty()
								? problem.message()
								: problem.location() + ": " + problem.message())
						.toList();
	}
}
