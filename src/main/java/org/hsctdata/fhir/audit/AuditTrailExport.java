package org.hsctdata.fhir.audit;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.AuditEvent;

/**
 * The audit trail as a bulk export reads it: the events recorded in a period, oldest first, page by page. (HAPI's
 * bulk export reads HAPI's tables, where the trail is not: see {@code bulk.BulkExportProvider}.)
 */
public final class AuditTrailExport {

	private final AuditStore store;

	AuditTrailExport(AuditStore store) {
		this.store = store;
	}

	/**
	 * Hands the events recorded at or after {@code since} (if given) and up to {@code until} to {@code pages}, {@code size}
	 * at a time, oldest first.
	 *
	 * @param about if given, only the events that refer to one of these resources ({@code Type/id}) in an entity; a
	 *     type alone ({@code Patient}) stands for every resource of the type
	 */
	public void recorded(
			Optional<Instant> since,
			Instant until,
			Optional<Collection<String>> about,
			int size,
			Consumer<List<AuditEvent>> pages) {
		AuditQuery query = new AuditQuery().recordedUntil(until.toEpochMilli()).newestFirst(false);
		since.ifPresent(from -> query.recordedFrom(from.toEpochMilli()));
		about.ifPresent(references -> {
			if (references.size() == 1 && !references.iterator().next().contains("/")) {
				query.refersToType(references.iterator().next());
			} else {
				query.refersToAny(references);
			}
		});
		try {
			for (int offset = 0; ; offset += size) {
				AuditStore.Page page = store.search(query, offset, size);
				if (!page.events().isEmpty()) {
					pages.accept(page.events());
				}
				if (offset + size >= page.total()) {
					return;
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException("the audit trail cannot be read for a bulk export", e);
		}
	}
}
