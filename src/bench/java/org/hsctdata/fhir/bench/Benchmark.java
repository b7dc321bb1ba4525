package org.hsctdata.fhir.bench;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * The benchmark: for each configuration (ours, then plain), starts the packaged server as a separate process on a new
 * H2 file database and measures it; writes {@code results.json} and {@code results.md} (see docs/performance.md).
 *
 * <p>Each configuration is started twice on the same database:
 *
 * <ol>
 *   <li>a new database: launch to the first {@code /metadata}, launch to ready, idle RSS, the first and then warm
 *       {@code $validate} calls, and the ingest of the Synthea bundles at concurrency 1 and again at 4;
 *   <li>the same database again: launch with existing data, the ingest of the synthetic transplant patients at
 *       concurrency 1 and 4 (other copies each time). The server is left running.
 * </ol>
 *
 * Then the reads and searches are timed on both restarted servers together, their calls alternating (see
 * {@link #latencies}).
 *
 * Ours runs the first start with {@code hsct.validation.policy=open} (Synthea's resources claim none of our profiles,
 * so under {@code strict} they are refused by design; {@code open} validates them against base R4) and the second
 * with {@code strict} (named, so that runs stay comparable with those made when it was the default). Plain is the Spring profile {@code plain}: HAPI's JPA server without our
 * package, enforcement, dose check or warm-up.
 */
public final class Benchmark {

	static final String SYNTHEA_IDENTIFIER_SYSTEM = "https://github.com/synthetichealth/synthea";

	/** The Observation posted to {@code $validate}: a typical laboratory result of our profiles (MRD, flow). */
	static final String VALIDATE_EXAMPLE = "ball-hsct-case-mrd-2018-12-22";

	/** A Patient that claims ball-patient but has no gender (1..1 there). */
	static final String PROFILE_VIOLATION = "{\"resourceType\":\"Patient\",\"meta\":{\"profile\":"
			+ "[\"https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/ball-patient\"]}}";

	/** The two servers compared. */
	enum Configuration {
		OURS(
				"ours",
				List.of("--hsct.validation.policy=open"),
				List.of("--hsct.validation.policy=strict"),
				"this server: profile enforcement on (policy open for Synthea, strict for the transplant patients)"),
		PLAIN(
				"plain",
				List.of("--spring.profiles.active=plain"),
				List.of("--spring.profiles.active=plain"),
				"the same HAPI 8.8.0 JPA server without our features (Spring profile plain): no validation on write");

		final String key;

		final List<String> firstStart;

		final List<String> secondStart;

		final String description;

		Configuration(String key, List<String> firstStart, List<String> secondStart, String description) {
			this.key = key;
			this.firstStart = firstStart;
			this.secondStart = secondStart;
			this.description = description;
		}
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final BenchSettings settings;

	private final FhirContext fhirContext = FhirContext.forR4Cached();

	private final Map<String, Object> data = new LinkedHashMap<>();

	private Benchmark(BenchSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		Path results = run(settings);
		System.out.println(Files.readString(results.resolveSibling("results.md")));
		System.out.println("Results: " + results + " and " + results.resolveSibling("results.md"));
	}

	/** Runs the whole benchmark; returns the path of {@code results.json}. */
	public static Path run(BenchSettings settings) throws Exception {
		return new Benchmark(settings).run();
	}

	private Path run() throws Exception {
		Files.createDirectories(settings.out());
		Instant started = Instant.now();
		Path jar = serverJar();
		SyntheaData synthea = SyntheaData.prepare(settings, log("synthea"));
		List<BundleFile> transplantFirst = transplantCopies(1);
		List<BundleFile> transplantSecond = transplantCopies(1 + settings.transplantCopies());
		byte[] validateBody = validateExample();
		data.put("synthea", synthea.describe());
		data.put(
				"transplant",
				Map.of(
						"copiesPerConcurrency",
						settings.transplantCopies(),
						"entriesPerCopy",
						transplantFirst.get(0).entries(),
						"source",
						TransplantCopies.EXAMPLE.toString()));

		Map<Configuration, Map<String, Object>> results = new LinkedHashMap<>();
		Map<Configuration, ServerProcess> restarted = new LinkedHashMap<>();
		try {
			for (Configuration configuration : Configuration.values()) {
				log("%s: %s", configuration.key, configuration.description);
				Map<String, Object> result = new LinkedHashMap<>();
				results.put(configuration, result);
				restarted.put(
						configuration,
						measure(configuration, result, jar, synthea, transplantFirst, transplantSecond, validateBody));
			}
			Map<Configuration, Map<String, Object>> latencies = latencies(restarted);
			for (Configuration configuration : Configuration.values()) {
				Map<String, Object> result = results.get(configuration);
				result.put("latency", latencies.get(configuration));
				ServerProcess server = restarted.get(configuration);
				result.put("peakRssMiB", Math.max((Double) result.get("peakRssMiB"), server.peakRssMiB()));
			}
			for (Configuration configuration : Configuration.values()) {
				bulkAndSummary(configuration, results.get(configuration), restarted.get(configuration));
			}
		} finally {
			for (ServerProcess server : restarted.values()) {
				server.close();
			}
		}
		String loadAverageAfter = loadAverage(); // after both servers: they ran their last measures together
		for (Map<String, Object> result : results.values()) {
			result.put("loadAverageAfter", loadAverageAfter);
		}
		List<String> sample = ImportSample.of(exportFolder(Configuration.OURS), settings.importResources());
		for (Configuration configuration : Configuration.values()) {
			importSample(configuration, results.get(configuration), jar, sample);
		}

		Report report = new Report(settings, started, Instant.now(), data, results);
		Path json = settings.out().resolve("results.json");
		JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report.json());
		Files.writeString(settings.out().resolve("results.md"), report.markdown(), StandardCharsets.UTF_8);
		return json;
	}

	/**
	 * Measures one configuration into {@code result}: its first start and ingest, then a restart with the transplant
	 * ingest; returns the restarted server (without {@code bench.restart}, the first one), still running, for the read
	 * and search latencies.
	 */
	private ServerProcess measure(
			Configuration configuration,
			Map<String, Object> result,
			Path jar,
			SyntheaData synthea,
			List<BundleFile> transplantFirst,
			List<BundleFile> transplantSecond,
			byte[] validateBody)
			throws Exception {
		Path db = settings.out().resolve("db").resolve(configuration.key);
		deleteRecursively(db);
		String datasource =
				"--spring.datasource.url=jdbc:h2:file:" + db.resolve("hsct") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
		List<String> jvm = settings.jvmArgs();
		result.put("description", configuration.description);

		// 1. a new database
		List<String> first = new ArrayList<>(configuration.firstStart);
		first.add(datasource);
		result.put("loadAverageBefore", loadAverage());
		ServerProcess server =
				ServerProcess.start(jar, jvm, first, log(configuration.key + "-1"), settings.requestTimeout());
		try {
			result.put("serverArgs", first);
			result.put("launchToMetadataSeconds", seconds(server.awaitMetadata(settings.startTimeout())));
			result.put("launchToReadySeconds", seconds(server.awaitReady(settings.startTimeout())));
			log("%s: ready after %.1f s", configuration.key, result.get("launchToReadySeconds"));
			Thread.sleep(settings.settle().toMillis());
			result.put("idleRssMiB", server.rssMiB());

			// the configuration is what it claims: ours refuses a Patient that breaks ball-patient, plain stores it
			Http.Answer violation = server.http.post("Patient", PROFILE_VIOLATION.getBytes(StandardCharsets.UTF_8));
			result.put("profileViolationStatus", violation.status());

			Http.Answer firstValidate = server.http.post("Observation/$validate", validateBody);
			result.put(
					"validateFirst",
					Map.of(
							"millis",
							firstValidate.millis(),
							"status",
							firstValidate.status(),
							"firstError",
							Ingest.firstError(firstValidate.body())));
			Http http = server.http;
			result.put(
					"validateWarm",
					Latencies.measure(
							i -> http.post("Observation/$validate", validateBody),
							settings.validateIterations(),
							settings.measureLimit()));

			result.put(
					"syntheaReferenceData", Ingest.run(server, synthea.referenceBundles(), 1, settings.phaseLimit()));
			result.put("ingestSyntheaC1", ingest(configuration, server, synthea.patientBundles(), 1, "Synthea"));
			result.put("ingestSyntheaC4", ingest(configuration, server, synthea.patientBundles(), 4, "Synthea"));
			result.put("peakRssMiB", server.peakRssMiB());

			// 2. the same database, started again (without bench.restart, the same server goes on)
			if (settings.restart()) {
				server.close();
				List<String> second = new ArrayList<>(configuration.secondStart);
				second.add(datasource);
				server =
						ServerProcess.start(jar, jvm, second, log(configuration.key + "-2"), settings.requestTimeout());
				result.put("restartServerArgs", second);
				result.put("restartToMetadataSeconds", seconds(server.awaitMetadata(settings.startTimeout())));
				result.put("restartToReadySeconds", seconds(server.awaitReady(settings.startTimeout())));
			} else {
				result.put("restartToMetadataSeconds", Double.NaN);
			}
			result.put("ingestTransplantC1", ingest(configuration, server, transplantFirst, 1, "transplant"));
			result.put("ingestTransplantC4", ingest(configuration, server, transplantSecond, 4, "transplant"));
			return server;
		} catch (Exception | Error failed) {
			server.close();
			throw failed;
		}
	}

	/**
	 * The export of the whole server, one server after the other (an export keeps both cores busy); and, on ours, the
	 * patient summary of a transplant patient (plain has no {@code $summary}).
	 */
	private void bulkAndSummary(Configuration configuration, Map<String, Object> result, ServerProcess server)
			throws IOException, InterruptedException {
		Path folder = exportFolder(configuration);
		deleteRecursively(folder);
		BulkExportBench.Result export = BulkExportBench.export(server, settings.phaseLimit(), folder);
		result.put("exportSystem", export);
		log(
				"%s: $export of the server: %d resources in %d files, %.1f s (manifest after %.1f s) = %.0f resources/s",
				configuration.key,
				export.resources(),
				export.files(),
				export.seconds(),
				export.secondsToManifest(),
				export.resourcesPerSecond());
		if (configuration == Configuration.OURS) {
			JsonNode transplant = json(server.http.get(
					"Patient?_elements=id&_count=1&identifier=" + encode(TransplantCopies.IDENTIFIER_SYSTEM + "|")));
			String patient =
					transplant.path("entry").path(0).path("resource").path("id").asText();
			result.put(
					"summaryWarm",
					Latencies.measure(
							i -> server.http.get("Patient/" + patient + "/$summary"),
							settings.validateIterations(),
							settings.measureLimit()));
		}
	}

	private Path exportFolder(Configuration configuration) {
		return settings.out().resolve("export").resolve(configuration.key);
	}

	/**
	 * The import of a sample of ours' export (see {@link ImportSample}) into a new, empty database of each
	 * configuration, under its first start's settings (Synthea's resources claim no profile of ours), one server after
	 * the other and alone on the machine: ours by {@code $import}, plain (which has none) by transactions of the same
	 * {@code PUT}s (see {@link BulkImportBench}).
	 */
	private void importSample(Configuration configuration, Map<String, Object> result, Path jar, List<String> sample)
			throws Exception {
		Path db = settings.out().resolve("db").resolve(configuration.key + "-import");
		deleteRecursively(db);
		List<String> args = new ArrayList<>(configuration.firstStart);
		args.add(
				"--spring.datasource.url=jdbc:h2:file:" + db.resolve("hsct") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
		try (ServerProcess server = ServerProcess.start(
				jar, settings.jvmArgs(), args, log(configuration.key + "-import"), settings.requestTimeout())) {
			server.awaitReady(settings.startTimeout());
			Thread.sleep(settings.settle().toMillis());
			BulkImportBench.Result imported = configuration == Configuration.OURS
					? BulkImportBench.bulkImport(server, sample, settings.phaseLimit())
					: BulkImportBench.transactions(server, sample);
			result.put("importSample", imported);
			log(
					"%s: import of %d resources into an empty server: %d stored, %d refused, %.1f s = %.0f resources/s%s",
					configuration.key,
					imported.resources(),
					imported.stored(),
					imported.refused(),
					imported.seconds(),
					imported.resourcesPerSecond(),
					imported.firstRefusal().isEmpty() ? "" : "; first refusal: " + imported.firstRefusal());
		}
	}

	private Ingest.Result ingest(
			Configuration configuration, ServerProcess server, List<BundleFile> bundles, int concurrency, String what)
			throws InterruptedException, IOException {
		Ingest.Result result = Ingest.run(server, bundles, concurrency, settings.phaseLimit());
		log(
				"%s: %s c=%d: %d of %d bundles accepted, %d resources in %.1f s = %.0f resources/s, %.2f ms server CPU per resource (%.0f %% of it JIT compilers)%s",
				configuration.key,
				what,
				concurrency,
				result.accepted(),
				result.bundles(),
				result.entriesAccepted(),
				result.seconds(),
				result.resourcesPerSecond(),
				result.cpuMillisPerResource(),
				result.compilerCpuPercent(),
				result.rejections().isEmpty() ? "" : "; rejected: " + result.rejections());
		return result;
	}

	/**
	 * Reads and searches, rotating over Synthea and transplant patients, on every server at once: the calls alternate
	 * between the servers, so that a busy moment of the machine falls on both and the ratios compare like with like.
	 */
	private Map<Configuration, Map<String, Object>> latencies(Map<Configuration, ServerProcess> servers)
			throws IOException, InterruptedException {
		Map<Configuration, Map<String, Latencies.Call>> calls = new LinkedHashMap<>();
		Map<Configuration, Map<String, Object>> results = new LinkedHashMap<>();
		for (Map.Entry<Configuration, ServerProcess> server : servers.entrySet()) {
			List<PatientSample> patients = patients(server.getValue());
			calls.put(server.getKey(), calls(server.getValue(), patients));
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("patients", patients.size());
			results.put(server.getKey(), result);
		}
		List<Configuration> configurations = List.copyOf(servers.keySet());
		for (String measure : calls.get(configurations.get(0)).keySet()) {
			List<Latencies.Result> measured = Latencies.measure(
					configurations.stream()
							.map(configuration -> calls.get(configuration).get(measure))
							.toList(),
					settings.iterations(),
					settings.measureLimit());
			for (int i = 0; i < configurations.size(); i++) {
				results.get(configurations.get(i)).put(measure, measured.get(i));
			}
		}
		return results;
	}

	/** Up to {@code bench.latency-patients} patients with an Observation, half Synthea and half transplant. */
	private List<PatientSample> patients(ServerProcess server) throws IOException, InterruptedException {
		int half = Math.max(1, settings.latencyPatients() / 2);
		List<PatientSample> patients = new ArrayList<>();
		for (String system : List.of(SYNTHEA_IDENTIFIER_SYSTEM, TransplantCopies.IDENTIFIER_SYSTEM)) {
			JsonNode page = json(server.http.get(
					"Patient?_sort=_id&_elements=id&_count=" + half + "&identifier=" + encode(system + "|")));
			for (JsonNode entry : page.path("entry")) {
				PatientSample sample = PatientSample.of(
						server.http, entry.path("resource").path("id").asText());
				if (sample != null) {
					patients.add(sample);
				}
			}
		}
		if (patients.isEmpty()) {
			throw new IllegalStateException("no patient with an Observation on the server: nothing to search");
		}
		return patients;
	}

	/** The reads and searches measured, by name, on one server. */
	private static Map<String, Latencies.Call> calls(ServerProcess server, List<PatientSample> patients) {
		Map<String, Latencies.Call> calls = new LinkedHashMap<>();
		calls.put("read", i -> {
			PatientSample p = patients.get((i / 2) % patients.size());
			return server.http.get(i % 2 == 0 ? "Patient/" + p.id() : "Observation/" + p.observationId());
		});
		calls.put("observationByCodeAndDate", i -> {
			PatientSample p = patients.get(i % patients.size());
			return server.http.get(
					"Observation?patient=" + p.id() + "&code=" + encode(p.code()) + "&date=ge" + p.date());
		});
		calls.put(
				"conditionByPatient",
				i -> server.http.get(
						"Condition?patient=" + patients.get(i % patients.size()).id()));
		calls.put(
				"medicationAdministrationByPatient",
				i -> server.http.get("MedicationAdministration?patient="
						+ patients.get(i % patients.size()).id()));
		calls.put(
				"observationInclude",
				i -> server.http.get(
						"Observation?patient="
								+ patients.get(i % patients.size()).id()
								+ "&_count=50&_include=Observation:subject&_include=Observation:focus&_include=Observation:encounter"));
		calls.put(
				"everything",
				i -> server.http.get(
						"Patient/" + patients.get(i % patients.size()).id() + "/$everything?_count=50"));
		return calls;
	}

	/** A patient to search for, with one of its Observations: id, code ({@code system|code}) and date. */
	record PatientSample(String id, String observationId, String code, String date) {

		static PatientSample of(Http http, String id) throws IOException, InterruptedException {
			JsonNode page = json(http.get("Observation?patient=" + id + "&_count=1&date=ge1900"));
			for (JsonNode entry : page.path("entry")) {
				JsonNode observation = entry.path("resource");
				JsonNode coding = observation.path("code").path("coding").path(0);
				String date = observation.path("effectiveDateTime").asText();
				if (!coding.isMissingNode() && !date.isEmpty()) {
					return new PatientSample(
							id,
							observation.path("id").asText(),
							coding.path("system").asText() + "|"
									+ coding.path("code").asText(),
							date.substring(0, Math.min(10, date.length())));
				}
			}
			return null;
		}
	}

	private static JsonNode json(Http.Answer answer) throws IOException {
		if (!answer.ok()) {
			throw new IOException("HTTP " + answer.status() + ": " + Ingest.firstError(answer.body()));
		}
		return JSON.readTree(answer.body());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The packaged server, copied so that a build running meanwhile cannot replace it under the running server. */
	private Path serverJar() throws IOException, InterruptedException {
		Path target = settings.projectDir().resolve("target");
		Path jar = findJar(target);
		if (jar == null) {
			log("no packaged server under %s: building it", target);
			exec(List.of(mvnw(), "-q", "-B", "-DskipTests", "package"), log("build"), Duration.ofMinutes(20));
			jar = findJar(target);
			if (jar == null) {
				throw new IllegalStateException("the build made no jar under " + target);
			}
		}
		Path copy = settings.out().resolve("server.jar");
		Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
		return copy;
	}

	private static Path findJar(Path target) throws IOException {
		if (!Files.isDirectory(target)) {
			return null;
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(p -> p.getFileName().toString().matches("ball-hsct-fhir-server-.*\\.jar"))
					.findFirst()
					.orElse(null);
		}
	}

	String mvnw() {
		return settings.projectDir().resolve("mvnw").toString();
	}

	/** Runs a command in the project directory with its output in a log file; fails if it fails or overruns. */
	static void exec(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command)
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(
					String.join(" ", command) + " did not finish within " + timeout + "; see " + log);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " failed (" + process.exitValue() + "); see " + log);
		}
	}

	private List<BundleFile> transplantCopies(int first) throws IOException {
		List<BundleFile> files = new ArrayList<>();
		for (Path path : new TransplantCopies(fhirContext, settings.projectDir().resolve(TransplantCopies.EXAMPLE))
				.write(settings.out().resolve("data").resolve("transplant"), first, settings.transplantCopies())) {
			files.add(BundleFile.of(path));
		}
		return files;
	}

	private byte[] validateExample() throws IOException {
		Bundle example = fhirContext
				.newJsonParser()
				.parseResource(
						Bundle.class, Files.readString(settings.projectDir().resolve(TransplantCopies.EXAMPLE)));
		Resource observation = example.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(Observation.class::isInstance)
				.filter(resource -> ((Observation) resource)
						.getIdentifier().stream().map(Identifier::getValue).anyMatch(VALIDATE_EXAMPLE::equals))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no Observation " + VALIDATE_EXAMPLE + " in the example"));
		return fhirContext.newJsonParser().encodeResourceToString(observation).getBytes(StandardCharsets.UTF_8);
	}

	private Path log(String name) {
		return settings.out().resolve("logs").resolve(name + ".log");
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		} catch (IOException e) {
			return "unknown";
		}
	}

	static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	static void log(String format, Object... args) {
		System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
