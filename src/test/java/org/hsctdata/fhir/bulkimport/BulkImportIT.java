package org.hsctdata.fhir.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.DatabaseTest;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.FhirClients;
import org.hsctdata.fhir.support.TestData;
import org.hsctdata.fhir.support.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests of {@code $import} against a server of its own on an empty database (as {@code ExampleIT}): every resource of
 * every example bundle, as NDJSON with ids of their own, is stored once with the same content, in the order their
 * references need though the file has them the other way round; a second import changes nothing; broken and
 * profile-violating lines are reported with their line numbers and store nothing; a job can be cancelled; the writes
 * are in the audit trail. Tagged {@link DatabaseTest}: it runs on PostgreSQL too. (The kick-off's refusals are in the bad-input corpus; the scopes in {@code SecurityIT}.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DatabaseTest // the job tables' SQL, and transactions of resources that refer to each other, on H2 and PostgreSQL
class BulkImportIT extends ServerIntegrationTest {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final ObjectMapper JSON = new ObjectMapper();

	static final HttpClient HTTP =
			HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> TestDatabase.emptyDatabase("hsct_import"));
		properties.add("hsct.validation.warm-up", () -> "false");
	}

	/**
	 * Every entry of every example bundle with an id of its own ({@code prefix} + its {@code urn:uuid:}) and its
	 * references rewritten to {@code Type/id}, in reverse order: a resource comes before those it refers to.
	 */
	static List<Resource> exampleResources(String prefix) throws Exception {
		List<Resource> resources = new ArrayList<>();
		Map<String, String> ids = new HashMap<>();
		for (var file : ExampleBundle.files()) {
			Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(file));
			for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
				String uuid = entry.getFullUrl().substring("urn:uuid:".length());
				Resource resource = entry.getResource();
				resource.setId(resource.fhirType() + "/" + prefix + uuid);
				ids.put(entry.getFullUrl(), resource.fhirType() + "/" + prefix + uuid);
				resources.add(resource);
			}
		}
		for (Resource resource : resources) {
			FHIR.newTerser().getAllResourceReferences(resource).forEach(reference -> {
				String target =
						reference.getResourceReference().getReferenceElement().getValue();
				if (target != null && ids.containsKey(target)) {
					reference.getResourceReference().setReference(ids.get(target));
				}
			});
		}
		Collections.reverse(resources);
		return resources;
	}

	static String ndjson(List<? extends Resource> resources) {
		IParser parser = FHIR.newJsonParser();
		StringBuilder text = new StringBuilder();
		resources.forEach(
				resource -> text.append(parser.encodeResourceToString(resource)).append('\n'));
		return text.toString();
	}

	record Answer(int status, String body, HttpResponse<String> response) {

		String header(String name) {
			return response.headers().firstValue(name).orElse("");
		}

		JsonNode json() throws Exception {
			return JSON.readTree(body);
		}
	}

	Answer send(String method, String url, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5));
		if (body != null) {
			request.header("Content-Type", contentType).header("Prefer", "respond-async");
		}
		request.method(
				method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body(), response);
	}

	/** Kicks off an import; the status URL. */
	String kickOff(String ndjson) throws Exception {
		Answer answer = send("POST", FhirClients.baseUrl(port) + "/$import", "application/fhir+ndjson", ndjson);
		assertThat(answer.status()).as(answer.body()).isEqualTo(202);
		assertThat(answer.header("Content-Location")).contains("/$import-poll-status?_jobId=");
		return answer.header("Content-Location");
	}

	/** Polls the status URL until the job has ended; its manifest. */
	JsonNode manifest(String statusUrl) throws Exception {
		while (true) {
			Answer answer = send("GET", statusUrl, null, null);
			if (answer.status() == 200) {
				return answer.json();
			}
			assertThat(answer.status()).as(answer.body()).isEqualTo(202);
			assertThat(answer.header("X-Progress")).contains("resources written");
			Thread.sleep(500);
		}
	}

	List<String> file(JsonNode manifest, String kind, String type) throws Exception {
		for (JsonNode file : manifest.get(kind)) {
			if (file.get("type").asText().equals(type)) {
				Answer answer = send("GET", file.get("url").asText(), null, null);
				assertThat(answer.status()).isEqualTo(200);
				assertThat(answer.header("Content-Type")).startsWith("application/fhir+ndjson");
				return answer.body().lines().toList();
			}
		}
		return List.of();
	}

	/** The resource as JSON, without what the server sets (meta.versionId, lastUpdated, source). */
	static String content(Resource resource) {
		Resource copy = resource.copy();
		copy.getMeta().setVersionId(null).setLastUpdated(null).setSource(null);
		if (copy.getMeta().isEmpty()) {
			copy.setMeta(null);
		}
		copy.setIdElement(copy.getIdElement().toUnqualifiedVersionless());
		return FHIR.newJsonParser().encodeResourceToString(copy);
	}

	@Test
	@Order(1)
	void everyExampleResourceIsStoredOnceWithTheSameContent() throws Exception {
		List<Resource> resources = exampleResources("x-");
		long started = System.nanoTime();

		JsonNode manifest = manifest(kickOff(ndjson(resources)));

		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(
				"Bulk import of the examples: %d resources in %.1f s (%.1f resources/s, polling included)%n",
				resources.size(), seconds, resources.size() / seconds);
		assertThat(manifest.get("extension").get("status").asText()).isEqualTo("completed");
		assertThat(manifest.get("extension").get("refused").asInt())
				.as(
						"the first refusals: %s",
						file(manifest, "error", "OperationOutcome").stream()
								.filter(line -> !line.contains("HAPI-1094"))
								.limit(3)
								.toList())
				.isZero();
		assertThat(manifest.get("extension").get("created").asInt()).isEqualTo(resources.size());
		assertThat(manifest.get("error")).isEmpty();
		assertThat(manifest.get("transactionTime").asText()).isNotBlank();
		assertThat(manifest.get("request").asText()).endsWith("/$import");

		Map<String, Integer> perType = new LinkedHashMap<>();
		resources.forEach(resource -> perType.merge(resource.fhirType(), 1, Integer::sum));
		Map<String, Integer> reported = new LinkedHashMap<>();
		manifest.get("output")
				.forEach(output -> reported.put(
						output.get("type").asText(), output.get("count").asInt()));
		assertThat(reported).isEqualTo(perType);
		for (String type : perType.keySet()) {
			Bundle count = client.search()
					.byUrl(type + "?_summary=count")
					.returnBundle(Bundle.class)
					.execute();
			assertThat(count.getTotal()).as(type).isEqualTo(perType.get(type));
			assertThat(file(manifest, "output", type))
					.hasSize(perType.get(type))
					.allSatisfy(line -> assertThat(line)
							.matches("\\{\"line\":\\d+,\"resource\":\"" + type
									+ "/x-[^\"]+/_history/1\",\"result\":\"created\"}"));
		}
		for (Resource resource : resources) {
			Resource stored = (Resource) client.read()
					.resource(resource.fhirType())
					.withId(resource.getIdElement().getIdPart())
					.execute();
			assertThat(content(stored)).as(resource.getId()).isEqualTo(content(resource));
		}
	}

	@Test
	@Order(2)
	void aSecondImportOfTheSameResourcesChangesNothing() throws Exception {
		List<Resource> resources = exampleResources("x-");

		JsonNode manifest = manifest(kickOff(ndjson(resources)));

		assertThat(manifest.get("extension").get("unchanged").asInt()).isEqualTo(resources.size());
		assertThat(manifest.get("extension").has("created")).isFalse();
		Patient patient = client.read()
				.resource(Patient.class)
				.withId(resources.stream()
						.filter(resource -> resource instanceof Patient)
						.findFirst()
						.orElseThrow()
						.getIdElement()
						.getIdPart())
				.execute();
		assertThat(patient.getMeta().getVersionId()).isEqualTo("1");
	}

	@Test
	@Order(3)
	void brokenAndRefusedLinesAreReportedWithTheirLineNumberAndStoreNothing() throws Exception {
		Patient good = TestData.patient("Good");
		good.setId("good-1");
		Observation violating = TestData.lymphocyteCount("Patient/good-1", 0.9);
		violating.setId("violating-1");
		violating.getValueQuantity().setUnit("mg").setCode("mg"); // the profile requires 10*9/L
		Observation dangling = TestData.lymphocyteCount("Patient/nobody-here", 0.9);
		dangling.setId("dangling-1");
		Observation fine = TestData.lymphocyteCount("Patient/good-1", 1.2);
		fine.setId("fine-1");
		IParser parser = FHIR.newJsonParser();
		String body = String.join(
				"\n",
				parser.encodeResourceToString(fine), // refers to a patient that comes later
				"{\"resourceType\":\"Patient\",\"id\":\"broken-1\",",
				parser.encodeResourceToString(violating),
				"{\"resourceType\":\"Patient\",\"gender\":\"male\"}",
				parser.encodeResourceToString(dangling),
				"{\"resourceType\":\"Patient\",\"id\":\"numeric-ok\",\"active\":\"yes\"}",
				parser.encodeResourceToString(good));

		JsonNode manifest = manifest(kickOff(body));

		assertThat(manifest.get("extension").get("stored").asInt()).isEqualTo(2);
		assertThat(manifest.get("extension").get("refused").asInt()).isEqualTo(5);
		List<String> errors = file(manifest, "error", "OperationOutcome");
		assertThat(errors).hasSize(5);
		Map<Integer, OperationOutcome> byLine = new LinkedHashMap<>();
		for (String line : errors) {
			OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, line);
			String location = outcome.getIssueFirstRep().getLocation().get(0).getValue();
			byLine.put(Integer.parseInt(location.substring("line ".length())), outcome);
		}
		assertThat(byLine).containsOnlyKeys(2, 3, 4, 5, 6);
		assertThat(byLine.get(2).getIssueFirstRep().getDiagnostics()).contains("line 2 is not JSON");
		assertThat(byLine.get(3).getIssueFirstRep().getDiagnostics())
				.contains("line 3 (Observation/violating-1) was refused when written (422)");
		assertThat(byLine.get(3).getIssue())
				.as("the issues of profile enforcement follow the line's")
				.hasSizeGreaterThan(1);
		assertThat(byLine.get(4).getIssueFirstRep().getDiagnostics()).contains("line 4 has no id");
		assertThat(byLine.get(5).getIssueFirstRep().getDiagnostics())
				.contains("line 5 (Observation/dangling-1)")
				.contains("Patient/nobody-here");
		assertThat(byLine.get(6).getIssueFirstRep().getDiagnostics()).contains("wrong JSON type");

		assertThat(file(manifest, "output", "Patient"))
				.singleElement()
				.asString()
				.contains("Patient/good-1/_history/1");
		assertThat(file(manifest, "output", "Observation"))
				.singleElement()
				.asString()
				.contains("Observation/fine-1");
		for (String refused : List.of("Observation/violating-1", "Observation/dangling-1", "Patient/broken-1")) {
			assertThat(send("GET", FhirClients.baseUrl(port) + "/" + refused, null, null)
							.status())
					.as(refused)
					.isEqualTo(404);
		}
	}

	@Test
	@Order(4)
	void everyWriteIsInTheAuditTrailAsPartOfTheImport() throws Exception {
		Patient audited = TestData.patient("Audited");
		audited.setId("audited-1");
		JsonNode single = manifest(kickOff(ndjson(List.of(audited))));
		// two resources: written in one batch, one transaction
		Patient second = TestData.patient("Audited");
		second.setId("audited-2");
		Observation observation = TestData.lymphocyteCount("Patient/audited-2", 1.1);
		observation.setId("audited-obs-2");
		JsonNode batch = manifest(kickOff(ndjson(List.of(observation, second))));
		assertThat(batch.get("extension").get("created").asInt()).isEqualTo(2);

		for (String entity : List.of("Patient/audited-1", "Patient/audited-2", "Observation/audited-obs-2")) {
			String requestId = (entity.equals("Patient/audited-1") ? single : batch)
					.get("extension")
					.get("requestId")
					.asText();
			Bundle events = client.search()
					.byUrl("AuditEvent?entity=" + entity)
					.returnBundle(Bundle.class)
					.execute();
			assertThat(events.getEntry())
					.as(entity)
					.extracting(entry -> (AuditEvent) entry.getResource())
					.anySatisfy(event -> {
						assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("create");
						assertThat(event.getEntity())
								.anySatisfy(what -> assertThat(
												what.getWhat().getIdentifier().getValue())
										.isEqualTo(requestId));
					});
		}
		JsonNode manifest = single;

		String requestId = manifest.get("extension").get("requestId").asText();
		Bundle operations = client.search()
				.byUrl("AuditEvent?subtype=operation&_sort=-date&_count=100")
				.returnBundle(Bundle.class)
				.execute();
		assertThat(operations.getEntry())
				.as("the kick-off, recorded with its request id")
				.extracting(entry -> (AuditEvent) entry.getResource())
				.anySatisfy(event -> assertThat(event.getEntity())
						.anySatisfy(entity -> assertThat(
										entity.getWhat().getIdentifier().getValue())
								.isEqualTo(requestId))
						.anySatisfy(entity -> assertThat(entity.getDescription())
								.isEqualTo("POST " + FhirClients.baseUrl(port) + "/$import")));
	}

	@Test
	@Order(5)
	void aJobIsCancelledByADeleteOfItsStatusUrl() throws Exception {
		List<Resource> resources = exampleResources("c-");
		String running = kickOff(ndjson(resources));
		// jobs run one after the other: this one waits behind the first, and is cancelled before it starts
		String queued = kickOff(ndjson(exampleResources("q-")));

		Answer cancelQueued = send("DELETE", queued, null, null);
		Answer cancelRunning = send("DELETE", running, null, null);

		assertThat(cancelQueued.status()).as(cancelQueued.body()).isEqualTo(202);
		JsonNode queuedManifest = manifest(queued);
		assertThat(queuedManifest.get("extension").get("status").asText()).isEqualTo("cancelled");
		assertThat(queuedManifest.get("extension").get("stored").asInt()).isZero();
		assertThat(queuedManifest.get("output")).isEmpty();
		assertThat(client.search()
						.byUrl("Patient?_id="
								+ resources.stream()
										.filter(resource -> resource instanceof Patient)
										.map(resource -> "q-"
												+ resource.getIdElement()
														.getIdPart()
														.substring(2))
										.reduce((a, b) -> a + "," + b)
										.orElseThrow()
								+ "&_summary=count")
						.returnBundle(Bundle.class)
						.execute()
						.getTotal())
				.isZero();

		// the first had started: it stops after the resource it was writing, or had ended already
		if (cancelRunning.status() == 202 && cancelRunning.body().contains("is cancelled")) {
			JsonNode runningManifest = manifest(running);
			JsonNode extension = runningManifest.get("extension");
			assertThat(extension.get("status").asText()).isIn("cancelled", "completed");
			assertThat(extension.get("stored").asInt()
							+ extension.get("notWritten").asInt())
					.isEqualTo(resources.size());
		}

		Answer deleted = send("DELETE", queued, null, null);
		assertThat(deleted.status()).isEqualTo(202);
		assertThat(send("GET", queued, null, null).status()).isEqualTo(404);
	}
}
