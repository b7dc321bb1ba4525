package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeChildChoiceDefinition;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.support.Fixtures;
import org.hsctdata.fhir.support.TestData;
import org.hsctdata.fhir.validation.EnforcementPolicy;
import org.hsctdata.fhir.validation.ProfileSelector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad requests, each sent over plain HTTP to the running server: every one must be refused with a 4xx
 * (the exact code where the README defines it), answered with a FHIR {@code OperationOutcome} in JSON that has at
 * least one issue with diagnostics, carry no Java stack trace (nor the contents of {@code /etc/passwd}), and store
 * nothing.
 *
 * <p>The corpus has two parts. The <b>curated</b> cases are in {@code src/test/resources/bad-input/cases.json}
 * (method, path, headers, body or body file under {@code bad-input/}, expected status or status range, and an
 * optional {@code knownBug}). The <b>generated</b> cases are derived here from valid resources (the passing
 * conformance fixtures and {@link TestData}): every way of truncating a valid JSON or XML body at evenly spaced
 * points, every element of a valid resource given a value of the wrong JSON type, invalid dates, decimals and ids,
 * invalid UCUM units, unknown codes of our code systems, required elements removed, the failing conformance
 * fixtures (also without their claim, where their content identifies their profile), transactions with broken, placeholder, circular and duplicate references, very deep nesting and
 * oversized bodies.
 *
 * <p><b>How "stored nothing" is detected.</b> HAPI's {@code $get-resource-counts} answers from a cache that is
 * refreshed in the background, and {@code _summary=count} only covers the types one thinks of asking about, so
 * neither would reliably see a partial store. Instead, each case notes the time before it sends its request and
 * afterwards asks for the system history since then ({@code GET /fhir/_history?_since=...}): every create, update
 * and delete of any resource type, including each entry of a transaction that was only partly rolled back, adds a
 * version with a later {@code lastUpdated}, so the history must be empty (but for the AuditEvents the server
 * records about the requests themselves). The resources the cases need (one
 * Patient, created and updated once) are made before the first case and never afterwards, and the integration
 * tests run one after another, so nothing else writes in that window.
 *
 * <p><b>Expected status.</b> Exact where the README defines it (404 unknown type, 412 stale {@code If-Match}, 413
 * oversized, 415 media type, 422 profile violation, 400 what only the parser can see). Content that is not valid
 * FHIR but that HAPI's parser tolerates (a number where a string belongs, {@code null}, an empty array, a DOCTYPE)
 * is refused either by our own request checks (400) or by the profile validator (422); those cases accept 400 or
 * 422, and everything else about them (OperationOutcome, no stack trace, nothing stored) is asserted as for all
 * cases. For a type our profiles do not cover (Practitioner), only 400 is accepted.
 *
 * <p><b>Known bugs.</b> A case that reveals a server bug (a 5xx, a 2xx, a partial store) stays in the corpus with a
 * {@code knownBug} in the manifest and is skipped with {@link Assumptions#abort} until the server is fixed; remove
 * the mark to make it count again ({@code -Dbad-input.run-known-bugs=true} runs the marked cases too, to see which
 * are fixed). No case is marked today.
 */
class BadInputCorpusIT extends ServerIntegrationTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final HttpClient HTTP =
			HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String FHIR_JSON = "application/fhir+json";

	private static final String FHIR_XML = "application/fhir+xml";

	private static final String JSON_PATCH = "application/json-patch+json";

	private static final String LOCAL_CODE_SYSTEMS = "https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/";

	private static final String UCUM = "http://unitsofmeasure.org";

	/** Placeholder, in paths, headers and bodies, for the id of the target Patient (version 2). */
	private static final String TARGET = "{patient}";

	private static final int OVERSIZED = 1024 * 1024 + 1024;

	/** A {@code %} not followed by two hexadecimal digits: a URL that only {@link #sendAsIs} can send. */
	private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	/** Placeholder for the id of a Patient that nothing references, for the delete in a transaction. */
	private static final String DELETABLE = "{deletable}";

	/** Placeholder for the id of a search of Patients (of two, one a page), for the paging cases. */
	private static final String PATIENT_SEARCH = "{patientSearch}";

	/** The Patient that update, PATCH and transaction cases target: created, then updated once. */
	private static String targetPatient;

	private static String deletablePatient;

	private static String patientSearch;

	/** One request of the corpus, and the status range it must be answered with. */
	record Case(
			String name,
			String method,
			String path,
			Map<String, String> headers,
			byte[] body,
			boolean chunked,
			int minStatus,
			int maxStatus,
			String knownBug) {

		@Override
		public String toString() {
			return name;
		}
	}

	@BeforeEach
	void createTarget() throws Exception {
		if (targetPatient != null) {
			return;
		}
		FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		IGenericClient client = FHIR.newRestfulGenericClient(baseUrl());
		IIdType id = client.create()
				.resource(TestData.patient("BadInputTarget"))
				.execute()
				.getId()
				.toUnqualifiedVersionless();
		Patient patient = client.read().resource(Patient.class).withId(id).execute();
		patient.getNameFirstRep().setFamily("BadInputTargetUpdated");
		client.update().resource(patient).execute();
		deletablePatient = client.create()
				.resource(TestData.patient("BadInputDeletable"))
				.execute()
				.getId()
				.getIdPart();
		targetPatient = id.getIdPart();
		String next = client.search()
				.forResource(Patient.class)
				.where(Patient.RES_ID.exactly().codes(targetPatient, deletablePatient))
				.count(1)
				.returnBundle(Bundle.class)
				.execute()
				.getLink(Bundle.LINK_NEXT)
				.getUrl();
		patientSearch = next.replaceAll(".*[?&]_getpages=([^&]+).*", "$1");
		Thread.sleep(20); // the set-up writes must lie before the first case's window
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRefusedWithAnOperationOutcomeAndStoresNothing(Case badInput) throws Exception {
		if (badInput.knownBug() != null && !Boolean.getBoolean("bad-input.run-known-bugs")) {
			Assumptions.abort("known server bug: " + badInput.knownBug());
		}
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);

		Answer response = send(badInput);

		String body = response.body();
		String request = badInput.name() + ": " + badInput.method() + " " + resolve(badInput.path()) + " -> "
				+ response.status() + ": " + excerpt(body);
		assertThat(response.status()).as(request).isBetween(badInput.minStatus(), badInput.maxStatus());
		assertThat(body).as(request).doesNotContain("\tat ", "Exception:", ".java:", "root:");
		OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, body);
		assertThat(outcome.getIssue()).as(request).isNotEmpty();
		assertThat(outcome.getIssue())
				.as(request)
				.anySatisfy(issue -> assertThat(issue.getDiagnostics()).isNotBlank());
		assertThat(changedSince(before))
				.as("resources written by the refused request " + request)
				.isEmpty();
	}

	// ---------------------------------------------------------------- the corpus

	static Stream<Case> corpus() {
		List<Case> cases = new ArrayList<>();
		cases.addAll(curated());
		cases.addAll(truncatedJson());
		cases.addAll(truncatedXml());
		cases.addAll(wrongJsonTypes());
		cases.addAll(invalidPrimitives());
		cases.addAll(invalidIds());
		cases.addAll(invalidRequiredR4Codes());
		cases.addAll(invalidUcumUnits());
		cases.addAll(unknownLocalCodes());
		cases.addAll(unclaimedProfileViolations());
		cases.addAll(missingRequiredElements());
		cases.addAll(failingFixtures());
		cases.addAll(transactions());
		cases.addAll(deepNesting());
		cases.addAll(oversizedBodies());
		Map<String, Long> sizes = new java.util.TreeMap<>();
		cases.forEach(badInput -> sizes.merge(category(badInput.name()), 1L, Long::sum));
		System.out.println("Bad-input corpus: " + cases.size() + " cases " + sizes);
		return cases.stream();
	}

	private static String category(String name) {
		String category = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
		return category.replaceAll(" (at|of) \\d+.*", "").replaceAll(" '.*'", "");
	}

	/** The hand-written cases of {@code bad-input/cases.json}. */
	static List<Case> curated() {
		JsonNode manifest = readJson(resource("/bad-input/cases.json"));
		List<Case> cases = new ArrayList<>();
		for (JsonNode entry : manifest.get("cases")) {
			Map<String, String> headers = new LinkedHashMap<>();
			if (entry.has("headers")) {
				entry.get("headers")
						.fields()
						.forEachRemaining(
								h -> headers.put(h.getKey(), h.getValue().asText()));
			}
			byte[] body = null;
			if (entry.has("body")) {
				JsonNode value = entry.get("body");
				body = (value.isTextual() ? value.asText() : value.toString()).getBytes(StandardCharsets.UTF_8);
			} else if (entry.has("bodyFile")) {
				body = resource("/bad-input/" + entry.get("bodyFile").asText());
			}
			int min;
			int max;
			if (entry.has("statusRange")) {
				min = entry.get("statusRange").get(0).asInt();
				max = entry.get("statusRange").get(1).asInt();
			} else {
				min = max = entry.get("status").asInt();
			}
			cases.add(new Case(
					entry.get("name").asText(),
					entry.get("method").asText(),
					entry.get("path").asText(),
					headers,
					body,
					false,
					min,
					max,
					entry.has("knownBug") ? entry.get("knownBug").asText() : null));
		}
		return cases;
	}

	/** A valid body cut short at evenly spaced points: never a complete JSON document. */
	static List<Case> truncatedJson() {
		List<Case> cases = new ArrayList<>();
		for (Resource resource : List.of(patient(), lymphocytes("Patient/" + TARGET), validTransaction())) {
			String json = FHIR.newJsonParser().encodeResourceToString(resource);
			for (int at : cutPoints(json.length(), 15)) {
				cases.add(write(
						"json truncated at " + at + " of " + json.length() + " bytes: " + resource.fhirType(),
						"POST",
						pathFor(resource),
						FHIR_JSON,
						json.substring(0, at),
						400));
			}
		}
		return cases;
	}

	static List<Case> truncatedXml() {
		List<Case> cases = new ArrayList<>();
		for (Resource resource : List.of(patient(), lymphocytes("Patient/" + TARGET))) {
			String xml = FHIR.newXmlParser().encodeResourceToString(resource);
			for (int at : cutPoints(xml.length(), 12)) {
				cases.add(write(
						"xml truncated at " + at + " of " + xml.length() + " bytes: " + resource.fhirType(),
						"POST",
						pathFor(resource),
						FHIR_XML,
						xml.substring(0, at),
						400));
			}
		}
		return cases;
	}

	/** Every element of a valid resource, one at a time, given a value of a JSON type FHIR does not allow there. */
	static List<Case> wrongJsonTypes() {
		List<Case> cases = new ArrayList<>();
		for (Resource resource : List.of(patient(), lymphocytes("Patient/" + TARGET), practitioner())) {
			// Practitioner is not covered by our profiles: only the parser stands between it and the database.
			int status = resource.fhirType().equals("Practitioner") ? 400 : 0;
			ObjectNode json = toJson(resource);
			for (String pointer : pointers(json, "")) {
				if (pointer.equals("/resourceType")) {
					continue;
				}
				JsonNode original = json.at(pointer);
				List<Map.Entry<String, JsonNode>> wrongValues =
						List.copyOf(wrongValuesFor(original).entrySet());
				if (status != 400 && wrongValues.size() > 1) {
					// one wrong type per element of a covered type: each goes through the (slower) validator
					wrongValues = wrongValues.subList(0, 1);
				}
				for (Map.Entry<String, JsonNode> wrong : wrongValues) {
					ObjectNode mutated = json.deepCopy();
					replace(mutated, pointer, wrong.getValue());
					String name = "wrong JSON type: " + resource.fhirType() + pointer + " = " + wrong.getKey();
					cases.add(
							status == 400
									? write(name, "POST", pathFor(resource), FHIR_JSON, mutated.toString(), 400)
									: invalid(name, pathFor(resource), mutated.toString()));
				}
			}
		}
		return cases;
	}

	private static Map<String, JsonNode> wrongValuesFor(JsonNode original) {
		Map<String, JsonNode> wrong = new LinkedHashMap<>();
		if (original.isTextual()) {
			wrong.put("42 (number for string)", IntNode.valueOf(42));
			wrong.put("{} (object for string)", JSON.createObjectNode().put("value", original.asText()));
		} else if (original.isNumber()) {
			wrong.put("\"" + original.asText() + "\" (string for number)", TextNode.valueOf(original.asText()));
			wrong.put("true (boolean for number)", BooleanNode.TRUE);
		} else if (original.isBoolean()) {
			wrong.put("\"true\" (string for boolean)", TextNode.valueOf(original.asText()));
		} else if (original.isObject()) {
			wrong.put("\"text\" (string for object)", TextNode.valueOf("text"));
			wrong.put("7 (number for object)", IntNode.valueOf(7));
		} else if (original.isArray()) {
			wrong.put("\"text\" (string for array)", TextNode.valueOf("text"));
			wrong.put("true (boolean for array)", BooleanNode.TRUE);
		}
		return wrong;
	}

	/** Dates, date-times, instants and decimals that FHIR's grammar refuses. */
	static List<Case> invalidPrimitives() {
		List<Case> cases = new ArrayList<>();
		Resource observation = lymphocytes("Patient/" + TARGET);
		for (String date : List.of(
				"2019-13",
				"2019-02-30",
				"2019-00-10",
				"20190501",
				"2019-5",
				"2019-05-01T25:00:00Z",
				"2019-05-01T10:00:00",
				"2019-05-01T10:00:61Z",
				"2019-05-01T10:00:00+25:00",
				"2019-05-01 10:00:00Z",
				"yesterday",
				"")) {
			cases.add(mutated("invalid dateTime", observation, "/effectiveDateTime", quoted(date), 400));
		}
		for (String instant : List.of("2019-05-01", "2019-05-01T10:00:00", "not-an-instant")) {
			cases.add(mutated("invalid instant", observation, "/issued", quoted(instant), 400));
		}
		for (String decimal :
				List.of("\"abc\"", "\"0.9\"", "01.5", ".5", "1.", "NaN", "Infinity", "0x1F", "\"1,5\"", "1e", "--1")) {
			cases.add(mutated("invalid decimal", observation, "/valueQuantity/value", decimal, 400));
		}
		Resource patient = patient();
		for (String date : List.of("2019-02-29", "1999-00-10", "99-01-01", "2019/01/01", "2019-01-01T00:00:00Z")) {
			cases.add(mutated("invalid date", patient, "/birthDate", quoted(date), 400));
		}
		for (String bool : List.of("\"yes\"", "1", "TRUE", "null")) {
			cases.add(mutated("invalid boolean", patient, "/active", bool, 400));
		}
		return cases;
	}

	/** Updates whose id (in the URL and the body alike) is not a FHIR id. */
	static List<Case> invalidIds() {
		List<Case> cases = new ArrayList<>();
		for (String id : List.of("a b", "x".repeat(65), "a_b", "ä", "a:b", "a$b", "a+b")) {
			Patient patient = (Patient) patient();
			patient.setId(id);
			String json = FHIR.newJsonParser().encodeResourceToString(patient);
			cases.add(write(
					"invalid id on update: '" + abbreviate(id) + "'",
					"PUT",
					"/Patient/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"),
					FHIR_JSON,
					json,
					400));
		}
		return cases;
	}

	/** Unknown codes for the required bindings of base R4 (status, intent, gender, ...): a parse error. */
	static List<Case> invalidRequiredR4Codes() {
		List<Case> cases = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String fixture : Fixtures.passing()) {
			Resource resource = fixture(fixture);
			ObjectNode json = toJson(resource);
			for (String element : List.of("status", "intent", "gender", "actuality")) {
				if (json.has(element) && seen.add(resource.fhirType() + "." + element)) {
					cases.add(mutated(
							"unknown code for a required R4 binding",
							resource,
							"/" + element,
							quoted("no-such-" + element),
							400));
				}
			}
		}
		return cases;
	}

	/** Every UCUM quantity of the passing fixtures with a unit that is no UCUM unit at all. */
	static List<Case> invalidUcumUnits() {
		List<Case> cases = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String fixture : Fixtures.passing()) {
			Resource resource = fixture(fixture);
			ObjectNode json = toJson(resource);
			for (String pointer : pointers(json, "")) {
				JsonNode node = json.at(pointer);
				if (node.isObject()
						&& UCUM.equals(node.path("system").asText())
						&& node.has("code")
						&& seen.add(Fixtures.profileId(fixture) + pointer)) {
					for (String unit : List.of("furlongs")) {
						ObjectNode copy = json.deepCopy();
						((ObjectNode) copy.at(pointer)).put("code", unit).put("unit", unit);
						cases.add(write(
								"invalid UCUM unit '" + unit + "': " + Fixtures.profileId(fixture) + pointer,
								"POST",
								pathFor(resource),
								FHIR_JSON,
								copy.toString(),
								422));
					}
				}
			}
		}
		return cases;
	}

	/** Every coding of our own code systems in the passing fixtures, with a code the code system lacks. */
	static List<Case> unknownLocalCodes() {
		List<Case> cases = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String fixture : Fixtures.passing()) {
			Resource resource = fixture(fixture);
			ObjectNode json = toJson(resource);
			for (String pointer : pointers(json, "")) {
				JsonNode node = json.at(pointer);
				if (node.isObject()
						&& node.path("system").asText().startsWith(LOCAL_CODE_SYSTEMS)
						&& node.has("code")
						&& seen.add(Fixtures.profileId(fixture) + pointer)) {
					ObjectNode copy = json.deepCopy();
					((ObjectNode) copy.at(pointer)).put("code", "no-such-code");
					cases.add(write(
							"unknown code of " + node.path("system").asText().substring(LOCAL_CODE_SYSTEMS.length())
									+ ": " + Fixtures.profileId(fixture) + pointer,
							"POST",
							pathFor(resource),
							FHIR_JSON,
							copy.toString(),
							422));
				}
			}
		}
		return cases;
	}

	/**
	 * Under the default (content) policy, a failing fixture without its claim, where its content still identifies its
	 * profile (an MRD code, an HSCT procedure code ...): it is held to the profile all the same. And claims of a
	 * profile of another type.
	 */
	static List<Case> unclaimedProfileViolations() {
		List<Case> cases = new ArrayList<>();
		ProfileSelector selector = ProfileSelector.of(ImplementationGuide.fromClasspath(), FHIR);
		for (String fixture : Fixtures.refused()) {
			Resource resource = fixture(fixture);
			resource.getMeta().setProfile(new ArrayList<>());
			if (selector.select(resource, EnforcementPolicy.CONTENT).stream()
					.anyMatch(held -> held.profile().equals(profile(Fixtures.profileId(fixture))))) {
				cases.add(write(
						"no profile claimed, content identifies the profile it breaks: " + fixture,
						"POST",
						pathFor(resource),
						FHIR_JSON,
						FHIR.newJsonParser().encodeResourceToString(resource),
						422));
			}
		}
		ObjectNode patient = toJson(patient());
		((ArrayNode) patient.at("/meta/profile"))
				.removeAll()
				.add("https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/ball-condition");
		cases.add(write(
				"profile of another type claimed: Patient claims ball-condition",
				"POST",
				"/Patient",
				FHIR_JSON,
				patient.toString(),
				422));
		((ArrayNode) patient.at("/meta/profile")).removeAll().add("https://example.org/StructureDefinition/unknown");
		cases.add(write("unknown profile claimed: Patient", "POST", "/Patient", FHIR_JSON, patient.toString(), 422));
		return cases;
	}

	/** Each element that base R4 requires (min 1), removed from a passing fixture of every profile. */
	static List<Case> missingRequiredElements() {
		List<Case> cases = new ArrayList<>();
		for (String fixture : firstPassingFixtureOfEachProfile()) {
			Resource resource = fixture(fixture);
			ObjectNode json = toJson(resource);
			RuntimeResourceDefinition definition = FHIR.getResourceDefinition(resource);
			for (BaseRuntimeChildDefinition child : definition.getChildren()) {
				if (child.getMin() < 1) {
					continue;
				}
				String name = child.getElementName();
				List<String> keys = new ArrayList<>();
				json.fieldNames().forEachRemaining(key -> {
					boolean choice = child instanceof RuntimeChildChoiceDefinition;
					if (key.equals(name)
							|| key.equals("_" + name)
							|| (choice && key.startsWith(name) && !key.equals(name))) {
						keys.add(key);
					}
				});
				if (keys.isEmpty()) {
					continue;
				}
				ObjectNode copy = json.deepCopy();
				keys.forEach(copy::remove);
				cases.add(write(
						"required element missing (base R4): " + Fixtures.profileId(fixture) + " without "
								+ resource.fhirType() + "." + name
								+ (child instanceof RuntimeChildChoiceDefinition ? "[x]" : ""),
						"POST",
						pathFor(resource),
						FHIR_JSON,
						copy.toString(),
						422));
			}
		}
		ObjectNode patient = toJson(patient());
		patient.remove("gender");
		cases.add(write(
				"required element missing (ball-patient): Patient.gender",
				"POST",
				"/Patient",
				FHIR_JSON,
				patient.toString(),
				422));
		return cases;
	}

	/** The failing conformance fixtures that break a rule with an error: each breaks one rule of its profile. */
	static List<Case> failingFixtures() {
		List<Case> cases = new ArrayList<>();
		for (String fixture : Fixtures.refused()) {
			Resource resource = fixture(fixture);
			cases.add(write(
					"profile violation (failing fixture): " + fixture,
					"POST",
					pathFor(resource),
					FHIR_JSON,
					FHIR.newJsonParser().encodeResourceToString(resource),
					422));
		}
		return cases;
	}

	/** Transactions that must be refused as a whole: one bad entry, and nothing of the others may stay. */
	static List<Case> transactions() {
		List<Case> cases = new ArrayList<>();

		Bundle missingTarget = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		addPost(missingTarget, "urn:uuid:" + UUID.randomUUID(), patient());
		addPost(missingTarget, null, lymphocytes("Patient/does-not-exist-" + UUID.randomUUID()));
		cases.add(transaction("transaction: reference to a missing Patient", missingTarget, 400, 404));

		Bundle missingPlaceholder = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		addPost(missingPlaceholder, "urn:uuid:" + UUID.randomUUID(), patient());
		addPost(missingPlaceholder, null, condition("urn:uuid:" + UUID.randomUUID()));
		cases.add(transaction("transaction: placeholder reference to no entry", missingPlaceholder, 400, 404));

		Bundle missingConditional = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		addPost(missingConditional, "urn:uuid:" + UUID.randomUUID(), patient());
		addPost(
				missingConditional,
				null,
				lymphocytes("Patient?identifier=" + TestData.IDENTIFIER_SYSTEM + "|" + UUID.randomUUID()));
		cases.add(transaction("transaction: conditional reference matching nothing", missingConditional, 400, 412));

		String duplicate = "urn:uuid:" + UUID.randomUUID();
		Bundle duplicateFullUrls = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		addPost(duplicateFullUrls, duplicate, patient());
		addPost(duplicateFullUrls, duplicate, patient());
		cases.add(transaction("transaction: duplicate fullUrl (two Patients)", duplicateFullUrls, 400, 400));

		Bundle duplicateAcrossTypes = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		String shared = "urn:uuid:" + UUID.randomUUID();
		addPost(duplicateAcrossTypes, shared, patient());
		addPost(duplicateAcrossTypes, shared, lymphocytes(shared));
		cases.add(transaction(
				"transaction: duplicate fullUrl (Patient and Observation)", duplicateAcrossTypes, 400, 400));

		// A reference cycle is legal FHIR; with an invalid third entry, nothing of the cycle may be stored.
		for (boolean brokenReference : List.of(false, true)) {
			Bundle cycle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
			String patient = "urn:uuid:" + UUID.randomUUID();
			String first = "urn:uuid:" + UUID.randomUUID();
			String second = "urn:uuid:" + UUID.randomUUID();
			addPost(cycle, patient, patient());
			Observation a = lymphocytes(patient);
			a.addHasMember(new Reference(second));
			Observation b = lymphocytes(patient);
			b.addHasMember(new Reference(first));
			addPost(cycle, first, a);
			addPost(cycle, second, b);
			if (brokenReference) {
				addPost(cycle, null, lymphocytes("Patient/does-not-exist-" + UUID.randomUUID()));
				cases.add(transaction("transaction: circular references and a missing Patient", cycle, 400, 404));
			} else {
				Patient genderless = (Patient) patient();
				genderless.setGender(null);
				addPost(cycle, null, genderless);
				cases.add(transaction("transaction: circular references and a profile violation", cycle, 422, 422));
			}
		}

		Bundle selfCycleOfDuplicates = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		String self = "urn:uuid:" + UUID.randomUUID();
		String subject = "urn:uuid:" + UUID.randomUUID();
		addPost(selfCycleOfDuplicates, subject, patient());
		Observation selfReferencing = lymphocytes(subject);
		selfReferencing.addHasMember(new Reference(self));
		addPost(selfCycleOfDuplicates, self, selfReferencing);
		addPost(selfCycleOfDuplicates, self, selfReferencing.copy());
		cases.add(transaction(
				"transaction: circular self-reference with a duplicate fullUrl", selfCycleOfDuplicates, 400, 400));

		Bundle validThenInvalid = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		String valid = "urn:uuid:" + UUID.randomUUID();
		addPost(validThenInvalid, valid, patient());
		Observation badUnit = lymphocytes(valid);
		badUnit.getValueQuantity().setCode("furlongs").setUnit("furlongs");
		addPost(validThenInvalid, null, badUnit);
		cases.add(transaction("transaction: valid Patient then an invalid UCUM unit", validThenInvalid, 422, 422));

		// The update and the delete of the target must be rolled back with the rest.
		Bundle updateThenInvalid = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		Patient update = (Patient) patient();
		update.setId("Patient/" + TARGET);
		updateThenInvalid
				.addEntry()
				.setFullUrl("Patient/" + TARGET)
				.setResource(update)
				.getRequest()
				.setMethod(Bundle.HTTPVerb.PUT)
				.setUrl("Patient/" + TARGET);
		Patient genderless = (Patient) patient();
		genderless.setGender(null);
		addPost(updateThenInvalid, null, genderless);
		cases.add(transaction(
				"transaction: update of an existing Patient then an invalid entry", updateThenInvalid, 422, 422));

		Bundle deleteThenInvalid = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		deleteThenInvalid
				.addEntry()
				.getRequest()
				.setMethod(Bundle.HTTPVerb.DELETE)
				.setUrl("Patient/" + DELETABLE);
		addPost(deleteThenInvalid, null, lymphocytes("Patient/does-not-exist-" + UUID.randomUUID()));
		cases.add(transaction(
				"transaction: delete of an existing Patient then a broken reference", deleteThenInvalid, 400, 404));

		Bundle twiceTheSame = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (int i = 0; i < 2; i++) {
			Patient again = (Patient) patient();
			again.setId("Patient/" + TARGET);
			twiceTheSame
					.addEntry()
					.setFullUrl("Patient/" + TARGET)
					.setResource(again)
					.getRequest()
					.setMethod(Bundle.HTTPVerb.PUT)
					.setUrl("Patient/" + TARGET);
		}
		cases.add(transaction("transaction: two updates of the same Patient", twiceTheSame, 400, 400));

		Bundle noMethod = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		addPost(noMethod, "urn:uuid:" + UUID.randomUUID(), patient());
		noMethod.addEntry().setResource(patient()).getRequest().setUrl("Patient");
		cases.add(transaction("transaction: entry without request.method", noMethod, 400, 400));

		Bundle unknownType = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		addPost(unknownType, "urn:uuid:" + UUID.randomUUID(), patient());
		unknownType.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("NoSuchType/1");
		cases.add(transaction("transaction: entry for an unknown resource type", unknownType, 400, 404));

		Bundle badIfNoneExist = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		addPost(badIfNoneExist, "urn:uuid:" + UUID.randomUUID(), patient())
				.getRequest()
				.setIfNoneExist("nosuchparameter=1");
		cases.add(transaction("transaction: ifNoneExist with an unknown parameter", badIfNoneExist, 400, 400));

		// conditional criteria are searches: a modifier the parameter lacks is refused, not dropped
		for (Bundle.BundleType type : List.of(Bundle.BundleType.TRANSACTION, Bundle.BundleType.BATCH)) {
			String kind = type.toCode();
			Bundle modifierInIfNoneExist = new Bundle().setType(type);
			addPost(modifierInIfNoneExist, "urn:uuid:" + UUID.randomUUID(), patient());
			addPost(modifierInIfNoneExist, "urn:uuid:" + UUID.randomUUID(), patient())
					.getRequest()
					.setIfNoneExist("gender:exact=male");
			cases.add(transaction(kind + ": ifNoneExist with an unknown modifier", modifierInIfNoneExist, 400, 400));

			Bundle conditionalUpdate = new Bundle().setType(type);
			addPost(conditionalUpdate, "urn:uuid:" + UUID.randomUUID(), patient());
			conditionalUpdate
					.addEntry()
					.setResource(patient())
					.getRequest()
					.setMethod(Bundle.HTTPVerb.PUT)
					.setUrl("Patient?identifier:bogus=x");
			cases.add(transaction(kind + ": conditional update with an unknown modifier", conditionalUpdate, 400, 400));

			Bundle conditionalDelete = new Bundle().setType(type);
			addPost(conditionalDelete, "urn:uuid:" + UUID.randomUUID(), patient());
			conditionalDelete
					.addEntry()
					.getRequest()
					.setMethod(Bundle.HTTPVerb.DELETE)
					.setUrl("Patient?family:exakt=BadInputDeletable");
			cases.add(transaction(kind + ": conditional delete with an unknown modifier", conditionalDelete, 400, 400));
		}

		return cases;
	}

	/** Nesting far deeper than any FHIR resource: refused, not a stack overflow. */
	static List<Case> deepNesting() {
		int depth = 10_000;
		List<Case> cases = new ArrayList<>();
		String patientStart = "{\"resourceType\":\"Patient\",\"meta\":{\"profile\":[\"" + profile("ball-patient")
				+ "\"]},\"gender\":\"male\",";
		cases.add(write(
				"deep nesting: 10000 nested JSON arrays",
				"POST",
				"/Patient",
				FHIR_JSON,
				patientStart + "\"extension\":" + "[".repeat(depth) + "]".repeat(depth) + "}",
				400));
		cases.add(write(
				"deep nesting: 10000 nested JSON objects",
				"POST",
				"/Patient",
				FHIR_JSON,
				patientStart + "\"text\":" + "{\"div\":".repeat(depth) + "null" + "}".repeat(depth) + "}",
				400));
		StringBuilder extensions = new StringBuilder(patientStart);
		extensions.append("\"extension\":");
		extensions.append("[{\"url\":\"https://example.org/x\",\"extension\":".repeat(depth));
		extensions.append("[]");
		extensions.append("}]".repeat(depth));
		extensions.append('}');
		cases.add(write(
				"deep nesting: 10000 nested JSON extensions",
				"POST",
				"/Patient",
				FHIR_JSON,
				extensions.toString(),
				400));
		StringBuilder xml = new StringBuilder("<Patient xmlns=\"http://hl7.org/fhir\">");
		xml.append("<extension url=\"https://example.org/x\">".repeat(depth));
		xml.append("</extension>".repeat(depth));
		xml.append("<gender value=\"male\"/></Patient>");
		cases.add(
				write("deep nesting: 10000 nested XML extensions", "POST", "/Patient", FHIR_XML, xml.toString(), 400));
		StringBuilder divs =
				new StringBuilder("<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/>"
						+ "<div xmlns=\"http://www.w3.org/1999/xhtml\">");
		divs.append("<div>".repeat(depth)).append("</div>".repeat(depth));
		divs.append("</div></text><gender value=\"male\"/></Patient>");
		cases.add(write("deep nesting: 10000 nested XHTML divs", "POST", "/Patient", FHIR_XML, divs.toString(), 400));
		StringBuilder bundles = new StringBuilder();
		for (int i = 0; i < 2_000; i++) {
			bundles.append("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":");
		}
		bundles.append("{\"resourceType\":\"Basic\"}");
		bundles.append("}]}".repeat(2_000));
		cases.add(write(
				"deep nesting: 2000 Bundles nested as transaction",
				"POST",
				"/",
				FHIR_JSON,
				bundles.toString().replaceFirst("\"collection\"", "\"transaction\""),
				400));
		return cases;
	}

	/** Bodies over {@code hsct.max-request-size} (1 MB in tests), with a Content-Length and chunked. */
	static List<Case> oversizedBodies() {
		List<Case> cases = new ArrayList<>();
		String json = "{\"resourceType\":\"Patient\",\"id\":\"" + "x".repeat(OVERSIZED) + "\"}";
		String xml = "<Patient xmlns=\"http://hl7.org/fhir\"><!--" + "x".repeat(OVERSIZED) + "--></Patient>";
		String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[],\"x\":\""
				+ "x".repeat(OVERSIZED) + "\"}";
		String patch = "[{\"op\":\"add\",\"path\":\"/name/0/text\",\"value\":\"" + "x".repeat(OVERSIZED) + "\"}]";
		for (boolean chunked : List.of(false, true)) {
			String how = chunked ? " (chunked)" : "";
			cases.add(oversized("oversized body: JSON create" + how, "POST", "/Patient", FHIR_JSON, json, chunked));
			cases.add(oversized("oversized body: XML create" + how, "POST", "/Patient", FHIR_XML, xml, chunked));
			cases.add(oversized("oversized body: transaction" + how, "POST", "/", FHIR_JSON, bundle, chunked));
			cases.add(oversized(
					"oversized body: JSON Patch" + how, "PATCH", "/Patient/" + TARGET, JSON_PATCH, patch, chunked));
		}
		cases.add(oversized(
				"oversized body: update",
				"PUT",
				"/Patient/" + TARGET,
				FHIR_JSON,
				json.replace("\"id\"", "\"x\""),
				false));
		cases.add(oversized("oversized body: text/plain", "POST", "/Patient", "text/plain", json, false));
		return cases;
	}

	// ---------------------------------------------------------------- building cases

	private static Case write(String name, String method, String path, String contentType, String body, int status) {
		return new Case(
				name,
				method,
				path,
				Map.of("Content-Type", contentType),
				body.getBytes(StandardCharsets.UTF_8),
				false,
				status,
				status,
				null);
	}

	/**
	 * Content that is not valid FHIR, for a type our profiles cover: HAPI's parser refuses some of it (400), and
	 * what it lets through the profile validator refuses (422), which one depends on the layer that notices first.
	 */
	private static Case invalid(String name, String path, String body) {
		return new Case(
				name,
				"POST",
				path,
				Map.of("Content-Type", FHIR_JSON),
				body.getBytes(StandardCharsets.UTF_8),
				false,
				400,
				422,
				null);
	}

	private static Case oversized(
			String name, String method, String path, String contentType, String body, boolean chunked) {
		return new Case(
				name,
				method,
				path,
				Map.of("Content-Type", contentType),
				body.getBytes(StandardCharsets.UTF_8),
				chunked,
				413,
				413,
				null);
	}

	private static Case transaction(String name, Bundle bundle, int minStatus, int maxStatus) {
		return new Case(
				name,
				"POST",
				"/",
				Map.of("Content-Type", FHIR_JSON),
				FHIR.newJsonParser().encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8),
				false,
				minStatus,
				maxStatus,
				null);
	}

	/** A valid resource with the JSON value at {@code pointer} replaced by {@code rawJson} (which may be invalid). */
	private static Case mutated(String what, Resource resource, String pointer, String rawJson, int status) {
		ObjectNode json = toJson(resource);
		String marker = "@@" + UUID.randomUUID() + "@@";
		replace(json, pointer, TextNode.valueOf(marker));
		String body = json.toString().replace("\"" + marker + "\"", rawJson);
		String name = what + ": " + resource.fhirType() + pointer + " = " + abbreviate(rawJson);
		return status == 400
				? invalid(name, pathFor(resource), body)
				: write(name, "POST", pathFor(resource), FHIR_JSON, body, status);
	}

	private static Bundle.BundleEntryComponent addPost(Bundle bundle, String fullUrl, Resource resource) {
		Bundle.BundleEntryComponent entry =
				bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
		entry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
		return entry;
	}

	private static Bundle validTransaction() {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		String patient = "urn:uuid:" + UUID.randomUUID();
		addPost(bundle, patient, patient());
		addPost(bundle, null, condition(patient));
		return bundle;
	}

	private static Resource patient() {
		Patient patient = TestData.patient("BadInput");
		patient.setText(null);
		return patient;
	}

	private static Resource practitioner() {
		org.hl7.fhir.r4.model.Practitioner practitioner = new org.hl7.fhir.r4.model.Practitioner();
		practitioner.setActive(true);
		practitioner.addName().setFamily("Doe").addGiven("Jo");
		practitioner
				.addTelecom()
				.setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE)
				.setValue("123");
		practitioner.setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.FEMALE);
		practitioner.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1970-01-01"));
		return practitioner;
	}

	private static Observation lymphocytes(String subject) {
		Observation observation = TestData.lymphocyteCount(subject, 0.9);
		observation.setIssuedElement(new org.hl7.fhir.r4.model.InstantType("2019-05-02T10:00:00Z"));
		return observation;
	}

	private static Condition condition(String subject) {
		return TestData.bAllCondition(subject);
	}

	/**
	 * A conformance fixture without its id, its references detached: the subject becomes the target Patient and
	 * every other reference keeps only a display, so that the server refuses it for the rule the case breaks, not for
	 * a reference to a resource the test database lacks.
	 */
	private static Resource fixture(String fixture) {
		Resource resource = (Resource) Fixtures.read(fixture);
		resource.setId((String) null);
		FHIR.newTerser()
				.getAllPopulatedChildElementsOfType(resource, Reference.class)
				.forEach(reference -> {
					String target = reference.getReference();
					if (target == null) {
						return;
					}
					if (target.startsWith("Patient/")) {
						reference.setReference("Patient/" + TARGET);
					} else {
						reference.setReference(null);
						reference.setDisplay("detached " + target);
					}
				});
		return resource;
	}

	private static List<String> firstPassingFixtureOfEachProfile() {
		Map<String, String> first = new LinkedHashMap<>();
		Fixtures.passing().forEach(fixture -> first.putIfAbsent(Fixtures.profileId(fixture), fixture));
		return List.copyOf(first.values());
	}

	private static String pathFor(IBaseResource resource) {
		String type = FHIR.getResourceType(resource);
		return type.equals("Bundle") ? "/" : "/" + type;
	}

	private static String profile(String id) {
		return "https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/" + id;
	}

	private static List<Integer> cutPoints(int length, int count) {
		Set<Integer> points = new LinkedHashSet<>();
		for (int i = 1; i <= count; i++) {
			points.add(Math.max(1, (int) ((long) length * i / (count + 1))));
		}
		points.add(length - 1);
		return List.copyOf(points);
	}

	private static ObjectNode toJson(Resource resource) {
		return (ObjectNode)
				readJson(FHIR.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8));
	}

	/** JSON pointers to every element below {@code node}, depth first. */
	private static List<String> pointers(JsonNode node, String prefix) {
		List<String> pointers = new ArrayList<>();
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				String pointer = prefix + "/" + field.getKey();
				pointers.add(pointer);
				pointers.addAll(pointers(field.getValue(), pointer));
			}
		} else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				String pointer = prefix + "/" + i;
				pointers.add(pointer);
				pointers.addAll(pointers(node.get(i), pointer));
			}
		}
		return pointers;
	}

	private static void replace(JsonNode root, String pointer, JsonNode value) {
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = root.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent.isArray()) {
			((ArrayNode) parent).set(Integer.parseInt(last), value);
		} else {
			((ObjectNode) parent).set(last, value);
		}
	}

	private static String quoted(String text) {
		return TextNode.valueOf(text).toString();
	}

	private static String abbreviate(String text) {
		return text.length() > 24 ? text.substring(0, 12) + "…(" + text.length() + " chars)" : text;
	}

	private static JsonNode readJson(byte[] json) {
		try {
			return JSON.readTree(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] resource(String name) {
		try (InputStream in = BadInputCorpusIT.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + name);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// ---------------------------------------------------------------- HTTP

	String baseUrl() {
		return "http://127.0.0.1:" + port + "/fhir";
	}

	private static String resolve(String text) {
		return text.replace(TARGET, targetPatient)
				.replace(DELETABLE, deletablePatient)
				.replace(PATIENT_SEARCH, patientSearch);
	}

	/** A server's answer: its status and body. */
	record Answer(int status, String body) {}

	private Answer send(Case badInput) throws Exception {
		String url = baseUrl() + resolve(badInput.path());
		if (MALFORMED_ESCAPE.matcher(url).find()) {
			return sendAsIs(badInput, url);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", FHIR_JSON);
		badInput.headers().forEach((name, value) -> request.setHeader(name, resolve(value)));
		byte[] body = badInput.body() == null ? null : resolveBody(badInput.body());
		HttpRequest.BodyPublisher publisher;
		if (body == null) {
			publisher = HttpRequest.BodyPublishers.noBody();
		} else if (badInput.chunked()) {
			publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
		} else {
			publisher = HttpRequest.BodyPublishers.ofByteArray(body);
		}
		HttpResponse<String> response =
				HTTP.send(request.method(badInput.method(), publisher).build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	/**
	 * A request whose URL is not valid percent-encoding, which {@link URI} (and so {@link HttpClient}) refuses to
	 * send: sent as it is, without a body, by {@link HttpURLConnection}.
	 */
	@SuppressWarnings("deprecation") // new URL(String): the one parser that leaves a malformed escape alone
	private static Answer sendAsIs(Case badInput, String url) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
		connection.setRequestMethod(badInput.method());
		connection.setRequestProperty("Accept", FHIR_JSON);
		badInput.headers().forEach((name, value) -> connection.setRequestProperty(name, resolve(value)));
		int status = connection.getResponseCode();
		try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
			return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} finally {
			connection.disconnect();
		}
	}

	private static byte[] resolveBody(byte[] body) {
		String text = new String(body, StandardCharsets.ISO_8859_1);
		if (!text.contains(TARGET) && !text.contains(DELETABLE)) {
			return body;
		}
		return resolve(text).getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * Every resource version written since {@code instant}, as {@code METHOD Type/id/_history/n}, except the audit
	 * trail's own records (each request, refused or not, may add some).
	 */
	private List<String> changedSince(Instant instant) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/_history?_count=50&_since="
						+ URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8)))
				.header("Accept", FHIR_JSON)
				.header("Cache-Control", "no-cache")
				.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode())
				.as("system history: " + response.body())
				.isEqualTo(200);
		Bundle history = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
		List<String> changes = new ArrayList<>();
		history.getEntry().stream()
				.filter(entry -> !(entry.getResource() instanceof AuditEvent))
				.forEach(entry -> changes.add(entry.getRequest().getMethod() + " " + entry.getFullUrl()));
		return changes;
	}

	private static String excerpt(String body) {
		String flat = body.replaceAll("\\s+", " ");
		return flat.length() > 600 ? flat.substring(0, 600) + "…" : flat;
	}
}
