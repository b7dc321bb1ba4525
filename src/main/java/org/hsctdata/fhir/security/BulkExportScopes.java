package org.hsctdata.fhir.security;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters.ExportStyle;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.provider.ProviderConstants;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.IdType;
import org.hsctdata.fhir.rest.IssueCode;
import org.hsctdata.fhir.security.SmartScope.Context;
import org.hsctdata.fhir.security.SmartScope.Permission;

/**
 * The caller's SMART scopes applied to a bulk export, which HAPI's job runs later without the caller:
 *
 * <ul>
 *   <li>a type is exported if a scope lets the caller search it ({@code system/*.rs}, {@code user/Observation.s},
 *       ...; AuditEvent only with a scope that may read the audit trail, as in {@link ScopeRules}). An export without
 *       {@code _type} is narrowed to those types; one whose {@code _type} names another is refused (403).
 *   <li>a caller with patient scopes only exports its own patient ({@code Patient/[its id]/$export}).
 *   <li>the files belong to the caller: they carry its issuer and subject as their {@code securityContext}, only it
 *       may read them ({@link ScopeRules}), and only it learns the export's status (another caller gets the 404 of
 *       an unknown export).
 * </ul>
 */
final class BulkExportScopes {

	private final IJobCoordinator jobs;

	BulkExportScopes(IJobCoordinator jobs) {
		this.jobs = jobs;
	}

	@Hook(Pointcut.STORAGE_PRE_INITIATE_BULK_EXPORT)
	void applyScopes(BulkExportJobParameters parameters, RequestDetails request) {
		Caller caller = Caller.current();
		List<SmartScope> searching = ScopeRules.usableScopes(caller).stream()
				.filter(scope -> scope.allows(Permission.SEARCH))
				.toList();
		if (searching.stream().allMatch(scope -> scope.context() == Context.PATIENT)
				&& !isOwnPatientExport(parameters, caller)) {
			throw refusal("a token with patient scopes exports only its own patient: Patient/" + caller.patient()
					+ "/$export");
		}
		Set<String> refused = new TreeSet<>();
		for (String type : parameters.getResourceTypes()) {
			if (searching.stream().noneMatch(scope -> ScopeRules.allowsSearchOf(scope, type))) {
				refused.add(type);
			}
		}
		if (request.getParameters().containsKey("_type") && !refused.isEmpty()) {
			throw refusal("the access token's scopes do not allow searching " + String.join(", ", refused));
		}
		List<String> types = parameters.getResourceTypes().stream()
				.filter(type -> !refused.contains(type))
				.toList();
		if (types.isEmpty()) {
			throw refusal("the access token's scopes allow searching no resource type this export covers");
		}
		parameters.setResourceTypes(types);
		parameters.setBinarySecurityContextIdentifierSystem(caller.issuer());
		parameters.setBinarySecurityContextIdentifierValue(caller.subject());
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void onlyTheOwnerLearnsTheStatus(RequestDetails request) {
		String[] jobId = request.getParameters().get("_jobId");
		if (!ProviderConstants.OPERATION_EXPORT_POLL_STATUS.equals(request.getOperation()) || jobId == null) {
			return;
		}
		BulkExportJobParameters parameters = jobs.getInstance(jobId[0]).getParameters(BulkExportJobParameters.class);
		Caller caller = Caller.current();
		if (!ScopeRules.owns(
				caller,
				parameters.getBinarySecurityContextIdentifierSystem(),
				parameters.getBinarySecurityContextIdentifierValue())) {
			throw new ResourceNotFoundException("Unknown export: " + jobId[0]);
		}
	}

	private static boolean isOwnPatientExport(BulkExportJobParameters parameters, Caller caller) {
		return parameters.getExportStyle() == ExportStyle.PATIENT
				&& !parameters.getPatientIds().isEmpty()
				&& parameters.getPatientIds().stream()
						.allMatch(id -> new IdType(id).getIdPart().equals(caller.patient()));
	}

	private static RuntimeException refusal(String detail) {
		return IssueCode.SCOPES_DO_NOT_ALLOW.exception(detail);
	}
}
