package org.hsctdata.fhir.tester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hsctdata.fhir.support.EmbeddedServers;
import org.hsctdata.fhir.support.OwnServers;
import org.hsctdata.fhir.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code test-server} against the same jar's {@code plain} profile (HAPI's JPA server without our package and
 * enforcement), started here on an empty database: the command exits with 1, and the report names each requirement
 * plain fails and why: invalid test cases stored, the guide's search parameters unknown, the operations it lacks.
 */
@OwnServers
class ConformanceTesterPlainIT {

	@Test
	void plainFailsTheEnforcementAndSaysWhy() throws Exception {
		ConfigurableApplicationContext plain = EmbeddedServers.start(
				TestDatabase.emptyDatabase("hsct_tester_plain"), "--spring.profiles.active=plain");
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();

			int exit = TestServerCommand.run(
					List.of("http://127.0.0.1:" + EmbeddedServers.port(plain) + "/fhir"),
					new PrintStream(out, true, StandardCharsets.UTF_8),
					System.err);

			String report = out.toString(StandardCharsets.UTF_8);
			Files.writeString(
					Files.createDirectories(Path.of("target", "test-server")).resolve("plain.txt"), report);
			assertThat(exit).as(report).isEqualTo(1);
			List<String> failures =
					report.lines().filter(line -> line.startsWith("FAIL ")).toList();
			// every invalid test case stored, with the rule it breaks
			assertThat(report)
					.containsPattern(
							"FAIL [a-z-]+/f\\d+-[^ ]+ is refused \\(SHALL\\)\\n +stored \\(201\\), though it breaks https://fhir\\.hsctdata\\.org/ig/ball-hsct/StructureDefinition/");
			// the guide's own search parameters: not declared, and refused when asked for strictly
			assertThat(failures)
					.contains(
							"FAIL Procedure: search parameter donor-type (SHALL)",
							"FAIL Procedure?donor-type finds a stored example (SHALL)");
			assertThat(failures).noneMatch(line -> line.contains("/p1-pass.json is stored"));
			assertThat(report).contains("## examples").doesNotContain("FAIL the transaction");
		} finally {
			plain.close();
		}
	}
}
