package org.hsctdata.fhir.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hsctdata.fhir.validation.OfflineValidator;

/**
 * Validates resources against our built FHIR package with {@link OfflineValidator}: a plain HAPI validation chain,
 * no server and no database, the way another application would use the package. One validator per test JVM.
 */
public final class PackageValidator {

	private static final OfflineValidator VALIDATOR = new OfflineValidator(FhirContext.forR4Cached());

	private PackageValidator() {}

	public static ValidationResult validate(IBaseResource resource) {
		return VALIDATOR.validate(resource);
	}

	/** The error and fatal issues of a result. */
	public static List<SingleValidationMessage> errors(ValidationResult result) {
		return result.getMessages().stream()
				.filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
				.toList();
	}
}
