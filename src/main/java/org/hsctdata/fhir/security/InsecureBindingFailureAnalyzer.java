package org.hsctdata.fhir.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused insecure binding into Spring Boot's start-up failure report: what happened, and what to do. */
final class InsecureBindingFailureAnalyzer extends AbstractFailureAnalyzer<InsecureBindingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InsecureBindingException cause) {
		return new FailureAnalysis(
				"The server was asked to listen on " + cause.address().getHostAddress()
						+ " (server.address), but no token issuer is configured (hsct.security.issuer), so anyone"
						+ " who can reach that address could read and change every record. It did not start.",
				"Either configure authentication with hsct.security.issuer (and hsct.security.jwk-set-uri or"
						+ " hsct.security.public-key-location; see docs/security.md), or listen on loopback only:"
						+ " remove server.address or set it to 127.0.0.1.",
				cause);
	}
}
