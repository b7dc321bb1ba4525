package org.hsctdata.fhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;

/** Tests for the security of the server without an issuer (the shared test server). */
class OpenServerIT extends ServerIntegrationTest {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
						.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void describesNoSecurityItDoesNotHave() throws Exception {
		CapabilityStatement capabilities =
				client.capabilities().ofType(CapabilityStatement.class).execute();

		assertThat(get("/.well-known/smart-configuration").statusCode()).isEqualTo(404);
		assertThat(get("/fhir/.well-known/smart-configuration").statusCode()).isNotEqualTo(200);
		assertThat(capabilities.getRestFirstRep().getSecurity().hasService()).isFalse();
	}

	@Test
	void needsNoToken() throws Exception {
		assertThat(get("/fhir/Patient?_count=1").statusCode()).isEqualTo(200);
	}

	@Test
	void aUrlTheFirewallRefusesGetsAnOperationOutcome() throws Exception {
		HttpResponse<String> answer = get("/fhir/Patient;evil=1");

		assertThat(answer.statusCode()).isEqualTo(400);
		OperationOutcome outcome =
				(OperationOutcome) FhirContext.forR4Cached().newJsonParser().parseResource(answer.body());
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("HSCT-0400");
	}
}
