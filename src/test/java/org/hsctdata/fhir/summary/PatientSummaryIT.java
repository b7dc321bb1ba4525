package org.hsctdata.fhir.summary;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueSeverity;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.ListedIssue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Patient/[id]/$summary} of the example case and the synthetic patients, {@code Composition/[id]/$document},
 * and their bad input. The examples load with conditional creates, so loading them again changes nothing.
 */
class PatientSummaryIT extends ServerIntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(PatientSummaryIT.class);
	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final String LOINC = "http://loinc.org";
	private static final String LOCAL = "https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs";

	@BeforeEach
	void loadExamples() {
		for (Path file : ExampleBundle.files()) {
			client.transaction().withBundle(read(file)).execute();
		}
	}

	@Test
	void theCaseSummaryIsAnIpsDocumentWithTheTransplantSection() {
		Bundle summary = summary(patientId(ExampleBundle.PATH));

		assertThat(summary.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
		assertThat(summary.getIdentifier().getValue()).isNotBlank();
		assertThat(summary.getTimestamp()).isNotNull();
		Composition composition = (Composition) summary.getEntryFirstRep().getResource();
		assertThat(composition.getType().getCodingFirstRep().getCode()).isEqualTo("60591-5");
		Map<String, Composition.SectionComponent> sections = composition.getSection().stream()
				.collect(Collectors.toMap(
						section -> section.getCode().getCodingFirstRep().getCode(), s -> s));
		log.info(
				"sections of the case summary: {}",
				composition.getSection().stream()
						.map(section -> section.getTitle() + " ("
								+ section.getCode().getCodingFirstRep().getCode() + "): "
								+ (section.hasEmptyReason()
										? "empty, "
												+ section.getEmptyReason()
														.getCodingFirstRep()
														.getCode()
										: section.getEntry().size()))
						.toList());
		log.info("entries of the case summary: {}", summary.getEntry().size());

		// the three sections IPS requires: allergies (none recorded), medications, problems
		assertThat(sections.get("48765-2").getEmptyReason().getCodingFirstRep().getCode())
				.isEqualTo("unavailable");
		assertThat(sections.get("10160-0").getEntry()).hasSizeGreaterThanOrEqualTo(13);
		// the B-ALL, the lymphopenia and the chronic GvHD; not the refuted acute GvHD and sinusoidal obstruction
		List<Resource> problems = targets(summary, sections.get("11450-4"));
		assertThat(problems)
				.hasSize(3)
				.allSatisfy(problem -> assertThat(((Condition) problem)
								.getVerificationStatus()
								.getCodingFirstRep()
								.getCode())
						.isEqualTo("confirmed"));

		// procedures: both HSCTs, their conditioning and prophylaxis, partOf kept
		List<Resource> procedures = targets(summary, sections.get("47519-4"));
		assertThat(procedures).hasSize(6);
		assertThat(procedures.stream().map(Procedure.class::cast).filter(Procedure::hasPartOf))
				.hasSize(4)
				.allSatisfy(part ->
						assertThat(resolve(summary, part.getPartOfFirstRep())).isInstanceOf(Procedure.class));

		// results: the latest of each code only, one MRD and one chimerism
		List<Observation> results = targets(summary, sections.get("30954-2")).stream()
				.map(Observation.class::cast)
				.toList();
		List<Observation> mrd = results.stream()
				.filter(o -> o.getCode().hasCoding(LOCAL, "mrd"))
				.toList();
		assertThat(mrd)
				.singleElement()
				.satisfies(o -> assertThat(o.getEffectiveDateTimeType().getValueAsString())
						.isEqualTo(latest(ExampleBundle.PATH, "mrd")));
		assertThat(results.stream().filter(o -> o.getCode().hasCoding(LOCAL, "donor-chimerism")))
				.singleElement()
				.satisfies(o -> assertThat(o.getEffectiveDateTimeType().getValueAsString())
						.isEqualTo(latest(ExampleBundle.PATH, "donor-chimerism")));

		// the transplant section: both HSCTs, both donors, engraftment, GvHD, the latest disease status
		Composition.SectionComponent transplant = sections.get("transplant-summary");
		assertThat(transplant.getCode().getCodingFirstRep().getSystem()).isEqualTo(LOCAL);
		assertThat(transplant.getText().getDivAsString()).contains("Transplant");
		List<Resource> transplantEntries = targets(summary, transplant);
		assertThat(transplantEntries.stream()
						.filter(Procedure.class::isInstance)
						.map(Procedure.class::cast)
						.map(p -> p.getPerformedDateTimeType().getValueAsString()))
				.containsExactly("2018-12-11", "2019-09-05");
		assertThat(transplantEntries.stream().map(Resource::fhirType))
				.contains("RelatedPerson", "BiologicallyDerivedProduct", "Condition", "Observation");
		assertThat(transplantEntries.stream().filter(r -> r.fhirType().equals("RelatedPerson")))
				.hasSize(2);
		assertThat(transplantEntries.stream()
						.filter(Observation.class::isInstance)
						.map(Observation.class::cast)
						.filter(o -> o.getCode().hasCoding(LOINC, "97509-4")))
				.hasSize(1);
	}

	/**
	 * Each summary in the HL7 validator against IPS 2.0.0's Bundle profile: every error and warning must match a
	 * reviewed row of src/test/resources/summary/ (the errors are artefacts of validating offline, each with its
	 * reason), and every row must still occur, so the lists stay minimal.
	 */
	@Test
	void everySummaryValidatesAgainstIpsWithReviewedIssuesOnly() {
		List<ListedIssue> listed = IpsValidator.listedIssues();
		List<ValidationMessage> all = new ArrayList<>();
		for (Path example : ExampleBundle.files()) {
			String json = summaryJson(patientId(example), "");
			writeForReading(example, json);
			List<ValidationMessage> issues = IpsValidator.validate(json);
			all.addAll(issues);
			List<String> unlisted = issues.stream()
					.filter(issue -> listed.stream().noneMatch(row -> row.matches(issue)))
					.map(PatientSummaryIT::describe)
					.toList();
			log.info(
					"{}: {} errors ({} reviewed), {} warnings; not reviewed:\n{}",
					example.getFileName(),
					count(issues, IssueSeverity.ERROR) + count(issues, IssueSeverity.FATAL),
					issues.stream()
							.filter(issue -> issue.getLevel() == IssueSeverity.ERROR)
							.filter(issue -> listed.stream().anyMatch(row -> row.matches(issue)))
							.count(),
					count(issues, IssueSeverity.WARNING),
					String.join("\n", unlisted));
			assertThat(unlisted)
					.as(
							"issues of the summary of %s that no row of %s or %s lists",
							example.getFileName(), IpsValidator.ACCEPTED_ERRORS, IpsValidator.WARNINGS)
					.isEmpty();
		}
		assertThat(listed)
				.as("rows that match no issue any more: delete them")
				.allSatisfy(row -> assertThat(all).as(row.toString()).anyMatch(row::matches));
	}

	private static long count(List<ValidationMessage> issues, IssueSeverity severity) {
		return issues.stream().filter(issue -> issue.getLevel() == severity).count();
	}

	@Test
	void aWarmSummaryOfTheCaseTakes() {
		String id = patientId(ExampleBundle.PATH);
		summaryJson(id, "");
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			summaryJson(id, "");
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		log.info("warm $summary of the case, 5 calls (ms): {}", millis); // measured, not asserted
	}

	@Test
	void documentOfAStoredCompositionStartsWithIt() {
		String patient = patientId(ExampleBundle.PATH);
		Condition condition = (Condition) client.search()
				.forResource(Condition.class)
				.where(Condition.PATIENT.hasId(patient))
				.returnBundle(Bundle.class)
				.execute()
				.getEntryFirstRep()
				.getResource();
		Composition stored = new Composition()
				.setStatus(Composition.CompositionStatus.FINAL)
				.setSubject(new Reference(patient))
				.setDate(new java.util.Date())
				.setTitle("Transfer note")
				.addAuthor(new Reference(patient));
		stored.getType().addCoding().setSystem(LOINC).setCode("60591-5");
		stored.addSection()
				.setTitle("Problems")
				.addEntry(new Reference(condition.getIdElement().toUnqualifiedVersionless()));
		stored.getText()
				.setStatus(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED)
				.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Transfer note</div>");
		String id = client.create()
				.resource(stored)
				.execute()
				.getId()
				.toUnqualifiedVersionless()
				.getValue();

		HttpResponse<String> response = get("/" + id + "/$document");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		writeForReading(Path.of("document.json"), response.body());
		Bundle document = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
		log.info(
				"$document of a stored Composition: {} entries, identifier {}, timestamp {}",
				document.getEntry().size(),
				document.hasIdentifier(),
				document.hasTimestamp());
		assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
		assertThat(document.getIdentifier().getValue()).startsWith("urn:uuid:");
		assertThat(document.getTimestamp()).isNotNull();
		assertThat(document.hasTotal()).isFalse();
		assertThat(document.getEntry()).noneMatch(Bundle.BundleEntryComponent::hasSearch);
		assertThat(document.getEntryFirstRep()
						.getResource()
						.getIdElement()
						.toUnqualifiedVersionless()
						.getValue())
				.isEqualTo(id);
		assertThat(document.getEntry().stream()
						.map(e -> e.getResource()
								.getIdElement()
								.toUnqualifiedVersionless()
								.getValue()))
				.contains(
						patient,
						condition.getIdElement().toUnqualifiedVersionless().getValue());
	}

	@Test
	void anUnknownPatientOrCompositionIs404() {
		assertOutcome(get("/Composition/no-such-composition-4711/$document"), 404);
		assertOutcome(get("/Patient/no-such-patient-4711/$summary"), 404);
		assertOutcome(get("/Patient/$summary?identifier=" + encode("urn:test:none|nobody")), 404);
	}

	@Test
	void wrongParametersAre400() {
		String id = patientId(ExampleBundle.PATH);
		assertOutcome(get("/" + id + "/$summary?profile=" + encode("http://example.org/other-document")), 400);
		assertOutcome(get("/Patient/$summary"), 400);
		assertOutcome(get("/Patient/$summary?identifier=" + encode("urn:test:none|")), 400);
	}

	/** Each summary under target/summaries, to read after the run. */
	private static void writeForReading(Path example, String json) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "summaries"));
			Files.writeString(folder.resolve(example.getFileName()), json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void assertOutcome(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(FHIR.newJsonParser().parseResource(response.body())).isInstanceOf(OperationOutcome.class);
		assertThat(response.body()).doesNotContain("at org.", "at ca.uhn");
	}

	private Bundle summary(String patientId) {
		return FHIR.newJsonParser().parseResource(Bundle.class, summaryJson(patientId, ""));
	}

	private String summaryJson(String patientId, String query) {
		HttpResponse<String> response = get("/" + patientId + "/$summary" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> get(String path) {
		try {
			return HTTP.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir" + path))
							.header("Accept", "application/fhir+json")
							.build(),
					HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The server id of an example bundle's patient, found by its identifier. */
	private String patientId(Path example) {
		Identifier identifier = ((Patient) read(example).getEntry().stream()
						.map(Bundle.BundleEntryComponent::getResource)
						.filter(Patient.class::isInstance)
						.findFirst()
						.orElseThrow())
				.getIdentifierFirstRep();
		Bundle found = client.search()
				.forResource(Patient.class)
				.where(Patient.IDENTIFIER.exactly().systemAndIdentifier(identifier.getSystem(), identifier.getValue()))
				.returnBundle(Bundle.class)
				.execute();
		return found.getEntryFirstRep()
				.getResource()
				.getIdElement()
				.toUnqualifiedVersionless()
				.getValue();
	}

	/** The latest effective date of the example's Observations with this local code. */
	private static String latest(Path example, String code) {
		return read(example).getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(Observation.class::isInstance)
				.map(Observation.class::cast)
				.filter(o -> o.getCode().hasCoding(LOCAL, code))
				.max(java.util.Comparator.comparing(
						o -> o.getEffectiveDateTimeType().getValue()))
				.orElseThrow()
				.getEffectiveDateTimeType()
				.getValueAsString();
	}

	private static List<Resource> targets(Bundle document, Composition.SectionComponent section) {
		return section.getEntry().stream()
				.map(reference -> resolve(document, reference))
				.toList();
	}

	private static Resource resolve(Bundle document, Reference reference) {
		String target = reference.getReference();
		return document.getEntry().stream()
				.filter(entry ->
						entry.getFullUrl().equals(target) || entry.getFullUrl().endsWith("/" + target))
				.map(Bundle.BundleEntryComponent::getResource)
				.findFirst()
				.orElseThrow(() -> new AssertionError("no entry for " + target));
	}

	private static Bundle read(Path file) {
		try {
			return FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(file.toAbsolutePath()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String describe(ValidationMessage issue) {
		return "  " + issue.getLevel().toCode() + " at " + issue.getLocation() + ": " + issue.getMessage();
	}
}
