package org.hsctdata.fhir.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMART on FHIR resource scope, such as {@code patient/Observation.rs}, {@code user/*.cruds} or the v1 forms
 * {@code system/*.read} and {@code patient/*.*}.
 *
 * <p>Grammar (SMART App Launch 2.x, section "Scopes for requesting clinical data"):
 * {@code (patient|user|system) "/" (resource type | "*") "." (permissions)}, where the permissions are either a
 * non-empty subsequence of {@code cruds} in that order (v2), or {@code read}, {@code write} or {@code *} (v1:
 * {@code read} = {@code rs}, {@code write} = {@code cud}, {@code *} = {@code cruds}). Granular scopes with search
 * parameters ({@code patient/Observation.rs?category=laboratory}) are not supported: they do not parse, so they grant
 * nothing.
 *
 * @param context      whose data the scope covers
 * @param resourceType a FHIR resource type, or {@code *} for every type
 * @param permissions  what the scope allows on those resources
 */
record SmartScope(Context context, String resourceType, Set<Permission> permissions) {

	static final String ANY_TYPE = "*";

	private static final Pattern GRAMMAR =
			Pattern.compile("(patient|user|system)/(\\*|[A-Z][A-Za-z]*)\\.(\\*|read|write|c?r?u?d?s?)");

	/** Whose data a scope covers. */
	enum Context {
		/** The data of the patient in the token's launch context ({@code patient} claim). */
		PATIENT,
		/** The data the user may see; this server has no per-user policy, so any resource of the type. */
		USER,
		/** Any resource of the type, for backend services. */
		SYSTEM
	}

	/** SMART v2 permissions. */
	enum Permission {
		CREATE('c'),
		READ('r'),
		UPDATE('u'),
		DELETE('d'),
		SEARCH('s');

		private final char letter;

		Permission(char letter) {
			this.letter = letter;
		}
	}

	/** The scope a token carries, if it is a resource scope this server understands. */
	static Optional<SmartScope> parse(String scope) {
		Matcher matcher = GRAMMAR.matcher(scope);
		if (!matcher.matches() || matcher.group(3).isEmpty()) {
			return Optional.empty();
		}
		Context context = Context.valueOf(matcher.group(1).toUpperCase());
		return Optional.of(new SmartScope(context, matcher.group(2), permissions(matcher.group(3))));
	}

	private static Set<Permission> permissions(String text) {
		switch (text) {
			case "*":
				return EnumSet.allOf(Permission.class);
			case "read":
				return EnumSet.of(Permission.READ, Permission.SEARCH);
			case "write":
				return EnumSet.of(Permission.CREATE, Permission.UPDATE, Permission.DELETE);
			default:
				Set<Permission> permissions = EnumSet.noneOf(Permission.class);
				for (Permission permission : Permission.values()) {
					if (text.indexOf(permission.letter) >= 0) {
						permissions.add(permission);
					}
				}
				return permissions;
		}
	}

	boolean allows(Permission permission) {
		return permissions.contains(permission);
	}

	boolean coversEveryType() {
		return ANY_TYPE.equals(resourceType);
	}
}
