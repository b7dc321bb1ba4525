package org.hsctdata.fhir.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.ExampleBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that a real client outside Java can load the example case and read it back: the Node script
 * {@code examples/client/load-and-read.mjs} (fhir-kit-client, installed with {@code npm ci} from the committed lock file)
 * POSTs {@code examples/ball-hsct-transaction-bundle.json} as a transaction, then reads {@code Patient/$everything} with
 * its paging and runs the MRD and MedicationAdministration searches a client app would. The expectations come from the
 * bundle itself. The test database is shared, so the case may already be there: each entry must answer 201 or 200.
 */
class NodeClientIT extends ServerIntegrationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final Path PROJECT = Path.of("").toAbsolutePath();
	static final Path CLIENT = PROJECT.resolve("examples/client");
	static final Path BUNDLE = PROJECT.resolve(ExampleBundle.PATH);

	static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
	static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(120);

	static final String MRD_SYSTEM = Canonicals.LOCAL_CODE_SYSTEM;
	static final String MRD_CODE = "mrd-flow";

	/** The bundle's resource types that belong to the R4 Patient compartment (BiologicallyDerivedProduct does not). */
	static final Set<String> PATIENT_COMPARTMENT = Set.of(
			"Patient",
			"RelatedPerson",
			"Condition",
			"Observation",
			"Procedure",
			"MedicationAdministration",
			"CarePlan",
			"AdverseEvent");

	@TempDir
	Path output;

	@Test
	void nodeClientLoadsTheCaseAndReadsItBack() throws Exception {
		JsonNode bundle = JSON.readTree(BUNDLE.toFile());
		installClientIfNeeded();

		Run run = run(
				"node load-and-read.mjs",
				SCRIPT_TIMEOUT,
				"node",
				"load-and-read.mjs",
				"http://127.0.0.1:" + port + "/fhir",
				BUNDLE.toString());
		String context = "summary " + run.stdout() + "\nstderr:\n" + run.stderr();
		JsonNode summary = parse(run.stdout(), context);

		Map<String, Integer> statuses = counts(summary.path("transaction"));
		assertThat(statuses.keySet())
				.as(context)
				.allSatisfy(status -> assertThat(status).matches("20[01]( .*)?"));
		assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum())
				.as(context)
				.isEqualTo(bundle.path("entry").size())
				.isEqualTo(62);

		assertThat(summary.path("patient").asText()).as(context).matches("Patient/[^/]+");

		Map<String, Integer> inBundle = countByType(bundle);
		Map<String, Integer> everything = counts(summary.path("everythingTypes"));
		int compartment = PATIENT_COMPARTMENT.stream()
				.mapToInt(type -> inBundle.getOrDefault(type, 0))
				.sum();
		assertThat(summary.path("everything").asInt())
				.as(context)
				.isGreaterThanOrEqualTo(compartment)
				.isGreaterThanOrEqualTo(40);
		assertThat(everything)
				.as(context)
				.containsKeys(
						"Patient",
						"Condition",
						"Observation",
						"Procedure",
						"MedicationAdministration",
						"CarePlan",
						"AdverseEvent");
		for (String type : PATIENT_COMPARTMENT) {
			assertThat(everything.getOrDefault(type, 0))
					.as("%s in $everything; %s", type, context)
					.isGreaterThanOrEqualTo(inBundle.getOrDefault(type, 0));
		}

		List<String> mrdDates = mrdDates(bundle);
		assertThat(mrdDates).hasSize(4);
		assertThat(texts(summary.path("mrdDates"))).as(context).containsExactlyElementsOf(mrdDates);

		assertThat(summary.path("administrations").asInt())
				.as(context)
				.isEqualTo(inBundle.get("MedicationAdministration"))
				.isEqualTo(13);
	}

	/** Runs {@code npm ci} when {@code node_modules} is missing or older than the lock file. */
	void installClientIfNeeded() throws IOException, InterruptedException {
		Path lock = CLIENT.resolve("package-lock.json");
		Path installed = CLIENT.resolve("node_modules/.package-lock.json");
		if (Files.exists(installed)
				&& Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
			return;
		}
		run("npm ci", NPM_TIMEOUT, "npm", "ci", "--no-audit", "--no-fund");
	}

	/** Runs a command in {@code examples/client}; fails on a timeout or a non-zero exit, with its output. */
	Run run(String name, Duration timeout, String... command) throws IOException, InterruptedException {
		Path stdout = Files.createTempFile(output, "stdout", ".txt");
		Path stderr = Files.createTempFile(output, "stderr", ".txt");
		Process process = new ProcessBuilder(command)
				.directory(CLIENT.toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile())
				.start();
		process.getOutputStream().close();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			fail("%s did not finish within %s\nstdout:\n%s\nstderr:\n%s", name, timeout, read(stdout), read(stderr));
		}
		Run run = new Run(read(stdout), read(stderr));
		assertThat(process.exitValue())
				.as("exit code of %s\nstdout:\n%s\nstderr:\n%s", name, run.stdout(), run.stderr())
				.isZero();
		return run;
	}

	record Run(String stdout, String stderr) {}

	static JsonNode parse(String json, String context) {
		try {
			JsonNode node = JSON.readTree(json);
			assertThat(node.isObject())
					.as("a JSON object on stdout; %s", context)
					.isTrue();
			return node;
		} catch (IOException notJson) {
			throw new AssertionError("stdout is not JSON: " + notJson.getMessage() + "\n" + context, notJson);
		}
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	static Map<String, Integer> counts(JsonNode object) {
		Map<String, Integer> counts = new HashMap<>();
		object.fields()
				.forEachRemaining(
						field -> counts.put(field.getKey(), field.getValue().asInt()));
		return counts;
	}

	static Map<String, Integer> countByType(JsonNode bundle) {
		Map<String, Integer> counts = new HashMap<>();
		for (JsonNode entry : bundle.path("entry")) {
			counts.merge(entry.path("resource").path("resourceType").asText(), 1, Integer::sum);
		}
		return counts;
	}

	/** The dates of the bundle's MRD Observations, ascending (ISO dates of any precision sort as text). */
	static List<String> mrdDates(JsonNode bundle) {
		List<String> dates = new ArrayList<>();
		for (JsonNode entry : bundle.path("entry")) {
			JsonNode resource = entry.path("resource");
			if (!"Observation".equals(resource.path("resourceType").asText())) {
				continue;
			}
			for (JsonNode coding : resource.path("code").path("coding")) {
				if (MRD_SYSTEM.equals(coding.path("system").asText())
						&& MRD_CODE.equals(coding.path("code").asText())) {
					dates.add(resource.path("effectiveDateTime").asText());
				}
			}
		}
		dates.sort(null);
		return dates;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.asText()));
		return texts;
	}
}
