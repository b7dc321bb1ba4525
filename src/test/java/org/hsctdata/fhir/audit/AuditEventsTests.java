package org.hsctdata.fhir.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hsctdata.fhir.security.Caller;
import org.junit.jupiter.api.Test;

/** Tests for {@link AuditEvents}: who, what, when and outcome of each kind of event. */
class AuditEventsTests {

	static final Caller DOCTOR =
			new Caller(true, "https://issuer.test", "dr-who", "timeline-app", List.of("user/*.rs"), "");

	static final AuditEvents.Request REQUEST = new AuditEvents.Request(
			"req-1", "GET", "http://127.0.0.1:8080/fhir/Observation?code=x", "http://127.0.0.1:8080/fhir", "127.0.0.1");

	@Test
	void aPatientReadNamesTheUserTheResourceAndThePatient() {
		AuditEvent event = AuditEvents.read(DOCTOR, REQUEST, RestOperationTypeEnum.READ, "Observation/7", "Patient/3");

		assertThat(event.getAction()).isEqualTo(AuditEventAction.R);
		assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._0);
		assertThat(event.getRecorded()).isNotNull();
		assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
		assertThat(user(event).getAltId()).isEqualTo("dr-who");
		assertThat(user(event).getWho().getIdentifier().getSystem()).isEqualTo("https://issuer.test");
		assertThat(user(event).getRequestor()).isTrue();
		assertThat(event.getAgent()).anySatisfy(agent -> {
			assertThat(agent.getWho().getIdentifier().getValue()).isEqualTo("timeline-app");
			assertThat(agent.getNetwork().getAddress()).isEqualTo("127.0.0.1");
		});
		assertThat(references(event)).containsExactly("Observation/7", "Patient/3");
		assertThat(event.getEntity())
				.anySatisfy(entity ->
						assertThat(entity.getWhat().getIdentifier().getValue()).isEqualTo("req-1"));
	}

	@Test
	void aQueryKeepsTheUrlAsked() {
		AuditEvent event = AuditEvents.query(DOCTOR, REQUEST, RestOperationTypeEnum.GET_PAGE, null);

		assertThat(event.getAction()).isEqualTo(AuditEventAction.E);
		assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("search-type");
		AuditEvent.AuditEventEntityComponent query = event.getEntity().stream()
				.filter(AuditEvent.AuditEventEntityComponent::hasQuery)
				.findFirst()
				.orElseThrow();
		assertThat(new String(query.getQuery(), StandardCharsets.UTF_8)).isEqualTo(REQUEST.url());
		assertThat(query.getDescription()).isEqualTo("GET " + REQUEST.url());
		assertThat(references(event)).isEmpty();
	}

	@Test
	void aChangeNamesEveryPatientConcerned() {
		AuditEvent event =
				AuditEvents.change(DOCTOR, REQUEST, RestOperationTypeEnum.DELETE, "Condition/9", Set.of("Patient/3"));

		assertThat(event.getAction()).isEqualTo(AuditEventAction.D);
		assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("delete");
		assertThat(references(event)).containsExactly("Condition/9", "Patient/3");
	}

	@Test
	void aRefusalHasAFailureOutcomeAndItsReason() {
		AuditEvent event = AuditEvents.denied(
				Caller.ANONYMOUS, REQUEST, null, "HSCT-0401: no valid access token: Bearer error=\"invalid_token\"");

		assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._4);
		assertThat(event.getOutcomeDesc()).contains("invalid_token");
		assertThat(event.getAction()).isEqualTo(AuditEventAction.E);
		assertThat(event.hasSubtype()).isFalse();
		assertThat(user(event).getAltId()).isEqualTo("anonymous");
		assertThat(event.getEntity())
				.anySatisfy(entity -> assertThat(entity.getDescription()).isEqualTo("GET " + REQUEST.url()));
	}

	@Test
	void aRefusedWriteKeepsItsAction() {
		AuditEvent event = AuditEvents.denied(DOCTOR, REQUEST, RestOperationTypeEnum.UPDATE, "HSCT-0403: scopes");

		assertThat(event.getAction()).isEqualTo(AuditEventAction.U);
		assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("update");
	}

	static AuditEvent.AuditEventAgentComponent user(AuditEvent event) {
		return event.getAgent().stream()
				.filter(AuditEvent.AuditEventAgentComponent::getRequestor)
				.findFirst()
				.orElseThrow();
	}

	static List<String> references(AuditEvent event) {
		return event.getEntity().stream()
				.filter(entity -> entity.getWhat().hasReference())
				.map(entity -> entity.getWhat().getReference())
				.toList();
	}
}
