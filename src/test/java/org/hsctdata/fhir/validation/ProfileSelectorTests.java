package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Tests for {@link ProfileSelector} against the package on the classpath and the conformance fixtures. */
class ProfileSelectorTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final List<IBaseResource> PACKAGE =
			ImplementationGuide.fromClasspath().resources(FHIR);

	static final ProfileSelector SELECTOR = ProfileSelector.of(PACKAGE, FHIR);

	static final String MRD = Canonicals.structureDefinition("mrd-observation");

	/** A fixture without its claim. */
	static Resource unclaimed(String fixture) {
		Resource resource = (Resource) Fixtures.read(fixture);
		resource.getMeta().setProfile(List.of());
		return resource;
	}

	static List<String> profiles(List<ProfileSelector.HeldTo> heldTo) {
		return heldTo.stream().map(ProfileSelector.HeldTo::profile).toList();
	}

	@Test
	void holdsAnUnclaimedMrdResultToTheMrdProfileAndSaysWhy() {
		Observation mrd = (Observation) unclaimed("mrd-observation/p1-pass.json");
		Coding code = mrd.getCode().getCodingFirstRep();

		List<ProfileSelector.HeldTo> heldTo = SELECTOR.select(mrd, EnforcementPolicy.CONTENT);

		assertThat(heldTo).singleElement().satisfies(held -> {
			assertThat(held.profile()).isEqualTo(MRD);
			assertThat(held.description())
					.isEqualTo("held to " + MRD + " because Observation.code is " + code.getSystem() + "|"
							+ code.getCode());
		});
	}

	@Test
	void holdsOrdinaryEhrDataToNoProfile() {
		Observation creatinine = new Observation();
		creatinine.setStatus(Observation.ObservationStatus.FINAL);
		creatinine.addCategory(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")));
		creatinine.setCode(new CodeableConcept(new Coding("http://loinc.org", "2160-0", "Creatinine")));
		Condition hypertension = new Condition();
		hypertension.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "59621000", "Hypertension")));

		assertThat(SELECTOR.select(creatinine, EnforcementPolicy.CONTENT)).isEmpty();
		assertThat(SELECTOR.select(creatinine, EnforcementPolicy.STRICT)).isEmpty();
		assertThat(SELECTOR.select(hypertension, EnforcementPolicy.CONTENT))
				.as("a slice that fixes only the system (any SNOMED CT code) identifies nothing")
				.isEmpty();
	}

	@Test
	void neverIdentifiesByCategoryAlone() {
		Observation mrd = (Observation) unclaimed("mrd-observation/p1-pass.json");
		mrd.setCode(new CodeableConcept(new Coding("http://loinc.org", "718-7", "Hemoglobin")));

		assertThat(mrd.getCategory()).isNotEmpty();
		assertThat(SELECTOR.select(mrd, EnforcementPolicy.CONTENT)).isEmpty();
		assertThat(SELECTOR.identifyingCodes().values())
				.noneSatisfy(codes -> assertThat(codes)
						.contains("http://terminology.hl7.org/CodeSystem/observation-category|laboratory"));
	}

	@Test
	void holdsAClaimingResourceToItsClaimAndNotAgainByContent() {
		Observation mrd = (Observation) Fixtures.read("mrd-observation/p1-pass.json");

		assertThat(SELECTOR.select(mrd, EnforcementPolicy.CONTENT))
				.containsExactly(new ProfileSelector.HeldTo(MRD, "meta.profile claims it"));
		assertThat(SELECTOR.claimsOneOfOurs(mrd)).isTrue();
	}

	@Test
	void underOpenHoldsAResourceOnlyToWhatItClaims() {
		assertThat(SELECTOR.select(unclaimed("mrd-observation/p1-pass.json"), EnforcementPolicy.OPEN))
				.isEmpty();
	}

	@Test
	void holdsAnUnclaimedDrugToTheMostGeneralMatchingProfile() {
		MedicationAdministration immunotherapy =
				(MedicationAdministration) unclaimed("immunotherapy-administration/p1-pass.json");
		MedicationAdministration claimed =
				(MedicationAdministration) Fixtures.read("immunotherapy-administration/p1-pass.json");

		assertThat(profiles(SELECTOR.select(immunotherapy, EnforcementPolicy.CONTENT)))
				.containsExactly(Canonicals.structureDefinition("cancer-medication-administration"));
		assertThat(profiles(SELECTOR.select(claimed, EnforcementPolicy.CONTENT)))
				.as("the claimed child already includes its parent")
				.containsExactly(Canonicals.structureDefinition("immunotherapy-administration"));
		assertThat(SELECTOR.select(immunotherapy, EnforcementPolicy.CONTENT)
						.get(0)
						.reason())
				.startsWith("MedicationAdministration.medication[x] is ");
	}

	@Test
	void holdsTheUnclaimedFirstPassingFixtureOfEveryIdentifiableProfileToItOrAnAncestor() {
		assertThat(SELECTOR.identifyingCodes()).isNotEmpty();
		for (String profile : SELECTOR.identifyingCodes().keySet()) {
			String id = profile.substring(profile.lastIndexOf('/') + 1);
			String fixture = Fixtures.passing().stream()
					.filter(f -> Fixtures.profileId(f).equals(id))
					.findFirst()
					.orElseThrow();
			Resource resource = unclaimed(fixture);

			assertThat(profiles(SELECTOR.select(resource, EnforcementPolicy.CONTENT)))
					.as(fixture)
					.isNotEmpty()
					.allSatisfy(held -> assertThat(held).isIn(lineOf(profile)));
		}
	}

	@Test
	void appliesProfilesWithoutIdentifyingCodesOnlyWhenClaimed() {
		for (String id : List.of("ball-patient", "donor-related-person", "hsct-graft", "treatment-protocol")) {
			assertThat(SELECTOR.identifyingCodes()).doesNotContainKey(Canonicals.structureDefinition(id));
			assertThat(SELECTOR.select(unclaimed(id + "/p1-pass.json"), EnforcementPolicy.CONTENT))
					.as(id)
					.isEmpty();
		}
		assertThat(SELECTOR.claimsOneOfOurs(new Patient())).isFalse();
	}

	@Test
	void coversEveryResourceTypeOfOurProfiles() {
		assertThat(SELECTOR.profilesByType())
				.containsKeys("Patient", "Observation", "Condition", "Procedure", "MedicationAdministration")
				.allSatisfy((type, profiles) -> assertThat(profiles).isNotEmpty());
	}

	/** The profile and the one it derives from. */
	/** The profile and its ancestors, up to the core resource. */
	static List<String> lineOf(String profile) {
		List<String> line = new ArrayList<>(List.of(profile));
		String current = profile;
		while (current != null) {
			String child = current;
			current = PACKAGE.stream()
					.filter(StructureDefinition.class::isInstance)
					.map(StructureDefinition.class::cast)
					.filter(sd -> sd.getUrl().equals(child))
					.map(StructureDefinition::getBaseDefinition)
					.findFirst()
					.orElse(null);
			if (current != null) {
				line.add(current);
			}
		}
		return line;
	}
}
