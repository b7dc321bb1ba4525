package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.IInterceptorBroadcaster;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.rest.server.interceptor.ValidationResultEnrichingInterceptor;
import ca.uhn.fhir.rest.server.util.CompositeInterceptorBroadcaster;
import ca.uhn.fhir.util.ExtensionUtil;
import ca.uhn.fhir.util.HapiExtensions;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor;
import org.hl7.fhir.r5.utils.validation.IValidatorResourceFetcher;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * Validation of every write against our profiles, at storage time: plain creates and updates, each entry of a
 * transaction or batch, the result of a PATCH, and writes made inside the server ({@link MetaAddCheck} covers
 * {@code $meta-add}). For a resource of a type our profiles cover, {@link ProfileSelector} chooses the profiles under
 * the {@link EnforcementPolicy}; the resource is validated against base R4 and each of them. A violation is answered
 * with 422 and the validator's OperationOutcome (every issue, with its FHIRPath location), plus an information issue
 * ({@link IssueCode#PROFILE_HELD_TO}) for each profile it was held to and why; since it is thrown before anything is
 * stored, a transaction with one bad entry stores nothing.
 *
 * <p>HAPI's {@code RepositoryValidatingInterceptor} validates a type's resources against the profiles they declare
 * only; this validator is built the way its rules build theirs (the JPA validation chain, resource fetcher and policy
 * advisor; best-practice checks ignored; no-binding and extensible-binding warnings suppressed; rejected on error),
 * and is given the profiles content chose as validation options.
 */
public final class ProfileEnforcement {

	private final FhirContext fhirContext;

	private final ProfileSelector selector;

	private final EnforcementPolicy policy;

	private final IInterceptorBroadcaster interceptors;

	private final FhirInstanceValidator instanceValidator;

	private final SortedMap<String, TreeSet<String>> profilesByType;

	ProfileEnforcement(
			FhirContext fhirContext,
			ProfileSelector selector,
			EnforcementPolicy policy,
			IValidationSupport validationSupport,
			IValidatorResourceFetcher resourceFetcher,
			IValidationPolicyAdvisor policyAdvisor,
			IInterceptorBroadcaster interceptors) {
		this.fhirContext = fhirContext;
		this.selector = selector;
		this.policy = policy;
		this.interceptors = interceptors;
		this.profilesByType = selector.profilesByType();
		instanceValidator = new FhirInstanceValidator(validationSupport);
		if (resourceFetcher != null) { // the server's: reads reference targets from the database
			instanceValidator.setValidatorResourceFetcher(resourceFetcher);
		}
		if (policyAdvisor != null) {
			instanceValidator.setValidatorPolicyAdvisor(policyAdvisor);
		}
		instanceValidator.setBestPracticeWarningLevel(BestPracticeWarningLevel.Ignore);
		instanceValidator.setNoBindingMsgSuppressed(true);
		instanceValidator.setNoExtensibleWarnings(true);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	void created(RequestDetails request, IBaseResource resource) {
		enforce(request, resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	void updated(RequestDetails request, IBaseResource oldResource, IBaseResource newResource) {
		enforce(request, newResource);
	}

	/** Validates the resource as a write of it would be, without storing or refusing anything, to warm up. */
	void warmUp(IBaseResource resource) {
		if (covers(fhirContext.getResourceType(resource))) {
			validate(new SystemRequestDetails(), resource, selector.select(resource, policy));
		}
	}

	/** Refuses the resource with 422 unless it meets base R4 and the profiles chosen for it. */
	public void enforce(RequestDetails request, IBaseResource resource) {
		if (ExtensionUtil.hasExtension(resource, HapiExtensions.EXT_RESOURCE_PLACEHOLDER)
				|| !covers(fhirContext.getResourceType(resource))) {
			return; // a placeholder for a reference target (HAPI's auto-create), or a type our profiles do not cover
		}
		if (policy == EnforcementPolicy.STRICT && !selector.claimsOneOfOurs(resource)) {
			OperationOutcome outcome = new OperationOutcome();
			selector.addMissingClaim(outcome, fhirContext.getResourceType(resource));
			throw new UnprocessableEntityException(fhirContext, outcome);
		}
		List<ProfileSelector.HeldTo> heldTo = selector.select(resource, policy);
		ValidationResult result = validate(request, resource, heldTo);
		if (result.getMessages().stream()
				.anyMatch(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())) {
			OperationOutcome outcome = (OperationOutcome) result.toOperationOutcome();
			heldTo.forEach(held -> held.addTo(outcome, fhirContext.getResourceType(resource)));
			throw new UnprocessableEntityException(fhirContext, outcome);
		}
		ValidationResultEnrichingInterceptor.addValidationResultToRequestDetails(request, result);
	}

	private ValidationResult validate(
			RequestDetails request, IBaseResource resource, List<ProfileSelector.HeldTo> heldTo) {
		ValidationOptions options = new ValidationOptions();
		heldTo.stream()
				.filter(held -> !held.claimed()) // the validator reads the claims itself
				.map(ProfileSelector.HeldTo::profile)
				.forEach(options::addProfile);
		FhirValidator validator = fhirContext.newValidator();
		// the guide's own rules (GuideRulesInterceptor) listen to the validation's end, as in $validate
		validator.setInterceptorBroadcaster(
				request == null
						? interceptors
						: CompositeInterceptorBroadcaster.newCompositeBroadcaster(interceptors, request));
		validator.registerValidatorModule(instanceValidator);
		return validator.validateWithResult(resource, options);
	}

	/** Whether our profiles cover resources of the type. */
	public boolean covers(String resourceType) {
		return profilesByType.containsKey(resourceType);
	}

	/** The policy and the profiles of each covered type, for the start-up log. */
	String describe() {
		StringBuilder description = new StringBuilder("policy " + policy.value() + "; covered types:");
		profilesByType.forEach((type, profiles) -> description
				.append("\n * ")
				.append(type)
				.append(": ")
				.append(profiles.size())
				.append(" profile(s)"));
		selector.identifyingCodes()
				.forEach((profile, codes) -> description
						.append("\n * ")
						.append(profile.substring(profile.lastIndexOf('/') + 1))
						.append(" identified by ")
						.append(codes.size())
						.append(" code(s)"));
		return description.toString();
	}

	/** Our resource profiles, by the resource type they constrain. */
	SortedMap<String, TreeSet<String>> profilesByType() {
		return profilesByType;
	}
}
