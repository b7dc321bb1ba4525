package org.hsctdata.fhir.security;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleOp;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleOpClassifier;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleOpClassifierFinished;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleTester;
import ca.uhn.fhir.rest.server.interceptor.auth.RuleBuilder;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ValueSet;
import org.hsctdata.fhir.security.SmartScope.Context;
import org.hsctdata.fhir.security.SmartScope.Permission;
import org.hsctdata.fhir.summary.PatientSummaryProvider;

/**
 * Turns a caller's SMART on FHIR scopes into HAPI authorization rules, the first matching rule deciding; anything no
 * rule allows is refused (403).
 *
 * <ul>
 *   <li>{@code r} allows read, vread and instance history; {@code s} allows search, paging, type and system history,
 *       and the resources an operation such as {@code $everything} returns; {@code c} create; {@code u} update and
 *       PATCH; {@code d} delete.
 *   <li>{@code patient/} scopes cover only the compartment of the patient in the token's {@code patient} claim (every
 *       resource read, written or returned, including {@code _include}d ones and transaction entries, must be in it);
 *       without that claim they grant nothing. {@code user/} and {@code system/} scopes cover every resource of the
 *       type.
 *   <li>The audit trail (AuditEvent) is not covered by {@code patient/*} or {@code user/*}: reading it needs a scope
 *       that names AuditEvent, or a {@code system/*} scope. (Nobody may change it, whatever the scopes.)
 *   <li>Every caller may read the CapabilityStatement; every authenticated caller may read conformance resources
 *       (profiles, value sets, code systems ...) and use the terminology operations; any scope allows transactions
 *       and batches, whose entries then meet the same rules one by one.
 * </ul>
 */
final class ScopeRules {

	static final String AUDIT_EVENT = "AuditEvent";

	private static final String BINARY = "Binary";

	private static final String EXPORT = "$export";

	private static final String EXPORT_STATUS = "$export-poll-status";

	/** Published definitions, not patient data. */
	private static final List<String> CONFORMANCE_TYPES = List.of(
			"CapabilityStatement",
			"StructureDefinition",
			"ImplementationGuide",
			"SearchParameter",
			"OperationDefinition",
			"CompartmentDefinition",
			"ValueSet",
			"CodeSystem",
			"ConceptMap",
			"NamingSystem");

	private static final Set<RestOperationTypeEnum> READS =
			EnumSet.of(RestOperationTypeEnum.READ, RestOperationTypeEnum.VREAD, RestOperationTypeEnum.HISTORY_INSTANCE);

	private static final Set<RestOperationTypeEnum> SEARCHES = EnumSet.of(
			RestOperationTypeEnum.SEARCH_TYPE,
			RestOperationTypeEnum.SEARCH_SYSTEM,
			RestOperationTypeEnum.GET_PAGE,
			RestOperationTypeEnum.HISTORY_TYPE,
			RestOperationTypeEnum.HISTORY_SYSTEM,
			RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE,
			RestOperationTypeEnum.EXTENDED_OPERATION_TYPE,
			RestOperationTypeEnum.EXTENDED_OPERATION_SERVER);

	private static final Set<RestOperationTypeEnum> UPDATES =
			EnumSet.of(RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.PATCH);

	/**
	 * For rules about particular types: a system-level search or history, or a further page, names no resource type
	 * on the way in, and HAPI would apply such a rule to it whatever it returns. A deny rule would refuse every such
	 * request, an allow rule let any of them in (and a {@code _summary=count} returns nothing to check on the way
	 * out). They are judged by the rules for every type, and by what they return.
	 */
	private static final IAuthRuleTester KNOWN_TARGET = new IAuthRuleTester() {
		@Override
		public boolean matches(RuleTestRequest request) {
			return !EnumSet.of(
							RestOperationTypeEnum.SEARCH_SYSTEM,
							RestOperationTypeEnum.HISTORY_SYSTEM,
							RestOperationTypeEnum.GET_PAGE)
					.contains(request.operation);
		}

		@Override
		public boolean matchesOutput(RuleTestRequest request) {
			return true;
		}
	};

	private ScopeRules() {}

	/** The rules for a caller, most specific first. */
	static List<IAuthRule> rules(Caller caller) {
		RuleBuilder rules = new RuleBuilder();
		rules.allow("the CapabilityStatement is public").metadata();
		if (!caller.authenticated()) {
			return rules.build();
		}
		List<SmartScope> scopes = usableScopes(caller);

		// The audit trail first: only scopes that name it (or system/*) may read it. (Nobody may change it: see
		// audit.AuditTrailInterceptor.)
		for (SmartScope scope : scopes) {
			if (coversAuditTrail(scope)) {
				readRules(rules, scope, caller, rule -> rule.resourcesOfType(AUDIT_EVENT));
			}
		}
		exportFiles(rules, caller);
		bulkExport(rules, scopes);
		rules.deny("the audit trail needs an AuditEvent scope")
				.read()
				.resourcesOfType(AUDIT_EVENT)
				.withAnyId()
				.withTester(KNOWN_TARGET);

		for (String type : CONFORMANCE_TYPES) {
			rules.allow("conformance resources are published")
					.read()
					.resourcesOfType(type)
					.withAnyId()
					.withTester(KNOWN_TARGET);
		}
		terminologyOperations(rules);

		for (SmartScope scope : scopes) {
			readRules(rules, scope, caller, rule -> types(rule, scope));
			writeRules(rules, scope, caller);
		}
		if (!scopes.isEmpty()) {
			rules.allow("transactions apply the rules to each entry")
					.transaction()
					.withAnyOperation()
					.andApplyNormalRules();
		}
		if (scopes.stream().anyMatch(scope -> scope.allows(Permission.UPDATE))) {
			// PATCH is let through here, and the resource before and after the patch must then meet an update rule
			// when it is stored. (HAPI deprecates this rule, but its write rule judges a PATCH by the id alone on the
			// way in, which no compartment rule for a non-Patient resource can pass.)
			rules.allow("PATCH is checked on the patched resource").patch().allRequests();
		}
		if (scopes.stream().anyMatch(scope -> scope.allows(Permission.CREATE) || scope.allows(Permission.UPDATE))) {
			rules.allow("writers may validate")
					.operation()
					.named("$validate")
					.onAnyType()
					.andAllowAllResponses();
		}
		everything(rules, scopes, caller);
		bulkImport(rules, scopes);
		summary(rules, scopes, caller);
		document(rules, scopes);
		return rules.build();
	}

	/**
	 * The compartment a patient-scoped caller's searches are narrowed to ({@code Patient/[id]}), so that
	 * {@code Observation?code=...} returns that patient's results instead of being refused; none for callers with user
	 * or system scopes.
	 */
	static Optional<String> searchCompartment(Caller caller) {
		List<SmartScope> scopes = usableScopes(caller);
		if (scopes.isEmpty() || scopes.stream().anyMatch(scope -> scope.context() != Context.PATIENT)) {
			return Optional.empty();
		}
		return Optional.of("Patient/" + caller.patient());
	}

	/** The caller's resource scopes, without patient scopes when the token names no patient. */
	static List<SmartScope> usableScopes(Caller caller) {
		return caller.scopes().stream()
				.map(SmartScope::parse)
				.flatMap(Optional::stream)
				.filter(scope ->
						scope.context() != Context.PATIENT || !caller.patient().isBlank())
				.toList();
	}

	private static void readRules(
			RuleBuilder rules,
			SmartScope scope,
			Caller caller,
			Function<IAuthRuleBuilderRuleOp, IAuthRuleBuilderRuleOpClassifier> types) {
		if (scope.allows(Permission.READ)) {
			inScope(types.apply(rules.allow(scope + ": r").read()), scope, caller)
					.withTester(operations(READS));
		}
		if (scope.allows(Permission.SEARCH)) {
			inScope(types.apply(rules.allow(scope + ": s").read()), scope, caller)
					.withTester(operations(SEARCHES));
		}
	}

	private static void writeRules(RuleBuilder rules, SmartScope scope, Caller caller) {
		if (scope.allows(Permission.CREATE)) {
			inScope(types(rules.allow(scope + ": c").create(), scope), scope, caller);
		}
		if (scope.allows(Permission.UPDATE)) {
			inScope(types(rules.allow(scope + ": u").write(), scope), scope, caller)
					.withTester(operations(UPDATES));
		}
		if (scope.allows(Permission.DELETE)) {
			inScope(types(rules.allow(scope + ": d").delete(), scope), scope, caller);
		}
	}

	/** Whether a scope lets its holder search resources of a type (the audit trail as the rules above say). */
	static boolean allowsSearchOf(SmartScope scope, String type) {
		if (!scope.allows(Permission.SEARCH)) {
			return false;
		}
		if (type.equals(AUDIT_EVENT)) {
			return coversAuditTrail(scope);
		}
		return scope.coversEveryType() || scope.resourceType().equals(type);
	}

	/** The audit trail is covered by a scope that names it, or a {@code system/*} scope. */
	private static boolean coversAuditTrail(SmartScope scope) {
		return scope.resourceType().equals(AUDIT_EVENT)
				|| (scope.context() == Context.SYSTEM && scope.coversEveryType());
	}

	/**
	 * Bulk export, for callers that may search: the kick-off and the status requests, and the export files the caller
	 * asked for (the {@code securityContext} of their Binary names it). Which types it exports, and whose status a
	 * caller learns, {@link BulkExportScopes} decides.
	 */
	private static void bulkExport(RuleBuilder rules, List<SmartScope> scopes) {
		if (scopes.stream().noneMatch(scope -> scope.allows(Permission.SEARCH))) {
			return;
		}
		rules.allow("bulk export, its types narrowed to the scopes (BulkExportScopes)")
				.bulkExport()
				.any();
		rules.allow("bulk export").operation().named(EXPORT).onServer().andAllowAllResponses();
		rules.allow("bulk export")
				.operation()
				.named(EXPORT)
				.onType(Patient.class)
				.andAllowAllResponses();
		rules.allow("bulk export")
				.operation()
				.named(EXPORT)
				.onInstancesOfType(Patient.class)
				.andAllowAllResponses();
		rules.allow("bulk export")
				.operation()
				.named(EXPORT)
				.onInstancesOfType(Group.class)
				.andAllowAllResponses();
		rules.allow("bulk export status")
				.operation()
				.named(EXPORT_STATUS)
				.onServer()
				.andAllowAllResponses();
	}

	/**
	 * Bulk export files: Binaries whose {@code securityContext} names the caller that asked for the export (its
	 * issuer and subject, {@link BulkExportScopes}). Only that caller reads them, whatever its scopes, even
	 * {@code system/*.rs}: the export held what the asker's scopes allowed, not the reader's.
	 */
	private static void exportFiles(RuleBuilder rules, Caller caller) {
		rules.allow("the caller's export files")
				.read()
				.resourcesOfType(BINARY)
				.withAnyId()
				.withTester(exportFiles(true, owner -> owns(caller, owner.getSystem(), owner.getValue())));
		rules.deny("another caller's export files")
				.read()
				.resourcesOfType(BINARY)
				.withAnyId()
				.withTester(exportFiles(false, owner -> !owns(caller, owner.getSystem(), owner.getValue())));
	}

	/** Whether an export's owner (its files' {@code securityContext} identifier) is the caller: issuer and subject. */
	static boolean owns(Caller caller, String system, String value) {
		return caller.issuer().equals(system) && caller.subject().equals(value);
	}

	/**
	 * Binaries read with a {@code securityContext} identifier (export files) whose owner passes the test.
	 *
	 * @param unseen what to answer for a read as it comes in, before the Binary is read (HAPI asks the rules then
	 *     too, with the id alone): the allow rule lets it in, and the Binary read is judged on the way out
	 */
	private static IAuthRuleTester exportFiles(boolean unseen, Predicate<Identifier> owner) {
		return new IAuthRuleTester() {
			@Override
			public boolean matches(RuleTestRequest request) {
				if (request.operation != RestOperationTypeEnum.READ
						&& request.operation != RestOperationTypeEnum.VREAD) {
					return false;
				}
				if (request.resource == null) {
					return unseen;
				}
				return request.resource instanceof Binary binary
						&& binary.getSecurityContext().hasIdentifier()
						&& owner.test(binary.getSecurityContext().getIdentifier());
			}

			@Override
			public boolean matchesOutput(RuleTestRequest request) {
				return matches(request);
			}
		};
	}

	/**
	 * {@code Patient/[id]/$everything}: on the caller's own patient for patient scopes, on any patient for user and
	 * system scopes, for callers that may search. Every resource it returns must still meet a search rule.
	 */
	private static void everything(RuleBuilder rules, List<SmartScope> scopes, Caller caller) {
		List<SmartScope> searching =
				scopes.stream().filter(scope -> scope.allows(Permission.SEARCH)).toList();
		if (searching.stream().anyMatch(scope -> scope.context() != Context.PATIENT)) {
			rules.allow("$everything")
					.operation()
					.named("$everything")
					.onInstancesOfType(Patient.class)
					.andRequireExplicitResponseAuthorization();
		} else if (!searching.isEmpty()) {
			rules.allow("$everything of the patient in context")
					.operation()
					.named("$everything")
					.onInstance(new IdType("Patient", caller.patient()))
					.andRequireExplicitResponseAuthorization();
		}
	}

	/**
	 * {@code $import} for callers with a user or system scope that may create or update, and its status URL for
	 * callers with any user or system scope (patient scopes never import). The import itself checks, at kick-off, that
	 * the scopes allow create and update on every type in the body, and that only a job's owner or a {@code system/*}
	 * scope sees its status; each write of the job meets the write rules above ({@link ImportScopes}).
	 */
	private static void bulkImport(RuleBuilder rules, List<SmartScope> scopes) {
		List<SmartScope> beyondAPatient = scopes.stream()
				.filter(scope -> scope.context() != Context.PATIENT)
				.toList();
		if (beyondAPatient.stream()
				.anyMatch(scope -> scope.allows(Permission.CREATE) || scope.allows(Permission.UPDATE))) {
			rules.allow("bulk import").operation().named("$import").onServer().andAllowAllResponses();
		}
		if (!beyondAPatient.isEmpty()) {
			rules.allow("bulk import status")
					.operation()
					.named("$import-poll-status")
					.onServer()
					.andAllowAllResponses();
		}
	}

	/**
	 * {@code Patient/[id]/$summary}, as {@code $everything}: on the caller's own patient for patient scopes, on any
	 * patient for user and system scopes, for callers that may search. Every stored resource the summary holds is
	 * judged by the search rules as the summary generator reads it (HAPI's {@code STORAGE_PRESHOW_RESOURCES}, with the
	 * operation's request): a resource the caller may not read is left out or refuses the request. The answer itself
	 * is a document Bundle, which HAPI judges as one resource, not by its entries, and which no compartment rule
	 * matches; it is allowed as the answer of {@code $summary} only.
	 */
	private static void summary(RuleBuilder rules, List<SmartScope> scopes, Caller caller) {
		List<SmartScope> searching =
				scopes.stream().filter(scope -> scope.allows(Permission.SEARCH)).toList();
		if (searching.isEmpty()) {
			return;
		}
		// Before the operation's rule, which would judge the document by its entries, each as a read: the generated
		// Composition and its author, and the entries under their document ids, meet no rule and would refuse it.
		rules.allow("the document $summary answers with")
				.read()
				.resourcesOfType("Bundle")
				.withAnyId()
				.withTester(SUMMARY_DOCUMENT);
		if (searching.stream().anyMatch(scope -> scope.context() != Context.PATIENT)) {
			rules.allow("$summary")
					.operation()
					.named("$summary")
					.onInstancesOfType(Patient.class)
					.andRequireExplicitResponseAuthorization();
		} else {
			rules.allow("$summary of the patient in context")
					.operation()
					.named("$summary")
					.onInstance(new IdType("Patient", caller.patient()))
					.andRequireExplicitResponseAuthorization();
		}
	}

	/**
	 * {@code Composition/[id]/$document}, for callers that may search. HAPI's operation (8.8.0,
	 * {@code BaseJpaResourceProviderComposition}) answers with a search of the Composition and what it refers to, so,
	 * as for {@code $everything}, every resource of the document must meet a search rule: a patient-scoped token gets
	 * the documents of its own patient, and a document that holds anything the caller may not read is refused (403).
	 */
	private static void document(RuleBuilder rules, List<SmartScope> scopes) {
		if (scopes.stream().anyMatch(scope -> scope.allows(Permission.SEARCH))) {
			rules.allow("$document")
					.operation()
					.named("$document")
					.onInstancesOfType(Composition.class)
					.andRequireExplicitResponseAuthorization();
		}
	}

	/** The document Bundle a {@code Patient/[id]/$summary} answers with, and nothing else. */
	private static final IAuthRuleTester SUMMARY_DOCUMENT = new IAuthRuleTester() {
		@Override
		public boolean matches(RuleTestRequest request) {
			return false; // nothing is read as a Bundle on the way in
		}

		@Override
		public boolean matchesOutput(RuleTestRequest request) {
			return request.operation == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE
					&& "$summary".equals(request.requestDetails.getOperation())
					&& "Patient".equals(request.requestDetails.getResourceName())
					&& request.resource instanceof Bundle bundle
					&& bundle.getType() == Bundle.BundleType.DOCUMENT
					// made by the operation, not a stored Bundle the summary refers to
					&& Boolean.TRUE.equals(bundle.getUserData(PatientSummaryProvider.GENERATED_DOCUMENT));
		}

		@Override
		public String toString() {
			return "the $summary document";
		}
	};

	private static void terminologyOperations(RuleBuilder rules) {
		for (String operation : List.of("$expand", "$validate-code")) {
			rules.allow("terminology")
					.operation()
					.named(operation)
					.onType(ValueSet.class)
					.andAllowAllResponses();
			rules.allow("terminology")
					.operation()
					.named(operation)
					.onInstancesOfType(ValueSet.class)
					.andAllowAllResponses();
		}
		for (String operation : List.of("$lookup", "$validate-code")) {
			rules.allow("terminology")
					.operation()
					.named(operation)
					.onType(CodeSystem.class)
					.andAllowAllResponses();
			rules.allow("terminology")
					.operation()
					.named(operation)
					.onInstancesOfType(CodeSystem.class)
					.andAllowAllResponses();
		}
	}

	private static IAuthRuleBuilderRuleOpClassifier types(IAuthRuleBuilderRuleOp rule, SmartScope scope) {
		return scope.coversEveryType() ? rule.allResources() : rule.resourcesOfType(scope.resourceType());
	}

	private static IAuthRuleBuilderRuleOpClassifierFinished inScope(
			IAuthRuleBuilderRuleOpClassifier rule, SmartScope scope, Caller caller) {
		// The list form: HAPI merges a single-owner compartment rule into an earlier one with the same operation and
		// types, testers included, which would make the read and search rules of one scope require both testers.
		return scope.context() == Context.PATIENT
				? rule.inCompartment("Patient", List.of(new IdType("Patient", caller.patient())))
				: rule.withAnyId();
	}

	/** Limits a rule to some kinds of request: SMART tells read from search, HAPI's read rule covers both. */
	private static IAuthRuleTester operations(Set<RestOperationTypeEnum> allowed) {
		return new IAuthRuleTester() {
			@Override
			public boolean matches(RuleTestRequest request) {
				return allowed.contains(request.operation);
			}

			@Override
			public boolean matchesOutput(RuleTestRequest request) {
				return allowed.contains(request.operation);
			}

			@Override
			public String toString() {
				return "operations " + allowed;
			}
		};
	}
}
