package org.hsctdata.fhir.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.hsctdata.fhir.server.SqlTypes;

/**
 * The audit trail's own tables, beside HAPI's and in the same database: one row per event (its FHIR JSON and the few
 * columns its searches need) and one row per resource it refers to. Written with plain JDBC, not as FHIR resources
 * through HAPI's DAO, which indexed some 24 rows per event (every AuditEvent search parameter, the resource, its
 * version, its links) and made every read of the server pay for them.
 *
 * <p>Rows are only ever inserted. An event's id is a random UUID given here, so that servers sharing the database
 * need no sequence and the two inserts of a batch need no generated keys. The event keeps its references as
 * references: nothing in HAPI's store checks them, so an event may name a resource that was deleted since, and a
 * resource may be deleted whatever the trail says of it.
 *
 * <p>{@link #createSchema} creates the tables when missing; it runs while the server holds the start-up lock, so that
 * servers starting together on one PostgreSQL database do not race on it.
 */
final class AuditStore {

	static final String EVENTS = "AUDIT_TRAIL_EVENT";

	static final String REFERENCES = "AUDIT_TRAIL_REFERENCE";

	private static final String INSERT_EVENT = "INSERT INTO " + EVENTS
			+ " (ID, RECORDED, EVENT_TYPE, SUBTYPE, ACTION, OUTCOME, ALTID, BODY) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_REFERENCE = "INSERT INTO " + REFERENCES + " (REF, EVENT_ID) VALUES (?, ?)";

	private final DataSource dataSource;

	private final FhirContext fhir;

	AuditStore(DataSource dataSource, FhirContext fhir) {
		this.dataSource = dataSource;
		this.fhir = fhir;
	}

	DataSource dataSource() {
		return dataSource;
	}

	/** Creates the tables and their indexes when they do not exist (H2 and PostgreSQL share this SQL but for one type). */
	void createSchema() {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			String text = SqlTypes.largeText(connection);
			statement.execute("CREATE TABLE IF NOT EXISTS " + EVENTS + " (ID VARCHAR(36) NOT NULL PRIMARY KEY,"
					+ " RECORDED BIGINT NOT NULL, EVENT_TYPE VARCHAR(64), SUBTYPE VARCHAR(64), ACTION VARCHAR(1),"
					+ " OUTCOME VARCHAR(2), ALTID VARCHAR(255), BODY " + text + " NOT NULL)");
			statement.execute("CREATE TABLE IF NOT EXISTS " + REFERENCES
					+ " (REF VARCHAR(255) NOT NULL, EVENT_ID VARCHAR(36) NOT NULL, PRIMARY KEY (REF, EVENT_ID))");
			statement.execute("CREATE INDEX IF NOT EXISTS IDX_AUDIT_TRAIL_RECORDED ON " + EVENTS + " (RECORDED, ID)");
			statement.execute("CREATE INDEX IF NOT EXISTS IDX_AUDIT_TRAIL_ALTID ON " + EVENTS + " (ALTID, RECORDED)");
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		} catch (SQLException e) {
			throw new IllegalStateException("cannot create the audit trail's tables: " + e.getMessage(), e);
		}
	}

	/**
	 * Inserts the events on a connection the caller commits: inside a change's database transaction, or a group of
	 * events of several requests (see {@link AuditRepository}). Each event gets its id here.
	 */
	void insert(Connection connection, List<AuditEvent> events) throws SQLException {
		IParser json = fhir.newJsonParser();
		try (PreparedStatement rows = connection.prepareStatement(INSERT_EVENT);
				PreparedStatement references = connection.prepareStatement(INSERT_REFERENCE)) {
			for (AuditEvent event : events) {
				String id = UUID.randomUUID().toString();
				event.setId(new IdType("AuditEvent", id));
				rows.setString(1, id);
				rows.setLong(2, event.getRecorded().getTime());
				rows.setString(3, event.getType().getCode());
				rows.setString(4, event.getSubtypeFirstRep().getCode());
				rows.setString(5, event.hasAction() ? event.getAction().toCode() : null);
				rows.setString(6, event.hasOutcome() ? event.getOutcome().toCode() : null);
				rows.setString(7, requestor(event));
				rows.setString(8, json.encodeResourceToString(withoutIdAndMeta(event)));
				rows.addBatch();
				for (String reference : references(event)) {
					references.setString(1, reference);
					references.setString(2, id);
					references.addBatch();
				}
			}
			rows.executeBatch();
			references.executeBatch();
		}
	}

	/** The event as stored: its id and meta come from the row when it is read. */
	private static AuditEvent withoutIdAndMeta(AuditEvent event) {
		AuditEvent stored = event.copy();
		stored.setIdElement(null);
		stored.setMeta(null);
		return stored;
	}

	/** Who asked: the {@code altId} of the requestor agent ({@code anonymous} without a token). */
	private static String requestor(AuditEvent event) {
		return event.getAgent().stream()
				.filter(agent -> agent.getRequestor() && agent.hasAltId())
				.map(AuditEvent.AuditEventAgentComponent::getAltId)
				.findFirst()
				.orElse(null);
	}

	/** Every relative reference the event holds (its entities' {@code what}), each once: what patient and entity find. */
	static Set<String> references(AuditEvent event) {
		Set<String> references = new LinkedHashSet<>();
		event.getEntity().stream()
				.filter(entity -> entity.getWhat().hasReference())
				.map(entity -> entity.getWhat().getReference())
				.forEach(references::add);
		return references;
	}

	/** The events a query finds, one page of them, and how many it finds in all. */
	record Page(List<AuditEvent> events, int total) {}

	Page search(AuditQuery query, int offset, int count) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			int total;
			try (PreparedStatement statement =
					connection.prepareStatement("SELECT COUNT(*) FROM " + EVENTS + " e" + query.where())) {
				query.bind(statement);
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					total = rows.getInt(1);
				}
			}
			List<AuditEvent> events = new ArrayList<>();
			if (count > 0 && offset < total) {
				try (PreparedStatement statement = connection.prepareStatement("SELECT e.ID, e.RECORDED, e.BODY FROM "
						+ EVENTS + " e" + query.where() + query.orderBy() + " LIMIT ? OFFSET ?")) {
					int next = query.bind(statement);
					statement.setInt(next, count);
					statement.setInt(next + 1, offset);
					readAll(statement, events);
				}
			}
			return new Page(events, total);
		}
	}

	private void readAll(PreparedStatement statement, List<AuditEvent> events) throws SQLException {
		IParser json = fhir.newJsonParser();
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				AuditEvent event = json.parseResource(AuditEvent.class, rows.getString(3));
				event.setId(new IdType("AuditEvent", rows.getString(1), "1"));
				event.getMeta().setVersionId("1").setLastUpdated(new Date(rows.getLong(2)));
				events.add(event);
			}
		}
	}
}
