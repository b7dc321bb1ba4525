package org.hsctdata.fhir.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.model.DeleteConflict;
import ca.uhn.fhir.jpa.api.model.DeleteConflictList;
import ca.uhn.fhir.model.primitive.IdDt;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the audit trail from blocking deletes. AuditEvents refer to the resources and patients they are about, and
 * the server refuses to delete a resource that others refer to (referential integrity); an AuditEvent's reference
 * must not count, or no record that was ever read could be deleted. References from other resources still do.
 *
 * <p>HAPI reports only the first conflicts it finds, so when those are all AuditEvents this asks the database whether
 * any other resource refers to the target, and reports that one instead. (HAPI's own
 * {@code OverridePathBasedReferentialIntegrityForDeletesInterceptor} would let such a delete through.) Registered on
 * the JPA interceptor service, so it covers every delete, also inside transactions.
 */
final class AuditTrailReferences {

	private static final String AUDIT_EVENT = "AuditEvent";

	/** The first reference to a resource from anything but an AuditEvent (HAPI's entity names, HAPI 8.8.0). */
	private static final String OTHER_REFERENCE = "SELECT l.mySourceResourceType, l.mySourceResource.myFhirId,"
			+ " l.mySourcePath FROM ResourceLink l WHERE l.myTargetResourceType = :type"
			+ " AND l.myTargetResource.myFhirId = :id AND l.myTargetResourceVersion IS NULL"
			+ " AND l.mySourceResourceType <> '" + AUDIT_EVENT + "'";

	private final EntityManager entityManager;

	AuditTrailReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_DELETE_CONFLICTS)
	void ignoreAuditTrail(DeleteConflictList conflicts) {
		Set<IdDt> targets = new LinkedHashSet<>();
		for (DeleteConflict conflict : conflicts) {
			if (AUDIT_EVENT.equals(conflict.getSourceId().getResourceType())) {
				targets.add(conflict.getTargetId().toUnqualifiedVersionless());
			}
		}
		if (targets.isEmpty()) {
			return;
		}
		conflicts.removeIf(conflict -> AUDIT_EVENT.equals(conflict.getSourceId().getResourceType()));
		for (IdDt target : targets) {
			if (!hasConflict(conflicts, target)) {
				otherReference(target).ifPresent(conflicts::add);
			}
		}
	}

	private static boolean hasConflict(DeleteConflictList conflicts, IdDt target) {
		for (DeleteConflict conflict : conflicts) {
			if (conflict.getTargetId().toUnqualifiedVersionless().equals(target)) {
				return true;
			}
		}
		return false;
	}

	private java.util.Optional<DeleteConflict> otherReference(IdDt target) {
		List<Object[]> found = entityManager
				.createQuery(OTHER_REFERENCE, Object[].class)
				.setParameter("type", target.getResourceType())
				.setParameter("id", target.getIdPart())
				.setMaxResults(1)
				.getResultList();
		return found.stream()
				.findFirst()
				.map(row -> new DeleteConflict(new IdDt((String) row[0], (String) row[1]), (String) row[2], target));
	}
}
