package org.hsctdata.fhir.bulkimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hsctdata.fhir.server.SqlTypes;

/**
 * The jobs of {@code $import} and their reports, in two tables of their own beside HAPI's, written with plain JDBC
 * (H2 and PostgreSQL): {@code BULK_IMPORT_JOB}, one row per job (who started it, its state, progress and heartbeat),
 * and {@code BULK_IMPORT_LINE}, one row per line of its body that was stored (its {@code Type/id/_history/n}) or
 * refused (its OperationOutcome). They outlive the server: a job that a stopped server was running is reported failed
 * once its heartbeat is older than {@link #STALE_AFTER_MILLIS}.
 */
final class ImportJobStore {

	static final String JOBS = "BULK_IMPORT_JOB";

	static final String LINES = "BULK_IMPORT_LINE";

	/**
	 * A job still in progress whose heartbeat is older than this was interrupted (its server stopped): the heartbeat
	 * of every job a server runs or has queued is refreshed after each batch or unit it writes, at most once a second
	 * ({@link ImportJob#HEARTBEAT_EVERY_MILLIS}), so it is never older than a second plus the time of one write: one
	 * transaction of at most {@link ImportJob#BATCH_SIZE} resources, seconds at worst, well within this.
	 */
	static final long STALE_AFTER_MILLIS = 60_000;

	enum State {
		IN_PROGRESS("in-progress"),
		COMPLETED("completed"),
		CANCELLED("cancelled"),
		FAILED("failed");

		final String code;

		State(String code) {
			this.code = code;
		}

		static State of(String code) {
			for (State state : values()) {
				if (state.code.equals(code)) {
					return state;
				}
			}
			throw new IllegalArgumentException(code);
		}
	}

	/** A job as stored. */
	record Job(
			String id,
			String owner,
			String request,
			String requestId,
			String instance,
			State state,
			long created,
			long heartbeat,
			int lines,
			int toStore,
			int done,
			boolean cancelRequested,
			String message) {}

	/** A line of a job's report: stored ({@code stored} set) or refused ({@code outcome} set, OperationOutcome JSON). */
	record Line(int line, String resourceType, String stored, String result, String outcome) {}

	private final DataSource dataSource;

	ImportJobStore(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void createSchema() {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			String text = SqlTypes.largeText(connection);
			statement.execute("CREATE TABLE IF NOT EXISTS " + JOBS + " (ID VARCHAR(36) NOT NULL PRIMARY KEY,"
					+ " OWNER VARCHAR(1024) NOT NULL, REQUEST VARCHAR(2048), REQUEST_ID VARCHAR(64),"
					+ " INSTANCE VARCHAR(36) NOT NULL, STATE VARCHAR(16) NOT NULL, CREATED BIGINT NOT NULL,"
					+ " HEARTBEAT BIGINT NOT NULL, LINES INTEGER NOT NULL, TO_STORE INTEGER NOT NULL,"
					+ " DONE INTEGER NOT NULL, CANCEL_REQUESTED INTEGER NOT NULL, MESSAGE VARCHAR(2048))");
			statement.execute("CREATE TABLE IF NOT EXISTS " + LINES + " (JOB_ID VARCHAR(36) NOT NULL,"
					+ " LINE_NO INTEGER NOT NULL, RESOURCE_TYPE VARCHAR(64), STORED VARCHAR(255), RESULT VARCHAR(16)"
					+ " NOT NULL, OUTCOME " + text + ", PRIMARY KEY (JOB_ID, LINE_NO))");
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		} catch (SQLException e) {
			throw new IllegalStateException("cannot create the bulk import tables: " + e.getMessage(), e);
		}
	}

	void insert(Job job) {
		update(
				"INSERT INTO " + JOBS + " (ID, OWNER, REQUEST, REQUEST_ID, INSTANCE, STATE, CREATED, HEARTBEAT, LINES,"
						+ " TO_STORE, DONE, CANCEL_REQUESTED, MESSAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				job.id(),
				job.owner(),
				job.request(),
				job.requestId(),
				job.instance(),
				job.state().code,
				job.created(),
				job.heartbeat(),
				job.lines(),
				job.toStore(),
				job.done(),
				job.cancelRequested() ? 1 : 0,
				job.message());
	}

	Optional<Job> find(String id) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("SELECT ID, OWNER, REQUEST, REQUEST_ID,"
						+ " INSTANCE, STATE, CREATED, HEARTBEAT, LINES, TO_STORE, DONE, CANCEL_REQUESTED, MESSAGE FROM "
						+ JOBS + " WHERE ID = ?")) {
			statement.setString(1, id);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					return Optional.empty();
				}
				return Optional.of(new Job(
						row.getString(1),
						row.getString(2),
						row.getString(3),
						row.getString(4),
						row.getString(5),
						State.of(row.getString(6)),
						row.getLong(7),
						row.getLong(8),
						row.getInt(9),
						row.getInt(10),
						row.getInt(11),
						row.getInt(12) != 0,
						row.getString(13)));
			}
		} catch (SQLException e) {
			throw new IllegalStateException("cannot read bulk import job " + id + ": " + e.getMessage(), e);
		}
	}

	/** Adds report lines of a job: one JDBC batch, one commit. */
	void addLines(String jobId, List<Line> lines) {
		if (lines.isEmpty()) {
			return;
		}
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("INSERT INTO " + LINES
						+ " (JOB_ID, LINE_NO, RESOURCE_TYPE, STORED, RESULT, OUTCOME) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (Line line : lines) {
				statement.setString(1, jobId);
				statement.setInt(2, line.line());
				statement.setString(3, line.resourceType());
				statement.setString(4, line.stored());
				statement.setString(5, line.result());
				statement.setString(6, line.outcome());
				statement.addBatch();
			}
			statement.executeBatch();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		} catch (SQLException e) {
			throw new IllegalStateException("cannot write the report of bulk import job " + jobId, e);
		}
	}

	/** The report of a job in line order: every line, or those stored (of one type) or refused. */
	List<Line> lines(String jobId, boolean refused, String resourceType) {
		String where = refused ? " AND STORED IS NULL" : " AND STORED IS NOT NULL";
		if (resourceType != null) {
			where += " AND RESOURCE_TYPE = ?";
		}
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement =
						connection.prepareStatement("SELECT LINE_NO, RESOURCE_TYPE, STORED, RESULT, OUTCOME FROM "
								+ LINES + " WHERE JOB_ID = ?" + where + " ORDER BY LINE_NO")) {
			statement.setString(1, jobId);
			if (resourceType != null) {
				statement.setString(2, resourceType);
			}
			List<Line> lines = new ArrayList<>();
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					lines.add(new Line(
							row.getInt(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
				}
			}
			return lines;
		} catch (SQLException e) {
			throw new IllegalStateException("cannot read the report of bulk import job " + jobId, e);
		}
	}

	/** Progress of a running job, and the heartbeat of every job this server instance runs or has queued. */
	void progress(String jobId, int done, String instance, long now) {
		update("UPDATE " + JOBS + " SET DONE = ? WHERE ID = ?", done, jobId);
		heartbeat(instance, now);
	}

	void heartbeat(String instance, long now) {
		update(
				"UPDATE " + JOBS + " SET HEARTBEAT = ? WHERE INSTANCE = ? AND STATE = ?",
				now,
				instance,
				State.IN_PROGRESS.code);
	}

	/** Ends a job that is still in progress; false if it had ended already. */
	boolean finish(String jobId, State state, int done, String message) {
		return update(
						"UPDATE " + JOBS + " SET STATE = ?, DONE = ?, MESSAGE = ? WHERE ID = ? AND STATE = ?",
						state.code,
						done,
						message,
						jobId,
						State.IN_PROGRESS.code)
				> 0;
	}

	/** Marks a job failed if it is in progress without a recent heartbeat (its server stopped); true if it did. */
	boolean failIfStale(String jobId, long now, String message) {
		return update(
						"UPDATE " + JOBS + " SET STATE = ?, MESSAGE = ? WHERE ID = ? AND STATE = ? AND HEARTBEAT < ?",
						State.FAILED.code,
						message,
						jobId,
						State.IN_PROGRESS.code,
						now - STALE_AFTER_MILLIS)
				> 0;
	}

	void requestCancel(String jobId) {
		update("UPDATE " + JOBS + " SET CANCEL_REQUESTED = 1 WHERE ID = ?", jobId);
	}

	boolean cancelRequested(String jobId) {
		return find(jobId).map(Job::cancelRequested).orElse(true);
	}

	/** Deletes an ended job and its report. */
	void delete(String jobId) {
		update("DELETE FROM " + LINES + " WHERE JOB_ID = ?", jobId);
		update("DELETE FROM " + JOBS + " WHERE ID = ?", jobId);
	}

	private int update(String sql, Object... values) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				if (values[i] == null) {
					statement.setNull(i + 1, Types.VARCHAR);
				} else {
					statement.setObject(i + 1, values[i]);
				}
			}
			int rows = statement.executeUpdate();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			return rows;
		} catch (SQLException e) {
			throw new IllegalStateException("bulk import tables: " + e.getMessage(), e);
		}
	}
}
