package org.hsctdata.fhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link Caller}: who a verified token's claims describe. */
class CallerTests {

	@Test
	void readsTheSmartClaims() {
		Caller caller = Caller.fromClaims(Map.of(
				"iss", "https://issuer.test",
				"sub", "dr-who",
				"client_id", "timeline-app",
				"scope", "openid  patient/*.rs launch/patient",
				"patient", "123"));

		assertThat(caller.authenticated()).isTrue();
		assertThat(caller.issuer()).isEqualTo("https://issuer.test");
		assertThat(caller.subject()).isEqualTo("dr-who");
		assertThat(caller.clientId()).isEqualTo("timeline-app");
		assertThat(caller.scopes()).containsExactly("openid", "patient/*.rs", "launch/patient");
		assertThat(caller.patient()).isEqualTo("123");
	}

	@Test
	void acceptsScopesAsAListAndTheAuthorizedPartyAsClient() {
		Caller caller = Caller.fromClaims(Map.of("sub", "svc", "azp", "backend", "scp", List.of("system/*.rs")));

		assertThat(caller.clientId()).isEqualTo("backend");
		assertThat(caller.scopes()).containsExactly("system/*.rs");
		assertThat(caller.patient()).isEmpty();
	}

	@Test
	void withoutATokenIsAnonymous() {
		assertThat(Caller.current()).isEqualTo(Caller.ANONYMOUS);
		assertThat(Caller.ANONYMOUS.authenticated()).isFalse();
		assertThat(Caller.ANONYMOUS.scopes()).isEmpty();
	}
}
