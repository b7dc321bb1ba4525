package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingInterceptor;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingRuleBuilder;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.util.OperationOutcomeUtil;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hsctdata.fhir.conformance.ImplementationGuide;

/**
 * Validation of every write against our profiles, at storage time: plain creates and updates, each entry of a
 * transaction or batch, the result of a PATCH, and writes made inside the server ({@link MetaAddCheck} covers
 * {@code $meta-add}). A violation is answered with 422 and the validator's OperationOutcome (every issue, with its
 * FHIRPath location); since it is thrown before anything is stored, a transaction with one bad entry stores nothing.
 */
final class ProfileEnforcement extends RepositoryValidatingInterceptor {

	private final FhirContext fhirContext;

	private final List<IRepositoryValidatingRule> rules;

	ProfileEnforcement(FhirContext fhirContext, List<IRepositoryValidatingRule> rules) {
		super(fhirContext, rules);
		this.fhirContext = fhirContext;
		this.rules = List.copyOf(rules);
	}

	/** Runs the rules of the resource's type without storing or refusing anything, so their validators start up. */
	void warmUp(IBaseResource resource) {
		rulesOf(resource).forEach(rule -> rule.evaluate(new SystemRequestDetails(), resource));
	}

	/** Refuses the resource with 422 unless it passes the rules of its type, as a write of it would be. */
	void enforce(RequestDetails request, IBaseResource resource) {
		for (IRepositoryValidatingRule rule : rulesOf(resource)) {
			IRepositoryValidatingRule.RuleEvaluation evaluation = rule.evaluate(request, resource);
			if (!evaluation.isPasses()) {
				handleFailure(evaluation);
			}
		}
	}

	/** Whether any rule covers resources of the type. */
	boolean covers(String resourceType) {
		return rules.stream().anyMatch(rule -> rule.getResourceType().equals(resourceType));
	}

	private List<IRepositoryValidatingRule> rulesOf(IBaseResource resource) {
		String type = fhirContext.getResourceType(resource);
		return rules.stream()
				.filter(rule -> rule.getResourceType().equals(type))
				.toList();
	}

	/**
	 * One rule per resource type that our profiles cover, in the order: claim (under {@link EnforcementPolicy#STRICT})
	 * then validate.
	 */
	static List<IRepositoryValidatingRule> rules(
			ImplementationGuide guide,
			FhirContext fhirContext,
			EnforcementPolicy policy,
			RepositoryValidatingRuleBuilder builder) {
		profilesByType(guide, fhirContext).forEach((type, profiles) -> {
			RepositoryValidatingRuleBuilder.RepositoryValidatingRuleBuilderTyped rules =
					builder.forResourcesOfType(type);
			if (policy == EnforcementPolicy.STRICT) {
				rules = rules.requireAtLeastOneProfileOf(profiles.toArray(String[]::new))
						.and();
			}
			rules.requireValidationToDeclaredProfiles()
					.rejectOnSeverity(ResultSeverityEnum.ERROR)
					.withBestPracticeWarningLevel("ignore")
					.suppressNoBindingMessage()
					.suppressWarningForExtensibleValueSetValidation();
		});
		return builder.build();
	}

	/** Our resource profiles, by the resource type they constrain. */
	static SortedMap<String, TreeSet<String>> profilesByType(ImplementationGuide guide, FhirContext fhirContext) {
		return guide.resources(fhirContext).stream()
				.filter(StructureDefinition.class::isInstance)
				.map(StructureDefinition.class::cast)
				.filter(sd -> sd.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE)
				.filter(sd -> sd.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT)
				.collect(Collectors.groupingBy(
						StructureDefinition::getType,
						TreeMap::new,
						Collectors.mapping(StructureDefinition::getUrl, Collectors.toCollection(TreeSet::new))));
	}

	/** 422 Unprocessable Entity, where HAPI would answer 412 Precondition Failed. */
	@Override
	protected void handleFailure(IRepositoryValidatingRule.RuleEvaluation evaluation) {
		IBaseOperationOutcome outcome = evaluation.getOperationOutcome();
		if (outcome == null) {
			outcome = OperationOutcomeUtil.newInstance(fhirContext);
			OperationOutcomeUtil.addIssue(
					fhirContext,
					outcome,
					"error",
					"HSCT-0200: " + evaluation.getFailureDescription(),
					"meta.profile",
					"processing");
		}
		throw new UnprocessableEntityException(fhirContext, outcome);
	}
}
