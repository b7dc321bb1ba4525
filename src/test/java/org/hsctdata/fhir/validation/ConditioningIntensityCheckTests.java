package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Procedure;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.support.ExampleBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests for {@link ConditioningIntensityCheck}, on synthetic transaction bundles in
 * {@code validation/conditioning-intensity/}: each holds one transplant with its recorded intensity, its conditioning
 * Procedure and the administrations and irradiation that are part of it.
 */
class ConditioningIntensityCheckTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static String text(String name) {
		try (InputStream in = ConditioningIntensityCheckTests.class.getResourceAsStream(
				"/validation/conditioning-intensity/" + name + ".json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Bundle bundle(String name) {
		return FHIR.newJsonParser().parseResource(Bundle.class, text(name));
	}

	@ParameterizedTest(name = "{0} gives no warning")
	@ValueSource(
			strings = {
				"pass-mac-busulfan",
				"pass-mac-tbi-cy",
				"pass-ric-busulfan-route-unknown",
				"pass-mac-treosulfan",
				"pass-nma-flu-cy-tbi2"
			})
	void aRegimenThatAgreesWithItsIntensityOrCannotBeGradedGivesNoWarning(String name) {
		assertThat(ConditioningIntensityCheck.check(bundle(name))).isEmpty();
	}

	@ParameterizedTest(name = "{0} warns {1}")
	@CsvSource({
		"warn-0110-ric-tbi, HSCT-0110, TBI 12 Gy in 6 fractions",
		"warn-0110-ric-busulfan-daily, HSCT-0110, busulfan 9.6 mg/kg",
		"warn-0110-ric-melphalan-by-name, HSCT-0110, melphalan 200 mg/m2",
		"warn-0111-mac-flu-mel, HSCT-0111, melphalan 140 mg/m2",
		"warn-0112-nma-busulfan, HSCT-0112, busulfan"
	})
	void aRegimenThatContradictsItsIntensityGivesOneWarningOnTheIntensity(String name, String code, String detail) {
		List<SingleValidationMessage> issues = ConditioningIntensityCheck.check(bundle(name));

		assertThat(issues).singleElement().satisfies(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(ResultSeverityEnum.WARNING);
			assertThat(issue.getMessage()).startsWith(code).contains(detail);
			assertThat(issue.getLocationString()).isEqualTo("Bundle.entry[1].resource.extension[0]");
		});
	}

	@Test
	void theExampleCaseAgreesWithItsIntensities() {
		assertThat(ConditioningIntensityCheck.check(ExampleBundle.read())).isEmpty();
	}

	@Test
	void recordingTheExampleSecondTransplantAsReducedIntensityWarnsOnItsBusulfanDose() {
		Bundle bundle = ExampleBundle.read();
		Procedure second = ExampleBundle.resource("hsct-2");
		Procedure inBundle = bundle.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(Procedure.class::isInstance)
				.map(Procedure.class::cast)
				.filter(procedure -> procedure
						.getIdentifierFirstRep()
						.getValue()
						.equals(second.getIdentifierFirstRep().getValue()))
				.findFirst()
				.orElseThrow();
		((CodeableConcept) inBundle.getExtensionByUrl(ConditioningIntensityCheck.INTENSITY)
						.getValue())
				.getCodingFirstRep()
				.setCode("ric");

		assertThat(ConditioningIntensityCheck.check(bundle))
				.singleElement()
				.satisfies(issue -> assertThat(issue.getMessage()).contains("HSCT-0110", "busulfan 10 mg/kg"));
	}

	@Test
	void aRegimenWithoutItsConditioningProcedureIsNotJudged() {
		Bundle bundle = bundle("warn-0110-ric-tbi");
		bundle.getEntry().remove(2); // the conditioning Procedure

		assertThat(ConditioningIntensityCheck.check(bundle)).isEmpty();
	}

	@Test
	void theServerAddsTheWarningWhenItValidatesABundle() {
		GuideRulesInterceptor interceptor =
				new GuideRulesInterceptor(FHIR, null, LocalCodeCheck.of(ImplementationGuide.fromClasspath(), FHIR));
		ValidationResult empty = new ValidationResult(FHIR, List.of());

		ValidationResult fromParsed = interceptor.addGuideRuleIssues(bundle("warn-0111-mac-flu-mel"), null, empty);
		ValidationResult fromText = interceptor.addGuideRuleIssues(null, text("warn-0111-mac-flu-mel"), empty);

		assertThat(fromParsed.getMessages())
				.singleElement()
				.satisfies(issue -> assertThat(issue.getMessage()).startsWith("HSCT-0111"));
		assertThat(fromText.getMessages())
				.singleElement()
				.satisfies(issue -> assertThat(issue.getMessage()).startsWith("HSCT-0111"));
		assertThat(interceptor.addGuideRuleIssues(bundle("pass-mac-busulfan"), null, empty))
				.isNull();
	}
}
