package org.hsctdata.fhir.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ConditionalDeleteStatus;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;

/**
 * Says in the CapabilityStatement what clients can do with AuditEvents: read, vread, search and history, with the
 * search parameters {@link AuditTrailProvider} supports. HAPI lists every interaction and operation the provider has,
 * also the writes it refuses (create, update, PATCH, delete, conditional ones, {@code $meta-add}, {@code $meta-delete}),
 * and every AuditEvent search parameter it knows.
 */
final class AuditTrailCapabilities {

	private static final Set<TypeRestfulInteraction> WRITES = Set.of(
			TypeRestfulInteraction.CREATE,
			TypeRestfulInteraction.UPDATE,
			TypeRestfulInteraction.PATCH,
			TypeRestfulInteraction.DELETE);

	private static final Set<String> WRITING_OPERATIONS = Set.of("meta-add", "meta-delete");

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	void declareReadOnly(IBaseConformance generated) {
		for (CapabilityStatement.CapabilityStatementRestComponent rest : ((CapabilityStatement) generated).getRest()) {
			rest.getResource().stream()
					.filter(resource -> "AuditEvent".equals(resource.getType()))
					.forEach(AuditTrailCapabilities::readOnly);
		}
	}

	private static void readOnly(CapabilityStatementRestResourceComponent auditEvent) {
		auditEvent.getInteraction().removeIf(interaction -> WRITES.contains(interaction.getCode()));
		auditEvent.getOperation().removeIf(operation -> WRITING_OPERATIONS.contains(operation.getName()));
		auditEvent
				.getSearchParam()
				.removeIf(parameter -> !AuditTrailProvider.SEARCH_PARAMETERS.contains(parameter.getName()));
		auditEvent.getSearchInclude().clear();
		auditEvent.getSearchRevInclude().clear();
		auditEvent.setConditionalCreate(false);
		auditEvent.setConditionalUpdate(false);
		auditEvent.setUpdateCreate(false);
		auditEvent.setConditionalDelete(ConditionalDeleteStatus.NOTSUPPORTED);
	}
}
