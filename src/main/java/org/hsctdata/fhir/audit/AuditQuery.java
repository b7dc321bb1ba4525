package org.hsctdata.fhir.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A search of the audit trail as SQL over {@link AuditStore}'s tables: conditions joined with AND, each of which may
 * allow several values (OR), and the order. Values are bound, never written into the SQL.
 */
final class AuditQuery {

	/** The columns a condition may name (only these: the SQL is built from them). */
	enum Column {
		ID,
		EVENT_TYPE,
		SUBTYPE,
		ACTION,
		OUTCOME,
		ALTID
	}

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> values = new ArrayList<>();

	private boolean newestFirst;

	/** One of the values; none means the query finds nothing (a value that cannot occur, say). */
	AuditQuery anyOf(Column column, Collection<String> allowed) {
		return in("e." + column.name() + " IN (", allowed, ")");
	}

	/** Refers to one of these resources ({@code Type/id}) in an entity. */
	AuditQuery refersToAny(Collection<String> references) {
		return in(
				"EXISTS (SELECT 1 FROM " + AuditStore.REFERENCES + " r WHERE r.EVENT_ID = e.ID AND r.REF IN (",
				references,
				"))");
	}

	/** A condition that holds one of the values between its two parts; with no values, one that never holds. */
	/** Refers to some resource of this type in an entity. */
	AuditQuery refersToType(String type) {
		conditions.add(
				"EXISTS (SELECT 1 FROM " + AuditStore.REFERENCES + " r WHERE r.EVENT_ID = e.ID AND r.REF LIKE ?)");
		values.add(type + "/%");
		return this;
	}

	private AuditQuery in(String before, Collection<String> allowed, String after) {
		if (allowed.isEmpty()) {
			conditions.add("1 = 0");
			return this;
		}
		conditions.add(before + String.join(", ", Collections.nCopies(allowed.size(), "?")) + after);
		values.addAll(allowed);
		return this;
	}

	/** Recorded at or after this instant (milliseconds since the epoch). */
	AuditQuery recordedFrom(long millis) {
		conditions.add("e.RECORDED >= ?");
		values.add(millis);
		return this;
	}

	/** Recorded at or before this instant. */
	AuditQuery recordedUntil(long millis) {
		conditions.add("e.RECORDED <= ?");
		values.add(millis);
		return this;
	}

	AuditQuery newestFirst(boolean newestFirst) {
		this.newestFirst = newestFirst;
		return this;
	}

	String where() {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/** By time, then id, so that pages do not overlap when events share a millisecond. */
	String orderBy() {
		String direction = newestFirst ? " DESC" : " ASC";
		return " ORDER BY e.RECORDED" + direction + ", e.ID" + direction;
	}

	/** Binds the values of the conditions; returns the index of the next parameter. */
	int bind(PreparedStatement statement) throws SQLException {
		int index = 1;
		for (Object value : values) {
			statement.setObject(index++, value);
		}
		return index;
	}
}
