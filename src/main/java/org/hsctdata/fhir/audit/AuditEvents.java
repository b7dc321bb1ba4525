package org.hsctdata.fhir.audit;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.storage.interceptor.balp.BalpConstants;
import ca.uhn.fhir.storage.interceptor.balp.BalpProfileEnum;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hsctdata.fhir.security.Caller;

/**
 * Builds the AuditEvents of the trail, in the shape of IHE's Basic Audit Log Patterns (BALP) as HAPI FHIR implements
 * them (its {@link BalpProfileEnum} supplies the actions and agent roles): a REST event with the interaction as
 * subtype; agents for the client application (with its network address), the server, and the user (the token's
 * subject, also in {@code altId}); the request id; and what was touched: the resource read or written, the query,
 * and the patient whose data it was, one event per patient for reads and searches.
 *
 * <p>Search parameters that find them: {@code patient}, {@code entity}, {@code altid} (who), {@code date},
 * {@code action}, {@code subtype}, {@code outcome}.
 */
final class AuditEvents {

	static final String ENTITY_TYPE_REQUEST_ID = "https://profiles.ihe.net/ITI/BALP/CodeSystem/BasicAuditEntityType";

	static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

	/** Where a request came from and what it asked. */
	record Request(String requestId, String method, String url, String serverBase, String networkAddress) {}

	private AuditEvents() {}

	/** A resource was shown to the caller ({@code read}, {@code vread}). */
	static AuditEvent read(
			Caller caller, Request request, RestOperationTypeEnum interaction, String resource, String patient) {
		AuditEvent event = common(
				caller,
				request,
				interaction,
				patient == null ? BalpProfileEnum.BASIC_READ : BalpProfileEnum.PATIENT_READ);
		addData(event, resource);
		addPatient(event, patient);
		return event;
	}

	/** A search, history, page or operation was answered. */
	static AuditEvent query(Caller caller, Request request, RestOperationTypeEnum interaction, String patient) {
		AuditEvent event = common(
				caller,
				request,
				interaction,
				patient == null ? BalpProfileEnum.BASIC_QUERY : BalpProfileEnum.PATIENT_QUERY);
		addQuery(event, request);
		addPatient(event, patient);
		return event;
	}

	/** A resource is created, updated or deleted; recorded in the same database transaction. */
	static AuditEvent change(
			Caller caller, Request request, RestOperationTypeEnum interaction, String resource, Set<String> patients) {
		return change(caller, request, interaction, List.of(resource), patients);
	}

	/**
	 * Resources of the same patients (or of none) are created, updated or deleted by one request, a transaction
	 * bundle: one event lists them all.
	 */
	static AuditEvent change(
			Caller caller,
			Request request,
			RestOperationTypeEnum interaction,
			List<String> resources,
			Set<String> patients) {
		BalpProfileEnum profile = switch (interaction) {
			case CREATE -> patients.isEmpty() ? BalpProfileEnum.BASIC_CREATE : BalpProfileEnum.PATIENT_CREATE;
			case DELETE -> patients.isEmpty() ? BalpProfileEnum.BASIC_DELETE : BalpProfileEnum.PATIENT_DELETE;
			default -> patients.isEmpty() ? BalpProfileEnum.BASIC_UPDATE : BalpProfileEnum.PATIENT_UPDATE;
		};
		AuditEvent event = common(caller, request, interaction, profile);
		resources.forEach(resource -> addData(event, resource));
		patients.forEach(patient -> addPatient(event, patient));
		return event;
	}

	/**
	 * A request was refused: 401 (no valid token; the interaction is then unknown) or 403 (the token's scopes do not
	 * allow it). Nothing was shown or changed; the query entity says what was asked.
	 */
	static AuditEvent denied(Caller caller, Request request, RestOperationTypeEnum interaction, String reason) {
		AuditEvent event = new AuditEvent();
		describe(event, interaction);
		event.setAction(action(interaction));
		event.setOutcome(AuditEventOutcome._4);
		event.setOutcomeDesc(reason);
		BalpProfileEnum profile = interaction == null ? BalpProfileEnum.BASIC_QUERY : profile(interaction);
		addAgents(event, caller, request, profile);
		addQuery(event, request);
		return event;
	}

	private static AuditEvent common(
			Caller caller, Request request, RestOperationTypeEnum interaction, BalpProfileEnum profile) {
		AuditEvent event = new AuditEvent();
		describe(event, interaction);
		event.setAction(profile.getAction());
		event.setOutcome(AuditEventOutcome._0);
		addAgents(event, caller, request, profile);
		return event;
	}

	private static void describe(AuditEvent event, RestOperationTypeEnum interaction) {
		event.getType()
				.setSystem(BalpConstants.CS_AUDIT_EVENT_TYPE)
				.setCode("rest")
				.setDisplay("Restful Operation");
		if (interaction != null) {
			String code = interactionCode(interaction);
			event.addSubtype()
					.setSystem(BalpConstants.CS_RESTFUL_INTERACTION)
					.setCode(code)
					.setDisplay(code);
		}
		event.setRecorded(new Date());
	}

	private static void addAgents(AuditEvent event, Caller caller, Request request, BalpProfileEnum profile) {
		AuditEvent.AuditEventAgentComponent client = event.addAgent();
		client.getType().addCoding(profile.getAgentClientTypeCoding());
		client.setRequestor(false);
		if (!caller.clientId().isBlank()) {
			client.getWho().setIdentifier(identifier(caller.issuer(), caller.clientId()));
		}
		client.getWho().setDisplay(request.networkAddress());
		client.getNetwork()
				.setAddress(request.networkAddress())
				.setType(BalpConstants.AUDIT_EVENT_AGENT_NETWORK_TYPE_IP_ADDRESS);

		AuditEvent.AuditEventAgentComponent server = event.addAgent();
		server.getType().addCoding(profile.getAgentServerTypeCoding());
		server.getWho().setDisplay(request.serverBase());
		server.getNetwork().setAddress(request.serverBase());
		server.setRequestor(false);

		AuditEvent.AuditEventAgentComponent user = event.addAgent();
		user.getType().addCoding().setSystem(PARTICIPATION_TYPE).setCode("IRCP").setDisplay("information recipient");
		user.setWho(new Reference().setIdentifier(identifier(caller.issuer(), caller.subject())));
		user.setAltId(caller.subject());
		user.setRequestor(true);

		event.getSource().getObserver().setDisplay(request.serverBase());

		AuditEvent.AuditEventEntityComponent requestId = event.addEntity();
		requestId.getType().setSystem(ENTITY_TYPE_REQUEST_ID).setCode("XrequestId");
		requestId.getWhat().getIdentifier().setValue(request.requestId());
	}

	private static void addData(AuditEvent event, String resource) {
		addEntity(
						event,
						BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT,
						BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT_DISPLAY,
						BalpConstants.CS_OBJECT_ROLE_4_DOMAIN_RESOURCE,
						BalpConstants.CS_OBJECT_ROLE_4_DOMAIN_RESOURCE_DISPLAY)
				.getWhat()
				.setReference(resource);
	}

	private static void addPatient(AuditEvent event, String patient) {
		if (patient == null) {
			return;
		}
		addEntity(
						event,
						BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON,
						BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON_DISPLAY,
						BalpConstants.CS_OBJECT_ROLE_1_PATIENT,
						BalpConstants.CS_OBJECT_ROLE_1_PATIENT_DISPLAY)
				.getWhat()
				.setReference(patient);
	}

	private static void addQuery(AuditEvent event, Request request) {
		AuditEvent.AuditEventEntityComponent query = addEntity(
				event,
				BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT,
				BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT_DISPLAY,
				BalpConstants.CS_OBJECT_ROLE_24_QUERY,
				"Query");
		query.setDescription(request.method() + " " + request.url());
		query.setQuery(request.url().getBytes(StandardCharsets.UTF_8));
	}

	/** An entity of the given BALP entity type and object role. */
	private static AuditEvent.AuditEventEntityComponent addEntity(
			AuditEvent event, String type, String typeDisplay, String role, String roleDisplay) {
		AuditEvent.AuditEventEntityComponent entity = event.addEntity();
		entity.getType()
				.setSystem(BalpConstants.CS_AUDIT_ENTITY_TYPE)
				.setCode(type)
				.setDisplay(typeDisplay);
		entity.getRole().setSystem(BalpConstants.CS_OBJECT_ROLE).setCode(role).setDisplay(roleDisplay);
		return entity;
	}

	private static Identifier identifier(String system, String value) {
		Identifier identifier = new Identifier().setValue(value);
		if (!system.isBlank()) {
			identifier.setSystem(system);
		}
		return identifier;
	}

	/** The code in {@code http://hl7.org/fhir/restful-interaction}. */
	static String interactionCode(RestOperationTypeEnum interaction) {
		return switch (interaction) {
			case EXTENDED_OPERATION_INSTANCE, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_SERVER -> "operation";
			case GET_PAGE -> "search-type";
			case METADATA -> "capabilities";
			default -> interaction.getCode();
		};
	}

	static AuditEventAction action(RestOperationTypeEnum interaction) {
		return interaction == null ? AuditEventAction.E : profile(interaction).getAction();
	}

	private static BalpProfileEnum profile(RestOperationTypeEnum interaction) {
		return switch (interaction) {
			case READ, VREAD -> BalpProfileEnum.BASIC_READ;
			case CREATE -> BalpProfileEnum.BASIC_CREATE;
			case UPDATE, PATCH -> BalpProfileEnum.BASIC_UPDATE;
			case DELETE -> BalpProfileEnum.BASIC_DELETE;
			default -> BalpProfileEnum.BASIC_QUERY;
		};
	}
}
