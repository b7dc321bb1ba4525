package org.hsctdata.fhir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Optional;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.hsctdata.fhir.validation.EnforcementPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.util.unit.DataSize;

/** Tests for {@link BindingPolicy}, {@link LoopbackGuard} and the start-up report of a refused binding. */
class BindingPolicyTests {

	static final Optional<InetAddress> NONE = Optional.empty();

	static Optional<InetAddress> address(String text) throws Exception {
		return Optional.of(InetAddress.getByName(text));
	}

	@Test
	void unsecuredServerListensOnLoopbackByDefault() {
		assertThat(BindingPolicy.address(NONE, false)).contains(InetAddress.getLoopbackAddress());
	}

	@Test
	void unsecuredServerMayListenOnAnyLoopbackAddress() throws Exception {
		assertThat(BindingPolicy.address(address("127.0.0.1"), false)).isEqualTo(address("127.0.0.1"));
		assertThat(BindingPolicy.address(address("::1"), false)).isEqualTo(address("::1"));
	}

	@Test
	void unsecuredServerRefusesEveryOtherAddress() throws Exception {
		for (String other : new String[] {"0.0.0.0", "::", "192.0.2.10", "10.1.2.3"}) {
			assertThatThrownBy(() -> BindingPolicy.address(address(other), false))
					.isInstanceOf(InsecureBindingException.class)
					.hasMessageContaining("HSCT-0010")
					.hasMessageContaining("hsct.security.issuer");
		}
	}

	@Test
	void securedServerListensWhereItIsTold() throws Exception {
		assertThat(BindingPolicy.address(address("0.0.0.0"), true)).isEqualTo(address("0.0.0.0"));
		assertThat(BindingPolicy.address(NONE, true)).isEmpty();
	}

	@Test
	void guardSetsLoopbackOnTheWebServer() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

		new LoopbackGuard(new ServerProperties(), properties("")).customize(factory);

		assertThat(factory.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
	}

	@Test
	void guardLeavesASecuredServerAlone() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

		new LoopbackGuard(new ServerProperties(), properties("https://issuer.test")).customize(factory);

		assertThat(factory.getAddress()).isNull();
	}

	@Test
	void startUpReportSaysWhatToDo() throws Exception {
		InsecureBindingException refused = new InsecureBindingException(InetAddress.getByName("0.0.0.0"));

		FailureAnalysis analysis = new InsecureBindingFailureAnalyzer().analyze(new RuntimeException(refused));

		assertThat(analysis.getDescription()).contains("0.0.0.0", "hsct.security.issuer", "did not start");
		assertThat(analysis.getAction()).contains("hsct.security.issuer", "127.0.0.1");
	}

	static HsctServerProperties properties(String issuer) {
		return new HsctServerProperties(
				"",
				20,
				200,
				DataSize.ofMegabytes(32),
				new HsctServerProperties.Cors(java.util.List.of("*"), false),
				new HsctServerProperties.Validation(EnforcementPolicy.STRICT, true),
				new HsctServerProperties.Security(issuer, "", "", "", "", ""));
	}
}
