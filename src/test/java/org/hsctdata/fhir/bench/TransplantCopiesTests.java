package org.hsctdata.fhir.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hsctdata.fhir.support.PackageValidator.errors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import ca.uhn.fhir.validation.ValidationResult;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.PackageValidator;
import org.junit.jupiter.api.Test;

/** Tests for {@link TransplantCopies}. */
class TransplantCopiesTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final TransplantCopies COPIES = new TransplantCopies(FHIR, TransplantCopies.EXAMPLE);

	@Test
	void aCopyMeetsTheProfilesUnderStrictEnforcement() {
		Bundle copy = COPIES.copy(7);

		assertThat(copy.getEntry()).hasSize(62).allSatisfy(entry -> {
			Resource resource = entry.getResource();
			assertThat(resource.getMeta().getProfile()).isNotEmpty();
			ValidationResult result = PackageValidator.validate(resource);
			assertThat(errors(result))
					.as(() -> resource.fhirType() + ": "
							+ errors(result).stream()
									.map(issue -> issue.getLocationString() + ": " + issue.getMessage())
									.collect(Collectors.joining("\n")))
					.isEmpty();
		});
	}

	@Test
	void everyConditionalCreateAndIdentifierIsTheCopysOwn() {
		Bundle copy = COPIES.copy(3);
		FhirTerser terser = FHIR.newTerser();

		List<String> values = copy.getEntry().stream()
				.flatMap(entry ->
						terser.getAllPopulatedChildElementsOfType(entry.getResource(), Identifier.class).stream())
				.filter(identifier -> TransplantCopies.IDENTIFIER_SYSTEM.equals(identifier.getSystem()))
				.map(Identifier::getValue)
				.toList();

		assertThat(values).hasSize(62).allSatisfy(value -> assertThat(value).startsWith("ball-hsct-synthetic-3-"));
		assertThat(copy.getIdentifier().getValue()).isEqualTo("ball-hsct-synthetic-3-bundle");
		assertThat(copy.getEntry()).allSatisfy(entry -> {
			// the conditional create matches what the resource now carries (identifier, or tag where no
			// identifier search parameter exists), and nothing of the case
			String ifNoneExist = entry.getRequest().getIfNoneExist();
			String value = ifNoneExist.substring(ifNoneExist.indexOf('|') + 1);
			assertThat(value).startsWith("ball-hsct-synthetic-3-");
			assertThat(
							ifNoneExist.startsWith("_tag=")
									? entry.getResource().getMeta().getTag(TransplantCopies.IDENTIFIER_SYSTEM, value)
									: terser
											.getAllPopulatedChildElementsOfType(entry.getResource(), Identifier.class)
											.stream()
											.filter(identifier -> value.equals(identifier.getValue()))
											.findFirst()
											.orElse(null))
					.as(ifNoneExist)
					.isNotNull();
		});
	}

	@Test
	void fullUrlsAreNewAndEveryReferenceResolvesInsideTheCopy() {
		Bundle copy = COPIES.copy(2);
		Set<String> original = ExampleBundle.read().getEntry().stream()
				.map(Bundle.BundleEntryComponent::getFullUrl)
				.collect(Collectors.toSet());
		Set<String> fullUrls = copy.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getFullUrl)
				.collect(Collectors.toSet());
		FhirTerser terser = FHIR.newTerser();

		List<String> references = copy.getEntry().stream()
				.flatMap(entry ->
						terser.getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class).stream())
				.map(Reference::getReference)
				.toList();

		assertThat(fullUrls).hasSize(62).doesNotContainAnyElementsOf(original);
		assertThat(fullUrls)
				.doesNotContainAnyElementsOf(COPIES.copy(1).getEntry().stream()
						.map(Bundle.BundleEntryComponent::getFullUrl)
						.toList());
		assertThat(references)
				.hasSizeGreaterThan(100)
				.allSatisfy(reference -> assertThat(fullUrls).contains(reference));
	}

	@Test
	void datesMoveByTheCopysShiftAndKeepTheirPrecisionAndIntervals() {
		Bundle copy = COPIES.copy(5);
		int shift = TransplantCopies.shiftDays(5);
		Procedure hsct = resource(copy, 5, "hsct-1");
		Observation engraftment = resource(copy, 5, "engraftment-1");
		Observation karyotype = resource(copy, 5, "karyotype-2015-09");

		assertThat(shift).isEqualTo(-65);
		assertThat(date(hsct.getPerformedDateTimeType()))
				.isEqualTo(LocalDate.parse("2018-12-11").plusDays(shift));
		assertThat(ChronoUnit.DAYS.between(
						date(hsct.getPerformedDateTimeType()), date(engraftment.getEffectiveDateTimeType())))
				.isEqualTo(11);
		// 2015-09 means from 2015-09-01 on; 65 days earlier is 2015-06-28, and a month stays a month
		assertThat(karyotype.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2015-06");
	}

	/** The resource of a copy whose example identifier ends in {@code slug}, e.g. {@code hsct-1}. */
	@SuppressWarnings("unchecked")
	static <T extends Resource> T resource(Bundle copy, int number, String slug) {
		String value = TransplantCopies.prefix(number) + slug;
		return (T) copy.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(resource ->
						FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Identifier.class).stream()
								.anyMatch(identifier -> value.equals(identifier.getValue())))
				.findFirst()
				.orElseThrow();
	}

	static LocalDate date(DateTimeType dateTime) {
		return dateTime.getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}
}
