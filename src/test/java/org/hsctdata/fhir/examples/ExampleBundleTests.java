package org.hsctdata.fhir.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.support.ExampleBundle;
import org.junit.jupiter.api.Test;

/**
 * Tests for the shipped example case ({@link ExampleBundle}): its shape as a transaction and its internal consistency
 * with the report (Bondarenko et al. 2020): transplant days, doses as reported with their normalisation basis, and
 * events in the order the report gives. Its validity against our profiles, entry by entry, is tested with every other
 * bundle of {@code examples/} by {@link SyntheticExampleTests}.
 */
class ExampleBundleTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final String NORMALIZATION_BASIS = Canonicals.structureDefinition("normalization-basis");

	static final String BODY_SURFACE_AREA = "301898006";

	static final String BODY_WEIGHT = "363804004";

	@Test
	void isATransactionOfConditionalCreatesWithUrnUuidFullUrls() {
		Bundle bundle = ExampleBundle.read();

		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
		assertThat(bundle.getEntry()).hasSize(62).allSatisfy(entry -> {
			assertThat(entry.getFullUrl()).startsWith("urn:uuid:");
			assertThat(entry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
			assertThat(entry.getRequest().getIfNoneExist()).contains(ExampleBundle.slug(entry.getResource()));
		});
		assertThat(bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl))
				.doesNotHaveDuplicates();
	}

	@Test
	void everyReferenceResolvesInsideTheBundle() {
		Bundle bundle = ExampleBundle.read();
		Set<String> fullUrls = bundle.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getFullUrl)
				.collect(Collectors.toSet());
		FhirTerser terser = FHIR.newTerser();

		List<String> references = bundle.getEntry().stream()
				.flatMap(entry ->
						terser.getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class).stream())
				.map(Reference::getReference)
				.toList();

		assertThat(references)
				.hasSizeGreaterThan(100)
				.allSatisfy(reference -> assertThat(fullUrls).contains(reference));
	}

	@Test
	void transplantDaysAgreeWithTheProcedureDates() {
		LocalDate firstTransplant =
				date(ExampleBundle.<Procedure>resource("hsct-1").getPerformedDateTimeType());
		LocalDate secondTransplant =
				date(ExampleBundle.<Procedure>resource("hsct-2").getPerformedDateTimeType());
		MedicationAdministration tacrolimus = ExampleBundle.resource("tacrolimus");
		MedicationAdministration lastInotuzumab = ExampleBundle.resource("inotuzumab-3");

		assertThat(firstTransplant).isEqualTo("2018-12-11");
		assertThat(secondTransplant).isEqualTo("2019-09-05");
		assertThat(engraftmentDay("engraftment-1")).isEqualTo(11);
		assertThat(date(ExampleBundle.<Observation>resource("engraftment-1").getEffectiveDateTimeType()))
				.isEqualTo(firstTransplant.plusDays(11));
		assertThat(engraftmentDay("engraftment-2")).isEqualTo(23);
		assertThat(date(ExampleBundle.<Observation>resource("engraftment-2").getEffectiveDateTimeType()))
				.isEqualTo(secondTransplant.plusDays(23));
		assertThat(date(tacrolimus.getEffectivePeriod().getEndElement())).isEqualTo(secondTransplant.plusDays(100));
		assertThat(date(lastInotuzumab.getEffectiveDateTimeType())).isEqualTo(secondTransplant.minusDays(28));
	}

	@Test
	void dosesAreAsReportedWithTheirNormalisationBasis() {
		assertThat(Stream.of("inotuzumab-1", "inotuzumab-2", "inotuzumab-3")
						.map(slug -> ExampleBundle.<MedicationAdministration>resource(slug)))
				.extracting(dose -> dose.getDosage().getDose().getValue().toPlainString() + " "
						+ dose.getDosage().getDose().getCode() + " " + basis(dose))
				.containsExactly(
						"1.8 mg/m2 " + BODY_SURFACE_AREA,
						"0.8 mg/m2 " + BODY_SURFACE_AREA,
						"0.5 mg/m2 " + BODY_SURFACE_AREA);
		assertThat(doseWithBasis("conditioning-2-busulfan")).isEqualTo("10 mg/kg " + BODY_WEIGHT);
		assertThat(doseWithBasis("prephase-cyclophosphamide")).isEqualTo("200 mg/kg " + BODY_WEIGHT);
		assertThat(ExampleBundle.json())
				.as("no weight, body surface area or absolute dose is invented")
				.doesNotContain(Canonicals.structureDefinition("absolute-dose"))
				.doesNotContain(Canonicals.structureDefinition("body-surface-area-observation"));
	}

	@Test
	void eventsAreInTheOrderOfTheReport() {
		List<String> timeline = Stream.of(
						"ball-condition",
						"status-2018-08-first-relapse",
						"mrd-2018-12-referral",
						"hsct-1",
						"engraftment-1",
						"status-2019-05-second-relapse",
						"marrow-blasts-2019-07",
						"inotuzumab-1",
						"inotuzumab-2",
						"inotuzumab-3",
						"hsct-2",
						"engraftment-2",
						"tacrolimus",
						"status-2020-06-follow-up")
				.map(ExampleBundleTests::when)
				.toList();

		for (int i = 1; i < timeline.size(); i++) {
			assertThat(notBefore(timeline.get(i), timeline.get(i - 1)))
					.as("%s comes after %s", timeline.get(i), timeline.get(i - 1))
					.isTrue();
		}
	}

	@Test
	void diseaseStatusSeriesFollowsTheCourseOfTheDisease() {
		List<Observation> series = ExampleBundle.resources().stream()
				.filter(resource -> ExampleBundle.slug(resource).startsWith("status-"))
				.map(Observation.class::cast)
				.toList();

		assertThat(series)
				.extracting(status -> status.getComponentFirstRep()
						.getValueCodeableConcept()
						.getCodingFirstRep()
						.getCode())
				.containsExactly(
						"277022003", // first remission
						"263855007", // first relapse
						"277022003", // second remission
						"277022003", // after HSCT #1
						"263855007", // second relapse
						"20646008", // refractory after blinatumomab
						"277022003", // remission after inotuzumab
						"277022003", // after HSCT #2
						"277022003"); // nine months
		assertThat(series)
				.allSatisfy(status ->
						assertThat(status.getFocusFirstRep().getReference()).isEqualTo(fullUrlOf("ball-condition")));
	}

	@Test
	void usesNoCodeFromTheDenyList() {
		assertThat(ExampleBundle.json())
				.doesNotContain("\"102113-8\"") // deprecated chimerism LOINC
				.doesNotContain("\"26464-8\"") // blood leukocytes, not CSF
				.doesNotContain("\"D11AH01\"") // topical tacrolimus
				.doesNotContain("\"174241000112100\"") // non-International SNOMED CT namespace
				.doesNotContain("\"444360002\""); // unreliable allogeneic HSCT code
	}

	@Test
	void hyperdiploidLeukaemiaIsCodedWithItsMorphologyAndTheInferenceIsSaid() {
		Condition condition = ExampleBundle.resource("ball-condition");
		CodeableConcept morphology = (CodeableConcept) condition
				.getExtensionByUrl(Canonicals.structureDefinition("histology-morphology-behavior"))
				.getValue();
		assertThat(morphology.getCodingFirstRep().getCode()).isEqualTo("9815/3");
		assertThat(condition.getNote())
				.anySatisfy(
						note -> assertThat(note.getText()).contains("9815/3").contains("Assumption:"));
		assertThat(ExampleBundle.json()).doesNotContain("b-lbl-hyperdiploid");
	}

	@Test
	void remissionAndRelapseNumbersFollowTheCourse() {
		List<String> numbers = ExampleBundle.resources().stream()
				.filter(resource -> ExampleBundle.slug(resource).startsWith("status-"))
				.map(Observation.class::cast)
				.map(status -> status.getComponent().stream()
						.filter(component -> component
								.getCode()
								.getCodingFirstRep()
								.getCode()
								.endsWith("-number"))
						.map(component -> component
								.getValueCodeableConcept()
								.getCodingFirstRep()
								.getCode())
						.findFirst()
						.orElse("none"))
				.toList();
		assertThat(numbers)
				.containsExactly(
						"cr1",
						"relapse-1",
						"cr2",
						"cr2",
						"relapse-2",
						"relapse-2",
						"cr3-or-later",
						"cr3-or-later",
						"cr3-or-later");
	}

	static int engraftmentDay(String slug) {
		return ExampleBundle.<Observation>resource(slug).getComponent().stream()
				.filter(component -> component.getValue() instanceof IntegerType)
				.map(component -> ((IntegerType) component.getValue()).getValue())
				.findFirst()
				.orElseThrow();
	}

	static String doseWithBasis(String slug) {
		MedicationAdministration administration = ExampleBundle.resource(slug);
		return administration.getDosage().getDose().getValue().toPlainString() + " "
				+ administration.getDosage().getDose().getCode() + " " + basis(administration);
	}

	static String basis(MedicationAdministration administration) {
		return ((CodeableConcept)
						administration.getExtensionByUrl(NORMALIZATION_BASIS).getValue())
				.getCodingFirstRep()
				.getCode();
	}

	static String fullUrlOf(String slug) {
		return ExampleBundle.read().getEntry().stream()
				.filter(entry -> ExampleBundle.slug(entry.getResource()).equals(slug))
				.map(Bundle.BundleEntryComponent::getFullUrl)
				.findFirst()
				.orElseThrow();
	}

	static LocalDate date(DateTimeType dateTime) {
		return LocalDate.parse(dateTime.getValueAsString().substring(0, 10));
	}

	/** The date an event happened, as precise as the example records it (a year, a month or a day). */
	static String when(String slug) {
		Resource resource = ExampleBundle.resource(slug);
		for (String element : List.of("effective[x]", "performed[x]", "onset[x]")) {
			Property property = resource.getNamedProperty(element);
			if (property != null && property.hasValues()) {
				Base value = property.getValues().get(0);
				return value instanceof Period period
						? period.getEndElement().getValueAsString()
						: ((DateTimeType) value).getValueAsString();
			}
		}
		throw new IllegalArgumentException(slug + " has no date");
	}

	/**
	 * Whether {@code later} is not before {@code earlier}; dates of different precision that overlap (2019-08 and
	 * 2019-08-08) are consistent either way.
	 */
	static boolean notBefore(String later, String earlier) {
		return later.compareTo(earlier) >= 0 || later.startsWith(earlier) || earlier.startsWith(later);
	}
}
