package org.hsctdata.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hsctdata.fhir.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link ImplementationGuide}: the package the build makes from {@code fhir-profiles/}, and the joins
 * between it, {@link Canonicals} and the fixtures.
 */
class ImplementationGuideTests {

	static final ImplementationGuide GUIDE = ImplementationGuide.fromClasspath();

	static List<MetadataResource> artifacts() {
		return GUIDE.resources(FhirContext.forR4Cached()).stream()
				.map(MetadataResource.class::cast)
				.toList();
	}

	@Test
	void packageCanonicalIsTheBaseOfCanonicals() {
		assertThat(GUIDE.canonical()).isEqualTo(Canonicals.BASE);
		assertThat(GUIDE.npmPackage().fhirVersion()).isEqualTo("4.0.1");
	}

	@Test
	void everyArtifactIsActiveAndLivesUnderTheCanonicalBase() {
		assertThat(artifacts()).isNotEmpty().allSatisfy(artifact -> {
			// HAPI installs only active conformance resources from a package.
			assertThat(artifact.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
			assertThat(artifact.getUrl()).startsWith(Canonicals.BASE + "/");
			assertThat(artifact.getVersion()).isEqualTo(GUIDE.version());
		});
	}

	@Test
	void everyProfileShipsWithASnapshot() {
		assertThat(profiles())
				.allSatisfy(profile -> assertThat(profile.hasSnapshot()).isTrue());
	}

	@Test
	void canonicalsNameArtifactsOfThePackage() {
		Set<String> urls =
				new TreeSet<>(artifacts().stream().map(MetadataResource::getUrl).toList());

		assertThat(urls).contains(Canonicals.LOCAL_CODE_SYSTEM);
	}

	@Test
	void everyProfileHasAPassingAndAFailingFixture() {
		Set<String> profileIds = new TreeSet<>(
				profiles().stream().map(StructureDefinition::getIdPart).toList());
		Set<String> withPass = new TreeSet<>(
				Fixtures.passing().stream().map(Fixtures::profileId).toList());
		Set<String> withFail = new TreeSet<>(
				Fixtures.failing().stream().map(Fixtures::profileId).toList());

		assertThat(withPass).as("profiles with a passing fixture").isEqualTo(profileIds);
		assertThat(withFail).as("profiles with a failing fixture").isEqualTo(profileIds);
	}

	@Test
	void theProfileTableListsEveryProfileOfThePackageWithItsResourceType() throws IOException {
		String page = Files.readString(Path.of("docs", "profiles.md"));
		int start = page.indexOf("\n## The profiles\n");
		String section = page.substring(start, page.indexOf("\n## ", start + 1));
		Set<String> rows = new TreeSet<>();
		// | Profile | Id | Resource | What it constrains |, below the header row
		section.lines().filter(line -> line.startsWith("| ")).skip(1).forEach(line -> {
			String[] cells = line.split("\\|");
			rows.add(cells[2].strip() + " " + cells[3].strip().split(" ")[0]);
		});
		Set<String> profiles = new TreeSet<>(profiles().stream()
				.map(profile -> profile.getIdPart() + " " + profile.getType())
				.toList());

		assertThat(rows)
				.as("id and resource type in the profile table of docs/profiles.md")
				.isEqualTo(profiles);
	}

	/** The resource profiles (not extensions, not data types) of the package. */
	static List<StructureDefinition> profiles() {
		return artifacts().stream()
				.filter(StructureDefinition.class::isInstance)
				.map(StructureDefinition.class::cast)
				.filter(sd -> sd.getKind() == StructureDefinitionKind.RESOURCE)
				.filter(sd -> sd.getDerivation() == TypeDerivationRule.CONSTRAINT)
				.toList();
	}
}
