package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.hsctdata.fhir.support.DatabaseTest;
import org.hsctdata.fhir.support.TestData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests for the FHIR REST interface of the server, driven through HAPI's generic client and plain HTTP, on the
 * in-memory database of the test profile. Every test creates the resources it asserts on.
 */
class FhirServerIT extends ServerIntegrationTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	String baseUrl() {
		return "http://127.0.0.1:" + port + "/fhir";
	}

	static Patient patient(String family) {
		return TestData.patient(family);
	}

	IIdType create(Patient patient) {
		return client.create().resource(patient).execute().getId().toUnqualifiedVersionless();
	}

	static Observation lymphocytes(IIdType subject, double value) {
		return TestData.lymphocyteCount(subject.getValue(), value);
	}

	@Test
	void metadataIsAnR4CapabilityStatement() {
		CapabilityStatement capabilities =
				client.capabilities().ofType(CapabilityStatement.class).execute();

		assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
		assertThat(capabilities.getRestFirstRep().getResource())
				.extracting(resource -> resource.getType())
				.contains("Patient", "Condition", "Procedure", "MedicationAdministration", "Observation");
	}

	@DatabaseTest
	@Test
	void createsReadsAndReadsAVersion() {
		IIdType id = create(patient("Created"));

		Patient read = client.read().resource(Patient.class).withId(id).execute();
		Patient firstVersion = client.read()
				.resource(Patient.class)
				.withId(id.withVersion("1"))
				.execute();

		assertThat(read.getNameFirstRep().getFamily()).isEqualTo("Created");
		assertThat(firstVersion.getIdElement().getVersionIdPart()).isEqualTo("1");
	}

	@DatabaseTest
	@Test
	void updatesAndKeepsHistory() {
		IIdType id = create(patient("Before"));
		Patient changed = client.read().resource(Patient.class).withId(id).execute();
		changed.getNameFirstRep().setFamily("After");

		MethodOutcome outcome = client.update().resource(changed).execute();
		Bundle history =
				client.history().onInstance(id).returnBundle(Bundle.class).execute();

		assertThat(outcome.getId().getVersionIdPart()).isEqualTo("2");
		assertThat(history.getEntry()).hasSize(2);
		assertThat(client.read()
						.resource(Patient.class)
						.withId(id.withVersion("1"))
						.execute()
						.getNameFirstRep()
						.getFamily())
				.isEqualTo("Before");
	}

	@DatabaseTest
	@Test
	void conditionalCreateDoesNotDuplicate() {
		Patient patient = patient("Conditional");
		String identifier = patient.getIdentifierFirstRep().getValue();
		String condition = "Patient?identifier=" + TestData.IDENTIFIER_SYSTEM + "|" + identifier;

		MethodOutcome first =
				client.create().resource(patient).conditionalByUrl(condition).execute();
		MethodOutcome second =
				client.create().resource(patient).conditionalByUrl(condition).execute();

		assertThat(first.getCreated()).isTrue();
		assertThat(second.getCreated()).isNotEqualTo(Boolean.TRUE);
		assertThat(second.getId().toUnqualifiedVersionless())
				.isEqualTo(first.getId().toUnqualifiedVersionless());
	}

	@DatabaseTest
	@Test
	void conditionalUpdateCreatesThenUpdates() {
		Patient patient = patient("Upserted");
		String condition = "Patient?identifier=" + TestData.IDENTIFIER_SYSTEM + "|"
				+ patient.getIdentifierFirstRep().getValue();

		MethodOutcome created =
				client.update().resource(patient).conditionalByUrl(condition).execute();
		patient.getNameFirstRep().setFamily("Upserted again");
		MethodOutcome updated =
				client.update().resource(patient).conditionalByUrl(condition).execute();

		assertThat(created.getCreated()).isTrue();
		assertThat(updated.getId().toUnqualifiedVersionless())
				.isEqualTo(created.getId().toUnqualifiedVersionless());
		assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");
	}

	@DatabaseTest
	@Test
	@SuppressWarnings("deprecation") // new URL(String): HttpClient's URI refuses the unencoded '|' clients send
	void findsByATokenWrittenUnencodedAsInFhirsExamples() throws Exception {
		Patient patient = patient("Unencoded");
		create(patient);
		String identifier = TestData.IDENTIFIER_SYSTEM + "|"
				+ patient.getIdentifier().stream()
						.filter(id -> TestData.IDENTIFIER_SYSTEM.equals(id.getSystem()))
						.findFirst()
						.orElseThrow()
						.getValue();

		HttpURLConnection search =
				(HttpURLConnection) new URL(baseUrl() + "/Patient?identifier=" + identifier).openConnection();
		search.setRequestProperty("Accept", "application/fhir+json");

		assertThat(search.getResponseCode()).isEqualTo(200);
		try (InputStream body = search.getInputStream()) {
			Bundle found = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, body);
			assertThat(found.getTotal()).isEqualTo(1);
		}
	}

	@Test
	void appliesJsonPatch() {
		IIdType id = create(patient("Unpatched"));
		String patch = "[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"female\"}]";

		client.patch().withBody(patch).withId(id).execute();

		assertThat(client.read().resource(Patient.class).withId(id).execute().getGender())
				.isEqualTo(AdministrativeGender.FEMALE);
	}

	@Test
	void appliesFhirPathPatch() {
		IIdType id = create(patient("Unpatched"));
		Parameters patch = new Parameters();
		Parameters.ParametersParameterComponent operation = patch.addParameter().setName("operation");
		operation.addPart().setName("type").setValue(new CodeType("replace"));
		operation.addPart().setName("path").setValue(new StringType("Patient.name.family"));
		operation.addPart().setName("value").setValue(new StringType("FhirPathPatched"));

		client.patch().withFhirPatch(patch).withId(id).execute();

		assertThat(client.read()
						.resource(Patient.class)
						.withId(id)
						.execute()
						.getNameFirstRep()
						.getFamily())
				.isEqualTo("FhirPathPatched");
	}

	@DatabaseTest
	@Test
	void searchesWithIncludeOfTheSubject() {
		IIdType patientId = create(patient("Searched"));
		client.create().resource(lymphocytes(patientId, 0.9)).execute();

		Bundle result = client.search()
				.forResource(Observation.class)
				.where(Observation.SUBJECT.hasId(patientId))
				.and(Observation.CODE.exactly().systemAndCode("http://loinc.org", "26474-7"))
				.include(Observation.INCLUDE_SUBJECT)
				.returnBundle(Bundle.class)
				.execute();

		assertThat(result.getEntry())
				.extracting(entry -> entry.getResource().fhirType())
				.containsExactlyInAnyOrder("Observation", "Patient");
		assertThat(result.getEntry())
				.filteredOn(entry -> entry.getResource() instanceof Patient)
				.singleElement()
				.satisfies(entry -> assertThat(entry.getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.INCLUDE));
	}

	@DatabaseTest
	@Test
	void pagesSearchResults() {
		IIdType patientId = create(patient("Paged"));
		for (int i = 0; i < 5; i++) {
			client.create().resource(lymphocytes(patientId, i)).execute();
		}

		Bundle firstPage = client.search()
				.forResource(Observation.class)
				.where(Observation.SUBJECT.hasId(patientId))
				.count(2)
				.returnBundle(Bundle.class)
				.execute();
		Bundle secondPage = client.loadPage().next(firstPage).execute();

		assertThat(firstPage.getEntry()).hasSize(2);
		assertThat(firstPage.getLink(Bundle.LINK_NEXT)).isNotNull();
		assertThat(secondPage.getEntry()).hasSize(2);
		assertThat(secondPage.getEntry())
				.extracting(entry -> entry.getResource().getIdElement().getIdPart())
				.doesNotContainAnyElementsOf(firstPage.getEntry().stream()
						.map(entry -> entry.getResource().getIdElement().getIdPart())
						.toList());
	}

	/**
	 * A client that follows a next link by applying its query to the type it searches ({@code GET
	 * Observation?_getpages=...}, as Medplum does) gets what the link itself answers, to the last page, and a page of
	 * another type's search is refused (the rest.TypeLevelPaging step).
	 */
	@DatabaseTest
	@Test
	void aPageAskedForAtTheSearchedTypeIsThePageAtTheBase() throws Exception {
		IIdType patientId = create(patient("PagedAtType"));
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(client.create()
					.resource(lymphocytes(patientId, i))
					.execute()
					.getId()
					.toUnqualifiedVersionless()
					.getValue());
		}
		String copied = "&_format=json&_pretty=false";

		List<String> collected = new ArrayList<>();
		Bundle page = FHIR.newJsonParser()
				.parseResource(
						Bundle.class,
						get("/Observation?subject=" + patientId.getValue() + "&_count=2", "*/*")
								.body());
		int pages = 0;
		while (page != null) {
			pages++;
			page.getEntry()
					.forEach(entry -> collected.add(entry.getResource()
							.getIdElement()
							.toUnqualifiedVersionless()
							.getValue()));
			Bundle.BundleLinkComponent next = page.getLink(Bundle.LINK_NEXT);
			if (next == null) {
				break;
			}
			String query = next.getUrl().substring(next.getUrl().indexOf('?'));
			HttpResponse<String> atBase = get(query + copied, "application/json");
			HttpResponse<String> atType = get("/Observation" + query + copied, "application/json");
			assertThat(next.getUrl()).startsWith(baseUrl() + "?_getpages=");
			assertThat(atType.statusCode()).as(atType.body()).isEqualTo(200);
			assertThat(atType.body()).isEqualTo(atBase.body());
			page = FHIR.newJsonParser().parseResource(Bundle.class, atType.body());
		}

		assertThat(pages).isEqualTo(3);
		assertThat(collected).containsExactlyInAnyOrderElementsOf(created);
	}

	@DatabaseTest
	@Test
	void aPageOfAnotherTypesSearchIsRefusedAndAnUnknownPageIsGoneAsAtTheBase() throws Exception {
		IIdType patientId = create(patient("PagedElsewhere"));
		for (int i = 0; i < 3; i++) {
			client.create().resource(lymphocytes(patientId, i)).execute();
		}
		String observations = nextQuery("/Observation?subject=" + patientId.getValue() + "&_count=1");
		String everything = nextQuery("/" + patientId.getValue() + "/$everything?_count=1");

		HttpResponse<String> atPatient = get("/Patient" + observations, "application/fhir+json");
		HttpResponse<String> everythingAtObservation = get("/Observation" + everything, "application/fhir+json");
		HttpResponse<String> everythingAtPatient = get("/Patient" + everything, "application/fhir+json");
		HttpResponse<String> unknownAtBase = get("?_getpages=no-such-search", "application/fhir+json");
		HttpResponse<String> unknownAtType = get("/Observation?_getpages=no-such-search", "application/fhir+json");

		assertThat(atPatient.statusCode()).isEqualTo(400);
		assertThat(atPatient.body()).contains("HSCT-0468", "search of Observation, not of Patient");
		assertThat(everythingAtObservation.statusCode()).isEqualTo(400);
		assertThat(everythingAtPatient.statusCode()).isEqualTo(200);
		assertThat(everythingAtPatient.body())
				.isEqualTo(get(everything, "application/fhir+json").body());
		assertThat(unknownAtBase.statusCode()).isEqualTo(410);
		assertThat(unknownAtType.statusCode()).isEqualTo(410);
		assertThat(unknownAtType.body()).contains("HAPI-0417").doesNotContain("\tat ");
	}

	/** The query of the next link of the first page of a search or operation. */
	String nextQuery(String path) throws Exception {
		Bundle first = FHIR.newJsonParser()
				.parseResource(Bundle.class, get(path, "application/fhir+json").body());
		String next = first.getLink(Bundle.LINK_NEXT).getUrl();
		return next.substring(next.indexOf('?'));
	}

	@Test
	void summaryAndElementsTrimTheResource() {
		IIdType id = create(patient("Trimmed"));

		Patient elements = client.read()
				.resource(Patient.class)
				.withId(id)
				.elementsSubset("gender")
				.execute();
		Bundle count = client.search()
				.forResource(Patient.class)
				.where(Patient.RES_ID.exactly().code(id.getIdPart()))
				.summaryMode(SummaryEnum.COUNT)
				.returnBundle(Bundle.class)
				.execute();

		assertThat(elements.getGender()).isEqualTo(AdministrativeGender.MALE);
		assertThat(elements.hasName()).isFalse();
		assertThat(count.getTotal()).isEqualTo(1);
		assertThat(count.getEntry()).isEmpty();
	}

	@DatabaseTest
	@Test
	void processesATransactionWithInternalReferences() {
		Patient patient = patient("Transaction");
		Condition condition = TestData.bAllCondition("urn:uuid:patient-1");
		Bundle transaction = TestData.transaction("urn:uuid:patient-1", patient, condition);

		Bundle response = client.transaction().withBundle(transaction).execute();

		assertThat(response.getEntry())
				.allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("201"));
		IdType patientId =
				new IdType(response.getEntry().get(0).getResponse().getLocation()).toUnqualifiedVersionless();
		IdType conditionId = new IdType(response.getEntry().get(1).getResponse().getLocation());
		Condition stored = client.read()
				.resource(Condition.class)
				.withId(conditionId.toUnqualifiedVersionless())
				.execute();
		assertThat(stored.getSubject().getReference()).isEqualTo(patientId.getValue());
	}

	@DatabaseTest
	@Test
	void everythingReturnsThePatientCompartment() {
		IIdType patientId = create(patient("Everything"));
		IIdType observationId =
				client.create().resource(lymphocytes(patientId, 0.9)).execute().getId();
		create(patient("Someone else"));

		Bundle everything = client.operation()
				.onInstance(patientId)
				.named("$everything")
				.withNoParameters(Parameters.class)
				.returnResourceType(Bundle.class)
				.useHttpGet()
				.execute();

		assertThat(everything.getEntry())
				.extracting(entry -> entry.getResource()
						.getIdElement()
						.toUnqualifiedVersionless()
						.getValue())
				.containsExactlyInAnyOrder(
						patientId.getValue(),
						observationId.toUnqualifiedVersionless().getValue());
	}

	@DatabaseTest
	@Test
	void deletesAndThenAnswersGone() {
		IIdType id = create(patient("Deleted"));

		client.delete().resourceById(id).execute();

		assertThatThrownBy(
						() -> client.read().resource(Patient.class).withId(id).execute())
				.isInstanceOf(ResourceGoneException.class);
	}

	@Test
	void servesXmlOnRequest() throws Exception {
		IIdType id = create(patient("Xml"));

		HttpResponse<String> response = get("/" + id.getValue(), "application/fhir+xml");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).contains("xml"));
		assertThat(response.body())
				.contains("<Patient xmlns=\"http://hl7.org/fhir\">")
				.contains("<family value=\"Xml\"/>");
	}

	@Test
	void answersCorsPreflightForBrowserApps() throws Exception {
		HttpRequest preflight = HttpRequest.newBuilder(URI.create(baseUrl() + "/Patient"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://app.example.org")
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type")
				.build();

		HttpResponse<String> response = HTTP.send(preflight, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example.org");
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
				.hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
	}

	@Test
	void publishesAnOpenApiDescription() throws Exception {
		HttpResponse<String> response = get("/api-docs", "*/*");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("openapi: 3").contains("/Patient");
	}

	@Test
	void reportsReadinessOnTheActuator() throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
						.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"UP\"");
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Accept", accept)
				.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.method(method, HttpRequest.BodyPublishers.ofString(body))
				.header("Content-Type", contentType)
				.header("Accept", "application/fhir+json")
				.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The REST gaps the conformance review found: each request here was answered wrongly by HAPI 8.8.0 or Tomcat (an
	 * HTML page, a 200, a JSON answer to an Accept the server cannot serve) until the server corrected it.
	 */
	@Nested
	class ConformanceGaps {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				a malformed escape in the path       | GET /fhir/Patient/%zz HTTP/1.1                      | 400
				an encoded NUL in the path           | GET /fhir/Patient/%00 HTTP/1.1                      | 400
				an encoded slash in the path         | GET /fhir/Patient/a%2Fb HTTP/1.1                    | 400
				a method Tomcat does not implement   | CONNECT /fhir/Patient HTTP/1.1                      | 501
				""")
		void aRequestTomcatRefusesUnderTheFhirBaseGetsAnOperationOutcome(String what, String requestLine, int status)
				throws Exception {
			RawAnswer answer = raw(requestLine, "");

			assertThat(answer.status()).as(answer.text()).isEqualTo(status);
			assertThat(answer.header("Content-Type")).startsWith("application/fhir+json");
			OperationOutcome outcome = (OperationOutcome) FHIR.newJsonParser().parseResource(answer.body());
			assertThat(outcome.getIssueFirstRep().getDiagnostics()).startsWith("HSCT-0400: ");
		}

		@Test
		void aRequestWithHeadersTooLargeForTomcatGetsAnOperationOutcome() throws Exception {
			RawAnswer answer = raw("GET /fhir/metadata HTTP/1.1", "X-Padding: " + "x".repeat(20_000) + "\r\n");

			assertThat(answer.status()).as(answer.text()).isEqualTo(400);
			assertThat(answer.header("Content-Type")).startsWith("application/fhir+json");
			assertThat(answer.body()).contains("OperationOutcome", "HSCT-0400");
		}

		@Test
		void aRequestTomcatRefusesOutsideTheFhirBaseKeepsTomcatsAnswer() throws Exception {
			RawAnswer answer = raw("GET /pages/%zz HTTP/1.1", "");

			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.body()).doesNotContain("OperationOutcome");
		}

		@Test
		void aLookupInACodeSystemTheServerDoesNotKnowIsNotFound() throws Exception {
			HttpResponse<String> unknown = get(
					"/CodeSystem/$lookup?system=http://example.org/no-such-code-system&code=x",
					"application/fhir+json");
			HttpResponse<String> known =
					get("/CodeSystem/$lookup?system=http://hl7.org/fhir/administrative-gender&code=male", "*/*");

			assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
			assertThat(FHIR.newJsonParser().parseResource(unknown.body())).isInstanceOf(OperationOutcome.class);
			assertThat(known.statusCode()).isEqualTo(200);
			assertThat(FHIR.newJsonParser()
							.parseResource(Parameters.class, known.body())
							.getParameter("display")
							.getValue()
							.primitiveValue())
					.isEqualTo("Male");
		}

		@Test
		void everythingSinceALaterInstantThanAnyChangeReturnsNothing() throws Exception {
			IIdType patientId = create(patient("Everything since"));
			client.create().resource(lymphocytes(patientId, 0.9)).execute();

			Bundle since = everything(patientId, "_since=2999-01-01T00:00:00Z");
			Bundle lastUpdated = everything(patientId, "_lastUpdated=ge2999-01-01T00:00:00Z");

			assertThat(since.getEntry()).isEmpty();
			assertThat(lastUpdated.getEntry()).isEmpty();
		}

		@Test
		void everythingSinceAChangeReturnsWhatChangedFromThenOnOverEveryPage() throws Exception {
			IIdType patientId = create(patient("Everything since, paged"));
			client.create().resource(lymphocytes(patientId, 0.9)).execute();
			Observation second = (Observation) client.create()
					.resource(lymphocytes(patientId, 1.1))
					.execute()
					.getResource();
			client.create().resource(lymphocytes(patientId, 1.3)).execute();
			String sinceSecond = second.getMeta().getLastUpdatedElement().getValueAsString();
			Bundle all = everything(patientId, "");

			List<String> changed = new ArrayList<>();
			for (Bundle page = everything(patientId, "_count=1&_since=" + encode(sinceSecond));
					page != null;
					page = page.getLink(Bundle.LINK_NEXT) == null
							? null
							: client.loadPage().next(page).execute()) {
				page.getEntry()
						.forEach(entry -> changed.add(entry.getResource()
								.getIdElement()
								.toUnqualifiedVersionless()
								.getValue()));
			}

			assertThat(changed)
					.containsExactlyInAnyOrderElementsOf(all.getEntry().stream()
							.map(Bundle.BundleEntryComponent::getResource)
							.filter(resource -> !resource.getMeta()
									.getLastUpdated()
									.before(second.getMeta().getLastUpdated()))
							.map(resource -> resource.getIdElement()
									.toUnqualifiedVersionless()
									.getValue())
							.toList())
					.contains(second.getIdElement().toUnqualifiedVersionless().getValue())
					.doesNotContain(patientId.getValue());
		}

		Bundle everything(IIdType patientId, String query) throws Exception {
			HttpResponse<String> response =
					get("/" + patientId.getValue() + "/$everything?" + query, "application/fhir+json");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return FHIR.newJsonParser().parseResource(Bundle.class, response.body());
		}

		@ParameterizedTest(name = "Accept: {0}")
		@ValueSource(strings = {"text/csv", "application/pdf", "image/png, text/csv;q=0.5"})
		void anAcceptNoFhirFormatServesIsNotAcceptable(String accept) throws Exception {
			IIdType id = create(patient("Not acceptable"));

			HttpResponse<String> response = get("/" + id.getValue(), accept);

			assertThat(response.statusCode()).as(response.body()).isEqualTo(406);
			assertThat(response.headers().firstValue("Content-Type"))
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
			assertThat(((OperationOutcome) FHIR.newJsonParser().parseResource(response.body()))
							.getIssueFirstRep()
							.getDiagnostics())
					.startsWith("HSCT-0406: ");
		}

		@ParameterizedTest(name = "{0} {1} -> {2}")
		@CsvSource(delimiter = '|', textBlock = """
				''                        | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html
				''                        | */*                                  | application/fhir+json
				''                        | application/json                     | application/fhir+json
				''                        | application/xml                      | application/fhir+xml
				''                        | application/fhir+xml;fhirVersion=4.0 | application/fhir+xml
				''                        | text/csv, application/fhir+json;q=0.1 | application/fhir+json
				?_format=json             | text/csv                             | application/fhir+json
				?_format=application/fhir+xml | text/csv                         | application/fhir+xml
				?_format=html             | application/fhir+json                | text/html
				""")
		void anAcceptOrFormatAFhirFormatOrABrowserCanUseIsServed(String format, String accept, String served)
				throws Exception {
			IIdType id = create(patient("Acceptable"));

			HttpResponse<String> response = get("/" + id.getValue() + format, accept);

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
					.hasValueSatisfying(type -> assertThat(type).startsWith(served));
		}

		/** An answer to a request written byte by byte: what Tomcat refuses, no HTTP client would send. */
		record RawAnswer(String text) {

			int status() {
				return Integer.parseInt(text.substring(9, 12));
			}

			String header(String name) {
				return text.substring(0, text.indexOf("\r\n\r\n"))
						.lines()
						.filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
						.map(line -> line.substring(name.length() + 1).trim())
						.findFirst()
						.orElse("");
			}

			String body() {
				return text.substring(text.indexOf("\r\n\r\n") + 4);
			}
		}

		RawAnswer raw(String requestLine, String headers) throws Exception {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				socket.setSoTimeout(30_000);
				socket.getOutputStream()
						.write((requestLine + "\r\nHost: 127.0.0.1\r\nAccept: application/fhir+json\r\n" + headers
										+ "Connection: close\r\n\r\n")
								.getBytes(StandardCharsets.ISO_8859_1));
				return new RawAnswer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	/** Bad requests: each gets a 4xx and an OperationOutcome saying what is wrong, and never a stack trace. */
	@Nested
	class BadInput {

		@ParameterizedTest(name = "{0} {1} ({2}) -> {4}")
		@CsvSource(delimiter = '|', textBlock = """
				POST | /Patient          | application/fhir+json | {"resourceType":"Patient",                          | 400
				POST | /Patient          | application/fhir+json | {"resourceType":"Patient","active":"yes"}           | 400
				POST | /Patient          | application/fhir+json | {"resourceType":"Patient","birthDate":"not-a-date"} | 400
				POST | /Patient          | application/fhir+json | {"resourceType":"Observation","status":"final"}    | 400
				POST | /Patient          | application/fhir+xml  | <Patient xmlns="http://hl7.org/fhir"><gender value="male"/> | 400
				POST | /Patient          | application/fhir+xml  | <Patient xmlns="http://hl7.org/fhir"><unknownElement value="x"/></Patient> | 400
				POST | /Patient          | text/plain            | just some text                                     | 415
				PUT  | /Patient/abc      | application/pdf       | %PDF-1.4                                           | 415
				PATCH| /Patient/abc      | text/plain            | replace gender                                     | 415
				POST | /Patient          | application/fhir+json | {"resourceType":"Patient","gender":"robot"}         | 400
				POST | /                 | application/fhir+json | {"resourceType":"Bundle","type":"transaction","entry":[{"request":{"method":"POST","url":"Patient"}}]} | 400
				POST | /NoSuchType       | application/fhir+json | {"resourceType":"NoSuchType"}                      | 404
				PUT  | /Patient/bad$id!  | application/fhir+json | {"resourceType":"Patient","id":"bad$id!"}          | 400
				PUT  | /Patient/abc      | application/fhir+json | {"resourceType":"Patient","id":"other"}            | 400
				""")
		void isRejectedWithAnOperationOutcome(String method, String path, String contentType, String body, int status)
				throws Exception {
			HttpResponse<String> response = send(method, path, contentType, body);

			assertThat(response.statusCode()).isEqualTo(status);
			assertOperationOutcomeWithoutStackTrace(response);
		}

		@Test
		void oversizedBodyIsRefusedBeforeParsing() throws Exception {
			String oversized = "{\"resourceType\":\"Patient\",\"id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

			HttpResponse<String> response = send("POST", "/Patient", "application/fhir+json", oversized);

			assertThat(response.statusCode()).isEqualTo(413);
			assertOperationOutcomeWithoutStackTrace(response);
			assertThat(response.body()).contains("HSCT-0413");
		}

		@Test
		void oversizedChunkedBodyIsRefused() throws Exception {
			byte[] oversized = ("{\"resourceType\":\"Patient\",\"id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
					.getBytes(StandardCharsets.UTF_8);
			HttpRequest chunked = HttpRequest.newBuilder(URI.create(baseUrl() + "/Patient"))
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized)))
					.header("Content-Type", "application/fhir+json")
					.build();

			HttpResponse<String> response = HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(413);
			assertOperationOutcomeWithoutStackTrace(response);
		}

		@Test
		void unknownResourceTypeOnReadIsNotFound() throws Exception {
			HttpResponse<String> response = get("/NoSuchType/1", "application/fhir+json");

			assertThat(response.statusCode()).isEqualTo(404);
			assertOperationOutcomeWithoutStackTrace(response);
		}

		@Test
		void invalidIdOnReadIsBadRequest() throws Exception {
			HttpResponse<String> response = get("/Patient/" + "x".repeat(70), "application/fhir+json");

			assertThat(response.statusCode()).isBetween(400, 404);
			assertOperationOutcomeWithoutStackTrace(response);
		}

		void assertOperationOutcomeWithoutStackTrace(HttpResponse<String> response) {
			OperationOutcome outcome = (OperationOutcome) FHIR.newJsonParser().parseResource(response.body());
			assertThat(outcome.getIssue()).isNotEmpty();
			assertThat(outcome.getIssueFirstRep().getDiagnostics()).isNotBlank();
			assertThat(response.body()).doesNotContain("\tat ", "Exception:", ".java:");
		}
	}
}
