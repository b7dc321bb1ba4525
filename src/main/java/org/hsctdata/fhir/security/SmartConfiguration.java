package org.hsctdata.fhir.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hsctdata.fhir.server.HsctServerProperties;

/**
 * The SMART App Launch 2.x discovery document ({@code .well-known/smart-configuration}) and the same facts for the
 * CapabilityStatement: who issues tokens, where apps get them, and which scopes this server understands.
 */
final class SmartConfiguration {

	/** SMART's extension for OAuth endpoints in {@code CapabilityStatement.rest.security}. */
	static final String OAUTH_URIS_EXTENSION = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

	/** Examples of the resource scopes this server understands; any type may stand in for {@code *}. */
	static final List<String> SCOPES_SUPPORTED = List.of(
			"launch/patient",
			"patient/*.rs",
			"patient/*.cruds",
			"user/*.rs",
			"user/*.cruds",
			"system/*.rs",
			"system/*.cruds",
			"user/AuditEvent.rs",
			"system/AuditEvent.rs");

	/** What the server itself enforces: SMART v1 and v2 scopes, for patient and user contexts. */
	static final List<String> CAPABILITIES =
			List.of("permission-v1", "permission-v2", "permission-patient", "permission-user");

	private SmartConfiguration() {}

	/** The discovery document; endpoints that are not configured are left out. */
	static Map<String, Object> document(HsctServerProperties.Security security) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", security.issuer());
		putIfSet(document, "jwks_uri", security.jwkSetUri());
		putIfSet(document, "authorization_endpoint", security.authorizationEndpoint());
		putIfSet(document, "token_endpoint", security.tokenEndpoint());
		document.put("grant_types_supported", List.of("authorization_code", "client_credentials"));
		document.put("code_challenge_methods_supported", List.of("S256"));
		document.put("scopes_supported", SCOPES_SUPPORTED);
		document.put("capabilities", CAPABILITIES);
		return document;
	}

	private static void putIfSet(Map<String, Object> document, String key, String value) {
		if (!value.isBlank()) {
			document.put(key, value);
		}
	}
}
