package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.support.DatabaseTest;
import org.hsctdata.fhir.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * What a client that writes with {@code If-Match} can rely on: 412 whenever the version it names is not the one it
 * would replace or delete, by id or by search, over HTTP, in a transaction or in a batch entry, and only then; and a
 * search that sees the client's own writes at once.
 */
@DatabaseTest
class PreconditionsIT extends ServerIntegrationTest {

	final IParser parser = FhirContext.forR4Cached().newJsonParser();

	final HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();

	@Test
	void aConditionalUpdateWithAStaleIfMatchIsRefusedAndChangesNothing() throws Exception {
		Patient patient = createPatientAtVersion2();
		String search = "/Patient?identifier=" + encode(TestData.identifierOf(patient));

		HttpResponse<String> stale = send(put(search, patient).header("If-Match", "W/\"1\""));
		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
		assertThat(stale.body()).contains("OperationOutcome").contains("HSCT-0412");
		assertThat(currentVersion(patient)).isEqualTo("2");

		patient.addName().setFamily("Changed");
		HttpResponse<String> current = send(put(search, patient).header("If-Match", "W/\"2\""));
		assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
		assertThat(current.headers().firstValue("ETag")).hasValue("W/\"3\"");
	}

	@Test
	void aConditionalUpdateWithIfMatchThatMatchesNothingCreatesNothing() throws Exception {
		Patient patient = TestData.patient("Precondition");
		String search = "/Patient?identifier=" + encode(TestData.identifierOf(patient));

		HttpResponse<String> response = send(put(search, patient).header("If-Match", "W/\"1\""));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(412);
		assertThat(total(search)).isZero();
	}

	@Test
	void aTransactionWhoseConditionalEntryHasAStaleIfMatchStoresNothing() throws Exception {
		Patient patient = createPatientAtVersion2();
		Patient other = TestData.patient("Precondition");
		Bundle transaction = transactionCreating(other);
		transaction
				.addEntry()
				.setResource(patient)
				.getRequest()
				.setMethod(Bundle.HTTPVerb.PUT)
				.setUrl("Patient?identifier=" + encode(TestData.identifierOf(patient)))
				.setIfMatch("W/\"1\"");

		HttpResponse<String> stale = send(post("", transaction));
		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
		assertThat(currentVersion(patient)).isEqualTo("2");
		assertThat(total("/Patient?identifier=" + encode(TestData.identifierOf(other))))
				.isZero();

		transaction.getEntry().get(1).getRequest().setIfMatch("W/\"2\"");
		patient.addName().setFamily("Changed");
		HttpResponse<String> current = send(post("", transaction));
		assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
		assertThat(currentVersion(patient)).isEqualTo("3");
	}

	@Test
	void aTransactionEntryByIdWithAStaleIfMatchGets412() throws Exception {
		Patient patient = createPatientAtVersion2();
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		transaction
				.addEntry()
				.setResource(patient)
				.getRequest()
				.setMethod(Bundle.HTTPVerb.PUT)
				.setUrl("Patient/" + patient.getIdElement().getIdPart())
				.setIfMatch("W/\"1\"");

		HttpResponse<String> response = send(post("", transaction));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(412);
		assertThat(currentVersion(patient)).isEqualTo("2");
	}

	@Test
	void aBatchEntryWithAStaleIfMatchGets412AndTheOtherEntriesAreMade() throws Exception {
		Patient updated = createPatientAtVersion2();
		Patient patched = createPatientAtVersion2();
		Patient deleted = createPatientAtVersion2();
		Patient current = createPatientAtVersion2();
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		updated.addName().setFamily("Overwritten");
		batch.addEntry()
				.setResource(updated)
				.getRequest()
				.setMethod(Bundle.HTTPVerb.PUT)
				.setUrl("Patient/" + updated.getIdElement().getIdPart())
				.setIfMatch("W/\"1\"");
		batch.addEntry()
				.setResource(new Binary()
						.setContentType("application/json-patch+json")
						.setData("[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"female\"}]"
								.getBytes(StandardCharsets.UTF_8)))
				.getRequest()
				.setMethod(Bundle.HTTPVerb.PATCH)
				.setUrl("Patient/" + patched.getIdElement().getIdPart())
				.setIfMatch("W/\"1\"");
		batch.addEntry()
				.getRequest()
				.setMethod(Bundle.HTTPVerb.DELETE)
				.setUrl("Patient/" + deleted.getIdElement().getIdPart())
				.setIfMatch("W/\"1\"");
		current.addName().setFamily("Changed");
		batch.addEntry()
				.setResource(current)
				.getRequest()
				.setMethod(Bundle.HTTPVerb.PUT)
				.setUrl("Patient/" + current.getIdElement().getIdPart())
				.setIfMatch("W/\"2\"");

		HttpResponse<String> response = send(post("", batch));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(parser.parseResource(Bundle.class, response.body()).getEntry())
				.extracting(entry -> entry.getResponse().getStatus())
				.as(response.body())
				.containsExactly(
						"412 Precondition Failed", "412 Precondition Failed", "412 Precondition Failed", "200 OK");
		assertThat(currentVersion(updated)).isEqualTo("2");
		assertThat(currentVersion(patched)).isEqualTo("2");
		assertThat(currentVersion(deleted)).isEqualTo("2");
		assertThat(currentVersion(current)).isEqualTo("3");
	}

	@Test
	void aDeleteWithAStaleIfMatchIsRefusedAndDeletesNothing() throws Exception {
		Patient patient = createPatientAtVersion2();

		HttpResponse<String> stale = send(
				HttpRequest.newBuilder(uri("/Patient/" + patient.getIdElement().getIdPart()))
						.header("If-Match", "W/\"1\"")
						.DELETE());

		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
		assertThat(stale.body()).contains("OperationOutcome", "HSCT-0412");
		assertThat(currentVersion(patient)).isEqualTo("2");
		HttpResponse<String> current = send(
				HttpRequest.newBuilder(uri("/Patient/" + patient.getIdElement().getIdPart()))
						.header("If-Match", "W/\"2\"")
						.DELETE());
		assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
	}

	@Test
	void aTransactionWhoseDeleteHasAStaleIfMatchStoresNothing() throws Exception {
		Patient patient = createPatientAtVersion2();
		Patient other = TestData.patient("Precondition");
		Bundle transaction = transactionCreating(other);
		transaction
				.addEntry()
				.getRequest()
				.setMethod(Bundle.HTTPVerb.DELETE)
				.setUrl("Patient/" + patient.getIdElement().getIdPart())
				.setIfMatch("W/\"1\"");

		HttpResponse<String> stale = send(post("", transaction));

		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
		assertThat(currentVersion(patient)).isEqualTo("2");
		assertThat(total("/Patient?identifier=" + encode(TestData.identifierOf(other))))
				.isZero();
	}

	@Test
	void aDeleteRefusedForItsReferencesStays409EvenWithACurrentIfMatch() throws Exception {
		Patient patient = create(TestData.patient("Referenced"));
		create(TestData.lymphocyteCount("Patient/" + patient.getIdElement().getIdPart(), 1.2));

		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/Patient/" + patient.getIdElement().getIdPart()))
						.header("If-Match", "W/\"1\"")
						.DELETE());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
	}

	@Test
	void aPatchAnswersWithTheETagOfItsVersionSoThatTheNextPatchCanNameIt() throws Exception {
		Patient patient = create(TestData.patient("Patched"));
		String path = "/Patient/" + patient.getIdElement().getIdPart();

		HttpResponse<String> first = send(patch(path, "female").header("If-Match", "W/\"1\""));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).hasValue("W/\"2\"");

		HttpResponse<String> minimal = send(patch(path, "male")
				.header("If-Match", first.headers().firstValue("ETag").orElseThrow())
				.header("Prefer", "return=minimal"));
		assertThat(minimal.statusCode()).as(minimal.body()).isEqualTo(200);
		assertThat(minimal.headers().firstValue("ETag")).hasValue("W/\"3\"");
	}

	HttpRequest.Builder patch(String path, String gender) {
		return HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json-patch+json")
				.method(
						"PATCH",
						HttpRequest.BodyPublishers.ofString(
								"[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"" + gender + "\"}]"));
	}

	@Test
	void aSearchSeesAResourceCreatedJustAfterTheSameSearch() throws Exception {
		Patient patient = TestData.patient("Fresh");
		String search = "/Patient?identifier=" + encode(TestData.identifierOf(patient));
		assertThat(total(search)).isZero();

		create(patient);

		assertThat(total(search)).isEqualTo(1);
	}

	/** A new Patient, updated once, so that version 1 is stale. */
	Patient createPatientAtVersion2() throws Exception {
		Patient patient = create(TestData.patient("Precondition"));
		patient.addName().setFamily("Renamed-" + UUID.randomUUID());
		HttpResponse<String> update =
				send(put("/Patient/" + patient.getIdElement().getIdPart(), patient));
		assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
		return parser.parseResource(Patient.class, update.body());
	}

	<T extends Resource> T create(T resource) throws Exception {
		HttpResponse<String> created = send(post("/" + resource.fhirType(), resource));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		@SuppressWarnings("unchecked")
		T stored = (T) parser.parseResource(resource.getClass(), created.body());
		return stored;
	}

	String currentVersion(Patient patient) throws Exception {
		HttpResponse<String> read = send(
				HttpRequest.newBuilder(uri("/Patient/" + patient.getIdElement().getIdPart())));
		assertThat(read.statusCode()).isEqualTo(200);
		return parser.parseResource(Patient.class, read.body()).getMeta().getVersionId();
	}

	int total(String search) throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(search)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return parser.parseResource(Bundle.class, response.body()).getTotal();
	}

	/** A transaction whose first entry creates the given patient; a test adds the entry it is about. */
	static Bundle transactionCreating(Patient other) {
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		transaction
				.addEntry()
				.setResource(other)
				.getRequest()
				.setMethod(Bundle.HTTPVerb.POST)
				.setUrl("Patient");
		return transaction;
	}

	HttpRequest.Builder put(String path, Resource resource) {
		return HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/fhir+json")
				.PUT(HttpRequest.BodyPublishers.ofString(parser.encodeResourceToString(resource)));
	}

	HttpRequest.Builder post(String path, Resource resource) {
		return HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofString(parser.encodeResourceToString(resource)));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(
				request.timeout(Duration.ofSeconds(60))
						.header("Accept", "application/fhir+json")
						.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + "/fhir" + path);
	}
}
