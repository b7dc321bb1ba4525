package org.hsctdata.fhir.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What the benchmark runs, from system properties {@code bench.*} (defaults in brackets).
 *
 * @param projectDir         the project root (working directory)
 * @param out                where data, databases, logs and results go [{@code target/bench}]
 * @param population         Synthea population size, {@code bench.population} [20]
 * @param seed               Synthea seed, {@code bench.seed} [42]
 * @param transplantCopies   synthetic transplant patients per concurrency level, {@code bench.transplant-copies} [10]
 * @param iterations         timed calls per read or search measure, {@code bench.iterations} [100]
 * @param validateIterations timed warm {@code $validate} calls, {@code bench.validate-iterations} [100]
 * @param latencyPatients    patients the reads and searches rotate over, {@code bench.latency-patients} [20]
 * @param jvmArgs            the JVM options of both servers, {@code bench.jvm-args} (space-separated) [the pom's
 *                           {@code hsct.jvm-options}, the options the README recommends; no {@code -Xmx}]
 * @param settle             wait after start-up before idle RSS is read, {@code bench.settle-seconds} [10]
 * @param startTimeout       longest wait for a server to answer, {@code bench.start-timeout-seconds} [300]
 * @param phaseLimit         longest ingest phase (then the rest is reported as not sent),
 *                           {@code bench.phase-limit-seconds} [1200]
 * @param measureLimit       longest latency measure, {@code bench.measure-limit-seconds} [60]
 * @param requestTimeout     longest single request, {@code bench.request-timeout-seconds} [600]
 * @param maxBundleBytes     Synthea bundles larger than this are not sent (and listed), {@code bench.max-bundle-mb}
 *                           [32, the server's default {@code hsct.max-request-size}]
 * @param restart            whether each configuration is started a second time on its database for the transplant
 *                           patients, {@code bench.restart} [true]; without it (the smoke test) the first server goes
 *                           on, under its first start's settings, and the restart is not measured
 * @param importResources    at least this many resources of the export are imported into an empty server (whole
 *                           patient records and what they refer to, see {@link ImportSample}),
 *                           {@code bench.import-resources} [3000]
 */
public record BenchSettings(
		Path projectDir,
		Path out,
		int population,
		long seed,
		int transplantCopies,
		int iterations,
		int validateIterations,
		int latencyPatients,
		List<String> jvmArgs,
		Duration settle,
		Duration startTimeout,
		Duration phaseLimit,
		Duration measureLimit,
		Duration requestTimeout,
		long maxBundleBytes,
		boolean restart,
		int importResources) {

	public static BenchSettings fromSystemProperties() {
		Path projectDir = Path.of("").toAbsolutePath();
		return new BenchSettings(
				projectDir,
				Path.of(System.getProperty(
								"bench.out", projectDir.resolve("target/bench").toString()))
						.toAbsolutePath(),
				Integer.getInteger("bench.population", 20),
				Long.getLong("bench.seed", 42),
				Integer.getInteger("bench.transplant-copies", 10),
				Integer.getInteger("bench.iterations", 100),
				Integer.getInteger("bench.validate-iterations", 100),
				Integer.getInteger("bench.latency-patients", 20),
				Arrays.stream(System.getProperty("bench.jvm-args", "").trim().split("\\s+"))
						.filter(arg -> !arg.isEmpty())
						.toList(),
				Duration.ofSeconds(Long.getLong("bench.settle-seconds", 10)),
				Duration.ofSeconds(Long.getLong("bench.start-timeout-seconds", 300)),
				Duration.ofSeconds(Long.getLong("bench.phase-limit-seconds", 1200)),
				Duration.ofSeconds(Long.getLong("bench.measure-limit-seconds", 60)),
				Duration.ofSeconds(Long.getLong("bench.request-timeout-seconds", 600)),
				Long.getLong("bench.max-bundle-mb", 32) * 1024 * 1024,
				Boolean.parseBoolean(System.getProperty("bench.restart", "true")),
				Integer.getInteger("bench.import-resources", 3000));
	}
}
