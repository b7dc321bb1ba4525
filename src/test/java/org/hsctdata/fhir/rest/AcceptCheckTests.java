package org.hsctdata.fhir.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of which {@code Accept} headers and {@code _format} values {@link AcceptCheck} lets through. */
class AcceptCheckTests {

	static SystemRequestDetails read(String resourceType, String accept, Map<String, String[]> parameters) {
		SystemRequestDetails request = new SystemRequestDetails();
		request.setResourceName(resourceType);
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		request.setParameters(new HashMap<>(parameters));
		return request;
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = {
				"application/fhir+json",
				"application/json",
				"application/fhir+xml;fhirVersion=4.0",
				"application/xml+fhir",
				"text/xml",
				"json",
				"xml",
				"text/html",
				"html/json",
				"*/*",
				"application/*",
				"text/*"
			})
	void servesTheFhirFormatsHtmlAndWildcards(String mediaRange) {
		assertThat(AcceptCheck.canServe(mediaRange)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"text/csv", "application/pdf", "image/*", "csv", "text"})
	void servesNothingElse(String mediaRange) {
		assertThat(AcceptCheck.canServe(mediaRange)).isFalse();
	}

	@Test
	void refusesAnAcceptOfNothingItServesUnlessAFormatOverridesIt() {
		AcceptCheck check = new AcceptCheck();

		assertThatThrownBy(() -> check.refuseWhatCannotBeServed(read("Patient", "text/csv", Map.of())))
				.isInstanceOfSatisfying(BaseServerResponseException.class, refused -> {
					assertThat(refused.getStatusCode()).isEqualTo(406);
					assertThat(refused.getMessage()).startsWith("HSCT-0406: ");
				});
		assertThatThrownBy(() -> check.refuseWhatCannotBeServed(
						read("Patient", "text/csv;q=1, application/fhir+json;q=0", Map.of())))
				.isInstanceOf(BaseServerResponseException.class);
		assertThatThrownBy(() ->
						check.refuseWhatCannotBeServed(read("Patient", null, Map.of("_format", new String[] {"csv"}))))
				.isInstanceOf(BaseServerResponseException.class);
		assertThatCode(() -> check.refuseWhatCannotBeServed(
						read("Patient", "text/csv", Map.of("_format", new String[] {"json"}))))
				.doesNotThrowAnyException();
		assertThatCode(() -> check.refuseWhatCannotBeServed(read("Patient", null, Map.of())))
				.doesNotThrowAnyException();
		assertThatCode(() -> check.refuseWhatCannotBeServed(read("Binary", "application/pdf", Map.of())))
				.doesNotThrowAnyException();
	}
}
