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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hsctdata.fhir.summary.PatientSummaryProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link ScopeRules}: the rules of a caller's scopes, applied by HAPI's own rule engine to single
 * interactions (no server). {@code ALLOW} and {@code DENY} are the decisions HAPI's authorization interceptor would
 * take: DENY becomes 403.
 */
class ScopeRulesTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final RestfulServer SERVER = new RestfulServer(FHIR);

	static final String MINE = "mine";

	static final String THEIRS = "theirs";

	static Caller caller(String patient, String... scopes) {
		return new Caller(true, "https://issuer.test", "someone", "app", Arrays.asList(scopes), patient);
	}

	static Observation observationOf(String patient) {
		Observation observation = new Observation();
		observation.setId("Observation/" + patient + "-obs");
		observation.setSubject(new Reference("Patient/" + patient));
		return observation;
	}

	static AuditEvent auditEvent() {
		AuditEvent event = new AuditEvent();
		event.setId("AuditEvent/1");
		event.addEntity().setWhat(new Reference("Patient/" + MINE));
		return event;
	}

	/** The decision on a request to read (or search, ...) that returns this resource. */
	static PolicyEnum onOutput(Caller caller, RestOperationTypeEnum operation, IBaseResource shown) {
		RequestDetails request = request(operation, FHIR.getResourceType(shown), Map.of());
		return decide(caller, operation, request, null, null, shown);
	}

	/** The decision on a request as it comes in, before anything is read. */
	static PolicyEnum onInput(
			Caller caller, RestOperationTypeEnum operation, String type, String id, Map<String, String[]> params) {
		RequestDetails request = request(operation, type, params);
		IIdType inputId = id == null ? new IdType(type, (String) null) : new IdType(type, id);
		request.setId(id == null ? null : inputId);
		return decide(caller, operation, request, null, inputId, null);
	}

	/** The decision on a resource about to be written. */
	static PolicyEnum onWrite(Caller caller, RestOperationTypeEnum operation, IBaseResource written) {
		RequestDetails request = request(operation, FHIR.getResourceType(written), Map.of());
		return decide(caller, operation, request, written, written.getIdElement(), null);
	}

	static RequestDetails request(RestOperationTypeEnum operation, String type, Map<String, String[]> params) {
		ServletRequestDetails request = new ServletRequestDetails();
		request.setServer(SERVER);
		request.setRestOperationType(operation);
		if (operation.name().startsWith("EXTENDED_OPERATION")) {
			request.setOperation("$everything");
		}
		request.setResourceName(type);
		request.setParameters(new HashMap<>(params));
		return request;
	}

	static PolicyEnum decide(
			Caller caller,
			RestOperationTypeEnum operation,
			RequestDetails request,
			IBaseResource input,
			IIdType inputId,
			IBaseResource output) {
		List<IAuthRule> rules = ScopeRules.rules(caller);
		AuthorizationInterceptor engine = new AuthorizationInterceptor(PolicyEnum.DENY) {
			@Override
			public List<IAuthRule> buildRuleList(RequestDetails ignored) {
				return rules;
			}
		};
		return engine.applyRulesAndReturnDecision(
						operation, request, input, inputId, output, Pointcut.STORAGE_PRESHOW_RESOURCES)
				.getDecision();
	}

	@Nested
	class PatientScopes {

		@Test
		void readTheirPatientsDataOnly() {
			Caller caller = caller(MINE, "patient/Observation.rs");

			assertThat(onOutput(caller, RestOperationTypeEnum.READ, observationOf(MINE)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onOutput(caller, RestOperationTypeEnum.READ, observationOf(THEIRS)))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onOutput(caller, RestOperationTypeEnum.SEARCH_TYPE, observationOf(THEIRS)))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void searchOnlyWithinTheirPatient() {
			Caller caller = caller(MINE, "patient/Observation.rs");

			assertThat(onInput(
							caller,
							RestOperationTypeEnum.SEARCH_TYPE,
							"Observation",
							null,
							Map.of("patient", new String[] {"Patient/" + MINE})))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onInput(
							caller,
							RestOperationTypeEnum.SEARCH_TYPE,
							"Observation",
							null,
							Map.of("patient", new String[] {"Patient/" + THEIRS})))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void readWithoutSearchAndSearchWithoutRead() {
			Caller reader = caller(MINE, "patient/Observation.r");
			Caller searcher = caller(MINE, "patient/Observation.s");

			assertThat(onOutput(reader, RestOperationTypeEnum.READ, observationOf(MINE)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onOutput(reader, RestOperationTypeEnum.SEARCH_TYPE, observationOf(MINE)))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onOutput(searcher, RestOperationTypeEnum.SEARCH_TYPE, observationOf(MINE)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onOutput(searcher, RestOperationTypeEnum.READ, observationOf(MINE)))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void createOnlyInTheirPatientsCompartment() {
			Caller caller = caller(MINE, "patient/Observation.c");

			assertThat(onWrite(caller, RestOperationTypeEnum.CREATE, observationOf(MINE)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onWrite(caller, RestOperationTypeEnum.CREATE, observationOf(THEIRS)))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onWrite(caller, RestOperationTypeEnum.UPDATE, observationOf(MINE)))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void updateAndDeleteNeedTheirLetters() {
			Caller updater = caller(MINE, "patient/Observation.u");
			Caller deleter = caller(MINE, "patient/Observation.d");

			assertThat(onWrite(updater, RestOperationTypeEnum.UPDATE, observationOf(MINE)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onWrite(updater, RestOperationTypeEnum.UPDATE, observationOf(THEIRS)))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onWrite(updater, RestOperationTypeEnum.CREATE, observationOf(MINE)))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onWrite(deleter, RestOperationTypeEnum.DELETE, observationOf(MINE)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onWrite(deleter, RestOperationTypeEnum.DELETE, observationOf(THEIRS)))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void grantNothingWithoutAPatientInTheToken() {
			Caller caller = caller("", "patient/*.cruds");

			assertThat(onOutput(caller, RestOperationTypeEnum.READ, observationOf(MINE)))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(ScopeRules.searchCompartment(caller)).isEmpty();
		}

		@Test
		void everythingOnlyForTheirPatient() {
			Caller caller = caller(MINE, "patient/*.rs");

			assertThat(onInput(caller, RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, "Patient", MINE, Map.of()))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onInput(caller, RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, "Patient", THEIRS, Map.of()))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void narrowSearchesToTheirPatient() {
			assertThat(ScopeRules.searchCompartment(caller(MINE, "patient/*.rs")))
					.contains("Patient/" + MINE);
			assertThat(ScopeRules.searchCompartment(caller(MINE, "patient/*.rs", "user/Observation.rs")))
					.isEmpty();
		}

		@Test
		void cannotSearchOrCountAcrossTheServer() {
			Caller caller = caller(MINE, "patient/*.rs");

			assertThat(onInput(caller, RestOperationTypeEnum.SEARCH_SYSTEM, null, null, Map.of()))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onInput(caller, RestOperationTypeEnum.HISTORY_SYSTEM, null, null, Map.of()))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void v1ReadMeansReadAndSearch() {
			Caller caller = caller(MINE, "patient/*.read");

			assertThat(onOutput(caller, RestOperationTypeEnum.READ, observationOf(MINE)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onOutput(caller, RestOperationTypeEnum.SEARCH_TYPE, observationOf(MINE)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onWrite(caller, RestOperationTypeEnum.CREATE, observationOf(MINE)))
					.isEqualTo(PolicyEnum.DENY);
		}
	}

	@Nested
	class UserAndSystemScopes {

		@Test
		void coverEveryResourceOfTheType() {
			Caller caller = caller("", "user/Observation.cruds");

			assertThat(onOutput(caller, RestOperationTypeEnum.READ, observationOf(THEIRS)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onWrite(caller, RestOperationTypeEnum.UPDATE, observationOf(THEIRS)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onOutput(caller, RestOperationTypeEnum.READ, new Patient().setId("Patient/" + THEIRS)))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void systemWildcardDoesEverything() {
			Caller caller = caller("", "system/*.*");

			assertThat(onOutput(caller, RestOperationTypeEnum.SEARCH_TYPE, observationOf(THEIRS)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onWrite(caller, RestOperationTypeEnum.DELETE, observationOf(THEIRS)))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onOutput(caller, RestOperationTypeEnum.READ, auditEvent()))
					.isEqualTo(PolicyEnum.ALLOW);
		}
	}

	@Nested
	class AuditTrail {

		@Test
		void isNotCoveredByUserOrPatientWildcards() {
			assertThat(onOutput(caller("", "user/*.cruds"), RestOperationTypeEnum.READ, auditEvent()))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onOutput(caller(MINE, "patient/*.cruds"), RestOperationTypeEnum.SEARCH_TYPE, auditEvent()))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onInput(
							caller("", "user/*.rs"), RestOperationTypeEnum.SEARCH_TYPE, "AuditEvent", null, Map.of()))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void isReadWithAScopeThatNamesIt() {
			assertThat(onOutput(caller("", "user/AuditEvent.rs"), RestOperationTypeEnum.SEARCH_TYPE, auditEvent()))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onInput(
							caller("", "system/AuditEvent.s"),
							RestOperationTypeEnum.SEARCH_TYPE,
							"AuditEvent",
							null,
							Map.of()))
					.isEqualTo(PolicyEnum.ALLOW);
		}

		@Test
		void doesNotBlockSystemHistoryOrPagingOnTheWayIn() {
			Caller caller = caller("", "user/*.rs");

			assertThat(onInput(caller, RestOperationTypeEnum.GET_PAGE, null, null, Map.of()))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onInput(caller, RestOperationTypeEnum.HISTORY_SYSTEM, null, null, Map.of()))
					.isEqualTo(PolicyEnum.ALLOW);
		}
	}

	@Nested
	class BulkExportFiles {

		static Binary exportFileOf(String subject) {
			Binary file = new Binary();
			file.setId("Binary/export-file");
			file.getSecurityContext()
					.getIdentifier()
					.setSystem("https://issuer.test")
					.setValue(subject);
			return file;
		}

		@Test
		void onlyTheCallerThatAskedReadsTheFiles() {
			assertThat(onOutput(
							caller("", "system/Observation.rs"), RestOperationTypeEnum.READ, exportFileOf("someone")))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onOutput(caller("", "system/*.rs"), RestOperationTypeEnum.READ, exportFileOf("someone else")))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void aBinaryThatIsNoExportFileFollowsTheScopes() {
			Binary plain = new Binary();
			plain.setId("Binary/plain");

			assertThat(onOutput(caller("", "system/*.rs"), RestOperationTypeEnum.READ, plain))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onOutput(caller("", "system/Observation.rs"), RestOperationTypeEnum.READ, plain))
					.isEqualTo(PolicyEnum.DENY);
		}
	}

	@Nested
	class EveryCaller {

		@Test
		void mayReadTheCapabilityStatementWithoutAToken() {
			assertThat(onInput(Caller.ANONYMOUS, RestOperationTypeEnum.METADATA, null, null, Map.of()))
					.isEqualTo(PolicyEnum.ALLOW);
			assertThat(onOutput(Caller.ANONYMOUS, RestOperationTypeEnum.READ, observationOf(MINE)))
					.isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void mayReadConformanceResourcesWithAnyToken() {
			StructureDefinition profile = new StructureDefinition();
			profile.setId("StructureDefinition/ball-patient");

			assertThat(onOutput(caller(MINE, "openid"), RestOperationTypeEnum.READ, profile))
					.isEqualTo(PolicyEnum.ALLOW);
		}

		@Test
		void withUnknownOrGranularScopesMayDoNothingElse() {
			Caller caller = caller(MINE, "patient/Observation.rs?category=laboratory", "launch/patient");

			assertThat(onOutput(caller, RestOperationTypeEnum.READ, observationOf(MINE)))
					.isEqualTo(PolicyEnum.DENY);
		}
	}

	/** {@code Patient/[id]/$summary}: the rules of {@code $everything}, and its document Bundle as the answer. */
	@Nested
	class PatientSummary {

		RequestDetails summaryOf(String patient) {
			RequestDetails request = request(RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, "Patient", Map.of());
			request.setOperation("$summary");
			request.setId(new IdType("Patient", patient));
			return request;
		}

		PolicyEnum asked(Caller caller, String patient) {
			RequestDetails request = summaryOf(patient);
			return decide(
					caller, RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, request, null, request.getId(), null);
		}

		/** The decision on a resource the summary of this patient reads, or on its answer. */
		PolicyEnum shown(Caller caller, String patient, IBaseResource shown) {
			return decide(
					caller, RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, summaryOf(patient), null, null, shown);
		}

		/** A summary as the server makes it: a Composition and its author (a Device), new, and the entries. */
		Bundle document() {
			Bundle document = new Bundle().setType(Bundle.BundleType.DOCUMENT);
			document.addEntry().setResource(new Composition().setSubject(new Reference("urn:uuid:1")));
			document.addEntry().setResource(new Device());
			document.addEntry().setResource(observationOf(MINE));
			document.setUserData(PatientSummaryProvider.GENERATED_DOCUMENT, Boolean.TRUE);
			return document;
		}

		@Test
		void patientScopesGetTheSummaryOfTheirPatientOnly() {
			Caller caller = caller(MINE, "patient/*.rs");

			assertThat(asked(caller, MINE)).isEqualTo(PolicyEnum.ALLOW);
			assertThat(asked(caller, THEIRS)).isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void userScopesGetTheSummaryOfAnyPatient() {
			assertThat(asked(caller("", "user/*.rs"), THEIRS)).isEqualTo(PolicyEnum.ALLOW);
		}

		@Test
		void aScopeWithoutSearchGetsNoSummary() {
			assertThat(asked(caller(MINE, "patient/*.r"), MINE)).isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void everyStoredResourceItReadsMustBeTheCallers() {
			Caller caller = caller(MINE, "patient/*.s");

			assertThat(shown(caller, MINE, observationOf(MINE))).isEqualTo(PolicyEnum.ALLOW);
			assertThat(shown(caller, MINE, observationOf(THEIRS))).isEqualTo(PolicyEnum.DENY);
		}

		@Test
		void itsDocumentIsAllowedAsItsAnswerOnly() {
			Caller caller = caller(MINE, "patient/*.rs");

			assertThat(shown(caller, MINE, document())).isEqualTo(PolicyEnum.ALLOW);
			Bundle stored = document();
			stored.setUserData(PatientSummaryProvider.GENERATED_DOCUMENT, null);
			assertThat(shown(caller, MINE, stored))
					.as("a stored document Bundle the summary would read")
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onOutput(caller, RestOperationTypeEnum.READ, document().setId("Bundle/1")))
					.isEqualTo(PolicyEnum.DENY);
			assertThat(onOutput(caller, RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, document()))
					.as("the answer of $everything, say")
					.isEqualTo(PolicyEnum.DENY);
		}
	}
}
