package org.hsctdata.fhir.tester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * {@code test-server} against this server (the shared one of the integration tests): every requirement of the guide
 * for a conforming server passes, so the command exits with 0, and its JUnit XML has no failure.
 */
class ConformanceTesterIT extends ServerIntegrationTest {

	@Test
	void ourServerPassesEveryRequirement() throws Exception {
		Path junit = Files.createDirectories(Path.of("target", "test-server")).resolve("ours.xml");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = TestServerCommand.run(
				List.of("--junit", junit.toString(), "http://127.0.0.1:" + port + "/fhir"),
				new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err);

		String report = out.toString(StandardCharsets.UTF_8);
		Files.writeString(junit.resolveSibling("ours.txt"), report);
		assertThat(exit).as(report).isZero();
		assertThat(report)
				.contains("## capability", "## examples", "## search", "## enforcement")
				.doesNotContain("\nFAIL ", "\nWARN ");
		assertThat(report.lines().filter(line -> line.startsWith("PASS ")).count())
				.as(report)
				.isGreaterThan(100);
		assertThat(Files.readString(junit)).contains("failures=\"0\"").doesNotContain("<failure");
	}
}
