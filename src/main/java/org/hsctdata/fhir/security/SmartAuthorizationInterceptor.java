package org.hsctdata.fhir.security;

import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationConstants;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import java.util.List;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * HAPI's authorization interceptor with the rules of the caller's SMART scopes ({@link ScopeRules}). It decides every
 * request to {@code /fhir} after Spring Security has verified the token, including each entry of a transaction and
 * every resource a search, {@code _include} or operation would return. What no rule allows is refused with 403.
 */
@Interceptor(order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR)
final class SmartAuthorizationInterceptor extends AuthorizationInterceptor {

	SmartAuthorizationInterceptor() {
		super(PolicyEnum.DENY);
	}

	@Override
	public List<IAuthRule> buildRuleList(RequestDetails request) {
		return ScopeRules.rules(Caller.current());
	}

	/** A 403 that says why in our words, with the OAuth 2.0 error a client can act on (RFC 6750, section 3.1). */
	@Override
	protected void handleDeny(RequestDetails request, Verdict decision) {
		BaseServerResponseException forbidden = IssueCode.SCOPES_DO_NOT_ALLOW.exception(
				"the access token's scopes do not allow this request (SMART on FHIR scopes; see the"
						+ " CapabilityStatement and /.well-known/smart-configuration)");
		forbidden.addResponseHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
		throw forbidden;
	}
}
