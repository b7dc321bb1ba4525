package org.hsctdata.fhir.validation;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hsctdata.fhir.conformance.Canonicals;

/**
 * The rule of the absolute-dose extension that FHIRPath cannot check, because it needs the referenced Observation:
 * absolute dose = normalised dose × the body surface area (m²) or body weight (kg) the administration names in
 * {@code supportingInformation}, within 1 %.
 *
 * <p>Example: 200 mg/m² with a body surface area of 1.52 m² must come with an absolute dose of 304 mg (300.96 to
 * 307.04 mg are accepted as rounding).
 */
final class AbsoluteDoseCheck {

	static final String ABSOLUTE_DOSE = Canonicals.structureDefinition("absolute-dose");

	/** Relative tolerance for rounding of the absolute dose. */
	static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	/** UCUM mass units, in milligrams. */
	private static final Map<String, BigDecimal> MASS_IN_MG =
			Map.of("ug", new BigDecimal("0.001"), "mg", BigDecimal.ONE, "g", new BigDecimal("1000"));

	/** UCUM units of a basis Observation, in the unit the dose is normalised to (m² or kg). */
	private static final Map<String, BigDecimal> BASIS_UNITS =
			Map.of("m2", BigDecimal.ONE, "kg", BigDecimal.ONE, "g", new BigDecimal("0.001"));

	private AbsoluteDoseCheck() {}

	/**
	 * The issues of one administration; none when it carries no absolute dose.
	 *
	 * @param resolve finds the Observation a {@code supportingInformation} reference points to, if it can
	 */
	static List<SingleValidationMessage> check(
			MedicationAdministration administration, Function<Reference, Optional<Observation>> resolve) {
		Extension absoluteExtension = administration.getDosage().getExtensionByUrl(ABSOLUTE_DOSE);
		if (absoluteExtension == null
				|| !(absoluteExtension.getValue() instanceof Quantity absolute)
				|| !administration.getDosage().hasDose()) {
			return List.of();
		}
		Quantity dose = administration.getDosage().getDose();
		String[] doseUnit =
				dose.getCode() == null ? new String[0] : dose.getCode().split("/");
		if (doseUnit.length != 2
				|| !MASS_IN_MG.containsKey(doseUnit[0])
				|| !MASS_IN_MG.containsKey(absolute.getCode())) {
			return List.of(); // ball-hsct-6 and the unit bindings report these
		}
		String basisUnit = doseUnit[1];
		List<Observation> bases = new ArrayList<>();
		for (Reference reference : administration.getSupportingInformation()) {
			resolve.apply(reference)
					.filter(observation -> observation.getValue() instanceof Quantity quantity
							&& BASIS_UNITS.containsKey(quantity.getCode())
							&& basisUnit.equals(normalisedUnit(quantity.getCode())))
					.ifPresent(bases::add);
		}
		if (bases.size() != 1) {
			return List.of(issue(
					ResultSeverityEnum.WARNING,
					"HSCT-0101: the absolute dose cannot be checked: supportingInformation should name exactly one "
							+ ("m2".equals(basisUnit) ? "body surface area (m2)" : "body weight (kg)")
							+ " Observation the server can read, found " + bases.size()));
		}
		Quantity basis = (Quantity) bases.get(0).getValue();
		BigDecimal expectedMg = dose.getValue()
				.multiply(MASS_IN_MG.get(doseUnit[0]))
				.multiply(basis.getValue())
				.multiply(BASIS_UNITS.get(basis.getCode()));
		BigDecimal givenMg = absolute.getValue().multiply(MASS_IN_MG.get(absolute.getCode()));
		if (givenMg.subtract(expectedMg).abs().compareTo(expectedMg.multiply(TOLERANCE)) > 0) {
			return List.of(issue(
					ResultSeverityEnum.ERROR,
					"HSCT-0100: absolute dose " + absolute.getValue().toPlainString() + " " + absolute.getCode()
							+ " does not equal " + dose.getValue().toPlainString() + " " + dose.getCode() + " x "
							+ basis.getValue().toPlainString() + " " + basis.getCode() + " = "
							+ expectedMg
									.round(new MathContext(6))
									.stripTrailingZeros()
									.toPlainString()
							+ " mg (within 1 %)"));
		}
		return List.of();
	}

	private static String normalisedUnit(String basisCode) {
		return "m2".equals(basisCode) ? "m2" : "kg";
	}

	private static SingleValidationMessage issue(ResultSeverityEnum severity, String message) {
		SingleValidationMessage issue = new SingleValidationMessage();
		issue.setSeverity(severity);
		issue.setLocationString("MedicationAdministration.dosage.extension('" + ABSOLUTE_DOSE + "')");
		issue.setMessage(message);
		issue.setMessageId("hsct-absolute-dose");
		return issue;
	}
}
