package org.hsctdata.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport.CodeValidationResult;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every unit of the guide's UCUM value sets (dose, rate and absolute dose, including IU and cell counts such as
 * {@code [iU]/m2} and {@code 10*6/kg}) is a valid UCUM expression, as HAPI's UCUM service parses it offline.
 */
class UcumUnitValueSetsTests {

	static final FhirContext CONTEXT = FhirContext.forR4Cached();
	static final CommonCodeSystemsTerminologyService UCUM = new CommonCodeSystemsTerminologyService(CONTEXT);
	static final ValidationSupportContext SUPPORT = new ValidationSupportContext(new ValidationSupportChain(UCUM));

	static CodeValidationResult validate(String code) {
		return UCUM.validateCode(
				SUPPORT,
				new ConceptValidationOptions(),
				CommonCodeSystemsTerminologyService.UCUM_CODESYSTEM_URL,
				code,
				null,
				null);
	}

	@ParameterizedTest(name = "{0} holds only valid UCUM codes")
	@ValueSource(strings = {"dose-units-vs", "dose-rate-units-vs", "absolute-dose-units-vs"})
	void everyUnitIsValidUcum(String valueSetId) {
		ValueSet valueSet = ImplementationGuideTests.GUIDE.resources(CONTEXT).stream()
				.filter(ValueSet.class::isInstance)
				.map(ValueSet.class::cast)
				.filter(vs -> vs.getUrl().equals(Canonicals.BASE + "/ValueSet/" + valueSetId))
				.findFirst()
				.orElseThrow();
		List<String> codes = valueSet.getCompose().getInclude().stream()
				.flatMap(include -> include.getConcept().stream())
				.map(ValueSet.ConceptReferenceComponent::getCode)
				.toList();

		assertThat(codes)
				.isNotEmpty()
				.allSatisfy(code -> assertThat(validate(code))
						.as(code)
						.satisfies(result -> assertThat(result.isOk()).isTrue()));
	}

	@ParameterizedTest(name = "{0} is not valid UCUM")
	@ValueSource(strings = {"IU/m2", "cells/kg", "mcg", "mg/m²"})
	void commonMistakesAreRejected(String code) {
		CodeValidationResult result = validate(code);

		assertThat(result == null || !result.isOk()).isTrue();
	}
}
