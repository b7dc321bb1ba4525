package org.hsctdata.fhir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * Tests that the benchmark ({@link Benchmark}) still runs end to end: a tiny run (Synthea population 1, one transplant
 * copy per concurrency level, a few calls per measure) against the packaged jar, both configurations. It checks that
 * every measure has a value for both servers and that nothing was rejected, never a timing.
 */
@DisabledIf(
		value = "org.hsctdata.fhir.support.TestDatabase#isPostgres",
		disabledReason =
				"the benchmark starts its own servers on H2 files whatever the suite's database; once is enough")
class BenchmarkSmokeIT {

	static final Path OUT = Path.of("target", "bench-smoke");

	@Test
	void aTinyRunMeasuresEveryMeasureForBothServers() throws Exception {
		BenchSettings settings = new BenchSettings(
				Path.of("").toAbsolutePath(),
				OUT.toAbsolutePath(),
				1,
				1,
				1,
				3,
				3,
				2,
				"1g",
				List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
				Duration.ofSeconds(1),
				Duration.ofSeconds(300),
				Duration.ofSeconds(300),
				Duration.ofSeconds(30),
				Duration.ofSeconds(120),
				32L * 1024 * 1024);

		Path json = Benchmark.run(settings);

		JsonNode results = new ObjectMapper().readTree(json.toFile());
		List<String> ids = StreamSupport.stream(results.path("measures").spliterator(), false)
				.map(measure -> measure.path("id").asText())
				.toList();
		assertThat(ids)
				.containsExactlyElementsOf(
						Report.MEASURES.stream().map(Report.Measure::id).toList());
		assertThat(results.path("measures")).allSatisfy(measure -> {
			assertThat(measure.path("ours").isNumber()).as("ours: " + measure).isTrue();
			assertThat(measure.path("plain").isNumber()).as("plain: " + measure).isTrue();
		});
		for (String configuration : List.of("ours", "plain")) {
			JsonNode result = results.path("configurations").path(configuration);
			for (String phase :
					List.of("ingestSyntheaC1", "ingestSyntheaC4", "ingestTransplantC1", "ingestTransplantC4")) {
				assertThat(result.path(phase).path("accepted").asInt())
						.as(configuration + " " + phase + ": " + result.path(phase))
						.isEqualTo(result.path(phase).path("bundles").asInt())
						.isPositive();
			}
			assertThat(result.path("latency")
							.path("everything")
							.path("failures")
							.asInt())
					.isZero();
		}
		assertThat(results.path("configurations")
						.path("ours")
						.path("profileViolationStatus")
						.asInt())
				.isEqualTo(422);
		assertThat(results.path("configurations")
						.path("plain")
						.path("profileViolationStatus")
						.asInt())
				.isEqualTo(201);
		assertThat(Files.readString(json.resolveSibling("results.md")))
				.contains("| Measure | Ours | Plain | Ratio | Target | Met? |");
	}
}
