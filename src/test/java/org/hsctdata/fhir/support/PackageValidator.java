package org.hsctdata.fhir.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hsctdata.fhir.conformance.ImplementationGuide;

/**
 * Validates resources against our built FHIR package in a plain HAPI validation chain, with no server and no
 * database: the way another application would use the package. One validator is built per test JVM.
 */
public final class PackageValidator {

	private static final FhirValidator VALIDATOR = newValidator();

	private PackageValidator() {}

	public static ValidationResult validate(IBaseResource resource) {
		return VALIDATOR.validateWithResult(resource);
	}

	/** The error and fatal issues of a result. */
	public static List<SingleValidationMessage> errors(ValidationResult result) {
		return result.getMessages().stream()
				.filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
				.toList();
	}

	private static FhirValidator newValidator() {
		FhirContext fhir = FhirContext.forR4Cached();
		FhirValidator validator = fhir.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(chain(fhir)));
		return validator;
	}

	static IValidationSupport chain(FhirContext fhir) {
		NpmPackageValidationSupport ourPackage = new NpmPackageValidationSupport(fhir);
		try {
			ourPackage.loadPackageFromClasspath(
					ImplementationGuide.fromClasspath().classpathUrl());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		UnknownCodeSystemWarningValidationSupport unknownSystems = new UnknownCodeSystemWarningValidationSupport(fhir);
		unknownSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
		return new ValidationSupportChain(
				ourPackage, // 1. our profiles, extensions, value sets and code systems
				new DefaultProfileValidationSupport(fhir), // 2. FHIR R4 core definitions
				new CommonCodeSystemsTerminologyService(fhir), // 3. UCUM, languages, MIME types: offline
				new InMemoryTerminologyServerValidationSupport(fhir), // 4. our enumerated value sets
				new SnapshotGeneratingValidationSupport(fhir), // 5. snapshots where a profile lacks one
				unknownSystems); // 6. SNOMED CT, LOINC, RxNorm... cannot be checked offline: a warning
	}
}
