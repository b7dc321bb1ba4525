package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Adds the rules of our guide that FHIRPath cannot express to every validation the server runs ({@code $validate}
 * and validation on write): the {@link AbsoluteDoseCheck}, reading the referenced body surface area or weight from
 * the database or from the contained resources, the {@link LocalCodeCheck}, and, when a Bundle is validated, the
 * {@link ConditioningIntensityCheck}, which needs a transplant's whole regimen at once.
 */
final class GuideRulesInterceptor {

	private final FhirContext fhirContext;

	private final DaoRegistry daoRegistry;

	private final LocalCodeCheck localCodes;

	GuideRulesInterceptor(FhirContext fhirContext, DaoRegistry daoRegistry, LocalCodeCheck localCodes) {
		this.fhirContext = fhirContext;
		this.daoRegistry = daoRegistry;
		this.localCodes = localCodes;
	}

	@Hook(Pointcut.VALIDATION_COMPLETED)
	ValidationResult addGuideRuleIssues(IBaseResource parsed, String raw, ValidationResult result) {
		// $validate passes only the raw body ({@link ValidateRequestForm} has unwrapped a Parameters body)
		IBaseResource resource = parsed != null ? parsed : parse(raw);
		if (resource == null) {
			return null;
		}
		List<SingleValidationMessage> issues = new ArrayList<>(localCodes.check(resource));
		if (resource instanceof MedicationAdministration administration) {
			issues.addAll(AbsoluteDoseCheck.check(administration, ref -> resolve(administration, ref)));
		}
		if (resource instanceof Bundle bundle) {
			issues.addAll(ConditioningIntensityCheck.check(bundle));
		}
		if (issues.isEmpty()) {
			return null;
		}
		List<SingleValidationMessage> messages = new ArrayList<>(result.getMessages());
		messages.addAll(issues);
		return new ValidationResult(fhirContext, messages);
	}

	private IBaseResource parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return fhirContext.newJsonParser().parseResource(raw);
		} catch (RuntimeException notJson) {
			try {
				return fhirContext.newXmlParser().parseResource(raw);
			} catch (RuntimeException notXml) {
				return null; // the validator has already reported why it cannot be parsed
			}
		}
	}

	private Optional<Observation> resolve(MedicationAdministration administration, Reference reference) {
		String target = reference.getReference();
		if (target == null) {
			return Optional.empty();
		}
		if (target.startsWith("#")) {
			return administration.getContained().stream()
					.filter(contained ->
							target.substring(1).equals(contained.getIdElement().getIdPart()))
					.filter(Observation.class::isInstance)
					.map(Observation.class::cast)
					.findFirst();
		}
		if (reference.getResource() instanceof Observation observation) {
			return Optional.of(observation);
		}
		IdType id = new IdType(target);
		if (!"Observation".equals(id.getResourceType()) || !id.hasIdPart() || id.isAbsolute()) {
			return Optional.empty();
		}
		try {
			Resource read = (Resource) daoRegistry
					.getResourceDao(Observation.class)
					.read(id.toUnqualifiedVersionless(), new SystemRequestDetails());
			return Optional.of((Observation) read);
		} catch (BaseServerResponseException notReadable) {
			return Optional.empty();
		}
	}
}
