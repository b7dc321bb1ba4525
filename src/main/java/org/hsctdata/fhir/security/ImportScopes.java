package org.hsctdata.fhir.security;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.hsctdata.fhir.security.SmartScope.Context;
import org.hsctdata.fhir.security.SmartScope.Permission;

/**
 * What a bulk {@code $import} may do for a caller, by its SMART scopes (see {@link ScopeRules#rules} for the rule that
 * lets the operation through): import types it may both create and update with a user or system scope, and see or
 * cancel its own jobs, any job with a {@code system/} scope on every type.
 */
public final class ImportScopes {

	private ImportScopes() {}

	/**
	 * The types of the body the caller may not import, each once and sorted: those no user or system scope allows to
	 * create and update (a patient scope never imports). Empty when it may import them all.
	 */
	public static List<String> refusedTypes(Caller caller, Collection<String> types) {
		List<SmartScope> scopes = ScopeRules.usableScopes(caller).stream()
				.filter(scope -> scope.context() != Context.PATIENT)
				.toList();
		TreeSet<String> refused = new TreeSet<>();
		for (String type : types) {
			if (!allows(scopes, type, Permission.CREATE) || !allows(scopes, type, Permission.UPDATE)) {
				refused.add(type);
			}
		}
		return List.copyOf(refused);
	}

	private static boolean allows(List<SmartScope> scopes, String type, Permission permission) {
		// The audit trail is never written, whatever the scopes (AppendOnlyAuditTrail refuses each such line).
		return scopes.stream()
				.anyMatch(scope -> scope.allows(permission)
						&& (scope.coversEveryType() || scope.resourceType().equals(type)));
	}

	/** Who owns a job the caller starts: the token's issuer and subject ({@code anonymous} without a token). */
	public static String owner(Caller caller) {
		return caller.issuer().isBlank() ? caller.subject() : caller.issuer() + " " + caller.subject();
	}

	/** Whether the caller may see or cancel a job: its owner, or a caller with a {@code system/*} scope. */
	public static boolean maySee(Caller caller, String owner) {
		return owner(caller).equals(owner)
				|| ScopeRules.usableScopes(caller).stream()
						.anyMatch(scope -> scope.context() == Context.SYSTEM && scope.coversEveryType());
	}
}
