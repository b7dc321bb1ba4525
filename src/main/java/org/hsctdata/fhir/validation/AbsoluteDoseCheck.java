package org.hsctdata.fhir.validation;

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
import org.hsctdata.fhir.rest.IssueCode;

/**
 * The rule of the absolute-dose extension that FHIRPath cannot check, because it needs the referenced Observation:
 * absolute dose = normalised dose × the body surface area (m²) or body weight (kg) the administration names in
 * {@code supportingInformation}, within 1 %.
 *
 * <p>Doses come in three kinds of amount, and the absolute dose must be of the same kind as the normalised dose:
 * a mass (µg, mg, g), international units ({@code [iU]}, e.g. asparaginase in IU/m²) or a number of cells (a CAR-T
 * dose in {@code 10*6/kg} or {@code /kg}, its total in {@code 10*6} or {@code 10*8} cells). Units of one kind are
 * converted into each other; units of different kinds never are (an IU or a cell is not a mass), so an absolute
 * dose of another kind is an error of its own.
 *
 * <p>Examples: 200 mg/m² with a body surface area of 1.52 m² must come with an absolute dose of 304 mg (300.96 to
 * 307.04 mg are accepted as rounding); 1.5 × 10⁶ CAR-T cells/kg for 30 kg with 45 × 10⁶ cells.
 */
final class AbsoluteDoseCheck {

	static final String ABSOLUTE_DOSE = Canonicals.structureDefinition("absolute-dose");

	/** Relative tolerance for rounding of the absolute dose. */
	static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	/** What an amount unit measures. */
	enum Kind {
		MASS("a mass"),
		INTERNATIONAL_UNITS("international units"),
		CELLS("a number of cells");

		final String description;

		Kind(String description) {
			this.description = description;
		}
	}

	/** A UCUM amount unit: its kind and its size in the smallest unit of that kind the guide uses. */
	record Amount(Kind kind, BigDecimal size) {}

	/**
	 * The amount units of the dose value sets. The empty string is the numerator of {@code /kg} (cells per kg), which
	 * is a valid dose unit but never an absolute one.
	 */
	private static final Map<String, Amount> AMOUNTS = Map.of(
			"ug", new Amount(Kind.MASS, new BigDecimal("0.001")),
			"mg", new Amount(Kind.MASS, BigDecimal.ONE),
			"g", new Amount(Kind.MASS, new BigDecimal("1000")),
			"[iU]", new Amount(Kind.INTERNATIONAL_UNITS, BigDecimal.ONE),
			"", new Amount(Kind.CELLS, BigDecimal.ONE),
			"10*6", new Amount(Kind.CELLS, new BigDecimal("1000000")),
			"10*8", new Amount(Kind.CELLS, new BigDecimal("100000000")));

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
				|| !absolute.hasValue()
				|| !administration.getDosage().hasDose()
				|| !administration.getDosage().getDose().hasValue()) {
			return List.of();
		}
		Quantity dose = administration.getDosage().getDose();
		String[] doseUnit =
				dose.getCode() == null ? new String[0] : dose.getCode().split("/", -1);
		Amount doseAmount = doseUnit.length == 2 ? AMOUNTS.get(doseUnit[0]) : null;
		String absoluteCode = absolute.getCode();
		Amount absoluteAmount = absoluteCode == null || absoluteCode.isEmpty() ? null : AMOUNTS.get(absoluteCode);
		if (doseAmount == null || absoluteAmount == null || !("m2".equals(doseUnit[1]) || "kg".equals(doseUnit[1]))) {
			return List.of(); // ball-hsct-6 and the unit bindings report these
		}
		if (doseAmount.kind() != absoluteAmount.kind()) {
			return List.of(issue(
					IssueCode.ABSOLUTE_DOSE_OTHER_KIND,
					"absolute dose in " + absoluteCode + " is " + absoluteAmount.kind().description
							+ ", but the dose in " + dose.getCode() + " is " + doseAmount.kind().description
							+ "; the absolute dose must be the same kind of quantity as the dose"));
		}
		String basisUnit = doseUnit[1];
		List<Observation> bases = new ArrayList<>();
		for (Reference reference : administration.getSupportingInformation()) {
			resolve.apply(reference)
					.filter(observation -> observation.getValue() instanceof Quantity quantity
							&& quantity.hasValue()
							&& BASIS_UNITS.containsKey(quantity.getCode())
							&& basisUnit.equals(normalisedUnit(quantity.getCode())))
					.ifPresent(bases::add);
		}
		if (bases.size() != 1) {
			return List.of(issue(
					IssueCode.ABSOLUTE_DOSE_UNCHECKED,
					"the absolute dose cannot be checked: supportingInformation should name exactly one "
							+ ("m2".equals(basisUnit) ? "body surface area (m2)" : "body weight (kg)")
							+ " Observation the server can read, found " + bases.size()));
		}
		Quantity basis = (Quantity) bases.get(0).getValue();
		BigDecimal expected = dose.getValue()
				.multiply(doseAmount.size())
				.multiply(basis.getValue())
				.multiply(BASIS_UNITS.get(basis.getCode()));
		BigDecimal given = absolute.getValue().multiply(absoluteAmount.size());
		if (given.subtract(expected).abs().compareTo(expected.abs().multiply(TOLERANCE)) > 0) {
			BigDecimal expectedInAbsoluteUnit = expected.divide(absoluteAmount.size(), MathContext.DECIMAL64);
			return List.of(issue(
					IssueCode.ABSOLUTE_DOSE_MISMATCH,
					"absolute dose " + absolute.getValue().toPlainString() + " " + absoluteCode
							+ " does not equal " + dose.getValue().toPlainString() + " " + dose.getCode() + " x "
							+ basis.getValue().toPlainString() + " " + basis.getCode() + " = "
							+ expectedInAbsoluteUnit
									.round(new MathContext(6))
									.stripTrailingZeros()
									.toPlainString()
							+ " " + absoluteCode + " (within 1 %)"));
		}
		return List.of();
	}

	private static String normalisedUnit(String basisCode) {
		return "m2".equals(basisCode) ? "m2" : "kg";
	}

	private static SingleValidationMessage issue(IssueCode code, String detail) {
		return ValidationIssue.of(
				code,
				"MedicationAdministration.dosage.extension('" + ABSOLUTE_DOSE + "')",
				detail,
				"hsct-absolute-dose");
	}
}
