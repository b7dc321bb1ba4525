package org.hsctdata.fhir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.hsctdata.fhir.support.OwnServers;
import org.hsctdata.fhir.support.SyntheaBundles;
import org.junit.jupiter.api.Test;

/**
 * Tests that the benchmark ({@link Benchmark}) still runs end to end: a tiny run (one Synthea patient, one transplant
 * copy per concurrency level, a few calls per measure) against the packaged jar, both configurations, each started
 * once ({@code restart} false: a restart is the same start on a database that has data). It checks that every measure
 * has a value for both servers and that nothing was rejected, never a timing. The benchmark starts its
 * own servers on H2 files whatever the suite's database, so it runs in the H2 pass only.
 *
 * <p>The Synthea patient is not generated: the run finds the smallest patient of the suite's Synthea data
 * ({@code src/test/resources/synthea/}, made by the benchmark's own Synthea set-up with population 20 and seed 42) and
 * its hospitals and practitioners where the benchmark keeps the bundles it generated, and reuses them as it reuses
 * its own. Generating them ({@code bench/synthea/pom.xml}) is left to {@code ./mvnw -Pbench verify}.
 */
@OwnServers
class BenchmarkSmokeIT {

	static final Path OUT = Path.of("target", "bench-smoke");

	static final int SYNTHEA_POPULATION = 20;

	static final long SYNTHEA_SEED = 42;

	/** The smallest patient of the suite's Synthea data. */
	static final String SYNTHEA_PATIENT = "Lavern240_Treutel973_7353e17f-0cd5-5b0a-c736-92b9ca5f8366.json";

	@Test
	void aTinyRunMeasuresEveryMeasureForBothServers() throws Exception {
		Path synthea = OUT.resolve("synthea")
				.resolve("p" + SYNTHEA_POPULATION + "-s" + SYNTHEA_SEED)
				.resolve("fhir");
		Files.createDirectories(synthea);
		for (Path file : SyntheaBundles.referenceBundles()) {
			Files.copy(file, synthea.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
		Files.copy(
				SyntheaBundles.DIR.resolve(SYNTHEA_PATIENT),
				synthea.resolve(SYNTHEA_PATIENT),
				StandardCopyOption.REPLACE_EXISTING);
		BenchSettings settings = new BenchSettings(
				Path.of("").toAbsolutePath(),
				OUT.toAbsolutePath(),
				SYNTHEA_POPULATION,
				SYNTHEA_SEED,
				1,
				3,
				3,
				2,
				// lean servers: what is tested is the wiring, not the numbers
				List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dhsct.validation.warm-up=false"),
				Duration.ofSeconds(1),
				// generous: on a loaded machine a start has taken more than five minutes
				Duration.ofSeconds(900),
				Duration.ofSeconds(300),
				Duration.ofSeconds(30),
				Duration.ofSeconds(120),
				32L * 1024 * 1024,
				false,
				50);

		Path json = Benchmark.run(settings);

		JsonNode results = new ObjectMapper().readTree(json.toFile());
		List<String> ids = StreamSupport.stream(results.path("measures").spliterator(), false)
				.map(measure -> measure.path("id").asText())
				.toList();
		assertThat(ids)
				.containsExactlyElementsOf(
						Report.MEASURES.stream().map(Report.Measure::id).toList());
		// every measure but the restart, which a run without bench.restart leaves out; plain has no $summary
		assertThat(results.path("measures")).allSatisfy(measure -> {
			String id = measure.path("id").asText();
			boolean measured = !id.equals("restartToMetadata");
			assertThat(measure.path("ours").isNumber()).as("ours: " + measure).isEqualTo(measured);
			assertThat(measure.path("plain").isNumber())
					.as("plain: " + measure)
					.isEqualTo(measured && !id.startsWith("summary"));
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
