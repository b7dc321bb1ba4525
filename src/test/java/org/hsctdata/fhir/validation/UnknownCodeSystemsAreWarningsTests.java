package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.LookupCodeRequest;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.junit.jupiter.api.Test;

/** Tests for {@link UnknownCodeSystemsAreWarnings}, and the HAPI behaviour it corrects. */
class UnknownCodeSystemsAreWarningsTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final String UNKNOWN = "http://example.org/no-such-code-system";

	static ValidationSupportChain chain(IValidationSupport unknownSystems) {
		return new ValidationSupportChain(
				new DefaultProfileValidationSupport(FHIR),
				new InMemoryTerminologyServerValidationSupport(FHIR),
				unknownSystems);
	}

	static IValidationSupport.LookupCodeResult lookup(ValidationSupportChain chain, String system, String code) {
		return chain.lookupCode(new ValidationSupportContext(chain), new LookupCodeRequest(system, code));
	}

	@Test
	void hapisLinkStillAnswersALookupInACodeSystemNobodyKnowsAsFound() {
		UnknownCodeSystemWarningValidationSupport hapis = new UnknownCodeSystemWarningValidationSupport(FHIR);
		hapis.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);

		IValidationSupport.LookupCodeResult result = lookup(chain(hapis), UNKNOWN, "x");

		assertThat(result != null && result.isFound())
				.as(
						"HAPI's UnknownCodeSystemWarningValidationSupport no longer answers a lookup in an unknown code"
								+ " system as found: delete rest.CodeSystemLookup and UnknownCodeSystemsAreWarnings.isUnknownSystem")
				.isTrue();
	}

	@Test
	void tellsItsAnswerToALookupInACodeSystemNobodyKnowsApartAndStillWarnsOfItsCodes() {
		ValidationSupportChain chain = chain(new UnknownCodeSystemsAreWarnings(FHIR));

		IValidationSupport.LookupCodeResult unknown = lookup(chain, UNKNOWN, "x");
		IValidationSupport.LookupCodeResult known = lookup(chain, "http://hl7.org/fhir/administrative-gender", "male");
		IValidationSupport.CodeValidationResult validated = chain.validateCode(
				new ValidationSupportContext(chain), new ConceptValidationOptions(), UNKNOWN, "x", null, null);

		assertThat(UnknownCodeSystemsAreWarnings.isUnknownSystem(unknown)).isTrue();
		assertThat(unknown.isFound())
				.as("value sets that include codes of such a system are expanded")
				.isTrue();
		assertThat(UnknownCodeSystemsAreWarnings.isUnknownSystem(known)).isFalse();
		assertThat(known.getCodeDisplay()).isEqualTo("Male");
		assertThat(validated.getSeverity()).isEqualTo(IValidationSupport.IssueSeverity.WARNING);
	}
}
