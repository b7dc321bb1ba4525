package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * Validation against our FHIR package with no server and no database: HAPI's validator over the {@code .tgz} on the
 * classpath, R4 core and offline terminology. Used by the {@code validate} command and by the fast tests; another
 * application can build the same chain from the published package.
 *
 * <p>A resource is validated against the profiles it claims, plus, as the server's default policy does, those of our
 * profiles its content identifies ({@link ProfileSelector}); each entry of a bundle is chosen for on its own. Each
 * profile that content added is named in an information issue ({@link IssueCode#PROFILE_HELD_TO}).
 */
public final class OfflineValidator {

	private final FhirContext fhirContext;

	private final FhirValidator validator;

	private final ProfileSelector selector;

	public OfflineValidator(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
		ImplementationGuide guide = ImplementationGuide.fromClasspath();
		selector = ProfileSelector.of(guide, fhirContext);
		validator = fhirContext.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(chain(fhirContext)));
		LocalCodeCheck localCodes = LocalCodeCheck.of(guide, fhirContext);
		validator.registerValidatorModule(
				context -> localCodes.check(context.getResource()).forEach(context::addValidationMessage));
	}

	public ValidationResult validate(IBaseResource resource) {
		return validate(resource, null);
	}

	/** Validates the text of a resource (JSON or XML), so that locations carry line and column numbers. */
	public ValidationResult validate(String resource) {
		IBaseResource parsed;
		try {
			parsed = EncodingEnum.detectEncodingNoDefault(resource) == EncodingEnum.XML
					? fhirContext.newXmlParser().parseResource(resource)
					: fhirContext.newJsonParser().parseResource(resource);
		} catch (RuntimeException unparsable) {
			return validator.validateWithResult(resource); // the validator reports why it cannot be read
		}
		return validate(parsed, resource);
	}

	/**
	 * Adds the profiles content chose to the claims of the resource (or of each bundle entry) and validates it; the
	 * text it was parsed from, as given, when content added nothing (or when {@code text} is null).
	 */
	ValidationResult validate(IBaseResource resource, String text) {
		IBaseResource copy = resource instanceof Resource r ? r.copy() : resource;
		List<SingleValidationMessage> chosen = new ArrayList<>();
		if (copy instanceof Bundle bundle) {
			for (int i = 0; i < bundle.getEntry().size(); i++) {
				Resource entry = bundle.getEntry().get(i).getResource();
				if (entry != null) {
					chosen.addAll(holdToChosenProfiles(entry, "Bundle.entry[" + i + "].resource"));
				}
			}
		} else {
			chosen.addAll(holdToChosenProfiles(copy, fhirContext.getResourceType(copy)));
		}
		ValidationResult result = chosen.isEmpty() && text != null
				? validator.validateWithResult(text)
				: validator.validateWithResult(copy);
		if (chosen.isEmpty()) {
			return result;
		}
		List<SingleValidationMessage> messages = new ArrayList<>(result.getMessages());
		messages.addAll(chosen);
		return new ValidationResult(fhirContext, messages);
	}

	private List<SingleValidationMessage> holdToChosenProfiles(IBaseResource resource, String location) {
		List<SingleValidationMessage> chosen = new ArrayList<>();
		for (ProfileSelector.HeldTo held : selector.select(resource, EnforcementPolicy.CONTENT)) {
			if (!held.claimed()) {
				resource.getMeta().addProfile(held.profile());
				chosen.add(ValidationIssue.of(IssueCode.PROFILE_HELD_TO, location, held.description()));
			}
		}
		return chosen;
	}

	static IValidationSupport chain(FhirContext fhirContext) {
		NpmPackageValidationSupport ourPackage = new NpmPackageValidationSupport(fhirContext);
		try {
			ourPackage.loadPackageFromClasspath(
					ImplementationGuide.fromClasspath().classpathUrl());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ValidationSupportChain(
				ourPackage, // 1. our profiles, extensions, value sets and code systems
				new DefaultProfileValidationSupport(fhirContext), // 2. FHIR R4 core definitions
				new CommonCodeSystemsTerminologyService(fhirContext), // 3. UCUM, languages, MIME types: offline
				new InMemoryTerminologyServerValidationSupport(fhirContext), // 4. our enumerated value sets
				new SnapshotGeneratingValidationSupport(fhirContext), // 5. snapshots where a profile lacks one
				new UnknownCodeSystemsAreWarnings(fhirContext)); // 6. SNOMED CT, LOINC... cannot be checked offline
	}
}
