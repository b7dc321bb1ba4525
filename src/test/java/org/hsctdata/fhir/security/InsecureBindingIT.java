package org.hsctdata.fhir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hsctdata.fhir.BallHsctServerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Tests that the application, started as {@code java -jar} would start it, refuses to listen on every interface
 * without authentication. It fails before the web server opens its port, so nothing listens on a public interface.
 * It never reaches the database (the in-memory one named only keeps it off the default {@code ./data} file), so it
 * runs on H2 only.
 */
@ExtendWith(OutputCaptureExtension.class)
class InsecureBindingIT {

	@Test
	void refusesToStartOnAllInterfacesWithoutAnIssuer(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(BallHsctServerApplication.class)
						.run(
								"--server.address=0.0.0.0",
								"--server.port=0",
								"--spring.datasource.url=jdbc:h2:mem:refused"))
				.hasRootCauseInstanceOf(InsecureBindingException.class);

		assertThat(output.getAll())
				.contains("APPLICATION FAILED TO START")
				.contains("The server was asked to listen on 0.0.0.0")
				.contains("no token issuer is configured (hsct.security.issuer)");
	}
}
