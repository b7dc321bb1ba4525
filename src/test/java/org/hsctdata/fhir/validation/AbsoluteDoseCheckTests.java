package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hsctdata.fhir.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link AbsoluteDoseCheck}, on the shipped fixture of 200 mg/m² given with a body surface area of
 * 1.52 m² (304 mg).
 */
class AbsoluteDoseCheckTests {

	static final Observation BSA = (Observation) Fixtures.read("body-surface-area-observation/p1-pass.json");

	static MedicationAdministration administration() {
		return (MedicationAdministration) Fixtures.read("cancer-medication-administration/p2-pass.json");
	}

	static List<SingleValidationMessage> check(MedicationAdministration administration, Observation basis) {
		return AbsoluteDoseCheck.check(administration, reference -> Optional.ofNullable(basis));
	}

	static MedicationAdministration withAbsoluteDose(String value, String unit) {
		MedicationAdministration administration = administration();
		Extension absolute = administration.getDosage().getExtensionByUrl(AbsoluteDoseCheck.ABSOLUTE_DOSE);
		absolute.setValue(new Quantity()
				.setValue(new BigDecimal(value))
				.setSystem("http://unitsofmeasure.org")
				.setCode(unit));
		return administration;
	}

	@Test
	void acceptsTheNormalisedDoseTimesTheBodySurfaceArea() {
		assertThat(check(administration(), BSA)).isEmpty();
	}

	@Test
	void acceptsRoundingWithinOnePercentAndOtherMassUnits() {
		assertThat(check(withAbsoluteDose("306", "mg"), BSA)).isEmpty();
		assertThat(check(withAbsoluteDose("0.304", "g"), BSA)).isEmpty();
	}

	@Test
	void rejectsAnAbsoluteDoseThatIsNotTheProduct() {
		List<SingleValidationMessage> issues = check(withAbsoluteDose("290", "mg"), BSA);

		assertThat(issues).singleElement().satisfies(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(ResultSeverityEnum.ERROR);
			assertThat(issue.getMessage()).contains("HSCT-0100", "290 mg", "200 mg/m2 x 1.52 m2 = 304 mg");
			assertThat(issue.getLocationString()).startsWith("MedicationAdministration.dosage.extension");
		});
	}

	@Test
	void checksAPerKilogramDoseAgainstABodyWeightInGrams() {
		Observation weight = new Observation();
		weight.setValue(new Quantity()
				.setValue(60000)
				.setSystem("http://unitsofmeasure.org")
				.setCode("g"));

		assertThat(check(perKilogram("600"), weight)).isEmpty();
		assertThat(check(perKilogram("700"), weight))
				.singleElement()
				.satisfies(issue -> assertThat(issue.getMessage()).contains("10 mg/kg x 60000 g = 600 mg"));
	}

	/** 10 mg/kg given as the absolute dose in mg. */
	static MedicationAdministration perKilogram(String absoluteMg) {
		MedicationAdministration administration = withAbsoluteDose(absoluteMg, "mg");
		administration.getDosage().getDose().setValue(10).setCode("mg/kg").setUnit("mg/kg");
		return administration;
	}

	@Test
	void warnsWhenTheBasisCannotBeRead() {
		List<SingleValidationMessage> issues = check(administration(), null);

		assertThat(issues).singleElement().satisfies(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(ResultSeverityEnum.WARNING);
			assertThat(issue.getMessage()).contains("HSCT-0101", "body surface area");
		});
	}

	@Test
	void ignoresAnAdministrationWithoutAbsoluteDose() {
		MedicationAdministration noAbsoluteDose =
				(MedicationAdministration) Fixtures.read("cancer-medication-administration/p1-pass.json");

		assertThat(check(noAbsoluteDose, null)).isEmpty();
	}
}
