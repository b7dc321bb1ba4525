package org.hsctdata.fhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests for the rule of {@link ScopeRules} that lets {@code $import} and its status URL through HAPI's rule engine (no
 * server); which types a caller may import is {@link ImportScopes}'s, tested in {@code BulkImportTests}.
 */
class ImportScopeRulesTests {

	static final RestfulServer SERVER = new RestfulServer(FhirContext.forR4Cached());

	static PolicyEnum decide(String operation, String patient, String... scopes) {
		Caller caller = new Caller(true, "https://issuer.test", "someone", "app", Arrays.asList(scopes), patient);
		List<IAuthRule> rules = ScopeRules.rules(caller);
		AuthorizationInterceptor engine = new AuthorizationInterceptor(PolicyEnum.DENY) {
			@Override
			public List<IAuthRule> buildRuleList(RequestDetails ignored) {
				return rules;
			}
		};
		ServletRequestDetails request = new ServletRequestDetails();
		request.setServer(SERVER);
		request.setRestOperationType(RestOperationTypeEnum.EXTENDED_OPERATION_SERVER);
		request.setOperation(operation);
		return engine.applyRulesAndReturnDecision(
						RestOperationTypeEnum.EXTENDED_OPERATION_SERVER,
						request,
						null,
						null,
						null,
						Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
				.getDecision();
	}

	@Test
	void aUserOrSystemScopeThatMayWriteMayStartAnImport() {
		assertThat(decide("$import", "", "system/*.cu")).isEqualTo(PolicyEnum.ALLOW);
		assertThat(decide("$import", "", "user/*.cud")).isEqualTo(PolicyEnum.ALLOW);
		assertThat(decide("$import", "", "user/Patient.write")).isEqualTo(PolicyEnum.ALLOW);
	}

	@Test
	void aReaderOrAPatientScopeMayNot() {
		assertThat(decide("$import", "", "system/*.rs")).isEqualTo(PolicyEnum.DENY);
		assertThat(decide("$import", "p1", "patient/*.cruds")).isEqualTo(PolicyEnum.DENY);
	}

	@Test
	void anyUserOrSystemScopeReachesTheStatusWhereTheOwnerIsChecked() {
		assertThat(decide("$import-poll-status", "", "system/*.rs")).isEqualTo(PolicyEnum.ALLOW);
		assertThat(decide("$import-poll-status", "", "user/Observation.r")).isEqualTo(PolicyEnum.ALLOW);
		assertThat(decide("$import-poll-status", "p1", "patient/*.cruds")).isEqualTo(PolicyEnum.DENY);
	}
}
