package org.hsctdata.fhir.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;
import org.hsctdata.fhir.server.HsctServerProperties;

/**
 * Describes the security of a secured server in {@code CapabilityStatement.rest.security}: SMART on FHIR as the
 * service, the OAuth endpoints (SMART's {@code oauth-uris} extension) and, in words, the scopes and public paths.
 */
final class CapabilityStatementSecurity {

	private final HsctServerProperties properties;

	CapabilityStatementSecurity(HsctServerProperties properties) {
		this.properties = properties;
	}

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	void describeSecurity(IBaseConformance generated) {
		HsctServerProperties.Security security = properties.security();
		CapabilityStatement.CapabilityStatementRestSecurityComponent description =
				((CapabilityStatement) generated).getRestFirstRep().getSecurity();
		description.setCors(!properties.cors().allowedOrigins().isEmpty());
		description.getService().clear();
		CodeableConcept smart = description.addService();
		smart.addCoding()
				.setSystem("http://terminology.hl7.org/CodeSystem/restful-security-service")
				.setCode("SMART-on-FHIR")
				.setDisplay("SMART-on-FHIR");
		smart.setText("OAuth2 bearer tokens (JWT) issued by " + security.issuer());
		description.setDescription("Every request except GET /metadata needs an access token (JWT) from "
				+ security.issuer() + ". SMART on FHIR v1 and v2 resource scopes decide what it may do: patient/"
				+ " scopes cover the compartment of the token's patient claim, user/ and system/ scopes every"
				+ " resource of the type; reading AuditEvent needs a scope that names it, or system/*. Discovery:"
				+ " .well-known/smart-configuration under the FHIR base.");
		description.removeExtension(SmartConfiguration.OAUTH_URIS_EXTENSION);
		Extension oauthUris = description.addExtension().setUrl(SmartConfiguration.OAUTH_URIS_EXTENSION);
		if (!security.authorizationEndpoint().isBlank()) {
			oauthUris.addExtension("authorize", new UriType(security.authorizationEndpoint()));
		}
		if (!security.tokenEndpoint().isBlank()) {
			oauthUris.addExtension("token", new UriType(security.tokenEndpoint()));
		}
		if (oauthUris.getExtension().isEmpty()) {
			description.removeExtension(SmartConfiguration.OAUTH_URIS_EXTENSION);
		}
	}
}
