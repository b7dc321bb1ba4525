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
 * Tests for {@link AbsoluteDoseCheck}, on the shipped fixtures of 200 mg/m² given with a body surface area of
 * 1.52 m² (304 mg), of pegaspargase 2500 IU/m² (3800 IU) and of CAR-T cells 1.5 × 10⁶/kg for 30 kg (45 × 10⁶ cells).
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

	@Test
	void checksInternationalUnitsPerSquareMetreWithoutConvertingThemToMass() {
		MedicationAdministration pegaspargase =
				(MedicationAdministration) Fixtures.read("cancer-medication-administration/p3-pass.json");

		assertThat(check(pegaspargase, BSA)).isEmpty(); // 2500 [iU]/m2 x 1.52 m2 = 3800 [iU]

		pegaspargase
				.getDosage()
				.getExtensionByUrl(AbsoluteDoseCheck.ABSOLUTE_DOSE)
				.setValue(new Quantity()
						.setValue(2500)
						.setSystem("http://unitsofmeasure.org")
						.setCode("[iU]"));
		assertThat(check(pegaspargase, BSA))
				.singleElement()
				.satisfies(issue ->
						assertThat(issue.getMessage()).contains("HSCT-0100", "2500 [iU]/m2 x 1.52 m2 = 3800 [iU]"));
	}

	/** A body weight Observation in kg. */
	static Observation weightKg(String kg) {
		Observation weight = new Observation();
		weight.setValue(new Quantity()
				.setValue(new BigDecimal(kg))
				.setSystem("http://unitsofmeasure.org")
				.setCode("kg"));
		return weight;
	}

	@Test
	void checksTheTotalCellsOfACarTDosePerKilogram() {
		MedicationAdministration carT =
				(MedicationAdministration) Fixtures.read("car-t-cell-administration/p1-pass.json");

		assertThat(check(carT, weightKg("30"))).isEmpty(); // 1.5 10*6/kg x 30 kg = 45 10*6 cells
		assertThat(check(carT, weightKg("40")))
				.singleElement()
				.satisfies(issue -> assertThat(issue.getMessage())
						.contains("HSCT-0100", "45 10*6", "1.5 10*6/kg x 40 kg = 60 10*6"));
	}

	@Test
	void convertsBetweenCellCountUnits() {
		MedicationAdministration carT =
				(MedicationAdministration) Fixtures.read("car-t-cell-administration/p1-pass.json");
		carT.getDosage()
				.getExtensionByUrl(AbsoluteDoseCheck.ABSOLUTE_DOSE)
				.setValue(new Quantity()
						.setValue(new BigDecimal("0.45"))
						.setSystem("http://unitsofmeasure.org")
						.setCode("10*8"));
		assertThat(check(carT, weightKg("30"))).isEmpty();

		carT.getDosage().getDose().setValue(1500000).setCode("/kg").setUnit("/kg"); // cells per kg, unscaled
		assertThat(check(carT, weightKg("30"))).isEmpty();
	}

	@Test
	void rejectsAnAbsoluteDoseOfAnotherKindThanTheDose() {
		MedicationAdministration carT =
				(MedicationAdministration) Fixtures.read("car-t-cell-administration/p1-pass.json");
		carT.getDosage()
				.getExtensionByUrl(AbsoluteDoseCheck.ABSOLUTE_DOSE)
				.setValue(new Quantity()
						.setValue(45)
						.setSystem("http://unitsofmeasure.org")
						.setCode("mg"));

		assertThat(check(carT, weightKg("30"))).singleElement().satisfies(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(ResultSeverityEnum.ERROR);
			assertThat(issue.getMessage()).contains("HSCT-0120", "mg is a mass", "10*6/kg is a number of cells");
		});
		assertThat(check(withAbsoluteDose("304", "[iU]"), BSA))
				.singleElement()
				.satisfies(issue -> assertThat(issue.getMessage()).contains("HSCT-0120", "international units"));
	}

	@Test
	void ignoresAnAbsoluteDoseWithoutAValue() {
		MedicationAdministration administration = administration();
		((Quantity) administration
						.getDosage()
						.getExtensionByUrl(AbsoluteDoseCheck.ABSOLUTE_DOSE)
						.getValue())
				.setValueElement(null);

		assertThat(check(administration, BSA)).isEmpty();
	}
}
