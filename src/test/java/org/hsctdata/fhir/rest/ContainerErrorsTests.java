package org.hsctdata.fhir.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Tests of how {@link ContainerErrors} answers what reaches Spring Boot's error page (the answers Tomcat gives itself
 * are tested in FhirServerIT and the bad-input corpus).
 */
class ContainerErrorsTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	static MockHttpServletRequest errorDispatchOf(String uri, int status) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setDispatcherType(DispatcherType.ERROR);
		request.addHeader("Accept", "text/html");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "java.lang.IllegalStateException: at line 12");
		return request;
	}

	@Test
	void aServerFaultUnderTheFhirBaseIsAnOperationOutcomeWithoutItsMessage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain errorPage = new MockFilterChain();

		new ContainerErrors.ErrorDispatch(() -> FHIR)
				.doFilter(errorDispatchOf("/fhir/Patient/1", 500), response, errorPage);

		assertThat(errorPage.getRequest()).as("Spring Boot's error page").isNull();
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentType()).startsWith("application/fhir+json");
		OperationOutcome outcome = (OperationOutcome) FHIR.newJsonParser().parseResource(response.getContentAsString());
		assertThat(outcome.getIssueFirstRep().getDiagnostics())
				.isEqualTo("HSCT-0500: the server failed to answer the request (HTTP 500 Internal Server Error)");
	}

	@Test
	void aRefusalUnderTheFhirBaseIsAnOperationOutcomeWithTheReasonGiven() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		new ContainerErrors.ErrorDispatch(() -> FHIR)
				.doFilter(errorDispatchOf("/fhir", 405), response, new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(405);
		assertThat(response.getContentAsString())
				.contains("HSCT-0400: the request is refused (HTTP 405 Method Not Allowed): ");
	}

	@Test
	void anErrorOutsideTheFhirBaseGoesToSpringBootsErrorPage() throws Exception {
		MockFilterChain errorPage = new MockFilterChain();

		new ContainerErrors.ErrorDispatch(() -> FHIR)
				.doFilter(errorDispatchOf("/fhirx/Patient", 404), new MockHttpServletResponse(), errorPage);

		assertThat(errorPage.getRequest()).isNotNull();
	}
}
