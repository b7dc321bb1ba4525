package org.hsctdata.fhir.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hsctdata.fhir.rest.RequestPipeline.ACCEPT;
import static org.hsctdata.fhir.rest.RequestPipeline.CAPABILITY_STATEMENT_CLAIMS;
import static org.hsctdata.fhir.rest.RequestPipeline.CLIENT_ERRORS;
import static org.hsctdata.fhir.rest.RequestPipeline.CODE_SYSTEM_LOOKUP;
import static org.hsctdata.fhir.rest.RequestPipeline.CONDITIONAL_UPDATE_PRECONDITION;
import static org.hsctdata.fhir.rest.RequestPipeline.CONTENT_TYPE;
import static org.hsctdata.fhir.rest.RequestPipeline.DELETE_PRECONDITION;
import static org.hsctdata.fhir.rest.RequestPipeline.EVERYTHING_SINCE;
import static org.hsctdata.fhir.rest.RequestPipeline.EXPAND_PAGING;
import static org.hsctdata.fhir.rest.RequestPipeline.META_ADD;
import static org.hsctdata.fhir.rest.RequestPipeline.PATCH_ETAG;
import static org.hsctdata.fhir.rest.RequestPipeline.REQUEST_FORM;
import static org.hsctdata.fhir.rest.RequestPipeline.SEARCH_REQUEST;
import static org.hsctdata.fhir.rest.RequestPipeline.TEXT_SUMMARY_READ;
import static org.hsctdata.fhir.rest.RequestPipeline.TRANSACTION;
import static org.hsctdata.fhir.rest.RequestPipeline.TYPE_LEVEL_PAGING;
import static org.hsctdata.fhir.rest.RequestPipeline.VALIDATE_REQUEST_FORM;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IBaseInterceptorBroadcaster;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.IServerConformanceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ConditionalDeleteStatus;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.UriType;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.rest.HapiWorkarounds.Canary;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The canaries that need the server: each takes one step of our pipeline off the endpoint, sends one request, and
 * asserts that HAPI 8.8.0, left to itself, still answers in the way the step corrects; it fails, saying what to
 * delete, once an upgrade no longer does. The step goes back in its place afterwards (see {@link #without}), so the
 * other tests of the shared server see the whole pipeline. The canaries that need no server are in {@link
 * HapiCanaryTests}; {@link HapiWorkarounds} lists which steps correct HAPI.
 */
class HapiCanariesIT extends ServerIntegrationTest {

	private static final IParser PARSER = FhirContext.forR4Cached().newJsonParser();

	private final HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();

	@Autowired
	private RestfulServer endpoint;

	@Autowired
	private IInterceptorService storage;

	@Autowired
	private List<RequestPipeline.Interceptor> pipeline;

	@Autowired
	private JpaStorageSettings storageSettings;

	@Test
	void theCorrectionsAreTheStepsThisPackageRegisters() {
		Map<RequestPipeline, Class<?>> registered = new EnumMap<>(RequestPipeline.class);
		pipeline.stream()
				.filter(interceptor ->
						interceptor.hooks().getClass().getPackageName().equals(RequestPipeline.class.getPackageName()))
				.forEach(interceptor ->
						registered.put(interceptor.step(), interceptor.hooks().getClass()));

		assertThat(registered).isEqualTo(HapiWorkarounds.CORRECTIONS);
	}

	@Canary(CONTENT_TYPE)
	@Test
	void hapiAnswers400ToAResourceInAMediaTypeFhirDoesNotDefine() throws Exception {
		HttpResponse<String> response = without(
				CONTENT_TYPE,
				() -> send(request("/Patient")
						.header("Content-Type", "text/plain")
						.POST(HttpRequest.BodyPublishers.ofString(
								PARSER.encodeResourceToString(TestData.patient("Canary"))))));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.fixed(CONTENT_TYPE, "answers 415 to a body in an unsupported media type") + ": "
						+ response.body())
				.isEqualTo(400);
	}

	@Canary(EXPAND_PAGING)
	@Test
	void hapiFailsOnAnExpansionPagedWithCount() throws Exception {
		HttpResponse<String> response = without(
				EXPAND_PAGING,
				() -> send(request("/ValueSet/$expand?url=" + encode(Canonicals.valueSet("conditioning-intensity-vs"))
								+ "&count=1")
						.GET()));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.fixed(EXPAND_PAGING, "pages $expand with count and offset") + ": "
						+ response.body())
				.isEqualTo(500);
		assertThat(response.body()).contains("HAPI-0831");
	}

	@Canary(VALIDATE_REQUEST_FORM)
	@Test
	void hapiReadsTheProfileOfAParametersBodyAsTheTextOfItsJavaObject() throws Exception {
		String profile = Canonicals.structureDefinition("ball-patient");
		Parameters body = new Parameters();
		body.addParameter().setName("resource").setResource(TestData.patient("Canary"));
		body.addParameter("profile", new UriType(profile));

		HttpResponse<String> response = without(VALIDATE_REQUEST_FORM, () -> send(post("/Patient/$validate", body)));

		assertThat(response.body())
				.as(HapiWorkarounds.partFixed(
						VALIDATE_REQUEST_FORM, "reads the profile of a $validate Parameters body as its URL"))
				.contains("UriType[" + profile + "]");
	}

	@Canary(REQUEST_FORM)
	@Test
	void hapiDeletesByAnIdThatIsNotAFhirId() throws Exception {
		HttpResponse<String> response =
				without(REQUEST_FORM, () -> send(request("/Patient/a$b").DELETE()));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.partFixed(REQUEST_FORM, "refuses an id in the URL that is not a FHIR id") + ": "
						+ response.body())
				.isEqualTo(200);
	}

	@Canary(SEARCH_REQUEST)
	@Test
	void hapiSearchesWithAModifierTheParameterDoesNotHave() throws Exception {
		HttpResponse<String> response = without(
				SEARCH_REQUEST,
				() -> send(request("/Patient?family:exakt=Canary").GET()));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.partFixed(SEARCH_REQUEST, "refuses a search modifier the parameter does not have")
						+ ": " + response.body())
				.isEqualTo(200);
	}

	@Canary(SEARCH_REQUEST)
	@Test
	void hapiSearchesWithAResultParameterValueItDoesNotDefine() throws Exception {
		HttpResponse<String> response = without(
				SEARCH_REQUEST, () -> send(request("/Patient?_summary=bogus").GET()));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.partFixed(SEARCH_REQUEST, "refuses _summary=bogus") + ": " + response.body())
				.isEqualTo(200);
	}

	@Canary(TRANSACTION)
	@Test
	void hapiProcessesABundleWithoutATypeAsATransaction() throws Exception {
		Bundle untyped = new Bundle();
		untyped.addEntry()
				.setResource(TestData.patient("Canary"))
				.getRequest()
				.setMethod(Bundle.HTTPVerb.POST)
				.setUrl("Patient");

		HttpResponse<String> response = without(TRANSACTION, () -> send(post("", untyped)));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.partFixed(TRANSACTION, "refuses a Bundle without a type") + ": " + response.body())
				.isEqualTo(200);
		Bundle answer = PARSER.parseResource(Bundle.class, response.body());
		assertThat(answer.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
		assertThat(answer.getEntryFirstRep().getResponse().getStatus()).startsWith("201");
	}

	@Canary(META_ADD)
	@Test
	void hapiAddsAProfileWithMetaAddThatTheResourceDoesNotMeet() throws Exception {
		Patient patient = create(TestData.patient("Canary"));
		Parameters claim = new Parameters();
		claim.addParameter()
				.setName("meta")
				.setValue(new Meta().addProfile(Canonicals.structureDefinition("mrd-observation")));

		HttpResponse<String> response = without(
				META_ADD, () -> send(post("/Patient/" + patient.getIdElement().getIdPart() + "/$meta-add", claim)));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.fixed(META_ADD, "validates what $meta-add makes") + ": " + response.body())
				.isEqualTo(200);
		send(request("/Patient/" + patient.getIdElement().getIdPart()).DELETE());
	}

	@Canary(TEXT_SUMMARY_READ)
	@Test
	void hapiAnswersAReadWithSummaryTextWithTheBareNarrative() throws Exception {
		Patient patient = create(TestData.patient("Canary"));

		HttpResponse<String> response = without(
				TEXT_SUMMARY_READ,
				() -> send(request("/Patient/" + patient.getIdElement().getIdPart() + "?_summary=text")
						.GET()));

		assertThat(response.headers().firstValue("Content-Type"))
				.as(HapiWorkarounds.fixed(TEXT_SUMMARY_READ, "answers a read with _summary=text with a resource") + ": "
						+ response.body())
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).startsWith("<div");
	}

	@Canary(CONDITIONAL_UPDATE_PRECONDITION)
	@Test
	void hapiIgnoresIfMatchOnAConditionalUpdate() throws Exception {
		Patient patient = createAtVersion2();

		HttpResponse<String> response = without(
				CONDITIONAL_UPDATE_PRECONDITION,
				() -> send(put("/Patient?identifier=" + encode(TestData.identifierOf(patient)), patient)
						.header("If-Match", "W/\"1\"")));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.fixed(
								CONDITIONAL_UPDATE_PRECONDITION, "refuses a conditional update with a stale If-Match")
						+ ": " + response.body())
				.isEqualTo(200);
	}

	@Canary(PATCH_ETAG)
	@Test
	void hapiAnswersAPatchWithoutETag() throws Exception {
		Patient patient = create(TestData.patient("Canary"));

		HttpResponse<String> response = without(
				PATCH_ETAG,
				() -> send(request("/Patient/" + patient.getIdElement().getIdPart())
						.header("Content-Type", "application/json-patch+json")
						.method(
								"PATCH",
								HttpRequest.BodyPublishers.ofString(
										"[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"female\"}]"))));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag"))
				.as(HapiWorkarounds.fixed(PATCH_ETAG, "answers a PATCH with its ETag"))
				.isEmpty();
	}

	@Canary(CLIENT_ERRORS)
	@Test
	void hapiAnswers409ToAnUpdateWithAStaleIfMatch() throws Exception {
		Patient patient = createAtVersion2();

		HttpResponse<String> response = without(
				CLIENT_ERRORS,
				() -> send(put("/Patient/" + patient.getIdElement().getIdPart(), patient)
						.header("If-Match", "W/\"1\"")));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.partFixed(CLIENT_ERRORS, "answers 412 to a stale If-Match") + ": "
						+ response.body())
				.isEqualTo(409);
	}

	@Canary(CLIENT_ERRORS)
	@Test
	void hapiAnswers500ToAQueryThatIsNotValidPercentEncoding() throws Exception {
		int status = without(CLIENT_ERRORS, () -> statusAsSent("/Patient?name=%zz"));

		assertThat(status)
				.as(HapiWorkarounds.partFixed(CLIENT_ERRORS, "answers 400 to a malformed percent-encoding"))
				.isEqualTo(500);
	}

	@Canary(ACCEPT)
	@Test
	void hapiAnswersJsonToAnAcceptItCannotServe() throws Exception {
		HttpResponse<String> response = without(
				ACCEPT,
				() -> send(request("/metadata").header("Accept", "text/csv").GET()));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.fixed(ACCEPT, "answers 406 to an Accept it cannot serve") + ": " + response.body())
				.isEqualTo(200);
	}

	@Canary(TYPE_LEVEL_PAGING)
	@Test
	void hapiServesAPageOnlyAtTheBase() throws Exception {
		create(TestData.patient("Canary"));
		create(TestData.patient("Canary"));
		HttpResponse<String> first =
				send(request("/Patient?family=Canary&_count=1").GET());
		String next = PARSER.parseResource(Bundle.class, first.body())
				.getLink(Bundle.LINK_NEXT)
				.getUrl();

		HttpResponse<String> response = without(
				TYPE_LEVEL_PAGING,
				() -> send(
						request("/Patient" + next.substring(next.indexOf('?'))).GET()));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.fixed(TYPE_LEVEL_PAGING, "serves [type]?_getpages= as the base's page") + ": "
						+ response.body())
				.isEqualTo(400);
		assertThat(response.body()).contains("does not know how to handle GET operation[Patient]", "_getpages");
	}

	@Canary(EVERYTHING_SINCE)
	@Test
	void hapiIgnoresSinceInEverything() throws Exception {
		Patient patient = create(TestData.patient("Canary"));

		HttpResponse<String> response = without(
				EVERYTHING_SINCE,
				() -> send(request("/Patient/" + patient.getIdElement().getIdPart()
								+ "/$everything?_since=2999-01-01T00:00:00Z")
						.GET()));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(PARSER.parseResource(Bundle.class, response.body()).getEntry())
				.as(HapiWorkarounds.fixed(EVERYTHING_SINCE, "applies _since to $everything"))
				.isNotEmpty();
	}

	@Canary(DELETE_PRECONDITION)
	@Test
	void hapiIgnoresIfMatchOnADelete() throws Exception {
		Patient patient = createAtVersion2();

		HttpResponse<String> response = without(
				DELETE_PRECONDITION,
				() -> send(request("/Patient/" + patient.getIdElement().getIdPart())
						.header("If-Match", "W/\"1\"")
						.DELETE()));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.fixed(DELETE_PRECONDITION, "refuses a delete with a stale If-Match") + ": "
						+ response.body())
				.isEqualTo(200);
	}

	@Canary(CODE_SYSTEM_LOOKUP)
	@Test
	void hapiAnswersALookupInACodeSystemItDoesNotKnowAsFound() throws Exception {
		HttpResponse<String> response = without(
				CODE_SYSTEM_LOOKUP,
				() -> send(
						request("/CodeSystem/$lookup?system=" + encode("http://example.org/no-such-system") + "&code=x")
								.GET()));

		assertThat(response.statusCode())
				.as(HapiWorkarounds.fixed(CODE_SYSTEM_LOOKUP, "answers a $lookup in an unknown code system with 404")
						+ ": " + response.body())
				.isEqualTo(200);
	}

	/**
	 * HAPI's generator is asked directly, so neither the statement HAPI caches for {@code /metadata} nor the pipeline
	 * is touched.
	 */
	@Canary(CAPABILITY_STATEMENT_CLAIMS)
	@Test
	void hapisCapabilityStatementClaimsWhatTheServerDoesNot() {
		@SuppressWarnings("unchecked")
		IServerConformanceProvider<CapabilityStatement> generator =
				(IServerConformanceProvider<CapabilityStatement>) endpoint.getServerConformanceProvider();

		CapabilityStatement generated = generator.getServerConformance(
				new MockHttpServletRequest("GET", "/fhir/metadata"), new SystemRequestDetails());

		CapabilityStatementRestComponent rest = generated.getRestFirstRep();
		CapabilityStatementRestResourceComponent patients = rest.getResource().stream()
				.filter(resource -> resource.getType().equals("Patient"))
				.findFirst()
				.orElseThrow();
		assertThat(storageSettings.isAllowMultipleDelete()).isFalse();
		assertThat(patients.getConditionalDelete())
				.as(HapiWorkarounds.partFixed(
						CAPABILITY_STATEMENT_CLAIMS, "claims single conditional deletes when multiple are off"))
				.isEqualTo(ConditionalDeleteStatus.MULTIPLE);
		assertThat(rest.getInteraction())
				.as(HapiWorkarounds.partFixed(CAPABILITY_STATEMENT_CLAIMS, "claims batch"))
				.noneMatch(interaction -> interaction.getCode() == SystemRestfulInteraction.BATCH);
		assertThat(patients.hasUpdateCreate())
				.as(HapiWorkarounds.partFixed(CAPABILITY_STATEMENT_CLAIMS, "says whether an update can create"))
				.isFalse();
		assertThat(storageSettings.isExpungeEnabled()).isFalse();
		assertThat(patients.getOperation())
				.as(HapiWorkarounds.partFixed(CAPABILITY_STATEMENT_CLAIMS, "leaves out $expunge when it is off"))
				.anyMatch(operation -> operation.getName().equals("expunge"));
	}

	/**
	 * Sends a request with one step of the pipeline taken off, and puts it back in its place.
	 *
	 * <p>HAPI calls the hooks of a pointcut by their {@code order}, and at equal order in the order they were
	 * registered; registering a step again would put it after every interceptor registered after it (the audit trail
	 * would record, say, an answer before ours has corrected it). So every interceptor registered after the step is
	 * taken off too and registered again, in its order, and the hooks of every pointcut are checked to be as before.
	 */
	private <T> T without(RequestPipeline step, Exchange<T> exchange) throws Exception {
		Object hooks = pipeline.stream()
				.filter(interceptor -> interceptor.step() == step)
				.findFirst()
				.orElseThrow()
				.hooks();
		IInterceptorService service =
				step.target() == RequestPipeline.Target.ENDPOINT ? endpoint.getInterceptorService() : storage;
		Map<Pointcut, List<Object>> before = hooksByPointcut(service);
		List<Object> registered = service.getAllRegisteredInterceptors();
		int at = indexOf(registered, hooks);
		List<Object> fromStep = new ArrayList<>(registered.subList(at, registered.size()));
		service.unregisterInterceptor(hooks);
		try {
			return exchange.send();
		} finally {
			fromStep.forEach(service::unregisterInterceptor);
			fromStep.forEach(service::registerInterceptor);
			assertThat(hooksByPointcut(service))
					.as("the pipeline after the canary of %s", step)
					.isEqualTo(before);
		}
	}

	/** One exchange with the server. */
	@FunctionalInterface
	private interface Exchange<T> {
		T send() throws Exception;
	}

	private static Map<Pointcut, List<Object>> hooksByPointcut(IInterceptorService service) {
		Map<Pointcut, List<Object>> hooks = new EnumMap<>(Pointcut.class);
		for (Pointcut pointcut : Pointcut.values()) {
			List<Object> interceptors = service.getInvokersForPointcut(pointcut).stream()
					.map(IBaseInterceptorBroadcaster.IInvoker::getInterceptor)
					.toList();
			if (!interceptors.isEmpty()) {
				hooks.put(pointcut, interceptors);
			}
		}
		return hooks;
	}

	private static int indexOf(List<Object> interceptors, Object wanted) {
		for (int i = 0; i < interceptors.size(); i++) {
			if (interceptors.get(i) == wanted) {
				return i;
			}
		}
		throw new IllegalStateException(wanted + " is not registered");
	}

	/** A new Patient, updated once, so that version 1 is stale. */
	private Patient createAtVersion2() throws Exception {
		Patient patient = create(TestData.patient("Canary"));
		patient.addName().setFamily("Renamed");
		HttpResponse<String> update =
				send(put("/Patient/" + patient.getIdElement().getIdPart(), patient));
		assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
		return PARSER.parseResource(Patient.class, update.body());
	}

	private Patient create(Patient patient) throws Exception {
		HttpResponse<String> created = send(post("/Patient", patient));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return PARSER.parseResource(Patient.class, created.body());
	}

	private HttpRequest.Builder post(String path, org.hl7.fhir.r4.model.Resource body) {
		return request(path)
				.header("Content-Type", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofString(PARSER.encodeResourceToString(body)));
	}

	private HttpRequest.Builder put(String path, org.hl7.fhir.r4.model.Resource body) {
		return request(path)
				.header("Content-Type", "application/fhir+json")
				.PUT(HttpRequest.BodyPublishers.ofString(PARSER.encodeResourceToString(body)));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/fhir" + path))
				.timeout(Duration.ofMinutes(2))
				.header("Accept", "application/fhir+json");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The status of a GET of a path sent as it is: {@link URI} refuses a malformed percent-escape. */
	@SuppressWarnings("deprecation") // new URL(String): the one parser that leaves a malformed escape alone
	private int statusAsSent(String path) throws Exception {
		HttpURLConnection connection =
				(HttpURLConnection) new URL("http://127.0.0.1:" + port + "/fhir" + path).openConnection();
		try {
			connection.setRequestProperty("Accept", "application/fhir+json");
			return connection.getResponseCode();
		} finally {
			connection.disconnect();
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
