package org.hsctdata.fhir.security;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hsctdata.fhir.rest.IssueCode;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request without a valid token with 401, the {@code WWW-Authenticate: Bearer} challenge of RFC 6750 (with
 * {@code error="invalid_token"} and the reason when a token was sent), and a FHIR OperationOutcome saying what is
 * wrong. The token itself is never echoed or logged.
 */
final class OperationOutcomeEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final FhirContext fhirContext;

	OperationOutcomeEntryPoint(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		challenge.commence(request, response, failure);
		String reason = request.getHeader("Authorization") == null
				? "the request has no access token; send 'Authorization: Bearer <token>'"
				: "the access token was refused: " + failure.getMessage();
		IssueCode.NO_VALID_TOKEN.respond(response, fhirContext, reason);
	}
}
