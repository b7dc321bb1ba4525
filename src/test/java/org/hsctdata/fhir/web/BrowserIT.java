package org.hsctdata.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.Commands;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.NodeProject;
import org.hsctdata.fhir.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests the pages a person sees, in a real browser: headless Chromium from Debian's packages
 * ({@code scripts/ensure-chromium.sh} installs it when it is missing), driven by {@code src/test/browser/pages.mjs}
 * (playwright-core, {@code npm ci} from its lock file). The script opens the landing page and loads the example with
 * its button, clicks through to the example's timeline and hovers its points, opens the error states and the profile
 * documentation, and reports what the pages showed; screenshots go to {@code target/screenshots/}.
 *
 * <p>Every expectation comes from the example bundle and the package: the points of each laboratory series are the
 * Observations claiming that series' profile, the items of each lane the resources claiming its profiles, and the
 * profile page must list every artifact of the package. One browser run serves every test of the class.
 */
class BrowserIT extends ServerIntegrationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final NodeProject BROWSER_TEST = NodeProject.at("src/test/browser");

	static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

	static final Duration CHROMIUM_INSTALL_TIMEOUT = Duration.ofMinutes(10);

	static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(3);

	/** The laboratory series of the timeline (the page's keys) and the profile whose Observations each one draws. */
	static final Map<String, String> SERIES = Map.of(
			"alc", "lymphocyte-count-observation",
			"cd3", "cd3-percent-observation",
			"blasts", "marrow-blast-observation",
			"mrd", "mrd-observation",
			"chimerism", "chimerism-observation");

	static final List<String> SCREENSHOT_NAMES = List.of(
			"landing-example-not-loaded",
			"landing",
			"timeline",
			"timeline-tooltip",
			"profiles",
			"profiles-first-artifact",
			"timeline-unknown-patient",
			"timeline-empty-patient",
			"timeline-invalid-id",
			"timeline-server-error",
			"timeline-other-patient");

	static final JsonNode BUNDLE = readBundle();

	/** The report of the one browser run, and the ids it was given. */
	static JsonNode report;

	static String examplePatient;

	static String emptyPatient;

	/** A patient other than the example: three lymphocyte counts, nothing else. */
	static String otherPatient;

	static final List<List<String>> OTHER_COUNTS = List.of(
			List.of("2021-01-10", "1.2", "10⁹/L"),
			List.of("2021-02", "0.4", "10⁹/L"),
			List.of("2021-03-15", "2.5", "10⁹/L"));

	@TempDir
	static Path scratch;

	@BeforeEach
	void runTheBrowserOnce() throws IOException, InterruptedException {
		if (report != null) {
			return;
		}
		client.transaction().withBundle(ExampleBundle.read()).execute();
		examplePatient = client.search()
				.forResource(Patient.class)
				.where(Patient.IDENTIFIER
						.exactly()
						.systemAndIdentifier(ExampleBundle.IDENTIFIER_SYSTEM, "ball-hsct-case-patient"))
				.returnBundle(Bundle.class)
				.execute()
				.getEntryFirstRep()
				.getResource()
				.getIdElement()
				.getIdPart();
		emptyPatient = client.create()
				.resource(TestData.patient("WithoutData"))
				.execute()
				.getId()
				.getIdPart();
		String fullUrl = "urn:uuid:" + UUID.randomUUID();
		List<Observation> counts = new ArrayList<>();
		for (List<String> count : OTHER_COUNTS) {
			Observation observation = TestData.lymphocyteCount(fullUrl, Double.parseDouble(count.get(1)));
			observation.setEffective(new DateTimeType(count.get(0)));
			counts.add(observation);
		}
		Bundle created = client.transaction()
				.withBundle(TestData.transaction(
						fullUrl, TestData.patient("OtherPatient"), counts.toArray(Resource[]::new)))
				.execute();
		otherPatient = new IdType(created.getEntryFirstRep().getResponse().getLocation()).getIdPart();

		Path project = Path.of("").toAbsolutePath();
		String chromium = Commands.run(
						project,
						scratch,
						"scripts/ensure-chromium.sh",
						CHROMIUM_INSTALL_TIMEOUT,
						"bash",
						"scripts/ensure-chromium.sh")
				.stdout()
				.strip();
		BROWSER_TEST.installIfNeeded(scratch);
		Files.createDirectories(SCREENSHOTS);
		report = BROWSER_TEST
				.node(
						scratch,
						BROWSER_TIMEOUT,
						"pages.mjs",
						"http://127.0.0.1:" + port,
						SCREENSHOTS.toString(),
						chromium,
						emptyPatient,
						otherPatient)
				.json();
	}

	// --- landing page --------------------------------------------------------------------------------------------

	@Test
	void landingPageLoadsTheExampleWithItsButtonAndLinksEveryPage() {
		JsonNode landing = report.path("landing");

		assertThat(landing.path("loadButtonShown").asBoolean()).isTrue();
		assertThat(landing.path("loadStatus").asInt()).isEqualTo(200);
		assertThat(landing.path("exampleHref").asText()).isEqualTo("/timeline/" + examplePatient);
		landing.path("links")
				.fields()
				.forEachRemaining(
						link -> assertThat(link.getValue().path("status").asInt())
								.as("%s %s", link.getKey(), link.getValue())
								.isEqualTo(200));
		assertThat(fieldNames(landing.path("links")))
				.containsExactlyInAnyOrder(
						"link-fhir",
						"link-metadata",
						"link-openapi",
						"link-profiles",
						"link-example-ball-hsct-transaction-bundle",
						"summary-example-ball-hsct-transaction-bundle");
		assertThat(landing.path("links")
						.path("summary-example-ball-hsct-transaction-bundle")
						.path("href")
						.asText())
				.isEqualTo("/fhir/Patient/" + examplePatient + "/$summary");
		assertThat(texts(landing.path("patientOptions"), "value")).contains(emptyPatient);
		assertAccessible(landing.path("accessibility"));
	}

	@Test
	void landingPageListsEveryExampleAndEachLoadsWithItsButtonAndOpensOnATimeline() {
		List<String> served = ExampleBundle.files().stream()
				.map(file -> "/examples/" + file.getFileName())
				.toList();
		assertThat(texts(report.path("landing").path("examples")))
				.as("the examples the landing page lists")
				.containsExactlyInAnyOrderElementsOf(served);

		JsonNode others = report.path("otherExamples");
		assertThat(fieldNames(others)).hasSize(served.size() - 1);
		others.fields().forEachRemaining(example -> {
			JsonNode page = example.getValue();
			assertThat(page.path("loadStatus").asInt()).as(example.getKey()).isEqualTo(200);
			assertThat(page.path("path").asText()).as(example.getKey()).startsWith("/timeline/");
			assertThat(page.path("rows").size())
					.as("rows of the timeline of %s", example.getKey())
					.isPositive();
			assertThat(fieldNames(page.path("chart").path("laneItems")))
					.as("lanes of the timeline of %s", example.getKey())
					.isNotEmpty();
		});
	}

	// --- timeline ------------------------------------------------------------------------------------------------

	@Test
	void timelineSavesThePatientSummaryAsJson() {
		JsonNode download = report.path("timeline").path("summaryDownload");

		assertThat(download.path("filename").asText()).isEqualTo("patient-" + examplePatient + "-summary.json");
		assertThat(download.path("resourceType").asText()).isEqualTo("Bundle");
		assertThat(download.path("type").asText()).isEqualTo("document");
		assertThat(download.path("first").asText()).isEqualTo("Composition");
		assertThat(download.path("status").asText()).startsWith("Saved");
	}

	@Test
	void timelineDrawsEveryResultOfEachLaboratorySeries() {
		JsonNode timeline = report.path("timeline");
		Map<String, List<List<String>>> expected = new TreeMap<>();
		SERIES.forEach((key, profile) -> {
			if (!seriesRows(profile).isEmpty()) {
				expected.put(key, seriesRows(profile));
			}
		});

		assertThat(timeline.path("path").asText()).isEqualTo("/timeline/" + examplePatient);
		assertThat(counts(timeline.path("chart").path("seriesPoints"))).isEqualTo(sizes(expected));
		Map<String, List<List<String>>> table = new TreeMap<>();
		for (JsonNode row : rows(timeline, "series")) {
			table.computeIfAbsent(row.path("key").asText(), key -> new ArrayList<>())
					.add(List.of(
							row.path("date").asText(),
							row.path("value").asText(),
							row.path("unit").asText()));
		}
		assertThat(table).isEqualTo(expected);
		assertThat(expected.get("alc")).as("lymphocyte counts in the example").isNotEmpty();
	}

	@Test
	void timelineOfAnotherPatientDrawsThatPatientsData() {
		JsonNode other = report.path("otherTimeline");
		List<List<String>> shown = new ArrayList<>();
		for (JsonNode row : other.path("rows")) {
			shown.add(List.of(
					row.path("kind").asText() + " " + row.path("key").asText(),
					row.path("date").asText(),
					row.path("value").asText(),
					row.path("unit").asText()));
		}

		assertThat(counts(other.path("chart").path("seriesPoints"))).isEqualTo(Map.of("alc", OTHER_COUNTS.size()));
		assertThat(counts(other.path("chart").path("laneItems"))).isEmpty();
		assertThat(shown)
				.containsExactlyElementsOf(OTHER_COUNTS.stream()
						.map(count -> List.of("series alc", count.get(0), count.get(1), count.get(2)))
						.toList());
	}

	@Test
	void timelineDrawsEveryLaneAndMarkerOfTheExample() {
		JsonNode timeline = report.path("timeline");
		Map<String, Integer> expected = expectedLaneItems();

		assertThat(counts(timeline.path("chart").path("laneItems"))).isEqualTo(expected);
		assertThat(timeline.path("chart").path("laneLabels")).hasSize(expected.size());
		Map<String, Integer> table = new TreeMap<>();
		for (JsonNode row : rows(timeline, "lane", "marker")) {
			table.merge(row.path("key").asText(), 1, Integer::sum);
		}
		assertThat(table).isEqualTo(new TreeMap<>(expected));

		long transplants = entries(claims("hsct-procedure")).size();
		assertThat(transplants).isEqualTo(2);
		assertThat(timeline.path("chart").path("day0Lines"))
				.isNotEmpty()
				.allSatisfy(lines -> assertThat(lines.asLong()).isEqualTo(transplants));
		assertThat(rows(timeline, "day0")).hasSize((int) transplants);
	}

	@Test
	void timelineMarksWhenEachGvhdProphylaxisDrugStopped() {
		List<List<String>> stops = new ArrayList<>();
		for (JsonNode drug : prophylaxisDrugs()) {
			if (drug.path("effectivePeriod").has("end")) {
				stops.add(List.of(
						drugName(drug) + " stopped",
						drug.path("effectivePeriod").path("end").asText()));
			}
		}
		List<List<String>> shown = new ArrayList<>();
		for (JsonNode row : rows(report.path("timeline"), "lane")) {
			if (row.path("key").asText().equals("gvhdProphylaxis")
					&& row.path("what").asText().endsWith(" stopped")) {
				shown.add(List.of(row.path("what").asText(), row.path("date").asText()));
			}
		}

		assertThat(stops).contains(List.of("Tacrolimus stopped", "2019-12-14"));
		assertThat(shown).containsExactlyInAnyOrderElementsOf(stops);
	}

	@Test
	void hoveringAPointShowsItsValueUnitAndDate() {
		JsonNode hovers = report.path("timeline").path("hovers");
		Set<String> hovered = new TreeSet<>();

		for (JsonNode hover : hovers) {
			String tooltip = hover.path("tooltip").asText();
			hovered.add(hover.path("track").asText());
			assertThat(tooltip)
					.as("tooltip of %s", hover)
					.contains(hover.path("label").asText());
			assertThat(tooltip)
					.as("tooltip of %s", hover)
					.contains("Date: " + hover.path("date").asText());
			if (!hover.path("value").isNull()) {
				String value =
						(hover.path("value").asText() + " " + hover.path("unit").asText()).strip();
				assertThat(tooltip).as("tooltip of %s", hover).contains("Value: " + value);
			}
		}
		// The first point of each series is the bundle's earliest result of its profile.
		for (JsonNode hover : hovers) {
			String profile = SERIES.get(hover.path("track").asText());
			if (profile != null) {
				List<String> first = seriesRows(profile).get(0);
				assertThat(List.of(
								hover.path("date").asText(),
								hover.path("value").asText(),
								hover.path("unit").asText()))
						.isEqualTo(first);
			}
		}
		assertThat(hovered)
				.containsAll(SERIES.keySet())
				.containsAll(expectedLaneItems().keySet());
	}

	@Test
	void timelineHasATextAlternativeAndReadableContrast() {
		JsonNode timeline = report.path("timeline");
		JsonNode aria = timeline.path("aria");

		assertThat(aria.path("role").asText()).isEqualTo("img");
		assertThat(aria.path("describedBy").asText()).isNotEmpty();
		assertThat(aria.path("tableCaption").asText()).isNotBlank();
		assertThat(aria.path("label").asText())
				.contains("Absolute lymphocyte count", "Donor chimerism", "Lanes:", "HSCT #1");
		assertAccessible(timeline.path("accessibility"));
		assertThat(timeline.path("chartColours"))
				.isNotEmpty()
				.allSatisfy(colour -> assertThat(colour.path("contrast").asDouble())
						.as("contrast of %s against white", colour.path("colour"))
						.isGreaterThanOrEqualTo(3.0));
		assertThat(texts(report.path("problems")))
				.as("console errors and failed requests")
				.isEmpty();
	}

	@Test
	void unknownEmptyInvalidAndFailingPatientsGetAClearMessage() {
		JsonNode states = report.path("errorStates");

		assertMessage(states.path("unknown"), "not-found", "No patient with the id");
		assertMessage(states.path("empty"), "empty", "Patient/" + emptyPatient + " has no results");
		assertMessage(states.path("invalid"), "invalid", "is not a FHIR resource id");
		assertMessage(states.path("serverError"), "error", "HTTP 500");
		assertThat(states.path("serverError").path("message").asText()).contains("Simulated failure of the test");
		// The 404 of the unknown patient and the simulated 500 are the only failed requests.
		assertThat(texts(states.path("unknown").path("problems")))
				.allSatisfy(problem -> assertThat(problem).contains("404"));
		assertThat(texts(states.path("empty").path("problems"))).isEmpty();
		assertThat(texts(states.path("invalid").path("problems"))).isEmpty();
		assertThat(texts(states.path("serverError").path("problems")))
				.allSatisfy(problem -> assertThat(problem).contains("500"));
	}

	// --- profile documentation -----------------------------------------------------------------------------------

	@Test
	void profilePageListsEveryArtifactOfThePackageWithItsDifferential() {
		List<MetadataResource> artifacts =
				ImplementationGuide.fromClasspath().resources(FhirContext.forR4Cached()).stream()
						.map(MetadataResource.class::cast)
						.toList();
		Map<String, JsonNode> shown = new LinkedHashMap<>();
		report.path("profiles")
				.path("artifacts")
				.forEach(artifact -> shown.put(artifact.path("url").asText(), artifact));

		assertThat(shown).hasSize(artifacts.size());
		assertThat(shown.keySet())
				.containsExactlyInAnyOrderElementsOf(
						artifacts.stream().map(MetadataResource::getUrl).toList());
		for (MetadataResource artifact : artifacts) {
			JsonNode page = shown.get(artifact.getUrl());
			assertThat(page.path("canonicalShown").asText()).isEqualTo(artifact.getUrl());
			assertThat(page.path("description").asText()).isEqualTo(artifact.getDescription());
			if (artifact instanceof StructureDefinition sd) {
				List<ElementDefinition> differential = sd.getDifferential().getElement();
				assertThat(page.path("differentialRows").asInt())
						.as(sd.getUrl())
						.isEqualTo(differential.size());
				assertThat(page.path("mustSupportRows").asInt()).as(sd.getUrl()).isEqualTo((int) differential.stream()
						.filter(ElementDefinition::getMustSupport)
						.count());
			}
		}
		assertAccessible(report.path("profiles").path("accessibility"));
	}

	@Test
	void profilePageLinksTheExampleEntriesThatClaimEachProfile() throws IOException {
		JsonNode examples = report.path("profiles").path("examples");
		// every entry of every example bundle, by the link the page gives it
		Map<String, JsonNode> entries = new TreeMap<>();
		for (Path file : ExampleBundle.files()) {
			String name = file.getFileName().toString().replaceAll("\\.json$", "");
			JsonNode bundle = JSON.readTree(file.toFile());
			for (int i = 0; i < bundle.path("entry").size(); i++) {
				entries.put(
						"/examples/" + name + "/entry/" + i,
						bundle.path("entry").get(i).path("resource"));
			}
		}
		int profilesWithExamples = 0;
		Set<String> claimingAny = new TreeSet<>();

		for (JsonNode artifact : report.path("profiles").path("artifacts")) {
			String url = artifact.path("url").asText();
			List<String> claiming = entries.entrySet().stream()
					.filter(entry -> profiles(entry.getValue()).contains(url))
					.map(Map.Entry::getKey)
					.toList();
			if (artifact.path("type").asText().equals("StructureDefinition") && !claiming.isEmpty()) {
				profilesWithExamples++;
				claimingAny.addAll(claiming);
				assertThat(texts(artifact.path("examples"))).as(url).containsExactlyInAnyOrderElementsOf(claiming);
			}
		}
		assertThat(profilesWithExamples).isGreaterThan(30);
		assertThat(fieldNames(examples)).containsAll(claimingAny);
		examples.fields().forEachRemaining(link -> {
			JsonNode entry = entries.get(link.getKey());
			assertThat(entry).as(link.getKey()).isNotNull();
			assertThat(link.getValue().path("status").asInt()).isEqualTo(200);
			assertThat(link.getValue().path("resourceType").asText())
					.isEqualTo(entry.path("resourceType").asText());
		});
	}

	@Test
	void screenshotsAreSavedAsBuildArtifacts() throws IOException {
		for (String name : SCREENSHOT_NAMES) {
			Path file = SCREENSHOTS.resolve(name + ".png");
			assertThat(file).exists();
			assertThat(Files.size(file)).as(name).isGreaterThan(5_000);
		}
	}

	// --- expectations from the bundle ----------------------------------------------------------------------------

	/** (date, value, unit) of every Observation claiming a profile, earliest first, as the page should show them. */
	static List<List<String>> seriesRows(String profileId) {
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode observation : entries(claims(profileId))) {
			JsonNode quantity = observation.path("valueQuantity");
			String value = quantity.isObject()
					? quantity.path("comparator").asText("")
							+ quantity.path("value").asText()
					: observation
							.path("valueCodeableConcept")
							.path("coding")
							.path(0)
							.path("display")
							.asText();
			String unit = quantity.isObject() ? shown(quantity.path("unit").asText()) : "";
			rows.add(List.of(observation.path("effectiveDateTime").asText(), value, unit));
		}
		// ISO dates of any precision sort as text.
		rows.sort(Comparator.comparing(row -> row.get(0)));
		return rows;
	}

	/** A UCUM unit as the page writes it: 10*9/L as 10⁹/L, mg/m2 as mg/m². */
	static String shown(String ucum) {
		return ucum.replace("10*9", "10⁹").replace("m2", "m²");
	}

	/** The items each lane should draw, from the profiles the bundle's entries claim. */
	static Map<String, Integer> expectedLaneItems() {
		Map<String, Integer> lanes = new TreeMap<>();
		Set<String> conditioning = fullUrls(claims("conditioning-procedure"));
		Set<String> prophylaxis = fullUrls(claims("gvhd-prophylaxis-procedure"));
		List<JsonNode> drugs = entries(claims("transplant-drug-administration"));
		long prophylaxisStops = prophylaxisDrugs().stream()
				.filter(drug -> drug.path("effectivePeriod").has("end"))
				.count();
		put(lanes, "protocols", entries(claims("treatment-protocol")).size());
		put(
				lanes,
				"chemotherapy",
				entries(claims("cancer-medication-administration")).size());
		put(
				lanes,
				"immunotherapy",
				entries(claims("immunotherapy-administration")).size());
		put(
				lanes,
				"conditioning",
				conditioning.size() + partOfAny(drugs, conditioning).size());
		put(lanes, "hsct", entries(claims("hsct-procedure")).size());
		put(
				lanes,
				"gvhdProphylaxis",
				prophylaxis.size() + partOfAny(drugs, prophylaxis).size() + (int) prophylaxisStops);
		put(
				lanes,
				"diseaseStatus",
				entries(claims("disease-status-observation")).size()
						+ entries(claims("ball-condition").and(r -> r.has("onsetDateTime")))
								.size());
		put(lanes, "engraftment", entries(claims("engraftment-observation")).size());
		put(
				lanes,
				"adverseEvents",
				entries(claims("ctcae-adverse-event")).size()
						+ entries(claims("complication-condition").and(BrowserIT::datedAndNotRefuted))
								.size());
		put(
				lanes,
				"gvhd",
				entries(claims("gvhd-condition").and(BrowserIT::datedAndNotRefuted))
						.size());
		return lanes;
	}

	static void put(Map<String, Integer> lanes, String lane, int items) {
		if (items > 0) {
			lanes.put(lane, items);
		}
	}

	static boolean datedAndNotRefuted(JsonNode condition) {
		boolean refuted = StreamSupport.stream(
						condition.path("verificationStatus").path("coding").spliterator(), false)
				.anyMatch(coding -> coding.path("code").asText().equals("refuted"));
		return !refuted && (condition.has("onsetDateTime") || condition.has("recordedDate"));
	}

	static List<JsonNode> prophylaxisDrugs() {
		return partOfAny(
				entries(claims("transplant-drug-administration")), fullUrls(claims("gvhd-prophylaxis-procedure")));
	}

	static List<JsonNode> partOfAny(List<JsonNode> resources, Set<String> fullUrls) {
		return resources.stream()
				.filter(resource -> StreamSupport.stream(resource.path("partOf").spliterator(), false)
						.anyMatch(reference ->
								fullUrls.contains(reference.path("reference").asText())))
				.toList();
	}

	static String drugName(JsonNode administration) {
		JsonNode medication = administration.path("medicationCodeableConcept");
		String name = medication.has("text")
				? medication.path("text").asText()
				: medication.path("coding").path(0).path("display").asText();
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	static Predicate<JsonNode> claims(String profileId) {
		return resource -> profiles(resource).contains(Canonicals.structureDefinition(profileId));
	}

	static Set<String> profiles(JsonNode resource) {
		Set<String> profiles = new TreeSet<>();
		resource.path("meta").path("profile").forEach(profile -> profiles.add(profile.asText()));
		return profiles;
	}

	static List<JsonNode> entryList() {
		List<JsonNode> resources = new ArrayList<>();
		BUNDLE.path("entry").forEach(entry -> resources.add(entry.path("resource")));
		return resources;
	}

	static List<JsonNode> entries(Predicate<JsonNode> filter) {
		return entryList().stream().filter(filter).toList();
	}

	static Set<String> fullUrls(Predicate<JsonNode> filter) {
		Set<String> urls = new TreeSet<>();
		BUNDLE.path("entry").forEach(entry -> {
			if (filter.test(entry.path("resource"))) {
				urls.add(entry.path("fullUrl").asText());
			}
		});
		return urls;
	}

	static JsonNode readBundle() {
		try {
			return JSON.readTree(ExampleBundle.PATH.toAbsolutePath().toFile());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	// --- reading the report --------------------------------------------------------------------------------------

	static List<JsonNode> rows(JsonNode timeline, String... kinds) {
		Set<String> wanted = Set.of(kinds);
		List<JsonNode> rows = new ArrayList<>();
		timeline.path("rows").forEach(row -> {
			if (wanted.contains(row.path("kind").asText())) {
				rows.add(row);
			}
		});
		return rows;
	}

	static void assertMessage(JsonNode state, String expectedState, String text) {
		assertThat(state.path("state").asText()).as("%s", state).isEqualTo(expectedState);
		assertThat(state.path("message").asText()).contains(text);
		assertThat(state.path("role").asText()).isEqualTo("alert");
		assertThat(state.path("chartShown").asBoolean()).isFalse();
		assertAccessible(state.path("accessibility"));
	}

	static void assertAccessible(JsonNode accessibility) {
		assertThat(accessibility.path("lang").asText()).isEqualTo("en");
		assertThat(accessibility.path("h1").asInt()).isEqualTo(1);
		assertThat(accessibility.path("imagesWithoutAlt").asInt()).isZero();
		assertThat(texts(accessibility.path("unlabelled")))
				.as("controls without a name")
				.isEmpty();
		assertThat(texts(accessibility.path("lowContrast")))
				.as("texts with too little contrast")
				.isEmpty();
		assertThat(accessibility.path("textsChecked").asInt()).isPositive();
	}

	static Map<String, Integer> counts(JsonNode object) {
		Map<String, Integer> counts = new TreeMap<>();
		object.fields()
				.forEachRemaining(
						field -> counts.put(field.getKey(), field.getValue().asInt()));
		return counts;
	}

	static Map<String, Integer> sizes(Map<String, List<List<String>>> rows) {
		Map<String, Integer> sizes = new TreeMap<>();
		rows.forEach((key, list) -> {
			if (!list.isEmpty()) {
				sizes.put(key, list.size());
			}
		});
		return sizes;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.asText()));
		return texts;
	}

	static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.path(field).asText()));
		return texts;
	}

	static List<String> fieldNames(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.fieldNames().forEachRemaining(names::add);
		return names;
	}
}
