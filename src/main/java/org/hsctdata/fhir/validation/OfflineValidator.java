package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Validation against our FHIR package with no server and no database: HAPI's validator over the {@code .tgz} on the
 * classpath, R4 core and offline terminology. Used by the {@code validate} command and by the fast tests; another
 * application can build the same chain from the published package.
 */
public final class OfflineValidator {

	private final FhirValidator validator;

	public OfflineValidator(FhirContext fhirContext) {
		validator = fhirContext.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(chain(fhirContext)));
		LocalCodeCheck localCodes = LocalCodeCheck.of(ImplementationGuide.fromClasspath(), fhirContext);
		validator.registerValidatorModule(
				context -> localCodes.check(context.getResource()).forEach(context::addValidationMessage));
	}

	public ValidationResult validate(IBaseResource resource) {
		return validator.validateWithResult(resource);
	}

	/** Validates the text of a resource (JSON or XML), so that locations carry line and column numbers. */
	public ValidationResult validate(String resource) {
		return validator.validateWithResult(resource);
	}

	static IValidationSupport chain(FhirContext fhirContext) {
		NpmPackageValidationSupport ourPackage = new NpmPackageValidationSupport(fhirContext);
		try {
			ourPackage.loadPackageFromClasspath(
					ImplementationGuide.fromClasspath().classpathUrl());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		UnknownCodeSystemWarningValidationSupport unknownSystems =
				new UnknownCodeSystemWarningValidationSupport(fhirContext);
		unknownSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
		return new ValidationSupportChain(
				ourPackage, // 1. our profiles, extensions, value sets and code systems
				new DefaultProfileValidationSupport(fhirContext), // 2. FHIR R4 core definitions
				new CommonCodeSystemsTerminologyService(fhirContext), // 3. UCUM, languages, MIME types: offline
				new InMemoryTerminologyServerValidationSupport(fhirContext), // 4. our enumerated value sets
				new SnapshotGeneratingValidationSupport(fhirContext), // 5. snapshots where a profile lacks one
				unknownSystems); // 6. SNOMED CT, LOINC, RxNorm... cannot be checked offline: a warning
	}
}
