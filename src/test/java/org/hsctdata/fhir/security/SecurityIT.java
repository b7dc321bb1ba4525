package org.hsctdata.fhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.support.BulkExports;
import org.hsctdata.fhir.support.ClientScenario;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.FhirClients;
import org.hsctdata.fhir.support.TestData;
import org.hsctdata.fhir.support.TestDatabase;
import org.hsctdata.fhir.support.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests for the secured server: a server of its own with {@code hsct.security.issuer} set, trusting a
 * {@link TestIssuer} whose keys are generated for this run and whose JWK set is served on loopback. Requests go over
 * plain HTTP with the tokens it mints. The data: patients {@code mine}, {@code theirs} and {@code clean}, one
 * lymphocyte count each, and a report of {@code mine} whose result is an observation of {@code theirs} (and the other
 * way round), so that {@code _include}, {@code _revinclude} and {@code $everything} cross from one patient to the
 * other.
 *
 * <p>The database of its own keeps that data apart from the shared test server's. Nothing here depends on which
 * database it is (the searches, includes and transactions that the scopes narrow are tested on both by
 * {@code FhirServerIT}), so it runs on H2 only; run on PostgreSQL, it would get a database there.
 */
@SpringBootTest(
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = {
			"hsct.security.issuer=" + TestIssuer.ISSUER,
			"hsct.security.audience=" + TestIssuer.AUDIENCE,
			"hsct.security.authorization-endpoint=https://issuer.test/hsct/authorize",
			"hsct.security.token-endpoint=https://issuer.test/hsct/token",
			// its few writes warm up what they need; the shared test server warms up in full
			"hsct.validation.warm-up=false"
		})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SecurityIT {

	static final TestIssuer ISSUER = TestIssuer.create();

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final HttpClient HTTP =
			HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@DynamicPropertySource
	static void issuerKeysAndDatabase(DynamicPropertyRegistry properties) {
		properties.add("hsct.security.jwk-set-uri", ISSUER::jwkSetUri);
		properties.add("spring.datasource.url", () -> TestDatabase.emptyDatabase("hsct_security"));
	}

	@LocalServerPort
	int port;

	/**
	 * A token of the setting-up service, minted when used: tokens live five minutes, and on a busy machine the server
	 * alone can take longer to start.
	 */
	String system() {
		return ISSUER.token("setup-service", "system/*.*");
	}

	String mine;

	String theirs;

	String clean;

	String mineObservation;

	String theirObservation;

	String cleanObservation;

	@BeforeAll
	void data() {
		mine = create(TestData.patient("Mine"));
		theirs = create(TestData.patient("Theirs"));
		clean = create(TestData.patient("Clean"));
		mineObservation = create(TestData.lymphocyteCount(mine, 0.8));
		theirObservation = create(TestData.lymphocyteCount(theirs, 1.1));
		cleanObservation = create(TestData.lymphocyteCount(clean, 1.4));
		create(report(mine, theirObservation));
		create(report(theirs, mineObservation));
	}

	@AfterAll
	void stopIssuer() {
		ISSUER.close();
	}

	static DiagnosticReport report(String subject, String result) {
		DiagnosticReport report = new DiagnosticReport();
		report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
		report.getCode().setText("Lymphocyte subsets");
		report.setSubject(new Reference(subject));
		report.addResult(new Reference(result));
		return report;
	}

	String create(Resource resource) {
		Answer created = send("POST", "/" + resource.fhirType(), system(), resource);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.resource().getIdElement().toUnqualifiedVersionless().getValue();
	}

	List<AuditEvent> auditEvents(String query) {
		Answer answer = send("GET", "/AuditEvent?" + query, ISSUER.token("auditor", "system/AuditEvent.rs"), null);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.bundle().getEntry().stream()
				.map(entry -> (AuditEvent) entry.getResource())
				.toList();
	}

	String patientToken(String patient, String scope) {
		return ISSUER.patientToken("patient-app-user", scope, patient.substring("Patient/".length()));
	}

	@Nested
	class WithoutAValidToken {

		@Test
		void noTokenGets401WithABearerChallengeAndAnOperationOutcome() {
			Answer answer = send("GET", "/" + mine, null, null);

			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
			assertThat(answer.issue().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
			assertThat(answer.issue().getDiagnostics()).contains("HSCT-0401", "no access token");
			assertThat(answer.body()).doesNotContain("\tat ", "Exception");
		}

		@Test
		void expiredTokenGets401(CapturedOutput output) {
			String expired = ISSUER.rs256(TestIssuer.claims("dr-late", "user/*.rs")
					.issueTime(Date.from(Instant.now().minusSeconds(3600)))
					.expirationTime(Date.from(Instant.now().minusSeconds(600)))
					.build());

			Answer answer = send("GET", "/" + mine, expired, null);

			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.header("WWW-Authenticate")).contains("invalid_token");
			assertThat(answer.issue().getDiagnostics()).contains("expired");
			assertThat(output.getAll()).doesNotContain(expired);
			assertThat(answer.body()).doesNotContain(expired);
		}

		@Test
		void forgedSignatureGets401(CapturedOutput output) {
			String forged =
					ISSUER.forged(TestIssuer.claims("mallory", "system/*.*").build());

			Answer answer = send("GET", "/Observation", forged, null);

			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.header("WWW-Authenticate")).contains("invalid_token");
			assertThat(answer.issue().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
			assertThat(output.getAll()).doesNotContain(forged);
		}

		@Test
		void tokenOfAnotherIssuerGets401() {
			String other = ISSUER.rs256(TestIssuer.claims("dr-elsewhere", "system/*.*")
					.issuer("https://elsewhere.test")
					.build());

			assertThat(send("GET", "/" + mine, other, null).status()).isEqualTo(401);
		}

		@Test
		void tokenForAnotherAudienceGets401() {
			String other = ISSUER.rs256(TestIssuer.claims("dr-who", "system/*.*")
					.audience(List.of("another-api"))
					.build());

			assertThat(send("GET", "/" + mine, other, null).status()).isEqualTo(401);
		}

		@Test
		void aBrowserAppCanReadTheRefusal() throws Exception {
			HttpResponse<String> answer = HTTP.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/fhir/" + mine))
							.header("Origin", "https://app.example.org")
							.build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(answer.statusCode()).isEqualTo(401);
			assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
					.isPresent();
			assertThat(answer.headers()
							.firstValue("Access-Control-Expose-Headers")
							.orElse(""))
					.containsIgnoringCase("WWW-Authenticate");
		}

		@Test
		void garbageGets401() {
			assertThat(send("GET", "/" + mine, "not.a.jwt", null).status()).isEqualTo(401);
		}
	}

	@Nested
	class WithAValidToken {

		@Test
		void ellipticCurveSignaturesAreAccepted() {
			String token =
					ISSUER.es256(TestIssuer.claims("backend", "system/*.rs").build());

			assertThat(send("GET", "/" + mine, token, null).status()).isEqualTo(200);
		}

		@Test
		void aScopeForAnotherTypeGets403WithAnOperationOutcome() {
			Answer answer = send("GET", "/" + mineObservation, patientToken(mine, "patient/Condition.rs"), null);

			assertThat(answer.status()).isEqualTo(403);
			assertThat(answer.header("WWW-Authenticate")).contains("insufficient_scope");
			assertThat(answer.issue().getDiagnostics()).contains("HSCT-0403");
			assertThat(answer.body()).doesNotContain("\tat ");
		}

		@Test
		void noResourceScopeGets403() {
			assertThat(send("GET", "/" + mine, ISSUER.token("dr-who", "openid fhirUser"), null)
							.status())
					.isEqualTo(403);
		}

		@Test
		void patientScopesWithoutAPatientClaimGet403() {
			assertThat(send("GET", "/" + mineObservation, ISSUER.token("app", "patient/*.rs"), null)
							.status())
					.isEqualTo(403);
		}

		@Test
		void readScopeDoesNotWrite() {
			Answer answer = send(
					"POST", "/Observation", patientToken(mine, "patient/*.rs"), TestData.lymphocyteCount(mine, 0.5));

			assertThat(answer.status()).isEqualTo(403);
		}

		@Test
		void systemScopesDoEverything() {
			String token = ISSUER.token("backend", "system/*.*");
			String patient = send("POST", "/Patient", token, TestData.patient("System"))
					.resource()
					.getIdElement()
					.toUnqualifiedVersionless()
					.getValue();

			assertThat(send("GET", "/" + patient, token, null).status()).isEqualTo(200);
			assertThat(send("GET", "/Observation?patient=" + theirs, token, null)
							.bundle()
							.getEntry())
					.isNotEmpty();
			assertThat(send("GET", "/AuditEvent?entity=" + patient, token, null)
							.bundle()
							.getEntry())
					.isNotEmpty();
			assertThat(send("DELETE", "/" + patient, token, null).status()).isEqualTo(200);
		}
	}

	@Nested
	class APatientScopedToken {

		final String token = patientToken(mine, "patient/*.cruds");

		@Test
		void readsItsPatientsData() {
			assertThat(send("GET", "/" + mine, token, null).status()).isEqualTo(200);
			assertThat(send("GET", "/" + mineObservation, token, null).status()).isEqualTo(200);
		}

		@Test
		void cannotReadAnotherPatientsData() {
			assertThat(send("GET", "/" + theirs, token, null).status()).isEqualTo(403);
			assertThat(send("GET", "/" + theirObservation, token, null).status())
					.isEqualTo(403);
			assertThat(send("GET", "/" + theirObservation + "/_history/1", token, null)
							.status())
					.isEqualTo(403);
		}

		@Test
		void searchesOnlyItsPatient() {
			Bundle everyObservation = send("GET", "/Observation", token, null).bundle();

			assertThat(everyObservation.getEntry())
					.isNotEmpty()
					.allSatisfy(entry -> assertThat(((Observation) entry.getResource())
									.getSubject()
									.getReference())
							.isEqualTo(mine));
			assertThat(send("GET", "/Observation?patient=" + theirs, token, null)
							.status())
					.isEqualTo(403);
			assertThat(send("GET", "/Observation?subject=" + theirs, token, null)
							.status())
					.isEqualTo(403);
			assertThat(send("GET", "/Patient?_id=" + theirs.substring("Patient/".length()), token, null)
							.status())
					.isEqualTo(403);
		}

		@Test
		void cannotReachAnotherPatientThroughInclude() {
			Answer included =
					send("GET", "/DiagnosticReport?patient=" + mine + "&_include=DiagnosticReport:result", token, null);
			Answer revIncluded =
					send("GET", "/Observation?patient=" + mine + "&_revinclude=DiagnosticReport:result", token, null);

			assertThat(included.status()).as(included.body()).isEqualTo(403);
			assertThat(revIncluded.status()).as(revIncluded.body()).isEqualTo(403);
			assertThat(included.body() + revIncluded.body()).doesNotContain(theirObservation, theirs);
		}

		@Test
		void everythingOnlyOfItsPatient() {
			Answer others = send("GET", "/" + theirs + "/$everything", token, null);
			Answer crossing = send("GET", "/" + mine + "/$everything", token, null);
			Bundle cleanRecord = send("GET", "/" + clean + "/$everything", patientToken(clean, "patient/*.rs"), null)
					.bundle();

			assertThat(others.status()).isEqualTo(403);
			// mine's report refers to an observation of theirs, which $everything would return
			assertThat(crossing.status()).as(crossing.body()).isEqualTo(403);
			assertThat(crossing.body()).doesNotContain(theirObservation);
			assertThat(cleanRecord.getEntry())
					.extracting(entry -> entry.getResource()
							.getIdElement()
							.toUnqualifiedVersionless()
							.getValue())
					.containsExactlyInAnyOrder(clean, cleanObservation);
		}

		@Test
		void summaryOnlyOfItsPatientAndNothingOfAnother() {
			Answer others = send("GET", "/" + theirs + "/$summary", token, null);
			Answer own = send("GET", "/" + mine + "/$summary", token, null);

			assertThat(others.status()).as(others.body()).isEqualTo(403);
			Bundle summary = own.bundle();
			assertThat(summary.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
			// mine's report refers to an observation of theirs (1.1): the summary leaves it out. (Other tests add
			// results of mine; the summary holds the latest.)
			String patient = summary.getEntry().stream()
					.filter(entry -> entry.getResource() instanceof Patient)
					.findFirst()
					.orElseThrow()
					.getFullUrl();
			assertThat(summary.getEntry())
					.extracting(Bundle.BundleEntryComponent::getResource)
					.filteredOn(Observation.class::isInstance)
					.isNotEmpty()
					.allSatisfy(observation -> {
						assertThat(((Observation) observation).getSubject().getReference())
								.isEqualTo(patient);
						assertThat(((Observation) observation)
										.getValueQuantity()
										.getValue()
										.doubleValue())
								.isNotEqualTo(1.1);
					});
			assertThat(summary.getEntry())
					.extracting(Bundle.BundleEntryComponent::getResource)
					.filteredOn(Patient.class::isInstance)
					.extracting(entry -> ((Patient) entry).getNameFirstRep().getFamily())
					.containsExactly("Mine");
		}

		@Test
		void documentOnlyOfItsPatientsCompositions() {
			// patients of its own: a Composition is in its subject's compartment and in its $everything
			String patient = create(TestData.patient("Documented"));
			String observation = create(TestData.lymphocyteCount(patient, 1.2));
			String other = create(TestData.patient("Other"));
			String otherObservation = create(TestData.lymphocyteCount(other, 1.3));
			String own = create(composition(patient, observation));
			String others = create(composition(other, otherObservation));
			String patientToken = patientToken(patient, "patient/*.rs");

			Answer document = send("GET", "/" + own + "/$document", patientToken, null);
			Answer foreign = send("GET", "/" + others + "/$document", patientToken, null);
			Answer unscoped = send("GET", "/" + own + "/$document", patientToken(patient, "patient/Patient.c"), null);

			assertThat(document.status()).as(document.body()).isEqualTo(200);
			assertThat(document.bundle().getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
			assertThat(document.bundle().getEntry())
					.extracting(entry -> entry.getResource()
							.getIdElement()
							.toUnqualifiedVersionless()
							.getValue())
					.containsExactlyInAnyOrder(own, patient, observation);
			assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
			assertThat(foreign.body()).doesNotContain(otherObservation);
			assertThat(unscoped.status()).as(unscoped.body()).isEqualTo(403);
		}

		private static Composition composition(String patient, String observation) {
			Composition composition = new Composition()
					.setStatus(Composition.CompositionStatus.FINAL)
					.setDate(new Date())
					.setTitle("Transplant follow-up");
			composition.getType().addCoding().setSystem("http://loinc.org").setCode("11503-0");
			composition.setSubject(new Reference(patient));
			composition.addAuthor(new Reference(patient));
			composition.addSection().setTitle("Results").addEntry(new Reference(observation));
			return composition;
		}

		@Test
		void writesOnlyIntoItsPatientsRecord() {
			Answer own = send("POST", "/Observation", token, TestData.lymphocyteCount(mine, 0.7));
			Answer foreign = send("POST", "/Observation", token, TestData.lymphocyteCount(theirs, 0.7));
			Observation moved = (Observation)
					send("GET", "/" + theirObservation, system(), null).resource();
			moved.getValueQuantity().setValue(9.9);
			Answer update = send("PUT", "/" + theirObservation, token, moved);

			String ownCreated =
					own.resource().getIdElement().toUnqualifiedVersionless().getValue();
			String valueTo0_71 = "[{\"op\":\"replace\",\"path\":\"/valueQuantity/value\",\"value\":0.71}]";

			assertThat(own.status()).isEqualTo(201);
			assertThat(foreign.status()).isEqualTo(403);
			assertThat(update.status()).isEqualTo(403);
			assertThat(patch("/" + ownCreated, token, valueTo0_71).status()).isEqualTo(200);
			assertThat(patch("/" + theirObservation, token, valueTo0_71).status())
					.isEqualTo(403);
			assertThat(((Observation) send("GET", "/" + theirObservation, system(), null)
									.resource())
							.getValueQuantity()
							.getValue())
					.isNotEqualByComparingTo("9.9");
		}

		@Test
		void transactionEntriesMeetTheSameRules() {
			Observation own = TestData.lymphocyteCount(mine, 0.6);
			Observation foreign = TestData.lymphocyteCount(theirs, 0.6);
			String foreignMarker = UUID.randomUUID().toString();
			foreign.addIdentifier().setSystem(TestData.IDENTIFIER_SYSTEM).setValue(foreignMarker);

			Answer ownOnly = send("POST", "", token, transaction(own));
			Answer withForeignWrite =
					send("POST", "", token, transaction(TestData.lymphocyteCount(mine, 0.6), foreign));
			Bundle withForeignRead = transaction(TestData.lymphocyteCount(mine, 0.6));
			withForeignRead
					.addEntry()
					.getRequest()
					.setMethod(Bundle.HTTPVerb.GET)
					.setUrl(theirObservation);
			Answer readingForeign = send("POST", "", token, withForeignRead);

			assertThat(ownOnly.status()).as(ownOnly.body()).isEqualTo(200);
			assertThat(withForeignWrite.status()).isEqualTo(403);
			// HAPI answers a refused GET entry in the entry itself: the transaction's writes go through
			Bundle.BundleEntryComponent foreignRead =
					readingForeign.bundle().getEntry().get(1);
			assertThat(foreignRead.getResponse().getStatus())
					.as(readingForeign.body())
					.startsWith("403");
			assertThat(foreignRead.hasResource()).isFalse();
			assertThat(readingForeign.body()).doesNotContain(theirObservation.substring("Observation/".length()));
			assertThat(auditEvents("altid=patient-app-user&outcome=4&_sort=-date&_count=50"))
					.anySatisfy(refusal -> assertThat(refusal.getEntity())
							.anySatisfy(entity -> assertThat(entity.getDescription())
									.isEqualTo("GET http://127.0.0.1:" + port + "/fhir/" + theirObservation)));
			assertThat(send(
									"GET",
									"/Observation?identifier=" + TestData.IDENTIFIER_SYSTEM + "|" + foreignMarker,
									system(),
									null)
							.bundle()
							.getEntry())
					.isEmpty();
		}

		Bundle transaction(Observation... observations) {
			Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
			for (Observation observation : observations) {
				transaction
						.addEntry()
						.setResource(observation)
						.getRequest()
						.setMethod(Bundle.HTTPVerb.POST)
						.setUrl("Observation");
			}
			return transaction;
		}
	}

	/** {@code $import}: who may start one, and who may see its status (docs/bulk-data.md#import). */
	/**
	 * A page asked for at its search's type ({@code Observation?_getpages=}, as Medplum follows a next link) is
	 * authorized and audited as the page at the base.
	 */
	@Nested
	class PagingAtATypesEndpoint {

		@Test
		void isAuditedAsThePageAtTheBase() {
			String user = "dr-pager-" + UUID.randomUUID();
			String token = ISSUER.token(user, "user/Observation.rs");
			String query = nextQuery("/Observation?_count=1", token);

			Answer atType = send("GET", "/Observation" + query, token, null);

			assertThat(atType.status()).as(atType.body()).isEqualTo(200);
			assertThat(atType.body()).isEqualTo(send("GET", query, token, null).body());
			assertThat(auditEvents("altid=" + user))
					.filteredOn(event -> event.getEntity().stream()
							.anyMatch(entity -> entity.getDescription() != null
									&& entity.getDescription().contains("/fhir/Observation?_getpages=")))
					.singleElement()
					.satisfies(event -> {
						assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._0);
						assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("search-type");
					});
		}

		@Test
		void aPageOfOtherPatientsDataIsRefusedAsAtTheBase() {
			String backend = ISSUER.token("paging-backend", "system/*.rs");
			String query = nextQuery("/Observation?subject=" + theirs + "," + clean + "&_count=1", backend);
			String token = patientToken(mine, "patient/*.rs");
			Answer atBase = send("GET", query, token, null);
			Answer atType = send("GET", "/Observation" + query, token, null);
			Answer unrelatedType = send("GET", "/Patient" + query, token, null);

			assertThat(atBase.status()).as(atBase.body()).isEqualTo(403);
			assertThat(atType.status()).as(atType.body()).isEqualTo(403);
			assertThat(atType.issue().getDiagnostics()).contains("HSCT-0403");
			assertThat(atType.body()).doesNotContain(theirObservation, cleanObservation);
			assertThat(unrelatedType.status()).as(unrelatedType.body()).isEqualTo(400);
		}

		/** The query of the next link of a search's first page. */
		String nextQuery(String path, String token) {
			String next = send("GET", path, token, null)
					.bundle()
					.getLink(Bundle.LINK_NEXT)
					.getUrl();
			assertThat(next).contains("_getpages=");
			return next.substring(next.indexOf('?'));
		}
	}

	/**
	 * The SMART on FHIR JavaScript client ({@code fhirclient}) runs the client-compatibility scenario with a bearer
	 * token, after discovering the SMART configuration as its authorize() does (see {@code ClientCompatibilityIT}).
	 */
	@Nested
	class SmartOnFhirClient {

		@TempDir
		Path output;

		@Test
		void runsTheClientScenarioWithABearerToken() throws Exception {
			String user = "dr-smart-app-" + UUID.randomUUID();
			ClientScenario.CLIENTS.installIfNeeded(output);

			JsonNode summary = ClientScenario.CLIENTS
					.node(
							output,
							Duration.ofSeconds(180),
							"compat-fhirclient.mjs",
							FhirClients.baseUrl(port),
							ExampleBundle.PATH.toAbsolutePath().toString(),
							ISSUER.token(user, "user/*.cruds"))
					.json();

			ClientScenario.assertOutcomes(
					summary, ExampleBundle.read().getEntry().size());
			assertThat(summary.path("smartConfiguration").path("tokenEndpoint").asText())
					.isEqualTo("https://issuer.test/hsct/token");
			assertThat(summary.path("smartConfiguration")
							.path("authorizationEndpoint")
							.asText())
					.isEqualTo("https://issuer.test/hsct/authorize");
			assertThat(auditEvents("altid=" + user + "&_count=200"))
					.anySatisfy(event -> assertThat(event.getEntity())
							.anySatisfy(entity ->
									assertThat(entity.getDescription()).contains("/fhir?_getpages=")));
		}
	}

	@Nested
	class BulkImport {

		Answer kickOff(String token, Resource... resources) {
			StringBuilder ndjson = new StringBuilder();
			for (Resource resource : resources) {
				ndjson.append(FHIR.newJsonParser().encodeResourceToString(resource))
						.append('\n');
			}
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/fhir/$import"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/fhir+ndjson")
					.header("Accept", "application/fhir+json")
					.header("Prefer", "respond-async")
					.POST(HttpRequest.BodyPublishers.ofString(ndjson.toString()))
					.build();
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				return new Answer(response.statusCode(), response);
			} catch (Exception e) {
				throw new IllegalStateException("POST $import", e);
			}
		}

		Patient patient(String id) {
			Patient patient = TestData.patient("Imported");
			patient.setId(id);
			return patient;
		}

		/** The status path of a job, from the Content-Location of its kick-off. */
		String status(Answer kickOff) {
			String location = kickOff.header("Content-Location");
			return location.substring(location.indexOf("/fhir/") + "/fhir".length());
		}

		@Test
		void aPatientScopedTokenMayNotImport() {
			Answer answer = kickOff(patientToken(mine, "patient/*.cruds"), patient("imp-patient-1"));

			assertThat(answer.status()).as(answer.body()).isEqualTo(403);
			assertThat(answer.issue().getDiagnostics()).startsWith("HSCT-0403");
			assertThat(send("GET", "/Patient/imp-patient-1", system(), null).status())
					.isEqualTo(404);
		}

		@Test
		void aTokenMustAllowCreateAndUpdateOnEveryTypeInTheBody() {
			Observation observation = TestData.lymphocyteCount(mine, 1.0);
			observation.setId("imp-obs-1");
			String token = ISSUER.token("importer", "user/Patient.cu user/Observation.c");

			Answer answer = kickOff(token, patient("imp-user-1"), observation);

			assertThat(answer.status()).as(answer.body()).isEqualTo(403);
			assertThat(answer.issue().getDiagnostics()).contains("update Observation");
			assertThat(send("GET", "/Patient/imp-user-1", system(), null).status())
					.isEqualTo(404);
		}

		@Test
		void aSystemTokenImportsAndOnlyItsOwnerOrSystemSeesTheJob() throws Exception {
			String token = ISSUER.token("importer", "system/*.cu");

			Observation observation = TestData.lymphocyteCount("Patient/imp-system-1", 1.0);
			observation.setId("imp-system-obs-1");

			// the two in one batch (one transaction), under the caller's authorization rules
			Answer answer = kickOff(token, patient("imp-system-1"), observation);

			assertThat(answer.status()).as(answer.body()).isEqualTo(202);
			String status = status(answer);
			Answer polled = send("GET", status, token, null);
			while (polled.status() == 202) {
				Thread.sleep(200);
				polled = send("GET", status, token, null);
			}
			assertThat(polled.status()).as(polled.body()).isEqualTo(200);
			assertThat(polled.body()).contains("\"stored\":2", "\"requiresAccessToken\":true");
			assertThat(send("GET", "/Patient/imp-system-1", system(), null).status())
					.isEqualTo(200);
			assertThat(send("GET", "/Observation/imp-system-obs-1", system(), null)
							.status())
					.isEqualTo(200);

			Answer other = send("GET", status, ISSUER.token("someone-else", "user/*.cu"), null);
			assertThat(other.status()).as(other.body()).isEqualTo(403);
			assertThat(send("DELETE", status, ISSUER.token("someone-else", "user/*.cu"), null)
							.status())
					.isEqualTo(403);
			assertThat(send("GET", status, ISSUER.token("operator", "system/*.rs"), null)
							.status())
					.isEqualTo(200);
			for (String entity : List.of("Patient/imp-system-1", "Observation/imp-system-obs-1")) {
				assertThat(auditEvents("entity=" + entity)).as(entity).anySatisfy(event -> {
					assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("create");
					assertThat(event.getAgent())
							.anySatisfy(agent -> assertThat(agent.getAltId()).isEqualTo("importer"));
				});
			}
		}
	}

	@Nested
	class PublicPaths {

		@Test
		void capabilityStatementDescribesSmartOnFhir() {
			Answer answer = send("GET", "/metadata", null, null);
			CapabilityStatement.CapabilityStatementRestSecurityComponent security =
					((CapabilityStatement) answer.resource()).getRestFirstRep().getSecurity();

			assertThat(answer.status()).isEqualTo(200);
			assertThat(security.getServiceFirstRep().getCodingFirstRep().getCode())
					.isEqualTo("SMART-on-FHIR");
			assertThat(security.getExtensionByUrl(SmartConfiguration.OAUTH_URIS_EXTENSION)
							.getExtensionString("token"))
					.isEqualTo("https://issuer.test/hsct/token");
			assertThat(security.getDescription()).contains(TestIssuer.ISSUER);
		}

		@Test
		void smartConfigurationIsPublishedAtTheFhirBaseAndTheRoot() throws Exception {
			for (String url : List.of(
					"http://127.0.0.1:" + port + "/fhir/.well-known/smart-configuration",
					"http://127.0.0.1:" + port + "/.well-known/smart-configuration")) {
				HttpResponse<String> answer = HTTP.send(
						HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
				JsonNode document = new ObjectMapper().readTree(answer.body());

				assertThat(answer.statusCode()).as(url).isEqualTo(200);
				assertThat(document.path("issuer").asText()).isEqualTo(TestIssuer.ISSUER);
				assertThat(document.path("jwks_uri").asText()).isEqualTo(ISSUER.jwkSetUri());
				assertThat(document.path("token_endpoint").asText()).isEqualTo("https://issuer.test/hsct/token");
				assertThat(document.path("capabilities").toString()).contains("permission-v2", "permission-patient");
				assertThat(document.path("scopes_supported").toString()).contains("patient/*.rs");
			}
		}

		@Test
		void documentationAndHealthNeedNoToken() throws Exception {
			for (String path : List.of(
					"/fhir/swagger-ui/",
					"/fhir/api-docs",
					"/actuator/health",
					"/",
					"/profiles",
					"/timeline/1",
					"/js/timeline.js",
					"/examples/ball-hsct-transaction-bundle.json")) {
				HttpResponse<String> answer = HTTP.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
								.build(),
						HttpResponse.BodyHandlers.ofString());

				assertThat(answer.statusCode()).as(path).isEqualTo(200);
			}
		}
	}

	@Nested
	class BulkExport {

		BulkExports as(String token) {
			return new BulkExports(FhirClients.baseUrl(port), token);
		}

		static List<String> types(List<Resource> resources) {
			return resources.stream()
					.map(Resource::fhirType)
					.distinct()
					.sorted()
					.toList();
		}

		@Test
		void aBackendServiceWithSystemScopesExportsEverything() {
			BulkExports service = as(ISSUER.token("registry-service", "system/*.rs"));

			List<Resource> exported = service.resources(service.export("$export?_type=Patient,Observation"));

			assertThat(exported)
					.extracting(resource ->
							resource.getIdElement().toUnqualifiedVersionless().getValue())
					.contains(mine, theirs, clean, mineObservation, theirObservation, cleanObservation);
		}

		@Test
		void anExportWithoutTypeHoldsOnlyTheTypesTheScopesCover() {
			BulkExports service = as(ISSUER.token("lab-registry", "system/Observation.rs"));

			assertThat(types(service.resources(service.export("$export")))).containsExactly("Observation");
		}

		@Test
		void aTypeTheScopesDoNotCoverIsRefused() {
			HttpResponse<String> answer = as(ISSUER.token("lab-registry", "system/Observation.rs"))
					.kickOff("$export?_type=Observation,Patient");

			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(answer.body()).contains("HSCT-0403").contains("Patient");
		}

		@Test
		void theAuditTrailIsExportedOnlyToACallerThatMayReadIt() {
			HttpResponse<String> answer =
					as(ISSUER.token("clinical-registry", "user/*.rs")).kickOff("$export?_type=AuditEvent");

			assertThat(answer.statusCode()).isEqualTo(403);
		}

		@Test
		void anAuditorExportsTheAuditTrail() {
			BulkExports auditor = as(ISSUER.token("auditor", "system/AuditEvent.rs"));

			List<Resource> exported = auditor.resources(auditor.export("$export"));

			assertThat(types(exported)).containsExactly("AuditEvent");
			assertThat(exported)
					.flatExtracting(event -> ((AuditEvent) event).getAgent())
					.extracting(AuditEvent.AuditEventAgentComponent::getAltId)
					.contains("setup-service");
		}

		@Test
		void aPatientScopedTokenExportsItsOwnPatient() {
			BulkExports app = as(patientToken(mine, "patient/*.rs"));

			// mine's Observations so far (other tests of this class add some)
			List<String> expected = new ArrayList<>(List.of(mine));
			send("GET", "/Observation?_count=100&patient=" + mine, system(), null)
					.bundle()
					.getEntry()
					.forEach(entry -> expected.add(entry.getResource()
							.getIdElement()
							.toUnqualifiedVersionless()
							.getValue()));

			List<Resource> exported = app.resources(app.export(mine + "/$export?_type=Patient,Observation"));

			assertThat(expected).contains(mineObservation);
			assertThat(exported)
					.extracting(resource ->
							resource.getIdElement().toUnqualifiedVersionless().getValue())
					.containsExactlyInAnyOrderElementsOf(expected);
		}

		@Test
		void aPatientScopedTokenCannotExportOthers() {
			BulkExports app = as(patientToken(mine, "patient/*.rs"));

			assertThat(app.kickOff(theirs + "/$export").statusCode()).isEqualTo(403);
			assertThat(app.kickOff("$export").statusCode()).isEqualTo(403);
			assertThat(app.kickOff("Patient/$export").statusCode()).isEqualTo(403);
		}

		@Test
		void onlyTheCallerThatAskedLearnsTheStatusAndReadsTheFiles() {
			BulkExports owner = as(ISSUER.token("registry-service", "system/*.rs"));
			BulkExports other = as(ISSUER.token("other-service", "system/*.rs"));
			String status = owner.start("$export?_type=Patient");
			BulkExports.Manifest manifest = owner.await(status);

			assertThat(other.status(status).statusCode()).isEqualTo(404);
			assertThat(manifest.allUrls()).isNotEmpty().allSatisfy(url -> {
				assertThat(owner.download(url).statusCode()).isEqualTo(200);
				assertThat(other.download(url).statusCode()).isEqualTo(403);
			});
		}

		@Test
		void aTokenThatMayNotSearchCannotExport() {
			assertThat(as(ISSUER.token("writer", "system/*.cu"))
							.kickOff("$export")
							.statusCode())
					.isEqualTo(403);
		}
	}

	@Nested
	class AuditTrail {

		@Test
		void recordsEveryKindOfAccessWithWhoWhatWhenAndOutcome() {
			Instant before = Instant.now().minusSeconds(1);
			String user = "dr-" + UUID.randomUUID();
			String token = ISSUER.token(user, "user/*.cruds");
			String patient = send("POST", "/Patient", token, TestData.patient("Audited"))
					.resource()
					.getIdElement()
					.toUnqualifiedVersionless()
					.getValue();
			Patient read = (Patient) send("GET", "/" + patient, token, null).resource();
			send("GET", "/Patient?_id=" + read.getIdElement().getIdPart(), token, null);
			read.setActive(false);
			send("PUT", "/" + patient, token, read);
			String observation = send("POST", "/Observation", token, TestData.lymphocyteCount(patient, 0.3))
					.resource()
					.getIdElement()
					.toUnqualifiedVersionless()
					.getValue();
			send("DELETE", "/" + observation, token, null);
			assertThat(send("GET", "/AuditEvent", token, null).status()).isEqualTo(403);

			List<AuditEvent> events = auditEvents("altid=" + user);

			assertThat(events).allSatisfy(event -> {
				assertThat(event.getRecorded()).isAfter(Date.from(before));
				assertThat(event.getAgent())
						.anySatisfy(agent -> assertThat(
										agent.getWho().getIdentifier().getValue())
								.isEqualTo(user));
			});
			assertThat(events).anySatisfy(event -> assertRecord(event, AuditEventAction.C, "create", patient));
			assertThat(events).anySatisfy(event -> assertRecord(event, AuditEventAction.R, "read", patient));
			assertThat(events).anySatisfy(event -> assertRecord(event, AuditEventAction.E, "search-type", patient));
			assertThat(events).anySatisfy(event -> assertRecord(event, AuditEventAction.U, "update", patient));
			assertThat(events).anySatisfy(event -> assertRecord(event, AuditEventAction.D, "delete", observation));
			assertThat(events).anySatisfy(event -> {
				assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._4);
				assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("search-type");
				assertThat(event.getOutcomeDesc()).contains("HSCT-0403");
				assertThat(event.getEntity())
						.anySatisfy(
								entity -> assertThat(entity.getDescription()).endsWith("/fhir/AuditEvent"));
			});
			assertThat(auditEvents("patient=" + patient)).isNotEmpty();
		}

		@Test
		void recordsRequestsWithoutAValidToken() {
			String marker = UUID.randomUUID().toString();
			send("GET", "/Patient?family=" + marker, null, null);

			List<AuditEvent> refused = auditEvents("altid=anonymous&outcome=4&_sort=-date&_count=50");

			assertThat(refused).anySatisfy(event -> {
				assertThat(event.getOutcomeDesc()).contains("HSCT-0401");
				assertThat(event.getEntity())
						.anySatisfy(
								entity -> assertThat(entity.getDescription()).contains(marker));
			});
		}

		@Test
		void needsAScopeThatNamesIt() {
			assertThat(send("GET", "/AuditEvent", ISSUER.token("dr-who", "user/*.rs"), null)
							.status())
					.isEqualTo(403);
			assertThat(send("GET", "/AuditEvent?patient=" + mine, patientToken(mine, "patient/*.rs"), null)
							.status())
					.isEqualTo(403);
			assertThat(send("GET", "/AuditEvent", ISSUER.token("auditor", "user/AuditEvent.rs"), null)
							.status())
					.isEqualTo(200);
		}

		@Test
		void isAppendOnly() {
			String token = ISSUER.token("backend", "system/*.*");
			AuditEvent existing = auditEvents("patient=" + mine).get(0);
			AuditEvent forged = existing.copy();
			forged.setId((String) null);

			assertThat(send("POST", "/AuditEvent", token, forged).status()).isEqualTo(403);
			assertThat(send("PUT", "/AuditEvent/" + existing.getIdElement().getIdPart(), token, existing)
							.status())
					.isEqualTo(403);
			assertThat(send("DELETE", "/AuditEvent/" + existing.getIdElement().getIdPart(), token, null)
							.status())
					.isEqualTo(403);
		}

		void assertRecord(AuditEvent event, AuditEventAction action, String interaction, String resource) {
			assertThat(event.getAction()).isEqualTo(action);
			assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._0);
			assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo(interaction);
			assertThat(event.getEntity())
					.extracting(entity -> entity.getWhat().getReference())
					.contains(resource);
		}
	}

	/** A raw HTTP answer. */
	record Answer(int status, HttpResponse<String> response) {

		String body() {
			return response.body();
		}

		String header(String name) {
			return response.headers().firstValue(name).orElse("");
		}

		IBaseResource resource() {
			return FHIR.newJsonParser().parseResource(body());
		}

		Bundle bundle() {
			assertThat(status).as(body()).isEqualTo(200);
			return (Bundle) resource();
		}

		OperationOutcome.OperationOutcomeIssueComponent issue() {
			return ((OperationOutcome) resource()).getIssueFirstRep();
		}
	}

	Answer send(String method, String path, String token, IBaseResource body) {
		String url = "http://127.0.0.1:" + port + "/fhir" + encodeQuery(path);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofMinutes(2))
				.header("Accept", "application/fhir+json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		request.method(
				method,
				body == null
						? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(
								FHIR.newJsonParser().encodeResourceToString(body)));
		if (body != null) {
			request.header("Content-Type", "application/fhir+json");
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response);
		} catch (Exception e) {
			throw new IllegalStateException(method + " " + url, e);
		}
	}

	Answer patch(String path, String token, String jsonPatch) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/fhir" + path))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json-patch+json")
				.header("Accept", "application/fhir+json")
				.method("PATCH", HttpRequest.BodyPublishers.ofString(jsonPatch))
				.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response);
		} catch (Exception e) {
			throw new IllegalStateException("PATCH " + path, e);
		}
	}

	/** Encodes what follows {@code ?} parameter by parameter ({@code |} and {@code :} in values). */
	static String encodeQuery(String path) {
		int question = path.indexOf('?');
		if (question < 0) {
			return path;
		}
		StringBuilder encoded = new StringBuilder(path.substring(0, question + 1));
		String[] parameters = path.substring(question + 1).split("&");
		for (int i = 0; i < parameters.length; i++) {
			String[] pair = parameters[i].split("=", 2);
			encoded.append(i == 0 ? "" : "&").append(pair[0]);
			if (pair.length > 1) {
				encoded.append('=').append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
			}
		}
		return encoded.toString();
	}
}
