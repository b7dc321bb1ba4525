package org.hsctdata.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.web.ProfileCatalogue.Artifact;
import org.hsctdata.fhir.web.ProfileCatalogue.ElementRow;
import org.hsctdata.fhir.web.ProfileCatalogue.ExampleUse;
import org.junit.jupiter.api.Test;

/** Tests for {@link ProfileCatalogue} and {@link ProfilePage}: the documentation read from the package and examples. */
class ProfileCatalogueTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final ImplementationGuide GUIDE = ImplementationGuide.fromClasspath();

	static final ExampleCases EXAMPLES = ExampleCases.fromClasspath(new ObjectMapper());

	static final ProfileCatalogue CATALOGUE = ProfileCatalogue.of(GUIDE, FHIR, EXAMPLES);

	static final Map<String, Artifact> BY_URL =
			CATALOGUE.artifacts().stream().collect(Collectors.toMap(Artifact::url, Function.identity()));

	@Test
	void listsEveryArtifactOfThePackageOnce() {
		List<String> urls = GUIDE.resources(FHIR).stream()
				.map(resource -> ((MetadataResource) resource).getUrl())
				.toList();

		assertThat(CATALOGUE.artifacts()).extracting(Artifact::url).containsExactlyInAnyOrderElementsOf(urls);
		assertThat(CATALOGUE.sections())
				.extracting(ProfileCatalogue.Section::title)
				.containsExactly("Profiles", "Extensions", "Value sets", "Code systems", "Search parameters");
	}

	@Test
	void servesTheExampleBundleThatExamplesHolds() {
		assertThat(EXAMPLES.bundles())
				.extracting(ExampleCases.ExampleCase::name)
				.containsExactly(
						"ball-hsct-transaction-bundle",
						"synthetic-bcr-abl1-like-mud-pbsc-bundle",
						"synthetic-etv6-runx1-car-t-bundle",
						"synthetic-kmt2a-infant-cord-blood-bundle");
		assertThat(EXAMPLES.bundles().get(0).entries())
				.hasSize(ExampleBundle.read().getEntry().size());
		assertThat(EXAMPLES.bundles().get(0).href()).isEqualTo("/examples/ball-hsct-transaction-bundle.json");
		assertThat(EXAMPLES.entryResource("ball-hsct-transaction-bundle", 0))
				.hasValueSatisfying(resource ->
						assertThat(resource.path("resourceType").asText()).isEqualTo("Patient"));
		assertThat(EXAMPLES.entryResource("ball-hsct-transaction-bundle", 62)).isEmpty();
		assertThat(EXAMPLES.entryResource("no-such-bundle", 0)).isEmpty();
	}

	@Test
	void differentialRowsCarryCardinalityTypesBindingsAndMustSupport() {
		Artifact mrd = BY_URL.get(Canonicals.structureDefinition("mrd-observation"));
		Map<String, ElementRow> rows =
				mrd.elements().stream().collect(Collectors.toMap(ElementRow::path, Function.identity()));

		assertThat(rows.get("Observation.subject").min()).isEqualTo(1);
		assertThat(rows.get("Observation.subject").types().get(0).targetProfiles())
				.containsExactly("http://hl7.org/fhir/StructureDefinition/Patient");
		assertThat(rows.get("Observation.code").value()).contains(Canonicals.LOCAL_CODE_SYSTEM + "#mrd");
		assertThat(rows.get("Observation.method").binding().strength()).isEqualTo("extensible");
		assertThat(rows.get("Observation.method").binding().valueSet()).isEqualTo(Canonicals.valueSet("mrd-method-vs"));
		assertThat(rows.get("Observation.method").mustSupport()).isTrue();
		assertThat(mrd.invariants()).extracting(ProfileCatalogue.Invariant::key).contains("ball-hsct-1");
	}

	@Test
	void examplesOfAProfileAreTheEntriesThatClaimIt() {
		List<Resource> entries = exampleResources();
		for (Artifact artifact : CATALOGUE.sections().get(0).artifacts()) {
			long claiming = entries.stream()
					.filter(resource -> resource.getMeta().hasProfile(artifact.url()))
					.count();
			assertThat(artifact.examples()).as(artifact.url()).hasSize((int) claiming);
		}
		assertThat(BY_URL.get(Canonicals.structureDefinition("lymphocyte-count-observation"))
						.examples())
				.extracting(ExampleUse::label)
				.containsExactly("ball-hsct-case-lymphocytes-2019-05", "synthetic-3-lymphocytes-2022-03-21");
	}

	@Test
	void examplesOfExtensionsValueSetsAndCodeSystemsAreTheEntriesThatUseThem() {
		Map<String, Integer> uses = new TreeMap<>();
		for (String url : List.of(
				Canonicals.structureDefinition("ctcae-grade"),
				Canonicals.valueSet("immunotherapy-drug-vs"),
				Canonicals.LOCAL_CODE_SYSTEM)) {
			uses.put(url, BY_URL.get(url).examples().size());
		}

		assertThat(uses)
				// two adverse events in the published case, one in each synthetic patient
				.containsEntry(Canonicals.structureDefinition("ctcae-grade"), 5)
				// blinatumomab and the three inotuzumab doses of the published case, two blinatumomab cycles of
				// synthetic patient 1, the tisagenlecleucel infusion of synthetic patient 3
				.containsEntry(Canonicals.valueSet("immunotherapy-drug-vs"), 7);
		assertThat(uses.get(Canonicals.LOCAL_CODE_SYSTEM)).isGreaterThan(10);
		assertThat(BY_URL.get(Canonicals.valueSet("immunotherapy-drug-vs")).boundBy())
				.extracting(ProfileCatalogue.BindingUse::artifactUrl)
				.contains(Canonicals.structureDefinition("immunotherapy-administration"));
	}

	@Test
	void exampleLinksPointAtTheEntryAndAtItsSearchOnTheServer() {
		ExampleUse patient = BY_URL.get(Canonicals.structureDefinition("ball-patient"))
				.examples()
				.get(0);

		assertThat(patient.href()).isEqualTo("/examples/ball-hsct-transaction-bundle/entry/0");
		assertThat(patient.serverHref())
				.isEqualTo("/fhir/Patient?identifier=https%3A%2F%2Ffhir.hsctdata.org%2Fig%2Fball-hsct%2Fexample-id"
						+ "%7Cball-hsct-case-patient");
	}

	@Test
	void pageEscapesEveryTextAndListsEveryArtifact() {
		Artifact hostile = new Artifact(
				"StructureDefinition",
				"x",
				"<script>alert(1)</script>",
				"https://example.org/\"><img src=x>",
				"1",
				"a & b < c",
				"Observation",
				null,
				List.of(),
				List.of(),
				List.of(),
				List.of(),
				List.of(),
				List.of(),
				List.of());
		ProfileCatalogue catalogue = new ProfileCatalogue(
				"p#1",
				"https://example.org",
				"d",
				List.of(new ProfileCatalogue.Section("Profiles", "profiles", List.of(hostile))));

		String html = ProfilePage.render(catalogue);
		String real = ProfilePage.render(CATALOGUE);

		assertThat(html).doesNotContain("<script>", "<img").contains("&lt;script&gt;", "a &amp; b &lt; c");
		assertThat(real.split("<article class=\"artifact\"", -1))
				.hasSize(CATALOGUE.artifacts().size() + 1);
	}

	/** The resources of every example bundle in {@code examples/}: the published case and the synthetic patients. */
	static List<Resource> exampleResources() {
		try (Stream<Path> files = Files.list(ExampleBundle.PATH.toAbsolutePath().getParent())) {
			List<Resource> resources = new ArrayList<>();
			for (Path file :
					files.filter(name -> name.toString().endsWith(".json")).toList()) {
				FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(file)).getEntry().stream()
						.map(Bundle.BundleEntryComponent::getResource)
						.forEach(resources::add);
			}
			return resources;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
