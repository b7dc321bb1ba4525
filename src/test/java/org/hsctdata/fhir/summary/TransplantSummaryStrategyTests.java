package org.hsctdata.fhir.summary;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** Tests for the parts of {@link TransplantSummaryStrategy} that need no database. */
class TransplantSummaryStrategyTests {

	static final TransplantSummaryStrategy STRATEGY =
			new TransplantSummaryStrategy(Mockito.mock(DaoRegistry.class), FhirContext.forR4Cached());

	static List<String> sectionCodes(Composition composition) {
		return composition.getSection().stream()
				.map(section -> section.getCode().getCodingFirstRep().getCode())
				.toList();
	}

	@Test
	void anAnonymousPatientGetsADataAbsentReasonForNameAndBirthDate() {
		Patient patient = TransplantSummaryStrategy.withAbsentReasons(new Patient());

		assertThat(patient.getNameFirstRep().getText()).isEqualTo("Name not recorded");
		assertThat(patient.getNameFirstRep().getExtensionByUrl(TransplantSummaryStrategy.DATA_ABSENT_REASON))
				.isNotNull();
		assertThat(patient.getBirthDateElement().getValue()).isNull();
		assertThat(patient.getBirthDateElement().getExtensionByUrl(TransplantSummaryStrategy.DATA_ABSENT_REASON))
				.isNotNull();
	}

	@Test
	void aPatientWithANameAndBirthDateIsLeftAsItIs() {
		Patient patient = new Patient().setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2001-04-18"));
		patient.addName().setFamily("Doe");

		Patient summarised = TransplantSummaryStrategy.withAbsentReasons(patient);

		assertThat(summarised.getName())
				.singleElement()
				.satisfies(name -> assertThat(name.hasExtension()).isFalse());
		assertThat(summarised.getBirthDateElement().hasExtension()).isFalse();
	}

	@Test
	void everyRequiredSectionWithoutEntriesSaysWhyItIsEmpty() {
		Composition composition = new Composition();
		composition
				.addSection()
				.getCode()
				.addCoding()
				.setSystem("http://loinc.org")
				.setCode("10160-0");
		Bundle document = new Bundle();
		document.addEntry().setResource(composition);

		STRATEGY.postManipulateIpsBundle(document);

		assertThat(sectionCodes(composition)).containsExactly("10160-0", "48765-2", "11450-4");
		assertThat(composition.getSection().subList(1, 3)).allSatisfy(section -> {
			assertThat(section.getEmptyReason().getCodingFirstRep().getCode()).isEqualTo("unavailable");
			assertThat(section.getText().getDivAsString()).contains("No information");
			assertThat(section.getTitle()).isNotBlank();
		});
		assertThat(composition.getSectionFirstRep().hasEmptyReason()).isFalse();
	}

	@Test
	void theAuthorIsThisServerAsADevice() {
		assertThat(STRATEGY.createAuthor()).isInstanceOfSatisfying(Device.class, device -> {
			assertThat(device.getDeviceNameFirstRep().getName()).isEqualTo("B-ALL / HSCT FHIR server");
			assertThat(device.getIdElement().getValue()).startsWith("urn:uuid:");
			assertThat(device.getText().getDivAsString()).contains("assembled this summary");
		});
	}
}
